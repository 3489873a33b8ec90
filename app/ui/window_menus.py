"""The main window's menus and commands, declared once (app/ui/actions.py).

Their texts are marked in the "MainWindow" translation context, where they always were, so the
existing translations apply. The Role menu's entries are the role titles; the page menu is filled
from the shown page's `page_actions()`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from app.ui.actions import ActionSet, ActionSpec
from app.ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, translate
from app.ui.qt import QT_TRANSLATE_NOOP, QAction, QActionGroup, QKeySequence, QtWidgets
from app.ui.role_pages import ROLES

CONTEXT = "MainWindow"
ROLE_TITLES = {
    "expert": QT_TRANSLATE_NOOP("MainWindow", "Expert"),
    "chair": QT_TRANSLATE_NOOP("MainWindow", "Chair"),
    "organiser": QT_TRANSLATE_NOOP("MainWindow", "Organiser"),
}
SPECS = (
    ActionSpec("open", CONTEXT, QT_TRANSLATE_NOOP("MainWindow", "&Open round…"), (QKeySequence.StandardKey.Open,)),
    ActionSpec(
        "reload", CONTEXT, QT_TRANSLATE_NOOP("MainWindow", "Re&load the round"), (QKeySequence.StandardKey.Refresh,)
    ),
    ActionSpec("quit", CONTEXT, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), (QKeySequence.StandardKey.Quit,)),
    # Not F11: the player uses F11 (and F) for its own full screen while it has the focus, and two
    # shortcuts on one key would cancel each other out.
    ActionSpec(
        "fullscreen", CONTEXT, QT_TRANSLATE_NOOP("MainWindow", "&Full screen"), ("Ctrl+Shift+F",), checkable=True
    ),
    ActionSpec("about", CONTEXT, QT_TRANSLATE_NOOP("MainWindow", "&About Sarapshy")),
    *(
        ActionSpec(f"role_{role}", CONTEXT, ROLE_TITLES[role], (f"Ctrl+{number}",))
        for number, role in enumerate(ROLES, start=1)
    ),
)
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "recent": QT_TRANSLATE_NOOP("MainWindow", "Open &recent"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "language": QT_TRANSLATE_NOOP("MainWindow", "&Language"),
    "role": QT_TRANSLATE_NOOP("MainWindow", "&Role"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}
NOT_AVAILABLE = QT_TRANSLATE_NOOP("MainWindow", "Not available in this installation")


def role_title(role: str) -> str:
    return translate(CONTEXT, ROLE_TITLES[role]) if role in ROLE_TITLES else ""


class WindowMenus:
    """The menu bar of `window`: File, View, the shown page's menu, Role and Help. `slots` names what
    each command runs (the Role menu's: `role_<name>`); `set_language` is run with a language code."""

    def __init__(
        self,
        window: QtWidgets.QMainWindow,
        slots: Mapping[str, Callable[..., object]],
        set_language: Callable[[str], object],
        available: Callable[[str], bool],
    ) -> None:
        self.actions = ActionSet(window, SPECS, slots)
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QtWidgets.QMenu(window)
        add_all(self.file_menu, [self.actions["open"], self.recent_menu, self.actions["reload"], None])
        add_all(self.file_menu, [self.actions["quit"]])

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            act = QAction(LANGUAGE_NAMES[lang], window)
            act.setCheckable(True)
            act.setData(lang)
            act.triggered.connect(lambda _=False, code=lang: set_language(code))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[lang] = act
        self.view_menu.addAction(self.actions["fullscreen"])

        self.page_menu = bar.addMenu("")
        self.role_menu = bar.addMenu("")
        self.role_group = QActionGroup(window)
        self.role_actions: dict[str, QAction] = {}
        for role in ROLES:
            act = self.actions[f"role_{role}"]
            act.setCheckable(True)  # checked by the window as it shows the role, never by a toggle
            act.setEnabled(available(role))
            self.role_group.addAction(act)
            self.role_menu.addAction(act)
            self.role_actions[role] = act

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.actions["about"])

    def retranslate(self, shown_role: str) -> None:
        self.actions.retranslate()
        for key, menu in (
            ("file", self.file_menu),
            ("recent", self.recent_menu),
            ("view", self.view_menu),
            ("language", self.language_menu),
            ("role", self.role_menu),
            ("help", self.help_menu),
        ):
            menu.setTitle(translate(CONTEXT, MENU_TITLES[key]))
        for act in self.role_actions.values():
            if not act.isEnabled():
                act.setToolTip(translate(CONTEXT, NOT_AVAILABLE))
        self.language_actions[current_language()].setChecked(True)
        self.page_menu.setTitle(role_title(shown_role))

    def fill_page_menu(self, shown_role: str, actions: Sequence[QAction | None]) -> None:
        self.page_menu.clear()
        add_all(self.page_menu, actions)
        self.page_menu.menuAction().setVisible(bool(actions))
        self.page_menu.setTitle(role_title(shown_role))


def add_all(menu: QtWidgets.QMenu, items: Sequence[QAction | QtWidgets.QMenu | None]) -> None:
    """Add actions and submenus to `menu` in order; None is a separator."""
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QtWidgets.QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)
