"""The chair's working store for a round: imported sheet files, the merge, and the decisions.

Imported files are kept byte for byte in the chair's database (`imported_sheets`, keyed by the
SHA-256 of the bytes), so importing the same file twice changes nothing. Every file ever imported
stays listed: its status (accepted, rejected with the reason, superseded by a newer revision of the
same expert, duplicate) comes from `app.models.merge.merge_sheets` run over all stored files in
import order — the very code path of `sarapshy merge`.

Decisions are appended to the `decisions` table (never edited); the newest record for a key is
the current one, so the table is also their history. Each one also goes to the audit log.

Each operation opens its own connection, so the store can be used from the UI thread and from a
background worker alike (SQLite connections must stay on their thread).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import sqlite_utils

from app.models.audit import AuditLog
from app.models.canonical import sha256_hex
from app.models.chair_db import ProgressFn, utc_now
from app.models.chair_decisions import SET_ASIDE, DecisionRecords
from app.models.chair_snapshot import (
    MISSING,
    NO_SHEET,
    RECUSED,
    SCORED,
    ChairDecisions,
    ChairSnapshot,
    ImportOutcome,
    ImportReport,
    SheetRow,
    outlying_totals,
    report_decisions,
)
from app.models.decisions import TieResolution, tie_key
from app.models.errors import InputError
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES
from app.models.merge import merge_sheets
from app.models.reconsider_store import log_answer, stored_requests
from app.models.results import Results
from app.models.sheet_check import SheetStatus, check_sheet
from app.models.storage import transaction

# The desk's views, the documents and app.models.stages import these from here.
__all__ = [
    "MISSING",
    "NO_SHEET",
    "RECUSED",
    "SCORED",
    "ChairDecisions",
    "ChairSnapshot",
    "ChairStore",
    "ImportOutcome",
    "ImportReport",
    "SheetRow",
    "TieResolution",
    "outlying_totals",
    "report_decisions",
    "tie_key",
]

SHEET_SUFFIXES = (".json",)


class ChairStore(DecisionRecords):
    """The chair's database for one round (one connection per operation): the imported sheet files
    and their merge here, the decisions in `DecisionRecords`."""

    # imports

    def import_paths(self, paths: Sequence[str | Path], progress: ProgressFn | None = None) -> ImportOutcome:
        """Import files and folders (every `*.json` directly inside a folder, round files aside)."""
        files = expand_sheet_paths(paths)
        report = ImportReport()
        sources: list[tuple[str, bytes]] = []
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files), f"{path.name}")
            try:
                sources.append((path.name, read_limited(path, MAX_DOCUMENT_BYTES)))
            except InputError as exc:
                report.unreadable.append(exc)
        return self.import_sources(sources, progress, report)

    def import_sources(
        self,
        sources: Iterable[tuple[str, bytes]],
        progress: ProgressFn | None = None,
        report: ImportReport | None = None,
    ) -> ImportOutcome:
        """Store the files not seen before (by digest), then merge everything stored."""
        report = report or ImportReport()
        now = utc_now()
        with self._db() as db:
            # Three steps, so that the long merge holds no write lock (the chair may record
            # decisions meanwhile): store the new files; merge everything (reading only); log.
            # Each new file is checked on its own before it is stored (a file that fails any check
            # is stored as rejected with the reason; nothing in it can stop a later merge).
            checked = self._check_new_sources(db, sources, report)
            with transaction(db):
                known = {row[0] for row in db.execute("SELECT sha256 FROM imported_sheets")}
                fresh: list[tuple[str, str, bytes]] = []
                for digest, name, raw, status in checked:
                    if digest in known:
                        report.already.append(name)
                        continue
                    known.add(digest)
                    fresh.append((digest, name, raw))
                    db.execute(
                        "INSERT INTO imported_sheets (sha256, file_name, content, imported_at, status, reason)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        [digest, name, raw, now, status.status, status.reason],
                    )
            report.added.extend(name for _, name, _ in fresh)
            snapshot = self._snapshot(db, progress)
            by_digest = {row.sha256: row for row in snapshot.sheets}
            with transaction(db):
                audit = AuditLog(db)
                for digest, name, raw in fresh:
                    status = by_digest[digest].status
                    audit.append(
                        "import_sheet",
                        {
                            "file": name,
                            "sha256": digest,
                            "status": status.status,
                            "reason": status.reason,
                            "expert_id": status.expert_id,
                            "revision": status.revision,
                            "code": status.code,
                        },
                    )
                    log_answer(audit, name, raw, status.status, status.reason)  # a second-round answer
                self._store_statuses(db, snapshot.sheets)
        return ImportOutcome(report, snapshot)

    def snapshot(self, progress: ProgressFn | None = None) -> ChairSnapshot:
        with self._db() as db:
            return self._snapshot(db, progress)

    def _snapshot(self, db: sqlite_utils.Database, progress: ProgressFn | None) -> ChairSnapshot:
        all_rows = db.execute("SELECT sha256, file_name, imported_at FROM imported_sheets ORDER BY rowid").fetchall()
        total = len(all_rows)
        aside = self._set_aside_files(db)
        merged_rows = [row for row in all_rows if row[0] not in aside]

        def sources() -> Iterator[tuple[str, bytes]]:
            # Read one blob at a time: merge_sheets consumes them lazily, so progress follows it.
            for done, (digest, name, _) in enumerate(merged_rows):
                if progress:
                    progress(done, total, name)
                yield name, self._content(db, digest)

        outcome = merge_sheets(self.round_file, sources(), stored_requests(db))
        if aside:
            outcome.statuses = self._with_set_aside(db, all_rows, outcome.statuses, aside)
        decisions = self._decisions(db)
        names = {e.id: e.name for e in self.round_file.round.commission.experts}
        sheets = [
            SheetRow(
                digest,
                name,
                imported_at,
                status,
                names.get(status.expert_id or "", ""),
                digest in decisions.paper_checked,
            )
            for (digest, name, imported_at), status in zip(all_rows, outcome.statuses, strict=True)
        ]
        if progress:
            progress(total, total, "")
        return ChairSnapshot(self.round_file, outcome, sheets, decisions)

    def _check_new_sources(
        self, db: sqlite_utils.Database, sources: Iterable[tuple[str, bytes]], report: ImportReport
    ) -> list[tuple[str, str, bytes, SheetStatus]]:
        """(digest, name, bytes, status on its own) of each source; files stored before are only noted."""
        known = {row[0] for row in db.execute("SELECT sha256 FROM imported_sheets")}
        checked = []
        for name, raw in sources:
            digest = sha256_hex(raw)
            if digest in known:
                status = SheetStatus(name, "duplicate")
            else:
                status = check_sheet(self.round_file, name, raw, digest)[0]
            checked.append((digest, name, raw, status))
        return checked

    @staticmethod
    def _content(db: sqlite_utils.Database, digest: str) -> bytes:
        return bytes(db.execute("SELECT content FROM imported_sheets WHERE sha256 = ?", [digest]).fetchone()[0])

    @staticmethod
    def _set_aside_files(db: sqlite_utils.Database) -> dict[str, str]:
        """sha256 → the chair's reason, for every file currently set aside (the newest record counts)."""
        current: dict[str, str] = {}
        for text, data in db.execute("SELECT text, data FROM decisions WHERE kind = ? ORDER BY id", [SET_ASIDE]):
            values = json.loads(data or "{}")
            if values.get("on", True):
                current[values.get("key", "")] = text
            else:
                current.pop(values.get("key", ""), None)
        return current

    def _with_set_aside(
        self,
        db: sqlite_utils.Database,
        rows: list[tuple[str, str, str]],
        merged: list[SheetStatus],
        aside: dict[str, str],
    ) -> list[SheetStatus]:
        """The statuses of all stored files in import order: merged ones as merged, set-aside ones
        checked on their own (expert, code and key stay visible) and marked `set_aside`."""
        merged_iter = iter(merged)
        statuses = []
        for digest, name, _ in rows:
            if digest not in aside:
                statuses.append(next(merged_iter))
                continue
            own = check_sheet(self.round_file, name, self._content(db, digest), digest)[0]
            statuses.append(
                replace(
                    own,
                    status="set_aside",
                    reason_code=SET_ASIDE,
                    flag="",
                    flag_reason="",
                    reason=f"set aside by the chair: {aside[digest]}",
                )
            )
        return statuses

    def set_aside(self, row: SheetRow, reason: str, aside: bool = True) -> None:
        """Put an imported sheet file aside (kept, listed and logged; out of the results), or take it back.

        This is how the chair decides a conflict: two sheets of one expert under different keys, or
        two different sheets with the same revision, or a file that should not count."""
        reason = reason.strip()
        if aside and not reason:
            raise InputError(
                row.file_name,
                "",
                "setting a sheet aside needs a reason",
                "say why, e.g. the key differs from the one on the signed paper sheet",
                code="set_aside_reason",
            )
        self._decide(
            SET_ASIDE,
            row.sha256,
            reason,
            {"on": aside},
            {
                "file": row.file_name,
                "expert_id": row.status.expert_id,
                "code": row.status.code,
                "fingerprint": row.status.fingerprint,
                "revision": row.status.revision,
            },
        )

    @staticmethod
    def _store_statuses(db: sqlite_utils.Database, rows: list[SheetRow]) -> None:
        """Keep the classification beside the bytes (for anyone reading the database directly)."""
        db.conn.executemany(
            "UPDATE imported_sheets SET expert_id = ?, revision = ?, status = ?, reason = ?, code = ? WHERE sha256 = ?",
            [
                (r.status.expert_id, r.status.revision, r.status.status, r.status.reason, r.status.code, r.sha256)
                for r in rows
            ],
        )

    def stored_file(self, sha256: str) -> tuple[str, bytes] | None:
        with self._db() as db:
            row = db.execute("SELECT file_name, content FROM imported_sheets WHERE sha256 = ?", [sha256]).fetchone()
        return (row[0], bytes(row[1])) if row else None

    # decisions

    def current_results(self) -> Results:
        return self.snapshot().results


def expand_sheet_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given; for a folder, the `*.json` files directly inside it except round files."""
    files: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            files.extend(
                sorted(
                    p
                    for p in item.iterdir()
                    if p.is_file() and p.suffix.lower() in SHEET_SUFFIXES and not p.name.lower().endswith(".round.json")
                )
            )
        else:
            files.append(item)
    return files
