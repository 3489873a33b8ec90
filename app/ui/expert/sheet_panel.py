"""The evaluation sheet of one entry: the criteria with their scores, the comment, the live total,
notes pinned to video times, and the declaration of a conflict of interest."""

from __future__ import annotations

from app.models.descriptors import band_for
from app.models.localized import localized
from app.models.round import Criterion, Entry
from app.models.workspace_notes import NoteRecord
from app.ui import theme
from app.ui.expert.criteria_hints import hint_for, is_video_criterion
from app.ui.expert.notes_model import NOTE_ROLE, NotesModel
from app.ui.expert.score_guide import ScoreGuide
from app.ui.expert.session import EntryState
from app.ui.player.playlist import format_time
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
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
        layout = QtWidgets.QVBoxLayout(self)
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
        self.layout().insertWidget(self.extra_index, widget)
        widget.show()

    _hint_shown = False

    def show_hint(self, shown: bool) -> None:
        """Whether this row's hint is the one the sheet shows (in its hint box: see SheetPanel)."""
        self._hint_shown = shown

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.comment
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
        self.show_hint(self._hint_shown)
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


class SheetPanel(QtWidgets.QWidget):
    score_changed = Signal(str, object)  # criterion id, int | None
    comment_changed = Signal(str)
    note_requested = Signal()  # the user wants to pin a note at the current time
    note_submitted = Signal(str)  # the note's text, for the time pinned by begin_note()
    note_activated = Signal(object)  # NoteRecord: play the video from there
    note_edit_requested = Signal(object)  # NoteRecord
    note_delete_requested = Signal(object)  # NoteRecord
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

        self.recusal_banner = QtWidgets.QFrame()
        self.recusal_banner.setObjectName("recusalBanner")
        self.recusal_banner.setStyleSheet(theme.banner_style("warning", "#recusalBanner"))
        self.recusal_text = QtWidgets.QLabel()
        self.recusal_text.setWordWrap(True)
        self.withdraw_button = QtWidgets.QPushButton()
        self.withdraw_button.clicked.connect(self.recusal_withdrawn)
        banner = QtWidgets.QHBoxLayout(self.recusal_banner)
        banner.addWidget(self.recusal_text, 1)
        banner.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)
        self.recusal_banner.hide()

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

        self.notes_title = QtWidgets.QLabel()
        self.notes_title.setFont(self.heading.font())
        self.notes_model = NotesModel(self)
        self.notes_view = QtWidgets.QListView()
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setWordWrap(True)
        self.notes_view.setMinimumHeight(70)
        self.notes_view.setMaximumHeight(160)
        self.notes_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_view.clicked.connect(self._note_clicked)
        self.notes_view.activated.connect(self._note_clicked)
        self.notes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.notes_view.customContextMenuRequested.connect(self._note_menu)
        self.note_button = QtWidgets.QPushButton()
        self.note_button.clicked.connect(self.note_requested)
        self.note_edit = QtWidgets.QLineEdit()
        self.note_edit.returnPressed.connect(self._submit_note)
        self.note_edit.installEventFilter(self)
        self.note_edit.hide()
        self.edit_note_button = QtWidgets.QToolButton()
        self.edit_note_button.clicked.connect(lambda: self._selected_note_action(self.note_edit_requested))
        self.delete_note_button = QtWidgets.QToolButton()
        self.delete_note_button.clicked.connect(lambda: self._selected_note_action(self.note_delete_requested))
        note_buttons = QtWidgets.QHBoxLayout()
        note_buttons.addWidget(self.note_button, 1)
        note_buttons.addWidget(self.edit_note_button)
        note_buttons.addWidget(self.delete_note_button)

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
        form.addWidget(self.notes_title)
        form.addWidget(self.notes_view)
        form.addWidget(self.note_edit)
        form.addLayout(note_buttons)
        form.addSpacing(6)
        form.addWidget(self.recuse_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addStretch(1)

        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        # the hint box, which says what a score means once there is one, and the score levels on demand
        self.score_guide = ScoreGuide(self.hint_box)
        self.score_guide.expanded.connect(self._keep_scored_row_in_view)
        outer.addWidget(self.score_guide)
        self.setMinimumWidth(380)
        QtWidgets.QApplication.instance().focusChanged.connect(self._focus_changed)
        self._update_note_buttons()
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
        self._fit_hint_box()

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

    def _focus_changed(self, _old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
        if not any(row.contains_focus(new) for row in self._rows):
            return  # keep the hint of the last criterion while typing a note or using the player
        for row in self._rows:
            row.show_hint(row.contains_focus(new))
        self._update_score_guide()

    def _update_score_guide(self) -> None:
        """The hint box follows the criterion being scored and its score; each row of score cells tells a
        screen reader what its score means."""
        self._show_hint_text()
        for each in self._rows:
            value = each.selector.value()
            band = band_for(each.criterion, value, self._lang)
            each.selector.setAccessibleDescription(
                "" if value is None else f"{value}" + (f" ({band.scores()}): {band.text}" if band else "")
            )

    def _keep_scored_row_in_view(self) -> None:
        """The levels took room from the sheet: the criterion they describe stays in view."""
        row = next((r for r in self._rows if r._hint_shown), None)
        if row is not None:
            self.layout().activate()
            self.scroll.ensureWidgetVisible(row, 0, 4)

    def _show_hint_text(self) -> None:
        row = next((r for r in self._rows if r._hint_shown), None)
        if row is None:
            self.score_guide.show_criterion(0, None, None, "")
        else:
            self.score_guide.show_criterion(row.number, row.criterion, row.selector.value(), row.hint.text())

    def _fit_hint_box(self) -> None:
        """Room for the longest hint or score level at the current width: choosing a criterion or a score
        moves nothing."""
        self.score_guide.fit([f"{r.number}. {r.hint.text()}" for r in self._rows if r.hint.text()], self.width())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_hint_box()

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
        self.scroll.ensureWidgetVisible(row, 0, 40)
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
            self.notes_model.set_notes(entry, state.notes if state else [])
        finally:
            self._loading = False
        self.cancel_note()
        self.set_recused(bool(state and state.recused), state.recusal_reason if state else "")
        self.setEnabled(entry is not None)
        self.scroll.verticalScrollBar().setValue(0)  # each course opens at the top of its sheet
        self._update_heading()
        self._update_total()
        self._update_score_guide()
        self._update_note_buttons()

    def current_entry(self) -> Entry | None:
        return self._entry

    def set_score(self, criterion_id: str, value: int | None) -> None:
        """Show a score chosen elsewhere (undo, redo) without reporting it as the user's change."""
        row = self._row(criterion_id)
        if row is not None:
            row.selector.set_value(value)
            self._update_total()
            self._update_score_guide()

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
        return {r.criterion.id: r.selector.value() for r in self._rows if r.selector.value() is not None}

    def total_value(self) -> int:
        return sum(self.scores().values())

    def set_recused(self, recused: bool, reason: str = "") -> None:
        self._recused = recused
        for row in self._rows:
            row.selector.setEnabled(not recused)
            if row.comment is not None:
                row.comment.setReadOnly(recused)
                row.comment.setEnabled(not recused)
        self.recusal_banner.setVisible(recused)
        self._reason = reason
        self.recuse_button.setVisible(not recused)
        self.note_button.setEnabled(not recused and self._can_note)
        self._update_banner_text()
        self._update_total()

    def is_recused(self) -> bool:
        return self._recused

    # --- notes -----------------------------------------------------------------------------------
    _can_note = False
    _reason = ""
    _number = 0
    _note_time = ""

    def set_note_target(self, available: bool, time_text: str = "") -> None:
        """Whether a video is loaded (notes pin to it) and its current time, for the button text."""
        self._can_note = available
        self._note_time = time_text
        self._update_note_buttons()

    def begin_note(self, time_s: float) -> None:
        """Show the note field for a note pinned at `time_s`; Enter saves it, Escape cancels."""
        self.note_edit.setPlaceholderText(
            self.tr("Note at %1 — type it and press Enter (Esc cancels)").replace("%1", format_time(int(time_s * 1000)))
        )
        self.note_edit.clear()
        self.note_edit.show()
        self.scroll.ensureWidgetVisible(self.note_edit)
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cancel_note(self) -> None:
        self.note_edit.clear()
        self.note_edit.hide()

    def add_note(self, note: NoteRecord) -> None:
        row = self.notes_model.add(note)
        self.notes_view.setCurrentIndex(self.notes_model.index(row))
        self._update_note_buttons()

    def replace_note(self, note: NoteRecord) -> None:
        self.notes_model.replace(note)

    def remove_note(self, note_id: int) -> None:
        self.notes_model.remove(note_id)
        self._update_note_buttons()

    def _submit_note(self) -> None:
        text = self.note_edit.text().strip()
        if text:
            self.note_submitted.emit(text)
        self.cancel_note()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.note_edit
            and event.type() == QtCore.QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.cancel_note()
            return True
        return super().eventFilter(watched, event)

    def _note_clicked(self, index: QtCore.QModelIndex) -> None:
        note = index.data(NOTE_ROLE)
        if note is not None:
            self.note_activated.emit(note)
        self._update_note_buttons()

    def _selected_note_action(self, signal) -> None:
        note = self.notes_view.currentIndex().data(NOTE_ROLE)
        if note is not None:
            signal.emit(note)

    def _note_menu(self, pos: QtCore.QPoint) -> None:
        index = self.notes_view.indexAt(pos)
        note = index.data(NOTE_ROLE) if index.isValid() else None
        if note is None:
            return
        menu = QtWidgets.QMenu(self)
        menu.addAction(self.tr("Play from here"), lambda: self.note_activated.emit(note))
        menu.addAction(self.tr("Edit the note…"), lambda: self.note_edit_requested.emit(note))
        menu.addAction(self.tr("Delete the note"), lambda: self.note_delete_requested.emit(note))
        menu.popup(self.notes_view.viewport().mapToGlobal(pos))

    def _update_note_buttons(self) -> None:
        self.note_button.setEnabled(self._can_note and not self._recused)
        if self._can_note:
            self.note_button.setText(self.tr("Add a note at %1").replace("%1", self._note_time or "0:00"))
        else:
            self.note_button.setText(self.tr("Add a note (play a video first)"))
        has_note = self.notes_view.currentIndex().isValid()
        self.edit_note_button.setEnabled(has_note)
        self.delete_note_button.setEnabled(has_note)

    # --- scores ----------------------------------------------------------------------------------
    def _score_changed(self, criterion_id: str, value: int | None) -> None:
        self._update_total()
        self._update_score_guide()
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
        self.recusal_text.setText(
            self.tr("You declared a conflict of interest for this course; it is not scored by you. Reason: %1").replace(
                "%1", self._reason or "—"
            )
        )

    # --- language --------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self._lang = lang
        for row in self._rows:
            row.retranslate(lang)
        self.score_guide.retranslate(lang)
        self._fit_hint_box()
        self._update_score_guide()
        self.notes_title.setText(self.tr("Notes on the videos"))
        self.edit_note_button.setText(self.tr("Edit"))
        self.delete_note_button.setText(self.tr("Delete"))
        self.recuse_button.setText(self.tr("Declare a conflict of interest…"))
        self.recuse_button.setToolTip(
            self.tr(
                "If you are an author or otherwise interested in this course, you do not score it (regulation 14.1)"
            )
        )
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.notes_view.setToolTip(self.tr("Click a note to play the video from its time"))
        self._update_banner_text()
        self._update_heading()
        self._update_total()
        self._update_note_buttons()
