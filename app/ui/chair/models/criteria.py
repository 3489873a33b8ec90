"""Per-criterion statistics: how many scores each criterion got, their mean, SD, lowest and highest."""

from __future__ import annotations

from typing import Any

from app.models.localized import localized
from app.ui.chair.models.formatting import number
from app.ui.chair.models.roles import ALIGN, DISPLAY, NUMBER_ALIGN, TOOLTIP, KeyRole, RoleHandler, ValueRole
from app.ui.chair.models.snapshot_model import SnapshotModel
from app.ui.i18n import current_language
from app.ui.qt import ModelIndex, QtCore


class CriteriaModel(SnapshotModel):
    NUMBER, TITLE, COUNT, MEAN, SD, MIN, MAX = range(7)

    def _rebuild(self) -> None:
        self.stats = list(self.snapshot.results.criteria) if self.snapshot else []

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Criterion"),
            self.tr("Scores"),
            self.tr("Mean"),
            self.tr("SD"),
            self.tr("Min"),
            self.tr("Max"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() or self.snapshot is None else len(self.stats)

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            ValueRole: self.value,
            KeyRole: lambda row, col: self.stats[row].criterion_id,
            DISPLAY: self.display,
            TOOLTIP: lambda row, col: self.title(row) if col == self.TITLE else None,
            ALIGN: lambda row, col: NUMBER_ALIGN if col != self.TITLE else None,
        }

    def title(self, row: int) -> str:
        criterion_id = self.stats[row].criterion_id
        criterion = self.snapshot.round.criterion(criterion_id) if self.snapshot else None
        return localized(criterion.title, current_language()) if criterion else criterion_id

    def value(self, row: int, col: int) -> Any:
        stat = self.stats[row]
        return (row + 1, self.title(row), stat.n, stat.mean, stat.sd, stat.min, stat.max)[col]

    def display(self, row: int, col: int) -> str:
        stat = self.stats[row]
        if col in (self.MEAN, self.SD):
            return number(stat.mean if col == self.MEAN else stat.sd)
        if col in (self.MIN, self.MAX):
            return number(stat.min if col == self.MIN else stat.max, 0)
        return self.title(row) if col == self.TITLE else str(self.value(row, col))
