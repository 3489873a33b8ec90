"""The chair's actions around the decisions: recording each decision the desk's views ask for,
settling what blocks the protocol, confirming or withdrawing an out-of-date decision, the decisions
file, the audit log. Attached to the desk; a decision is one small transaction done on the spot,
after which the desk rereads the decisions, so what is shown is what is recorded."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.chair import SheetRow
from app.models.decisions import tie_key
from app.models.decisions_file import read_decisions
from app.models.errors import InputError
from app.models.readiness import ReadinessItem
from app.reports.chair_documents import write_audit_annex
from app.ui.chair.audit_view import AuditDialog
from app.ui.chair.decision_errors import decisions_error_text
from app.ui.chair.decision_texts import DecisionTexts
from app.ui.chair.tie_dialog import TieDialog
from app.ui.i18n import translate
from app.ui.qt import Qt, QtCore, QtWidgets

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
        panel.protocol_number_changed.connect(self.record_protocol_number)
        panel.resolve_tie_requested.connect(self.resolve_tie)
        panel.model.nominee_changed.connect(self.record_nominee)
        panel.model.advancing_changed.connect(self.record_advancing)
        panel.absent_model.absent_changed.connect(self.record_absent)
        panel.take_suggestion_requested.connect(self.take_suggestion)
        desk.sheets.model.paper_check_toggled.connect(self.record_paper_check)
        desk.sheets.set_aside_requested.connect(self.set_sheet_aside)
        self.tie_dialog: TieDialog | None = None

    # --- recording a decision ---

    def record(self, action: Callable[[], object], reorder: bool = False) -> bool:
        """Run one recording `action`; a refusal or a busy database is a message, and the views are
        refreshed from the store either way."""
        desk = self.desk
        try:
            action()
        except InputError as exc:
            desk.show_message(str(exc), "bad")
            desk._refresh_decisions()
            return False
        except sqlite3.OperationalError as exc:  # e.g. locked by another Sarapshy on the same data folder
            desk.show_message(
                translate(
                    "ChairDesk",
                    "The decision was not recorded: the chair's database is busy (%1). Try again in a moment.",
                ).replace("%1", str(exc)),
                "bad",
            )
            desk._refresh_decisions()
            return False
        desk._refresh_decisions(reorder)
        return True

    def record_paper_check(self, row: SheetRow, checked: bool) -> None:
        desk, store, s = self.desk, self.desk.store, self.desk.snapshot
        if store is None or s is None:
            return
        if self.record(lambda: store.set_paper_checked(row, checked)):
            desk.sheets.model.update_row(dataclasses.replace(row, paper_checked=checked))
            for i, r in enumerate(s.sheets):
                if r.sha256 == row.sha256:
                    s.sheets[i] = dataclasses.replace(r, paper_checked=checked)
            desk._show_header()

    def set_sheet_aside(self, row: SheetRow, aside: bool, reason: str | None = None) -> bool:
        """Set an imported file aside (asking the chair why) or take it back; the results follow."""
        desk, store = self.desk, self.desk.store
        if store is None:
            return False
        if aside and reason is None:
            reason, ok = QtWidgets.QInputDialog.getMultiLineText(
                desk,
                translate("ChairDesk", "Set the sheet aside"),
                translate(
                    "ChairDesk",
                    "Why is %1 set aside? (kept in the audit log; the sheet stays listed but leaves the results)",
                ).replace("%1", row.file_name),
            )
            if not ok:
                return False
        if not self.record(lambda: store.set_aside(row, reason or "", aside)):
            return False
        desk.reload()
        return True

    def record_protocol_number(self, number: str) -> None:
        store, s = self.desk.store, self.desk.snapshot
        if store is not None and s is not None and number.strip() != s.decisions.protocol_number:
            self.record(lambda: store.set_protocol_number(number))

    def record_nominee(self, entry_id: str, on: bool, nomination: str) -> None:
        store = self.desk.store
        if store is not None:
            self.record(lambda: store.set_nominee(entry_id, on, nomination))

    def record_absent(self, expert_id: str, absent: bool) -> None:
        store = self.desk.store
        if store is not None:
            self.record(lambda: store.set_absent(expert_id, absent))

    def record_advancing(self, entry_ids: list[str]) -> None:
        store = self.desk.store
        if store is not None:
            self.record(lambda: store.set_advancing(entry_ids))

    def take_suggestion(self) -> None:
        if self.desk.snapshot is not None:
            self.record_advancing(self.desk.snapshot.suggested_advancing())

    def resolve_tie(self, entry_ids: list[str]) -> None:
        desk, store, s = self.desk, self.desk.store, self.desk.snapshot
        if store is None or s is None:
            return
        dialog = TieDialog(s, entry_ids, desk)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        results = s.results  # the resolution is recorded against the results it was made on
        dialog.accepted.connect(
            lambda: self.record(
                lambda: store.set_tie_resolution(
                    entry_ids, dialog.resolution_text(), dialog.decided_order(), dialog.votes(), results
                ),
                reorder=True,
            )
        )
        dialog.open()
        self.tie_dialog = dialog

    # --- what blocks the protocol ---

    def settle(self, item: ReadinessItem) -> None:
        desk, store, s = self.desk, self.desk.store, self.desk.snapshot
        if store is None or s is None:
            return
        code, args = item.code, item.args
        if code == "tie_unresolved":
            self.resolve_tie(args[1].split(", "))
        elif code == "tie_out_of_date":
            group = args[0].split(" = ")
            answer = self.ask_stale(self.texts.readiness(item), still_tied=self._still_tied(group))
            if answer == "confirm":
                self.confirm_tie(group)
            elif answer == "withdraw":
                self.withdraw_tie(group)
        elif code == "place_out_of_date":
            self.record(lambda: store.set_place(args[0], None), reorder=True)
        elif code == "protocol_number_missing":
            desk.decisions.protocol_number.setFocus()
        elif code == "sheet_missing":
            if self.ask_yes(self.texts.not_submitted_question(args[1])):
                self.record(lambda: store.set_not_submitted(args[0], True))
        elif code == "paper_unchecked":
            row = next((r for r in s.sheets if r.file_name == args[0] and r.accepted), None)
            reason = self.ask_text(self.texts.paper_reason_question(args[0])) if row else ""
            if row and reason:
                self.record(lambda: store.set_paper_waived(row, reason))
        elif code == "key_changed":
            desk.show_message(self.texts.key_hint(), "warn")
            desk.tabs.setCurrentWidget(desk.sheets)

    def _still_tied(self, group: list[str]) -> bool:
        s = self.desk.snapshot
        return s is not None and any(tie_key(g) == tie_key(group) for g in s.results.prize_ties)

    def confirm_tie(self, group: list[str]) -> None:
        store, s = self.desk.store, self.desk.snapshot
        if store is None or s is None:
            return
        resolution = s.decisions.tie_resolutions.get(tie_key(group))
        if resolution is not None and self._still_tied(group):
            self.record(lambda: store.confirm_tie_resolution(resolution, s.results), reorder=True)

    def withdraw_tie(self, group: list[str]) -> None:
        store, s = self.desk.store, self.desk.snapshot
        if s is not None and store is not None:
            self.record(lambda: store.set_tie_resolution(group, "", results=s.results), reorder=True)

    # --- the decisions file ---

    def export_decisions(self) -> None:
        desk, store, s = self.desk, self.desk.store, self.desk.snapshot
        if store is None or s is None:
            return
        path = desk.ask_save_path(
            self.texts.export_decisions().rstrip("…"), "decisions.json", self.texts.decisions_files()
        )
        if path and self.record(lambda: store.export_decisions(s, path)):
            desk.show_message(self.texts.exported(path), "good")

    def import_decisions(self) -> None:
        desk, store, s = self.desk, self.desk.store, self.desk.snapshot
        if store is None or s is None:
            return
        path = self.ask_open_decisions()
        if not path:
            return
        try:  # read it whole first: a bad file records nothing
            decisions = read_decisions(path, s.round_file)
        except InputError as exc:
            desk.show_message(decisions_error_text(exc), "bad")
            return
        if self.record(lambda: store.import_decisions(decisions, s, str(path)), reorder=True):
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
        desk, dialog = self.desk, self.audit_dialog
        if desk.store is None or dialog is None:
            return
        path = desk.ask_save_path(dialog.print_button.text().rstrip("…"), "audit-annex.pdf", "PDF (*.pdf)")
        if not path:
            return
        desk._run(
            write_audit_annex,
            desk.store,
            path,
            desk.decisions.protocol_language(),
            title=dialog.windowTitle(),
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
