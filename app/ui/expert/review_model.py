"""The review before signing as a table: each course's total, how much of it was watched, and the
soft warnings (see app/models/sheet_review.py) the expert confirms having looked at."""

from __future__ import annotations

from typing import Any

from app.models.localized import localized
from app.models.round import RoundFile
from app.models.sheet_review import LITTLE_WATCHED, MEDIA_BREACH, NO_COMMENT, RECUSED, WATCHED_AT_LEAST, ReviewRow
from app.ui import theme
from app.ui.qt import ModelIndex, Qt, QtCore

NUMBER, COURSE, TOTAL, WATCHED, WARNINGS = range(5)
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_CODES_ROLE = Qt.ItemDataRole.UserRole + 2


class ReviewTableModel(QtCore.QAbstractTableModel):
    def __init__(
        self, round_file: RoundFile, rows: list[ReviewRow], lang: str, parent: QtCore.QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._round_file = round_file
        self._rows = list(rows)
        self._lang = lang

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NUMBER: self.tr("№"),
            COURSE: self.tr("Course"),
            TOTAL: self.tr("Total"),
            WATCHED: self.tr("Watched"),
            WARNINGS: self.tr("To look at"),
        }.get(section)

    def warned_count(self) -> int:
        return sum(1 for row in self._rows if row.warnings)

    def warning_text(self, row: ReviewRow) -> str:
        texts = {
            NO_COMMENT: self.tr("the «overall impression» comment is empty"),
            LITTLE_WATCHED: self.tr("less than %1% of the videos watched").replace(
                "%1", str(round(WATCHED_AT_LEAST * 100))
            ),
            MEDIA_BREACH: self.tr("%n video(s) break form -02", "", row.media_breaches or 0),
            RECUSED: self.tr("recused: %1").replace("%1", row.recusal_reason or "—"),
        }
        return "; ".join(texts[code] for code in row.warnings)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ENTRY_ID_ROLE:
            return row.entry_id
        if role == WARNING_CODES_ROLE:
            return row.warnings
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return str(row.number)
            if column == COURSE:
                entry = self._round_file.entry(row.entry_id)
                return localized(entry.title, self._lang) if entry else row.entry_id
            if column == TOTAL:
                return "—" if row.total is None else f"{row.total} / {row.max_total}"
            if column == WATCHED:
                return "—" if row.watched is None else f"{round(row.watched * 100)}%"
            if column == WARNINGS:
                return self.warning_text(row) or self.tr("nothing")
        if role == Qt.ItemDataRole.ToolTipRole and column == WARNINGS:
            return self.warning_text(row) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.warnings:
            return theme.brush("warning_background")
        if role == Qt.ItemDataRole.ForegroundRole and row.warnings:
            return theme.brush("warning")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, TOTAL, WATCHED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
