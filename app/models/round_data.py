"""The round as JSON-ready data in the organiser's editor: defaults, new ids, file names, and the
cleaning that makes an untouched optional field leave the file as it was."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.models.files import safe_file_name
from app.models.regulation import COMMENT_CRITERION, SCORE_MAX, SCORE_MIN
from app.models.round_model import DEFAULT_CRITERIA_TITLES, Round

PROMO_WORDS = ("promo", "промо", "трейлер", "trailer", "teaser", "анонс")
ATTACHMENT_KINDS = ("implementation_act", "platform_certificate", "protocol_extract", "other")
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".wmv")


def default_criteria_data() -> list[dict[str, Any]]:
    return [
        {"id": f"c{i}", "title": dict(title), "min": SCORE_MIN, "max": SCORE_MAX, "comment": i == COMMENT_CRITERION}
        for i, title in enumerate(DEFAULT_CRITERIA_TITLES, start=1)
    ]


def next_id(prefix: str, used: list[str], width: int = 2) -> str:
    number = 1
    taken = set(used)
    while f"{prefix}{number:0{width}d}" in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"


def guess_media_kind(file_name: str, has_promo: bool) -> str:
    name = file_name.casefold()
    return "promo" if not has_promo and any(word in name for word in PROMO_WORDS) else "lecture"


def natural_key(name: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)]


def unique_target(entry_id: str, file_name: str, used: set[str]) -> str:
    stem, suffix = posixpath.splitext(safe_file_name(file_name))
    candidate = f"media/{entry_id}/{stem}{suffix}"
    number = 2
    while candidate in used:
        candidate = f"media/{entry_id}/{stem}-{number}{suffix}"
        number += 1
    return candidate


def comparable(data: dict[str, Any]) -> Any:
    """What a round means, so that defaults written out or left implicit compare equal."""
    cleaned = clean(data)
    try:
        return Round.model_validate(cleaned).model_dump(mode="json", exclude_none=True)
    except ValidationError:
        return cleaned


def clean(data: Any) -> Any:
    """Drop empty optional values, so an untouched field does not make the file differ."""
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            value = clean(value)
            if key in _OPTIONAL_EMPTY and value in ("", None, {}, []):
                continue
            out[key] = value
        return out
    if isinstance(data, list):
        return [clean(v) for v in data]
    return data


_OPTIONAL_EMPTY = {
    "position",
    "department",
    "degree",
    "faculty",
    "link",
    "annotation",
    "languages",
    "attachments",
    "meeting",
    "place",
    "date",
    "organization",
    "regulation",
    "public_key",
    "secretary",
    "year",
}


class DraftData:
    """What every part of a round draft works on: the round's data, its file (None before the
    first save) and the files still to copy (the path the round will use → the file to copy from)."""

    data: dict[str, Any]
    path: Path | None
    pending: dict[str, str]

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None
