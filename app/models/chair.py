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
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from app.models.audit import AuditLog, AuditRecord
from app.models.canonical import sha256_hex
from app.models.decisions import (
    Decisions,
    Standing,
    TieResolution,
    Votes,
    confirm,
    final_standings,
    results_made_on,
    stale_decisions,
    tie_key,
)
from app.models.disagreement import outside_band
from app.models.errors import InputError, Problem
from app.models.files import atomic_write_text, read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES
from app.models.merge import MergeOutcome, SheetStatus, check_sheet, merge_sheets
from app.models.readiness import PaperRecord, ReadinessItem, blocking, protocol_notes, protocol_readiness
from app.models.reconsider_store import log_answer, stored_requests
from app.models.regulation import ADVANCING_BY_STAGE, NEXT_STAGE, TOTAL_SHARE
from app.models.results import EntryResult, Results, results_sha256
from app.models.round import Round, RoundFile, load_round, round_to_data
from app.models.sheet import Sheet
from app.models.storage import open_database, transaction

ProgressFn = Callable[[int, int, str], None]

SHEET_SUFFIXES = (".json",)

# Kinds of records in the `decisions` table.
PAPER_MATCH = "paper_match"
TIE_RESOLUTION = "tie_resolution"
NOMINEE = "nominee"
ADVANCING = "advancing"
PROTOCOL_NUMBER = "protocol_number"
ABSENT = "absent"
NOT_SUBMITTED = "not_submitted"  # an expert's sheet was not submitted (stated in the protocol)
PAPER_WAIVED = "paper_waived"  # why an accepted sheet was not compared with its paper copy
PLACE = "place"  # an explicit place within a tie (from a decisions file)
MEETING_DATE = "meeting_date"
SET_ASIDE = "set_aside"  # a sheet file the chair put aside (key = its sha256): listed, out of the results


# --- what the window shows ---


@dataclass(frozen=True)
class SheetRow:
    """One imported file with its current status."""

    sha256: str
    file_name: str
    imported_at: str
    status: SheetStatus
    expert_name: str
    paper_checked: bool

    @property
    def accepted(self) -> bool:
        return self.status.status == "ok"


@dataclass
class ChairDecisions:
    protocol_number: str = ""
    tie_resolutions: dict[tuple[str, ...], TieResolution] = field(default_factory=dict)
    nominees: dict[str, str] = field(default_factory=dict)  # entry id → nomination (may be empty)
    advancing: list[str] = field(default_factory=list)  # in the order chosen
    absent: list[str] = field(default_factory=list)  # expert ids
    paper_checked: set[str] = field(default_factory=set)  # sha256 of sheet files
    paper_waived: dict[str, str] = field(default_factory=dict)  # sha256 → why not compared with paper
    not_submitted: list[str] = field(default_factory=list)  # expert ids
    places: dict[str, int] = field(default_factory=dict)  # entry id → place within its tie
    meeting_date: str = ""  # ISO date; empty: the round's


# Coverage cell values.
SCORED, RECUSED, MISSING, NO_SHEET = "scored", "recused", "missing", "no_sheet"


