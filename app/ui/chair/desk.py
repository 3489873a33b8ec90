"""The chair's desk: import the experts' sheets, check them, read the merged results, decide.

The page holds a `ChairStore` (the chair's database for the round) and the latest
`ChairSnapshot`. Merging runs in the background worker (it parses and verifies every sheet);
decisions are single small transactions done on the spot, after which the views are refreshed
from the store, so what is shown is always what is recorded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.models.chair import ChairSnapshot, ChairStore, ImportOutcome
from app.models.errors import InputError
from app.models.localized import localized
from app.models.round import RoundFile
from app.ui.actions import ActionSet, ActionSpec
from app.ui.chair.board import MeetingPanel
from app.ui.chair.charts import ChartsPage
from app.ui.chair.conflicts_panel import ConflictsPanel
from app.ui.chair.decision_actions import DecisionActions
from app.ui.chair.decisions_panel import DecisionsPanel
from app.ui.chair.desk_documents import DeskDocuments
from app.ui.chair.desk_texts import import_report_text, subtitle_text, summary_text
from app.ui.chair.panels import AgreementPanel, CoveragePanel, RankingPanel, SheetsPanel
from app.ui.i18n import current_language
from app.ui.ncalayer import NcaLayerActions
from app.ui.printing import PdfActions, action_button
from app.ui.qt import QT_TRANSLATE_NOOP, QAction, Qt, QtCore, QtGui, QtWidgets
from app.ui.role_page import RolePage
from app.ui.widgets.message_banner import MessageBanner
from app.ui.worker import BackgroundOperation, run_in_background, show_error

SHEET_FORM_TIP = QT_TRANSLATE_NOOP("ChairDesk", "The selected accepted sheet, as the expert's printed form (PDF)")
COMMANDS = (
    ActionSpec("import_files", "ChairDesk", QT_TRANSLATE_NOOP("ChairDesk", "Import sheet files…"), ("Ctrl+I",)),
    ActionSpec(
        "import_folder", "ChairDesk", QT_TRANSLATE_NOOP("ChairDesk", "Import a folder of sheets…"), ("Ctrl+Shift+I",)
    ),
    ActionSpec("protocol", "ChairDesk", QT_TRANSLATE_NOOP("ChairDesk", "Write the protocol (PDF)…")),
    ActionSpec("summary", "ChairDesk", QT_TRANSLATE_NOOP("ChairDesk", "Write the Excel summary…")),
    ActionSpec("next_stage", "ChairDesk", QT_TRANSLATE_NOOP("ChairDesk", "Export the next-stage round…")),
    ActionSpec(
        "sheet_preview", "ChairDesk", QT_TRANSLATE_NOOP("ChairDesk", "Print preview of the sheet…"), tip=SHEET_FORM_TIP
    ),
    ActionSpec("sheet_print", "ChairDesk", QT_TRANSLATE_NOOP("ChairDesk", "Print the sheet…"), tip=SHEET_FORM_TIP),
)
MENU = ("import_files", "import_folder", "protocol", "summary", "next_stage")


class ChairDesk(RolePage):
    """The chair's page of the main window (see ui-common: `Page(round_file, parent)`)."""

    snapshot_changed = QtCore.Signal(object)

    def __init__(self, round_file: RoundFile | None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chair_desk")
        self.setAcceptDrops(True)
        self.round_file: RoundFile | None = None
        self.store: ChairStore | None = None
        self.snapshot: ChairSnapshot | None = None
        self.operation: BackgroundOperation | None = None
        self._load_token = 0

        self.title = QtWidgets.QLabel()
        self.title.setObjectName("chair_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QtWidgets.QLabel()
        self.subtitle.setWordWrap(True)
        self.import_files_button = QtWidgets.QPushButton()
        self.import_files_button.setObjectName("import_files")
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QtWidgets.QPushButton()
        self.import_folder_button.setObjectName("import_folder")
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("chair_summary")
        self.summary.setWordWrap(True)
        self.banner = MessageBanner()
        self.banner.setObjectName("chair_banner")

        self.sheets = SheetsPanel()
        self.coverage = CoveragePanel()
        self.ranking = RankingPanel()
        self.agreement = AgreementPanel()
        self.charts = ChartsPage()
        self.decisions = DecisionsPanel()
        self.documents = DeskDocuments(self)
        self.decisions.export_next_stage_requested.connect(self.documents.export_next_stage)
        self.decisions.protocol_requested.connect(self.documents.write_protocol)
        self.decisions.summary_requested.connect(self.documents.write_summary)
        self.decisions.sign_requested.connect(self.documents.sign_document)
        self.commands = ActionSet(
            self,
            COMMANDS,
            {
                "import_files": self.choose_files,
                "import_folder": self.choose_folder,
                "protocol": self.documents.write_protocol,
                "summary": self.documents.write_summary,
                "next_stage": self.documents.export_next_stage,
                "sheet_preview": lambda: self.documents.print_sheet(preview=True),
                "sheet_print": lambda: self.documents.print_sheet(preview=False),
            },
        )
        # The secretary's printing: the last protocol (or any PDF chosen), and the accepted sheets.
        self.pdf_actions = PdfActions(self, choose_folder=self._start_folder)
        self.pdf_actions.document_changed.connect(self.decisions.show_document)
        self.decisions.add_document_actions(self.pdf_actions.actions(with_choose=True))
        self.ncalayer_actions = NcaLayerActions(self, self.pdf_actions)  # ЭЦП through NCALayer, Documentolog
        self.decisions.add_document_actions(self.ncalayer_actions.actions())
        self.sheets.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        sheet_row = QtWidgets.QHBoxLayout()
        for action in self.commands.menu(("sheet_preview", "sheet_print")):
            assert action is not None
            self.sheets.view.addAction(action)
            sheet_row.addWidget(action_button(action))
        sheet_row.addStretch(1)
        sheets_layout = self.sheets.layout()
        assert isinstance(sheets_layout, QtWidgets.QBoxLayout)
        sheets_layout.addLayout(sheet_row)
        self.sheets.view.selectionModel().currentRowChanged.connect(lambda *_: self._set_enabled())
        self.sheets.model.modelReset.connect(self._set_enabled)

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("chair_tabs")
        for panel in (self.sheets, self.coverage, self.ranking, self.agreement, self.charts, self.decisions):
            self.tabs.addTab(panel, "")
        # The meeting's tab: the disagreement board, letters to the authors, the winners extract.
        self.board = MeetingPanel()
        self.board.language = self.decisions.protocol_language
        self.board.start_folder = self._start_folder
        self.board.message.connect(self.show_message)
        self.tabs.addTab(self.board, "")
        self.conflicts = ConflictsPanel()  # recusals, dismissed and unanswered suggested conflicts
        self.tabs.addTab(self.conflicts, "")
        self.placeholder = QtWidgets.QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QtWidgets.QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.tabs)

        header = QtWidgets.QHBoxLayout()
        titles = QtWidgets.QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.import_files_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.import_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self.decision_actions = DecisionActions(self)
        self.retranslate()
        self.set_round(round_file)

    # --- the page contract ---

    def page_actions(self) -> list[QAction | None]:
        return [
            *self.commands.menu(MENU),
            *self.pdf_actions.actions(with_choose=True),
            *self.ncalayer_actions.actions(),
            *self.commands.menu(("sheet_preview", "sheet_print")),
        ]

    def retranslate(self) -> None:
        self.import_files_button.setText(self.tr("Import sheet files…"))
        self.import_folder_button.setText(self.tr("Import a folder…"))
        for i, text in enumerate(
            (
                self.tr("Sheets"),
                self.tr("Coverage"),
                self.tr("Ranking"),
                self.tr("Agreement and robustness"),
                self.tr("Charts"),
                self.tr("Decisions"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.placeholder.setText(self.tr("Open a round file to use the chair's desk: File → Open."))
        self.commands.retranslate()
        self.banner.retranslate()
        self.pdf_actions.retranslate()
        self.ncalayer_actions.retranslate()
        for panel in (self.sheets, self.coverage, self.ranking, self.agreement, self.charts, self.decisions):
            panel.retranslate()
        self.board.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.board), self.board.tab_title())
        self.conflicts.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), self.conflicts.tab_title())
        self._show_header()

    def set_round(self, round_file: RoundFile | None) -> None:
        self.round_file = round_file
        self.store = ChairStore(round_file) if round_file else None
        self.documents.last_protocol = None
        self.pdf_actions.set_document(None)
        self._load_token += 1
        self._show(None)
        self.stack.setCurrentWidget(self.tabs if round_file else self.placeholder)
        self._set_enabled()
        operation = self.reload()
        if operation is not None:
            operation.failed.connect(
                lambda *_: self.summary.setText(
                    self.tr("The chair's data for this round could not be read: see the message above.")
                )
            )

    def reload(self) -> BackgroundOperation | None:
        """Read everything again from the store in the background (a newer reload wins)."""
        if self.store is None:
            return None
        token = self._load_token = self._load_token + 1
        return self._run(
            self.store.snapshot,
            title=self.tr("Checking the imported sheets"),
            on_success=lambda snapshot: self._show_if_current(token, snapshot),
        )

    def _show_if_current(self, token: int, snapshot: ChairSnapshot) -> None:
        if token == self._load_token:
            self._show(snapshot)

    # --- showing ---

    def _show(self, snapshot: ChairSnapshot | None) -> None:
        self.snapshot = snapshot
        for panel in (self.sheets, self.coverage, self.ranking, self.agreement, self.charts, self.decisions):
            panel.set_snapshot(snapshot)
        self.board.set_snapshot(snapshot)
        self.conflicts.set_snapshot(snapshot)
        self._show_header()
        self._set_enabled()
        self.snapshot_changed.emit(snapshot)

    def _refresh_decisions(self, reorder: bool = False) -> None:
        """After a decision: reread the decisions, refresh what depends on them.

        Only a tie's decided order changes the order of the entries; other decisions update the
        views in place, so the chair keeps their place in a long list.
        """
        if self.snapshot is None or self.store is None:
            return
        self.snapshot = dataclasses.replace(self.snapshot, decisions=self.store.decisions())
        if reorder:
            for panel in (self.ranking, self.agreement, self.charts, self.decisions):
                panel.set_snapshot(self.snapshot)
        else:
            self.decisions.update_decisions(self.snapshot)
        self.sheets.model.snapshot = self.snapshot
        self.board.snapshot = self.snapshot  # the letters' places follow the decisions
        self._show_header()
        self._set_enabled()

    def _show_header(self) -> None:
        rf = self.round_file
        if rf is None:
            self.title.setText(self.tr("Chair's desk"))
            self.subtitle.setText("")
            self.summary.setText("")
            return
        self.title.setText(localized(rf.round.title, current_language()))
        self.subtitle.setText(subtitle_text(rf))
        self.summary.setText(summary_text(self.snapshot, self.store is not None))

    def _set_enabled(self) -> None:
        has_round = self.store is not None
        busy = self.operation is not None and self.operation.is_running()
        for widget in (self.import_files_button, self.import_folder_button):
            widget.setEnabled(has_round and not busy)
        self.commands["import_files"].setEnabled(has_round and not busy)
        self.commands["import_folder"].setEnabled(has_round and not busy)
        self.commands["protocol"].setEnabled(self.decisions.protocol_button.isEnabled() and not busy)
        self.commands["summary"].setEnabled(self.decisions.summary_button.isEnabled() and not busy)
        self.commands["next_stage"].setEnabled(self.decisions.export_button.isEnabled() and not busy)
        self.pdf_actions.choose.setEnabled(has_round)
        row = self.documents.selected_sheet()
        for name in ("sheet_preview", "sheet_print"):
            self.commands[name].setEnabled(row is not None and row.accepted and not busy)

    def show_message(self, text: str, level: str = "info") -> None:
        theme_level = {"info": "info", "good": "ok", "warn": "warning", "bad": "error"}[level]
        self.banner.show_message(text, theme_level)

    # --- background work ---

    def _run(
        self, fn: Callable[..., Any], *args: Any, title: str, on_success: Callable[[Any], Any], **kwargs: Any
    ) -> BackgroundOperation:
        self.operation = run_in_background(
            fn, *args, parent=self, title=title, on_success=on_success, on_error=self._failed, **kwargs
        )
        self.operation.finished.connect(self._set_enabled)
        self._set_enabled()
        return self.operation

    def _failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, InputError):
            self.show_message(str(exc), "bad")
        else:
            show_error(self, exc, details)

    # --- importing ---

    def choose_files(self) -> None:
        paths = self.ask_open_paths()
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.import_paths([folder])

    def ask_open_paths(self) -> list[str]:
        paths, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self,
            self.tr("Import the experts' sheet files"),
            str(self._start_folder()),
            self.tr("Sheet files (*.sheet.json *.json);;All files (*)"),
        )
        return paths

    def ask_folder(self) -> str:
        return QtWidgets.QFileDialog.getExistingDirectory(
            self, self.tr("Import every sheet file in a folder"), str(self._start_folder())
        )

    def ask_save_path(self, title: str, suggested: str, pattern: str) -> str:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, title, str(self._start_folder() / suggested), pattern)
        return path

    def _start_folder(self) -> Path:
        return self.round_file.folder if self.round_file and self.round_file.folder else Path.home()

    def import_paths(self, paths: Sequence[str | Path]) -> BackgroundOperation | None:
        if self.store is None:
            return None
        token = self._load_token
        return self._run(
            self.store.import_paths,
            list(paths),
            title=self.tr("Importing sheet files"),
            on_success=lambda outcome: self._imported(token, outcome),
        )

    def _imported(self, token: int, outcome: ImportOutcome) -> None:
        if token != self._load_token:
            return
        self._show(outcome.snapshot)
        text, level = import_report_text(outcome)
        self.show_message(text, level)
        self.tabs.setCurrentWidget(self.sheets)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if self.store is not None and self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QtGui.QDragMoveEvent) -> None:
        if self.store is not None and self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = self._local_paths(event.mimeData())
        if paths and self.store is not None:
            event.acceptProposedAction()
            self.import_paths(paths)

    @staticmethod
    def _local_paths(mime: QtCore.QMimeData) -> list[str]:
        """Dropped sheet files and folders; round files are left to the main window (it opens them)."""
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        return [p for p in paths if not p.lower().endswith(".round.json")]
