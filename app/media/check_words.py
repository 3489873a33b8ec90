"""The words of the media check file's `found` and `expected` values in a language.

The file (`sarapshy-media-check/1`) keeps them in English, as measured ("1 channel (mono)",
"L−R +4.2 dB, correlation 0.31"); here each kind of value has a template in the "MediaCheck"
context of the translation catalogues, %1, %2… taking its numbers. The window renders them through
Qt, the command line through app.models.catalogue; both call `measurement_text`.
"""

from __future__ import annotations

import re
from typing import Any

from app.models.catalogue import QT_TRANSLATE_NOOP, Translate
from app.models.messages import TEMPLATES

CONTEXT = "MediaCheck"
NUMBER = r"[-+]?[\d.]+"
PATTERNS: tuple[tuple[str, str], ...] = (
    (r"filled in (\d+) of (\d+) frames", QT_TRANSLATE_NOOP("MediaCheck", "filled in %1 of %2 frames")),
    (
        r"black bars \((.+)\) in (\d+) of (\d+) frames",
        QT_TRANSLATE_NOOP("MediaCheck", "black bars (%1) in %2 of %3 frames"),
    ),
    (r"(\d+) sampled frames all black", QT_TRANSLATE_NOOP("MediaCheck", "all %1 sampled frames are black")),
    (r"no black bars", QT_TRANSLATE_NOOP("MediaCheck", "no black bars")),
    (r"2 channels \(stereo\)", QT_TRANSLATE_NOOP("MediaCheck", "2 channels (stereo)")),
    (r"1 channel \(mono\)", QT_TRANSLATE_NOOP("MediaCheck", "1 channel (mono)")),
    (r"(\d+) channels", QT_TRANSLATE_NOOP("MediaCheck", "%1 channels")),
    (r"none", QT_TRANSLATE_NOOP("MediaCheck", "none")),
    (r"silence", QT_TRANSLATE_NOOP("MediaCheck", "silence")),
    (r"(\d+) characters", QT_TRANSLATE_NOOP("MediaCheck", "%1 characters")),
    (r"(\d+) characters \((.+)\)", QT_TRANSLATE_NOOP("MediaCheck", "%1 characters (%2)")),
    (r"1–(\d+) characters", QT_TRANSLATE_NOOP("MediaCheck", "1–%1 characters")),
    (r">= 1 promo video", QT_TRANSLATE_NOOP("MediaCheck", "at least 1 promo video")),
    (r"(\d+) link\(s\) not checked", QT_TRANSLATE_NOOP("MediaCheck", "%1 link(s) not checked")),
    (r"video files in the round folder", QT_TRANSLATE_NOOP("MediaCheck", "video files in the round folder")),
    (r"a readable video file", QT_TRANSLATE_NOOP("MediaCheck", "a readable video file")),
    (
        rf"L−R ({NUMBER}) dB, correlation ({NUMBER})",
        QT_TRANSLATE_NOOP("MediaCheck", "left − right %1 dB, channels alike %2"),
    ),
    (
        rf"\|L−R\| <= ({NUMBER}) dB, correlation >= ({NUMBER})",
        QT_TRANSLATE_NOOP("MediaCheck", "left − right within ±%1 dB, channels alike ≥ %2"),
    ),
    (r"(\d+):(\d+) \(([\d.]+)\), pixels (\d+):(\d+)", QT_TRANSLATE_NOOP("MediaCheck", "%1:%2 (%3), pixels %4:%5")),
    (r"letterbox (\d+)%", QT_TRANSLATE_NOOP("MediaCheck", "bars above and below %1%")),
    (r"pillarbox (\d+)%", QT_TRANSLATE_NOOP("MediaCheck", "bars at the sides %1%")),
)
# the problems of a file that cannot be read (the `readable` rule's finding)
UNREADABLE_CODES = (
    "video_file_missing",
    "video_file_empty",
    "video_unreadable",
    "video_no_streams",
    "video_truncated",
    "video_no_frame",
    "video_undecodable",
    "audio_undecodable",
    "round_not_on_disk",
)
# Plain words for an expert about a rule whose values are technical (shown under a failed rule).
EXPLANATIONS: dict[str, str] = {
    "voice_centred": QT_TRANSLATE_NOOP(
        "MediaCheck",
        "The voice must sound from the middle: the left and right channels about equally loud "
        "(a difference of at most %1 dB) and carrying the same sound (likeness from 0 — unrelated "
        "— to 1 — identical; at least %2). A voice heard from one side only fails.",
    ),
    "filled_frame": QT_TRANSLATE_NOOP(
        "MediaCheck",
        "The picture must fill the whole frame: black stripes above and below or at the sides "
        "mean the video was made for another frame shape.",
    ),
}


def measurement_text(text: str, translate: Translate) -> str:
    """A `found` or `expected` value of the media check file, with its words in translate's language."""
    for pattern, template in PATTERNS:
        match = re.fullmatch(pattern, text)
        if match:
            args = tuple(
                measurement_text(value, translate) if not re.fullmatch(NUMBER, value) else value
                for value in match.groups()
            )
            return _fill(translate(CONTEXT, template), args)
    unreadable = _unreadable_text(text, translate)
    if unreadable is not None:
        return unreadable
    if ", " in text and re.fullmatch(r"(letterbox|pillarbox) \d+%(, (letterbox|pillarbox) \d+%)*", text):
        return ", ".join(measurement_text(part, translate) for part in text.split(", "))
    return text.replace(">=", "≥").replace("<=", "≤")


def _unreadable_text(text: str, translate: Translate) -> str | None:
    """The `readable` rule's finding is the file's problem in English (app/media/probe.py): found again
    among the templates of the codes the probe raises, it is shown in translate's language."""
    for code in UNREADABLE_CODES:
        english = TEMPLATES[code].problem
        pattern = re.escape(english)
        for number in range(1, 10):
            pattern = pattern.replace(re.escape(f"%{number}"), "(.+?)")
        match = re.fullmatch(pattern, text)
        if match:
            numbers = [int(n) for n in re.findall(r"%(\d)", english)]
            args = [""] * max(numbers, default=0)
            for number, value in zip(numbers, match.groups(), strict=True):
                args[number - 1] = value
            return _fill(translate("InputError", english), tuple(args))
    return None


def explanation(check: dict[str, Any], translate: Translate) -> str:
    """The plain-words line of a check's rule ("" for a rule that needs none), with the limits its
    `expected` value states."""
    template = EXPLANATIONS.get(str(check.get("rule", "")))
    if not template:
        return ""
    return _fill(translate(CONTEXT, template), tuple(re.findall(r"\d+(?:\.\d+)?", str(check.get("expected", "")))))


def _fill(template: str, args: tuple[str, ...]) -> str:
    return re.sub(
        r"%(\d+)", lambda m: args[int(m.group(1)) - 1] if int(m.group(1)) <= len(args) else m.group(0), template
    )
