"""The organiser's page of the window: build a round, import applications, check the videos,
decide admission, save and package the round folder for the experts.

`OrganiserPage(round_file=None)` starts a new round (or restores the unsaved one being built);
every edit is kept at once as a draft in the data folder, so nothing is lost before saving.
"""

from __future__ import annotations

from pathlib import Path

from app.models.admission import AdmissionStore
from app.models.errors import InputError
from app.models.round import RoundFile
from app.models.round_drafts import store_draft
from app.models.round_edit import RoundDraft, draft_for_round, latest_unsaved_draft
from app.models.round_package import PackageReport
from app.ui.actions import ActionSet
from app.ui.organiser.admission_view import AdmissionPanel
from app.ui.organiser.applications_import import open_import_dialog
from app.ui.organiser.competition_form import CompetitionForm
from app.ui.organiser.compliance_view import MediaCheckPanel
from app.ui.organiser.entries_panel import EntriesPanel
from app.ui.organiser.gather_dialog import open_gather_dialog
from app.ui.organiser.mapping_dialog import ColumnMappingDialog
from app.ui.organiser.packaging import package_for_experts
from app.ui.organiser.page_commands import MENU, SPECS, TOOLBAR
from app.ui.organiser.page_tabs import TAB_ADMISSION, TAB_COMPETITION, TAB_ENTRIES, TAB_MEDIA, OrganiserTabs
from app.ui.organiser.problems_box import explain_errors
from app.ui.organiser.round_forms import CommissionPanel, CriteriaPanel
from app.ui.organiser.round_status import ProblemsBox, RoundHeader, errors_per_entry
from app.ui.qt import QAction, Qt, QTimer, QtWidgets
from app.ui.role_page import RolePage
from app.ui.worker import BackgroundOperation, show_error

REFRESH_DELAY_MS = 250


