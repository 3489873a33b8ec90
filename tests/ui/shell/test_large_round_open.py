"""A large round opened again comes from its index: the window shows it without building every entry,
and the round folder is looked at in the background (missing videos, links leading out)."""

from __future__ import annotations

import pytest

from app.models.round_index import IndexedRoundFile
from tests.helpers.factories import write_round
from tests.helpers.media import many_videos, put_media
from tests.helpers.ui_expert import compiled_translations  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("compiled_translations")


def open_twice(window, qtbot, path):
    assert window.open_round(path)
    page = window.page("expert")
    page.choose_expert("e2")
    qtbot.waitUntil(lambda: window.folder_check.operation is None or not window.folder_check.operation.is_running())
    window.set_round(None)
    assert window.open_round(path)
    return page


def test_the_window_shows_a_known_large_round_without_building_it(window, qtbot, tmp_path):
    data = many_videos(entries=30, videos=12)
    path = write_round(tmp_path / "big", data)
    put_media(tmp_path / "big", data, skip={"media/m04/v1.mp4", "media/m09/v7.mp4"})
    page = open_twice(window, qtbot, path)
    round_file = window.round_file
    assert isinstance(round_file, IndexedRoundFile) and round_file._round is None
    assert page.entry_model.rowCount() == 30 and page.current_entry_id == "m01"
    assert page.sheet.selector("c1").isEnabled()
    assert set(round_file._entries) <= {"m01", *page.entry_model.entry_ids()[:40]}
    assert not window.banner.isVisible()  # the folder has not been looked at yet
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert window.banner.level == "warning" and "2 videos of this round are missing" in window.banner.text.text()
    assert page.select_entry("m17") and page.current_entry_id == "m17"
    assert "m17" in round_file._entries


def test_a_link_out_of_the_folder_closes_the_known_round_with_the_reason(window, qtbot, tmp_path):
    data = many_videos(entries=30, videos=12, with_links=False)
    folder = tmp_path / "round"
    path = write_round(folder, data)
    put_media(folder, data)
    open_twice(window, qtbot, path)
    window.set_round(None)
    outside = tmp_path / "elsewhere.mp4"
    outside.write_bytes(b"x")
    link = folder / "media" / "m12" / "v2.mp4"
    link.unlink()
    link.symlink_to(outside)
    assert window.open_round(path)
    qtbot.waitUntil(lambda: window.round_file is None, timeout=10_000)
    assert window.banner.level == "error"
    assert "leads outside" in window.banner.text.text() and "entries[11].media[2].path" in window.banner.text.text()
    assert window.page("expert").entry_model.rowCount() == 0


def test_a_broken_round_is_explained_in_the_interface_language(window, qtbot, tmp_path, qapp):
    from app.ui.i18n import install_language

    empty = tmp_path / "empty.round.json"
    empty.write_bytes(b"  \n")
    install_language(qapp, "kk")
    try:
        assert not window.open_round(empty)
        text = window.banner.text.text()
        assert "файл бос" in text and str(empty) in text
        assert "the file is empty" not in text and "choose the right file" not in text
    finally:
        install_language(qapp, "en")
