"""The sheets table: every imported file with its status, reason, verification code, key
fingerprint and whether the chair compared it with the paper sheet."""

from __future__ import annotations

from typing import Any

from app.models.chair import SheetRow
from app.ui import theme
from app.ui.chair.models.formatting import DASH
from app.ui.chair.models.roles import (
    BACKGROUND,
    CHECK,
    DISPLAY,
    EDIT,
    TOOLTIP,
    KeyRole,
    RoleHandler,
    ValueRole,
    check_state,
    is_checked,
)
from app.ui.chair.models.snapshot_model import SnapshotModel
from app.ui.conflict_texts import answer_problem_text
from app.ui.qt import ModelIndex, Qt, QtCore, QtGui, Signal

STATUS_BACKGROUND = {"ok": "ok_background", "rejected": "error_background"}  # others: muted


class SheetsModel(SnapshotModel):
    """Every imported file: status, reason, verification code, key fingerprint, paper match."""

    FILE, EXPERT, REVISION, STATUS, REASON, CODE, FINGERPRINT, PAPER = range(8)
    paper_check_toggled = Signal(object, bool)  # SheetRow, checked

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SheetRow] = []

    def _rebuild(self) -> None:
        self.rows = list(self.snapshot.sheets) if self.snapshot else []

    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Expert"),
            self.tr("Revision"),
            self.tr("Status"),
            self.tr("Reason"),
            self.tr("Verification code"),
            self.tr("Key fingerprint"),
            self.tr("Compared with paper"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def status_text(self, row: SheetRow) -> str:
        return {
            "ok": self.tr("accepted"),
            "rejected": self.tr("rejected"),
            "superseded": self.tr("superseded"),
            "duplicate": self.tr("duplicate"),
            "set_aside": self.tr("set aside"),
        }.get(row.status.status, row.status.status)

    def reason_text(self, row: SheetRow) -> str:
        s = row.status
        if s.status == "ok":
            return self.tr("the same key also signs another expert's sheets") if s.flag == "shared_key" else ""
        if s.status == "set_aside":
            return self.tr("set aside by the chair: %1").replace("%1", s.reason.split(": ", 1)[-1])
        if s.status == "superseded":
            return self.tr("revision %1; a newer revision of this expert is taken").replace("%1", str(s.revision))
        if s.status == "duplicate":
            return self.tr("the same sheet as %1").replace("%1", s.same_as)
        return self.rejection_texts().get(s.reason_code, s.reason)

    def rejection_texts(self) -> dict[str, str]:
        """Why a sheet is rejected, by the core's reason code."""
        return {
            "malformed": self.tr("not a readable sheet file"),
            "bad_signature": self.tr("the signature does not match (changed after signing, or not signed)"),
            "other_round": self.tr("belongs to another round"),
            "round_edited": self.tr("the round file was edited after the expert scored it"),
            "unknown_expert": self.tr("the expert is not in this round's commission"),
            "key_mismatch": self.tr("signed with another key than the one pinned in the round"),
            "out_of_range": self.tr("a score is out of range"),
            "incomplete": self.tr("the sheet is incomplete"),
            "not_in_round": self.tr("scores entries or criteria that are not in the round"),
            "conflict": self.tr("different sheets with the same revision from one expert"),
            "key_changed": self.tr("this expert's sheets are signed with different keys: set the wrong one aside"),
            "unreadable": self.tr("the file cannot be read or checked"),
            "conflict_answer": answer_problem_text(),
        }

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            KeyRole: self.key,
            CHECK: self.paper_check,
            ValueRole: self.value,
            DISPLAY: self.display,
            TOOLTIP: self.tooltip,
            BACKGROUND: self.background,
        }

    def key(self, row: int, col: int) -> str:
        return self.rows[row].sha256

    def paper_check(self, row: int, col: int) -> Any:
        sheet = self.rows[row]
        return check_state(sheet.paper_checked) if col == self.PAPER and sheet.accepted else None

    def value(self, row: int, col: int) -> Any:
        sheet = self.rows[row]
        s = sheet.status
        return (
            sheet.file_name,
            sheet.expert_name or s.expert_id or "",
            s.revision,
            s.status,
            s.reason,
            s.code,
            s.fingerprint,
            sheet.paper_checked,
        )[col]

    def display(self, row: int, col: int) -> str:
        sheet = self.rows[row]
        if col == self.STATUS:
            return self.status_text(sheet)
        if col == self.REASON:
            return self.reason_text(sheet)
        if col == self.REVISION:
            return "" if sheet.status.revision is None else str(sheet.status.revision)
        if col == self.PAPER:
            return self.tr("yes") if sheet.paper_checked else "" if sheet.accepted else DASH
        return self.value(row, col) or ""

    def tooltip(self, row: int, col: int) -> str | None:
        sheet = self.rows[row]
        s = sheet.status
        if col == self.REASON and s.reason:
            return s.reason
        if col == self.FINGERPRINT and s.fingerprint:
            return (
                self.tr("The key is the one pinned in the round.")
                if s.key_pinned
                else self.tr("No key is pinned for this expert: compare the fingerprint with the paper sheet.")
            )
        return sheet.file_name if col == self.FILE else None

    def background(self, row: int, col: int) -> QtGui.QColor | None:
        if col != self.STATUS:
            return None
        s = self.rows[row].status
        if s.flag:
            return theme.colour("error_background")
        return theme.colour(STATUS_BACKGROUND.get(s.status, "muted_background"))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.PAPER and self.rows[index.row()].accepted:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = EDIT) -> bool:
        if role == CHECK and index.isValid() and index.column() == self.PAPER:
            row = self.rows[index.row()]
            if row.accepted:
                self.paper_check_toggled.emit(row, is_checked(value))
                return True
        return False

    def update_row(self, new: SheetRow) -> None:
        for i, row in enumerate(self.rows):
            if row.sha256 == new.sha256:
                self.rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
