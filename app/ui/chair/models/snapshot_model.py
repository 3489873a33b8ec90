"""The ground every table of the chair's desk stands on: a snapshot, translated headers computed
once per snapshot and language, and `data()` answered role by role (see `roles.answer`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.models.chair import ChairSnapshot
from app.models.localized import localized
from app.ui.chair.models.formatting import short_name
from app.ui.chair.models.roles import DISPLAY, TOOLTIP, RoleHandler, answer
from app.ui.i18n import current_language
from app.ui.qt import ModelIndex, Qt, QtCore


class SnapshotModel(QtCore.QAbstractTableModel):
    """Common ground: a snapshot, translated headers, refresh on language change.

    Header texts, entry titles and expert labels are computed once per snapshot and language:
    views ask for them for every cell they paint. A subclass names the method answering each role
    in `role_handlers()`.
    """

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None
        self._rebuild()
        self._relabel()
        self._handlers = self.role_handlers()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self._rebuild()
        self._relabel()
        self.endResetModel()

    def _rebuild(self) -> None:
        """Recompute the rows from `self.snapshot` (inside a model reset)."""

    def _relabel(self) -> None:
        """Recompute the texts that depend on the snapshot and the interface language."""
        lang = current_language()
        rnd = self.snapshot.round if self.snapshot else None
        self._titles = {e.id: localized(e.title, lang) for e in rnd.entries} if rnd else {}
        self._departments = {e.id: localized(e.department, lang) for e in rnd.entries} if rnd else {}
        experts = rnd.commission.experts if rnd else []
        self._expert_names = {e.id: e.name for e in experts}
        self._positions = {e.id: i for i, e in enumerate(experts, start=1)}
        self._headers = self.headers()

    def retranslate(self) -> None:
        self._relabel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.refresh_cells()

    def refresh_cells(self) -> None:
        """Tell the views every cell may read differently (same rows, same columns)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headers(self) -> list[str]:
        return []

    def role_handlers(self) -> dict[int, RoleHandler]:
        """The method answering each item-data role; a role left out has nothing in any cell."""
        return {}

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        return answer(self._handlers, index, role)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if orientation == Qt.Orientation.Vertical and role == DISPLAY:
            return section + 1
        return None

    def entry_title(self, entry_id: str) -> str:
        return self._titles.get(entry_id, entry_id)

    def entry_department(self, entry_id: str) -> str:
        return self._departments.get(entry_id, "")

    def expert_name(self, expert_id: str) -> str:
        return self._expert_names.get(expert_id, expert_id)

    def expert_position(self, expert_id: str) -> int:
        """The expert's number in the commission's list (1-based), as on the protocol."""
        return self._positions.get(expert_id, 0)

    def expert_short(self, expert_id: str, two_lines: bool = False) -> str:
        """'3. Сәрсенбаева Ә. Қ.' — the commission's number, surname and initials, for column headers."""
        if self.snapshot is None:
            return expert_id
        surname, _, initials = short_name(self.expert_name(expert_id)).partition(" ")
        first = f"{self.expert_position(expert_id)}. {surname}"
        if not initials:
            return first
        return f"{first}\n{initials}" if two_lines else f"{first} {initials}"

    def expert_header(
        self, section: int, orientation: Qt.Orientation, role: int, expert_ids: Sequence[str], first: int = 0
    ) -> Any:
        """Header data for columns `first…` holding `expert_ids`; None when `section` is not one."""
        if orientation != Qt.Orientation.Horizontal or not first <= section < first + len(expert_ids):
            return None
        expert_id = expert_ids[section - first]
        if role == DISPLAY:
            return self.expert_short(expert_id)
        if role == TOOLTIP:
            return self.expert_name(expert_id)
        return None


class EntriesByExpertsModel(SnapshotModel):
    """Rows are entries, columns experts; subclasses fill `row_ids`, `column_ids` and `row_label`."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        self.row_ids: list[str] = []
        self.column_ids: list[str] = []
        super().__init__(parent)

    def row_label(self, row: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.row_ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP:
            return self.expert_header(section, orientation, role, self.column_ids)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.row_ids):
            if role == DISPLAY:
                return self.row_label(section)
            if role == TOOLTIP:
                return self.entry_title(self.row_ids[section])
            return None
        return super().headerData(section, orientation, role)
