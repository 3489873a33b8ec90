"""What the chair decides at the meeting, beyond the computed results, and the one place where the
final places come from (`final_standings`): the protocol, the Excel summary, the results file and
the chair's window all take their places from it.

A decision is made on certain results. A tie resolution records the tied entries' results it was
made on; when a later sheet changes them (breaks the tie, or ties more entries), the resolution no
longer fits: it is "out of date", it is not applied (the entries keep their computed ranks, so a
lower result is never placed above a higher one), and the protocol waits until the chair confirms
it again. An explicit place must lie within its entry's tie (a place of 1 for the third best is out
of date the same way).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from app.models.regulation import ADVANCING_BY_STAGE
from app.models.results import EntryResult, Results
from app.models.results_json import results_to_json
from app.models.round_model import Round

if TYPE_CHECKING:
    from app.models.merge import MergeOutcome
    from app.models.readiness import ReadinessItem


@dataclass(frozen=True)
class Votes:
    """The commission's open vote on a resolution."""

    in_favour: int = 0
    against: int = 0
    abstained: int = 0


@dataclass(frozen=True)
class TieResolution:
    entries: tuple[str, ...]  # the tied entries, sorted by id (the key)
    text: str  # the commission's words, e.g. the result of an open vote
    order: tuple[str, ...] = ()  # the decided order, best first; empty: they share the place
    votes: Votes | None = None
    # entry id → the entry's result when the resolution was made; empty when not known (a file)
    made_on: tuple[tuple[str, float | None], ...] = ()


def tie_key(entry_ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(entry_ids))


@dataclass
class Decisions:
    protocol_number: str = ""
    # The commission's resolutions of ties, keyed by the tied entry ids (sorted). A plain text
    # value is taken as a resolution in which the entries share the place.
    tie_resolutions: dict[tuple[str, ...], TieResolution] = field(default_factory=dict)
    nominees: list[str] = field(default_factory=list)  # entry ids
    advancing: list[str] | None = None  # entry ids sent to the next stage; None: the best by stage limit
    absent_experts: list[str] = field(default_factory=list)  # expert ids not at the meeting
    places: dict[str, int] = field(default_factory=dict)  # entry id → place, within its tie
    meeting_date: date | None = None  # None: the round's meeting date
    # What the protocol states about its own readiness (`app.models.readiness`): not in the file.
    notes: tuple[ReadinessItem, ...] = ()

    def __post_init__(self) -> None:
        resolutions: dict[tuple[str, ...], TieResolution] = {}
        for key, value in self.tie_resolutions.items():
            if isinstance(value, str):
                value = TieResolution(tie_key(key), value)
            resolutions[tie_key(key)] = value
        self.tie_resolutions = resolutions

    def resolution(self, entry_ids: list[str] | tuple[str, ...]) -> str:
        found = self.tie_resolutions.get(tie_key(entry_ids))
        return found.text if found else ""


# --- the final places ---


@dataclass(frozen=True)
class Standing:
    """An entry in the final order with its place (None: no result)."""

    entry: EntryResult
    place: int | None

    @property
    def entry_id(self) -> str:
        return self.entry.entry_id


@dataclass(frozen=True)
class StaleDecision:
    """A recorded decision the current results no longer fit (it is not applied)."""

    kind: str  # "tie" or "place"
    entries: tuple[str, ...]
    made_on: tuple[tuple[str, float | None], ...] = ()  # tie: the results it was made on
    now: tuple[tuple[str, float | None], ...] = ()  # the entries' results now
    place: int | None = None  # place: the place recorded
    rank: int | None = None  # place: the entry's rank now


def _tie_groups(results: Results) -> dict[int, list[str]]:
    groups: dict[int, list[str]] = {}
    for e in results.entries:
        if e.rank is not None:
            groups.setdefault(e.rank, []).append(e.entry_id)
    return groups


def _results_of(results: Results, entry_ids: Iterable[str]) -> tuple[tuple[str, float | None], ...]:
    out = []
    for entry_id in entry_ids:
        e = results.entry(entry_id)
        out.append((entry_id, e.result if e else None))
    return tuple(out)


