"""The round file, format `sarapshy-round/1` (docs/schemas): reading and checking it. Its content's
models are in round_model, what its folder holds in round_folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.canonical import canonical_sha256
from app.models.errors import Problem
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, check_format, decode_json_document, validate_model
from app.models.round_folder import FolderScan, Outline, check_paths_stay_inside, round_outline, round_warnings
from app.models.round_model import Attachment, Entry, MediaItem, Round, RoundHeader

ROUND_FORMAT = "sarapshy-round/1"


@dataclass
class RoundFile:
    """A round as read from disk: the raw data (for the digest) beside the validated model."""

    path: Path | None
    data: dict[str, Any]
    round: Round
    sha256: str
    warnings: list[Problem] = field(default_factory=list)

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None

    def media_path(self, item: MediaItem | Attachment) -> Path | None:
        """The file a media item or attachment points at (None for URLs or an in-memory round)."""
        if item.path is None or self.folder is None:
            return None
        return self.folder / Path(*item.path.split("/"))

    # What a window needs first, without building every entry (see round_index.IndexedRoundFile).
    @property
    def header(self) -> RoundHeader:
        return self.round

    def entry_ids(self) -> list[str]:
        return [entry.id for entry in self.round.entries]

    def entry(self, entry_id: str) -> Entry | None:
        return self.round.entry(entry_id)

    def outline(self) -> Outline:
        return round_outline(self.round)

    @property
    def folder_checked(self) -> bool:
        """Whether `warnings` already say which videos are missing from the round folder."""
        return True


def parse_round(raw: bytes, source: str | Path, path: Path | None = None) -> RoundFile:
    data = decode_json_document(raw, source)
    check_format(data, ROUND_FORMAT, source, "round")
    model = validate_model(Round, data, source)
    round_file = RoundFile(path=path, data=data, round=model, sha256=canonical_sha256(data))
    round_file.warnings = check_round_folder(round_file, source)
    return round_file


def check_round_folder(round_file: RoundFile, source: str | Path | None = None) -> list[Problem]:
    """What the round folder holds: an InputError when a symbolic link leads out of it, else the
    warnings (videos missing, entries without videos)."""
    outline = round_file.outline()
    scan = FolderScan(round_file.folder) if round_file.folder is not None else None
    if scan is not None:
        check_paths_stay_inside(outline, source if source is not None else round_file.path, scan)
    return round_warnings(outline, scan)


def load_round(path: str | Path) -> RoundFile:
    path = Path(path)
    raw = read_limited(path, MAX_DOCUMENT_BYTES)
    return parse_round(raw, path, path=path.resolve())


def round_to_data(model: Round) -> dict[str, Any]:
    """The JSON-ready form of a round (for the organiser's editor)."""
    return model.model_dump(mode="json", exclude_none=True)
