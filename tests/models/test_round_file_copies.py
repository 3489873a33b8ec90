"""Copying a round's files beside a new round file (the next stage's round, a gathered round)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.models import round_file_copies
from app.models.errors import InputError
from app.models.round_file_copies import copy_round_files


def test_files_are_copied_to_their_relative_paths_and_a_missing_one_is_skipped(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "a.mp4").write_bytes(b"lecture")
    (source / "b.pdf").write_bytes(b"curriculum")
    dest = tmp_path / "dest"
    steps: list[tuple[int, int, str]] = []
    copies = [
        (source / "a.mp4", "media/m01/a.mp4"),
        (source / "gone.mp4", "media/m01/gone.mp4"),
        (source / "b.pdf", "docs\\m01\\b.pdf"),  # written on Windows
    ]
    assert copy_round_files(copies, dest, lambda done, total, name: steps.append((done, total, name))) == 2
    assert (dest / "media" / "m01" / "a.mp4").read_bytes() == b"lecture"
    assert (dest / "docs" / "m01" / "b.pdf").read_bytes() == b"curriculum"
    assert not (dest / "media" / "m01" / "gone.mp4").exists()
    assert steps == [(0, 3, "media/m01/a.mp4"), (1, 3, "media/m01/gone.mp4"), (2, 3, "docs\\m01\\b.pdf")]


def test_a_full_disk_names_the_file_that_could_not_be_written(tmp_path, monkeypatch):
    (tmp_path / "a.mp4").write_bytes(b"lecture")

    def full_disk(src: Path, dst: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(round_file_copies.shutil, "copy2", full_disk)
    with pytest.raises(InputError) as info:
        copy_round_files([(tmp_path / "a.mp4", "media/a.mp4")], tmp_path / "dest")
    assert info.value.code == "cannot_copy" and info.value.problems[0].args == ("No space left on device",)
    assert str(tmp_path / "dest" / "media" / "a.mp4") in str(info.value)


def test_a_file_where_a_folder_should_be_is_a_clear_error_not_a_traceback(tmp_path):
    (tmp_path / "a.mp4").write_bytes(b"lecture")
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "media").write_bytes(b"a file, not a folder")
    with pytest.raises(InputError) as info:
        copy_round_files([(tmp_path / "a.mp4", "media/a.mp4")], dest)
    assert info.value.code == "cannot_copy"
    assert (dest / "media").read_bytes() == b"a file, not a folder"
