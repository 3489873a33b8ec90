"""The expert's page: the entry list, the player with the course details, and the sheet.

Every change goes to the working database as it is made (see `session.py`); reopening the round
restores the chosen expert, the selected entry, the scores, notes and playback positions. The page
puts its parts together; each concern has its own module: who signs (chooser.py), the list
(entry_list.py), changes and undo (undo.py), notes (note_taking.py), the player's reports
(playback.py), recusal (recusal.py) and what the expert hands over (handover.py).
"""

from __future__ import annotations

from collections.abc import Callable

from app.models.errors import InputError
from app.models.expert_progress import watched_from_viewing
from app.models.round import RoundFile
from app.ui.actions import ActionSet
from app.ui.expert.chooser import ExpertChooser
from app.ui.expert.commands import ACTIONS
from app.ui.expert.conflicts_dialog import ConflictReview
from app.ui.expert.details_panel import DetailsPanel
from app.ui.expert.entry_list import EntryList
from app.ui.expert.handover import SheetHandover
from app.ui.expert.media_compliance import MediaComplianceLine
from app.ui.expert.note_taking import NoteTaking
from app.ui.expert.playback import PlaybackReports
from app.ui.expert.player_area import PlayerArea
from app.ui.expert.reconsideration_panel import ReconsiderationActions
from app.ui.expert.recusal import Recusal
from app.ui.expert.session import ExpertSession
from app.ui.expert.sheet_panel import SheetPanel
from app.ui.expert.undo import NOT_SAVED, SAVED, SheetEdits
from app.ui.expert.work_bar import WorkBar
from app.ui.i18n import current_language
from app.ui.qt import QAction, Qt, QtCore, QtWidgets
from app.ui.role_page import RolePage
from app.ui.widgets.message_banner import MessageBanner
from app.ui.worker import show_error

NO_ROUND, CHOOSE_EXPERT, WORK = range(3)


