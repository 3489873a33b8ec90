"""The item-data roles the chair's models answer, and how a model answers one: a table from the
role to a small method that takes the cell's row and column."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.ui.qt import ModelIndex, Qt

ValueRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2  # the row's id: sheet digest, entry id or expert id

DISPLAY, EDIT, CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole
TOOLTIP, BACKGROUND, FOREGROUND = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
)
ALIGN = Qt.ItemDataRole.TextAlignmentRole
NUMBER_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER_ALIGN = int(Qt.AlignmentFlag.AlignCenter)

RoleHandler = Callable[[int, int], Any]
"""Answers one role for the cell at (row, column); None when the cell has nothing for it."""


def answer(handlers: Mapping[int, RoleHandler], index: ModelIndex, role: int) -> Any:
    """What a model's `data()` returns: the handler of `role` asked about the cell, else None."""
    handler = handlers.get(role)
    if handler is None or not index.isValid():
        return None
    return handler(index.row(), index.column())


def check_state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def is_checked(value: Any) -> bool:
    """Whether a value `setData` received for the check-state role ticks the box."""
    return Qt.CheckState(value) == Qt.CheckState.Checked
