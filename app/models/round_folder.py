"""A round's files on disk: where its media paths lead, which videos are missing, and the round's
outline (each entry's videos and local files) those checks run over."""

from __future__ import annotations

import os
from pathlib import Path

from app.models.errors import InputError, Problem
from app.models.round_model import Round


class FolderScan:
    """What a round's files look like on disk, read with one directory listing per folder.

    A round of 1000 entries has some 10,000 media paths: one `os.scandir` per media folder instead
    of a `resolve()` and an `exists()` per file keeps opening it quick.
    """

    def __init__(self, root: Path):
        self.root = str(root)
        self.real_root = os.path.realpath(self.root)
        self._listings: dict[str, dict[str, bool] | None] = {}
        self._real_dirs: dict[str, str] = {}
        self._dirs: dict[str, str] = {}

    def _listing(self, directory: str) -> dict[str, bool] | None:
        """name → is a symbolic link; None when the folder cannot be listed."""
        if directory not in self._listings:
            try:
                with os.scandir(directory) as entries:
                    self._listings[directory] = {e.name: e.is_symlink() for e in entries}
            except OSError:
                self._listings[directory] = None
        return self._listings[directory]

    def _split(self, relative: str) -> tuple[str, str]:
        """The folder (as an OS path) and the file name of a round-relative path."""
        folder, _, name = relative.rpartition("/")
        directory = self._dirs.get(folder)
        if directory is None:
            directory = self._dirs[folder] = os.path.join(self.root, *folder.split("/")) if folder else self.root
        return directory, name

    def exists(self, relative: str) -> bool:
        directory, name = self._split(relative)
        listing = self._listing(directory)
        if listing is not None and name in listing and not listing[name]:
            return True
        return os.path.exists(os.path.join(directory, name))  # links, case-insensitive disks

    def stays_inside(self, relative: str) -> bool:
        directory, name = self._split(relative)
        listing = self._listing(directory)
        if listing is not None and listing.get(name):
            target = os.path.realpath(os.path.join(directory, name))
        else:
            if directory not in self._real_dirs:
                self._real_dirs[directory] = os.path.realpath(directory)
            target = os.path.join(self._real_dirs[directory], name)
        return _inside(target, self.real_root)


def _inside(target: str, real_root: str) -> bool:
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


def real_file_inside(folder: Path, path: Path) -> Path | None:
    """`path` with every symbolic link resolved now, if that real file is inside `folder` (also
    resolved); None if it leads out. For opening a file: a link swapped in after the round was
    read must not be followed, and the engine is given the checked real path, not the link."""
    target = os.path.realpath(path)
    return Path(target) if _inside(target, os.path.realpath(folder)) else None


# A round's outline, per entry: its id, its videos' ids, and its local files as (kind, position,
# path) with kind "media" or "attachments". Plain lists, so that a round's index can keep them
# (round_index): looking at the folder or summing what was watched then needs no entry built.
Outline = list[tuple[str, list[str], list[tuple[str, int, str]]]]


def round_outline(rnd: Round) -> Outline:
    return [
        (
            entry.id,
            [item.id for item in entry.media],
            [
                (kind, position, item.path)
                for kind, items in (("media", entry.media), ("attachments", entry.attachments))
                for position, item in enumerate(items)
                if item.path is not None
            ],
        )
        for entry in rnd.entries
    ]


def check_paths_stay_inside(outline: Outline, source: str | Path | None, scan: FolderScan) -> None:
    """Paths are checked to stay inside when parsed; symbolic links must not lead out either."""
    problems = [
        Problem(
            f"entries[{e_index}].{kind}[{position}].path",
            "leads outside the round file's folder",
            "copy the file into the round folder",
            "link_leads_outside",
        )
        for e_index, (_, _, files) in enumerate(outline)
        for kind, position, path in files
        if not scan.stays_inside(path)
    ]
    if problems:
        raise InputError(source, problems=problems)


def round_warnings(outline: Outline, scan: FolderScan | None) -> list[Problem]:
    """Things worth telling the organiser that do not make the round invalid."""
    warnings = []
    if not outline:
        warnings.append(Problem("entries", "the round has no entries yet", code="no_entries"))
    for index, (entry_id, media_ids, files) in enumerate(outline):
        if not media_ids:
            warnings.append(
                Problem(
                    f"entries[{index}].media",
                    f"entry {entry_id} has no videos: it will be judged from its link",
                    code="entry_without_videos",
                    args=(entry_id,),
                )
            )
        for kind, position, path in files:
            if kind == "media" and scan is not None and not scan.exists(path):
                warnings.append(
                    Problem(
                        f"entries[{index}].media[{position}].path",
                        f"the video {path} is not in the round folder",
                        "copy the media folder next to the round file",
                        "video_missing",
                        (path,),
                    )
                )
    return warnings