def resolution_fits(results: Results, resolution: TieResolution) -> bool:
    """The entries are still tied, exactly these, and on the results the resolution was made on."""
    entries = [results.entry(e) for e in resolution.entries]
    ranks = [e.rank for e in entries if e is not None and e.rank is not None]
    if len(entries) < 2 or len(ranks) < len(entries):
        return False
    rank = ranks[0]
    if any(r != rank for r in ranks) or sorted(_tie_groups(results)[rank]) != sorted(resolution.entries):
        return False
    return not resolution.made_on or dict(resolution.made_on) == dict(_results_of(results, resolution.entries))


def _place_fits(results: Results, entry_id: str, place: int) -> bool:
    entry = results.entry(entry_id)
    if entry is None or entry.rank is None:
        return False
    size = len(_tie_groups(results)[entry.rank])
    return entry.rank <= place < entry.rank + size


def stale_decisions(results: Results, decisions: Decisions) -> list[StaleDecision]:
    """Decisions the current results no longer fit: they block the protocol until confirmed again."""
    out = []
    for resolution in decisions.tie_resolutions.values():
        if not resolution_fits(results, resolution):
            out.append(
                StaleDecision(
                    "tie",
                    resolution.order or resolution.entries,
                    resolution.made_on,
                    _results_of(results, resolution.entries),
                )
            )
    for entry_id, place in decisions.places.items():
        if not _place_fits(results, entry_id, place):
            entry = results.entry(entry_id)
            out.append(
                StaleDecision(
                    "place",
                    (entry_id,),
                    now=_results_of(results, [entry_id]),
                    place=place,
                    rank=entry.rank if entry else None,
                )
            )
    return out


def final_standings(results: Results, decisions: Decisions) -> list[Standing]:
    """Every entry in the final order with its final place.

    The place is the rank (1, 2, 2, 4) unless the commission ordered tied entries: by a tie
    resolution that still fits (r, r + 1, …), or by an explicit place within the tie. Decisions
    that no longer fit are not applied.
    """
    place: dict[str, int | None] = {e.entry_id: e.rank for e in results.entries}
    within: dict[str, int] = {}  # position inside the tie, for the order of equal places
    for resolution in decisions.tie_resolutions.values():
        first = results.entry(resolution.order[0]) if resolution.order else None
        if first is not None and first.rank is not None and resolution_fits(results, resolution):
            rank = first.rank
            for i, entry_id in enumerate(resolution.order):
                place[entry_id] = rank + i
                within[entry_id] = i
    for entry_id, decided in decisions.places.items():
        if _place_fits(results, entry_id, decided):
            place[entry_id] = decided
    position = {e.entry_id: i for i, e in enumerate(results.entries)}
    ordered = sorted(
        results.entries,
        key=lambda e: (
            place[e.entry_id] is None,
            place[e.entry_id] or 0,
            within.get(e.entry_id, 0),
            position[e.entry_id],
        ),
    )
    return [Standing(e, place[e.entry_id]) for e in ordered]


def final_places(results: Results, decisions: Decisions) -> dict[str, int]:
    """Entry id → final place, for the entries on a prize place."""
    return {
        s.entry_id: s.place
        for s in final_standings(results, decisions)
        if s.place is not None and s.place <= results.places
    }


def advancing_entries(rnd: Round, results: Results, decisions: Decisions) -> list[str]:
    """Entries sent on to the next stage (none at the university stage)."""
    if decisions.advancing is not None:
        return list(decisions.advancing)
    limit = ADVANCING_BY_STAGE.get(rnd.stage)
    if not limit:
        return []
    # A tie across the limit sends every tied entry: the chair settles it with `advancing`.
    return [s.entry_id for s in final_standings(results, decisions) if s.place is not None and s.place <= limit]


def confirm(resolution: TieResolution, results: Results) -> TieResolution:
    """The same resolution, recorded against the current results."""
    return replace(resolution, made_on=_results_of(results, resolution.entries))


def results_made_on(results: Results, entry_ids: Iterable[str]) -> tuple[tuple[str, float | None], ...]:
    return _results_of(results, entry_ids)


def results_document(outcome: MergeOutcome, decisions: Decisions) -> dict[str, Any]:
    """The results file (sarapshy-results/1) with the final places: entries in the final order,
    each with its `place` beside its `rank`."""
    document = results_to_json(outcome)
    by_id = {item["entry_id"]: item for item in document["entries"]}
    document["entries"] = [{**by_id[s.entry_id], "place": s.place} for s in final_standings(outcome.results, decisions)]
    return document
