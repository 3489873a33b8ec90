"""The hash-chained, append-only log of significant events (import, finalise, export, decision).

Each record's hash is the SHA-256 of the canonical JSON of `{seq, at, event, details, prev_hash}`,
and `prev_hash` is the previous record's hash (64 zeros for the first). Editing, inserting or
deleting a record breaks the chain; the newest record's seq and hash are also kept in
`audit_head`, so removing records from the end is detected as well. SQLite triggers refuse
UPDATE and DELETE on the log, so the application itself cannot rewrite it.

This detects accidental or careless tampering with the file; someone who rewrites the whole
chain and the head consistently is not detected (that needs a signature, out of scope here).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from app.models.canonical import canonical_json, sha256_hex
from app.models.storage import transaction

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: str
    event: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


def record_hash(seq: int, at: str, event: str, details: Any, prev_hash: str) -> str:
    return sha256_hex(
        canonical_json({"seq": seq, "at": at, "event": event, "details": details, "prev_hash": prev_hash})
    )


class AuditLog:
    """The audit log stored in a role database opened by `app.models.storage`."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def append(self, event: str, details: dict[str, Any] | None = None) -> AuditRecord:
        """Add a record chained to the last one; joins the caller's transaction if one is open."""
        details = dict(details or {})
        canonical_json(details)  # refuse what cannot be hashed (NaN, non-text keys) before writing
        with transaction(self.db):
            head = self.db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
            at = datetime.now().astimezone().isoformat(timespec="seconds")
            digest = record_hash(seq, at, event, details, prev)
            self.db.execute(
                "INSERT INTO audit_log (seq, at, event, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                [seq, at, event, canonical_json(details).decode("utf-8"), prev, digest],
            )
            self.db.execute(
                "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                [seq, digest],
            )
        return AuditRecord(seq, at, event, details, prev, digest)

    def records(self) -> list[AuditRecord]:
        """All records, oldest first (details decoded; undecodable details come back as `{}`)."""
        rows = self.db.execute("SELECT seq, at, event, details, prev_hash, hash FROM audit_log ORDER BY seq").fetchall()
        return [
            AuditRecord(seq, at, event, _decode(details) or {}, prev, digest)
            for seq, at, event, details, prev, digest in rows
        ]

    def verify_chain(self) -> list[str]:
        """Problems found in the chain, one sentence each; an empty list means it is intact."""
        problems: list[str] = []
        rows = self.db.execute("SELECT seq, at, event, details, prev_hash, hash FROM audit_log ORDER BY seq").fetchall()
        expected_seq, prev = 1, GENESIS_HASH
        for seq, at, event, details_text, prev_hash, digest in rows:
            if seq != expected_seq:
                problems.append(
                    f"records {expected_seq}–{seq - 1} are missing"
                    if seq > expected_seq
                    else f"record {seq} is out of order"
                )
            if prev_hash != prev:
                problems.append(f"record {seq} does not follow the record before it (the chain is broken)")
            details = _decode(details_text)
            if details is None or record_hash(seq, at, event, details, prev_hash) != digest:
                problems.append(f"record {seq} ({event}) was changed after it was written")
            expected_seq, prev = seq + 1, digest
        head = self.db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        last = (expected_seq - 1, prev) if rows else None
        if head is None and last is not None:
            problems.append("the record of the log's newest entry is missing")
        elif head is not None and (last is None or tuple(head) != last):
            problems.append(
                f"the log should end with record {head[0]}; records were removed from its end"
                if last is None or head[0] > last[0]
                else "the log's newest entry does not match the recorded one"
            )
        return problems


def _decode(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None
