"""A round file dropped on the window (from the file manager) is opened like File → Open round."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.ui.qt import QtCore, QtGui, QtWidgets


def dropped_file(mime: QtCore.QMimeData) -> Path | None:
    """The first local file among the dropped URLs."""
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                return path
    return None


class RoundDropTarget(QtCore.QObject):
    """Accepts a dragged local file over `window` and hands the dropped one to `open_file`."""

    def __init__(self, window: QtWidgets.QWidget, open_file: Callable[[Path], object]) -> None:
        super().__init__(window)
        self.open_file = open_file
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if isinstance(event, (QtGui.QDragEnterEvent, QtGui.QDragMoveEvent)):  # an enter is also a move
            if dropped_file(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
            if isinstance(event, QtGui.QDragEnterEvent):
                event.ignore()
                return True
        elif isinstance(event, QtGui.QDropEvent):
            path = dropped_file(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                self.open_file(path)
                return True
        return False
