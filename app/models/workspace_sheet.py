"""The expert's progress and the signed sheet: what blocks finalisation, each entry's progress
against the last export, and finalising and writing the next revision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.canonical import canonical_sha256, sha256_hex
from app.models.errors import InputError, Problem
from app.models.files import atomic_write_bytes
from app.models.sheet_build import build_signed_sheet
from app.models.signing import verification_code
from app.models.storage import transaction
from app.models.workspace_conflicts import ConflictsPart
from app.models.workspace_notes import NoteRecord, NotesPart
from app.models.workspace_scores import ScoresPart
from app.models.workspace_store import EMPTY_STATE, state_dict
from app.models.workspace_viewing import ViewingPart


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


class SheetPart(ScoresPart, ConflictsPart, NotesPart, ViewingPart):
    """Progress against the last export, what blocks finalisation, and the signed sheet (it reads every other part)."""

    def progress(self, entry_id: str) -> EntryProgress:
        self._entry(entry_id)
        return self._progress(entry_id, self.scores(entry_id), self._entry_state(entry_id), self.notes(entry_id))

    def all_progress(self) -> dict[str, EntryProgress]:
        """Progress of every entry, in round order, in three queries."""
        scores, states, notes = self._everything()
        return {
            entry_id: self._progress(
                entry_id, scores.get(entry_id, {}), states.get(entry_id, EMPTY_STATE), notes.get(entry_id, [])
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
            if states.get(entry_id, EMPTY_STATE)["recused"]:
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
                states.get(entry_id, EMPTY_STATE),
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
            exported: int = self.db.execute(
                "SELECT coalesce(max(revision), 0) FROM exports WHERE expert_id = ?", [expert_id]
            ).fetchone()[0]
            revision = max(exported, int(self._state(key) or 0)) + 1
            self._set_state(key, str(revision))
        return revision

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
            row[0]: state_dict(row[1:])
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
            self._empty_digests[entry_id] = _digest(self._evaluation(entry_id, {}, EMPTY_STATE, [], []))
        return self._empty_digests[entry_id]


def _without_viewing(evaluation: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in evaluation.items() if k != "viewing"}


def _digest(evaluation: dict[str, Any]) -> str:
    return canonical_sha256(evaluation)
