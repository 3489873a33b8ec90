"""The notes of the evaluation sheet: notes pinned to video times, the field to write one, and the
buttons to add, edit and delete them. Its texts are the sheet's (translation context "SheetPanel")."""

from __future__ import annotations

from app.models.round_model import Entry
from app.models.workspace_notes import NoteRecord
from app.ui.expert.notes_model import NOTE_ROLE, NotesModel
from app.ui.i18n import translate
from app.ui.player.playlist import format_time
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal


class NotesBox(QtWidgets.QWidget):
    note_requested = Signal()  # the user wants to pin a note at the current time
    note_submitted = Signal(str)  # the note's text, for the time pinned by begin_note()
    note_activated = Signal(object)  # NoteRecord: play the video from there
    note_edit_requested = Signal(object)  # NoteRecord
    note_delete_requested = Signal(object)  # NoteRecord

    def __init__(self, heading_font: QtGui.QFont, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._can_note = False
        self._note_time = ""
        self._recused = False
        self.notes_title = QtWidgets.QLabel()
        self.notes_title.setFont(heading_font)
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
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes_view)
        layout.addWidget(self.note_edit)
        layout.addLayout(note_buttons)

    def show_notes(self, entry: Entry | None, notes: list[NoteRecord]) -> None:
        self.notes_model.set_notes(entry, notes)
        self.cancel_note()

    def set_recused(self, recused: bool) -> None:
        """A recused course takes no new note."""
        self._recused = recused
        self.update_buttons()

    def set_note_target(self, available: bool, time_text: str = "") -> None:
        """Whether a video is loaded (notes pin to it) and its current time, for the button text."""
        self._can_note = available
        self._note_time = time_text
        self.update_buttons()

    def begin_note(self, time_s: float) -> None:
        """Show the note field for a note pinned at `time_s`; Enter saves it, Escape cancels."""
        self.note_edit.setPlaceholderText(
            translate("SheetPanel", "Note at %1 — type it and press Enter (Esc cancels)").replace(
                "%1", format_time(int(time_s * 1000))
            )
        )
        self.note_edit.clear()
        self.note_edit.show()
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cancel_note(self) -> None:
        self.note_edit.clear()
        self.note_edit.hide()

    def add_note(self, note: NoteRecord) -> None:
        row = self.notes_model.add(note)
        self.notes_view.setCurrentIndex(self.notes_model.index(row))
        self.update_buttons()

    def replace_note(self, note: NoteRecord) -> None:
        self.notes_model.replace(note)

    def remove_note(self, note_id: int) -> None:
        self.notes_model.remove(note_id)
        self.update_buttons()

    def _submit_note(self) -> None:
        text = self.note_edit.text().strip()
        if text:
            self.note_submitted.emit(text)
        self.cancel_note()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.note_edit
            and isinstance(event, QtGui.QKeyEvent)
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
        self.update_buttons()

    def _selected_note_action(self, signal: QtCore.SignalInstance) -> None:
        note = self.notes_view.currentIndex().data(NOTE_ROLE)
        if note is not None:
            signal.emit(note)

    def _note_menu(self, pos: QtCore.QPoint) -> None:
        index = self.notes_view.indexAt(pos)
        note = index.data(NOTE_ROLE) if index.isValid() else None
        if note is None:
            return
        menu = QtWidgets.QMenu(self)
        menu.addAction(translate("SheetPanel", "Play from here"), lambda: self.note_activated.emit(note))
        menu.addAction(translate("SheetPanel", "Edit the note…"), lambda: self.note_edit_requested.emit(note))
        menu.addAction(translate("SheetPanel", "Delete the note"), lambda: self.note_delete_requested.emit(note))
        menu.popup(self.notes_view.viewport().mapToGlobal(pos))

    def update_buttons(self) -> None:
        self.note_button.setEnabled(self._can_note and not self._recused)
        if self._can_note:
            self.note_button.setText(
                translate("SheetPanel", "Add a note at %1").replace("%1", self._note_time or "0:00")
            )
        else:
            self.note_button.setText(translate("SheetPanel", "Add a note (play a video first)"))
        has_note = self.notes_view.currentIndex().isValid()
        self.edit_note_button.setEnabled(has_note)
        self.delete_note_button.setEnabled(has_note)

    def retranslate(self) -> None:
        self.notes_title.setText(translate("SheetPanel", "Notes on the videos"))
        self.edit_note_button.setText(translate("SheetPanel", "Edit"))
        self.delete_note_button.setText(translate("SheetPanel", "Delete"))
        self.notes_view.setToolTip(translate("SheetPanel", "Click a note to play the video from its time"))
        self.update_buttons()
