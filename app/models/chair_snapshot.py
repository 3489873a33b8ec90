"""What the chair's desk shows, computed once from the chair's store: the imported files with their
status, the merge, and the chair's decisions (`ChairSnapshot`), and the decisions in the form the
documents take (`report_decisions`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.models.decisions import (
    Decisions,
    Standing,
    TieResolution,
    final_standings,
    stale_decisions,
    tie_key,
)
from app.models.disagreement import outside_band
from app.models.errors import InputError
from app.models.merge import MergeOutcome
from app.models.readiness import PaperRecord, ReadinessItem, blocking, protocol_notes, protocol_readiness
from app.models.regulation import ADVANCING_BY_STAGE, TOTAL_SHARE
from app.models.results import EntryResult, Results
from app.models.round import RoundFile
from app.models.round_model import Round
from app.models.sheet import Sheet
from app.models.sheet_check import SheetStatus


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

    def decided_places(self) -> dict[str, int | None]:
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


def report_decisions(snapshot: ChairSnapshot) -> Decisions:
    """The chair's decisions in the form the protocol and the Excel summary take, with what the
    protocol states about its readiness."""
    decisions = snapshot.as_decisions()
    decisions.nominees = [e.entry_id for e in snapshot.final_order() if e.entry_id in decisions.nominees]
    decisions.notes = protocol_notes(snapshot.readiness())
    return decisions
