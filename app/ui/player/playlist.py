"""The videos of one entry, in the order the expert watches them (promo first), and time text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.models.round import RoundFile
from app.models.round_model import Entry

KIND_ORDER = {"promo": 0, "lecture": 1}


@dataclass(frozen=True)
class PlaylistItem:
    media_id: str
    title: str
    kind: str = "lecture"
    path: Path | None = None  # a local file (may be missing: the player says so)
    url: str | None = None  # an http(s) stream
    root: Path | None = None  # the round folder `path` must stay inside (checked when opened)

    @property
    def source(self) -> str | None:
        return str(self.path) if self.path is not None else self.url

    @property
    def is_stream(self) -> bool:
        return self.path is None and bool(self.url)


def playlist_for_entry(round_file: RoundFile, entry: Entry) -> list[PlaylistItem]:
    """The entry's videos, promo first, then lectures and others in the round file's order."""
    ordered = sorted(enumerate(entry.media), key=lambda pair: (KIND_ORDER.get(pair[1].kind, 2), pair[0]))
    return [
        PlaylistItem(
            media_id=item.id,
            title=item.title or item.id,
            kind=item.kind,
            path=round_file.media_path(item),
            url=item.url,
            root=round_file.folder,
        )
        for _, item in ordered
    ]


def format_time(ms: int) -> str:
    """0:07, 12:34, 1:02:03."""
    seconds = max(0, int(ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
