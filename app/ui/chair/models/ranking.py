"""The ranking: rank, entry, department, each panel expert's total, result, mean, SD, min–max and
marks; and the proxy that sorts it by the raw values."""

from __future__ import annotations

from typing import Any

from app.models.results import EntryResult
from app.ui import theme
from app.ui.chair.models.formatting import DASH, number, whole_or_decimal
from app.ui.chair.models.roles import (
    ALIGN,
    BACKGROUND,
    CENTER_ALIGN,
    DISPLAY,
    NUMBER_ALIGN,
    TOOLTIP,
    KeyRole,
    RoleHandler,
    ValueRole,
)
from app.ui.chair.models.snapshot_model import SnapshotModel
from app.ui.qt import ModelIndex, Qt, QtCore, QtGui

FIRST_EXPERT = 3  # the experts' columns follow rank, entry and department


class RankingModel(SnapshotModel):
    """Rank, entry, department, each panel expert's total, result, mean, SD, min–max, marks."""

    RANK, ENTRY, DEPARTMENT = range(3)
    RESCALED_MARK, TIE_MARK, OUTLIER_MARK = "*", "=", "!"

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[EntryResult] = []
        self.panel: list[str] = []
        self.outliers: dict[str, set[str]] = {}

    def _rebuild(self) -> None:
        s = self.snapshot
        self.entries = s.final_order() if s else []
        self.panel = list(s.results.panel) if s else []
        self.outliers = {e.entry_id: s.outlying_totals(e) for e in self.entries} if s else {}
        self.decided = s.decided_places() if s else {}

    # column layout: RANK, ENTRY, DEPARTMENT, experts..., RESULT, MEAN, SD, MINMAX, MARKS
    @property
    def RESULT(self) -> int:  # noqa: N802 (a column constant that depends on the panel size)
        return FIRST_EXPERT + len(self.panel)

    @property
    def MEAN(self) -> int:  # noqa: N802
        return self.RESULT + 1

    @property
    def SD(self) -> int:  # noqa: N802
        return self.RESULT + 2

    @property
    def MINMAX(self) -> int:  # noqa: N802
        return self.RESULT + 3

    @property
    def MARKS(self) -> int:  # noqa: N802
        return self.RESULT + 4

    def expert_column(self, expert_id: str) -> int:
        return FIRST_EXPERT + self.panel.index(expert_id)

    def column_expert(self, col: int) -> str | None:
        """The panel expert whose totals column `col` holds, or None for the other columns."""
        return self.panel[col - FIRST_EXPERT] if FIRST_EXPERT <= col < self.RESULT else None

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Entry"),
            self.tr("Department"),
            *[self.expert_short(e, two_lines=True) for e in self.panel],
            self.tr("Result"),
            self.tr("Mean"),
            self.tr("SD"),
            self.tr("Min–max"),
            self.tr("Marks"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP:
            expert_id = self.column_expert(section)
            if expert_id is not None:
                return self.tr("Total given by %1").replace("%1", self.expert_name(expert_id))
            if section == self.RESULT:
                return self.tr("Sum of the experts' totals (regulation 12.2)")
            if section == self.MARKS:
                return self.marks_legend()
        return super().headerData(section, orientation, role)

    def marks_legend(self) -> str:
        return self.tr(
            "* rescaled: mean of the other experts × panel size (a recusal); = tie; "
            "! an expert's total far from the others'"
        )

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def marks(self, entry: EntryResult) -> str:
        text = ""
        if entry.rescaled:
            text += self.RESCALED_MARK
        if entry.tie:
            text += self.TIE_MARK
        if self.outliers.get(entry.entry_id):
            text += self.OUTLIER_MARK
        return text

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            KeyRole: lambda row, col: self.entries[row].entry_id,
            ValueRole: self.value,
            DISPLAY: self.display,
            ALIGN: self.alignment,
            BACKGROUND: self.background,
            TOOLTIP: self.tooltip,
        }

    def value(self, row: int, col: int) -> Any:
        entry = self.entries[row]
        if col == self.RANK:
            return self.decided.get(entry.entry_id, entry.rank)
        if col == self.ENTRY:
            return self.entry_title(entry.entry_id)
        if col == self.DEPARTMENT:
            return self.entry_department(entry.entry_id)
        expert_id = self.column_expert(col)
        if expert_id is not None:
            return entry.totals.get(expert_id)
        return {
            self.RESULT: entry.result,
            self.MEAN: entry.mean,
            self.SD: entry.sd,
            self.MINMAX: (entry.min, entry.max),
            self.MARKS: self.marks(entry),
        }.get(col)

    def display(self, row: int, col: int) -> Any:
        entry, value = self.entries[row], self.value(row, col)
        expert_id = self.column_expert(col)
        if expert_id is not None:
            return self.total_text(entry, expert_id)
        if col == self.RANK:
            return DASH if value is None else str(value)
        if col == self.RESULT:
            return whole_or_decimal(value)
        if col in (self.MEAN, self.SD):
            return number(value)
        if col == self.MINMAX:
            return DASH if value[0] is None else f"{number(value[0], 0)}–{number(value[1], 0)}"
        return value

    def total_text(self, entry: EntryResult, expert_id: str) -> str:
        """An expert's total, marked when it lies far from the others'; R for a recusal."""
        total = entry.totals.get(expert_id)
        if total is None:
            return self.tr("R") if expert_id in entry.recused else DASH
        return f"{total}{self.OUTLIER_MARK}" if expert_id in self.outliers.get(entry.entry_id, ()) else str(total)

    def alignment(self, row: int, col: int) -> int | None:
        if col in (self.ENTRY, self.DEPARTMENT):
            return None
        return NUMBER_ALIGN if col != self.MARKS else CENTER_ALIGN

    def background(self, row: int, col: int) -> QtGui.QColor | None:
        entry = self.entries[row]
        expert_id = self.column_expert(col)
        if expert_id is not None:
            if expert_id in self.outliers.get(entry.entry_id, ()):
                return theme.colour("warning_background")
            if expert_id in entry.recused:
                return theme.colour("info_background")
        if entry.prize_tie and col in (self.RANK, self.RESULT):
            return theme.colour("warning_background")
        return None

    def tooltip(self, row: int, col: int) -> str | None:
        entry = self.entries[row]
        if col == self.ENTRY:
            return self.entry_title(entry.entry_id)
        if col == self.RESULT and entry.rescaled:
            return self.tr("Rescaled: the mean of the remaining experts' totals × the panel size")
        if col == self.MARKS and self.marks(entry):
            return self.marks_legend()
        if col == self.RANK and entry.entry_id in self.decided:
            return self.tr("Place decided by the commission (the tie at place %1)").replace("%1", str(entry.rank))
        expert_id = self.column_expert(col)
        return self.tr("recused") if expert_id is not None and expert_id in entry.recused else None


class RankingProxy(QtCore.QSortFilterProxyModel):
    """Sorts by the raw values (numbers as numbers), filters on the entry's title."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ValueRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(RankingModel.ENTRY)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(ValueRole), right.data(ValueRole)
        if isinstance(a, tuple):
            a, b = a[0], b[0]
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
