"""Robustness: the rank each entry would have under other aggregation methods than the official sum."""

from __future__ import annotations

from typing import Any

from app.models.results import EntryResult
from app.ui import theme
from app.ui.chair.models.formatting import DASH
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


class RobustnessModel(SnapshotModel):
    """Rows: entries in the official order; columns: the rank under each method."""

    ENTRY, SUM = 0, 1
    METHODS = ("mean", "trimmed_mean", "median", "zscore")

    def _rebuild(self) -> None:
        s = self.snapshot
        self.entries = [e for e in s.final_order() if e.rank is not None] if s else []
        self.methods = {m.method: m for m in s.results.robustness.methods} if s else {}
        self.official = dict(s.results.robustness.prize_places) if s else {}
        self.places = s.results.places if s else 0

    def method_label(self, method: str) -> str:
        return {
            "sum": self.tr("Sum (official)"),
            "mean": self.tr("Mean"),
            "trimmed_mean": self.tr("Trimmed mean"),
            "median": self.tr("Median"),
            "zscore": self.tr("z-scores"),
        }[method]

    def headers(self) -> list[str]:
        return [self.tr("Entry"), self.method_label("sum"), *[self.method_label(m) for m in self.METHODS]]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() or self.snapshot is None else len(self.entries)

    def rank(self, entry: EntryResult, col: int) -> int | None:
        if col == self.SUM:
            return entry.rank
        method = self.methods.get(self.METHODS[col - 2])
        return method.ranks.get(entry.entry_id) if method else None

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            KeyRole: lambda row, col: self.entries[row].entry_id,
            ValueRole: self.value,
            DISPLAY: self.display,
            TOOLTIP: lambda row, col: self.title(row) if col == self.ENTRY else None,
            ALIGN: lambda row, col: NUMBER_ALIGN if col != self.ENTRY else None,
            BACKGROUND: self.background,
        }

    def title(self, row: int) -> str:
        return self.entry_title(self.entries[row].entry_id)

    def value(self, row: int, col: int) -> Any:
        return self.title(row) if col == self.ENTRY else self.rank(self.entries[row], col)

    def display(self, row: int, col: int) -> str:
        if col == self.ENTRY:
            return self.title(row)
        rank = self.rank(self.entries[row], col)
        return DASH if rank is None else str(rank)

    def background(self, row: int, col: int) -> QtGui.QColor | None:
        """Warning colour where another method moves the entry into or out of the prize places."""
        if col <= self.SUM:
            return None
        entry = self.entries[row]
        rank = self.rank(entry, col)
        in_prizes = rank is not None and rank <= self.places
        return theme.colour("warning_background") if in_prizes != (entry.entry_id in self.official) else None
