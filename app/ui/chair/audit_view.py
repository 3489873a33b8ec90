"""The chair's audit log: every import, paper check, set-aside, decision and document, with the
check of its hash chain, and printing it as a protocol annex (PDF)."""

from __future__ import annotations

from typing import Any

from app.models.audit import AuditRecord
from app.models.round import RoundFile
from app.reports.audit_events import event_details, event_title
from app.ui.chair.models.roles import DISPLAY, TOOLTIP, KeyRole
from app.ui.chair.panels import table_view
from app.ui.i18n import current_language
from app.ui.qt import ModelIndex, Qt, QtCore, QtWidgets, Signal
from app.ui.widgets.coloured_text import colour_text
from app.ui.widgets.remembered_dialog import RememberedDialog


class AuditLogModel(QtCore.QAbstractTableModel):
    """Rows: records, oldest first. Columns: number, time, event, details, hash."""

    SEQ, TIME, EVENT, DETAILS, HASH = range(5)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[AuditRecord] = []
        self.round_file: RoundFile | None = None

    def set_records(self, round_file: RoundFile | None, records: list[AuditRecord]) -> None:
        self.beginResetModel()
        self.round_file, self.records = round_file, list(records)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return [self.tr("No."), self.tr("Time"), self.tr("Event"), self.tr("Details"), self.tr("Hash")][section]
        return None

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == KeyRole:
            return record.seq
        if role not in (DISPLAY, TOOLTIP):
            return None
        lang = current_language()
        column = index.column()
        if column == self.SEQ:
            return record.seq
        if column == self.TIME:
            return record.at.replace("T", " ")
        if column == self.EVENT:
            return event_title(record.event, lang)
        if column == self.DETAILS:
            return event_details(record, self.round_file, lang)
        return record.hash if role == TOOLTIP else record.hash[:12] + "…"


class AuditDialog(RememberedDialog):
    """The log in a window of its own (the chair keeps working beside it)."""

    print_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__("audit", (1100, 600), parent)
        self.setObjectName("audit_dialog")
        self.model = AuditLogModel(self)
        self.view = table_view(self.model, "audit_table", stretch=AuditLogModel.DETAILS)
        self.view.setWordWrap(True)
        self.chain = QtWidgets.QLabel()
        self.chain.setObjectName("audit_chain")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QtWidgets.QPushButton()
        self.print_button.setObjectName("print_audit")
        self.print_button.clicked.connect(self.print_requested)
        close = QtWidgets.QPushButton()
        close.clicked.connect(self.close)
        self.close_button = close
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.problems: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log of the round"))
        self.print_button.setText(self.tr("Print as a protocol annex (PDF)…"))
        self.close_button.setText(self.tr("Close"))
        self._show_chain()

    def show_log(self, round_file: RoundFile | None, records: list[AuditRecord], problems: list[str]) -> None:
        self.model.set_records(round_file, records)
        self.problems = list(problems)
        self._show_chain()
        if records:
            self.view.scrollToBottom()

    def _show_chain(self) -> None:
        if self.problems:
            self.chain.setText(
                "<b>"
                + self.tr("The log's chain is BROKEN: it was changed outside the program.")
                + "</b><br>"
                + "<br>".join(self.problems)
            )
            colour_text(self.chain, "error")
        else:
            count = self.model.rowCount()
            self.chain.setText(
                self.tr("The log's chain is intact: %1 records, each bound to the hash of the one before.").replace(
                    "%1", str(count)
                )
            )
            colour_text(self.chain, "ok")
