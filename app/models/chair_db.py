"""The chair's database for one round: one connection per operation, so the store can be used
from the UI thread and from a background worker alike (SQLite connections stay on their thread);
and its audit log."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from app.models.audit import AuditLog, AuditRecord
from app.models.round import RoundFile
from app.models.storage import open_database

ProgressFn = Callable[[int, int, str], None]


class ChairDatabase:
    def __init__(self, round_file: RoundFile) -> None:
        self.round_file = round_file

    @property
    def round_id(self) -> str:
        return self.round_file.round.round_id

    @contextmanager
    def _db(self) -> Iterator[sqlite_utils.Database]:
        db = open_database(self.round_id, "chair")
        try:
            yield db
        finally:
            db.close()

    def log(self, event: str, details: dict[str, Any]) -> None:
        """Append one record to the chair's audit log (in its own transaction)."""
        with self._db() as db:
            AuditLog(db).append(event, details)

    def audit_problems(self) -> list[str]:
        with self._db() as db:
            return AuditLog(db).verify_chain()

    def audit_log(self) -> tuple[list[AuditRecord], list[str]]:
        """Every record of the chair's audit log, oldest first, and the chain's problems (none: intact)."""
        with self._db() as db:
            log = AuditLog(db)
            return log.records(), log.verify_chain()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
