"""One criterion of the evaluation sheet: its title, the regulation's hint, the score cells and (for
'Overall impression') the comment."""

from __future__ import annotations

from app.models.localized import localized
from app.models.round_model import Criterion
from app.ui.expert.criteria_hints import hint_for
from app.ui.qt import QtCore, QtGui, QtWidgets
from app.ui.widgets.score_selector import ScoreSelector


class CriterionRow(QtWidgets.QWidget):
    """Title, the regulation's hint, the score cells and (for 'Overall impression') the comment."""

    def __init__(self, number: int, criterion: Criterion, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.number = number
        self.title = QtWidgets.QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QtWidgets.QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("criterionHint")
        hint_font = self.hint.font()
        hint_font.setPointSizeF(max(7.0, hint_font.pointSizeF() * 0.9))
        self.hint.setFont(hint_font)
        self.hint.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        self.selector = ScoreSelector(criterion.min, criterion.max)
        self.comment: QtWidgets.QPlainTextEdit | None = None
        self._layout = layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.selector)
        self.extra_index = layout.count()
        if criterion.comment:
            self.comment = QtWidgets.QPlainTextEdit()
            self.comment.setTabChangesFocus(True)
            # Ctrl+Z and Ctrl+Shift+Z belong to the sheet's undo (scores and comment in one history)
            self.comment.setUndoRedoEnabled(False)
            self.comment.installEventFilter(self)
            self.comment.setMinimumHeight(70)
            self.comment.setMaximumHeight(140)
            layout.addWidget(self.comment)

    def attach(self, widget: QtWidgets.QWidget) -> None:
        """Show `widget` under the score cells (the media check beside the video-lectures criterion)."""
        self._layout.insertWidget(self.extra_index, widget)
        widget.show()

    hint_shown = False

    def show_hint(self, shown: bool) -> None:
        """Whether this row's hint is the one the sheet shows (in its hint box: see SheetPanel)."""
        self.hint_shown = shown

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.comment
            and isinstance(event, QtGui.QKeyEvent)
            and event.type() == QtCore.QEvent.Type.ShortcutOverride
            and (
                event.matches(QtGui.QKeySequence.StandardKey.Undo) or event.matches(QtGui.QKeySequence.StandardKey.Redo)
            )
        ):
            return True  # not taken by the text box: the page's Undo and Redo actions get it
        return super().eventFilter(watched, event)

    def contains_focus(self, widget: QtWidgets.QWidget | None) -> bool:
        return widget is not None and (widget is self.selector or widget is self.comment)

    def retranslate(self, lang: str) -> None:
        title = localized(self.criterion.title, lang)
        self.title.setText(f"{self.number}. {title}")
        hint = hint_for(self.criterion, lang)
        self.hint.setText(hint)
        self.title.setToolTip(hint)
        self.show_hint(self.hint_shown)
        self.selector.setAccessibleName(title)
        self.selector.setAccessibleDescription(hint)
        self.selector.setToolTip(
            self.tr("Score %1 to %2: click, or type a digit (0 = 10); arrows step; Delete clears")
            .replace("%1", str(self.criterion.min))
            .replace("%2", str(self.criterion.max))
        )
        if self.comment is not None:
            self.comment.setPlaceholderText(
                self.tr("Your overall impression of the course (several lines are welcome)")
            )
            self.comment.setAccessibleName(self.tr("Comment: %1").replace("%1", title))
