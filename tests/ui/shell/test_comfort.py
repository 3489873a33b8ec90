"""Everyday comfort: preferences, icons, the welcome screen, help and shortcuts, settings, splitters,
accessible names, the focus ring, colours, and Qt's own dialogs in Kazakh."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.demo import ROUND_FILE_NAME
from app.paths import data_dir
from app.ui import comfort as comfort_module
from app.ui import preferences as prefs
from app.ui.comfort import install_comfort, name_icon_buttons
from app.ui.help_window import GUIDE_PAGES, help_dir, shortcuts_html
from app.ui.i18n import LANGUAGES, install_language
from app.ui.icons import icon, icon_names, render_svg
from app.ui.main_window import MainWindow
from app.ui.qt import QKeySequence, Qt, QtCore, QtGui, QtWidgets
from app.ui.widgets.settings import app_settings
from tests.helpers.factories import round_without_media

KAZAKH_LETTERS = set("әғқңөұүһі")


@pytest.fixture(scope="module")
def compiled_once(tmp_path_factory):
    """Every .ts compiled once for this module (compiling per test costs seconds each)."""
    import subprocess
    import sys

    from app.paths import resources_dir

    root = tmp_path_factory.mktemp("comfort-resources")
    folder = root / "translations"
    folder.mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((resources_dir() / "translations").glob("*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return root


@pytest.fixture
def compiled_translations(compiled_once, monkeypatch):
    from app.ui import i18n

    monkeypatch.setattr(i18n, "resources_dir", lambda: compiled_once)
    return compiled_once / "translations"


def comfortable_window(qtbot) -> MainWindow:
    """A shown main window with install_comfort() wired, as the lead's constructor line will do."""
    win = MainWindow("expert")
    qtbot.addWidget(win)
    install_comfort(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, english_ui, compiled_translations):
    win = comfortable_window(qtbot)
    yield win
    win.close()


# --- preferences -------------------------------------------------------------------------------------------
def test_preferences_have_defaults_check_types_and_survive_garbage():
    assert prefs.preference("recent/count") == 8
    assert prefs.preference("player/backend") == "auto"
    assert prefs.set_preference("recent/count", "3") == 3
    assert prefs.preference("recent/count") == 3
    with pytest.raises(ValueError):
        prefs.set_preference("recent/count", 99)
    with pytest.raises(ValueError):
        prefs.set_preference("player/backend", "mplayer")
    with pytest.raises(KeyError, match=r"preferences\.py"):
        prefs.preference("no/such")
    app_settings().setValue("ui/theme", "purple")  # a hand-edited settings file
    assert prefs.preference("ui/theme") == "auto"
    assert prefs.set_preference("ui/welcome_at_start", "true") is True


def test_player_preference_reaches_the_player_factory(monkeypatch):
    from app.ui.player import choice

    monkeypatch.delenv(choice.ENV_VAR, raising=False)
    monkeypatch.setattr(prefs, "_PLAYER_FORCED_AT_START", False)
    prefs.set_preference("player/backend", "qt")
    prefs.apply_player_preference()
    assert choice.preferred_order() == ["qt"]
    prefs.set_preference("player/backend", "auto")
    prefs.apply_player_preference()
    assert choice.preferred_order() == list(choice.BACKEND_KEYS)


def test_recent_rounds_are_trimmed_to_the_preference():
    app_settings().setValue("recent/rounds", [f"/r/{i}.round.json" for i in range(8)])
    prefs.set_preference("recent/count", 3)
    prefs.trim_recent_rounds()
    assert app_settings().value("recent/rounds", [], type=list) == [
        "/r/0.round.json",
        "/r/1.round.json",
        "/r/2.round.json",
    ]


