"""Everyday comfort for the main window, wired in one call: `install_comfort(window)`.

It adds File → Settings (Ctrl+,), Help → Welcome / User guide (F1) / guides per role / Keyboard
shortcuts; applies the colour scheme (following the system's light or dark mode) and the chosen
video engine; draws a focus ring for keyboard users; remembers the splitter positions of the role
pages; gives icon-only buttons an accessible name taken from their tooltip; trims the recent-rounds
list to the chosen length; and shows the welcome screen on the first start.

The window is `app.ui.main_window.MainWindow`; only its public attributes are used (menus, actions,
`pages`, `stack`, `role`, `round_changed`, `set_role`, `choose_round`, `open_round`, `set_language`).
"""

from __future__ import annotations

import logging
import os
import re
from typing import TYPE_CHECKING, cast

from app.ui import preferences as prefs
from app.ui.i18n import language_notifier
from app.ui.icons import icon
from app.ui.qt import QAction, QKeySequence, Qt, QtCore, QtWidgets, qapp
from app.ui.theme import FocusRing, apply_theme
from app.ui.widgets.settings import app_settings

if TYPE_CHECKING:  # imported where used, at run time: main_window imports this module
    from app.ui.help_window import HelpWindow
    from app.ui.main_window import MainWindow
    from app.ui.organiser.editor import OrganiserPage
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.welcome import WelcomeDialog

log = logging.getLogger(__name__)

# A button whose text is empty or a lone symbol (✕, ▶, …) says nothing to a screen reader.
SYMBOL_ONLY = re.compile(r"^\W{0,2}$")
NAMED_BY_COMFORT = "comfortAccessibleName"
INTERACTIVE = (
    QtWidgets.QAbstractButton,
    QtWidgets.QComboBox,
    QtWidgets.QLineEdit,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QAbstractSlider,
    QtWidgets.QAbstractItemView,
    QtWidgets.QTextEdit,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QTabBar,
)


def first_run_welcome_enabled() -> bool:
    """Automated runs (SARAPSHY_TESTING) are not interrupted by the first-start welcome."""
    return not os.environ.get("SARAPSHY_TESTING")


# --- accessibility checks (used by install_comfort and by the tests' report) ----------------------------
def describe(widget: QtWidgets.QWidget) -> str:
    """'ExpertPage > QToolButton#delete_note (tooltip «Delete the note»)' — enough to find it in the code."""
    chain = []
    node: QtWidgets.QWidget | None = widget
    while node is not None and not node.isWindow():
        name = node.objectName()
        chain.append(f"{type(node).__name__}#{name}" if name else type(node).__name__)
        node = node.parentWidget()
    chain.reverse()
    text = " > ".join(chain if len(chain) <= 4 else [chain[0], "…", *chain[-3:]])
    if isinstance(widget, QtWidgets.QAbstractButton) and widget.text():
        text += f" (text «{widget.text()}»)"
    if widget.toolTip():
        text += f" (tooltip «{widget.toolTip()}»)"
    return text


def icon_only_buttons(root: QtWidgets.QWidget) -> list[QtWidgets.QAbstractButton]:
    return [
        b
        for b in root.findChildren(QtWidgets.QAbstractButton)
        if SYMBOL_ONLY.match(b.text() or "")
        and (
            b.text() or not b.icon().isNull()
        )  # not a blank placeholder and not isinstance(b, (QtWidgets.QCheckBox, QtWidgets.QRadioButton))
        and not b.objectName().startswith("qt_")
        and not isinstance(b.parentWidget(), QtWidgets.QLineEdit)
    ]


def buttons_missing_names(root: QtWidgets.QWidget) -> list[QtWidgets.QAbstractButton]:
    """Icon-only buttons with no accessible name (a screen reader announces just 'button')."""
    return [b for b in icon_only_buttons(root) if not b.accessibleName().strip()]


def name_icon_buttons(root: QtWidgets.QWidget) -> list[QtWidgets.QAbstractButton]:
    """Give each unnamed icon-only button its tooltip as accessible name; return those still unnamed.

    Names set here are refreshed on a language change (the tooltip is translated, the name follows)."""
    unnamed = []
    for button in icon_only_buttons(root):
        if button.accessibleName().strip() and not button.property(NAMED_BY_COMFORT):
            continue
        tip = re.sub(r"<[^>]+>", "", button.toolTip()).strip()
        if tip:
            button.setAccessibleName(tip)
            button.setProperty(NAMED_BY_COMFORT, True)
        else:
            unnamed.append(button)
    return unnamed


