"""The user guide inside the program: HTML pages per language, and a keyboard-shortcut sheet.

Pages are `resources/help/<lang>/<page>.html` (`index`, `expert`, `chair`, `organiser`); a page
missing in one language is shown in English, then Kazakh. The shortcut sheet is not a file: it is
written from the window's own actions and the player's `SHORTCUTS` table each time it is shown,
so it always says what the keys really do, in the interface language.
"""

from __future__ import annotations

import html
from pathlib import Path

from app.paths import resources_dir
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.qt import QT_TRANSLATE_NOOP, QAction, QKeySequence, Qt, QtCore, QtGui, QtWidgets

GUIDE_PAGES: tuple[str, ...] = ("index", "expert", "chair", "organiser")
SHORTCUTS_PAGE = "shortcuts"
ROLE_PAGES = {"expert": "expert", "chair": "chair", "organiser": "organiser"}
FALLBACK_LANGUAGES = ("en", "kk")
CONTEXT = "HelpWindow"

# The evaluation sheet's score buttons read these keys themselves (no QAction to collect them from).
SCORE_KEYS: tuple[tuple[str, str], ...] = (
    ("1 … 9, 0", QT_TRANSLATE_NOOP("HelpWindow", "Give the score (0 is 10)")),
    ("←  →  ↑  ↓  +  −", QT_TRANSLATE_NOOP("HelpWindow", "One point less or more")),
    ("Home, End", QT_TRANSLATE_NOOP("HelpWindow", "The lowest or the highest score")),
    ("Delete", QT_TRANSLATE_NOOP("HelpWindow", "Clear the score")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("HelpWindow", "Next or previous field")),
)


def help_dir() -> Path:
    return resources_dir() / "help"


def help_file(page: str, lang: str) -> Path:
    """The file of `page` in `lang`, else in English, else in Kazakh; KeyError if none exists."""
    for candidate in (lang, *FALLBACK_LANGUAGES):
        path = help_dir() / candidate / f"{page}.html"
        if path.exists():
            return path
    raise KeyError(f"no help page {page!r} in {help_dir()}")


def plain_action_text(action: QAction) -> str:
    """'&Open round…' → 'Open round…' (a doubled && stays one ampersand)."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def native_keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty())


def _menu_rows(menu: QtWidgets.QMenu) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QtWidgets.QMenu):
            rows += _menu_rows(submenu)
        elif not action.isSeparator() and native_keys(action) and action.isVisible():
            rows.append((native_keys(action), plain_action_text(action)))
    return rows


def collect_shortcuts(window: QtWidgets.QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(group title, [(keys, what they do)])] from the window's menus, the role pages made so far,
    the evaluation sheet's score keys and the player."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[tuple[str, str]] = set()

    def add(title: str, rows: list[tuple[str, str]]) -> None:
        fresh = [r for r in rows if r not in seen]
        seen.update(fresh)
        if fresh:
            groups.append((title, fresh))

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QtWidgets.QMenu) and menu_action.isVisible():
            add(plain_action_text(menu_action), _menu_rows(menu))
    pages = getattr(window, "pages", {})
    titles = {"expert": "Expert", "chair": "Chair", "organiser": "Organiser"}
    for role, page in pages.items():
        actions = [a for a in (page.page_actions() if hasattr(page, "page_actions") else []) if a is not None]
        actions += [a for a in page.findChildren(QAction) if a not in actions]
        rows = [(native_keys(a), plain_action_text(a)) for a in actions if native_keys(a) and plain_action_text(a)]
        add(QtCore.QCoreApplication.translate("MainWindow", titles.get(role, role)), rows)
    add(
        QtCore.QCoreApplication.translate("HelpWindow", "Evaluation sheet"),
        [(keys, QtCore.QCoreApplication.translate(CONTEXT, text)) for keys, text in SCORE_KEYS],
    )
    try:
        from app.ui.player.shortcuts import shortcut_table
    except ImportError:  # a build without the player
        pass
    else:
        add(QtCore.QCoreApplication.translate("HelpWindow", "Video player (when it has the focus)"), shortcut_table())
    return groups


def shortcuts_html(window: QtWidgets.QMainWindow) -> str:
    title = QtCore.QCoreApplication.translate("HelpWindow", "Keyboard shortcuts")
    intro = QtCore.QCoreApplication.translate(
        "HelpWindow",
        "Tab and Shift+Tab move between the controls; Space or Enter presses the button that has "
        "the focus; Alt with the underlined letter opens a menu.",
    )
    parts = [f"<html><body><h1>{html.escape(title)}</h1><p>{html.escape(intro)}</p>"]
    for title, rows in collect_shortcuts(window):
        parts.append(f"<h2>{html.escape(title)}</h2><table cellspacing='0' cellpadding='4'>")
        for keys, text in rows:
            parts.append(f"<tr><td width='190'><b>{html.escape(keys)}</b></td><td>{html.escape(text)}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


class HelpWindow(QtWidgets.QWidget):
    """Contents on the left, the page on the right; links between pages work, web links open outside."""

    def __init__(self, window: QtWidgets.QMainWindow, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent or window, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.main_window = window
        self.setWindowIcon(icon("help"))
        self.page = "index"
        self.contents = QtWidgets.QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setSpacing(3)
        for page in (*GUIDE_PAGES, SHORTCUTS_PAGE):
            item = QtWidgets.QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._chosen)
        self.browser = QtWidgets.QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; } li { margin-bottom: 4px; }"
        )
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("helpSplitter")
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 710])
        self.close_button = QtWidgets.QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QtGui.QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QtGui.QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(980, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sarapshy — help"))
        titles = {
            "index": self.tr("About the program"),
            "expert": self.tr("Expert's guide"),
            "chair": self.tr("Chair's guide"),
            "organiser": self.tr("Organiser's and secretary's guide"),
            SHORTCUTS_PAGE: self.tr("Keyboard shortcuts"),
        }
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            item.setText(titles[item.data(Qt.ItemDataRole.UserRole)])
        # Kazakh titles are long: the contents are as wide as the longest one, never cut
        metrics = self.contents.fontMetrics()
        self.contents.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in titles.values()) + 36)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.browser.setAccessibleName(self.tr("Help page"))
        self.close_button.setText(self.tr("Close"))
        self.show_page(self.page)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_page(self, page: str) -> None:
        """Show a guide page or the shortcut sheet, in the interface language."""
        if page not in (*GUIDE_PAGES, SHORTCUTS_PAGE):
            page = "index"
        self.page = page
        if page == SHORTCUTS_PAGE:
            self.browser.setSearchPaths([])
            self.browser.setHtml(shortcuts_html(self.main_window))
        else:
            path = help_file(page, current_language())
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setHtml(path.read_text(encoding="utf-8"))
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == page:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)

    def _chosen(self, item: QtWidgets.QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _follow(self, url: QtCore.QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QtGui.QDesktopServices.openUrl(url)
            return
        target = Path(url.path()).stem or url.toString()
        self.show_page(target)