# --- icons ---------------------------------------------------------------------------------------------------
def test_every_icon_renders_in_the_asked_colour_at_high_dpi(qapp):
    names = [n for n in icon_names() if n != "sarapshy"]
    assert {"play", "pause", "settings", "help", "keyboard", "expert", "chair", "organiser"} <= set(names)
    for name in names:
        image = render_svg(name, QtCore.QSize(96, 96), QtGui.QColor("#d02020"))
        opaque = [
            image.pixelColor(x, y)
            for x in range(0, 96, 2)
            for y in range(0, 96, 2)
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert len(opaque) > 20, f"{name}.svg draws (almost) nothing"
        assert all(c.red() > 150 and c.green() < 80 for c in opaque), f"{name}.svg ignores currentColor"


def test_icon_pixmaps_follow_size_and_mode(qapp):
    play = icon("play")
    sharp = play.pixmap(QtCore.QSize(32, 32), 2.0)
    assert sharp.devicePixelRatio() == 2.0 and sharp.width() == 64
    disabled = play.pixmap(QtCore.QSize(32, 32), 1.0, QtGui.QIcon.Mode.Disabled).toImage()
    normal = play.pixmap(QtCore.QSize(32, 32), 1.0).toImage()
    centre = QtCore.QPoint(14, 16)
    assert disabled.pixelColor(centre) != normal.pixelColor(centre)
    with pytest.raises(KeyError, match="known:"):
        icon("no-such-icon")


# --- help ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_guides_exist_in_every_language_and_are_written_in_it(lang):
    for page in GUIDE_PAGES:
        text = (help_dir() / lang / f"{page}.html").read_text(encoding="utf-8")
        body = re.sub(r"<[^>]+>", " ", text)
        letters = set(body.lower())
        if lang == "kk":
            assert len(letters & KAZAKH_LETTERS) >= 5, f"{lang}/{page} is not Kazakh"
        elif lang == "ru":
            assert not letters & KAZAKH_LETTERS and "ы" in letters, f"{lang}/{page} is not Russian"
        else:
            assert not re.search("[а-яё]", body.lower()), f"{lang}/{page} is not English"
        assert len(body.split()) > 120, f"{lang}/{page} is too short to guide anyone"
        for link in re.findall(r'href="([^"]+)"', text):
            assert link == "shortcuts" or (help_dir() / lang / link).exists(), f"{lang}/{page}: dead link {link}"


def test_f1_opens_the_guide_of_the_current_role(window, qtbot):
    window.set_role("chair")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    helper = window.comfort.help_window
    assert helper is not None and helper.isVisible()
    assert helper.page == "chair"
    assert "Chair's guide" in helper.browser.toPlainText()
    helper.contents.setCurrentRow(1)
    assert "Expert's guide" in helper.browser.toPlainText()
    install_language(QtWidgets.QApplication.instance(), "kk")
    qtbot.waitUntil(lambda: "Сарапшы нұсқаулығы" in helper.browser.toPlainText())
    assert helper.contents.item(1).text() == "Сарапшы нұсқаулығы"


def test_shortcut_sheet_is_collected_from_the_actions_and_the_player(window):
    from app.ui.player.shortcuts import shortcut_table

    text = QtGui.QTextDocumentFragment.fromHtml(shortcuts_html(window)).toPlainText()
    assert "Ctrl+O" in text and "Open round…" in text
    assert "F1" in text and "User guide" in text
    for keys, description in shortcut_table():
        assert description in text and keys.split(", ")[0] in text
    window.act_reload.setShortcut(QKeySequence("Ctrl+Alt+R"))  # the sheet follows the code
    text = QtGui.QTextDocumentFragment.fromHtml(shortcuts_html(window)).toPlainText()
    assert "Ctrl+Alt+R" in text


def test_help_menu_and_file_menu_entries(window):
    help_texts = [a.text() for a in window.help_menu.actions()]
    assert {"User &guide", "&Keyboard shortcuts", "&Welcome…", "Expert's guide"} <= set(help_texts)
    assert help_texts[-1] == window.act_about.text()
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert file_texts.index("&Settings…") < file_texts.index(window.act_quit.text())
    install_language(QtWidgets.QApplication.instance(), "ru")
    assert window.comfort.act_settings.text() == "&Настройки…"


# --- welcome -------------------------------------------------------------------------------------------------
def test_welcome_shows_on_the_first_start_only(qtbot, english_ui, compiled_translations, monkeypatch):
    monkeypatch.setattr(comfort_module, "first_run_welcome_enabled", lambda: True)
    first = comfortable_window(qtbot)
    qtbot.waitUntil(lambda: first.comfort.welcome is not None and first.comfort.welcome.isVisible())
    welcome = first.comfort.welcome
    assert welcome.cards["chair"].title.text() == "Chair"
    assert welcome.cards["organiser"].text.text().count("\n") == 1  # two lines per role
    qtbot.mouseClick(welcome.close_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    first.close()

    second = comfortable_window(qtbot)
    assert not second.comfort.welcome_due()  # the first start is over
    QtCore.QCoreApplication.processEvents()  # the start-up check (a zero-time timer) has run
    assert second.comfort.welcome is None
    second.comfort.act_welcome.trigger()
    assert second.comfort.welcome.isVisible()
    second.close()


def test_welcome_buttons_open_the_demo_and_create_a_round(window, qtbot):
    demo = round_without_media(data_dir() / "demo")
    welcome = window.comfort.show_welcome()
    window.set_role("organiser")
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.round_file is not None and window.round_file.path == demo
    assert window.role == "expert"
    assert not welcome.isVisible()

    welcome = window.comfort.show_welcome()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.role == "organiser"
    organiser = window.page("organiser")
    assert organiser.draft.path is None  # a new round, not the demo round opened above
    assert organiser.draft.round_id != window.round_file.round.round_id


# --- settings ------------------------------------------------------------------------------------------------
def test_settings_dialog_changes_language_recent_count_and_colours(window, qtbot, qapp):
    dialog = window.comfort.show_settings()
    qtbot.waitExposed(dialog)
    language = dialog.editors["ui/language"]
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)  # Қазақша → Русский, by keyboard
    assert language.currentData() == "ru"
    dialog.editors["recent/count"].setValue(2)
    dialog.editors["ui/theme"].setCurrentIndex(dialog.editors["ui/theme"].findData("dark"))
    app_settings().setValue("recent/rounds", ["/a.round.json", "/b.round.json", "/c.round.json"])
    qtbot.mouseClick(dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.language_actions["ru"].isChecked()
    assert window.file_menu.title() == "&Файл"
    assert prefs.preference("ui/language") == "ru"
    assert app_settings().value("recent/rounds", [], type=list) == ["/a.round.json", "/b.round.json"]
    assert qapp.palette().color(QtGui.QPalette.ColorRole.Window).lightness() < 80
    assert qapp.style().name().lower() == "fusion"

    dialog = window.comfort.show_settings()
    assert dialog.windowTitle() == "Настройки"
    assert dialog.editors["ui/theme"].currentText() == "Тёмные"
    dialog.restore_defaults()
    assert dialog.editors["ui/theme"].currentData() == "auto"
    dialog.editors["ui/language"].setCurrentIndex(dialog.editors["ui/language"].findData("en"))
    dialog.editors["ui/theme"].setCurrentIndex(dialog.editors["ui/theme"].findData("light"))
    dialog.accept()
    assert qapp.palette().color(QtGui.QPalette.ColorRole.Window).lightness() > 150


def test_portable_mode_writes_the_marker_next_to_the_program(window, monkeypatch, tmp_path):
    monkeypatch.setattr(prefs, "program_dir", lambda: tmp_path)
    monkeypatch.delenv("SARAPSHY_HOME", raising=False)
    monkeypatch.setattr(prefs, "data_folder_forced", lambda: False)
    from app.ui import settings_dialog

    monkeypatch.setattr(settings_dialog, "program_dir", lambda: tmp_path)
    dialog = settings_dialog.SettingsDialog(window)
    assert dialog.portable.isEnabled() and not dialog.portable.isChecked()
    assert str(tmp_path / "data") in dialog.portable_note.text()
    dialog.portable.setChecked(True)
    changed = settings_dialog.apply_settings(dialog, window)
    assert "portable" in changed and (tmp_path / "portable.txt").exists()
    dialog.portable.setChecked(False)
    settings_dialog.apply_settings(dialog, window)
    assert not (tmp_path / "portable.txt").exists()


# --- splitters, names, focus ---------------------------------------------------------------------------------
def test_splitter_positions_are_remembered(qtbot, english_ui, compiled_translations):
    first = comfortable_window(qtbot)
    splitter = first.page("expert").findChildren(QtWidgets.QSplitter)[0]
    total = sum(splitter.sizes())
    wanted = [total // 5] + [(total - total // 5) // (splitter.count() - 1)] * (splitter.count() - 1)
    splitter.setSizes(wanted)
    chosen = splitter.sizes()
    first.close()

    second = comfortable_window(qtbot)
    again = second.page("expert").findChildren(QtWidgets.QSplitter)[0]
    assert abs(again.sizes()[0] - chosen[0]) <= 2
    second.close()


def test_icon_buttons_get_their_tooltip_as_accessible_name(qtbot, english_ui):
    box = QtWidgets.QWidget()
    qtbot.addWidget(box)
    layout = QtWidgets.QHBoxLayout(box)
    named = QtWidgets.QToolButton()
    named.setIcon(icon("play"))
    named.setToolTip("<b>Play</b> the video")
    symbol = QtWidgets.QToolButton()
    symbol.setText("✕")
    bare = QtWidgets.QToolButton()
    bare.setIcon(icon("close"))
    blank = QtWidgets.QPushButton()  # text set later, when it is shown: not an icon button
    worded = QtWidgets.QPushButton("Open")
    for button in (named, symbol, bare, blank, worded):
        layout.addWidget(button)
    unnamed = name_icon_buttons(box)
    assert named.accessibleName() == "Play the video"
    assert set(unnamed) == {symbol, bare}
    assert worded.accessibleName() == ""  # a worded button is read by its text already
    named.setToolTip("Pause")  # a language change: the name follows the tooltip
    name_icon_buttons(box)
    assert named.accessibleName() == "Pause"


def test_every_tooltip_button_of_the_window_is_named(window, qtbot):
    round_without_media(data_dir() / "r")
    window.open_round(data_dir() / "r" / ROUND_FILE_NAME)
    for role in ("chair", "organiser", "expert"):
        window.set_role(role)
    window.comfort.prepare_pages(force=True)
    for button in window.findChildren(QtWidgets.QAbstractButton):
        if (
            comfort_module.SYMBOL_ONLY.match(button.text())
            and button.toolTip()
            and not button.objectName().startswith("qt_")
        ):
            assert button.accessibleName(), comfort_module.describe(button)


def test_focus_ring_follows_keyboard_focus_not_mouse_clicks(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ring = window.comfort.focus_ring
    line = QtWidgets.QLineEdit()
    window.statusBar().addWidget(line)
    line.show()
    line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(ring.isVisible)
    where = QtCore.QRect(line.mapTo(window, QtCore.QPoint(0, 0)), line.size())
    assert ring.geometry().contains(where)
    qtbot.mousePress(line, Qt.MouseButton.LeftButton)  # a click hides the ring: the mouse user sees the caret
    qtbot.waitUntil(lambda: not ring.isVisible())


# --- Qt's own dialogs ----------------------------------------------------------------------------------------
def test_qt_standard_buttons_are_translated_in_kazakh_and_russian(qapp, compiled_translations):
    try:
        install_language(qapp, "kk")
        box = QtWidgets.QMessageBox()
        box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Ok | QtWidgets.QMessageBox.StandardButton.Cancel)
        cancel = box.button(QtWidgets.QMessageBox.StandardButton.Cancel).text().replace("&", "")
        assert cancel == "Бас тарту"  # Qt ships a Kazakh catalogue: Kazakh, not English
        install_language(qapp, "ru")
        box2 = QtWidgets.QMessageBox()
        box2.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Cancel)
        assert box2.button(QtWidgets.QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Отмена"
    finally:
        install_language(qapp, "en")


def test_kazakh_gaps_in_qt_catalogue_fall_back_to_russian(qapp, compiled_translations):
    try:
        install_language(qapp, "kk")
        assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Бас тарту"
        assert QtCore.QCoreApplication.translate("QFileDialog", "Look in:") == "Перейти к:"
    finally:
        install_language(qapp, "en")


def test_colours_follow_the_system_scheme_while_running(window, qapp, monkeypatch):
    from app.ui import theme

    dark_now = {"on": True}
    monkeypatch.setattr(theme, "system_is_dark", lambda app: dark_now["on"])
    light_window = qapp.palette().color(QtGui.QPalette.ColorRole.Window)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(QtGui.QPalette.ColorRole.Window) == QtGui.QColor("#2b2d31")
    assert icon("play").pixmap(QtCore.QSize(24, 24), 1.0).toImage().pixelColor(10, 12).lightness() > 180
    dark_now["on"] = False
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(QtGui.QPalette.ColorRole.Window) == light_window
    assert icon("play").pixmap(QtCore.QSize(24, 24), 1.0).toImage().pixelColor(10, 12).lightness() < 80
