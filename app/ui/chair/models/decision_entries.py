"""The chair's decisions per entry, in the final order: nominee (and nomination) and advancing."""

from __future__ import annotations

from typing import Any

from app.models.chair import ChairDecisions
from app.ui.chair.models.formatting import DASH, whole_or_decimal
from app.ui.chair.models.roles import (
    ALIGN,
    CHECK,
    DISPLAY,
    EDIT,
    NUMBER_ALIGN,
    TOOLTIP,
    KeyRole,
    RoleHandler,
    ValueRole,
    check_state,
    is_checked,
)
from app.ui.chair.models.snapshot_model import SnapshotModel
from app.ui.qt import ModelIndex, Qt, QtCore, Signal


class DecisionEntriesModel(SnapshotModel):
    """Entries in the final order with the chair's marks: nominee (and nomination), advancing."""

    RANK, ENTRY, RESULT, NOMINEE, NOMINATION, ADVANCES = range(6)
    nominee_changed = Signal(str, bool, str)  # entry id, nominee, nomination
    advancing_changed = Signal(list)  # the new list of advancing entry ids

    def _rebuild(self) -> None:
        self.entries = self.snapshot.final_order() if self.snapshot else []
        self.decided = self.snapshot.decided_places() if self.snapshot else {}

    def refresh_decisions(self) -> None:
        self.decided = self.snapshot.decided_places() if self.snapshot else {}
        self.refresh_cells()

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Entry"),
            self.tr("Result"),
            self.tr("Nominee"),
            self.tr("Nomination"),
            self.tr("Advances"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    @property
    def can_advance(self) -> bool:
        return bool(self.snapshot and self.snapshot.advancing_limit())

    @property
    def decisions(self) -> ChairDecisions:
        """The chair's decisions in the snapshot (only asked while there are rows, hence a snapshot)."""
        if self.snapshot is None:
            raise LookupError("no snapshot: the model has no rows")
        return self.snapshot.decisions

    def role_handlers(self) -> dict[int, RoleHandler]:
        return {
            KeyRole: lambda row, col: self.entries[row].entry_id,
            CHECK: self.check,
            DISPLAY: self.display,
            EDIT: self.edit,
            ValueRole: self.value,
            ALIGN: lambda row, col: NUMBER_ALIGN if col in (self.RANK, self.RESULT) else None,
            TOOLTIP: lambda row, col: self.entry_title(self.entries[row].entry_id) if col == self.ENTRY else None,
        }

    def check(self, row: int, col: int) -> Qt.CheckState | None:
        entry_id = self.entries[row].entry_id
        if col == self.NOMINEE:
            return check_state(entry_id in self.decisions.nominees)
        if col == self.ADVANCES and self.can_advance:
            return check_state(entry_id in self.decisions.advancing)
        return None

    def value(self, row: int, col: int) -> Any:
        """The raw value: place, title, result, nomination."""
        entry = self.entries[row]
        if col == self.RANK:
            return self.decided.get(entry.entry_id, entry.rank)
        if col == self.ENTRY:
            return self.entry_title(entry.entry_id)
        if col == self.RESULT:
            return entry.result
        if col == self.NOMINATION:
            return self.decisions.nominees.get(entry.entry_id, "")
        return None

    def edit(self, row: int, col: int) -> Any:
        """What an editor starts from: the raw value, the result as shown."""
        value = self.value(row, col)
        return whole_or_decimal(value) if col == self.RESULT else value

    def display(self, row: int, col: int) -> Any:
        entry_id = self.entries[row].entry_id
        value = self.value(row, col)
        if col == self.RANK:
            return DASH if value is None else value
        if col == self.RESULT:
            return whole_or_decimal(value)
        if col == self.ADVANCES and entry_id in self.decisions.advancing:
            return str(self.decisions.advancing.index(entry_id) + 1)
        return value

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() == self.NOMINEE or (index.column() == self.ADVANCES and self.can_advance):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.NOMINATION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        entry_id = self.entries[index.row()].entry_id
        if role == CHECK and index.column() == self.NOMINEE:
            self.nominee_changed.emit(entry_id, is_checked(value), self.decisions.nominees.get(entry_id, ""))
            return True
        if role == EDIT and index.column() == self.NOMINATION:
            self.nominee_changed.emit(entry_id, True, str(value))
            return True
        if role == CHECK and index.column() == self.ADVANCES and self.can_advance:
            self.advancing_changed.emit(self.advancing_with(entry_id, is_checked(value)))
            return True
        return False

    def advancing_with(self, entry_id: str, on: bool) -> list[str]:
        """The advancing list with `entry_id` added (kept in the ranking's final order) or removed."""
        chosen = [e for e in self.decisions.advancing if e != entry_id]
        if on:
            order = [e.entry_id for e in self.entries]
            chosen = sorted([*chosen, entry_id], key=order.index)
        return chosen
