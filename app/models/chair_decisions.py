"""The chair's decisions for a round, appended to the `decisions` table of the chair's database
(never edited): the newest record for a key is the current one, so the table is also their
history. Each one also goes to the audit log in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from app.models.audit import AuditLog
from app.models.canonical import sha256_hex
from app.models.chair_db import ChairDatabase, utc_now
from app.models.chair_snapshot import ChairDecisions, ChairSnapshot, SheetRow
from app.models.decisions import Decisions, TieResolution, Votes, confirm, results_made_on, tie_key
from app.models.errors import InputError
from app.models.files import atomic_write_text
from app.models.regulation import ADVANCING_BY_STAGE
from app.models.results import Results
from app.models.storage import transaction

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


class DecisionRecords(ChairDatabase):
    """Reading and recording the chair's decisions (one transaction each)."""

    def current_results(self) -> Results:
        """The results of the sheets stored now (the store that imports them says)."""
        raise NotImplementedError

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
                [kind, entry_id, text, json.dumps(data, ensure_ascii=False), utc_now()],
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
            results = self.current_results()
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
