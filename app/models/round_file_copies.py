"""Copying a round's media and attachment files beside a new round file, each to its relative path."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from app.models.errors import InputError


def copy_round_files(
    copies: Sequence[tuple[Path, str]], dest: Path, progress: Callable[[int, int, str], None] | None = None
) -> int:
    """Copy each (source file, relative path) under `dest`; returns how many were copied.

    A missing source is skipped: the new round then warns about it, as the one it came from does.
    """
    copied = 0
    for done, (src, relative) in enumerate(copies):
        if progress:
            progress(done, len(copies), relative)
        if not src.is_file():
            continue
        target = dest / Path(*relative.replace("\\", "/").split("/"))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)  # a file where a folder should be fails here
            shutil.copy2(src, target)
        except OSError as exc:
            raise InputError(
                target,
                "",
                f"cannot copy the file ({exc.strerror or exc})",
                "choose a folder you may write to, with enough free space",
                code="cannot_copy",
                args=(exc.strerror or str(exc),),
            ) from None
        copied += 1
    return copied
