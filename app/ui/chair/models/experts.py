"""Each expert against the rest of the panel: entries scored, mean and SD of the totals, Spearman's ρ."""

from __future__ import annotations

from typing import Any

from app.ui import theme
from app.ui.chair.models.formatting import number
from app.ui.chair.models.roles import (
    ALIGN,
    BACKGROUND,
    DISPLAY,
    NUMBER_ALIGN,
    TOOLTIP,
    KeyRole,
    RoleHandler,
    ValueRole,
)
from app.ui.chair.models.snapshot_model import SnapshotModel
from app.ui.qt import ModelIndex, QtCore, QtGui


class ExpertsModel(SnapshotModel):
    NAME, SCORED_COUNT, MEAN, SD, SPEARMAN, FLAG = range(6)

    def _rebuild(self) -> None:
        self.experts = list(self.snapshot.results.experts) if self.snapshot else []

    def headers(self) -> list[str]:
        return [
            self.tr("Expert"),
            self.tr("Scored"),
            self.tr("Mean total"),
            self.tr("SD"),
            self.tr("Spearman ρ"),
            self.tr("Flag"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() or self.snapshot is None else len(self.experts)

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            ValueRole: self.value,
            KeyRole: lambda row, col: self.experts[row].expert_id,
            DISPLAY: self.display,
            BACKGROUND: self.background,
            TOOLTIP: self.tooltip,
            ALIGN: lambda row, col: NUMBER_ALIGN if col not in (self.NAME, self.FLAG) else None,
        }

    def value(self, row: int, col: int) -> Any:
        x = self.experts[row]
        return (
            self.expert_short(x.expert_id),
            x.entries_scored,
            x.mean_total,
            x.sd_total,
            x.spearman_vs_rest,
            x.flag,
        )[col]

    def display(self, row: int, col: int) -> str:
        x = self.experts[row]
        if col == self.MEAN:
            return number(x.mean_total)
        if col == self.SD:
            return number(x.sd_total)
        if col == self.SPEARMAN:
            return number(x.spearman_vs_rest)
        if col == self.FLAG:
            return self.tr("differs from the panel") if x.flag else ""
        return str(self.value(row, col))

    def background(self, row: int, col: int) -> QtGui.QColor | None:
        flagged = self.experts[row].flag and col in (self.SPEARMAN, self.FLAG)
        return theme.colour("warning_background") if flagged else None

    def tooltip(self, row: int, col: int) -> str | None:
        if col == self.NAME:
            return self.expert_name(self.experts[row].expert_id)
        if col == self.SPEARMAN:
            return self.tr(
                "Spearman's rank correlation between this expert's totals and the mean of the "
                "other experts' totals; a low value asks for a look (regulation 14.1)"
            )
        return None
