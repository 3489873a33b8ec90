"""What stands between the results and the protocol, as a list the chair works through.

The items come from the core (`ChairSnapshot.readiness`, computed once); this model only shows
them in the interface language: blocking ones first, in red, then what the protocol will state.
"""

from __future__ import annotations

from typing import Any

from app.models.chair import ChairSnapshot
from app.models.readiness import ReadinessItem, blocking
from app.ui import theme
from app.ui.chair.decision_texts import DecisionTexts
from app.ui.chair.models.roles import BACKGROUND, DISPLAY, FOREGROUND, TOOLTIP, KeyRole
from app.ui.qt import ModelIndex, QtCore


class ReadinessModel(QtCore.QAbstractListModel):
    """One row per readiness item; KeyRole gives the item itself."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReadinessItem] = []
        self.texts = DecisionTexts(self)

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.beginResetModel()
        self.items = snapshot.readiness() if snapshot is not None else []
        self.endResetModel()

    def blocking(self) -> list[ReadinessItem]:
        return blocking(self.items)

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (DISPLAY, TOOLTIP):
            return ("⚠ " if item.blocking else "ℹ ") + self.texts.readiness(item)
        if role == KeyRole:
            return item
        if role == BACKGROUND:
            return theme.colour("error_background") if item.blocking else theme.colour("info_background")
        if role == FOREGROUND:
            return theme.colour("error" if item.blocking else "info")
        return None
