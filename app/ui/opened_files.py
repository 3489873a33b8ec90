"""What a file the user opened is, when it is not a round: its kind (video, PDF, …) or an expert's
sheet; and how a round's load went (its problems grouped, its missing videos counted)."""

from __future__ import annotations

import re
from pathlib import Path

from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, decode_json_document
from app.models.round import RoundFile
from app.models.sheet import SHEET_FORMATS

MEDIA_PATH_PLACE = re.compile(r"^entries\[\d+\]\.media\[\d+\]\.path$")

# What a file that is not a round is, by its first bytes (offset, magic) or else by its name's ending.
FILE_MAGIC = (
    (4, b"ftyp", "video"),
    (0, b"\x1aE\xdf\xa3", "video"),
    (0, b"OggS", "audio"),
    (0, b"ID3", "audio"),
    (0, b"fLaC", "audio"),
    (0, b"%PDF", "pdf"),
    (0, b"PK\x03\x04", "archive"),
    (0, b"Rar!", "archive"),
    (0, b"7z\xbc\xaf", "archive"),
    (0, b"\x1f\x8b", "archive"),
    (0, b"\xd0\xcf\x11\xe0", "office"),
    (0, b"\x89PNG", "image"),
    (0, b"\xff\xd8\xff", "image"),
    (0, b"GIF8", "image"),
)
RIFF_KINDS = {b"AVI ": "video", b"WAVE": "audio", b"WEBP": "image"}
SUFFIX_KINDS = {
    "video": ("mp4", "m4v", "mkv", "webm", "avi", "mov", "wmv", "flv", "mpg", "mpeg", "3gp", "ogv"),
    "audio": ("mp3", "m4a", "wav", "ogg", "oga", "flac", "aac", "wma", "opus"),
    "image": ("png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "svg", "heic"),
    "pdf": ("pdf",),
    "office": ("doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf"),
    "archive": ("zip", "rar", "7z", "gz", "tgz", "tar", "bz2", "xz"),
}


def sheet_facts(path: Path) -> dict | None:
    """The top-level fields of `path` if it is an expert's sheet file (`sarapshy-sheet/1` or `/2`), else None.

    Only the format is checked here: the chair's import says what else may be wrong with it."""
    try:
        data = decode_json_document(read_limited(path, MAX_DOCUMENT_BYTES), path)
    except (InputError, OSError):
        return None
    return data if data.get("format") in SHEET_FORMATS else None


def not_a_round_kind(path: Path) -> str | None:
    """ "video", "audio", "image", "pdf", "office" or "archive" when `path` clearly is no round file
    (a JSON text, whatever its name, is left to the round reader to judge); None otherwise."""
    try:
        with open(path, "rb") as src:
            head = src.read(64)
    except OSError:
        return None
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return None
    for offset, magic, kind in FILE_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return kind
    if head.startswith(b"RIFF") and head[8:12] in RIFF_KINDS:
        return RIFF_KINDS[head[8:12]]
    suffix = path.suffix.lower().lstrip(".")
    return next((kind for kind, suffixes in SUFFIX_KINDS.items() if suffix in suffixes), None)


def grouped_problems(error: InputError) -> list[tuple[Problem, int]]:
    """The error's problems, those with the same text and fix given once: (first of them, how many more)."""
    groups: dict[tuple[str, str], list[Problem]] = {}
    for problem in error.problems:
        groups.setdefault((problem.problem, problem.fix), []).append(problem)
    return [(same[0], len(same) - 1) for same in groups.values()]


def missing_media_count(round_file: RoundFile) -> tuple[int, int]:
    """(videos missing from the round folder, videos given by path), from the load's warnings."""
    missing = sum(1 for w in round_file.warnings if MEDIA_PATH_PLACE.match(w.place))
    if not missing:
        return 0, 0  # the usual case: no need to count every video of a large round
    local = sum(1 for _, _, files in round_file.outline() for kind, _, _ in files if kind == "media")
    return missing, local
