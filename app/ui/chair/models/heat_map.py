"""The heat map: entries in rank order × panel experts, each cell coloured by the expert's total."""

from __future__ import annotations

from app.models.results import EntryResult
from app.ui import theme
from app.ui.chair.models.formatting import DASH, elide
from app.ui.chair.models.roles import (
    ALIGN,
    BACKGROUND,
    CENTER_ALIGN,
    DISPLAY,
    FOREGROUND,
    TOOLTIP,
    RoleHandler,
    ValueRole,
)
from app.ui.chair.models.snapshot_model import EntriesByExpertsModel
from app.ui.qt import QtGui


class HeatMapModel(EntriesByExpertsModel):
    """Rows: entries in rank order; columns: panel experts; the cell's colour shows the total."""

    def _rebuild(self) -> None:
        s = self.snapshot
        self.entries: list[EntryResult] = s.final_order() if s else []
        self.panel = list(s.results.panel) if s else []
        self.row_ids = [e.entry_id for e in self.entries]
        self.column_ids = self.panel
        totals = [t for e in self.entries for t in e.totals.values()]
        self.low, self.high = (min(totals), max(totals)) if totals else (0, 1)

    def headers(self) -> list[str]:
        return [str(self.expert_position(e)) for e in self.panel]

    def row_label(self, row: int) -> str:
        entry = self.entries[row]
        return f"{entry.rank or DASH}. {elide(self.entry_title(entry.entry_id), 26)}"

    def colour(self, total: int) -> QtGui.QColor:
        """White for the lowest total given, deep blue for the highest."""
        share = (total - self.low) / (self.high - self.low) if self.high > self.low else 1.0
        return theme.heat(share)

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            ValueRole: self.total,
            DISPLAY: self.display,
            BACKGROUND: self.background,
            FOREGROUND: self.foreground,
            ALIGN: lambda row, col: CENTER_ALIGN,
            TOOLTIP: self.tooltip,
        }

    def total(self, row: int, col: int) -> int | None:
        return self.entries[row].totals.get(self.panel[col])

    def recused(self, row: int, col: int) -> bool:
        return self.panel[col] in self.entries[row].recused

    def display(self, row: int, col: int) -> str:
        total = self.total(row, col)
        if total is None:
            return self.tr("R") if self.recused(row, col) else DASH
        return str(total)

    def background(self, row: int, col: int) -> QtGui.QColor:
        total = self.total(row, col)
        if total is not None:
            return self.colour(total)
        return theme.colour("info_background" if self.recused(row, col) else "muted_background")

    def foreground(self, row: int, col: int) -> QtGui.QColor | None:
        total = self.total(row, col)
        return theme.text_on(self.colour(total)) if total is not None else None

    def tooltip(self, row: int, col: int) -> str:
        total = self.total(row, col)
        names = f"{self.expert_name(self.panel[col])} — {self.entry_title(self.entries[row].entry_id)}"
        return f"{names}: " + (str(total) if total is not None else self.tr("no score"))
