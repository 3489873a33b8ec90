"""The chair's decisions as a file (format `sarapshy-decisions/1`): written by the chair's window,
read by `sarapshy merge --decisions` and by the window's import.

Read strictly: unknown keys, entries or experts not in the round, a tie resolution naming an entry
twice, places that are not whole numbers are refused with the place in the file. Every key but
`format` is optional; a file without `format` is read as `/1`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from app.models.catalogue import QT_TRANSLATE_NOOP, Translate, english
from app.models.decisions import Decisions, TieResolution, Votes, stale_decisions, tie_key
from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import check_format, decode_json_document, validate_model
from app.models.messages import fill
from app.models.results import Results
from app.models.round import RoundFile

if TYPE_CHECKING:
    from app.models.readiness import ReadinessItem

DECISIONS_FORMAT: Final = "sarapshy-decisions/1"
MAX_DECISIONS_BYTES = 4 * 1024 * 1024
MAX_TEXT = 20_000
# the parts of the suggested decisions file the chair fills in (the command line shows it in its language)
PLACEHOLDER_CONTEXT = "Cli"
TIE_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Cli", "<the commission's resolution of the tie at %1; list the entries best first>"
)
NUMBER_PLACEHOLDER = QT_TRANSLATE_NOOP("Cli", "<number>")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class VotesModel(_Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    in_favour: StrictInt = Field(0, ge=0, alias="for")
    against: StrictInt = Field(0, ge=0)
    abstained: StrictInt = Field(0, ge=0)


class TieResolutionModel(_Model):
    entries: list[StrictStr] = Field(min_length=2, max_length=1000)  # in the decided order
    text: StrictStr = Field(min_length=1, max_length=MAX_TEXT, pattern=r"\S")  # not blank
    votes: VotesModel | None = None


class DecisionsModel(_Model):
    """The chair's decisions at the meeting (sarapshy-decisions/1)."""

    format: Literal["sarapshy-decisions/1"] = DECISIONS_FORMAT
    protocol_number: StrictStr = Field("", max_length=100)
    meeting_date: date | None = None
    tie_resolutions: list[TieResolutionModel] = Field(default_factory=list, max_length=10_000)
    places: dict[StrictStr, StrictInt] = Field(default_factory=dict)
    absent_experts: list[StrictStr] = Field(default_factory=list, max_length=10_000)
    nominees: list[StrictStr] = Field(default_factory=list, max_length=10_000)
    advancing: list[StrictStr] | None = None


def parse_decisions(raw: bytes, source: str | Path, round_file: RoundFile) -> Decisions:
    data = decode_json_document(raw, source)
    if "format" in data:
        check_format(data, DECISIONS_FORMAT, source, "decisions")
    model = validate_model(DecisionsModel, data, source)
    _check_ids(model, source, round_file)
    resolutions = {}
    for item in model.tie_resolutions:
        votes = Votes(item.votes.in_favour, item.votes.against, item.votes.abstained) if item.votes else None
        resolutions[tie_key(item.entries)] = TieResolution(
            tie_key(item.entries), item.text.strip(), tuple(item.entries), votes
        )
    return Decisions(
        protocol_number=model.protocol_number.strip(),
        tie_resolutions=resolutions,
        nominees=list(model.nominees),
        advancing=None if model.advancing is None else list(model.advancing),
        absent_experts=list(model.absent_experts),
        places=dict(model.places),
        meeting_date=model.meeting_date,
    )


def read_decisions(path: str | Path, round_file: RoundFile) -> Decisions:
    return parse_decisions(read_limited(Path(path), MAX_DECISIONS_BYTES), path, round_file)


def _check_ids(model: DecisionsModel, source: str | Path, round_file: RoundFile) -> None:
    rnd = round_file.round
    entries = {e.id for e in rnd.entries}
    experts = {x.id for x in rnd.commission.experts}
    problems: list[Problem] = []

    def unknown_entry(place: str, entry_id: str) -> None:
        problems.append(
            Problem(
                place,
                f"the entry {entry_id!r} is not in the round",
                "use the entry ids of the round file",
                "decisions_unknown_entry",
                (entry_id,),
            )
        )

    seen: set[str] = set()
    for i, item in enumerate(model.tie_resolutions):
        for j, entry_id in enumerate(item.entries):
            if entry_id not in entries:
                unknown_entry(f"tie_resolutions[{i}].entries[{j}]", entry_id)
        if len(set(item.entries)) != len(item.entries):
            problems.append(
                Problem(
                    f"tie_resolutions[{i}].entries",
                    "an entry is named twice",
                    "name each tied entry once, in the decided order",
                    "decisions_entry_twice",
                )
            )
        if seen & set(item.entries):
            problems.append(
                Problem(
                    f"tie_resolutions[{i}].entries",
                    "an entry is in two tie resolutions",
                    "give one resolution per tie",
                    "decisions_two_resolutions",
                )
            )
        seen |= set(item.entries)
    for entry_id, place in model.places.items():
        if entry_id not in entries:
            unknown_entry(f"places.{entry_id}", entry_id)
        if place < 1:
            problems.append(
                Problem(
                    f"places.{entry_id}",
                    f"a place must be 1 or more (found {place})",
                    "",
                    "decisions_bad_place",
                    (str(place),),
                )
            )
    for key in ("nominees", "advancing"):
        for j, entry_id in enumerate(getattr(model, key) or []):
            if entry_id not in entries:
                unknown_entry(f"{key}[{j}]", entry_id)
    for j, expert_id in enumerate(model.absent_experts):
        if expert_id not in experts:
            problems.append(
                Problem(
                    f"absent_experts[{j}]",
                    f"the expert {expert_id!r} is not in the commission",
                    "use the expert ids of the round file",
                    "decisions_unknown_expert",
                    (expert_id,),
                )
            )
    if problems:
        raise InputError(source, problems=problems)