class OrganiserPage(RolePage):
    """The organiser's (or secretary's) mode of the main window."""

    def __init__(self, round_file: RoundFile | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: RoundDraft = RoundDraft.new()
        self.store: AdmissionStore | None = None
        self.media_check: dict | None = None
        self.last_package: PackageReport | None = None
        self._operation: BackgroundOperation | None = None

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._after_edit)

        self.commands = ActionSet(
            self,
            SPECS,
            {
                "new": self.new_round,
                "save": self.save,
                "save_as": self.save_as,
                "import": self.import_applications,
                "check_media": self.check_media,
                "package": self.package,
                "past_results": self.import_past_results,
                "gather": lambda: open_gather_dialog(self),
            },
        )
        self.gather_action = self.commands["gather"]
        self.header = RoundHeader()
        self.toolbar = QtWidgets.QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.commands.menu(TOOLBAR):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        self.competition = CompetitionForm()
        self.commission = CommissionPanel()
        self.criteria = CriteriaPanel()
        self.entries = EntriesPanel()
        self.entries.import_button.clicked.connect(lambda: self.import_applications())
        self.media_panel = MediaCheckPanel(self.draft_round_file)
        self.media_panel.checked.connect(self._media_checked)
        self.media_panel.run_button.clicked.disconnect()
        self.media_panel.run_button.clicked.connect(self.check_media)  # explains problems in the window's words
        self.admission = AdmissionPanel()
        for panel in (self.competition, self.commission, self.criteria, self.entries):
            panel.edited.connect(self.mark_edited)
        self.tabs = OrganiserTabs(
            self.competition, self.commission, self.criteria, self.entries, self.media_panel, self.admission
        )
        self.issues_box = ProblemsBox()
        self.issues_box.place_chosen.connect(self.tabs.show_place)
        self.issues_model, self.issues_view = self.issues_box.model, self.issues_box.view

        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.issues_box)
        splitter.setStretchFactor(0, 6)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 120])
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.set_round(round_file)

    # The page contract ------------------------------------------------------------------------------
    def set_round(self, round_file: RoundFile | None) -> None:
        """Open a round for editing; None continues the unsaved new round, or starts one."""
        self._flush()
        notice = ""
        if round_file is None:
            kept = latest_unsaved_draft()
            draft = kept or RoundDraft.new()
            if kept is not None:
                notice = self.tr("The unsaved round you were building has been restored.")
        else:
            draft, restored = draft_for_round(round_file)
            if restored:
                notice = self.tr("Unsaved changes to this round have been restored from the draft.")
        self._use_draft(draft)
        if notice:
            self.status_message.emit(notice)
        self.header.show_draft(self.draft)

    def page_actions(self) -> list[QAction | None]:
        return self.commands.menu(MENU)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.tabs.retranslate()
        for panel in (self.competition, self.commission, self.criteria, self.entries, self.media_panel, self.admission):
            panel.retranslate()
        self._refresh_issues()
        self.header.show_draft(self.draft)

    def has_unsaved_changes(self) -> bool:
        return self.draft.is_modified()

    # Editing ------------------------------------------------------------------------------------------
    def _use_draft(self, draft: RoundDraft) -> None:
        if self.store is None or self.store.round_id != draft.round_id:
            if self.store is not None:
                self.store.close()
            self.store = AdmissionStore(draft.round_id)
        self.draft = draft
        self.store.round_context = lambda: (
            self.draft.data.get("stage", ""),
            self.draft.path.parent if self.draft.path else None,
        )
        self.media_check = self.store.last_media_check()
        for panel in (self.competition, self.commission, self.criteria, self.entries):
            panel.set_draft(draft)
        self.media_panel.show_check(self.media_check)
        self.admission.set_context(draft, self.store, self.media_check)
        self._refresh_issues()

    def mark_edited(self) -> None:
        """Called on every edit: the problems and the kept draft follow shortly after."""
        self.header.show_draft(self.draft)
        self._refresh_timer.start()

    def _after_edit(self) -> None:
        self._refresh_issues()
        self._keep_draft()
        self.header.show_draft(self.draft)

    def _flush(self) -> None:
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self._after_edit()

    def _keep_draft(self) -> None:
        try:
            store_draft(self.draft)
        except InputError as error:  # e.g. the data folder became read-only
            self.status_message.emit(str(error))

    def _refresh_issues(self) -> None:
        issues = self.draft.issues()
        self.issues_box.show_issues(issues, self.draft.data)
        self.entries.entries_model.set_problem_counts(errors_per_entry(issues))

    # Commands -----------------------------------------------------------------------------------------
    def new_round(self) -> None:
        self._flush()
        if self.draft.is_modified() and self.draft.path is not None:
            answer = QtWidgets.QMessageBox.question(
                self,
                self.tr("New round"),
                self.tr(
                    "This round has unsaved changes. They are kept as a draft and come back when you open "
                    "the round again. Start a new round?"
                ),
            )
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return
        self._use_draft(RoundDraft.new())
        self._keep_draft()
        self.tabs.setCurrentIndex(TAB_COMPETITION)
        self.header.show_draft(self.draft)

    def draft_round_file(self) -> RoundFile:
        """The round as it stands, for the media check (InputError while it has problems)."""
        self._flush()
        return self.draft.round_file()

    def save(self) -> bool:
        self._flush()
        if self.draft.path is None:
            return self.save_as()
        return self._save_to(self.draft.path)

    def save_as(self, path: Path | None = None) -> bool:
        self._flush()
        if path is None:
            suggested = (
                self.draft.path
                or Path.home() / f"{self.draft.data.get('stage', 'round')}-{self.draft.data.get('year', '')}.round.json"
            )
            name, _ = QtWidgets.QFileDialog.getSaveFileName(
                self, self.tr("Save the round"), str(suggested), self.tr("Round files (*.round.json);;All files (*)")
            )
            if not name:
                return False
            path = Path(name)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        errors = self.draft.errors()
        if errors:
            explain_errors(self, errors)
            return False
        try:
            self.draft.save(path)
        except InputError as error:
            show_error(self, error, title=self.tr("Save the round"))
            return False
        self._refresh_issues()
        self.header.show_draft(self.draft)
        self.entries.files.media_model.refresh()
        self.status_message.emit(self.tr("Round saved: %1").replace("%1", str(self.draft.path)))
        self.round_saved.emit(self.draft.path)
        return True

    def package(self) -> BackgroundOperation | None:
        """Copy the media into the round folder (saving first), with a progress bar and Cancel."""
        self._operation = package_for_experts(self)
        return self._operation

    def after_background_edit(self) -> None:
        """The packaging rewrote the draft (or stopped): edits again, and the page shows the draft."""
        self.tabs.setEnabled(True)
        self.entries.refresh()
        self._refresh_issues()
        self._keep_draft()
        self.header.show_draft(self.draft)

    def import_applications(self, path: Path | None = None) -> ColumnMappingDialog | None:
        """Read a Google Forms export and open the column-mapping dialog (non-blocking)."""
        return open_import_dialog(self, path)

    def show_imported(self, count: int) -> None:
        """`count` courses were just added at the end of the list: show the first of them."""
        self.entries.refresh()
        self.tabs.setCurrentIndex(TAB_ENTRIES)
        if count:
            self.entries.select(len(self.draft.entries) - count)
        self.mark_edited()

    def check_media(self) -> BackgroundOperation | None:
        self._flush()
        errors = self.draft.errors()
        if errors:
            explain_errors(self, errors, self.tr("Check videos"), self.tr("Fix these first, then check the videos:"))
            return None
        self.tabs.setCurrentIndex(TAB_MEDIA)
        return self.media_panel.run_check()

    def _media_checked(self, check: dict) -> None:
        self.media_check = check
        if self.store is not None and not check.get("cancelled"):
            self.store.keep_media_check(check)
        self.admission.set_context(self.draft, self.store, check)

    def import_past_results(self) -> None:
        self.tabs.setCurrentIndex(TAB_ADMISSION)
        self.admission.import_past_results()

    def closeEvent(self, event) -> None:
        self._flush()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """The window is closing: keep the last edit and close the organiser's database. An open
        SQLite file (and its -wal/-shm) cannot be removed or moved on Windows while it is open."""
        self._flush()
        if self.store is not None:
            self.store.close()
            self.store = None
