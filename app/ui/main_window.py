"""The one window of Sarapshy: menus, the open round, and one page per role (expert, chair, organiser).

Role pages are imported when first shown (app/ui/role_pages.py); a page that cannot be built leaves
its role disabled in the Role menu. Each page is a `RolePage` (app/ui/role_page.py):
`Page(round_file, parent)` with `set_round()`, `retranslate()`, `page_actions()`, `help_topic()`,
`shutdown()` and the signals `status_message` and `round_saved`. The menus are in window_menus.py,
the window's size in window_geometry.py, the recent rounds in recent_rounds.py, what the window
says about a file it does not open in round_messages.py, the look at a large round's folder in
round_folder_check.py, and an expert's sheet file given instead of a round in sheet_handoff.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.models.errors import InputError
from app.models.localized import localized
from app.models.round import RoundFile
from app.models.round_index import IndexedRoundFile, load_round_quickly
from app.models.untrusted import check_path
from app.ui import recent_rounds, round_messages
from app.ui.about import show_about
from app.ui.comfort import Comfort, install_comfort
from app.ui.error_text import input_error_text, problem_text
from app.ui.i18n import current_language, install_language
from app.ui.opened_files import grouped_problems, missing_media_count, not_a_round_kind, sheet_facts
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal, qapp
from app.ui.role_page import RolePage
from app.ui.role_pages import ROLES, page_class, role_available
from app.ui.round_drop import RoundDropTarget
from app.ui.round_folder_check import RoundFolderCheck
from app.ui.round_lock import RoundLocks
from app.ui.sheet_handoff import take_sheet_file
from app.ui.widgets.message_banner import MessageBanner
from app.ui.widgets.settings import app_settings, last_folder
from app.ui.window_geometry import restore_geometry, save_geometry
from app.ui.window_menus import WindowMenus, role_title
from app.ui.worker import BackgroundOperation

log = logging.getLogger(__name__)
PROBLEMS_SHOWN = 3  # a refused round's banner shows this many kinds of problem, then "… and N more"


class MainWindow(QtWidgets.QMainWindow):
    round_changed = Signal(object)  # RoundFile | None
    comfort: Comfort  # set by install_comfort at the end of __init__

    def __init__(self, role: str | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.drop_target = RoundDropTarget(self, self.open_round)
        self.round_file: RoundFile | None = None
        self.folder_check = RoundFolderCheck(self)
        self.round_error: InputError | None = None
        self.pages: dict[str, RolePage] = {}
        self.demo_operation: BackgroundOperation | None = None  # the demo round being written
        self.sheet_import: BackgroundOperation | None = None  # an expert's sheet imported on the desk
        self.role = ""
        self.round_locks = RoundLocks()
        self.locked_out: InputError | None = None  # the last round refused because another window has it
        self.banner = MessageBanner()
        self.stack = QtWidgets.QStackedWidget()
        self.placeholder = QtWidgets.QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.round_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.round_label)
        self._build_menus()
        self.retranslate()
        restore_geometry(self)
        settings = app_settings()
        wanted = role if role in ROLES else settings.value("ui/role", "expert", type=str)
        self.set_role(wanted if wanted in ROLES and role_available(wanted) else "expert")
        install_comfort(self)

    # --- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        slots: dict[str, Any] = {
            "open": self.choose_round,
            "reload": self.reload_round,
            "quit": self.close,
            "fullscreen": lambda on: self.showFullScreen() if on else self.showNormal(),
            "about": lambda: setattr(self, "about_box", show_about(self)),
        }
        for role in ROLES:
            slots[f"role_{role}"] = lambda name=role: self.set_role(name)
        self.menus = WindowMenus(self, slots, self.set_language, role_available)
        self.menus.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        # the names the comfort features, the role pages and the tests reach them by
        self.file_menu, self.help_menu, self.page_menu = (
            self.menus.file_menu,
            self.menus.help_menu,
            self.menus.page_menu,
        )
        self.recent_menu, self.role_actions = self.menus.recent_menu, self.menus.role_actions
        self.language_actions = self.menus.language_actions
        actions = self.menus.actions
        self.act_open, self.act_reload, self.act_quit = actions["open"], actions["reload"], actions["quit"]
        self.act_fullscreen, self.act_about = actions["fullscreen"], actions["about"]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent_rounds()
        for path in paths:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.open_round(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No rounds opened yet"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), recent_rounds.clear_recent)

    def _fill_page_menu(self) -> None:
        page = self.pages.get(self.role)
        self.menus.fill_page_menu(self.role, list(page.page_actions()) if page is not None else [])

    # --- recent rounds -----------------------------------------------------------------------------
    def recent_rounds(self) -> list[str]:
        return recent_rounds.recent_rounds()

    # --- rounds ------------------------------------------------------------------------------------
    def choose_round(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Open a round"),
            last_folder("rounds"),
            self.tr("Round files (*.round.json *.json);;All files (*)"),
        )
        if path:
            self.open_round(path)

    def reload_round(self) -> None:
        if self.round_file is not None and self.round_file.path is not None:
            self.open_round(self.round_file.path)

    def open_round(self, path: str | Path, keep_role: str | None = None, remember: bool = True) -> bool:
        """Load a round file and show it in every page (but `keep_role`'s); a broken file is explained,
        not fatal, and an expert's sheet file given instead goes to the chair's desk. `remember` puts
        it first in File → Open recent (the round the next start opens)."""
        try:
            path = check_path(path)  # NUL, undecodable bytes, 300-character names: explained, not a crash
        except InputError as exc:
            self._refuse_round(exc)
            return False
        kind = not_a_round_kind(path)
        if kind is not None:
            self._refuse_other_file(path, kind)
            return False
        QtWidgets.QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            round_file = load_round_quickly(path)
        except InputError as exc:
            sheet = sheet_facts(path) if exc.place == "format" else None
            if sheet is not None:
                take_sheet_file(self, path, sheet)
                return False
            from app.ui.expert.reconsideration_panel import take_request_file  # the chair's request

            if exc.place == "format" and take_request_file(self, path):
                return False
            self._refuse_round(exc)
            return False
        except Exception as exc:  # never a crash for a file the user chose
            log.exception("unexpected failure reading %s", path)
            self._refuse_round(
                InputError(path, "", f"the file cannot be read ({exc})", "check that it is a Sarapshy round file")
            )
            return False
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
        self.round_error = None
        if self.statusBar().currentMessage() == self.not_opened_message():
            self.statusBar().clearMessage()
        if not self._lock_round(round_file):
            return False
        if remember:
            recent_rounds.remember_recent(path.resolve())
        self.set_round(round_file, keep_role)
        return True

    def _lock_round(self, round_file: RoundFile) -> bool:
        """Take the round for every role this window shows; refused (and explained) while another
        window works on it in one of them."""
        roles = list(dict.fromkeys([self.role, *self.pages]))
        taken_elsewhere = self.round_locks.acquire_all(round_file.header.round_id, [r for r in roles if r])
        if taken_elsewhere is not None:
            self._refuse_locked(round_file, taken_elsewhere)
            return False
        self.round_locks.keep_only(round_file.header.round_id)
        self.locked_out = None
        return True

    def _refuse_locked(self, round_file: RoundFile, role: str) -> None:
        error = InputError(
            round_file.path,
            "",
            f"the round is already open as {role} in another Sarapshy window",
            "switch to that window, or close it and open the round here",
            code="round_in_use",
            args=(role_title(role),),
        )
        self.locked_out = error
        self.banner.show_message(input_error_text(error), "error")
        self.statusBar().showMessage(self.not_opened_message(), 8000)

    def not_opened_message(self) -> str:
        return round_messages.not_opened_message()

    def _refuse_round(self, error: InputError) -> None:
        self.round_error = error
        self.show_round_error()
        self.statusBar().showMessage(self.not_opened_message(), 8000)

    def _refuse_other_file(self, path: Path, kind: str) -> None:
        self.round_error = None
        self.banner.show_message(round_messages.other_file_text(path, kind), "warning")
        self.statusBar().showMessage(self.not_opened_message(), 8000)

    def show_round_error(self) -> None:
        """The refused round's problems in the banner: a few, each kind once; all behind "Show all"."""
        error = self.round_error
        if error is None:
            return
        heading = round_messages.round_error_heading()
        self.banner.show_message(
            heading + "\n" + self.round_error_summary(error),
            "error",
            details=heading + "\n" + input_error_text(error),
        )

    def round_error_summary(self, error: InputError) -> str:
        """The refused round's problems: a few, each kind once (all of them: `input_error_text`)."""
        groups = grouped_problems(error)
        if len(groups) == 1 and not groups[0][1]:
            return input_error_text(error)
        lines = [f"{error.file}:"] if error.file else []
        for problem, more in groups[:PROBLEMS_SHOWN]:
            line = "• " + problem_text(problem)
            if more:
                line += " " + self.tr("(the same in %n more place(s))", "", more)
            lines.append(line)
        hidden = sum(1 + more for _, more in groups[PROBLEMS_SHOWN:])
        if hidden:
            lines.append(self.tr("… and %n more problem(s): «Show all» lists them.", "", hidden))
        return "\n".join(lines)

    def set_round(self, round_file: RoundFile | None, keep_role: str | None = None) -> None:
        self.round_file = round_file
        self.banner.clear()
        self.folder_check.cancel()
        if round_file is not None:
            if round_file.folder_checked or not isinstance(round_file, IndexedRoundFile):
                self.explain_media(round_file)
            else:  # a large round opened from its index: its files are looked at off the UI thread,
                # once the window has painted (posted paint events run before zero timers)
                QtCore.QTimer.singleShot(0, lambda: self.folder_check.start(round_file))
        for role, page in self.pages.items():
            if role != keep_role:
                page.set_round(round_file)
        self._update_title()
        self.round_changed.emit(round_file)

    def _round_saved(self, path: Path) -> None:
        """The organiser saved (or packaged) the round: the other roles get the file as written; the
        organiser's editor keeps its state (its draft already is that file)."""
        self.open_round(path, keep_role="organiser")

    def explain_media(self, round_file: RoundFile) -> None:
        missing, local = missing_media_count(round_file)
        if not missing:
            return
        folder = round_file.folder
        media_folder = folder / "media" if folder else None
        if missing == local and media_folder is not None and not media_folder.exists():
            text = self.tr(
                "The round's media folder is missing: %1. Copy the «media» folder from the round's USB "
                "stick or shared drive next to the round file, then reload the round (F5). You can "
                "still score the courses and open their links."
            ).replace("%1", str(media_folder))
        else:
            text = self.tr(
                "%n video(s) of this round are missing from the round folder. Copy them next to the "
                "round file, then reload the round (F5); the player says which one is missing.",
                "",
                missing,
            )
        self.banner.show_message(text, "warning")

    # --- roles -------------------------------------------------------------------------------------
    def set_role(self, role: str) -> bool:
        if role not in ROLES:
            return False
        if self.round_file is not None and not self.round_locks.acquire(self.round_file.header.round_id, role):
            self._refuse_locked(self.round_file, role)
            if self.role in self.role_actions:
                self.role_actions[self.role].setChecked(True)
            return False
        page = self.pages.get(role) or self._make_page(role)
        if page is None:
            self.role_actions[role].setEnabled(False)
            if self.role in self.role_actions:
                self.role_actions[self.role].setChecked(True)
            return False
        self.role = role
        self.stack.setCurrentWidget(page)
        self.role_actions[role].setChecked(True)
        app_settings().setValue("ui/role", role)
        self._fill_page_menu()
        self._update_title()
        return True

    def _make_page(self, role: str) -> RolePage | None:
        try:
            page = page_class(role)(self.round_file, self)
        except Exception as exc:  # a role whose module is broken must not take the others down
            log.exception("the %s page could not be built", role)
            self.banner.show_message(
                self.tr("The %1 role is not available: %2").replace("%1", role_title(role)).replace("%2", str(exc)),
                "error",
            )
            return None
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        page.round_saved.connect(self._round_saved)
        self.pages[role] = page
        self.stack.addWidget(page)
        return page

    def page(self, role: str) -> RolePage | None:
        return self.pages.get(role)

    # --- language ----------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        install_language(qapp(), lang)
        app_settings().setValue("ui/language", current_language())
        self.retranslate()
        for page in self.pages.values():
            page.retranslate()
        self._fill_page_menu()

    def retranslate(self) -> None:
        self.menus.retranslate(self.role)
        self.banner.retranslate()
        self.placeholder.setText(self.tr("Open a round file: File → Open round…"))
        self._update_title()
        if self.round_error is not None:
            self.show_round_error()
        elif self.round_file is not None and self.banner.level == "warning":
            self.explain_media(self.round_file)

    def _update_title(self) -> None:
        parts = [self.tr("Sarapshy")]
        shown_role = role_title(self.role)
        if shown_role and shown_role != parts[0]:  # in Kazakh the expert is «Сарапшы», as is the app
            parts.append(shown_role)
        if self.round_file is not None:
            parts.append(localized(self.round_file.header.title, current_language()))
            self.round_label.setText(str(self.round_file.path or ""))
        else:
            self.round_label.clear()
        self.setWindowTitle(" — ".join(parts))

    # --- window ------------------------------------------------------------------------------------
    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        for page in self.pages.values():
            page.shutdown()
        self.round_locks.keep_only(None)
        save_geometry(self)
        super().closeEvent(event)
