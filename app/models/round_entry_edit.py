"""Editing a round's entries: adding and removing them, their videos and documents. A file chosen
from outside the round folder is pending until the round is packaged (app.models.round_package)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.models.round_data import VIDEO_SUFFIXES, DraftData, guess_media_kind, natural_key, next_id, unique_target


class EntryEdits(DraftData):
    """The entries of a draft, their videos and documents, and the files still to copy."""

    @property
    def entries(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = self.data.setdefault("entries", [])
        return entries

    def entry(self, entry_id: str) -> dict[str, Any] | None:
        return next((e for e in self.entries if e.get("id") == entry_id), None)

    # Entries -------------------------------------------------------------------------------------
    def add_entry(self, title: str = "", authors: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
        entry = {
            "id": next_id("m", [e.get("id", "") for e in self.entries]),
            "title": title,
            "authors": authors if authors is not None else [{"name": ""}],
        }
        entry.update({k: v for k, v in fields.items() if v not in (None, "", [])})
        entry.setdefault("media", [])
        entry.setdefault("attachments", [])
        self.entries.append(entry)
        return entry

    def remove_entry(self, index: int) -> None:
        entry = self.entries.pop(index)
        for item in [*entry.get("media", []), *entry.get("attachments", [])]:
            self.pending.pop(item.get("path", ""), None)

    def add_media_files(
        self, entry_index: int, files: Sequence[str | Path], kind: str | None = None
    ) -> list[dict[str, Any]]:
        """Add video files (in the given order); kind guessed from the name when not given."""
        entry = self.entries[entry_index]
        media = entry.setdefault("media", [])
        added = []
        for file in files:
            file = Path(file)
            guess = kind or guess_media_kind(file.name, has_promo=any(m.get("kind") == "promo" for m in media))
            item = {
                "id": next_id("v", [m.get("id", "") for m in media], width=1),
                "kind": guess,
                "title": file.stem,
                "path": self._place_file(entry, file),
            }
            media.append(item)
            added.append(item)
        return added

    def add_media_folder(self, entry_index: int, folder: str | Path) -> list[dict[str, Any]]:
        """Every video in `folder`, in natural name order (so "2" comes before "10")."""
        videos = sorted(
            (p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in VIDEO_SUFFIXES),
            key=lambda p: natural_key(p.name),
        )
        return self.add_media_files(entry_index, videos)

    def add_media_link(self, entry_index: int, url: str, kind: str = "lecture", title: str = "") -> dict[str, Any]:
        media = self.entries[entry_index].setdefault("media", [])
        item = {"id": next_id("v", [m.get("id", "") for m in media], width=1), "kind": kind, "title": title, "url": url}
        media.append(item)
        return item

    def move_media(self, entry_index: int, index: int, delta: int) -> int:
        """Move a video up (−1) or down (+1); returns its new index."""
        media = self.entries[entry_index].setdefault("media", [])
        target = max(0, min(len(media) - 1, index + delta))
        media.insert(target, media.pop(index))
        return target

    def remove_media(self, entry_index: int, index: int) -> None:
        item = self.entries[entry_index]["media"].pop(index)
        self.pending.pop(item.get("path", ""), None)

    def add_attachment(
        self, entry_index: int, file: str | Path, kind: str = "other", title: str = ""
    ) -> dict[str, Any]:
        entry = self.entries[entry_index]
        file = Path(file)
        item = {"kind": kind, "title": title or file.stem, "path": self._place_file(entry, file)}
        entry.setdefault("attachments", []).append(item)
        return item

    def remove_attachment(self, entry_index: int, index: int) -> None:
        item = self.entries[entry_index]["attachments"].pop(index)
        self.pending.pop(item.get("path", ""), None)

    def _place_file(self, entry: dict[str, Any], file: Path) -> str:
        """The path the round uses for `file`: as is inside the round folder, else a pending copy."""
        file = file.resolve()
        if self.folder is not None:
            try:
                return file.relative_to(self.folder.resolve()).as_posix()
            except ValueError:
                pass
        target = unique_target(entry["id"], file.name, self.used_paths())
        self.pending[target] = str(file)
        return target

    def used_paths(self) -> set[str]:
        return {
            item["path"]
            for entry in self.entries
            for item in [*entry.get("media", []), *entry.get("attachments", [])]
            if item.get("path")
        }

    def source_of(self, relative: str) -> Path | None:
        """The file behind a path of the round: a pending copy's source, or the file in the folder."""
        if relative in self.pending:
            return Path(self.pending[relative])
        if self.folder is None:
            return None
        return self.folder / Path(*relative.split("/"))

    def _rebase_pending(self, new_folder: Path) -> None:
        """Saving elsewhere: files of the old folder must still be found, so they become pending."""
        old_folder = self.folder
        for entry in self.entries:
            for item in [*entry.get("media", []), *entry.get("attachments", [])]:
                relative = item.get("path")
                if relative and relative not in self.pending and old_folder is not None:
                    source = old_folder / Path(*relative.split("/"))
                    if source.is_file() and not (new_folder / Path(*relative.split("/"))).is_file():
                        self.pending[relative] = str(source)
