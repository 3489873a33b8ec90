"""Undo and redo of the expert's scores and comments (Ctrl+Z, Ctrl+Shift+Z).

Each change the expert makes is a command on a QUndoStack. Undoing one is itself an edit: it goes
through the same path as a click or a keystroke (`apply` below, given by the page), so it is saved
at once, and the course it belongs to is shown first when another is on screen. Consecutive typing
in one comment is one step.
"""

from __future__ import annotations

from collections.abc import Callable

from app.ui.qt import QtGui

SCORE_ID, COMMENT_ID = 1301, 1302

# apply(entry_id, criterion_id or None for the comment, value): shows the course and saves the value
Apply = Callable[[str, str | None, object], None]


class _Edit(QtGui.QUndoCommand):
    def __init__(self, apply: Apply, entry_id: str, criterion_id: str | None, old: object, new: object) -> None:
        super().__init__()
        self.apply, self.entry_id, self.criterion_id = apply, entry_id, criterion_id
        self.old, self.new = old, new
        self._done = True  # pushed after the edit was made and saved: the first redo() does nothing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(self.entry_id, self.criterion_id, self.new)

    def undo(self) -> None:
        self.apply(self.entry_id, self.criterion_id, self.old)


class ScoreEdit(_Edit):
    def id(self) -> int:
        return SCORE_ID


class CommentEdit(_Edit):
    def id(self) -> int:
        return COMMENT_ID

    def mergeWith(self, other: QtGui.QUndoCommand) -> bool:
        """Typing on in the same comment extends this step."""
        if not isinstance(other, CommentEdit) or other.entry_id != self.entry_id:
            return False
        self.new = other.new
        return True
