"""The expert's page: the entry list, the player with the course details, and the sheet.

Every change goes to the working database as it is made (see `session.py`); reopening the round
restores the chosen expert, the selected entry, the scores, notes and playback positions.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.models.errors import InputError
from app.models.expert_progress import WatchedTime, last_exported_sheet, watched_from_viewing
from app.models.files import file_name_part
from app.models.keys import export_public_key, identity_for
from app.models.localized import localized
from app.models.round import Entry, RoundFile, real_file_inside
from app.models.sheet_review import review_rows
from app.models.workspace_notes import NoteRecord
from app.models.workspace_sheet import EntryProgress
from app.ui import theme
from app.ui.expert.conflicts_dialog import ConflictReview
from app.ui.expert.details_panel import DetailsPanel
from app.ui.expert.entry_model import (
    ENTRY_ID_ROLE,
    FILTER_ALL,
    FILTER_CHANGED,
    FILTER_DONE,
    FILTER_OPEN,
    FILTER_RECUSED,
    NUMBER,
    PROGRESS,
    TITLE,
    WATCHED,
    EntryFilterProxy,
    EntryTableModel,
)
from app.ui.expert.finalise import ExportedDialog, FinaliseDialog
from app.ui.expert.media_compliance import MediaComplianceLine
from app.ui.expert.pdf_memory import remember_sheet_pdf, remembered_sheet_pdf
from app.ui.expert.player_area import PlayerArea
from app.ui.expert.reconsideration_panel import ReconsiderationActions
from app.ui.expert.session import ExpertSession
from app.ui.expert.sheet_panel import SheetPanel
from app.ui.expert.undo import CommentEdit, ScoreEdit
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.player.playlist import format_time
from app.ui.printing import PdfActions
from app.ui.qt import QAction, QKeySequence, Qt, QtCore, QtGui, QtWidgets, Signal
from app.ui.role_page import RolePage
from app.ui.widgets.settings import last_folder, remember_folder
from app.ui.worker import run_in_background, show_error

log = logging.getLogger(__name__)

NO_ROUND, CHOOSE_EXPERT, WORK = range(3)
SAVING, SAVED, NOT_SAVED = "saving", "saved", "not saved"
NOTE_SHORTCUT = "Ctrl+N"


class ExpertChooser(QtWidgets.QWidget):
    """'Who are you?': one button per expert of the commission; the choice is remembered for the round."""

    chosen = Signal(str)  # a name was clicked: the page confirms before anything changes
    back_requested = Signal()  # "Back to my sheet": keep the expert chosen before

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QtWidgets.QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setWordWrap(True)
        self.buttons: list[QtWidgets.QCommandLinkButton] = []
        self.button_box = QtWidgets.QWidget()
        self.button_layout = QtWidgets.QVBoxLayout(self.button_box)
        self.button_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(self.button_box)
        column = QtWidgets.QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addSpacing(10)
        column.addWidget(scroll, 1)
        self.back_button = QtWidgets.QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QtWidgets.QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(holder, 1)
        layout.addStretch(0)
        self.retranslate()

    def set_experts(self, round_file: RoundFile) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        while self.button_layout.count():
            self.button_layout.takeAt(0)
        for expert in round_file.header.commission.experts:
            details = ", ".join(p for p in (expert.position, expert.department) if p)
            button = QtWidgets.QCommandLinkButton(expert.name, details)
            button.setIcon(icon("go"))  # the style's own arrow is black, lost on a dark palette
            button.setProperty("expert_id", expert.id)
            button.clicked.connect(lambda _=False, eid=expert.id: self.chosen.emit(eid))
            self.button_layout.addWidget(button)
            self.buttons.append(button)
        self.button_layout.addStretch(1)

    def set_current(self, expert_id: str | None) -> None:
        """Mark who works now (if anyone): the list can then be left unchanged."""
        for button in self.buttons:
            button.setCheckable(expert_id is not None)
            button.setChecked(button.property("expert_id") == expert_id)
        self.back_button.setVisible(expert_id is not None)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to my sheet"))
        self.heading.setText(self.tr("Who are you?"))
        self.explanation.setText(
            self.tr(
                "Choose your name in the commission list. The choice is remembered for "
                "this round; your sheet will be signed with this computer's key for you."
            )
        )


class RecusalDialog(QtWidgets.QDialog):
    """The reason for a conflict of interest: a wrapped prompt over a few lines of text. Enter starts a
    new line as in any text box, Ctrl+Enter or the OK button confirms, Escape cancels."""

    PROMPT_CHARS = 64  # characters a line: the prompt wraps instead of widening the dialog

    def __init__(self, title: str, prompt: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QtWidgets.QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QtWidgets.QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(title)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.prompt.setBuddy(self.reason)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        # Qt's Kazakh "Cancel" is «Бас тарту», the very word for a recusal: say "do not declare" plainly
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Do not declare"))
        self.reason.installEventFilter(self)  # Ctrl+Enter confirms; plain Enter stays a new line
        self.refusal = QtWidgets.QLabel()  # why OK did nothing; kept in the layout so nothing jumps
        self.refusal.setStyleSheet(theme.text_style("error"))
        self.refusal.setWordWrap(True)
        self.reason.textChanged.connect(self.refusal.clear)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * self.PROMPT_CHARS
        self.prompt.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        self.reason.setFocus()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.reason
            and event.type() == QtCore.QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        """A recusal goes into the signed sheet with its reason: without one the dialog stays open."""
        if not self.reason.toPlainText().strip():
            self.refusal.setText(self.tr("Write the reason: a recusal without one is not accepted."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


class ExpertPage(RolePage):
    """The expert role's page of the main window (see ui-common: Page(round_file, parent))."""

    def __init__(self, round_file: RoundFile | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_file: RoundFile | None = None
        self.session: ExpertSession | None = None
        self.current_entry_id: str | None = None
        self._note_pin: tuple[str, float] | None = None
        self._saved: str | None = None
        self._export_round: tuple[int, str | None] | None = None  # last revision, the round it was made for
        self._lang = current_language()
        self._shown_scores: dict[str, int] = {}  # the course on screen, as saved: what an edit undoes to
        self._shown_comment = ""
        self.undo_stack = QtGui.QUndoStack(self)
        self._build()
        self._build_actions()
        self.retranslate()
        self.set_round(round_file)

    # --- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QtWidgets.QStackedWidget()
        self.no_round = QtWidgets.QLabel()
        self.no_round.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_round.setWordWrap(True)
        self.chooser = ExpertChooser()
        self.chooser.chosen.connect(self.confirm_expert)
        self.chooser.back_requested.connect(self._back_to_work)

        # top bar: who, export state, finalise. Who signs is a plain text, not a list one arrow key
        # or a turn of the mouse wheel would change: another expert is chosen only through the
        # "Change…" button, the list of names and a confirmation.
        self.expert_label = QtWidgets.QLabel()
        self.expert_name = QtWidgets.QLabel()
        self.expert_name.setObjectName("expertName")
        font = self.expert_name.font()
        font.setBold(True)
        self.expert_name.setFont(font)
        self.change_expert_button = QtWidgets.QPushButton()
        self.change_expert_button.setAutoDefault(False)
        self.change_expert_button.clicked.connect(self.ask_for_expert)
        self.export_state = QtWidgets.QLabel()
        self.export_state.setObjectName("exportState")
        self.saved_state = QtWidgets.QLabel()
        self.finalise_button = QtWidgets.QPushButton()
        self.finalise_button.clicked.connect(self.finalise)
        self.round_warning = QtWidgets.QLabel()
        self.round_warning.setWordWrap(True)
        self.round_warning.setStyleSheet(theme.banner_style("warning"))
        self.round_warning.hide()
        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 2)
        top.addWidget(self.expert_label)
        top.addWidget(self.expert_name)
        top.addWidget(self.change_expert_button)
        top.addSpacing(16)
        top.addWidget(self.export_state, 1)
        top.addWidget(self.saved_state)
        top.addSpacing(8)
        top.addWidget(self.finalise_button)

        # the list
        self.entry_model = EntryTableModel(self)
        self.proxy = EntryFilterProxy(self)
        self.proxy.setSourceModel(self.entry_model)
        self.search = QtWidgets.QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_filter = QtWidgets.QComboBox()
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_status(self.status_filter.currentData() or FILTER_ALL)
        )
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the list (to the player, then the sheet); the arrows choose the course and
        # Enter starts scoring it. Qt's default walks the cells and changes the course every 4th Tab.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(6, 0, 0, 6)
        filters = QtWidgets.QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        # the middle: player above the details
        self.player = PlayerArea()
        self.player.time_changed.connect(self._update_note_target)
        self.player.position_saved.connect(self._position_saved)
        self.player.duration_known.connect(self._duration_known)
        self.player.played.connect(self._played)
        self.details = DetailsPanel()
        self.details.problem.connect(self._show_problem)
        middle = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.player)
        middle.addWidget(self.details)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setChildrenCollapsible(False)

        # the sheet
        self.sheet = SheetPanel()
        self.sheet.score_changed.connect(self._score_changed)
        self.sheet.comment_changed.connect(self._comment_changed)
        self.sheet.note_requested.connect(self.begin_note)
        self.sheet.note_submitted.connect(self._note_submitted)
        self.sheet.note_activated.connect(self._note_activated)
        self.sheet.note_edit_requested.connect(self._edit_note)
        self.sheet.note_delete_requested.connect(self._delete_note)
        self.sheet.recusal_requested.connect(self.declare_recusal)
        self.sheet.recusal_withdrawn.connect(self.withdraw_recusal)
        self.media_compliance = MediaComplianceLine()
        self.sheet.set_video_panel(self.media_compliance)

        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.sheet)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([440, 640, 480])
        self.splitter.setChildrenCollapsible(False)

        work = QtWidgets.QWidget()
        work_layout = QtWidgets.QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(2)
        work_layout.addLayout(top)
        work_layout.addWidget(self.round_warning)
        work_layout.addWidget(self.splitter, 1)

        self.stack.addWidget(self.no_round)
        self.stack.addWidget(self.chooser)
        self.stack.addWidget(work)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_actions(self) -> None:
        def action(slot, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
            act = QAction(self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
            return act

        self.act_finalise = action(self.finalise, "Ctrl+E")
        self.act_pdf = action(self.save_pdf)
        self.act_note = action(self.begin_note, NOTE_SHORTCUT)
        self.act_next = action(lambda: self.step_entry(1), "Ctrl+PgDown")
        self.act_previous = action(lambda: self.step_entry(-1), "Ctrl+PgUp")
        self.act_search = action(self._focus_search, QKeySequence.StandardKey.Find)
        self.act_recuse = action(self.declare_recusal)
        self.act_export_key = action(self.export_key)
        self.reconsider = ReconsiderationActions(self)  # the chair's request for a second round
        self.print_actions = PdfActions(self)  # print, preview, viewer, signatures of the saved sheet PDF
        self.act_undo = action(self.undo_stack.undo, "Ctrl+Z")
        self.act_redo = action(self.undo_stack.redo, "Ctrl+Shift+Z")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.conflicts = ConflictReview(self)  # suggested conflicts of interest: asked at the start of work

    def page_actions(self) -> list[QAction]:
        return [
            self.act_finalise,
            self.act_pdf,
            *self.print_actions.actions(),
            self.act_export_key,
            self.reconsider.action,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_note,
            self.act_recuse,
            self.conflicts.action,
            None,
            self.act_next,
            self.act_previous,
            self.act_search,
        ]

    # --- the round ---------------------------------------------------------------------------------
    def set_round(self, round_file: RoundFile | None) -> None:
        self._close_session()
        self.undo_stack.clear()
        self.round_file = round_file
        self._export_round = None
        self.print_actions.set_document(None)
        self.current_entry_id = None
        self.entry_model.set_entries([], lambda _id: None, 0)
        self.sheet.show_entry(None, 0, None)
        self.details.show_entry(None, None)
        self.player.set_entry(None, None, {})
        self.media_compliance.set_entry(None)
        self.media_compliance.check_round(None)
        if round_file is None:
            self.stack.setCurrentIndex(NO_ROUND)
            self._update_actions()
            return
        session = ExpertSession(round_file, self)
        try:
            opened = session.open()
        except InputError as exc:
            session.close()
            self.no_round.setText(str(exc))
            self.stack.setCurrentIndex(NO_ROUND)
            self._update_actions()
            return
        self.session = session
        session.progress_changed.connect(self._progress_changed)
        session.all_progress_loaded.connect(self._all_progress_loaded)
        session.watched_changed.connect(self.entry_model.set_watched)
        session.committed.connect(self._committed)
        session.failed.connect(self._save_failed)
        header = round_file.header
        self.entry_model.set_entries(round_file.entry_ids(), round_file.entry, len(header.criteria))
        self._size_columns()
        self.sheet.set_criteria(header.criteria)
        self.chooser.set_experts(round_file)
        self._show_expert(opened.expert_id)
        self.round_warning.setVisible(opened.round_changed)
        self.media_compliance.check_round(round_file)
        if opened.expert_id is None:
            self.stack.setCurrentIndex(CHOOSE_EXPERT)
            self._update_actions()
            return
        self._start_work(opened.selected_entry_id)

    def _start_work(self, selected_entry_id: str | None) -> None:
        self.stack.setCurrentIndex(WORK)
        self._update_export_state()
        self._offer_saved_pdf()
        entry_ids = self.round_file.entry_ids()
        target = selected_entry_id or (entry_ids[0] if entry_ids else None)
        if target:
            self.select_entry(target)
        self._update_actions()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # the list, never who signs
        # After the window has painted (posted paint events run before zero timers): computing every
        # entry's progress on the database thread must compete neither with showing the entry above
        # nor with that first paint.
        QtCore.QTimer.singleShot(0, self._load_all_progress)
        QtCore.QTimer.singleShot(0, self.conflicts.offer_pending)

    def _load_all_progress(self) -> None:
        if self.session is not None:
            self.session.load_all_progress()

    def choose_expert(self, expert_id: str) -> None:
        if self.session is None:
            return
        self.session.flush()
        self.session.choose_expert(expert_id)
        self._export_round = None
        self.undo_stack.clear()  # another expert's sheet: nothing of the previous one to undo
        self._show_expert(expert_id)
        self.entry_model.set_all_progress({}, {})
        self.current_entry_id = None
        self._start_work(self.session.call(lambda ws: ws.selected_entry_id))

    def current_expert_id(self) -> str | None:
        return self.session.call(lambda ws: ws.expert_id) if self.session is not None else None

    def _expert_name(self, expert_id: str | None) -> str:
        experts = self.round_file.header.commission.experts if self.round_file is not None else []
        return next((e.name for e in experts if e.id == expert_id), "")

    def _show_expert(self, expert_id: str | None) -> None:
        self.expert_name.setText(self._expert_name(expert_id))
        self.chooser.set_current(expert_id)

    def ask_for_expert(self) -> None:
        """'Change…': back to the list of names; nothing changes until a name is confirmed."""
        if self.session is None:
            return
        self.player.pause()
        self.chooser.set_current(self.current_expert_id())
        self.stack.setCurrentIndex(CHOOSE_EXPERT)
        self._update_actions()

    def _back_to_work(self) -> None:
        if self.session is not None and self.current_expert_id() is not None:
            self.stack.setCurrentIndex(WORK)
            self._update_actions()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm_expert(self, expert_id: str) -> None:
        """A name was clicked in the list: ask before signing as that person (No is the default,
        so a stray Enter or Space chooses nobody)."""
        if self.session is None:
            return
        current = self.current_expert_id()
        if expert_id == current:
            self._back_to_work()
            return
        name = self._expert_name(expert_id)
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Who signs this sheet"),
            self.tr("Work and sign as %1?").replace("%1", name),
            QtWidgets.QMessageBox.StandardButton.NoButton,
            self,
        )
        if current is None:
            box.setInformativeText(
                self.tr(
                    "Your scores and your sheet will carry this name and this computer's "
                    "key for it. Choose only your own name."
                )
            )
        else:
            box.setInformativeText(
                self.tr("The sheet of %1 stays as it is; you will see and sign the sheet of %2 instead.")
                .replace("%1", self._expert_name(current))
                .replace("%2", name)
            )
        yes = box.addButton(self.tr("Yes, I am %1").replace("%1", name), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is yes and self.choose_expert(expert_id))
        self.expert_confirm = box
        self.expert_confirm_yes = yes
        box.open()

    def shutdown(self) -> None:
        """The window is closing: save the playback position and everything queued, free the player."""
        self._close_session()
        self.media_compliance.check_round(None)  # stops a check still running
        self.player.shutdown()

    def _close_session(self) -> None:
        self.player.pause()  # saves the position first
        if self.session is not None:
            self.session.close()
            self.session.deleteLater()
            self.session = None

    # --- the list and the selected entry -----------------------------------------------------------
    def select_entry(self, entry_id: str) -> bool:
        row = self.entry_model.row_of(entry_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.entry_model.index(row, TITLE))
        if not proxy_index.isValid():  # hidden by the filter: show everything again
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.entry_model.index(row, TITLE))
        self.table.setCurrentIndex(proxy_index)
        self.table.scrollTo(proxy_index)
        if self.current_entry_id != entry_id:  # the same row was current already
            self._show_entry(entry_id)
        return True

    def step_entry(self, step: int) -> None:
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + step
        if 0 <= row < self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, TITLE))

    def _current_row_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        entry_id = current.data(ENTRY_ID_ROLE) if current.isValid() else None
        if entry_id and entry_id != self.current_entry_id:
            self._show_entry(entry_id)

    def _show_entry(self, entry_id: str) -> None:
        if self.session is None or self.round_file is None:
            return
        entry = self.round_file.entry(entry_id)
        if entry is None:
            return
        self.current_entry_id = entry_id
        state = self.session.entry_state(entry_id)
        self._shown_scores, self._shown_comment = dict(state.scores), state.comment
        number = self.entry_model.row_of(entry_id) + 1
        self.sheet.show_entry(entry, number, state)
        self.details.show_entry(self.round_file, entry)
        self.media_compliance.set_entry(entry_id)
        positions = {v.media_id: v.position_s for v in state.viewing if v.position_s}
        durations = {v.media_id: v.duration_s for v in state.viewing if v.duration_s}
        self.player.set_entry(self.round_file, entry, positions, durations)
        self.entry_model.set_watched(entry_id, watched_from_viewing(state.viewing))
        self.session.select_entry(entry_id)
        files = self._unmeasured_videos(entry, state.viewing)
        if files:  # after this entry has painted, like the progress column
            session = self.session
            QtCore.QTimer.singleShot(0, lambda: session is self.session and session.learn_durations(entry_id, files))
        self._update_note_target()
        self._update_actions()

    def _unmeasured_videos(self, entry: Entry, viewing: list) -> list[tuple[str, Path]]:
        """The entry's local videos whose length is not known yet."""
        unknown = {v.media_id for v in viewing if v.duration_s is None}
        files = []
        for item in entry.media:
            path = self.round_file.media_path(item) if item.id in unknown else None
            real = real_file_inside(self.round_file.folder, path) if path is not None and path.is_file() else None
            if real is not None:  # a link leading out of the round folder is not read, not even its length
                files.append((item.id, real))
        return files

    def current_entry(self) -> Entry | None:
        if self.round_file is None or self.current_entry_id is None:
            return None
        return self.round_file.entry(self.current_entry_id)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QtCore.QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.focus_sheet()
            return True
        return super().eventFilter(watched, event)

    def focus_sheet(self) -> None:
        """Put the keyboard on the shown course's first unscored criterion (Enter in the list)."""
        if self.current_entry_id is None:
            return
        if self.sheet.is_recused():
            self.sheet.withdraw_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        scored = self.sheet.scores()
        rows = self.sheet.rows()
        first_open = next((r.criterion.id for r in rows if r.criterion.id not in scored), None)
        self.sheet.focus_criterion(first_open)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- changes -----------------------------------------------------------------------------------
    def _score_changed(self, criterion_id: str, value: int | None) -> None:
        if self.session is not None and self.current_entry_id:
            self._show_saved_state(SAVING)
            self.session.set_score(self.current_entry_id, criterion_id, value)
            old = self._shown_scores.get(criterion_id)
            self._remember_score(criterion_id, value)
            self.undo_stack.push(ScoreEdit(self._apply_edit, self.current_entry_id, criterion_id, old, value))

    def _comment_changed(self, text: str) -> None:
        if self.session is not None and self.current_entry_id:
            self._show_saved_state(SAVING)
            self.session.set_comment(self.current_entry_id, text)
            old, self._shown_comment = self._shown_comment, text
            self.undo_stack.push(CommentEdit(self._apply_edit, self.current_entry_id, None, old, text))

    def _remember_score(self, criterion_id: str, value: int | None) -> None:
        if value is None:
            self._shown_scores.pop(criterion_id, None)
        else:
            self._shown_scores[criterion_id] = value

    def _apply_edit(self, entry_id: str, criterion_id: str | None, value) -> None:
        """Undo or redo: show the course the edit belongs to and save the value like any edit."""
        if self.session is None or not self.select_entry(entry_id):
            return
        if self.sheet.is_recused():
            self.status_message.emit(self.tr("This course is recused: withdraw the recusal to change it"))
            return
        self._show_saved_state(SAVING)
        if criterion_id is None:
            self._shown_comment = value
            self.sheet.set_comment(value)
            self.session.set_comment(entry_id, value)
            edit = self.sheet.comment_edit()
            if edit is not None:
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._remember_score(criterion_id, value)
            self.sheet.set_score(criterion_id, value)
            self.session.set_score(entry_id, criterion_id, value)
            self.sheet.focus_criterion(criterion_id)

    def _committed(self) -> None:
        self._show_saved_state(SAVED)

    def _save_failed(self, exc: BaseException, details: str) -> None:
        self._show_saved_state(NOT_SAVED)
        show_error(self, exc, details, self.tr("A change could not be saved"))

    def _show_saved_state(self, state: str | None) -> None:
        """The saved-state label in the interface language (called again when the language changes)."""
        self._saved = state
        texts = {SAVING: self.tr("Saving…"), SAVED: self.tr("All changes saved"), NOT_SAVED: self.tr("Not saved!")}
        self.saved_state.setText(texts.get(state, ""))

    def _progress_changed(self, progress: EntryProgress) -> None:
        self.entry_model.set_progress(progress)
        self._update_export_state()

    def _all_progress_loaded(self, progress: dict[str, EntryProgress], watched: dict[str, WatchedTime]) -> None:
        self.entry_model.set_all_progress(progress, watched)
        self._update_export_state()

    def _playback_target(self, entry_id: str, media_id: str) -> bool:
        """Whether a report from the player names a video of that entry of the open round (a report
        for anything else is dropped: it must neither be credited elsewhere nor fail to save)."""
        if self.session is None:  # the round is closing: its last position was saved before
            return False
        entry = self.round_file.entry(entry_id) if entry_id else None
        if entry is None or all(item.id != media_id for item in entry.media):
            log.warning("playback report for %r/%r dropped: not a video of the open round", entry_id, media_id)
            return False
        return True

    def _position_saved(self, entry_id: str, media_id: str, seconds: float) -> None:
        if self._playback_target(entry_id, media_id):
            self.session.set_position(entry_id, media_id, seconds)
        self._update_note_target()

    def _duration_known(self, entry_id: str, media_id: str, seconds: float) -> None:
        if self._playback_target(entry_id, media_id):
            self.session.set_duration(entry_id, media_id, seconds)

    def _played(self, entry_id: str, media_id: str, start_s: float, end_s: float) -> None:
        if end_s >= start_s and self._playback_target(entry_id, media_id):
            self.session.record_played(entry_id, media_id, start_s, end_s)

    # --- notes -------------------------------------------------------------------------------------
    def _update_note_target(self) -> None:
        media_id = self.player.current_media_id()
        self.sheet.set_note_target(media_id is not None, format_time(int(self.player.current_time() * 1000)))

    def begin_note(self) -> None:
        media_id = self.player.current_media_id()
        if media_id is None or self.current_entry_id is None or self.sheet.is_recused():
            self.status_message.emit(self.tr("Notes are pinned to a video: play one of the course's videos first"))
            return
        self._note_pin = (media_id, self.player.current_time())
        self.sheet.begin_note(self._note_pin[1])

    def _note_submitted(self, text: str) -> None:
        if self._note_pin is None or self.session is None or self.current_entry_id is None:
            return
        media_id, at_s = self._note_pin
        self._note_pin = None
        try:
            note = self.session.add_note(self.current_entry_id, media_id, at_s, text)
        except InputError as exc:
            show_error(self, exc)
            return
        self.sheet.add_note(note)

    def _note_activated(self, note: NoteRecord) -> None:
        self.player.seek_to(note.media_id, note.at_s)

    def ask_note_text(self, note: NoteRecord) -> str | None:
        text, ok = QtWidgets.QInputDialog.getText(
            self,
            self.tr("Edit the note"),
            self.tr("Note at %1").replace("%1", format_time(int(note.at_s * 1000))),
            QtWidgets.QLineEdit.EchoMode.Normal,
            note.text,
        )
        return text if ok else None

    def _edit_note(self, note: NoteRecord) -> None:
        text = self.ask_note_text(note)
        if text and text.strip() and self.session is not None:
            self.sheet.replace_note(self.session.edit_note(note, text.strip()))

    def _delete_note(self, note: NoteRecord) -> None:
        if self.session is None:
            return
        self.session.delete_note(note)
        self.sheet.remove_note(note.id)

    # --- recusal -----------------------------------------------------------------------------------
    def ask_recusal_reason(self) -> str | None:
        """The reason for a conflict of interest, or None if the expert changed their mind."""
        entry = self.current_entry()
        title = localized(entry.title, self._lang) if entry else ""
        dialog = RecusalDialog(
            self.tr("Declare a conflict of interest"),
            self.tr(
                "You will not score «%1». Say briefly why (for example: I am a co-author "
                "of the course). The reason goes into your signed sheet."
            ).replace("%1", title),
            self,
        )
        self.recusal_dialog = dialog
        try:
            return dialog.reason.toPlainText() if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted else None
        finally:
            self.recusal_dialog = None
            dialog.deleteLater()

    def declare_recusal(self) -> None:
        if self.session is None or self.current_entry_id is None or self.sheet.is_recused():
            return
        reason = self.ask_recusal_reason()
        if reason is None:
            return
        try:
            self.session.set_recusal(self.current_entry_id, reason)
        except InputError as exc:
            show_error(self, exc, title=self.tr("Declare a conflict of interest"))
            return
        self.sheet.set_recused(True, reason.strip())

    def withdraw_recusal(self) -> None:
        if self.session is None or self.current_entry_id is None:
            return
        self.session.clear_recusal(self.current_entry_id)
        self._show_entry(self.current_entry_id)

    # --- finalising --------------------------------------------------------------------------------
    def finalise(self) -> None:
        if self.session is None or self.round_file is None or self.stack.currentIndex() != WORK:
            return
        self.session.flush()
        try:
            media_check = self.media_compliance.details.model.check()
            missing, last, fingerprint, review = self.session.call(
                lambda ws: (ws.missing_items(), ws.last_export(), ws.key_fingerprint(), review_rows(ws, media_check))
            )
        except InputError as exc:
            show_error(self, exc)
            return
        dialog = FinaliseDialog(
            self.round_file, missing, (last.revision if last else 0) + 1, fingerprint, self._lang, self, review
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.jump_requested.connect(self.jump_to)
        dialog.accepted.connect(self._export_after_check)
        self.finalise_dialog = dialog
        dialog.open()

    def _export_after_check(self) -> None:
        path = self.choose_export_path()
        if path is not None:
            self.export_sheet(path)

    def export_sheet(self, path: Path) -> tuple[dict, str] | None:
        """Sign and write the next revision to `path`; shows its code and offers the PDF."""
        try:
            sheet, code = self.session.call(lambda ws: ws.finalise_and_export(path))
        except InputError as exc:
            show_error(self, exc, title=self.tr("The sheet was not exported"))
            return None
        remember_folder("export", path)
        self.print_actions.set_document(None)  # the PDF saved before shows the previous revision
        self.session.load_all_progress()
        self._update_export_state()
        self._update_actions()
        self.exported_dialog = ExportedDialog(str(path), sheet["revision"], code, self)
        self.exported_dialog.pdf_requested.connect(lambda: self.save_pdf(sheet))
        self.exported_dialog.open()
        return sheet, code

    def choose_export_path(self) -> Path | None:
        expert = self.session.call(lambda ws: ws.expert)
        name = file_name_part(expert.name if expert else "expert", "expert")
        default = Path(last_folder("export")) / f"{name}.sheet.json"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save the signed sheet"), str(default), self.tr("Sheet files (*.sheet.json);;All files (*)")
        )
        return Path(path) if path else None

    def choose_pdf_path(self, default: Path) -> Path | None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet as PDF"), str(default), self.tr("PDF documents (*.pdf)")
        )
        return Path(path) if path else None

    def save_pdf(self, sheet: dict | None = None) -> None:
        if self.session is None or self.round_file is None:
            return
        sheet = sheet or self.session.call(last_exported_sheet)
        if sheet is None:
            self.status_message.emit(self.tr("Finalise and export the sheet first"))
            return
        try:
            from app.reports.sheet_pdf import write_sheet_pdf
        except ImportError:
            self.status_message.emit(self.tr("The sheet PDF cannot be made in this installation"))
            return
        name = file_name_part(sheet.get("expert_name") or "expert", "expert")
        path = self.choose_pdf_path(Path(last_folder("export")) / f"{name}-r{sheet['revision']}.pdf")
        if path is None:
            return
        remember_folder("export", path)
        self.pdf_operation = run_in_background(
            write_sheet_pdf,
            self.round_file,
            sheet,
            path,
            self._lang,
            parent=self,
            title=self.tr("Writing the sheet PDF"),
            on_success=lambda written: self._pdf_saved(written, sheet),
        )

    def _pdf_saved(self, written, sheet: dict) -> None:
        remember_sheet_pdf(self.round_file.header.round_id, sheet.get("expert_id", ""), sheet["revision"], written)
        last = self.session.call(lambda ws: ws.last_export()) if self.session is not None else None
        if last is not None and last.revision == sheet["revision"]:
            self.print_actions.set_document(written)
        self.status_message.emit(self.tr("Saved %1").replace("%1", str(written)))

    # --- the public key ----------------------------------------------------------------------------
    def choose_key_path(self, default: Path) -> Path | None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export my public key"), str(default), self.tr("Public key (*.json);;All files (*)")
        )
        return Path(path) if path else None

    def export_key(self) -> Path | None:
        """Write the chosen expert's public key to a file for the organiser and show its fingerprint."""
        if self.session is None or self.stack.currentIndex() != WORK:
            return None
        expert = self.session.call(lambda ws: ws.expert)
        if expert is None:
            return None
        name = file_name_part(expert.name, "expert")
        path = self.choose_key_path(Path(last_folder("export")) / f"{name}.public-key.json")
        if path is None:
            return None
        try:
            record = export_public_key(identity_for(expert.name), path, name=expert.name)
        except InputError as exc:
            show_error(self, exc, title=self.tr("Export my public key"))
            return None
        except OSError as exc:
            show_error(
                self,
                InputError(
                    path,
                    "",
                    f"the file cannot be written ({exc.strerror or exc})",
                    "choose another folder, for example on a USB stick",
                ),
                title=self.tr("Export my public key"),
            )
            return None
        remember_folder("export", path)
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            self.tr("Export my public key"),
            self.tr("Your public key is saved to %1.").replace("%1", str(path)),
            QtWidgets.QMessageBox.StandardButton.Close,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Fingerprint: %1\nGive the file to the organiser, who pins it in the round. "
                "Read the fingerprint aloud or compare it on paper so that the organiser "
                "knows the file is yours."
            ).replace("%1", record.fingerprint)
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.key_box = box
        self.status_message.emit(self.tr("Public key exported; fingerprint %1").replace("%1", record.fingerprint))
        return path

    def jump_to(self, entry_id: str, criterion_id: str | None) -> None:
        """Show an entry and put the keyboard on one of its criteria (from the finalisation check)."""
        if self.select_entry(entry_id):
            self.sheet.focus_criterion(criterion_id)

    def _offer_saved_pdf(self) -> None:
        """After a restart Print and Print preview act on the PDF saved for the last revision."""
        last = self.session.call(lambda ws: ws.last_export())
        expert_id = self.current_expert_id()
        path = remembered_sheet_pdf(
            self.round_file.header.round_id, expert_id or "", last.revision if last is not None else None
        )
        self.print_actions.set_document(path)

    def _update_export_state(self) -> None:
        if self.session is None or self.stack.currentIndex() != WORK:
            self.export_state.clear()
            return
        last = self.session.call(lambda ws: ws.last_export())
        if last is None:
            self.export_state.setText(self.tr("Not exported yet"))
            return
        if not self._export_matches_round(last.revision):
            self.export_state.setText(
                self.tr(
                    "⚠ Revision %1 (code %2) was made for an earlier version of the round "
                    "file, so the chair will not accept it: export again"
                )
                .replace("%1", str(last.revision))
                .replace("%2", last.code)
            )
            return
        changed = self.entry_model.changed_count()
        text = self.tr("Revision %1 exported, code %2").replace("%1", str(last.revision)).replace("%2", last.code)
        if changed:
            text += " · " + self.tr("%n course(s) changed since: export again", "", changed)
        self.export_state.setText(text)

    def _export_matches_round(self, revision: int) -> bool:
        """Whether the last exported sheet was made for the round file open now (the chair refuses it
        otherwise). Its sheet is read once per revision: this runs on every committed change."""
        if self._export_round is None or self._export_round[0] != revision:
            sheet = self.session.call(last_exported_sheet)
            self._export_round = (revision, sheet.get("round_sha256") if sheet else None)
        return self._export_round[1] == self.round_file.sha256

    def _update_actions(self) -> None:
        working = self.session is not None and self.stack.currentIndex() == WORK
        has_entry = working and self.current_entry_id is not None
        for act in (self.act_finalise, self.act_next, self.act_previous, self.act_search):
            act.setEnabled(working)
        for act in (self.act_note, self.act_recuse):
            act.setEnabled(has_entry)
        self.finalise_button.setEnabled(working)
        self.conflicts.action.setEnabled(working)
        self.act_pdf.setEnabled(working)
        self.act_export_key.setEnabled(working)
        self.reconsider.action.setEnabled(working)

    def _show_problem(self, message: str) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Cannot open"),
            message,
            QtWidgets.QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.problem_box = box

    # --- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._lang = current_language()
        self.no_round.setText(
            self.tr("Open a round file to start: File → Open round…, or drag the file into this window.")
        )
        self.chooser.retranslate()
        self.expert_label.setText(self.tr("Expert:"))
        self.change_expert_button.setText(self.tr("Change…"))
        self.change_expert_button.setToolTip(self.tr("Work as another member of the commission (asks first)"))
        self.finalise_button.setText(self.tr("Finalise…"))
        self.finalise_button.setToolTip(self.tr("Check what is missing, then sign and export your sheet (Ctrl+E)"))
        self.search.setPlaceholderText(self.tr("Find a course, an author, a faculty…"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for key, text in (
            (FILTER_ALL, self.tr("All courses")),
            (FILTER_OPEN, self.tr("Still to score")),
            (FILTER_DONE, self.tr("Done")),
            (FILTER_RECUSED, self.tr("Recused")),
            (FILTER_CHANGED, self.tr("Changed since export")),
        ):
            self.status_filter.addItem(text, key)
        self.status_filter.setCurrentIndex(max(0, current))
        self.status_filter.blockSignals(False)
        self.round_warning.setText(
            self.tr(
                "The round file has changed since you started scoring. Your sheet will "
                "be made for the new version: check your scores."
            )
        )
        self.act_finalise.setText(self.tr("&Finalise and export the sheet…"))
        self.act_pdf.setText(self.tr("Save the sheet as &PDF…"))
        self.print_actions.retranslate()
        self.act_note.setText(self.tr("Add a &note at the current video time"))
        self.act_next.setText(self.tr("N&ext course"))
        self.act_previous.setText(self.tr("&Previous course"))
        self.act_search.setText(self.tr("F&ind a course"))
        self.act_undo.setText(self.tr("&Undo the last score or comment change"))
        self.act_redo.setText(self.tr("&Redo"))
        self.act_recuse.setText(self.tr("Declare a &conflict of interest…"))
        self.conflicts.retranslate()
        self.act_export_key.setText(self.tr("Export my public &key…"))
        self.act_export_key.setToolTip(
            self.tr(
                "Save this computer's public key for you to a file; the organiser "
                "pins it in the round so that only sheets signed here are accepted"
            )
        )
        self.reconsider.retranslate()
        self.media_compliance.retranslate()
        self.entry_model.set_language(self._lang)
        self._size_columns()
        self.sheet.retranslate(self._lang)
        self.details.retranslate(self._lang)
        self._show_saved_state(self._saved)
        self._update_export_state()
        self._update_note_target()

    def _size_columns(self) -> None:
        """Widths from the texts a column can hold, never from its rows: ResizeToContents would
        measure every entry on each change, and a round of a thousand entries would crawl."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        padding = 18
        for column in (NUMBER, PROGRESS, WATCHED):
            texts = self.entry_model.widest_texts(column)
            header = self.entry_model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max([metrics.horizontalAdvance(t) for t in texts] + [header_metrics.horizontalAdvance(header) + 8])
            self.table.setColumnWidth(column, width + padding)

    def page_title(self) -> str:
        return self.tr("Expert")
