"""The ground every part of the expert's workspace stands on: the round, its `expert` database,
the chosen expert and the selected entry, and the checks every mutation makes (see
app.models.workspace for the rules)."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from app.models.audit import AuditLog
from app.models.errors import InputError
from app.models.keys import identity_for, public_key_of
from app.models.round import RoundFile
from app.models.round_model import Entry, Expert, Round
from app.models.signing import key_fingerprint
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


class WorkspaceStore:
    """One expert's working state for one round, stored in the round's `expert` database: what
    every part of the workspace reads and checks."""

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
        return state_dict(row) if row else EMPTY_STATE

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
                [expert_id, entry_id, state["comment"], int(state["recused"]), state["recusal_reason"], utc_now()],
            )

    def _load_snapshot(self) -> dict[str, str]:
        row = self.db.execute(
            "SELECT snapshot FROM exports WHERE expert_id = ? ORDER BY revision DESC LIMIT 1", [self._expert_key()]
        ).fetchone()
        return json.loads(row[0]) if row else {}


EMPTY_STATE: dict[str, Any] = {"comment": "", "recused": False, "recusal_reason": ""}


def state_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    comment, recused, reason = row
    return {"comment": comment, "recused": bool(recused), "recusal_reason": reason}


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
