"""QA findings on the window shell: what opens at start, the status after a good open, files that are
not rounds, a refused round with many problems, the Kazakh title (QA report issue 3: #3, #7, #10–#12)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.models.errors import InputError, Problem
from app.ui import demo_round
from app.ui.main_window import MainWindow
from app.ui.opened_files import not_a_round_kind
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets
from app.ui.role_pages import role_available
from tests.ui.test_expert_page import compiled_translations, demo_round_path  # noqa: F401  (fixtures)
from tests.ui.test_main_window import round_without_media

pytestmark = pytest.mark.usefixtures("compiled_translations")


def make_window(qtbot) -> MainWindow:
    window = MainWindow("expert")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, english_ui):
    window = make_window(qtbot)
    yield window
    window.close()


@pytest.fixture
def demo_here(monkeypatch, demo_round_path):
    """The demo round the start falls back to (written once per test process, not per test)."""
    monkeypatch.setattr(demo_round, "demo_round_path", lambda: demo_round_path)
    return demo_round_path


# --- #3: the start opens the round opened last; the demo only on the first run -------------------------------
def test_the_first_run_opens_the_demo_round(window, demo_here):
    assert window.recent_rounds() == []
    demo_round.open_start_round(window)
    assert window.round_file.path == demo_here.resolve()
    assert not window.banner.isVisible(), window.banner.text.text()


def test_the_start_reopens_the_round_opened_last(window, demo_here, tmp_path, qtbot):
    mine = round_without_media(tmp_path / "mine")
    assert window.open_round(mine)
    window.close()
    restarted = make_window(qtbot)  # a new start reads the same settings
    demo_round.open_start_round(restarted)
    assert restarted.round_file.path == mine.resolve()
    assert restarted.recent_rounds()[0] == str(mine.resolve())


def test_a_round_no_longer_there_falls_back_to_the_demo_with_a_note(window, demo_here, tmp_path, qtbot):
    mine = round_without_media(tmp_path / "usb-stick")
    assert window.open_round(mine)
    mine.unlink()
    demo_round.open_start_round(window)
    assert window.round_file.path == demo_here.resolve()
    text = window.banner.text.text()
    assert window.banner.isVisible() and window.banner.level == "info"
    assert "no longer there" in text and str(mine.resolve()) in text and "demo round is open" in text
    assert "no longer there" in window.statusBar().currentMessage()
    assert window.recent_rounds()[0] == str(mine.resolve()), "the next start tries the expert's round again"


def test_a_round_that_no_longer_opens_falls_back_to_the_demo_and_says_why(window, demo_here, tmp_path):
    mine = round_without_media(tmp_path / "mine")
    assert window.open_round(mine)
    mine.write_text("{ damaged", encoding="utf-8")
    demo_round.open_start_round(window)
    assert window.round_file.path == demo_here.resolve()
    text = window.banner.text.text()
    assert window.banner.level == "warning"
    assert "did not open" in text and "mine" in text and "not valid JSON" in text


# --- #7: a good open clears "The round was not opened" -------------------------------------------------------
def test_a_good_open_clears_the_not_opened_status(window, tmp_path):
    (tmp_path / "bad.round.json").write_text("{ nope", encoding="utf-8")
    assert not window.open_round(tmp_path / "bad.round.json")
    assert window.statusBar().currentMessage() == "The round was not opened"
    assert window.open_round(round_without_media(tmp_path / "good"))
    assert window.statusBar().currentMessage() == ""


def test_a_good_open_keeps_a_pages_own_status(window, tmp_path):
    window.statusBar().showMessage("Round saved: x", 8000)
    assert window.open_round(round_without_media(tmp_path / "good"))
    assert window.statusBar().currentMessage() == "Round saved: x"


# --- #10: a video (or other non-round file) dropped or opened -------------------------------------------------
def drop(window, path: Path) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    point = QtCore.QPointF(window.width() / 2, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QtGui.QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QtWidgets.QApplication.sendEvent(window, enter)  # Qt delivers a drop only where a drag entered
    QtWidgets.QApplication.sendEvent(window, QtGui.QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys))


def test_a_dropped_video_is_called_a_video_not_a_badly_encoded_round(window, tmp_path, rgb_clip):
    good = round_without_media(tmp_path / "good")
    assert window.open_round(good)
    promo = tmp_path / "promo.mp4"
    promo.write_bytes(rgb_clip.read_bytes())
    drop(window, promo)
    text = window.banner.text.text()
    assert text == "«promo.mp4» is a video, not a round file: open the round's .round.json file."
    assert "UTF-8" not in text and window.banner.level == "warning"
    assert window.round_file.path == good.resolve(), "the open round stays open"
    assert window.recent_rounds() == [str(good.resolve())]


@pytest.mark.parametrize(
    "name, head, kind",
    [
        ("lecture.bin", b"\x00\x00\x00\x20ftypisom\x00\x00", "video"),  # by content, whatever the name
        ("clip.mkv", b"\x1aE\xdf\xa3\x01\x00", "video"),
        ("scan.dat", b"%PDF-1.7\n", "pdf"),
        ("report.docx", b"PK\x03\x04\x14\x00", "archive"),  # a .docx is a zip inside
        ("song.wav", b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio"),
        ("photo.jpg", b"\xff\xd8\xff\xe0", "image"),
        ("notes.odt", b"not json text at all", "office"),  # by name
        ("movie.round.json.mp4", b'  {"format": "x"}', None),  # JSON text: the reader judges it
        ("round.json", b"\xef\xbb\xbf{}", None),
        ("odd.round.json", b"\xff\xfe{\x00", None),  # UTF-16: the reader's advice fits
    ],
)
def test_what_a_file_that_is_not_a_round_is(tmp_path, name, head, kind):
    path = tmp_path / name
    path.write_bytes(head)
    assert not_a_round_kind(path) == kind


def test_a_dropped_pdf_in_kazakh(qtbot, tmp_path):
    window = make_window(qtbot)
    try:
        window.set_language("kk")
        (tmp_path / "ереже.pdf").write_bytes(b"%PDF-1.4\n")
        drop(window, tmp_path / "ереже.pdf")
        text = window.banner.text.text()
        assert text.startswith("«ереже.pdf» — PDF құжаты") and ".round.json" in text
    finally:
        window.set_language("en")


# --- #11: a round refused for many problems ------------------------------------------------------------
def symlinked_media_round(folder: Path) -> Path:
    path = round_without_media(folder / "round")
    (folder / "elsewhere").mkdir()
    os.symlink(folder / "elsewhere", folder / "round" / "media")
    return path


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_eighteen_identical_problems_are_one_line_with_all_of_them_behind_show_all(window, tmp_path, qtbot):
    path = symlinked_media_round(tmp_path)
    assert not window.open_round(path)
    banner = window.banner
    lines = banner.text.text().splitlines()
    assert lines[0] == "This round file cannot be opened:" and lines[1] == f"{path}:"
    assert len(lines) == 3, lines
    assert lines[2].startswith("• entries[0].media[0].path: leads outside the round file's folder")
    assert lines[2].endswith("(the same in 17 more places)")
    assert banner.details_button.isVisible() and banner.details_button.text() == "Show all"
    assert banner.text.toolTip().count("leads outside") == 18
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    assert banner.text.text().count("leads outside") == 18 and banner.details_button.text() == "Show less"
    banner.details_button.click()
    assert len(banner.text.text().splitlines()) == 3


def test_many_kinds_of_problem_show_a_few_and_say_how_many_more(window, tmp_path):
    problems = [Problem(f"entries[{i}].title", f"problem number {i}", "fix it") for i in range(6)]
    problems += [Problem(f"entries[{i}].media[0].path", "leads outside", "copy it") for i in range(18)]
    error = InputError(tmp_path / "r.round.json", problems=problems)
    window.round_error = error
    window._show_round_error()
    lines = window.banner.text.text().splitlines()
    assert lines[2:5] == [f"• entries[{i}].title: problem number {i} — fix it" for i in range(3)]
    assert lines[5] == "… and 21 more problems: «Show all» lists them."
    assert len(lines) == 6
    assert window.banner.details.count("\n") == 24, "all 24 problems, one line each, after the heading"


def test_a_single_problem_is_shown_as_before_with_no_show_all(window, tmp_path):
    assert not window.open_round(tmp_path / "absent.round.json")
    assert window.banner.text.text().endswith(
        "absent.round.json: the file does not exist — check the name and the folder"
    )
    assert window.banner.details_button.isHidden()


# --- #12: the Kazakh title does not say «Сарапшы» twice ----------------------------------------------
def test_the_kazakh_title_names_the_app_once(qtbot, tmp_path):
    window = make_window(qtbot)
    try:
        window.open_round(round_without_media(tmp_path / "r"))
        window.set_language("kk")
        title = window.windowTitle()
        assert title.startswith("Сарапшы — ") and title.count("Сарапшы") == 1, title
        if role_available("chair"):
            window.set_role("chair")
            assert window.windowTitle().startswith("Сарапшы — Төраға — ")
        window.set_language("ru")
        window.set_role("expert")
        assert window.windowTitle().startswith("Сарапшы — Эксперт — ")
    finally:
        window.set_language("en")
