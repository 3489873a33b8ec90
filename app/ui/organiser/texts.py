"""Translated words of the organiser's screens that come from codes of the domain: problem codes,
places in the round (`entries[2].authors[0].name`), media rules and checklist items."""
from __future__ import annotations

import re

from app.ui.qt import QtCore

_tr = QtCore.QCoreApplication.translate


def issue_text(code: str, args: tuple[str, ...], english: str) -> str:
    """The problem of an `Issue`, in the interface language."""
    texts = {
        "required": _tr("OrganiserTexts", "must be filled in"),
        "no_experts": _tr("OrganiserTexts", "add at least one expert"),
        "no_authors": _tr("OrganiserTexts", "add at least one author"),
        "bad_url": _tr("OrganiserTexts", "the link must start with http:// or https://"),
        "range": _tr("OrganiserTexts", "the maximum must be above the minimum (%1)"),
        "annotation_long": _tr("OrganiserTexts", "the short annotation has %1 characters; form -02 allows %2"),
        "no_entries": _tr("OrganiserTexts", "the round has no courses yet"),
        "no_media": _tr("OrganiserTexts", "no videos: the course will be judged from its link"),
        "no_promo": _tr("OrganiserTexts", "no promo video (form -02 requires one)"),
        "pending_copy": _tr("OrganiserTexts", "%1 is not in the round folder yet: press Package to copy it"),
        "missing_file": _tr("OrganiserTexts", "the file %1 cannot be found"),
    }
    text = texts.get(code)
    if text is None:
        return english
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", value)
    return text


def field_name(key: str) -> str:
    names = {
        "title": _tr("OrganiserTexts", "title"),
        "name": _tr("OrganiserTexts", "name"),
        "position": _tr("OrganiserTexts", "position"),
        "degree": _tr("OrganiserTexts", "degree"),
        "department": _tr("OrganiserTexts", "department"),
        "faculty": _tr("OrganiserTexts", "faculty"),
        "annotation": _tr("OrganiserTexts", "short annotation"),
        "link": _tr("OrganiserTexts", "link"),
        "languages": _tr("OrganiserTexts", "languages"),
        "path": _tr("OrganiserTexts", "file"),
        "url": _tr("OrganiserTexts", "link"),
        "media": _tr("OrganiserTexts", "videos"),
        "attachments": _tr("OrganiserTexts", "attachments"),
        "authors": _tr("OrganiserTexts", "authors"),
        "public_key": _tr("OrganiserTexts", "public key"),
        "min": _tr("OrganiserTexts", "minimum"),
        "max": _tr("OrganiserTexts", "maximum"),
        "stage": _tr("OrganiserTexts", "stage"),
        "year": _tr("OrganiserTexts", "year"),
        "meeting": _tr("OrganiserTexts", "meeting"),
        "date": _tr("OrganiserTexts", "date"),
        "place": _tr("OrganiserTexts", "place"),
        "organization": _tr("OrganiserTexts", "organisation"),
        "chair": _tr("OrganiserTexts", "chair"),
        "secretary": _tr("OrganiserTexts", "secretary"),
        "experts": _tr("OrganiserTexts", "experts"),
        "commission": _tr("OrganiserTexts", "commission"),
        "criteria": _tr("OrganiserTexts", "criteria"),
        "entries": _tr("OrganiserTexts", "courses"),
        "aggregation": _tr("OrganiserTexts", "results"),
        "places": _tr("OrganiserTexts", "prize places"),
        "kind": _tr("OrganiserTexts", "kind"),
        "id": _tr("OrganiserTexts", "id"),
    }
    return names.get(key, key)


_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def place_text(place: str, data: dict) -> str:
    """'entries[2].authors[0].name' → 'Course m03 › author 1 › name' (ids taken from the round data)."""
    if not place or place == "(top level)":
        return _tr("OrganiserTexts", "Round")
    parts: list[str] = []
    node = data
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
        ident = item.get("id") if isinstance(item, dict) and item.get("id") else str(number + 1)
        labels = {"entries": _tr("OrganiserTexts", "Course %1"), "experts": _tr("OrganiserTexts", "Expert %1"),
                  "criteria": _tr("OrganiserTexts", "Criterion %1"), "authors": _tr("OrganiserTexts", "author %1"),
                  "media": _tr("OrganiserTexts", "video %1"), "attachments": _tr("OrganiserTexts", "attachment %1")}
        parts.append(labels.get(key, key + " %1").replace("%1", ident))
        node = item
    return " › ".join(parts)


def media_kind_name(kind: str) -> str:
    return {"promo": _tr("OrganiserTexts", "promo"), "lecture": _tr("OrganiserTexts", "lecture"),
            "other": _tr("OrganiserTexts", "other")}.get(kind, kind)


