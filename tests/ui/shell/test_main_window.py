"""The window shell: opening rounds (menu, recent list, drag and drop, command line), explaining
broken rounds and missing media, roles, the language switch, Help → About."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.errors import InputError, Problem
from app.ui import demo_round
from app.ui.about import about_text
from app.ui.expert.entry_model import TITLE
from app.ui.i18n import current_language
from app.ui.main_window import MainWindow
from app.ui.opened_files import not_a_round_kind
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets
from app.ui.recent_rounds import remember_recent
from app.ui.role_pages import role_available
from tests.helpers.factories import round_without_media
from tests.helpers.ui_expert import compiled_translations, demo_round_path  # noqa: F401 (fixtures)
from tests.helpers.ui_shell import make_window

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.usefixtures("compiled_translations")


def test_opening_the_demo_round(window, demo_round_path, qtbot):
    assert window.open_round(demo_round_path)
    page = window.page("expert")
    assert window.round_file.round.round_id == "5d1f3c2a-7b4e-4c1d-9a8f-2026a7c00001"
    assert not window.banner.isVisible(), window.banner.text.text()
    assert "Sarapshy — Expert — " in window.windowTitle()
    assert page.stack.currentIndex() == 1  # first: who are you?
    names = [button.text() for button in page.chooser.buttons]
    assert len(names) == 5
    qtbot.mouseClick(page.chooser.buttons[2], Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1  # nothing chosen before the confirmation
    qtbot.mouseClick(page.chooser.confirm_yes, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 2
    assert page.work_bar.expert_name.text() == names[2]
    assert page.entry_model.rowCount() == 6
    assert page.current_entry_id == "m01"
    assert page.entry_list.table.currentIndex().data() == page.entry_model.index(0, TITLE).data()
    assert len(page.sheet.rows()) == 7
    assert page.sheet.total.text() == "0 / 70"
    assert window.recent_rounds()[0] == str(demo_round_path.resolve())


def test_a_broken_round_file_is_explained_and_nothing_is_lost(window, tmp_path):
    good = round_without_media(tmp_path / "good")
    assert window.open_round(good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["entries"][1]["authors"] = []
    broken = tmp_path / "broken.round.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not window.open_round(broken)
    text = window.banner.text.text()
    assert window.banner.isVisible() and window.banner.level == "error"
    assert "broken.round.json" in text and "entries[1].authors" in text
    assert window.round_file.path == good.resolve(), "the round that was open stays open"
    (tmp_path / "not-json.round.json").write_text("{ this is not json", encoding="utf-8")
    assert not window.open_round(tmp_path / "not-json.round.json")
    assert "not-json.round.json" in window.banner.text.text()
    assert not window.open_round(tmp_path / "absent.round.json")
    assert "does not exist" in window.banner.text.text()


def test_a_missing_media_folder_is_explained(window, tmp_path):
    path = round_without_media(tmp_path / "copied-without-media")
    assert window.open_round(path)
    assert window.banner.level == "warning"
    text = window.banner.text.text()
    assert "media folder is missing" in text and str(tmp_path / "copied-without-media" / "media") in text
    page = window.page("expert")
    page.choose_expert("e1")
    player = page.player.player
    if player is not None and player.backend is not None:
        assert "missing" in player.video_area.message_text()
    assert page.sheet.selector("c1").isEnabled(), "the sheet stays usable"


def test_recent_rounds_and_drag_and_drop(window, tmp_path, qtbot):
    first = round_without_media(tmp_path / "a")
    second = round_without_media(tmp_path / "b")
    window.open_round(first)
    window.open_round(second)
    assert window.recent_rounds()[:2] == [str(second.resolve()), str(first.resolve())]
    window._fill_recent_menu()
    actions = [a for a in window.recent_menu.actions() if a.text() == str(first.resolve())]
    actions[0].trigger()
    assert window.round_file.path == first.resolve()

    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(second))])
    point = QtCore.QPointF(window.width() / 2, 10)
    enter = QtGui.QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QtWidgets.QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QtGui.QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QtWidgets.QApplication.sendEvent(window, drop)
    assert window.round_file.path == second.resolve()


def test_roles_are_modes_of_the_one_window(window, tmp_path):
    window.open_round(round_without_media(tmp_path / "r"))
    for role, act in window.role_actions.items():
        assert act.isEnabled() == role_available(role)
    if role_available("chair"):
        act = window.role_actions["chair"]
        act.trigger()
        assert window.role == "chair"
        assert window.stack.currentWidget() is window.page("chair")
        assert window.page_menu.title() == "Chair"
    window.role_actions["expert"].trigger()
    assert window.stack.currentWidget() is window.page("expert")
    assert window.page_menu.title() == "Expert"
    assert any(a.text().startswith("&Finalise") for a in window.page_menu.actions())


def test_the_language_switches_at_run_time(window, tmp_path, qtbot):
    window.open_round(round_without_media(tmp_path / "r"))
    page = window.page("expert")
    page.choose_expert("e1")
    try:
        window.set_language("ru")
        assert current_language() == "ru"
        assert window.file_menu.title() == "&Файл"
        assert window.role_actions["chair"].text() == "Председатель"
        assert page.work_bar.finalise_button.text() == "Завершить…"
        assert page.sheet.rows()[0].title.text() == "1. Полнота загрузки материалов МООК"
        assert page.entry_model.headerData(TITLE, Qt.Orientation.Horizontal) == "Курс"
        assert page.sheet.notes.notes_title.text() == "Заметки к видео"
        assert "media" in window.banner.text.text() and "Скопируйте" in window.banner.text.text()

        window.language_actions["kk"].trigger()
        assert current_language() == "kk"
        assert page.work_bar.finalise_button.text() == "Аяқтау…"
        assert page.sheet.rows()[0].title.text() == "1. ЖАОК материалдарының толық жүктелуі"
        assert page.entry_list.status_filter.itemText(1) == "Бағаланбағандар"
        assert "Сарапшы" in window.windowTitle()

        window.set_language("en")
        assert page.sheet.rows()[0].title.text() == "1. Completeness of uploaded MOOC materials"
        assert page.work_bar.finalise_button.text() == "Finalise…"
    finally:
        window.set_language("en")


def test_about_names_the_player_backend(window, tmp_path):
    window.open_round(round_without_media(tmp_path / "r"))
    text = about_text()
    from app.ui.player.choice import active_backend_name

    backend = active_backend_name()
    assert ("Video player: " + backend) in text if backend else "none (video cannot be played)" in text


def test_command_line_self_test_opens_the_round(tmp_path, sarapshy_home):
    path = round_without_media(tmp_path / "cli")
    run = subprocess.run(
        [sys.executable, "-m", "app", "gui", str(path), "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "SARAPSHY_HOME": str(sarapshy_home)},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "self-test OK" in run.stdout and "6 entries" in run.stdout


def test_the_window_remembers_its_language(window, qtbot):
    from app.ui.application import make_application

    window.set_language("ru")
    try:
        make_application()  # what the next start does
        assert current_language() == "ru"
    finally:
        window.set_language("en")
    assert QtWidgets.QApplication.instance() is not None


# --- integration of the comfort features, the organiser's saves and sheet files -----------------------------
def test_comfort_is_installed_with_the_icon_and_the_colours(window, qapp):
    from app.ui.application import make_application

    assert window.comfort.window is window
    assert "act_settings" in [a.objectName() for a in window.file_menu.actions()]
    assert qapp.property("sarapshyDark") is not None, "the colour preference was applied"
    make_application()
    pixmap = qapp.windowIcon().pixmap(32, 32)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32)), "the icon draws"


def test_recent_rounds_keep_as_many_as_the_preference_says(window, tmp_path):
    from app.ui.preferences import set_preference

    set_preference("recent/count", 10)
    paths = [round_without_media(tmp_path / f"r{i}") for i in range(9)]
    for path in paths:
        window.open_round(path)
    assert window.recent_rounds() == [str(p.resolve()) for p in reversed(paths)]
    set_preference("recent/count", 2)
    window.open_round(paths[0])
    assert window.recent_rounds() == [str(paths[0].resolve()), str(paths[8].resolve())]


def test_the_banner_close_button_is_named_and_hides_the_message(window, tmp_path, qtbot):
    window.open_round(round_without_media(tmp_path / "r"))
    button = window.banner.close_button
    assert window.banner.isVisible()
    assert button.toolTip() == "Hide this message" and button.accessibleName() == "Hide this message"
    try:
        window.set_language("kk")
        assert button.toolTip() == button.accessibleName() == "Бұл хабарды жасыру"
        window.set_language("ru")
        assert button.toolTip() == "Скрыть это сообщение"
    finally:
        window.set_language("en")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


@pytest.mark.skipif(not role_available("organiser"), reason="the organiser's page is not in this build")
def test_a_round_saved_by_the_organiser_reaches_the_other_roles(window, tmp_path, qtbot):
    first = round_without_media(tmp_path / "first")
    window.open_round(first)
    window.set_role("organiser")
    organiser = window.page("organiser")
    draft = organiser.draft
    organiser.tabs.setCurrentIndex(3)
    saved = tmp_path / "saved" / "copy.round.json"
    saved.parent.mkdir()
    assert organiser.save_as(saved)
    assert window.round_file.path == saved.resolve()
    assert window.recent_rounds()[0] == str(saved.resolve())
    assert window.page("expert").round_file.path == saved.resolve()
    assert organiser.draft is draft and organiser.tabs.currentIndex() == 3, "the editor keeps its state"
    assert window.role == "organiser"
    assert window.statusBar().currentMessage() == "Round saved: " + str(saved)


# --- an expert's sheet file opened as if it were a round -------------------------------------------------------
def chair_round_and_sheet(folder: Path, round_id: str | None = None) -> tuple[Path, Path]:
    from tests.helpers.chair import make_round, signed_sheet, write_sheet

    customise = (lambda data: data.update(round_id=round_id)) if round_id else None
    round_file = make_round(folder, entries=3, experts=2, customise=customise)
    totals = {e.id: 30 for e in round_file.round.entries}
    return round_file.path, write_sheet(folder / "sheets", "e1.sheet.json", signed_sheet(round_file, "e1", totals))


def test_a_sheet_file_with_no_round_open_says_which_round_to_open(window, tmp_path):
    round_path, sheet = chair_round_and_sheet(tmp_path / "c")
    round_id = json.loads(round_path.read_text(encoding="utf-8"))["round_id"]
    assert not window.open_round(sheet)
    text = window.banner.text.text()
    assert window.banner.level == "warning"
    assert "cannot be opened" not in text
    assert "«e1.sheet.json» is an expert's sheet file" in text and round_id in text
    assert window.round_file is None

    remember_recent(round_path.resolve())  # the round was opened on this computer before
    window.open_round(sheet)
    assert str(round_path.resolve()) in window.banner.text.text()


@pytest.mark.skipif(not role_available("chair"), reason="the chair's page is not in this build")
def test_a_dropped_sheet_file_is_imported_on_the_chairs_desk(window, tmp_path, qtbot):
    round_path, sheet = chair_round_and_sheet(tmp_path / "c")
    assert window.open_round(round_path)
    assert window.role == "expert"
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(sheet))])
    point = QtCore.QPointF(window.width() / 2, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QtGui.QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QtWidgets.QApplication.sendEvent(window, enter)  # Qt delivers a drop only where a drag entered
    QtWidgets.QApplication.sendEvent(window, QtGui.QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys))
    assert window.role == "chair"
    assert "expert's sheet file" in window.banner.text.text() and window.banner.level == "info"
    desk = window.page("chair")
    qtbot.waitUntil(lambda: desk.snapshot is not None and len(desk.snapshot.sheets) == 1, timeout=20_000)
    assert desk.snapshot.sheets[0].file_name == "e1.sheet.json" and desk.snapshot.sheets[0].accepted
    assert window.round_file.path == round_path.resolve(), "the round stays open"

    _other_round, other_sheet = chair_round_and_sheet(tmp_path / "other", "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
    window.set_role("expert")
    assert not window.open_round(other_sheet)
    assert window.role == "expert" and "belongs to another round" in window.banner.text.text()
    assert len(desk.snapshot.sheets) == 1


@pytest.mark.parametrize("saved", [None, (2400, 1500)])
def test_the_window_never_runs_off_a_smaller_screen(qtbot, english_ui, saved):
    """A screen smaller than the default window (a 1366×768 laptop; here the offscreen screen,
    smaller still): on a first start the window fills the screen; a size saved on a larger monitor
    is brought within it (no larger than the window's own minimum needs)."""
    from app.ui.widgets.settings import app_settings
    from app.ui.window_geometry import DEFAULT_WINDOW_SIZE

    if saved:
        big = QtWidgets.QWidget()
        big.resize(*saved)
        app_settings().setValue("ui/geometry", big.saveGeometry())
        big.deleteLater()
    window = MainWindow("expert")
    qtbot.addWidget(window)
    window.show()
    available = window.screen().availableGeometry()
    assert available.width() < DEFAULT_WINDOW_SIZE[0]  # the premise of the test
    if saved is None:
        assert window.isMaximized()
    smallest = window.minimumSizeHint()
    assert window.width() <= max(available.width(), smallest.width())
    assert window.height() <= max(available.height(), smallest.height())
    window.close()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("role", ["expert", "chair", "organiser"])
def test_every_role_fits_a_1366_by_768_laptop_in_every_language(qtbot, qapp, role, lang):
    """The window's smallest size, with the longest (Kazakh) labels, fits the screen and leaves room
    for a taskbar (the organiser's competition form scrolls: it stood 737 px tall)."""
    from app.ui.i18n import install_language

    install_language(qapp, lang)
    try:
        window = MainWindow(role)
        qtbot.addWidget(window)
        window.show()
        smallest = window.minimumSizeHint()
        assert smallest.width() <= 1366, (role, lang, smallest)
        assert smallest.height() <= 768 - 40, (role, lang, smallest)
        window.close()
    finally:
        install_language(qapp, "en")


# --- Found by QA: what opens at start, statuses after an open, non-round files, problem lists, title ---


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
    window.show_round_error()
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
