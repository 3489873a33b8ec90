"""Notes pinned to a time of a video: the expert page's part (the sheet shows them, the player gives
the time). Its texts are the page's (translation context "ExpertPage")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.errors import InputError
from app.models.workspace_notes import NoteRecord
from app.ui.i18n import translate
from app.ui.player.playlist import format_time
from app.ui.qt import QObject, QtWidgets
from app.ui.worker import show_error

if TYPE_CHECKING:
    from app.ui.expert.page import ExpertPage


class NoteTaking(QObject):
    """Pins a note at the player's current time, plays a video from a note, edits and deletes notes."""

    def __init__(self, page: ExpertPage) -> None:
        super().__init__(page)
        self.page = page
        self._pin: tuple[str, float] | None = None  # the video and time the note being typed belongs to
        notes = page.sheet.notes
        notes.note_requested.connect(self.begin)
        notes.note_submitted.connect(self._submitted)
        notes.note_activated.connect(self._activated)
        notes.note_edit_requested.connect(self._edit)
        notes.note_delete_requested.connect(self._delete)

    def update_target(self) -> None:
        """The sheet's note button names the time a note would be pinned at."""
        player = self.page.player
        media_id = player.current_media_id()
        self.page.sheet.notes.set_note_target(media_id is not None, format_time(int(player.current_time() * 1000)))

    def begin(self) -> None:
        page = self.page
        media_id = page.player.current_media_id()
        if media_id is None or page.current_entry_id is None or page.sheet.is_recused():
            page.status_message.emit(
                translate("ExpertPage", "Notes are pinned to a video: play one of the course's videos first")
            )
            return
        self._pin = (media_id, page.player.current_time())
        page.sheet.notes.begin_note(self._pin[1])

    def _submitted(self, text: str) -> None:
        page = self.page
        if self._pin is None or page.session is None or page.current_entry_id is None:
            return
        media_id, at_s = self._pin
        self._pin = None
        try:
            note = page.session.add_note(page.current_entry_id, media_id, at_s, text)
        except InputError as exc:
            show_error(page, exc)
            return
        page.sheet.notes.add_note(note)

    def _activated(self, note: NoteRecord) -> None:
        self.page.player.seek_to(note.media_id, note.at_s)

    def ask_text(self, note: NoteRecord) -> str | None:
        text, ok = QtWidgets.QInputDialog.getText(
            self.page,
            translate("ExpertPage", "Edit the note"),
            translate("ExpertPage", "Note at %1").replace("%1", format_time(int(note.at_s * 1000))),
            QtWidgets.QLineEdit.EchoMode.Normal,
            note.text,
        )
        return text if ok else None

    def _edit(self, note: NoteRecord) -> None:
        text = self.ask_text(note)
        if text and text.strip() and self.page.session is not None:
            self.page.sheet.notes.replace_note(self.page.session.edit_note(note, text.strip()))

    def _delete(self, note: NoteRecord) -> None:
        if self.page.session is None:
            return
        self.page.session.delete_note(note)
        self.page.sheet.notes.remove_note(note.id)
