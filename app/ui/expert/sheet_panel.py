"""The evaluation sheet of one entry: the criteria with their scores, the comment, the live total,
notes pinned to video times (notes_box.py), and the declaration of a conflict of interest."""

from __future__ import annotations

from app.models.localized import localized
from app.models.round_model import Criterion, Entry
from app.ui.expert.criteria_hints import is_video_criterion
from app.ui.expert.criterion_row import CriterionRow
from app.ui.expert.notes_box import NotesBox
from app.ui.expert.score_guide import ScoreGuide
from app.ui.expert.session import EntryState
from app.ui.expert.sheet_hints import SheetHints
from app.ui.qt import Qt, QtGui, QtWidgets, Signal, qapp
from app.ui.widgets.message_banner import MessageBanner
from app.ui.widgets.score_selector import ScoreSelector


class SheetPanel(QtWidgets.QWidget):
    score_changed = Signal(str, object)  # criterion id, int | None
    comment_changed = Signal(str)
    recusal_requested = Signal()
    recusal_withdrawn = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "kk"
        self._rows: list[CriterionRow] = []
        self._entry: Entry | None = None
        self._recused = False
        self._loading = False
        self._max_total = 0
        self._video_panel: QtWidgets.QWidget | None = None
        self._reason = ""
        self._number = 0

        self.heading = QtWidgets.QLabel()
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.total = QtWidgets.QLabel()
        self.total.setObjectName("sheetTotal")
        total_font = self.total.font()
        total_font.setPointSizeF(total_font.pointSizeF() * 1.3)
        total_font.setBold(True)
        self.total.setFont(total_font)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_caption = QtWidgets.QLabel()

        self.recusal_banner = MessageBanner()  # shown while recused; withdrawing is the way out, not "✕"
        self.recusal_banner.setObjectName("recusalBanner")
        self.recusal_banner.close_button.hide()
        self.recusal_text = self.recusal_banner.text
        self.withdraw_button = QtWidgets.QPushButton()
        self.withdraw_button.clicked.connect(self.recusal_withdrawn)
        banner_layout = self.recusal_banner.layout()
        assert isinstance(banner_layout, QtWidgets.QBoxLayout)
        banner_layout.insertWidget(1, self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)

        # The hint of the criterion being scored, in a box of fixed height above the sheet: shown
        # inside the rows it pushed the rows below by its height on every click, so a quick
        # correction landed on the wrong number. The box's height follows the width and the
        # language (the longest hint), never the focus.
        self.hint_box = QtWidgets.QLabel()
        self.hint_box.setObjectName("criterionHintBox")
        self.hint_box.setWordWrap(True)
        self.hint_box.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint_box.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        self.hint_box.setContentsMargins(10, 0, 14, 4)
        # its width comes from the panel, never from the text: a long hint wraps, it does not widen the sheet
        self.hint_box.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        hint_box_font = self.hint_box.font()
        hint_box_font.setPointSizeF(max(7.0, hint_box_font.pointSizeF() * 0.9))
        self.hint_box.setFont(hint_box_font)

        self.criteria_box = QtWidgets.QWidget()
        self.criteria_layout = QtWidgets.QVBoxLayout(self.criteria_box)
        self.criteria_layout.setContentsMargins(0, 0, 0, 0)
        self.criteria_layout.setSpacing(6)

        self.notes = NotesBox(self.heading.font())

        self.recuse_button = QtWidgets.QPushButton()
        self.recuse_button.clicked.connect(self.recusal_requested)

        body = QtWidgets.QWidget()
        form = QtWidgets.QVBoxLayout(body)
        form.setContentsMargins(10, 8, 10, 8)
        head = QtWidgets.QHBoxLayout()
        head.addWidget(self.heading, 1)
        total_box = QtWidgets.QVBoxLayout()
        total_box.addWidget(self.total)
        total_box.addWidget(self.total_caption)
        self.total_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        head.addLayout(total_box)
        form.addLayout(head)
        form.addWidget(self.recusal_banner)
        form.addWidget(self.criteria_box)
        form.addSpacing(6)
        form.addWidget(self.notes)
        form.addSpacing(6)
        form.addWidget(self.recuse_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addStretch(1)

        self.scroll_area = QtWidgets.QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        # the hint box, which says what a score means once there is one, and the score levels on demand
        self.score_guide = ScoreGuide(self.hint_box)
        self.hints = SheetHints(self)
        self.score_guide.expanded.connect(self.hints.keep_scored_row_in_view)
        outer.addWidget(self.score_guide)
        self.setMinimumWidth(380)
        qapp().focusChanged.connect(self.hints.focus_changed)
        self.notes.update_buttons()
        self.retranslate("kk")

    # --- criteria --------------------------------------------------------------------------------
    def set_criteria(self, criteria: list[Criterion]) -> None:
        if self._video_panel is not None:
            self._video_panel.setParent(self)  # out of the row that goes away
            self._video_panel.hide()
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        self._max_total = sum(c.max for c in criteria)
        previous: QtWidgets.QWidget | None = None
        for number, criterion in enumerate(criteria, start=1):
            row = CriterionRow(number, criterion, self.criteria_box)
            row.selector.value_changed.connect(lambda value, cid=criterion.id: self._score_changed(cid, value))
            row.selector.hovered.connect(lambda value, n=number, c=criterion: self.score_guide.point_at(n, c, value))
            if row.comment is not None:
                row.comment.textChanged.connect(self._comment_changed)
            row.retranslate(self._lang)
            self.criteria_layout.addWidget(row)
            for widget in (row.selector, row.comment):
                if widget is not None:
                    if previous is not None:
                        QtWidgets.QWidget.setTabOrder(previous, widget)
                    previous = widget
            self._rows.append(row)
        self._place_video_panel()
        self._update_total()
        self.score_guide.set_criteria(criteria)
        self.hints.fit()

    def set_video_panel(self, widget: QtWidgets.QWidget) -> None:
        """The course's media check, shown under the video-lectures criterion (hidden if the round's
        criteria have none)."""
        self._video_panel = widget
        widget.setParent(self)
        widget.hide()
        self._place_video_panel()

    def video_panel_row(self) -> CriterionRow | None:
        return next((r for r in self._rows if is_video_criterion(r.criterion)), None)

    def _place_video_panel(self) -> None:
        row = self.video_panel_row()
        if self._video_panel is not None and row is not None:
            row.attach(self._video_panel)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.hints.fit()

    def rows(self) -> list[CriterionRow]:
        return list(self._rows)

    def selector(self, criterion_id: str) -> ScoreSelector | None:
        row = self._row(criterion_id)
        return row.selector if row else None

    def comment_edit(self) -> QtWidgets.QPlainTextEdit | None:
        return next((r.comment for r in self._rows if r.comment is not None), None)

    def focus_criterion(self, criterion_id: str | None) -> None:
        """Bring a criterion into view and give it the keyboard (the first one for None)."""
        row = self._row(criterion_id) if criterion_id else (self._rows[0] if self._rows else None)
        if row is None:
            return
        self.scroll_area.ensureWidgetVisible(row, 0, 40)
        row.selector.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row(self, criterion_id: str) -> CriterionRow | None:
        return next((r for r in self._rows if r.criterion.id == criterion_id), None)

    # --- the entry shown -------------------------------------------------------------------------
    def show_entry(self, entry: Entry | None, number: int, state: EntryState | None) -> None:
        self._entry = entry
        self._number = number
        self._loading = True
        try:
            for row in self._rows:
                row.selector.set_value(state.scores.get(row.criterion.id) if state else None)
                if row.comment is not None:
                    row.comment.setPlainText(state.comment if state else "")
            self.notes.show_notes(entry, state.notes if state else [])
        finally:
            self._loading = False
        self.set_recused(bool(state and state.recused), state.recusal_reason if state else "")
        self.setEnabled(entry is not None)
        self.scroll_area.verticalScrollBar().setValue(0)  # each course opens at the top of its sheet
        self._update_heading()
        self._update_total()
        self.hints.update()
        self.notes.update_buttons()

    def current_entry(self) -> Entry | None:
        return self._entry

    def set_score(self, criterion_id: str, value: int | None) -> None:
        """Show a score chosen elsewhere (undo, redo) without reporting it as the user's change."""
        row = self._row(criterion_id)
        if row is not None:
            row.selector.set_value(value)
            self._update_total()
            self.hints.update()

    def set_comment(self, text: str) -> None:
        edit = self.comment_edit()
        if edit is not None and edit.toPlainText() != text:
            self._loading = True
            try:
                edit.setPlainText(text)
                edit.moveCursor(QtGui.QTextCursor.MoveOperation.End)
            finally:
                self._loading = False

    def scores(self) -> dict[str, int]:
        values = {r.criterion.id: r.selector.value() for r in self._rows}
        return {criterion_id: value for criterion_id, value in values.items() if value is not None}

    def set_recused(self, recused: bool, reason: str = "") -> None:
        self._recused = recused
        for row in self._rows:
            row.selector.setEnabled(not recused)
            if row.comment is not None:
                row.comment.setReadOnly(recused)
                row.comment.setEnabled(not recused)
        self._reason = reason
        self.recuse_button.setVisible(not recused)
        self.notes.set_recused(recused)
        self._update_banner_text()
        self._update_total()

    def is_recused(self) -> bool:
        return self._recused

    def begin_note(self, time_s: float) -> None:
        """Show the note field for a note pinned at `time_s` (see NotesBox), in view."""
        self.notes.begin_note(time_s)
        self.scroll_area.ensureWidgetVisible(self.notes.note_edit)

    # --- scores ----------------------------------------------------------------------------------
    def _score_changed(self, criterion_id: str, value: int | None) -> None:
        self._update_total()
        self.hints.update()
        if not self._loading:
            self.score_changed.emit(criterion_id, value)

    def _comment_changed(self) -> None:
        if not self._loading:
            edit = self.comment_edit()
            self.comment_changed.emit(edit.toPlainText() if edit else "")

    def _update_total(self) -> None:
        scores = self.scores()
        filled, count = len(scores), len(self._rows)
        if self._recused:
            self.total.setText("—")
            self.total_caption.setText(self.tr("recused"))
        else:
            self.total.setText(f"{sum(scores.values())} / {self._max_total}")
            self.total_caption.setText(
                self.tr("%1 of %2 criteria scored").replace("%1", str(filled)).replace("%2", str(count))
            )

    def _update_heading(self) -> None:
        if self._entry is None:
            self.heading.setText(self.tr("Choose a course in the list"))
        else:
            self.heading.setText(f"{self._number}. {localized(self._entry.title, self._lang)}")

    def _update_banner_text(self) -> None:
        if not self._recused:
            self.recusal_banner.clear()
            return
        self.recusal_banner.show_message(
            self.tr("You declared a conflict of interest for this course; it is not scored by you. Reason: %1").replace(
                "%1", self._reason or "—"
            ),
            "warning",
        )

    # --- language --------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.hints.lang = lang
        for row in self._rows:
            row.retranslate(lang)
        self.score_guide.retranslate(lang)
        self.hints.fit()
        self.hints.update()
        self.recuse_button.setText(self.tr("Declare a conflict of interest…"))
        self.recuse_button.setToolTip(
            self.tr(
                "If you are an author or otherwise interested in this course, you do not score it (regulation 14.1)"
            )
        )
        self.withdraw_button.setText(self.tr("Withdraw"))
        self._update_banner_text()
        self._update_heading()
        self._update_total()
        self.notes.retranslate()
