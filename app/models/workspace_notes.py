"""The expert's notes at moments of an entry's videos."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.workspace_store import WorkspaceStore, utc_now


@dataclass(frozen=True)
class NoteRecord:
    id: int
    entry_id: str
    media_id: str
    at_s: float
    text: str


class NotesPart(WorkspaceStore):
    """Notes at moments of the entry's videos."""

    def notes(self, entry_id: str) -> list[NoteRecord]:
        """The entry's notes, by video (round order), then time."""
        self._entry(entry_id)
        rows = self.db.execute(
            "SELECT id, entry_id, media_id, at_s, text FROM notes WHERE expert_id = ? AND entry_id = ?",
            [self._expert_key(), entry_id],
        ).fetchall()
        return self._sorted_notes([NoteRecord(*row) for row in rows])

    def add_note(self, entry_id: str, media_id: str, at_s: float, text: str) -> NoteRecord:
        expert_id = self._need_expert().id
        self._check_media(entry_id, media_id)
        at_s = self._check_seconds(at_s, f"entry {entry_id}, video {media_id}")
        now = utc_now()
        cursor = self.db.execute(
            "INSERT INTO notes (expert_id, entry_id, media_id, at_s, text, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [expert_id, entry_id, media_id, at_s, str(text), now, now],
        )
        assert cursor.lastrowid is not None  # an INSERT that returned has a row id
        return NoteRecord(cursor.lastrowid, entry_id, media_id, at_s, str(text))

    def edit_note(self, note_id: int, text: str | None = None, at_s: float | None = None) -> NoteRecord:
        note = self._note(note_id)
        if at_s is not None:
            at_s = self._check_seconds(at_s, f"entry {note.entry_id}, video {note.media_id}")
        updated = NoteRecord(
            note.id,
            note.entry_id,
            note.media_id,
            note.at_s if at_s is None else at_s,
            note.text if text is None else str(text),
        )
        self.db.execute(
            "UPDATE notes SET at_s = ?, text = ?, updated_at = ? WHERE id = ?",
            [updated.at_s, updated.text, utc_now(), note_id],
        )
        return updated

    def delete_note(self, note_id: int) -> None:
        self._note(note_id)
        self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def _note(self, note_id: int) -> NoteRecord:
        self._need_expert()
        row = self.db.execute(
            "SELECT id, entry_id, media_id, at_s, text FROM notes WHERE id = ? AND expert_id = ?",
            [note_id, self._expert_key()],
        ).fetchone()
        if row is None:
            raise self._bad(
                "notes", f"there is no note {note_id!r}", "it may have been deleted already", "work_no_note", note_id
            )
        return NoteRecord(*row)

    def _sorted_notes(self, notes: list[NoteRecord]) -> list[NoteRecord]:
        def order(note: NoteRecord) -> tuple[int, float, int]:
            media = [m.id for m in self._entry(note.entry_id).media]
            return (media.index(note.media_id) if note.media_id in media else len(media), note.at_s, note.id)

        return sorted(notes, key=order)