@dataclass
class ChairSnapshot:
    """Everything the chair's desk shows, computed once from the store."""

    round_file: RoundFile
    outcome: MergeOutcome
    sheets: list[SheetRow]
    decisions: ChairDecisions

    @property
    def results(self) -> Results:
        return self.outcome.results

    @property
    def round(self) -> Round:
        return self.round_file.round

    def accepted_sheets(self) -> dict[str, Sheet]:
        """Expert id → the accepted sheet."""
        return {s.sheet.expert_id: s.sheet for s in self.outcome.accepted}

    def coverage(self) -> dict[str, dict[str, str]]:
        """Expert id → entry id → scored / recused / missing / no_sheet, for the whole commission."""
        accepted = self.accepted_sheets()
        grid: dict[str, dict[str, str]] = {}
        entry_ids = [e.id for e in self.round.entries]
        for expert in self.round.commission.experts:
            sheet = accepted.get(expert.id)
            if sheet is None:
                grid[expert.id] = dict.fromkeys(entry_ids, NO_SHEET)
                continue
            row = dict.fromkeys(entry_ids, MISSING)
            for ev in sheet.evaluations:
                if ev.entry_id in row:
                    row[ev.entry_id] = RECUSED if ev.recused else SCORED if ev.scores else MISSING
            grid[expert.id] = row
        return grid

    def experts_without_sheet(self) -> list[str]:
        accepted = self.accepted_sheets()
        return [e.id for e in self.round.commission.experts if e.id not in accepted]

    def unresolved_ties(self) -> list[list[str]]:
        """Ties on a prize place that have no written resolution yet."""
        return [group for group in self.results.prize_ties if tie_key(group) not in self.decisions.tie_resolutions]

    def as_decisions(self) -> Decisions:
        """The chair's decisions in the form the documents, the final places and the file take."""
        d = self.decisions
        return Decisions(
            protocol_number=d.protocol_number,
            tie_resolutions=dict(d.tie_resolutions),
            nominees=list(d.nominees),
            advancing=list(d.advancing) if d.advancing else None,
            absent_experts=list(d.absent),
            places=dict(d.places),
            meeting_date=date.fromisoformat(d.meeting_date) if d.meeting_date else None,
        )

    def readiness(self) -> list[ReadinessItem]:
        """What blocks the protocol (first) and what it states: computed once, in the core."""
        d = self.decisions
        return protocol_readiness(
            self.round_file,
            self.outcome,
            self.as_decisions(),
            paper=PaperRecord(frozenset(d.paper_checked), dict(d.paper_waived)),
            not_submitted=tuple(d.not_submitted),
        )

    def protocol_blockers(self) -> list[str]:
        """Why the protocol cannot be produced yet (English); empty when it can."""
        return [item.describe() for item in blocking(self.readiness())]

    def stale_ties(self) -> set[tuple[str, ...]]:
        """Keys of tie resolutions the current results no longer fit."""
        return {tie_key(s.entries) for s in stale_decisions(self.results, self.as_decisions()) if s.kind == "tie"}

    def standings(self) -> list[Standing]:
        return final_standings(self.results, self.as_decisions())

    def final_order(self) -> list[EntryResult]:
        """Entries in the final order: rank order, tied entries as the commission decided."""
        return [s.entry for s in self.standings()]

    def decided_places(self) -> dict[str, int]:
        """Entry id → place where a decision makes it differ from the rank; else absent."""
        return {s.entry_id: s.place for s in self.standings() if s.place != s.entry.rank}

    def place(self, entry: EntryResult) -> int | None:
        """The entry's final place."""
        return self.decided_places().get(entry.entry_id, entry.rank)

    def advancing_limit(self) -> int:
        return ADVANCING_BY_STAGE.get(self.round.stage, 0)

    def suggested_advancing(self) -> list[str]:
        """The best ranked entries, as many as the stage sends on (the chair confirms)."""
        limit = self.advancing_limit()
        return [e.entry_id for e in self.final_order() if e.rank is not None][:limit]

    def outlying_totals(self, entry: EntryResult) -> set[str]:
        return outlying_totals(entry, self.round.max_total)


def outlying_totals(entry: EntryResult, max_total: int, share: float = TOTAL_SHARE) -> set[str]:
    """Experts whose total for the entry is far from the median of the others' totals (the rule
    lives in `app.models.disagreement.outside_band`)."""
    return outside_band(dict(entry.totals), share * max_total)


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)  # file names stored now
    already: list[str] = field(default_factory=list)  # the same bytes were imported before
    unreadable: list[InputError] = field(default_factory=list)  # could not be read from disk


@dataclass
class ImportOutcome:
    report: ImportReport
    snapshot: ChairSnapshot


# --- the store ---


