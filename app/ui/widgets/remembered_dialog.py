"""A dialog that opens again at the size and place the user left it (kept in the settings file)."""

from __future__ import annotations

from app.ui.qt import QtCore, QtGui, QtWidgets
from app.ui.widgets.settings import app_settings


def geometry_key(name: str) -> str:
    return f"dialogs/{name}/geometry"


class RememberedDialog(QtWidgets.QDialog):
    """Opens at `default_size` the first time, then as it was last hidden (closed, accepted or rejected).
    `name` keys the settings: one per kind of dialog, not per instance."""

    def __init__(self, name: str, default_size: tuple[int, int], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_name = name
        self.resize(*default_size)
        saved = app_settings().value(geometry_key(name))
        if isinstance(saved, QtCore.QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        app_settings().setValue(geometry_key(self.geometry_name), self.saveGeometry())
        super().hideEvent(event)