def decisions_to_json(decisions: Decisions, results: Results | None = None) -> dict[str, Any]:
    """The file's document. A resolution in which the tied entries share the place is written with
    equal `places` for them (the file's resolutions always list their entries in an order): give
    the `results` for that."""
    places = {**(shared_places(decisions, results) if results else {}), **decisions.places}
    resolutions = []
    for resolution in decisions.tie_resolutions.values():
        item: dict[str, Any] = {"entries": list(resolution.order or resolution.entries), "text": resolution.text}
        if resolution.votes:
            item["votes"] = {
                "for": resolution.votes.in_favour,
                "against": resolution.votes.against,
                "abstained": resolution.votes.abstained,
            }
        resolutions.append(item)
    return {
        "format": DECISIONS_FORMAT,
        "protocol_number": decisions.protocol_number,
        "meeting_date": decisions.meeting_date.isoformat() if decisions.meeting_date else None,
        "tie_resolutions": resolutions,
        "places": places,
        "absent_experts": list(decisions.absent_experts),
        "nominees": list(decisions.nominees),
        "advancing": None if decisions.advancing is None else list(decisions.advancing),
    }


def decisions_file_text(decisions: Decisions, results: Results | None = None) -> str:
    return json.dumps(decisions_to_json(decisions, results), ensure_ascii=False, indent=2) + "\n"


def shared_places(decisions: Decisions, results: Results) -> dict[str, int]:
    """Places that say tied entries share their place, for resolutions without an order."""
    out = {}
    for resolution in decisions.tie_resolutions.values():
        if not resolution.order:
            for entry_id in resolution.entries:
                entry = results.entry(entry_id)
                if entry is not None and entry.rank is not None:
                    out[entry_id] = entry.rank
    return out


def snippet_for_readiness(
    round_file: RoundFile,
    results: Results,
    decisions: Decisions,
    items: Sequence[ReadinessItem],
    translate: Translate = english,
) -> str:
    """The decisions file to write so that these blocking readiness items are met: the decisions
    given so far, without those that no longer fit, with a placeholder (in translate's language)
    for each missing one."""
    document = decisions_to_json(decisions)
    codes = {item.code for item in items}
    stale = {tie_key(s.entries) for s in stale_decisions(results, decisions) if s.kind == "tie"}
    stale_places = {s.entries[0] for s in stale_decisions(results, decisions) if s.kind == "place"}
    document["tie_resolutions"] = [r for r in document["tie_resolutions"] if tie_key(r["entries"]) not in stale]
    document["places"] = {k: v for k, v in document["places"].items() if k not in stale_places}
    resolved = {tie_key(r["entries"]) for r in document["tie_resolutions"]}
    for group in results.prize_ties:
        if tie_key(group) not in resolved:
            entry = results.entry(group[0])
            result = entry.result if entry is not None else None
            if result is None:  # a prize tie is of entries with a result
                continue
            document["tie_resolutions"].append(
                {
                    "entries": list(group),
                    "text": fill(translate(PLACEHOLDER_CONTEXT, TIE_PLACEHOLDER), (f"{result:g}",)),
                    "votes": {"for": 0, "against": 0, "abstained": 0},
                }
            )
    if "protocol_number_missing" in codes:
        document["protocol_number"] = translate(PLACEHOLDER_CONTEXT, NUMBER_PLACEHOLDER)
    missing = [item.args[0] for item in items if item.code == "sheet_missing"]
    document["absent_experts"] = list(document["absent_experts"]) + [
        e for e in missing if e not in document["absent_experts"]
    ]
    if not document["meeting_date"]:
        del document["meeting_date"]
    return json.dumps(document, ensure_ascii=False, indent=2)
