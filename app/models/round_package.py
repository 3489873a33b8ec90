"""Packaging a round for a USB stick: every referenced file copied into `media/<entry>/` beside
the round file, the paths rewritten, the round saved."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.errors import InputError, Problem
from app.models.files import remove_quietly
from app.models.round_checks import Issue
from app.models.round_data import unique_target
from app.models.round_edit import RoundDraft

COPY_CHUNK = 1 << 20

Progress = Callable[[int, int, str], None]


@dataclass
class PackageReport:
    copied: list[str] = field(default_factory=list)  # round paths written
    unchanged: list[str] = field(default_factory=list)  # already in place
    missing: list[Issue] = field(default_factory=list)  # sources that could not be found
    bytes_copied: int = 0


def package_round(draft: RoundDraft, progress: Progress | None = None) -> PackageReport:
    """Copy every referenced file into `media/<entry>/` beside the round file, rewrite the paths,
    save the round. `progress(done_kib, total_kib, file name)` may raise to cancel: files copied
    so far stay (a second run skips them) and the round file is left as it was."""
    if draft.path is None:
        raise InputError(
            None, "", "the round has no file yet", "save the round first, then package it", code="round_unsaved_package"
        )
    errors = draft.errors()
    if errors:
        raise InputError(draft.path, problems=[Problem(i.place, i.text) for i in errors])
    folder = draft.path.parent
    report = PackageReport()
    plan = _package_plan(draft, report)
    total = sum(size for *_, size in plan)
    done = 0
    for _item, target_rel, source, size in plan:
        target = folder / Path(*target_rel.split("/"))
        if _same_file(source, target):
            report.unchanged.append(target_rel)
        else:
            done = _copy_with_progress(source, target, done, total, progress)
            report.copied.append(target_rel)
            report.bytes_copied += size
        if progress is not None:
            progress(_kib(done), _kib(total), source.name)
    for item, target_rel, _source, _ in plan:
        draft.pending.pop(item["path"], None)
        item["path"] = target_rel
    if progress is not None:
        progress(_kib(total), _kib(total), "")
    draft.save()
    return report


def _package_plan(draft: RoundDraft, report: PackageReport) -> list[tuple[dict[str, Any], str, Path, int]]:
    plan = []
    taken: set[str] = set()
    for e_index, entry in enumerate(draft.entries):
        prefix = f"media/{entry['id']}/"
        for kind in ("media", "attachments"):
            for i_index, item in enumerate(entry.get(kind) or []):
                relative = item.get("path")
                if not relative:
                    continue
                source = draft.source_of(relative)
                if source is None or not source.is_file():
                    report.missing.append(
                        Issue(
                            f"entries[{e_index}].{kind}[{i_index}].path",
                            "missing_file",
                            f"the file {source or relative} cannot be found",
                            (str(source or relative),),
                        )
                    )
                    continue
                if relative.startswith(prefix) and relative not in taken:
                    target = relative
                else:
                    target = unique_target(entry["id"], Path(relative).name, taken | draft.used_paths() - {relative})
                taken.add(target)
                plan.append((item, target, source, source.stat().st_size))
    return plan


def _same_file(source: Path, target: Path) -> bool:
    if not target.is_file():
        return False
    if source.resolve() == target.resolve():
        return True
    a, b = source.stat(), target.stat()
    return a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime)


def _copy_with_progress(source: Path, target: Path, done: int, total: int, progress: Progress | None) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(source, "rb") as src, open(partial, "wb") as out:
            while chunk := src.read(COPY_CHUNK):
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(_kib(done), _kib(total), source.name)
            out.flush()
            os.fsync(out.fileno())
        os.utime(partial, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns))
        os.replace(partial, target)
    except OSError as exc:
        remove_quietly(partial)
        raise InputError(
            target,
            "",
            f"cannot copy {source} here ({exc.strerror or exc})",
            "check that the disk is not full and that you may write to the folder",
            code="cannot_copy_here",
            args=(source, exc.strerror or str(exc)),
        ) from None
    except BaseException:
        remove_quietly(partial)
        raise
    return done


def _kib(size: int) -> int:
    return (size + 1023) // 1024
