"""Translated words of the organiser's screens that come from codes of the domain: problem codes,
places in the round (`entries[2].authors[0].name`), media rules and checklist items."""

from __future__ import annotations

import re

from app.media import check_words
from app.models.regulation import (
    LECTURE_NORM_S,
    MAX_LECTURE_S,
    MAX_PROMO_S,
    MAX_SHORT_ANNOTATION_CHARS,
    MIN_HEIGHT,
    MIN_SECTION_VIDEO_S,
    MIN_WIDTH,
)
from app.ui.i18n import translate
from app.ui.qt import QtCore


def filled(text: str, *values: float) -> str:
    """`text` with %1, %2, … replaced by the numbers (the regulation's, in minutes or as they are)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", f"{value:g}")
    return text


def minutes(seconds: float) -> float:
    return seconds / 60


def issue_text(code: str, args: tuple[str, ...], english: str) -> str:
    """The problem of an `Issue`, in the interface language."""
    texts = {
        "required": translate("OrganiserTexts", "must be filled in"),
        "no_experts": translate("OrganiserTexts", "add at least one expert"),
        "no_authors": translate("OrganiserTexts", "add at least one author"),
        "bad_url": translate("OrganiserTexts", "the link must start with http:// or https://"),
        "range": translate("OrganiserTexts", "the maximum must be above the minimum (%1)"),
        "annotation_long": translate("OrganiserTexts", "the short annotation has %1 characters; form -02 allows %2"),
        "no_entries": translate("OrganiserTexts", "the round has no courses yet"),
        "no_media": translate("OrganiserTexts", "no videos: the course will be judged from its link"),
        "no_promo": translate("OrganiserTexts", "no promo video (form -02 requires one)"),
        "pending_copy": translate("OrganiserTexts", "%1 is not in the round folder yet: press Package to copy it"),
        "missing_file": translate("OrganiserTexts", "the file %1 cannot be found"),
    }
    text = texts.get(code)
    if text is None:
        return english
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", value)
    return text


def field_name(key: str) -> str:
    names = {
        "title": translate("OrganiserTexts", "title"),
        "name": translate("OrganiserTexts", "name"),
        "position": translate("OrganiserTexts", "position"),
        "degree": translate("OrganiserTexts", "degree"),
        "department": translate("OrganiserTexts", "department"),
        "faculty": translate("OrganiserTexts", "faculty"),
        "annotation": translate("OrganiserTexts", "short annotation"),
        "link": translate("OrganiserTexts", "link"),
        "languages": translate("OrganiserTexts", "languages"),
        "path": translate("OrganiserTexts", "file"),
        "url": translate("OrganiserTexts", "link"),
        "media": translate("OrganiserTexts", "videos"),
        "attachments": translate("OrganiserTexts", "attachments"),
        "authors": translate("OrganiserTexts", "authors"),
        "public_key": translate("OrganiserTexts", "public key"),
        "min": translate("OrganiserTexts", "minimum"),
        "max": translate("OrganiserTexts", "maximum"),
        "stage": translate("OrganiserTexts", "stage"),
        "year": translate("OrganiserTexts", "year"),
        "meeting": translate("OrganiserTexts", "meeting"),
        "date": translate("OrganiserTexts", "date"),
        "place": translate("OrganiserTexts", "place"),
        "organization": translate("OrganiserTexts", "organisation"),
        "chair": translate("OrganiserTexts", "chair"),
        "secretary": translate("OrganiserTexts", "secretary"),
        "experts": translate("OrganiserTexts", "experts"),
        "commission": translate("OrganiserTexts", "commission"),
        "criteria": translate("OrganiserTexts", "criteria"),
        "entries": translate("OrganiserTexts", "courses"),
        "aggregation": translate("OrganiserTexts", "results"),
        "places": translate("OrganiserTexts", "prize places"),
        "kind": translate("OrganiserTexts", "kind"),
        "id": translate("OrganiserTexts", "id"),
    }
    return names.get(key, key)


_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def regulation_ref(text: str) -> str:
    """'10.2, form -02' in the interface language."""
    return re.sub(r"form (-0\d)", lambda m: translate("OrganiserTexts", "form %1").replace("%1", m.group(1)), text)


def measurement_text(text: str) -> str:
    """A 'found' or 'expected' value of the media check file, with its words translated."""
    return check_words.measurement_text(text, QtCore.QCoreApplication.translate)


def place_text(place: str, data: dict) -> str:
    """'entries[2].authors[0].name' → 'Course m03 › author 1 › name' (ids taken from the round data)."""
    if not place or place == "(top level)":
        return translate("OrganiserTexts", "Round")
    parts: list[str] = []
    node: object = data
    for step in place.split("."):
        match = _STEP.fullmatch(step)
        if not match:
            parts.append(step)
            continue
        key, index = match.group(1), match.group(2)
        child = node.get(key) if isinstance(node, dict) else None
        if index is None:
            parts.append(field_name(key))
            node = child
            continue
        number = int(index)
        item = child[number] if isinstance(child, list) and number < len(child) else None
        ident = str(item["id"]) if isinstance(item, dict) and item.get("id") else str(number + 1)
        labels = {
            "entries": translate("OrganiserTexts", "Course %1"),
            "experts": translate("OrganiserTexts", "Expert %1"),
            "criteria": translate("OrganiserTexts", "Criterion %1"),
            "authors": translate("OrganiserTexts", "author %1"),
            "media": translate("OrganiserTexts", "video %1"),
            "attachments": translate("OrganiserTexts", "attachment %1"),
        }
        parts.append(labels.get(key, key + " %1").replace("%1", ident))
        node = item
    text = " › ".join(parts)
    first = _STEP.fullmatch(place.split(".")[0])
    if first and first.group(2) is None:  # a field name, not an id such as m02
        text = text[:1].upper() + text[1:]
    return text


def media_kind_name(kind: str) -> str:
    return {
        "promo": translate("OrganiserTexts", "promo"),
        "lecture": translate("OrganiserTexts", "lecture"),
        "other": translate("OrganiserTexts", "other"),
    }.get(kind, kind)


def attachment_kind_name(kind: str) -> str:
    return {
        "implementation_act": translate("OrganiserTexts", "act of implementation"),
        "platform_certificate": translate("OrganiserTexts", "platform certificate"),
        "protocol_extract": translate("OrganiserTexts", "protocol extract"),
        "other": translate("OrganiserTexts", "other document"),
    }.get(kind, kind)


def stage_name(stage: str) -> str:
    return {
        "department": translate("OrganiserTexts", "department (stage 1)"),
        "faculty": translate("OrganiserTexts", "faculty (stage 2)"),
        "university": translate("OrganiserTexts", "university (stage 3)"),
    }.get(stage, stage)


def rule_name(rule: str) -> str:
    """A form -02 rule of the media check file."""
    return {
        "container": translate("OrganiserTexts", "Container mp4"),
        "video_codec": translate("OrganiserTexts", "Video codec H.264"),
        "resolution": filled(translate("OrganiserTexts", "Resolution at least %1×%2"), MIN_WIDTH, MIN_HEIGHT),
        "aspect": translate("OrganiserTexts", "Aspect ratio 16:9"),
        "filled_frame": translate("OrganiserTexts", "Frame filled, no black bars"),
        "audio_codec": translate("OrganiserTexts", "Audio codec AAC, AC3, OGG or MP3"),
        "stereo": translate("OrganiserTexts", "True stereo"),
        "voice_centred": translate("OrganiserTexts", "Voice centred between channels"),
        "duration": filled(
            translate("OrganiserTexts", "Length (promo ≤ %1 min, lecture ≤ %2 min)"),
            minutes(MAX_PROMO_S),
            minutes(MAX_LECTURE_S),
        ),
        "readable": translate("OrganiserTexts", "File can be read"),
        "annotation": filled(
            translate("OrganiserTexts", "Short annotation ≤ %1 characters"), MAX_SHORT_ANNOTATION_CHARS
        ),
        "promo": translate("OrganiserTexts", "Promo video present"),
        "lecture_length": filled(
            translate("OrganiserTexts", "Lecture %1–%2 min (Aktobe norm)"), *map(minutes, LECTURE_NORM_S)
        ),
        "lecture_total": filled(
            translate("OrganiserTexts", "Video per section ≥ %1 min (Aktobe norm)"), minutes(MIN_SECTION_VIDEO_S)
        ),
        "online_media": translate("OrganiserTexts", "Videos given as links (not checked)"),
    }.get(rule, rule)


def item_name(key: str) -> str:
    """An item of the admission checklist."""
    if key == "lower_stage_extract":
        from app.ui.organiser.gather_dialog import lower_stage_item_name

        return lower_stage_item_name()
    return {
        "cover_letter": translate("OrganiserTexts", "Cover letter fields filled (form -01)"),
        "short_annotation": filled(
            translate("OrganiserTexts", "Short annotation up to %1 characters"), MAX_SHORT_ANNOTATION_CHARS
        ),
        "promo_video": translate("OrganiserTexts", "Promo video"),
        "videos_compliant": translate("OrganiserTexts", "Videos meet form -02"),
        "not_previous_winner": translate("OrganiserTexts", "Authors have not won with this course (9.10)"),
        "work_curriculum": translate("OrganiserTexts", "Work curriculum"),
        "glossary": translate("OrganiserTexts", "Glossary"),
        "forum_or_chat": translate("OrganiserTexts", "Forum or chat"),
        "two_cohorts": translate("OrganiserTexts", "Piloted with at least two cohorts"),
        "implementation_act": translate("OrganiserTexts", "Act of implementation"),
        "platform_certificate": translate("OrganiserTexts", "Certificate of placement on the platform"),
    }.get(key, key)


def item_found(key: str, status: str, args: tuple[str, ...], english: str) -> str:
    """What the program saw for an automatic checklist item."""
    if key == "lower_stage_extract":
        from app.ui.organiser.gather_dialog import lower_stage_item_found

        return lower_stage_item_found(status, args)
    if key == "cover_letter":
        if not args:
            return translate("OrganiserTexts", "all six fields filled")
        return translate("OrganiserTexts", "missing: %1").replace("%1", ", ".join(field_name(a) for a in args))
    if key == "short_annotation" and args:
        return translate("OrganiserTexts", "%1 characters").replace("%1", args[0])
    if key == "promo_video":
        return (
            translate("OrganiserTexts", "present") if status == "ok" else translate("OrganiserTexts", "no promo video")
        )
    if key == "videos_compliant":
        if not args:
            return translate("OrganiserTexts", "run the media check")
        if args == ("0", "0"):
            return translate("OrganiserTexts", "no video files (links only)")
        if status == "fail":
            return (
                translate("OrganiserTexts", "%1 of %2 videos break the rules")
                .replace("%1", args[0])
                .replace("%2", args[1])
            )
        return (
            translate("OrganiserTexts", "%1 of %2 videos checked and compliant")
            .replace("%1", args[0])
            .replace("%2", args[1])
        )
    if key == "not_previous_winner":
        if args:
            return (
                translate("OrganiserTexts", "won place %1 in %2").replace("%1", args[0]).replace("%2", args[1] or "?")
            )
        if status == "ok":
            return translate("OrganiserTexts", "not among past winners")
        return translate("OrganiserTexts", "import past results to check")
    if english.startswith("attached:") and args:
        return translate("OrganiserTexts", "attached: %1").replace("%1", args[0])
    return english


def status_name(status: str) -> str:
    return {
        "ok": translate("OrganiserTexts", "yes"),
        "fail": translate("OrganiserTexts", "no"),
        "unknown": translate("OrganiserTexts", "to check"),
    }.get(status, status)
