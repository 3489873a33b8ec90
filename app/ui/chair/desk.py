"""The chair's desk: import the experts' sheets, check them, read the merged results, decide.

The page holds a `ChairStore` (the chair's database for the round) and the latest
`ChairSnapshot`. Merging runs in the background worker (it parses and verifies every sheet);
decisions are single small transactions done on the spot, after which the views are refreshed
from the store, so what is shown is always what is recorded.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models.chair import ChairSnapshot, ChairStore, ImportOutcome, SheetRow
from app.models.errors import InputError
from app.models.files import file_name_part
from app.models.localized import localized
from app.models.round import RoundFile
from app.models.sheet import parse_sheet
from app.reports import chair_documents
from app.reports.chair_documents import DocumentKind
from app.ui import theme
from app.ui.chair.board import MeetingPanel
from app.ui.chair.charts import ChartsPage
from app.ui.chair.conflicts_panel import ConflictsPanel
from app.ui.chair.decision_actions import DecisionActions
from app.ui.chair.decisions_panel import DecisionsPanel
from app.ui.chair.panels import AgreementPanel, CoveragePanel, RankingPanel, SheetsPanel
from app.ui.chair.tie_dialog import TieDialog
from app.ui.i18n import current_language
from app.ui.ncalayer import NcaLayerActions
from app.ui.printing import PdfActions, action_button, named_action, preview_pdf, print_pdf
from app.ui.qt import QAction, Qt, QtCore, QtGui, QtWidgets
from app.ui.role_page import RolePage
from app.ui.worker import BackgroundOperation, run_in_background, show_error


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
        self.banner = QtWidgets.QLabel()
        self.banner.setObjectName("chair_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.sheets = SheetsPanel()
        self.sheets.model.paper_check_toggled.connect(self.record_paper_check)
        self.sheets.set_aside_requested.connect(self.set_sheet_aside)
        self.coverage = CoveragePanel()
        self.ranking = RankingPanel()
        self.agreement = AgreementPanel()
        self.charts = ChartsPage()
        self.decisions = DecisionsPanel()
        self.decisions.protocol_number_changed.connect(self.record_protocol_number)
        self.decisions.resolve_tie_requested.connect(self.resolve_tie)
        self.decisions.model.nominee_changed.connect(self.record_nominee)
        self.decisions.model.advancing_changed.connect(self.record_advancing)
        self.decisions.absent_model.absent_changed.connect(self.record_absent)
        self.decisions.export_next_stage_requested.connect(self.export_next_stage)
        self.decisions.take_suggestion_requested.connect(
            lambda: self.snapshot and self.record_advancing(self.snapshot.suggested_advancing())
        )
        self.decisions.protocol_requested.connect(self.write_protocol)
        self.decisions.summary_requested.connect(self.write_summary)
        self.decisions.sign_requested.connect(self.sign_document)
        self.last_protocol: Path | None = None
        # The secretary's printing: the last protocol (or any PDF chosen), and the accepted sheets.
        self.pdf_actions = PdfActions(self, choose_folder=self._start_folder)
        self.pdf_actions.document_changed.connect(self.decisions.show_document)
        self.decisions.add_document_actions(self.pdf_actions.actions(with_choose=True))
        self.ncalayer_actions = NcaLayerActions(self, self.pdf_actions)  # ЭЦП through NCALayer, Documentolog
        self.decisions.add_document_actions(self.ncalayer_actions.actions())
        self.sheet_pdfs = tempfile.TemporaryDirectory(prefix="sarapshy-sheets-")
        self.sheet_preview_action = named_action(self, "sheet_preview", lambda: self.print_sheet(preview=True))
        self.sheet_print_action = named_action(self, "sheet_print", lambda: self.print_sheet(preview=False))
        self.sheets.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        sheet_row = QtWidgets.QHBoxLayout()
        for action in (self.sheet_preview_action, self.sheet_print_action):
            self.sheets.view.addAction(action)
            sheet_row.addWidget(action_button(action))
        sheet_row.addStretch(1)
        self.sheets.layout().addLayout(sheet_row)
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

        self.actions_: dict[str, QAction] = {}
        for key, slot, shortcut in (
            ("import_files", self.choose_files, "Ctrl+I"),
            ("import_folder", self.choose_folder, "Ctrl+Shift+I"),
            ("protocol", self.write_protocol, ""),
            ("summary", self.write_summary, ""),
            ("next_stage", self.export_next_stage, ""),
        ):
            action = QAction(self)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QtGui.QKeySequence(shortcut))
            self.actions_[key] = action
        self.decision_actions = DecisionActions(self)
        self.retranslate()
        self.set_round(round_file)

    # --- the page contract ---

    def page_actions(self) -> list[QAction]:
        return [
            *self.actions_.values(),
            *self.pdf_actions.actions(with_choose=True),
            *self.ncalayer_actions.actions(),
            self.sheet_preview_action,
            self.sheet_print_action,
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
        labels = {
            "import_files": self.tr("Import sheet files…"),
            "import_folder": self.tr("Import a folder of sheets…"),
            "protocol": self.tr("Write the protocol (PDF)…"),
            "summary": self.tr("Write the Excel summary…"),
            "next_stage": self.tr("Export the next-stage round…"),
        }
        for key, action in self.actions_.items():
            action.setText(labels[key])
        self.pdf_actions.retranslate()
        self.ncalayer_actions.retranslate()
        self.sheet_preview_action.setText(self.tr("Print preview of the sheet…"))
        self.sheet_print_action.setText(self.tr("Print the sheet…"))
        for action in (self.sheet_preview_action, self.sheet_print_action):
            action.setToolTip(self.tr("The selected accepted sheet, as the expert's printed form (PDF)"))
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
        self.last_protocol = None
        self.pdf_actions.set_document(None)
        self._load_token += 1
        self._show(None)
        self.stack.setCurrentWidget(self.tabs if round_file else self.placeholder)
        self._set_enabled()
        if self.store is not None:
            token = self._load_token
            operation = self._run(
                self.store.snapshot,
                title=self.tr("Checking the imported sheets"),
                on_success=lambda snapshot: token == self._load_token and self._show(snapshot),
            )
            operation.failed.connect(
                lambda *_: self.summary.setText(
                    self.tr("The chair's data for this round could not be read: see the message above.")
                )
            )

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
        rnd = rf.round
        lang = current_language()
        stage = {
            "department": self.tr("department stage"),
            "faculty": self.tr("faculty stage"),
            "university": self.tr("university stage"),
        }[rnd.stage]
        self.title.setText(localized(rnd.title, lang))
        chair = rnd.commission.chair.name
        self.subtitle.setText(
            self.tr("%1 · chair: %2 · %3 entries, %4 experts · prize places: %5")
            .replace("%1", stage)
            .replace("%2", chair)
            .replace("%3", str(len(rnd.entries)))
            .replace("%4", str(len(rnd.commission.experts)))
            .replace("%5", str(rnd.aggregation.places))
        )
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        s = self.snapshot
        if s is None:
            return self.tr("Reading the imported sheets…") if self.store else ""
        counts = {"ok": 0, "rejected": 0, "superseded": 0, "duplicate": 0, "set_aside": 0}
        for row in s.sheets:
            counts[row.status.status] = counts.get(row.status.status, 0) + 1
        text = (
            self.tr("Sheets: %1 accepted, %2 rejected, %3 superseded, %4 duplicates.")
            .replace("%1", str(counts["ok"]))
            .replace("%2", str(counts["rejected"]))
            .replace("%3", str(counts["superseded"]))
            .replace("%4", str(counts["duplicate"]))
        )
        if counts["set_aside"]:
            text += " " + self.tr("Set aside by the chair: %1.").replace("%1", str(counts["set_aside"]))
        waiting = s.experts_without_sheet()
        if waiting:
            names = [s.round.expert(e).name for e in waiting]
            text += " " + self.tr("Waiting for: %1.").replace("%1", ", ".join(names))
        unchecked = [r for r in s.sheets if r.accepted and not r.paper_checked]
        if unchecked:
            text += " " + self.tr("Not yet compared with paper: %1.").replace("%1", str(len(unchecked)))
        if s.unresolved_ties():
            text += " " + self.tr("A tie on a prize place awaits its resolution (Decisions tab).")
        return text

    def _set_enabled(self) -> None:
        has_round = self.store is not None
        busy = self.operation is not None and self.operation.is_running()
        for widget in (self.import_files_button, self.import_folder_button):
            widget.setEnabled(has_round and not busy)
        self.actions_["import_files"].setEnabled(has_round and not busy)
        self.actions_["import_folder"].setEnabled(has_round and not busy)
        self.actions_["protocol"].setEnabled(self.decisions.protocol_button.isEnabled() and not busy)
        self.actions_["summary"].setEnabled(self.decisions.summary_button.isEnabled() and not busy)
        self.actions_["next_stage"].setEnabled(self.decisions.export_button.isEnabled() and not busy)
        self.pdf_actions.choose.setEnabled(has_round)
        row = self.current_sheet_row()
        for action in (self.sheet_preview_action, self.sheet_print_action):
            action.setEnabled(row is not None and row.accepted and not busy)

    def show_message(self, text: str, level: str = "info") -> None:
        theme_level = {"info": "info", "good": "ok", "warn": "warning", "bad": "error"}[level]
        self.banner.setStyleSheet(theme.banner_style(theme_level))
        self.banner.setText(text)
        self.banner.show()

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

    def import_paths(self, paths: list[str | Path]) -> BackgroundOperation | None:
        if self.store is None:
            return None
        token = self._load_token
        return self._run(
            self.store.import_paths,
            list(paths),
            title=self.tr("Importing sheet files"),
            on_success=lambda outcome: token == self._load_token and self._imported(outcome),
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        self._show(outcome.snapshot)
        report = outcome.report
        added = [r for r in outcome.snapshot.sheets if r.file_name in report.added]
        accepted = sum(1 for r in added if r.accepted)
        parts = [
            self.tr("Imported %1 new file(s): %2 accepted, %3 not taken (see the Sheets tab).")
            .replace("%1", str(len(report.added)))
            .replace("%2", str(accepted))
            .replace("%3", str(len(report.added) - accepted))
        ]
        if report.already:
            parts.append(
                self.tr("Already imported before (nothing changed): %1.").replace("%1", ", ".join(report.already))
            )
        for error in report.unreadable:
            parts.append(self.tr("Could not be read: %1").replace("%1", str(error)))
        level = "bad" if report.unreadable else "warn" if accepted < len(report.added) else "good"
        self.show_message("<br>".join(parts), level)
        self.tabs.setCurrentWidget(self.sheets)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if self.store is not None and self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QtGui.QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

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

    # --- decisions ---

    def _record(self, action: Callable[[], None], reorder: bool = False) -> bool:
        try:
            action()
        except InputError as exc:
            self.show_message(str(exc), "bad")
            self._refresh_decisions()
            return False
        except sqlite3.OperationalError as exc:  # e.g. locked by another Sarapshy on the same data folder
            self.show_message(
                self.tr(
                    "The decision was not recorded: the chair's database is busy (%1). Try again in a moment."
                ).replace("%1", str(exc)),
                "bad",
            )
            self._refresh_decisions()
            return False
        self._refresh_decisions(reorder)
        return True

    def record_paper_check(self, row: SheetRow, checked: bool) -> None:
        if self.store is None:
            return
        if self._record(lambda: self.store.set_paper_checked(row, checked)):
            self.sheets.model.update_row(dataclasses.replace(row, paper_checked=checked))
            for i, r in enumerate(self.snapshot.sheets):
                if r.sha256 == row.sha256:
                    self.snapshot.sheets[i] = dataclasses.replace(r, paper_checked=checked)
            self._show_header()

    def set_sheet_aside(self, row: SheetRow, aside: bool, reason: str | None = None) -> bool:
        """Set an imported file aside (asking the chair why) or take it back; the results follow."""
        if self.store is None:
            return False
        if aside and reason is None:
            reason, ok = QtWidgets.QInputDialog.getMultiLineText(
                self,
                self.tr("Set the sheet aside"),
                self.tr(
                    "Why is %1 set aside? (kept in the audit log; the sheet stays listed but leaves the results)"
                ).replace("%1", row.file_name),
            )
            if not ok:
                return False
        if not self._record(lambda: self.store.set_aside(row, reason or "", aside)):
            return False
        token = self._load_token = self._load_token + 1
        self._run(
            self.store.snapshot,
            title=self.tr("Checking the imported sheets"),
            on_success=lambda snapshot: token == self._load_token and self._show(snapshot),
        )
        return True

    def record_protocol_number(self, number: str) -> None:
        if (
            self.store is not None
            and self.snapshot is not None
            and number.strip() != self.snapshot.decisions.protocol_number
        ):
            self._record(lambda: self.store.set_protocol_number(number))

    def record_nominee(self, entry_id: str, on: bool, nomination: str) -> None:
        if self.store is not None:
            self._record(lambda: self.store.set_nominee(entry_id, on, nomination))

    def record_absent(self, expert_id: str, absent: bool) -> None:
        if self.store is not None:
            self._record(lambda: self.store.set_absent(expert_id, absent))

    def record_advancing(self, entry_ids: list[str]) -> None:
        if self.store is not None:
            self._record(lambda: self.store.set_advancing(entry_ids))

    def resolve_tie(self, entry_ids: list[str]) -> None:
        if self.store is None or self.snapshot is None:
            return
        dialog = TieDialog(self.snapshot, entry_ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        results = self.snapshot.results  # the resolution is recorded against the results it was made on
        dialog.accepted.connect(
            lambda: self._record(
                lambda: self.store.set_tie_resolution(
                    entry_ids, dialog.resolution_text(), dialog.decided_order(), dialog.votes(), results
                ),
                reorder=True,
            )
        )
        dialog.open()
        self.tie_dialog = dialog

    # --- outputs ---

    def export_next_stage(self) -> None:
        """Regulation 9.5: the advancing entries as a next-stage package with the protocol extract."""
        from app.ui.chair.next_stage import export_package

        if self.store is not None and self.snapshot is not None and self.snapshot.decisions.advancing:
            export_package(self)

    def sign_document(self) -> None:
        if self.store is None:
            return
        inputs = self.ask_signing_inputs()
        if inputs is None:
            return
        pdf, p12, passphrase = inputs
        self._run(
            chair_documents.sign_document,
            self.store,
            pdf,
            p12,
            passphrase,
            self.decisions.protocol_language(),
            title=self.tr("Signing the PDF"),
            on_success=lambda signer: self._signed(pdf, signer),
        )

    def _signed(self, pdf: str, signer: str) -> None:
        self.pdf_actions.set_document(pdf)
        self.show_message(self.tr("%1 is signed by %2.").replace("%1", str(pdf)).replace("%2", signer), "good")

    def ask_signing_inputs(self) -> tuple[str, str, str] | None:
        """The PDF to sign, the PKCS#12 key file and its passphrase; None if the chair cancels."""
        start = str(self.last_protocol or self._start_folder())
        pdf, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("The PDF to sign"), start, self.tr("PDF files (*.pdf)")
        )
        if not pdf:
            return None
        p12, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Your signing key"), str(Path(pdf).parent), self.tr("PKCS#12 keys (*.p12 *.pfx)")
        )
        if not p12:
            return None
        passphrase, ok = QtWidgets.QInputDialog.getText(
            self,
            self.tr("Your signing key"),
            self.tr("Passphrase of %1:").replace("%1", Path(p12).name),
            QtWidgets.QLineEdit.EchoMode.Password,
        )
        return (pdf, p12, passphrase) if ok else None

    def write_protocol(self) -> None:
        self._write_document("protocol", self.tr("Write the protocol"), "protocol.pdf", self.tr("PDF files (*.pdf)"))

    def write_summary(self) -> None:
        self._write_document(
            "summary", self.tr("Write the Excel summary"), "summary.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )

    def _write_document(self, kind: DocumentKind, title: str, suggested: str, pattern: str) -> None:
        s = self.snapshot
        if s is None or self.store is None:
            return
        if kind == "protocol" and self.decisions.readiness_model.blocking():
            self.show_message("<br>".join(self.decisions.blocker_texts()), "warn")
            return
        path = self.ask_save_path(title, suggested, pattern)
        if not path:
            return
        self._run(
            chair_documents.write_document,
            self.store,
            s,
            kind,
            path,
            self.decisions.protocol_language(),
            title=title,
            on_success=lambda written: self._written(kind, written),
        )

    def _written(self, kind: str, path: Path) -> None:
        if kind == "protocol":
            self.last_protocol = path
            self.pdf_actions.set_document(path)
        self.show_message(self.tr("Written: %1").replace("%1", str(path)), "good")

    # --- printing the sheets ---

    def current_sheet_row(self) -> SheetRow | None:
        index = self.sheets.view.currentIndex()
        rows = self.sheets.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def print_sheet(self, preview: bool) -> None:
        """Make the selected accepted sheet's PDF (the expert's form), then preview or print it."""
        row = self.current_sheet_row()
        if row is None or not row.accepted or self.store is None or self.round_file is None:
            return
        name = file_name_part(Path(row.file_name).name.removesuffix(".json"), "sheet")
        out = Path(self.sheet_pdfs.name) / f"{name}-{row.sha256[:8]}.pdf"
        self._run(
            self.sheet_pdf,
            row,
            out,
            self.decisions.protocol_language(),
            title=self.tr("Preparing the sheet for printing"),
            on_success=lambda path: self._sheet_ready(path, preview),
        )

    def sheet_pdf(self, row: SheetRow, out: Path, lang: str) -> Path:
        from app.reports.sheet_pdf import write_sheet_pdf

        stored = self.store.stored_file(row.sha256)
        if stored is None:
            raise InputError(
                row.file_name,
                "",
                "the imported file is no longer in the chair's database",
                "import the sheet file again",
            )
        file_name, raw = stored
        return write_sheet_pdf(self.round_file, parse_sheet(raw, file_name), out, lang)

    def _sheet_ready(self, path: Path, preview: bool) -> None:
        self.last_sheet_pdf = path
        self.print_dialog = preview_pdf(path, self) if preview else print_pdf(path, self)
