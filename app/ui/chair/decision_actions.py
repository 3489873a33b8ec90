"""The chair's actions around the decisions: settling what blocks the protocol, confirming or
withdrawing an out-of-date decision, the decisions file, the audit log. Attached to the desk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.models.decisions import tie_key
from app.models.decisions_file import read_decisions
from app.models.errors import InputError
from app.models.readiness import ReadinessItem
from app.reports.chair_documents import write_audit_annex
from app.ui.chair.audit_view import AuditDialog
from app.ui.chair.decision_errors import decisions_error_text
from app.ui.chair.decision_texts import DecisionTexts
from app.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from app.ui.chair.desk import ChairDesk


class DecisionActions(QtCore.QObject):
    def __init__(self, desk: ChairDesk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.texts = DecisionTexts(self)
        self.audit_dialog: AuditDialog | None = None
        panel = desk.decisions
        panel.settle_requested.connect(self.settle)
        panel.confirm_tie_requested.connect(self.confirm_tie)
        panel.withdraw_tie_requested.connect(self.withdraw_tie)
        panel.export_decisions_requested.connect(self.export_decisions)
        panel.import_decisions_requested.connect(self.import_decisions)
        panel.audit_requested.connect(self.show_audit)

    # --- what blocks the protocol ---

    def settle(self, item: ReadinessItem) -> None:
        desk, s = self.desk, self.desk.snapshot
        if desk.store is None or s is None:
            return
        code, args = item.code, item.args
        if code == "tie_unresolved":
            desk.resolve_tie(args[1].split(", "))
        elif code == "tie_out_of_date":
            group = args[0].split(" = ")
            answer = self.ask_stale(self.texts.readiness(item), still_tied=self._still_tied(group))
            if answer == "confirm":
                self.confirm_tie(group)
            elif answer == "withdraw":
                self.withdraw_tie(group)
        elif code == "place_out_of_date":
            desk._record(lambda: desk.store.set_place(args[0], None), reorder=True)
        elif code == "protocol_number_missing":
            desk.decisions.protocol_number.setFocus()
        elif code == "sheet_missing":
            if self.ask_yes(self.texts.not_submitted_question(args[1])):
                desk._record(lambda: desk.store.set_not_submitted(args[0], True))
        elif code == "paper_unchecked":
            row = next((r for r in s.sheets if r.file_name == args[0] and r.accepted), None)
            reason = self.ask_text(self.texts.paper_reason_question(args[0])) if row else ""
            if row and reason:
                desk._record(lambda: desk.store.set_paper_waived(row, reason))
        elif code == "key_changed":
            desk.show_message(self.texts.key_hint(), "warn")
            desk.tabs.setCurrentWidget(desk.sheets)

    def _still_tied(self, group: list[str]) -> bool:
        results = self.desk.snapshot.results
        return any(tie_key(g) == tie_key(group) for g in results.prize_ties)

    def confirm_tie(self, group: list[str]) -> None:
        desk, s = self.desk, self.desk.snapshot
        resolution = s.decisions.tie_resolutions.get(tie_key(group)) if s else None
        if resolution is not None and self._still_tied(group):
            desk._record(lambda: desk.store.confirm_tie_resolution(resolution, s.results), reorder=True)

    def withdraw_tie(self, group: list[str]) -> None:
        desk, s = self.desk, self.desk.snapshot
        if s is not None and desk.store is not None:
            desk._record(lambda: desk.store.set_tie_resolution(group, "", results=s.results), reorder=True)

    # --- the decisions file ---

    def export_decisions(self) -> None:
        desk, s = self.desk, self.desk.snapshot
        if desk.store is None or s is None:
            return
        path = desk.ask_save_path(
            self.texts.export_decisions().rstrip("…"), "decisions.json", self.texts.decisions_files()
        )
        if path and desk._record(lambda: desk.store.export_decisions(s, path)):
            desk.show_message(self.texts.exported(path), "good")

    def import_decisions(self) -> None:
        desk, s = self.desk, self.desk.snapshot
        if desk.store is None or s is None:
            return
        path = self.ask_open_decisions()
        if not path:
            return
        try:  # read it whole first: a bad file records nothing
            decisions = read_decisions(path, s.round_file)
        except InputError as exc:
            desk.show_message(decisions_error_text(exc), "bad")
            return
        if desk._record(lambda: desk.store.import_decisions(decisions, s, str(path)), reorder=True):
            desk.show_message(self.texts.imported(path), "good")

    # --- the audit log ---

    def show_audit(self) -> None:
        desk = self.desk
        if desk.store is None:
            return
        if self.audit_dialog is None:
            self.audit_dialog = AuditDialog(desk)
            self.audit_dialog.print_requested.connect(self.print_audit)
        self.refresh_audit()
        self.audit_dialog.show()
        self.audit_dialog.raise_()

    def refresh_audit(self) -> None:
        if self.audit_dialog is not None and self.desk.store is not None:
            records, problems = self.desk.store.audit_log()
            self.audit_dialog.show_log(self.desk.round_file, records, problems)

    def print_audit(self) -> None:
        desk = self.desk
        if desk.store is None:
            return
        path = desk.ask_save_path(self.audit_dialog.print_button.text().rstrip("…"), "audit-annex.pdf", "PDF (*.pdf)")
        if not path:
            return
        desk._run(
            write_audit_annex,
            desk.store,
            path,
            desk.decisions.protocol_language(),
            title=self.audit_dialog.windowTitle(),
            on_success=self._audit_printed,
        )

    def _audit_printed(self, path: Path) -> None:
        self.refresh_audit()
        self.desk.pdf_actions.set_document(path)
        self.desk.show_message(self.texts.written(str(path)), "good")

    # --- questions (tests replace them) ---

    def ask_open_decisions(self) -> str:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.desk,
            self.texts.import_decisions().rstrip("…"),
            str(self.desk._start_folder()),
            self.texts.decisions_files(),
        )
        return path

    def ask_yes(self, question: str) -> bool:
        answer = QtWidgets.QMessageBox.question(self.desk, self.texts.settle_title(), question)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def ask_text(self, question: str) -> str:
        text, ok = QtWidgets.QInputDialog.getText(self.desk, self.texts.settle_title(), question)
        return text.strip() if ok else ""

    def ask_stale(self, text: str, still_tied: bool) -> str | None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.texts.settle_title(),
            self.texts.stale_question(text),
            parent=self.desk,
        )
        confirm = box.addButton(self.texts.confirm_again(), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        confirm.setEnabled(still_tied)
        withdraw = box.addButton(self.texts.withdraw(), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "confirm" if clicked is confirm else "withdraw" if clicked is withdraw else None