class ExpertPage(RolePage):
    """The expert role's page of the main window (see ui-common: Page(round_file, parent))."""

    def __init__(self, round_file: RoundFile | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_file: RoundFile | None = None
        self.session: ExpertSession | None = None
        self.current_entry_id: str | None = None
        self.lang = current_language()
        self._build()
        self.edits = SheetEdits(self)
        self.note_taking = NoteTaking(self)
        self.playback = PlaybackReports(self)
        self.recusal = Recusal(self)
        self.handover = SheetHandover(
            self, lambda: self.media_compliance.details.model.check(), self._changed_since_export
        )
        self.handover.status_message.connect(self.status_message)
        self.handover.export_state_changed.connect(self.work_bar.export_state.setText)
        self.handover.jump_requested.connect(self.jump_to)
        self._connect()
        slots: dict[str, Callable[[], object]] = {
            "finalise": self.handover.finalise,
            "pdf": self.handover.save_pdf,
            "note": self.note_taking.begin,
            "next": lambda: self.entry_list.step(1),
            "previous": lambda: self.entry_list.step(-1),
            "search": self.entry_list.focus_search,
            "recuse": self.recusal.declare,
            "export_key": self.handover.export_key,
            "undo": self.edits.stack.undo,
            "redo": self.edits.stack.redo,
        }
        self.commands = ActionSet(self, ACTIONS, slots)
        self.reconsider = ReconsiderationActions(self)  # the chair's request for a second round
        self.conflicts = ConflictReview(self)  # suggested conflicts of interest: asked at the start of work
        for name, can in (("undo", self.edits.stack.canUndoChanged), ("redo", self.edits.stack.canRedoChanged)):
            self.commands[name].setEnabled(False)
            can.connect(self.commands[name].setEnabled)
        self.retranslate()
        self.set_round(round_file)

    # --- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QtWidgets.QStackedWidget()
        self.no_round = QtWidgets.QLabel()
        self.no_round.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_round.setWordWrap(True)
        self.chooser = ExpertChooser()
        self.entry_list = EntryList()
        self.entry_model = self.entry_list.entry_model
        self.player = PlayerArea()
        self.details = DetailsPanel()
        middle = QtWidgets.QSplitter(Qt.Orientation.Vertical)  # the player above the details
        middle.addWidget(self.player)
        middle.addWidget(self.details)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setChildrenCollapsible(False)
        self.sheet = SheetPanel()
        self.media_compliance = MediaComplianceLine()
        self.sheet.set_video_panel(self.media_compliance)
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.entry_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.sheet)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([440, 640, 480])
        self.splitter.setChildrenCollapsible(False)
        self.work_bar = WorkBar()
        self.round_warning = MessageBanner()
        work = QtWidgets.QWidget()
        work_layout = QtWidgets.QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(2)
        work_layout.addWidget(self.work_bar)
        work_layout.addWidget(self.round_warning)
        work_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.no_round)
        self.stack.addWidget(self.chooser)
        self.stack.addWidget(work)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _connect(self) -> None:
        self.chooser.chosen.connect(self.choose_expert)
        self.chooser.back_requested.connect(self._back_to_work)
        self.work_bar.change_expert_button.clicked.connect(self.ask_for_expert)
        self.work_bar.finalise_button.clicked.connect(self.handover.finalise)
        self.entry_list.entry_chosen.connect(self._entry_chosen)
        self.entry_list.open_requested.connect(self.focus_sheet)
        self.player.time_changed.connect(self.note_taking.update_target)
        self.player.position_saved.connect(lambda *_: self.note_taking.update_target())
        self.sheet.recusal_requested.connect(self.recusal.declare)
        self.sheet.recusal_withdrawn.connect(self.recusal.withdraw)

    def page_actions(self) -> list[QAction | None]:
        act = self.commands
        return [
            act["finalise"],
            act["pdf"],
            *self.handover.print_actions.actions(),
            act["export_key"],
            self.reconsider.action,
            None,
            act["undo"],
            act["redo"],
            None,
            act["note"],
            act["recuse"],
            self.conflicts.action,
            None,
            act["next"],
            act["previous"],
            act["search"],
        ]

    # --- the round ---------------------------------------------------------------------------------
    def set_round(self, round_file: RoundFile | None) -> None:
        self._close_session()
        self.edits.stack.clear()
        self.round_file = round_file
        self.handover.set_round(round_file, None)
        self.current_entry_id = None
        self.entry_model.set_entries([], lambda _id: None, 0)
        self.sheet.show_entry(None, 0, None)
        self.details.show_entry(None, None)
        self.player.set_entry(None, None, {})
        self.media_compliance.set_entry(None)
        self.media_compliance.check_round(None)
        if round_file is None:
            self._set_stage(NO_ROUND)
            return
        session = ExpertSession(round_file, self)
        try:
            opened = session.open()
        except InputError as exc:
            session.close()
            self.no_round.setText(str(exc))
            self._set_stage(NO_ROUND)
            return
        self.session = session
        self.handover.set_round(round_file, session)
        session.progress_changed.connect(self.entry_model.set_progress)
        session.progress_changed.connect(self.handover.update_export_state)
        session.all_progress_loaded.connect(self.entry_model.set_all_progress)
        session.all_progress_loaded.connect(self.handover.update_export_state)
        session.watched_changed.connect(self.entry_model.set_watched)
        session.committed.connect(lambda: self.work_bar.show_saved_state(SAVED))
        session.failed.connect(self._save_failed)
        header = round_file.header
        self.entry_model.set_entries(round_file.entry_ids(), round_file.entry, len(header.criteria))
        self.entry_list.size_columns()
        self.sheet.set_criteria(header.criteria)
        self.chooser.set_experts(round_file)
        self._show_expert(opened.expert_id)
        if opened.round_changed:
            self.round_warning.show_message(self.round_warning_text, "warning")
        else:
            self.round_warning.clear()
        self.media_compliance.check_round(round_file)
        if opened.expert_id is None:
            self._set_stage(CHOOSE_EXPERT)
            return
        self._start_work(round_file, opened.selected_entry_id)

    def _set_stage(self, stage: int) -> None:
        """No round, the list of names or the work; the commands follow."""
        self.stack.setCurrentIndex(stage)
        self._update_actions()

    def _update_actions(self) -> None:
        working = self.session is not None and self.stack.currentIndex() == WORK
        self.handover.working = working
        has_entry = working and self.current_entry_id is not None
        for name in ("finalise", "next", "previous", "search", "pdf", "export_key"):
            self.commands[name].setEnabled(working)
        for name in ("note", "recuse"):
            self.commands[name].setEnabled(has_entry)
        self.work_bar.finalise_button.setEnabled(working)
        self.conflicts.action.setEnabled(working)
        self.reconsider.action.setEnabled(working)

    def _start_work(self, round_file: RoundFile, selected_entry_id: str | None) -> None:
        self._set_stage(WORK)
        self.handover.update_export_state()
        self.handover.offer_saved_pdf()
        entry_ids = round_file.entry_ids()
        target = selected_entry_id or (entry_ids[0] if entry_ids else None)
        if target:
            self.select_entry(target)
        self._update_actions()
        self.entry_list.table.setFocus(Qt.FocusReason.OtherFocusReason)  # the list, never who signs
        # After the window has painted (posted paint events run before zero timers): computing every
        # entry's progress on the database thread must compete neither with showing the entry above
        # nor with that first paint.
        QtCore.QTimer.singleShot(0, self._load_all_progress)
        QtCore.QTimer.singleShot(0, self.conflicts.offer_pending)

    def _load_all_progress(self) -> None:
        if self.session is not None:
            self.session.load_all_progress()

    def shutdown(self) -> None:
        """The window is closing: save the playback position and everything queued, free the player."""
        self._close_session()
        self.media_compliance.check_round(None)  # stops a check still running
        self.player.shutdown()

    def _close_session(self) -> None:
        self.player.pause()  # saves the position first
        self.handover.session = None  # a report the closed session queued finds nothing to read
        if self.session is not None:
            self.session.close()
            self.session.deleteLater()
            self.session = None

    # --- who signs ---------------------------------------------------------------------------------
    def choose_expert(self, expert_id: str) -> None:
        if self.session is None or self.round_file is None:
            return
        self.session.flush()
        self.session.choose_expert(expert_id)
        self.handover.forget_export()
        self.edits.stack.clear()  # another expert's sheet: nothing of the previous one to undo
        self._show_expert(expert_id)
        self.entry_model.set_all_progress({}, {})
        self.current_entry_id = None
        self._start_work(self.round_file, self.session.call(lambda ws: ws.selected_entry_id))

    def current_expert_id(self) -> str | None:
        return self.session.call(lambda ws: ws.expert_id) if self.session is not None else None

    def _show_expert(self, expert_id: str | None) -> None:
        self.work_bar.expert_name.setText(self.chooser.name_of(expert_id))
        self.chooser.set_current(expert_id)

    def ask_for_expert(self) -> None:
        """'Change…': back to the list of names; nothing changes until a name is confirmed."""
        if self.session is None:
            return
        self.player.pause()
        self.chooser.set_current(self.current_expert_id())
        self._set_stage(CHOOSE_EXPERT)

    def _back_to_work(self) -> None:
        if self.session is not None and self.current_expert_id() is not None:
            self._set_stage(WORK)
            self.entry_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the selected entry ------------------------------------------------------------------------
    def select_entry(self, entry_id: str) -> bool:
        if not self.entry_list.show_entry(entry_id):
            return False
        if self.current_entry_id != entry_id:  # the same row was current already
            self.show_entry(entry_id)
        return True

    def _entry_chosen(self, entry_id: str) -> None:
        if entry_id != self.current_entry_id:
            self.show_entry(entry_id)

    def show_entry(self, entry_id: str) -> None:
        session, round_file = self.session, self.round_file
        if session is None or round_file is None:
            return
        entry = round_file.entry(entry_id)
        if entry is None:
            return
        self.current_entry_id = entry_id
        state = session.entry_state(entry_id)
        self.edits.show_course(state.scores, state.comment)
        number = self.entry_model.row_of(entry_id) + 1
        self.sheet.show_entry(entry, number, state)
        self.details.show_entry(round_file, entry)
        self.media_compliance.set_entry(entry_id)
        positions = {v.media_id: v.position_s for v in state.viewing if v.position_s}
        durations = {v.media_id: v.duration_s for v in state.viewing if v.duration_s}
        self.player.set_entry(round_file, entry, positions, durations)
        self.entry_model.set_watched(entry_id, watched_from_viewing(state.viewing))
        session.select_entry(entry_id)
        files = self.playback.unmeasured_videos(entry, state.viewing)
        if files:  # after this entry has painted, like the progress column

            def learn() -> None:
                if session is self.session:
                    session.learn_durations(entry_id, files)

            QtCore.QTimer.singleShot(0, learn)
        self.note_taking.update_target()
        self._update_actions()

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

    def jump_to(self, entry_id: str, criterion_id: str | None) -> None:
        """Show an entry and put the keyboard on one of its criteria (from the finalisation check)."""
        if self.select_entry(entry_id):
            self.sheet.focus_criterion(criterion_id)

    # --- what happened -----------------------------------------------------------------------------
    def _save_failed(self, exc: BaseException, details: str) -> None:
        self.work_bar.show_saved_state(NOT_SAVED)
        show_error(self, exc, details, self.tr("A change could not be saved"))

    def _changed_since_export(self) -> str:
        changed = self.entry_model.changed_count()
        return self.tr("%n course(s) changed since: export again", "", changed) if changed else ""

    # --- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.lang = current_language()
        self.no_round.setText(
            self.tr("Open a round file to start: File → Open round…, or drag the file into this window.")
        )
        self.chooser.retranslate()
        self.work_bar.retranslate()
        self.round_warning_text = self.tr(
            "The round file has changed since you started scoring. Your sheet will "
            "be made for the new version: check your scores."
        )
        if not self.round_warning.isHidden():
            self.round_warning.show_message(self.round_warning_text, "warning")
        self.round_warning.retranslate()
        self.commands.retranslate()
        self.conflicts.retranslate()
        self.reconsider.retranslate()
        self.media_compliance.retranslate()
        self.entry_list.retranslate(self.lang)
        self.sheet.retranslate(self.lang)
        self.details.retranslate(self.lang)
        self.handover.retranslate(self.lang)
        self.note_taking.update_target()

    def page_title(self) -> str:
        return self.tr("Expert")