def attachment_kind_name(kind: str) -> str:
    return {"implementation_act": _tr("OrganiserTexts", "act of implementation"),
            "platform_certificate": _tr("OrganiserTexts", "platform certificate"),
            "protocol_extract": _tr("OrganiserTexts", "protocol extract"),
            "other": _tr("OrganiserTexts", "other document")}.get(kind, kind)


def stage_name(stage: str) -> str:
    return {"department": _tr("OrganiserTexts", "department (stage 1)"),
            "faculty": _tr("OrganiserTexts", "faculty (stage 2)"),
            "university": _tr("OrganiserTexts", "university (stage 3)")}.get(stage, stage)


def rule_name(rule: str) -> str:
    """A form -02 rule of the media check file."""
    return {
        "container": _tr("OrganiserTexts", "Container mp4"),
        "video_codec": _tr("OrganiserTexts", "Video codec H.264"),
        "resolution": _tr("OrganiserTexts", "Resolution at least 1280×720"),
        "aspect": _tr("OrganiserTexts", "Aspect ratio 16:9"),
        "filled_frame": _tr("OrganiserTexts", "Frame filled, no black bars"),
        "audio_codec": _tr("OrganiserTexts", "Audio codec AAC, AC3, OGG or MP3"),
        "stereo": _tr("OrganiserTexts", "True stereo"),
        "voice_centred": _tr("OrganiserTexts", "Voice centred between channels"),
        "duration": _tr("OrganiserTexts", "Length (promo ≤ 3 min, lecture ≤ 15 min)"),
        "readable": _tr("OrganiserTexts", "File can be read"),
        "annotation": _tr("OrganiserTexts", "Short annotation ≤ 300 characters"),
        "promo": _tr("OrganiserTexts", "Promo video present"),
        "lecture_length": _tr("OrganiserTexts", "Lecture 10–15 min (Aktobe norm)"),
        "lecture_total": _tr("OrganiserTexts", "Video per section ≥ 40 min (Aktobe norm)"),
        "online_media": _tr("OrganiserTexts", "Videos given as links (not checked)"),
    }.get(rule, rule)


def item_name(key: str) -> str:
    """An item of the admission checklist."""
    return {
        "cover_letter": _tr("OrganiserTexts", "Cover letter fields filled (form -01)"),
        "short_annotation": _tr("OrganiserTexts", "Short annotation up to 300 characters"),
        "promo_video": _tr("OrganiserTexts", "Promo video"),
        "videos_compliant": _tr("OrganiserTexts", "Videos meet form -02"),
        "not_previous_winner": _tr("OrganiserTexts", "Authors have not won with this course (9.10)"),
        "work_curriculum": _tr("OrganiserTexts", "Work curriculum"),
        "glossary": _tr("OrganiserTexts", "Glossary"),
        "forum_or_chat": _tr("OrganiserTexts", "Forum or chat"),
        "two_cohorts": _tr("OrganiserTexts", "Piloted with at least two cohorts"),
        "implementation_act": _tr("OrganiserTexts", "Act of implementation"),
        "platform_certificate": _tr("OrganiserTexts", "Certificate of placement on the platform"),
    }.get(key, key)


def item_found(key: str, status: str, args: tuple[str, ...], english: str) -> str:
    """What the program saw for an automatic checklist item."""
    if key == "cover_letter":
        if not args:
            return _tr("OrganiserTexts", "all six fields filled")
        return _tr("OrganiserTexts", "missing: %1").replace("%1", ", ".join(field_name(a) for a in args))
    if key == "short_annotation" and args:
        return _tr("OrganiserTexts", "%1 characters").replace("%1", args[0])
    if key == "promo_video":
        return _tr("OrganiserTexts", "present") if status == "ok" else _tr("OrganiserTexts", "no promo video")
    if key == "videos_compliant":
        if not args:
            return _tr("OrganiserTexts", "run the media check")
        if args == ("0", "0"):
            return _tr("OrganiserTexts", "no video files (links only)")
        if status == "fail":
            return _tr("OrganiserTexts", "%1 of %2 videos break the rules").replace("%1", args[0]).replace("%2", args[1])
        return _tr("OrganiserTexts", "%1 of %2 videos checked and compliant").replace("%1", args[0]).replace("%2", args[1])
    if key == "not_previous_winner":
        if args:
            return _tr("OrganiserTexts", "won place %1 in %2").replace("%1", args[0]).replace("%2", args[1] or "?")
        if status == "ok":
            return _tr("OrganiserTexts", "not among past winners")
        return _tr("OrganiserTexts", "import past results to check")
    if english.startswith("attached:") and args:
        return _tr("OrganiserTexts", "attached: %1").replace("%1", args[0])
    return english


def status_name(status: str) -> str:
    return {"ok": _tr("OrganiserTexts", "yes"), "fail": _tr("OrganiserTexts", "no"),
            "unknown": _tr("OrganiserTexts", "to check")}.get(status, status)
