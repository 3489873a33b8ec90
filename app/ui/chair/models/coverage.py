"""The coverage grid: which expert scored, recused from or missed which entry."""

from __future__ import annotations

from app.models.chair import MISSING, NO_SHEET, RECUSED, SCORED
from app.ui import theme
from app.ui.chair.models.roles import ALIGN, BACKGROUND, CENTER_ALIGN, DISPLAY, TOOLTIP, RoleHandler, ValueRole
from app.ui.chair.models.snapshot_model import EntriesByExpertsModel
from app.ui.qt import QtGui

CELL_BACKGROUND = {
    SCORED: "ok_background",
    RECUSED: "info_background",
    MISSING: "error_background",
    NO_SHEET: "muted_background",
}


class CoverageModel(EntriesByExpertsModel):
    """Rows: the round's entries; columns: the commission's experts; cells: scored/recused/missing."""

    def _rebuild(self) -> None:
        s = self.snapshot
        self.row_ids = [e.id for e in s.round.entries] if s else []
        self.column_ids = [e.id for e in s.round.commission.experts] if s else []
        self.grid = s.coverage() if s else {}

    def headers(self) -> list[str]:
        return [self.expert_short(e) for e in self.column_ids]

    def row_label(self, row: int) -> str:
        return f"{self.row_ids[row]}  {self.entry_title(self.row_ids[row])}"

    def cell_text(self, value: str) -> str:
        return {
            SCORED: self.tr("scored"),
            RECUSED: self.tr("recused"),
            MISSING: self.tr("missing"),
            NO_SHEET: self.tr("no sheet"),
        }[value]

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            ValueRole: self.value,
            DISPLAY: self.display,
            TOOLTIP: self.tooltip,
            BACKGROUND: self.background,
            ALIGN: lambda row, col: CENTER_ALIGN,
        }

    def value(self, row: int, col: int) -> str:
        """SCORED, RECUSED, MISSING or NO_SHEET."""
        return self.grid[self.column_ids[col]][self.row_ids[row]]

    def display(self, row: int, col: int) -> str:
        return {SCORED: "✓", RECUSED: self.tr("R"), MISSING: "✗", NO_SHEET: ""}[self.value(row, col)]

    def tooltip(self, row: int, col: int) -> str:
        return self.cell_text(self.value(row, col))

    def background(self, row: int, col: int) -> QtGui.QColor:
        return theme.colour(CELL_BACKGROUND[self.value(row, col)])

    def counts(self) -> dict[str, int]:
        out = {SCORED: 0, RECUSED: 0, MISSING: 0, NO_SHEET: 0}
        for row in self.grid.values():
            for value in row.values():
                out[value] += 1
        return out
