"""The notes of one entry, pinned to video times, as a list model."""

from __future__ import annotations

from app.models.round_model import Entry
from app.models.workspace_notes import NoteRecord
from app.ui.player.playlist import format_time
from app.ui.qt import ModelIndex, Qt, QtCore

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesModel(QtCore.QAbstractListModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[NoteRecord] = []
        self._media_titles: dict[str, str] = {}

    def set_notes(self, entry: Entry | None, notes: list[NoteRecord]) -> None:
        self.beginResetModel()
        self._media_titles = {}
        if entry is not None:
            for item in entry.ordered_media():
                self._media_titles[item.id] = item.title or item.id
        self._notes = sorted(notes, key=self._order)
        self.endResetModel()

    def notes(self) -> list[NoteRecord]:
        return list(self._notes)

    def add(self, note: NoteRecord) -> int:
        row = self._insert_row(note)
        self.beginInsertRows(QtCore.QModelIndex(), row, row)
        self._notes.insert(row, note)
        self.endInsertRows()
        return row

    def replace(self, note: NoteRecord) -> None:
        for row, old in enumerate(self._notes):
            if old.id == note.id:
                self._notes[row] = note
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def remove(self, note_id: int) -> None:
        for row, old in enumerate(self._notes):
            if old.id == note_id:
                self.beginRemoveRows(QtCore.QModelIndex(), row, row)
                del self._notes[row]
                self.endRemoveRows()
                return

    def note(self, row: int) -> NoteRecord | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def _order(self, note: NoteRecord) -> tuple:
        """Videos in playlist order (promo first), then time."""
        order = list(self._media_titles)
        return (order.index(note.media_id) if note.media_id in order else len(order), note.at_s, note.id)

    def _insert_row(self, note: NoteRecord) -> int:
        row = 0
        while row < len(self._notes) and self._order(self._notes[row]) <= self._order(note):
            row += 1
        return row

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = self._media_titles.get(note.media_id, note.media_id)
            return f"{format_time(int(note.at_s * 1000))} · {title} — {note.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to play the video from %1").replace("%1", format_time(int(note.at_s * 1000)))
        if role == NOTE_ROLE:
            return note
        return None
