"""The window shell: opening rounds (menu, recent list, drag and drop, command line), explaining
broken rounds and missing media, roles, the language switch, Help → About."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.demo import demo_round_data
from app.ui.expert.entry_model import TITLE
from app.ui.i18n import current_language
from app.ui.main_window import MainWindow, role_available
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.ui.test_expert_page import compiled_translations, demo_round_path  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("compiled_translations")


@pytest.fixture
def window(qtbot, english_ui):
    window = MainWindow("expert")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def round_without_media(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.round.json"
    path.write_text(json.dumps(demo_round_data(), ensure_ascii=False), encoding="utf-8")
    return path


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
        assert "missing" in player.message_text()
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
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QtGui.QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
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
    text = window.about_text()
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
    from tests.models.test_chair import make_round, signed_sheet, write_sheet

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

    window._remember_recent(round_path.resolve())  # the round was opened on this computer before
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
    window.dropEvent(
        QtGui.QDropEvent(
            point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
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
    from app.ui.main_window import DEFAULT_WINDOW_SIZE
    from app.ui.widgets.settings import app_settings

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
    """The window's smallest size, with the longest (Kazakh) labels, fits the screen's width; the
    expert's and the chair's leave room for a taskbar (the organiser's forms do not yet: 737 px)."""
    from app.ui.i18n import install_language

    install_language(qapp, lang)
    try:
        window = MainWindow(role)
        qtbot.addWidget(window)
        window.show()
        smallest = window.minimumSizeHint()
        assert smallest.width() <= 1366, (role, lang, smallest)
        if role != "organiser":
            assert smallest.height() <= 768 - 40, (role, lang, smallest)
        window.close()
    finally:
        install_language(qapp, "en")
