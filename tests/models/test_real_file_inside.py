"""Issue 14 (12): a media file is opened only when its real path, links resolved at that moment,
is inside the round folder."""

from __future__ import annotations

import os

import pytest

from app.models.round_folder import real_file_inside

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


@pytest.fixture
def layout(tmp_path):
    root = tmp_path / "round"
    (root / "media" / "m01").mkdir(parents=True)
    (root / "media" / "m01" / "promo.mp4").write_bytes(b"inside")
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "promo.mp4").write_bytes(b"outside")
    return root, outside


def test_a_plain_file_inside_is_given_by_its_real_path(layout):
    root, _ = layout
    path = root / "media" / "m01" / "promo.mp4"
    assert real_file_inside(root, path) == path.resolve()


def test_a_file_swapped_for_a_link_out_of_the_folder_is_refused(layout):
    root, outside = layout
    path = root / "media" / "m01" / "promo.mp4"
    path.unlink()
    path.symlink_to(outside / "promo.mp4")
    assert real_file_inside(root, path) is None


def test_a_folder_swapped_for_a_link_out_of_the_folder_is_refused(layout):
    root, outside = layout
    folder = root / "media" / "m01"
    (folder / "promo.mp4").unlink()
    folder.rmdir()
    folder.symlink_to(outside, target_is_directory=True)
    assert real_file_inside(root, folder / "promo.mp4") is None


def test_a_link_between_files_of_the_folder_is_followed(layout):
    root, _ = layout
    link = root / "media" / "m01" / "again.mp4"
    link.symlink_to(root / "media" / "m01" / "promo.mp4")
    assert real_file_inside(root, link) == (root / "media" / "m01" / "promo.mp4").resolve()


def test_a_sibling_folder_with_the_same_prefix_is_outside(tmp_path):
    root = tmp_path / "round"
    root.mkdir()
    sibling = tmp_path / "round-other"
    sibling.mkdir()
    (sibling / "x.mp4").write_bytes(b"x")
    link = root / "x.mp4"
    link.symlink_to(sibling / "x.mp4")
    assert real_file_inside(root, link) is None
