"""The expert's working state for one round: scores, comments, notes, recusals, viewing, exports.

The expert window is built on `Workspace`; it holds no Qt and is tested without a display.

    ws = Workspace(load_round(path))          # opens <data>/rounds/<round_id>.expert.sqlite
    ws.choose_expert("e1")                   # remembered: reopening restores it
    ws.set_score("m01", "c1", 8)             # each mutating call is one committed transaction
    ws.add_note("m01", "v1", 192.5, "дыбыс нашар")
    ws.record_played("m01", "v1", 0.0, 31.5)  # the player reports what it actually played
    ws.progress("m01")                        # EntryProgress(filled=1, total=7, ...)
    ws.missing_items()                        # what still blocks finalisation
    sheet, code = ws.finalise_and_export(Path("e1.sheet.json"))

Rules the window can rely on:
- Every mutating method is one committed transaction: after it returns, a crash loses nothing.
- Mutations need a chosen expert (`NoExpertChosen` otherwise); unknown ids and bad values raise
  `InputError` with a message fit for the user.
- Readers run a fixed number of small queries whatever the round's size (`all_progress()` reads
  every entry in three queries), so they can be called after each change.
- A recusal hides, but keeps, the entry's scores: clearing the recusal brings them back.
- "Changed since export" compares the entry's evaluation (scores, comment, notes, recusal) with
  the last exported revision; viewing time is left out, since watching more changes no judgement.
- Scores for criteria or entries that the round no longer has are kept but ignored.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from app.models.audit import AuditLog
from app.models.canonical import canonical_sha256, sha256_hex
from app.models.conflicts import DISMISSED, RECUSED, ConflictAnswer, Suggestion, reason_required, suggestions_for_expert
from app.models.errors import InputError, Problem
from app.models.files import atomic_write_bytes
from app.models.keys import identity_for, public_key_of
from app.models.round import Entry, Expert, Round, RoundFile
from app.models.sheet_build import build_signed_sheet
from app.models.signing import key_fingerprint, verification_code
from app.models.storage import open_database, transaction


class NoExpertChosen(InputError):
    def __init__(self, round_path: Path | None):
        super().__init__(
            round_path,
            "",
            "no expert is chosen for this round",
            "choose yourself in the commission list first",
            code="no_expert_chosen",
        )


@dataclass(frozen=True)
class EntryProgress:
    entry_id: str
    filled: int  # criteria of the round with a score
    total: int  # criteria in the round
    recused: bool
    done: bool  # recused, or every criterion scored
    exported: bool  # some revision has been exported
    changed_since_export: bool  # differs from the last export (or has content and none was made)


@dataclass(frozen=True)
class NoteRecord:
    id: int
    entry_id: str
    media_id: str
    at_s: float
    text: str


@dataclass(frozen=True)
class MediaViewing:
    media_id: str
    watched_s: float  # distinct seconds played (union of the played intervals)
    duration_s: float | None
    position_s: float | None  # where playback stopped last, to resume there


@dataclass(frozen=True)
class MissingItem:
    entry_id: str
    criterion_id: str | None  # None: the entry is neither scored nor recused at all
    message: str


@dataclass(frozen=True)
class ExportRecord:
    revision: int
    code: str
    path: str
    sha256: str
    finalized_at: str


class Workspace:
    """One expert's working state for one round, stored in the round's `expert` database."""

    def __init__(self, round_file: RoundFile, db: sqlite_utils.Database | None = None):
        self.round_file = round_file
        self.header = round_file.header
        self.db = db if db is not None else open_database(self.header.round_id, "expert")
        self.audit = AuditLog(self.db)
        # Entries are asked of the round file one at a time: a large round opened from its index
        # builds only those the expert works on (every entry only for the sheet).
        self._entry_ids = round_file.entry_ids()
        self._entries = frozenset(self._entry_ids)
        self._criteria = {c.id: c for c in self.header.criteria}
        first_seen = self._state("round_sha256")
        if first_seen is None:
            self._set_state("round_sha256", round_file.sha256)
        self.round_changed = first_seen is not None and first_seen != round_file.sha256
        chosen = self._state("expert_id")
        self._expert: Expert | None = self.header.expert(chosen) if chosen else None
        self._snapshot: dict[str, str] = self._load_snapshot()
        self._empty_digests: dict[str, str] = {}

    def close(self) -> None:
        self.db.close()

    @property
    def round(self) -> Round:
        """The whole round, every entry built (see round_index)."""
        return self.round_file.round

    # ---- expert and selection -------------------------------------------------------------

    @property
    def expert(self) -> Expert | None:
        return self._expert

    @property
    def expert_id(self) -> str | None:
        return self._expert.id if self._expert else None

    def choose_expert(self, expert_id: str) -> Expert:
        expert = self.header.expert(expert_id)
        if expert is None:
            raise self._bad(
                "commission.experts",
                f"there is no expert {expert_id!r} in the round",
                "choose a name from the commission list",
                "work_no_expert",
                expert_id,
            )
        self._set_state("expert_id", expert.id)
        self._expert = expert
        self._snapshot = self._load_snapshot()
        return expert

    def key_fingerprint(self) -> str:
        """Fingerprint of this computer's key for the chosen expert (created on first use)."""
        return key_fingerprint(public_key_of(identity_for(self._need_expert().name)))

    @property
    def selected_entry_id(self) -> str | None:
        value = self._state(self._key("selected_entry"))
        return value if value in self._entries else None

    def select_entry(self, entry_id: str) -> None:
        self._entry(entry_id)
        self._set_state(self._key("selected_entry"), entry_id)

    # ---- scores, comment, recusal ---------------------------------------------------------

    def scores(self, entry_id: str) -> dict[str, int]:
        """The entry's scores for the round's criteria, in criteria order (recused or not)."""
        self._entry(entry_id)
        rows = dict(
            self.db.execute(
                "SELECT criterion_id, value FROM scores WHERE expert_id = ? AND entry_id = ?",
                [self._expert_key(), entry_id],
            ).fetchall()
        )
        return {cid: rows[cid] for cid in self._criteria if cid in rows}

    def score(self, entry_id: str, criterion_id: str) -> int | None:
        return self.scores(entry_id).get(criterion_id)

    def set_score(self, entry_id: str, criterion_id: str, value: int) -> None:
        expert_id = self._need_expert().id
        self._entry(entry_id)
        criterion = self._criteria.get(criterion_id)
        if criterion is None:
            raise self._bad(
                f"entry {entry_id}",
                f"there is no criterion {criterion_id!r} in the round",
                "",
                "work_no_criterion",
                entry_id,
                criterion_id,
            )
        if isinstance(value, bool) or not isinstance(value, int) or not criterion.min <= value <= criterion.max:
            raise self._bad(
                f"entry {entry_id}, criterion {criterion_id}",
                f"the score {value!r} is not allowed",
                f"enter a whole number from {criterion.min} to {criterion.max}",
                "work_bad_score",
                entry_id,
                criterion_id,
                repr(value),
                criterion.min,
                criterion.max,
            )
        self.db.execute(
            "INSERT INTO scores (expert_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [expert_id, entry_id, criterion_id, value, _now()],
        )

    def clear_score(self, entry_id: str, criterion_id: str) -> None:
        expert_id = self._need_expert().id
        self._entry(entry_id)
        self.db.execute(
            "DELETE FROM scores WHERE expert_id = ? AND entry_id = ? AND criterion_id = ?",
            [expert_id, entry_id, criterion_id],
        )

    def comment(self, entry_id: str) -> str:
        return self._entry_state(entry_id)["comment"]

    def set_comment(self, entry_id: str, text: str) -> None:
        self._update_entry_state(entry_id, comment=str(text))

    def recusal(self, entry_id: str) -> tuple[bool, str]:
        """(recused, reason)."""
        state = self._entry_state(entry_id)
        return state["recused"], state["recusal_reason"]

    def set_recusal(self, entry_id: str, reason: str) -> None:
        """Declare a conflict of interest for the entry; the reason is required."""
        if not str(reason).strip():
            raise self._bad(
                f"entry {entry_id}",
                "a recusal needs a reason",
                "say briefly why (e.g. I am a co-author of this course)",
                "work_recusal_reason",
                entry_id,
            )
        self._update_entry_state(entry_id, recused=True, recusal_reason=str(reason).strip())

    def clear_recusal(self, entry_id: str) -> None:
        """Withdraw the recusal; a confirmed suggested conflict for the entry is then unanswered again."""
        with transaction(self.db):
            self._update_entry_state(entry_id, recused=False, recusal_reason="")
            answers = self.conflict_answers()
            if entry_id in answers and answers[entry_id].answer == RECUSED:
                del answers[entry_id]
                self._store_conflict_answers(answers)

    # ---- suggested conflicts of interest (app.models.conflicts) ---------------------------

    def conflict_suggestions(self) -> list[Suggestion]:
        """The round's suggested conflicts of interest for the chosen expert, in round order. Worked
        out once per round version (it reads every entry; a large round reopened builds only those shown)."""
        if self._expert is None:
            return []
        key = self._key(f"conflict_suggestions:{self.round_file.sha256}")
        cached = self._state(key)
        if cached is not None:
            return [
                Suggestion(s["expert_id"], s["entry_id"], tuple(s["grounds"]), tuple(s["authors"]))
                for s in json.loads(cached)
            ]
        found = suggestions_for_expert(self.header, (self._entry(e) for e in self._entry_ids), self._expert.id)
        self._set_state(
            key,
            json.dumps(
                [
                    {"expert_id": s.expert_id, "entry_id": s.entry_id, "grounds": s.grounds, "authors": s.authors}
                    for s in found
                ],
                ensure_ascii=False,
            ),
        )
        return found

    def conflict_answers(self) -> dict[str, ConflictAnswer]:
        """The expert's answers so far, by entry id (kept until changed, across revisions)."""
        raw = self._state(self._key("conflict_answers"))
        return {a["entry_id"]: ConflictAnswer.model_validate(a) for a in json.loads(raw)} if raw else {}

    def pending_conflicts(self) -> list[Suggestion]:
        """Suggestions not answered yet, or answered on other grounds (the round changed since)."""
        answers = self.conflict_answers()
        return [
            s
            for s in self.conflict_suggestions()
            if s.entry_id not in answers or tuple(answers[s.entry_id].grounds) != s.grounds
        ]

    def answer_conflict(self, entry_id: str, answer: str, reason: str) -> None:
        """Confirm (`recused`: the entry is recused with the reason) or dismiss a suggested conflict;
        dismissing needs a reason unless every ground is soft. Dismissing a confirmed one lifts the recusal."""
        self._need_expert()
        suggestion = next((s for s in self.conflict_suggestions() if s.entry_id == entry_id), None)
        if suggestion is None:
            raise self._bad(
                f"entry {entry_id}",
                "no conflict of interest is suggested for this entry",
                "",
                "conflict_not_suggested",
                entry_id,
            )
        if answer not in (RECUSED, DISMISSED):
            raise self._bad(
                f"entry {entry_id}",
                f"the answer {answer!r} is neither recused nor dismissed",
                "",
                "conflict_bad_answer",
                entry_id,
                answer,
            )
        reason = str(reason).strip()
        if reason_required(suggestion.grounds, answer) and not reason:
            raise self._bad(
                f"entry {entry_id}",
                "dismissing a suggested conflict of interest needs a reason",
                "say why there is no conflict, or confirm it and recuse yourself",
                "conflict_reason_required",
                entry_id,
            )
        record = ConflictAnswer.model_validate(
            {"entry_id": entry_id, "grounds": list(suggestion.grounds), "answer": answer, "reason": reason}
        )
        with transaction(self.db):
            answers = self.conflict_answers()
            before = answers.get(entry_id)
            answers[entry_id] = record
            if answer == RECUSED:
                self.set_recusal(entry_id, reason)
            elif before is not None and before.answer == RECUSED and self.recusal(entry_id)[0]:
                self._update_entry_state(entry_id, recused=False, recusal_reason="")
            self._store_conflict_answers(answers)

    def _store_conflict_answers(self, answers: dict[str, ConflictAnswer]) -> None:
        self._set_state(
            self._key("conflict_answers"),
            json.dumps([a.model_dump(mode="json") for a in answers.values()], ensure_ascii=False),
        )

    def _sheet_conflict_answers(self) -> list[dict[str, Any]]:
        """The answers that go into the sheet: those to the current suggestions, in round order; a
        `recused` answer only while the entry is recused (else the sheet would contradict itself)."""
        answers = self.conflict_answers()
        out: list[dict[str, Any]] = []
        for suggestion in self.conflict_suggestions():
            answer = answers.get(suggestion.entry_id)
            if answer is None or tuple(answer.grounds) != suggestion.grounds:
                continue
            if answer.answer == RECUSED and not self.recusal(suggestion.entry_id)[0]:
                continue
            record = answer.model_dump(mode="json")
            if not record["reason"]:
                del record["reason"]
            out.append(record)
        return out

    # ---- notes ----------------------------------------------------------------------------

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
        now = _now()
        cursor = self.db.execute(
            "INSERT INTO notes (expert_id, entry_id, media_id, at_s, text, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [expert_id, entry_id, media_id, at_s, str(text), now, now],
        )
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
            [updated.at_s, updated.text, _now(), note_id],
        )
        return updated

    def delete_note(self, note_id: int) -> None:
        self._note(note_id)
        self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    # ---- viewing and playback position ----------------------------------------------------

    def record_played(self, entry_id: str, media_id: str, start_s: float, end_s: float) -> float:
        """Add a played interval; returns the distinct seconds watched of this video so far."""
        expert_id = self._need_expert().id
        self._check_media(entry_id, media_id)
        place = f"entry {entry_id}, video {media_id}"
        start_s, end_s = self._check_seconds(start_s, place), self._check_seconds(end_s, place)
        if end_s < start_s:
            raise self._bad(
                place,
                f"the played interval ends ({end_s}) before it starts ({start_s})",
                "",
                "work_interval_backwards",
                end_s,
                start_s,
            )
        key = [expert_id, entry_id, media_id]
        with transaction(self.db):
            if end_s > start_s:
                overlapping = self.db.execute(
                    "SELECT min(start_s), max(end_s) FROM viewing WHERE expert_id = ? AND entry_id = ?"
                    " AND media_id = ? AND end_s >= ? AND start_s <= ?",
                    [*key, start_s, end_s],
                ).fetchone()
                if overlapping[0] is not None:
                    start_s, end_s = min(start_s, overlapping[0]), max(end_s, overlapping[1])
                    self.db.execute(
                        "DELETE FROM viewing WHERE expert_id = ? AND entry_id = ? AND media_id = ?"
                        " AND end_s >= ? AND start_s <= ?",
                        [*key, start_s, end_s],
                    )
                self.db.execute(
                    "INSERT INTO viewing (expert_id, entry_id, media_id, start_s, end_s) VALUES (?, ?, ?, ?, ?)",
                    [*key, start_s, end_s],
                )
            return self._watched(entry_id, media_id)

    def played_intervals(self, entry_id: str, media_id: str) -> list[tuple[float, float]]:
        """The merged (disjoint, sorted) intervals played of this video."""
        self._check_media(entry_id, media_id)
        return [
            tuple(row)
            for row in self.db.execute(
                "SELECT start_s, end_s FROM viewing WHERE expert_id = ? AND entry_id = ? AND media_id = ?"
                " ORDER BY start_s",
                [self._expert_key(), entry_id, media_id],
            ).fetchall()
        ]

    def watched_seconds(self, entry_id: str, media_id: str) -> float:
        self._check_media(entry_id, media_id)
        return self._watched(entry_id, media_id)

    def set_duration(self, entry_id: str, media_id: str, duration_s: float) -> None:
        """The video's length as the player found it (used to show and clamp watched time)."""
        self._set_media_state(entry_id, media_id, "duration_s", duration_s)

    def set_position(self, entry_id: str, media_id: str, position_s: float) -> None:
        """Where playback is, to resume there; cheap enough to call every second or so."""
        self._set_media_state(entry_id, media_id, "position_s", position_s)

    def position(self, entry_id: str, media_id: str) -> float | None:
        self._check_media(entry_id, media_id)
        row = self.db.execute(
            "SELECT position_s FROM media_state WHERE expert_id = ? AND entry_id = ? AND media_id = ?",
            [self._expert_key(), entry_id, media_id],
        ).fetchone()
        return row[0] if row else None

    def viewing(self, entry_id: str) -> list[MediaViewing]:
        """Per video of the entry (round order): watched seconds, duration, position."""
        entry = self._entry(entry_id)
        expert = self._expert_key()
        watched = dict(
            self.db.execute(
                "SELECT media_id, sum(end_s - start_s) FROM viewing WHERE expert_id = ? AND entry_id = ?"
                " GROUP BY media_id",
                [expert, entry_id],
            ).fetchall()
        )
        states = {
            row[0]: row[1:]
            for row in self.db.execute(
                "SELECT media_id, duration_s, position_s FROM media_state WHERE expert_id = ? AND entry_id = ?",
                [expert, entry_id],
            ).fetchall()
        }
        return [
            self._media_viewing(item.id, watched.get(item.id, 0.0), *states.get(item.id, (None, None)))
            for item in entry.media
        ]

    @staticmethod
    def _media_viewing(media_id: str, watched: float, duration: float | None, position: float | None) -> MediaViewing:
        return MediaViewing(media_id, _clamp(watched, duration), duration, position)

    def all_viewing(self) -> dict[str, list[MediaViewing]]:
        """`viewing()` for every entry with videos (round order), in two queries."""
        expert = [self._expert_key()]
        watched = {
            (e, m): s
            for e, m, s in self.db.execute(
                "SELECT entry_id, media_id, sum(end_s - start_s) FROM viewing WHERE expert_id = ?"
                " GROUP BY entry_id, media_id",
                expert,
            ).fetchall()
        }
        states = {
            (row[0], row[1]): row[2:]
            for row in self.db.execute(
                "SELECT entry_id, media_id, duration_s, position_s FROM media_state WHERE expert_id = ?", expert
            ).fetchall()
        }
        return {
            entry_id: [
                self._media_viewing(
                    media_id, watched.get((entry_id, media_id), 0.0), *states.get((entry_id, media_id), (None, None))
                )
                for media_id in media_ids
            ]
            for entry_id, media_ids, _files in self.round_file.outline()
            if media_ids
        }

    # ---- progress and finalisation --------------------------------------------------------

    def progress(self, entry_id: str) -> EntryProgress:
        self._entry(entry_id)
        return self._progress(entry_id, self.scores(entry_id), self._entry_state(entry_id), self.notes(entry_id))

    def all_progress(self) -> dict[str, EntryProgress]:
        """Progress of every entry, in round order, in three queries."""
        scores, states, notes = self._everything()
        return {
            entry_id: self._progress(
                entry_id, scores.get(entry_id, {}), states.get(entry_id, _EMPTY_STATE), notes.get(entry_id, [])
            )
            for entry_id in self._entry_ids
        }

    def missing_items(self) -> list[MissingItem]:
        """What blocks finalisation: unscored criteria, entries neither scored nor recused."""
        if self._expert is None:
            return [MissingItem("", None, "no expert is chosen")]
        scores, states, _ = self._everything()
        missing = []
        for entry_id in self._entry_ids:
            if states.get(entry_id, _EMPTY_STATE)["recused"]:
                continue
            filled = scores.get(entry_id, {})
            if not filled:
                missing.append(MissingItem(entry_id, None, f"entry {entry_id} is neither scored nor recused"))
                continue
            for cid in self._criteria:
                if cid not in filled:
                    missing.append(MissingItem(entry_id, cid, f"entry {entry_id}: criterion {cid} is not scored"))
        return missing

    def last_export(self) -> ExportRecord | None:
        row = self.db.execute(
            "SELECT revision, code, path, sha256, finalized_at FROM exports WHERE expert_id = ?"
            " ORDER BY revision DESC LIMIT 1",
            [self._expert_key()],
        ).fetchone()
        return ExportRecord(*row) if row else None

    def build_evaluations(self) -> list[dict[str, Any]]:
        """The sheet's evaluations as they would be exported now (round order)."""
        scores, states, notes = self._everything()
        viewing = self._sheet_viewing()
        return [
            self._evaluation(
                entry_id,
                scores.get(entry_id, {}),
                states.get(entry_id, _EMPTY_STATE),
                notes.get(entry_id, []),
                viewing.get(entry_id, []),
            )
            for entry_id in self._entry_ids
        ]

    def _record_export(
        self,
        expert_id: str,
        sheet: dict[str, Any],
        path: Path,
        snapshot: dict[str, str],
        event: str,
        details: dict[str, Any],
    ) -> str:
        """Inside the caller's transaction: the exports row, the `event` and "export" audit records,
        then the file written atomically; returns the sheet's verification code."""
        revision = sheet["revision"]
        code = verification_code(sheet)
        data = (json.dumps(sheet, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        digest = sha256_hex(data)
        self.db.execute(
            "INSERT INTO exports (expert_id, revision, code, path, sha256, finalized_at, snapshot, sheet)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                expert_id,
                revision,
                code,
                str(path.resolve()),
                digest,
                sheet["finalized_at"],
                json.dumps(snapshot),
                data.decode("utf-8"),
            ],
        )
        self.audit.append(event, {"expert_id": expert_id, "revision": revision, "code": code, **details})
        self.audit.append(
            "export", {"expert_id": expert_id, "revision": revision, "file": str(path.resolve()), "sha256": digest}
        )
        atomic_write_bytes(path, data)
        return code

    def finalise_and_export(self, path: str | Path) -> tuple[dict[str, Any], str]:
        """Build, sign and write the next revision of the sheet; returns (sheet, verification code).

        Refuses (InputError listing every missing item) while `missing_items()` is not empty.
        The revision number is reserved (committed) first; then the file is written atomically
        inside the transaction that records the export and its audit records. A crash between the
        file's rename and that commit leaves a file of revision N the export table lacks, but N
        stays reserved: the next export is N + 1, so two different files never share a revision.
        """
        path = Path(path)
        expert = self._need_expert()
        missing = self.missing_items()
        if missing:
            raise InputError(
                path,
                problems=[
                    Problem(
                        f"entry {m.entry_id}" + (f", criterion {m.criterion_id}" if m.criterion_id else ""),
                        m.message,
                        "score it, or declare a conflict of interest for the entry",
                        "work_missing_score" if m.criterion_id else "work_missing_entry",
                        (m.entry_id, m.criterion_id or ""),
                    )
                    for m in missing
                ],
            )
        evaluations = self.build_evaluations()
        revision = self._reserve_revision(expert.id)
        with transaction(self.db):
            sheet = build_signed_sheet(
                self.round_file, expert.id, evaluations, revision, conflict_answers=self._sheet_conflict_answers()
            )
            snapshot = {ev["entry_id"]: _digest(_without_viewing(ev)) for ev in evaluations}
            code = self._record_export(
                expert.id, sheet, path, snapshot, "finalise", {"round_sha256": self.round_file.sha256}
            )
        self._snapshot = snapshot
        return sheet, code

    def _reserve_revision(self, expert_id: str) -> int:
        """The next revision number for the expert's sheet, recorded as used before any file is written."""
        key = f"reserved_revision:{expert_id}"
        with transaction(self.db):
            exported = self.db.execute(
                "SELECT coalesce(max(revision), 0) FROM exports WHERE expert_id = ?", [expert_id]
            ).fetchone()[0]
            revision = max(exported, int(self._state(key) or 0)) + 1
            self._set_state(key, str(revision))
        return revision

    # ---- internals ------------------------------------------------------------------------

    def _bad(self, place: str, problem: str, fix: str, code: str, *args: object) -> InputError:
        return InputError(self.round_file.path, place, problem, fix, code=code, args=args)

    def _need_expert(self) -> Expert:
        if self._expert is None:
            raise NoExpertChosen(self.round_file.path)
        return self._expert

    def _expert_key(self) -> str:
        # Reading before an expert is chosen simply finds nothing.
        return self._expert.id if self._expert else ""

    def _key(self, name: str) -> str:
        return f"{name}:{self._expert_key()}"

    def _entry(self, entry_id: str) -> Entry:
        entry = self.round_file.entry(entry_id) if entry_id in self._entries else None
        if entry is None:
            raise self._bad("entries", f"there is no entry {entry_id!r} in the round", "", "work_no_entry", entry_id)
        return entry

    def _check_media(self, entry_id: str, media_id: str) -> None:
        if all(item.id != media_id for item in self._entry(entry_id).media):
            raise self._bad(
                f"entry {entry_id}", f"the entry has no video {media_id!r}", "", "work_no_video", entry_id, media_id
            )

    def _check_seconds(self, value: float, place: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise self._bad(
                place, f"the time {value!r} is not a number of seconds from the start", "", "work_bad_time", repr(value)
            )
        return float(value)

    def _state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_state(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def _entry_state(self, entry_id: str) -> dict[str, Any]:
        self._entry(entry_id)
        row = self.db.execute(
            "SELECT comment, recused, recusal_reason FROM entry_state WHERE expert_id = ? AND entry_id = ?",
            [self._expert_key(), entry_id],
        ).fetchone()
        return _state_dict(row) if row else _EMPTY_STATE

    def _update_entry_state(self, entry_id: str, **changes: Any) -> None:
        expert_id = self._need_expert().id
        self._entry(entry_id)
        with transaction(self.db):
            state = {**self._entry_state(entry_id), **changes}
            self.db.execute(
                "INSERT INTO entry_state (expert_id, entry_id, comment, recused, recusal_reason, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET comment = excluded.comment,"
                " recused = excluded.recused, recusal_reason = excluded.recusal_reason,"
                " updated_at = excluded.updated_at",
                [expert_id, entry_id, state["comment"], int(state["recused"]), state["recusal_reason"], _now()],
            )

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
        def order(note: NoteRecord) -> tuple:
            media = [m.id for m in self._entry(note.entry_id).media]
            return (media.index(note.media_id) if note.media_id in media else len(media), note.at_s, note.id)

        return sorted(notes, key=order)

    def _set_media_state(self, entry_id: str, media_id: str, column: str, seconds: float) -> None:
        expert_id = self._need_expert().id
        self._check_media(entry_id, media_id)
        seconds = self._check_seconds(seconds, f"entry {entry_id}, video {media_id}")
        self.db.execute(  # column is one of two fixed names, never user text
            f"INSERT INTO media_state (expert_id, entry_id, media_id, {column}) VALUES (?, ?, ?, ?)"
            f" ON CONFLICT DO UPDATE SET {column} = excluded.{column}",
            [expert_id, entry_id, media_id, seconds],
        )

    def _watched(self, entry_id: str, media_id: str) -> float:
        key = [self._expert_key(), entry_id, media_id]
        total = self.db.execute(
            "SELECT coalesce(sum(end_s - start_s), 0) FROM viewing WHERE expert_id = ?"
            " AND entry_id = ? AND media_id = ?",
            key,
        ).fetchone()[0]
        row = self.db.execute(
            "SELECT duration_s FROM media_state WHERE expert_id = ? AND entry_id = ? AND media_id = ?", key
        ).fetchone()
        return _clamp(total, row[0] if row else None)

    def _everything(self) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, Any]], dict[str, list[NoteRecord]]]:
        expert = [self._expert_key()]
        scores: dict[str, dict[str, int]] = {}
        for entry_id, cid, value in self.db.execute(
            "SELECT entry_id, criterion_id, value FROM scores WHERE expert_id = ?", expert
        ).fetchall():
            if entry_id in self._entries and cid in self._criteria:
                scores.setdefault(entry_id, {})[cid] = value
        scores = {e: {c: s[c] for c in self._criteria if c in s} for e, s in scores.items()}
        states = {
            row[0]: _state_dict(row[1:])
            for row in self.db.execute(
                "SELECT entry_id, comment, recused, recusal_reason FROM entry_state WHERE expert_id = ?", expert
            ).fetchall()
        }
        notes: dict[str, list[NoteRecord]] = {}
        for row in self.db.execute(
            "SELECT id, entry_id, media_id, at_s, text FROM notes WHERE expert_id = ?", expert
        ).fetchall():
            if row[1] in self._entries:
                notes.setdefault(row[1], []).append(NoteRecord(*row))
        return scores, states, {e: self._sorted_notes(n) for e, n in notes.items()}

    def _sheet_viewing(self) -> dict[str, list[dict[str, Any]]]:
        """The sheet's `viewing` lists: videos played at all, rounded to tenths of a second."""
        result: dict[str, list[dict[str, Any]]] = {}
        for entry_id, views in self.all_viewing().items():
            records = []
            for view in views:
                if view.watched_s <= 0:
                    continue
                record: dict[str, Any] = {"media_id": view.media_id, "watched_s": round(view.watched_s, 1)}
                if view.duration_s is not None:
                    record["duration_s"] = round(view.duration_s, 1)
                records.append(record)
            if records:
                result[entry_id] = records
        return result

    def _evaluation(
        self,
        entry_id: str,
        scores: dict[str, int],
        state: dict[str, Any],
        notes: list[NoteRecord],
        viewing: list[dict[str, Any]],
    ) -> dict[str, Any]:
        if state["recused"]:
            evaluation: dict[str, Any] = {
                "entry_id": entry_id,
                "recused": True,
                "recusal_reason": state["recusal_reason"],
            }
        else:
            evaluation = {"entry_id": entry_id, "scores": dict(scores)}
            if state["comment"]:
                evaluation["comment"] = state["comment"]
            if notes:
                evaluation["notes"] = [
                    {"media_id": n.media_id, "at_s": round(n.at_s, 3), "text": n.text} for n in notes
                ]
        if viewing:
            evaluation["viewing"] = viewing
        return evaluation

    def _progress(
        self, entry_id: str, scores: dict[str, int], state: dict[str, Any], notes: list[NoteRecord]
    ) -> EntryProgress:
        filled = len(scores)
        total = len(self._criteria)
        current = _digest(self._evaluation(entry_id, scores, state, notes, []))
        exported = bool(self._snapshot)
        baseline = self._snapshot.get(entry_id) or self._empty_digest(entry_id)
        return EntryProgress(
            entry_id,
            filled,
            total,
            state["recused"],
            state["recused"] or filled == total,
            exported,
            current != baseline,
        )

    def _empty_digest(self, entry_id: str) -> str:
        if entry_id not in self._empty_digests:
            self._empty_digests[entry_id] = _digest(self._evaluation(entry_id, {}, _EMPTY_STATE, [], []))
        return self._empty_digests[entry_id]

    def _load_snapshot(self) -> dict[str, str]:
        row = self.db.execute(
            "SELECT snapshot FROM exports WHERE expert_id = ? ORDER BY revision DESC LIMIT 1", [self._expert_key()]
        ).fetchone()
        return json.loads(row[0]) if row else {}


_EMPTY_STATE: dict[str, Any] = {"comment": "", "recused": False, "recusal_reason": ""}


def _state_dict(row: tuple) -> dict[str, Any]:
    comment, recused, reason = row
    return {"comment": comment, "recused": bool(recused), "recusal_reason": reason}


def _without_viewing(evaluation: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in evaluation.items() if k != "viewing"}


def _digest(evaluation: dict[str, Any]) -> str:
    return canonical_sha256(evaluation)


def _clamp(seconds: float, duration: float | None) -> float:
    return min(seconds, duration) if duration is not None else seconds


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