class ChairStore:
    """The chair's database for one round (one connection per operation)."""

    def __init__(self, round_file: RoundFile):
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
        now = _now()
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

    def decisions(self) -> ChairDecisions:
        with self._db() as db:
            return self._decisions(db)

    @staticmethod
    def _decisions(db: sqlite_utils.Database) -> ChairDecisions:
        latest: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for kind, entry_id, text, data in db.execute("SELECT kind, entry_id, text, data FROM decisions ORDER BY id"):
            values = json.loads(data or "{}")
            latest[(kind, values.get("key", entry_id or ""))] = (text, values)
        decisions = ChairDecisions()
        advancing: list[tuple[int, str]] = []
        for (kind, key), (text, data) in latest.items():
            on = data.get("on", True)
            if kind == PROTOCOL_NUMBER:
                decisions.protocol_number = text
            elif kind == PAPER_MATCH and on:
                decisions.paper_checked.add(key)
            elif kind == TIE_RESOLUTION and on:
                entries = tuple(key.split(","))
                votes = Votes(*data["votes"]) if data.get("votes") else None
                made_on = tuple((k, v) for k, v in data.get("made_on", []))
                decisions.tie_resolutions[entries] = TieResolution(
                    entries, text, tuple(data.get("order", ())), votes, made_on
                )
            elif kind == PAPER_WAIVED and on:
                decisions.paper_waived[key] = text
            elif kind == NOT_SUBMITTED and on:
                decisions.not_submitted.append(key)
            elif kind == PLACE and on:
                decisions.places[key] = int(data["place"])
            elif kind == MEETING_DATE:
                decisions.meeting_date = text
            elif kind == NOMINEE and on:
                decisions.nominees[key] = text
            elif kind == ADVANCING and on:
                advancing.append((int(data.get("position", 0)), key))
            elif kind == ABSENT and on:
                decisions.absent.append(key)
        decisions.advancing = [entry_id for _, entry_id in sorted(advancing)]
        return decisions

    def _decide(
        self,
        kind: str,
        key: str,
        text: str,
        data: dict[str, Any],
        audit_details: dict[str, Any],
        entry_id: str | None = None,
    ) -> None:
        """Append one decision and its audit record in one transaction."""
        data = {"key": key, **data}
        with self._db() as db, transaction(db):
            db.execute(
                "INSERT INTO decisions (kind, entry_id, text, data, decided_at) VALUES (?, ?, ?, ?, ?)",
                [kind, entry_id, text, json.dumps(data, ensure_ascii=False), _now()],
            )
            AuditLog(db).append(f"decision:{kind}", {"key": key, "text": text, **data, **audit_details})

    def set_paper_checked(self, row: SheetRow, checked: bool) -> None:
        """Record that the accepted sheet was (or was not after all) compared with the signed paper."""
        if checked and not row.accepted:
            raise InputError(
                row.file_name,
                "",
                "only an accepted sheet can be matched with its paper",
                "import a valid sheet file for this expert",
                code="paper_not_accepted",
            )
        self._decide(
            PAPER_MATCH,
            row.sha256,
            "",
            {"on": checked},
            {
                "file": row.file_name,
                "expert_id": row.status.expert_id,
                "code": row.status.code,
                "fingerprint": row.status.fingerprint,
            },
        )

    def set_tie_resolution(
        self,
        entry_ids: Iterable[str],
        text: str,
        order: Sequence[str] = (),
        votes: Votes | None = None,
        results: Results | None = None,
    ) -> None:
        """The commission's written resolution of a tie (empty text withdraws it), recorded against
        the tied entries' results it was made on: `results` as the chair saw them, by default the
        results of the sheets stored now."""
        entries = tie_key(entry_ids)
        text = text.strip()
        if order and sorted(order) != list(entries):
            raise ValueError("the decided order must list exactly the tied entries")
        if results is None:
            results = self.snapshot().results
        made_on = [list(pair) for pair in results_made_on(results, entries)]
        self._decide(
            TIE_RESOLUTION,
            ",".join(entries),
            text,
            {
                "on": bool(text),
                "order": list(order),
                "made_on": made_on,
                "votes": [votes.in_favour, votes.against, votes.abstained] if votes else None,
            },
            {},
        )

    def confirm_tie_resolution(self, resolution: TieResolution, results: Results) -> None:
        """Record the same resolution again against the current results (the chair confirms it)."""
        confirmed = confirm(resolution, results)
        self.set_tie_resolution(confirmed.entries, confirmed.text, confirmed.order, confirmed.votes, results)

    def set_paper_waived(self, row: SheetRow, reason: str) -> None:
        """Why an accepted sheet is not compared with its paper copy (empty: withdrawn); the
        protocol states it."""
        self._decide(
            PAPER_WAIVED,
            row.sha256,
            reason.strip(),
            {"on": bool(reason.strip())},
            {"file": row.file_name, "expert_id": row.status.expert_id},
        )

    def set_not_submitted(self, expert_id: str, on: bool) -> None:
        """The expert's sheet was not submitted: the protocol states it instead of waiting for it."""
        self._decide(NOT_SUBMITTED, expert_id, "", {"on": on}, {})

    def set_place(self, entry_id: str, place: int | None) -> None:
        self._decide(PLACE, entry_id, "", {"on": place is not None, "place": place}, {}, entry_id=entry_id)

    def set_meeting_date(self, day: date | None) -> None:
        self._decide(MEETING_DATE, "meeting", day.isoformat() if day else "", {}, {})

    def import_decisions(self, decisions: Decisions, snapshot: ChairSnapshot, source: str = "") -> None:
        """Take the decisions of a file (`sarapshy-decisions/1`) over: each one is recorded (and
        logged) as if the chair had made it now, on the results shown."""
        with self._db() as db:
            AuditLog(db).append("import_decisions", {"file": source})
        current = snapshot.decisions
        if decisions.protocol_number != current.protocol_number:
            self.set_protocol_number(decisions.protocol_number)
        if decisions.meeting_date and decisions.meeting_date.isoformat() != current.meeting_date:
            self.set_meeting_date(decisions.meeting_date)
        for key in current.tie_resolutions:
            if key not in decisions.tie_resolutions:
                self.set_tie_resolution(key, "", results=snapshot.results)
        places = dict(decisions.places)
        for resolution in decisions.tie_resolutions.values():
            # Equal places for every tied entry is how the file says they share the place.
            shared = {places.get(e) for e in resolution.entries}
            order = resolution.order
            if len(shared) == 1 and None not in shared:
                order = ()
                for entry_id in resolution.entries:
                    del places[entry_id]
            self.set_tie_resolution(resolution.entries, resolution.text, order, resolution.votes, snapshot.results)
        for entry_id in set(current.places) - set(places):
            self.set_place(entry_id, None)
        for entry_id, place in places.items():
            if current.places.get(entry_id) != place:
                self.set_place(entry_id, place)
        for expert in self.round_file.round.commission.experts:
            absent = expert.id in decisions.absent_experts
            if absent != (expert.id in current.absent):
                self.set_absent(expert.id, absent)
        for entry in self.round_file.round.entries:
            nominee = entry.id in decisions.nominees
            if nominee != (entry.id in current.nominees):
                self.set_nominee(entry.id, nominee)
        if decisions.advancing is not None and decisions.advancing != current.advancing:
            self.set_advancing(decisions.advancing)

    def set_nominee(self, entry_id: str, on: bool, nomination: str = "") -> None:
        self._decide(NOMINEE, entry_id, nomination.strip(), {"on": on}, {}, entry_id=entry_id)

    def set_advancing(self, entry_ids: Sequence[str]) -> None:
        """Replace the list of entries sent on to the next stage (in this order)."""
        limit = ADVANCING_BY_STAGE.get(self.round_file.round.stage, 0)
        if len(entry_ids) > limit:
            raise InputError(
                self.round_file.path,
                "stage",
                f"at the {self.round_file.round.stage} stage at most {limit} entries advance "
                f"(regulation 9.5), {len(entry_ids)} were chosen",
                "choose fewer entries",
                code="stage_too_many",
                args=(self.round_file.round.stage, limit, len(entry_ids)),
            )
        unknown = [e for e in entry_ids if self.round_file.round.entry(e) is None]
        if unknown:
            raise ValueError(f"entries not in the round: {', '.join(unknown)}")
        current = self.decisions().advancing
        for entry_id in current:
            if entry_id not in entry_ids:
                self._decide(ADVANCING, entry_id, "", {"on": False}, {}, entry_id=entry_id)
        for position, entry_id in enumerate(entry_ids):
            if entry_id not in current or current.index(entry_id) != position:
                self._decide(ADVANCING, entry_id, "", {"on": True, "position": position}, {}, entry_id=entry_id)

    def set_protocol_number(self, number: str) -> None:
        self._decide(PROTOCOL_NUMBER, "protocol", number.strip(), {}, {})

    def set_absent(self, expert_id: str, absent: bool) -> None:
        self._decide(ABSENT, expert_id, "", {"on": absent}, {})

    def write_document(
        self, writer: Callable[..., Any], snapshot: ChairSnapshot, out_path: str | Path, lang: str, kind: str
    ) -> Path:
        """Write the protocol or the summary with the documents' `writer`, and log it."""
        if kind in ("protocol", "winners_extract"):  # the extract quotes the protocol
            refuse_blocked_protocol(snapshot.readiness(), out_path)
        written = writer(snapshot.round_file, snapshot.outcome, report_decisions(snapshot), out_path, lang)
        path = Path(written or out_path)
        with self._db() as db:
            AuditLog(db).append(
                f"write_{kind}",
                {
                    "file": str(path),
                    "sha256": sha256_hex(path.read_bytes()),
                    "lang": lang,
                    "results_sha256": results_sha256(snapshot.results),
                    "accepted": [s.sha256 for s in snapshot.outcome.statuses if s.status == "ok"],
                },
            )
        return path

    def write_letters(self, snapshot: ChairSnapshot, out_dir: str | Path, lang: str) -> list[Path]:
        """The feedback letters to the authors (one PDF per course), refused while a decision they
        rest on is missing or out of date; logged with each letter's digest."""
        from app.models.letters import refuse_blocked_letters
        from app.reports.letters_pdf import write_letters

        refuse_blocked_letters(snapshot.readiness(), out_dir)
        paths = write_letters(snapshot.round_file, snapshot.outcome, report_decisions(snapshot), out_dir, lang)
        with self._db() as db:
            AuditLog(db).append(
                "write_letters",
                {
                    "file": str(out_dir),
                    "lang": lang,
                    "results_sha256": results_sha256(snapshot.results),
                    "letters": {p.name: sha256_hex(p.read_bytes()) for p in paths},
                },
            )
        return paths

    def sign_document(self, pdf_path: str | Path, p12_path: str | Path, passphrase: str, lang: str) -> str:
        """Sign a PDF (the protocol) in place with a PKCS#12 key, incrementally (chair, then
        secretary…), and log it. Returns the signer's name."""
        from app.reports.pdf_signing import load_signer, sign_pdf, signer_name  # pyHanko loads slowly

        name = signer_name(load_signer(p12_path, passphrase))
        meeting = self.round_file.round.meeting
        sign_pdf(pdf_path, pdf_path, p12_path, passphrase, location=meeting.place if meeting else None, lang=lang)
        with self._db() as db:
            AuditLog(db).append(
                "sign_document",
                {"file": str(pdf_path), "signer": name, "sha256": sha256_hex(Path(pdf_path).read_bytes())},
            )
        return name

    def audit_problems(self) -> list[str]:
        with self._db() as db:
            return AuditLog(db).verify_chain()

    def audit_log(self) -> tuple[list[AuditRecord], list[str]]:
        """Every record of the chair's audit log, oldest first, and the chain's problems (none: intact)."""
        with self._db() as db:
            log = AuditLog(db)
            return log.records(), log.verify_chain()

    def write_audit_annex(self, out_path: str | Path, lang: str) -> Path:
        """The audit log as a protocol annex (PDF); the printing itself is logged after it."""
        from app.reports.audit_pdf import write_audit_pdf

        records, problems = self.audit_log()
        path = write_audit_pdf(self.round_file, records, problems, self.decisions().protocol_number, out_path, lang)
        with self._db() as db:
            AuditLog(db).append(
                "write_audit",
                {
                    "file": str(path),
                    "sha256": sha256_hex(path.read_bytes()),
                    "lang": lang,
                    "records": len(records),
                    "intact": not problems,
                },
            )
        return path

    def export_decisions(self, snapshot: ChairSnapshot, out_path: str | Path) -> Path:
        """The chair's decisions as a `sarapshy-decisions/1` file (for `sarapshy merge --decisions`)."""
        from app.models.decisions_file import decisions_file_text

        path = Path(out_path)
        atomic_write_text(path, decisions_file_text(snapshot.as_decisions(), snapshot.results))
        with self._db() as db:
            AuditLog(db).append("export_decisions", {"file": str(path), "sha256": sha256_hex(path.read_bytes())})
        return path

    def import_decisions_file(self, path: str | Path, snapshot: ChairSnapshot) -> None:
        from app.models.decisions_file import read_decisions

        self.import_decisions(read_decisions(path, self.round_file), snapshot, str(path))

    # the next stage

    def export_next_stage(
        self, out_path: str | Path, entry_ids: Sequence[str], progress: ProgressFn | None = None
    ) -> RoundFile:
        """Write the next stage's round file with the chosen entries, their media and criteria.

        The commission is carried over as a starting point for the organiser. Media files and
        attachments are copied beside the new round file when it goes to another folder.
        """
        round_file = self.round_file
        out_path = Path(out_path)
        data = next_stage_data(round_file, entry_ids)
        copied = copy_entry_files(round_file, data["entries"], out_path.parent, progress)
        atomic_write_text(out_path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        exported = load_round(out_path)
        with self._db() as db:
            AuditLog(db).append(
                "export_next_stage",
                {
                    "file": str(out_path),
                    "round_id": data["round_id"],
                    "stage": data["stage"],
                    "entries": list(entry_ids),
                    "files_copied": copied,
                    "round_sha256": exported.sha256,
                },
            )
        return exported

    def export_next_stage_package(
        self, snapshot: ChairSnapshot, out_dir: str | Path, lang: str, progress: ProgressFn | None = None
    ):
        """The next-stage package (app.models.stages): refused while the protocol could not be
        made, by the same readiness the window shows; logged."""
        from app.models.stage_records import PACKAGE_FILE
        from app.reports.next_stage_package import make_package

        package = make_package(
            self.round_file,
            snapshot.outcome,
            report_decisions(snapshot),
            out_dir,
            lang,
            readiness_items=snapshot.readiness(),
            progress=progress,
        )
        with self._db() as db:
            AuditLog(db).append(
                "export_next_stage",
                {
                    "file": str(package.folder / PACKAGE_FILE),
                    "entries": package.entries,
                    "sha256": sha256_hex((package.folder / PACKAGE_FILE).read_bytes()),
                    "extract_sha256": sha256_hex(package.extract_path.read_bytes()),
                    "files_copied": package.files_copied,
                },
            )
        return package


def next_stage_data(round_file: RoundFile, entry_ids: Sequence[str]) -> dict[str, Any]:
    """The next stage's round document: new id, next stage, exactly the chosen entries."""
    rnd = round_file.round
    stage = NEXT_STAGE.get(rnd.stage)
    if stage is None:
        raise InputError(
            round_file.path,
            "stage",
            "the university stage is the last one: nothing advances from it",
            code="stage_last",
        )
    if not entry_ids:
        raise InputError(
            round_file.path,
            "entries",
            "no entry was chosen to advance",
            "tick the entries that advance",
            code="stage_none_chosen",
        )
    if len(set(entry_ids)) != len(entry_ids):
        raise ValueError("an entry is chosen twice")
    raw_entries = {e.get("id"): e for e in round_file.data.get("entries", [])}
    missing = [e for e in entry_ids if e not in raw_entries]
    if missing:
        raise InputError(
            round_file.path,
            "entries",
            f"not in the round: {', '.join(missing)}",
            code="stage_not_in_round",
            args=(", ".join(missing),),
        )
    data = {k: v for k, v in round_file.data.items() if k not in ("meeting",)}
    data["round_id"] = str(uuid.uuid4())
    data["stage"] = stage
    data["criteria"] = round_to_data(rnd)["criteria"]
    data["entries"] = [raw_entries[e] for e in entry_ids]
    return data


def copy_entry_files(
    round_file: RoundFile, entries: list[dict[str, Any]], dest: Path, progress: ProgressFn | None = None
) -> int:
    """Copy the entries' media and attachment files under `dest` (same relative paths)."""
    source = round_file.folder
    if source is None or dest.resolve() == source.resolve():
        return 0
    paths = [
        item["path"]
        for entry in entries
        for item in [*entry.get("media", []), *entry.get("attachments", [])]
        if item.get("path")
    ]
    copied = 0
    for done, relative in enumerate(paths):
        if progress:
            progress(done, len(paths), relative)
        src = source / Path(*relative.replace("\\", "/").split("/"))
        if not src.is_file():
            continue  # the new round then warns about it, as the current one does
        target = dest / Path(*relative.replace("\\", "/").split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copy2(src, target)
        except OSError as exc:
            raise InputError(
                target,
                "",
                f"cannot copy the file ({exc.strerror or exc})",
                "choose a folder you may write to, with enough free space",
                code="cannot_copy",
                args=(exc.strerror or str(exc),),
            ) from None
        copied += 1
    return copied


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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def refuse_blocked_protocol(items: list[ReadinessItem], out_path: str | Path | None) -> None:
    """No protocol while something blocks it (the window's button and the command line say what)."""
    blocked = blocking(items)
    if blocked:
        raise InputError(
            out_path,
            problems=[
                Problem("", "the protocol cannot be made yet: " + i.describe(), "", "readiness_" + i.code, i.args)
                for i in blocked
            ],
        )


def report_decisions(snapshot: ChairSnapshot) -> Decisions:
    """The chair's decisions in the form the protocol and the Excel summary take, with what the
    protocol states about its readiness."""
    decisions = snapshot.as_decisions()
    decisions.nominees = [e.entry_id for e in snapshot.final_order() if e.entry_id in decisions.nominees]
    decisions.notes = protocol_notes(snapshot.readiness())
    return decisions