def controls_without_keyboard_focus(root: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    """Interactive widgets that Tab never reaches (they may still have a shortcut: the report says so)."""
    out: list[QtWidgets.QWidget] = []
    for widget in root.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.focusProxy() is not None:
            continue
        if isinstance(
            widget.parentWidget(),
            (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox, QtWidgets.QTabWidget, QtWidgets.QAbstractScrollArea),
        ) and not isinstance(widget, QtWidgets.QAbstractItemView):
            continue  # parts of a compound control (a spin box's line edit, a scroll bar)
        if isinstance(widget, (QtWidgets.QScrollBar, QtWidgets.QHeaderView)) or widget.objectName().startswith("qt_"):
            continue  # reached through their view
        if isinstance(widget.parentWidget(), (QtWidgets.QToolBar, QtWidgets.QLineEdit)):
            continue  # a toolbar's actions are in the menus; a line edit's clear button has Escape/Ctrl+A
        if widget.isHidden():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(widget)
    return out


# --- splitters ------------------------------------------------------------------------------------------
def splitter_key(role: str, page: QtWidgets.QWidget, splitter: QtWidgets.QSplitter) -> str:
    """A stable settings key: the objectName if it has one, else its place among the page's splitters."""
    if splitter.objectName():
        name = splitter.objectName()
    else:
        unnamed = [s for s in page.findChildren(QtWidgets.QSplitter) if not s.objectName()]
        name = f"{type(splitter.parentWidget()).__name__}-{unnamed.index(splitter)}"
    return f"{prefs.SPLITTERS_GROUP}/{role}/{name}"


def restore_splitters(role: str, page: QtWidgets.QWidget) -> int:
    settings = app_settings()
    restored = 0
    for splitter in page.findChildren(QtWidgets.QSplitter):
        state = settings.value(splitter_key(role, page, splitter))
        if isinstance(state, QtCore.QByteArray) and not state.isEmpty() and splitter.restoreState(state):
            restored += 1
    return restored


def save_splitters(role: str, page: QtWidgets.QWidget) -> None:
    settings = app_settings()
    for splitter in page.findChildren(QtWidgets.QSplitter):
        settings.setValue(splitter_key(role, page, splitter), splitter.saveState())


class Comfort(QtCore.QObject):
    """The window's comfort features; made by `install_comfort`, reachable as `window.comfort`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("comfort")
        self.window = window
        self.help_window: HelpWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.prepared: set[int] = set()
        self.unnamed_buttons: list[str] = []
        self._make_actions()
        self.focus_ring = FocusRing(window)
        window.stack.widgetAdded.connect(lambda _index: self.prepare_pages())
        window.round_changed.connect(lambda _round: prefs.trim_recent_rounds())
        window.installEventFilter(self)
        language_notifier().language_changed.connect(self.retranslate)
        self.prepare_pages()
        self.retranslate()

    # --- menus -------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        w = self.window
        self.act_settings = QAction(icon("settings"), "", w)
        self.act_settings.setObjectName("act_settings")
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_settings.triggered.connect(self.show_settings)
        w.file_menu.insertAction(w.act_quit, self.act_settings)
        w.file_menu.insertSeparator(w.act_quit)

        self.act_guide = QAction(icon("help"), "", w)
        self.act_guide.setObjectName("act_guide")
        self.act_guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.act_guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_guide.triggered.connect(self.show_context_help)
        self.role_guides: dict[str, QAction] = {}
        for role in ("expert", "chair", "organiser"):
            act = QAction(icon(role), "", w)
            act.triggered.connect(lambda _=False, page=role: self.show_help(page))
            self.role_guides[role] = act
        self.act_shortcuts = QAction(icon("keyboard"), "", w)
        self.act_shortcuts.setObjectName("act_shortcuts")
        self.act_shortcuts.triggered.connect(lambda: self.show_help("shortcuts"))
        self.act_welcome = QAction(icon("demo"), "", w)
        self.act_welcome.setObjectName("act_welcome")
        self.act_welcome.triggered.connect(self.show_welcome)
        menu = w.help_menu
        for act in (self.act_guide, *self.role_guides.values(), self.act_shortcuts, self.act_welcome):
            menu.insertAction(w.act_about, act)
        menu.insertSeparator(w.act_about)
        w.act_about.setIcon(icon("info"))
        w.act_open.setIcon(icon("open"))
        w.act_reload.setIcon(icon("reload"))
        w.act_fullscreen.setIcon(icon("fullscreen"))

    def retranslate(self, *_args) -> None:
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_guide.setText(self.tr("User &guide"))
        titles = {
            "expert": self.tr("Expert's guide"),
            "chair": self.tr("Chair's guide"),
            "organiser": self.tr("Organiser's guide"),
        }
        for role, act in self.role_guides.items():
            act.setText(titles[role])
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.act_welcome.setText(self.tr("&Welcome…"))
        self.prepare_pages(force=True)

    # --- role pages --------------------------------------------------------------------------------
    def prepare_pages(self, force: bool = False) -> None:
        """Restore the splitters of newly made pages and name their icon buttons."""
        for role, page in self.window.pages.items():
            first = id(page) not in self.prepared
            if first:
                self.prepared.add(id(page))
                restore_splitters(role, page)
            if first or force:
                self.unnamed_buttons = [describe(b) for b in name_icon_buttons(self.window)]

    def save_state(self) -> None:
        for role, page in self.window.pages.items():
            save_splitters(role, page)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self.window and event.type() == QtCore.QEvent.Type.Close:
            self.save_state()
        return False

    # --- help --------------------------------------------------------------------------------------
    def context_page(self) -> str:
        """The guide for the current screen: the page's own `help_topic()` if it names one, else its role."""
        page = self.window.pages.get(self.window.role)
        chosen = page.help_topic() if page is not None else ""
        if chosen:
            return chosen
        return self.window.role if self.window.role in self.role_guides else "index"

    def show_context_help(self) -> None:
        self.show_help(self.context_page())

    def show_help(self, page: str = "index") -> HelpWindow:
        from app.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.window)
        self.help_window.show_page(page)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    # --- settings ----------------------------------------------------------------------------------
    def show_settings(self) -> SettingsDialog:
        from app.ui.settings_dialog import SettingsDialog, apply_settings

        dialog = SettingsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_applied(apply_settings(dialog, self.window)))
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_applied(self, changed: list[str]) -> None:
        restart = [key for key in changed if key == "portable" or (key in prefs.BY_KEY and prefs.BY_KEY[key].restart)]
        if restart:
            self.window.statusBar().showMessage(
                self.tr("Some settings take effect when the program is started again."), 10000
            )

    # --- welcome -----------------------------------------------------------------------------------
    def show_welcome(self) -> WelcomeDialog:
        from app.ui.welcome import WelcomeDialog

        if self.welcome is None:
            self.welcome = WelcomeDialog(self.window)
            self.welcome.demo_requested.connect(self.open_demo)
            self.welcome.open_requested.connect(self.window.choose_round)
            self.welcome.create_requested.connect(self.create_round)
            self.welcome.at_start.toggled.connect(lambda on: prefs.set_preference("ui/welcome_at_start", on))
        self.welcome.at_start.setChecked(bool(prefs.preference("ui/welcome_at_start")))
        app_settings().setValue(prefs.WELCOME_SHOWN_KEY, True)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    def welcome_due(self) -> bool:
        shown = app_settings().value(prefs.WELCOME_SHOWN_KEY, False, type=bool)
        return not shown or bool(prefs.preference("ui/welcome_at_start"))

    def maybe_welcome(self) -> None:
        if not (self.welcome_due() and first_run_welcome_enabled() and self.window.isVisible()):
            return
        running = self.window.demo_operation
        if running is not None and running.is_running():
            running.finished.connect(self.show_welcome)  # not over the first start's progress dialog
        else:
            self.show_welcome()

    def open_demo(self) -> None:
        from app.ui.demo_round import demo_round_path, open_demo_round

        self.window.set_role("expert")
        running = self.window.demo_operation
        if running is not None and running.is_running():
            return  # the first start is writing it already; it opens when done
        current = self.window.round_file
        if current is not None and current.path is not None and current.path.resolve() == demo_round_path().resolve():
            return
        open_demo_round(self.window)

    def create_round(self) -> None:
        if not self.window.set_role("organiser"):
            return
        page = self.window.pages.get("organiser")
        if page is not None:
            cast("OrganiserPage", page).new_round()


def install_comfort(window: MainWindow) -> Comfort:
    """Add the comfort features to the main window (call once, at the end of its constructor)."""
    existing = getattr(window, "comfort", None)
    if isinstance(existing, Comfort):
        return existing
    app = qapp()
    apply_theme(app)
    prefs.apply_player_preference()
    comfort = Comfort(window)
    window.comfort = comfort
    QtCore.QTimer.singleShot(0, comfort.maybe_welcome)
    return comfort
