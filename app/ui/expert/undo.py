"""Undo and redo of the expert's scores and comments (Ctrl+Z, Ctrl+Shift+Z).

Each change the expert makes is a command on a QUndoStack. Undoing one is itself an edit: it goes
through the same path as a click or a keystroke (`apply` below, given by the page), so it is saved
at once, and the course it belongs to is shown first when another is on screen. Consecutive typing
in one comment is one step. `SheetEdits` does this for the expert page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ui.i18n import translate
from app.ui.qt import QObject, Qt, QtGui

if TYPE_CHECKING:
    from app.ui.expert.page import ExpertPage

SCORE_ID, COMMENT_ID = 1301, 1302
SAVING, SAVED, NOT_SAVED = "saving", "saved", "not saved"  # what the page says of the changes made

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


class SheetEdits(QObject):
    """The expert page's scores and comment as the expert changes them: each is saved at once and put
    on the undo stack. Its texts are the page's (translation context "ExpertPage")."""

    def __init__(self, page: ExpertPage) -> None:
        super().__init__(page)
        self.page = page
        self.stack = QtGui.QUndoStack(self)
        self._shown_scores: dict[str, int] = {}  # the course on screen, as saved: what an edit undoes to
        self._shown_comment = ""
        page.sheet.score_changed.connect(self._score_changed)
        page.sheet.comment_changed.connect(self._comment_changed)

    def show_course(self, scores: dict[str, int], comment: str) -> None:
        """The course now on screen, as saved."""
        self._shown_scores, self._shown_comment = dict(scores), comment

    def _score_changed(self, criterion_id: str, value: int | None) -> None:
        page = self.page
        if page.session is not None and page.current_entry_id:
            page.work_bar.show_saved_state(SAVING)
            page.session.set_score(page.current_entry_id, criterion_id, value)
            old = self._shown_scores.get(criterion_id)
            self._remember_score(criterion_id, value)
            self.stack.push(ScoreEdit(self._apply, page.current_entry_id, criterion_id, old, value))

    def _comment_changed(self, text: str) -> None:
        page = self.page
        if page.session is not None and page.current_entry_id:
            page.work_bar.show_saved_state(SAVING)
            page.session.set_comment(page.current_entry_id, text)
            old, self._shown_comment = self._shown_comment, text
            self.stack.push(CommentEdit(self._apply, page.current_entry_id, None, old, text))

    def _remember_score(self, criterion_id: str, value: int | None) -> None:
        if value is None:
            self._shown_scores.pop(criterion_id, None)
        else:
            self._shown_scores[criterion_id] = value

    def _apply(self, entry_id: str, criterion_id: str | None, value: object) -> None:
        """Undo or redo: show the course the edit belongs to and save the value like any edit."""
        page = self.page
        if page.session is None or not page.select_entry(entry_id):
            return
        sheet = page.sheet
        if sheet.is_recused():
            page.status_message.emit(
                translate("ExpertPage", "This course is recused: withdraw the recusal to change it")
            )
            return
        page.work_bar.show_saved_state(SAVING)
        if criterion_id is None:
            text = str(value)
            self._shown_comment = text
            sheet.set_comment(text)
            page.session.set_comment(entry_id, text)
            edit = sheet.comment_edit()
            if edit is not None:
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            score = value if isinstance(value, int) else None
            self._remember_score(criterion_id, score)
            sheet.set_score(criterion_id, score)
            page.session.set_score(entry_id, criterion_id, score)
            sheet.focus_criterion(criterion_id)
