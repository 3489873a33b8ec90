"""The commission's experts, each with a box: absent from the meeting (for the protocol)."""

from __future__ import annotations

from typing import Any

from app.models.chair import ChairSnapshot
from app.ui.chair.models.formatting import short_name
from app.ui.chair.models.roles import (
    CHECK,
    DISPLAY,
    EDIT,
    TOOLTIP,
    KeyRole,
    RoleHandler,
    answer,
    check_state,
    is_checked,
)
from app.ui.qt import ModelIndex, Qt, QtCore, Signal


class AbsentExpertsModel(QtCore.QAbstractListModel):
    """The commission's experts, each with a box: absent from the meeting (for the protocol)."""

    absent_changed = Signal(str, bool)  # expert id, absent

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None
        self.experts: list[tuple[str, str]] = []  # (id, label)
        self._handlers: dict[int, RoleHandler] = {
            DISPLAY: lambda row, col: self.experts[row][1],
            KeyRole: lambda row, col: self.experts[row][0],
            CHECK: self.absent,
            TOOLTIP: self.full_name,
        }

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        experts = snapshot.round.commission.experts if snapshot else []
        self.experts = [(e.id, f"{i}. {short_name(e.name)}") for i, e in enumerate(experts, start=1)]
        self.endResetModel()

    def refresh_decisions(self) -> None:
        if self.experts:
            self.dataChanged.emit(self.index(0), self.index(len(self.experts) - 1))

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.experts)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        return None if self.snapshot is None else answer(self._handlers, index, role)

    def absent(self, row: int, col: int) -> Qt.CheckState | None:
        if self.snapshot is None:
            return None
        return check_state(self.experts[row][0] in self.snapshot.decisions.absent)

    def full_name(self, row: int, col: int) -> str:
        expert_id = self.experts[row][0]
        expert = self.snapshot.round.expert(expert_id) if self.snapshot else None
        return expert.name if expert else expert_id

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else super().flags(index)

    def setData(self, index: ModelIndex, value: Any, role: int = EDIT) -> bool:
        if role != CHECK or not index.isValid():
            return False
        self.absent_changed.emit(self.experts[index.row()][0], is_checked(value))
        return True
