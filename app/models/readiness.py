"""What stands between the merged results and a protocol the chair can sign, computed once.

Each item is a code with its args (the window translates it, the command line prints the English
text, the protocol prints the ones that are not blocking). A blocking item refuses the protocol;
the others are stated in it ("С5: the sheet was not received").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.models.decisions import Decisions, StaleDecision, stale_decisions
from app.models.merge import MergeOutcome
from app.models.round import RoundFile
from app.models.sheet_check import SheetStatus

# What the sheet checks (app.models.merge) say about keys: sheets of one expert under different
# keys (`reason_code` key_changed: none is taken until the chair sets the wrong one aside) block the
# protocol, even if the expert were recorded as not submitting; a key that signs for two experts
# (`flag` shared_key) is stated in the protocol.
KEY_CHANGED_CODE = "key_changed"
KEY_CONFLICT_STATUSES = frozenset({"key_conflict", "conflict"})
SHARED_KEY_FLAG = "shared_key"

ENGLISH = {
    "no_sheets": "no accepted sheet: import the experts' sheet files first",
    "tie_unresolved": "the tie of {1} on place {0} needs the commission's written resolution",
    "tie_out_of_date": "the resolution of the tie {0} was made on results {1}; they are now {2}: "
    "it is out of date and must be confirmed again or withdrawn",
    "place_out_of_date": "the place {1} recorded for {0} no longer fits its rank {2}: correct or withdraw it",
    "protocol_number_missing": "the protocol has no number yet",
    "sheet_missing": "{1} ({0}) has no accepted sheet: import it, or record the expert as absent or "
    "the sheet as not submitted",
    "paper_unchecked": "the sheet {0} of {1} is not yet compared with its paper copy: compare it, or record why not",
    "key_changed": "the sheet {0} of {1} is signed with another key than the expert's earlier sheet: "
    "the chair must decide on it first",
    "sheet_not_received": "{1} ({0}): the sheet was not received",
    "paper_not_compared": "{1} ({0}): the sheet was not compared with its paper copy ({3})",
    "shared_key": "{1} ({0}): the sheet is signed with a key that also signs another expert's sheet ({3})",
    "paper_not_recorded": "the comparison of the sheet files with their paper copies is not recorded "
    "(made from the command line)",
}
BLOCKING = frozenset(
    {
        "no_sheets",
        "tie_unresolved",
        "tie_out_of_date",
        "place_out_of_date",
        "protocol_number_missing",
        "sheet_missing",
        "paper_unchecked",
        "key_changed",
    }
)

# A Problem refusing a document over an item has this code + the item's code (its words: readiness_texts).
READINESS_CODE = "readiness_"


@dataclass(frozen=True)
class ReadinessItem:
    code: str
    args: tuple[str, ...] = ()

    @property
    def blocking(self) -> bool:
        return self.code in BLOCKING

    def describe(self) -> str:
        return ENGLISH[self.code].format(*self.args)


@dataclass(frozen=True)
class PaperRecord:
    """The chair's comparison of accepted sheets with paper (by file digest)."""

    checked: frozenset[str] = frozenset()
    waived: dict[str, str] = field(default_factory=dict)  # digest → why it was not compared


def results_text(values: Iterable[tuple[str, float | None]]) -> str:
    return ", ".join(f"{entry_id} {'—' if result is None else f'{result:g}'}" for entry_id, result in values)


def stale_item(stale: StaleDecision) -> ReadinessItem:
    if stale.kind == "tie":
        return ReadinessItem(
            "tie_out_of_date", (" = ".join(stale.entries), results_text(stale.made_on) or "—", results_text(stale.now))
        )
    return ReadinessItem(
        "place_out_of_date", (stale.entries[0], str(stale.place), "—" if stale.rank is None else str(stale.rank))
    )


def protocol_readiness(
    round_file: RoundFile,
    outcome: MergeOutcome,
    decisions: Decisions,
    *,
    paper: PaperRecord | None = None,
    not_submitted: tuple[str, ...] | list[str] = (),
) -> list[ReadinessItem]:
    """Blocking items first, then what the protocol states. `paper` None: not recorded (the
    command line), stated in the protocol."""
    rnd = round_file.round
    results = outcome.results
    items: list[ReadinessItem] = []
    if not outcome.accepted:
        items.append(ReadinessItem("no_sheets"))
    resolved = set(decisions.tie_resolutions)
    for group in results.prize_ties:
        if tuple(sorted(group)) not in resolved:
            tied = results.entry(group[0])
            items.append(ReadinessItem("tie_unresolved", (str(tied.rank if tied else None), ", ".join(group))))
    items += [stale_item(s) for s in stale_decisions(results, decisions)]
    if not decisions.protocol_number.strip():
        items.append(ReadinessItem("protocol_number_missing"))
    position = {x.id: i for i, x in enumerate(rnd.commission.experts, start=1)}
    accepted = {s.sheet.expert_id: s for s in outcome.accepted}
    excused = set(decisions.absent_experts) | set(not_submitted)
    notes = []
    for expert in rnd.commission.experts:
        label = (expert.id, expert.name, str(position[expert.id]))
        if expert.id not in accepted:
            if expert.id in excused:
                notes.append(ReadinessItem("sheet_not_received", label))
            else:
                items.append(ReadinessItem("sheet_missing", label))
    for status in outcome.statuses:
        signer = rnd.expert(status.expert_id) if status.expert_id else None
        if _key_conflict(status):
            items.append(ReadinessItem("key_changed", (status.file, signer.name if signer else "")))
        elif status.status == "ok" and getattr(status, "flag", "") == SHARED_KEY_FLAG and signer is not None:
            notes.append(
                ReadinessItem("shared_key", (signer.id, signer.name, str(position[signer.id]), status.fingerprint))
            )
    if paper is None:
        if outcome.accepted:
            notes.append(ReadinessItem("paper_not_recorded"))
    else:
        for status in outcome.statuses:
            if status.status != "ok" or status.sha256 in paper.checked:
                continue
            signer = rnd.expert(status.expert_id) if status.expert_id else None
            if signer is not None and status.sha256 in paper.waived:
                notes.append(
                    ReadinessItem(
                        "paper_not_compared",
                        (signer.id, signer.name, str(position[signer.id]), paper.waived[status.sha256]),
                    )
                )
            else:
                items.append(ReadinessItem("paper_unchecked", (status.file, signer.name if signer else "")))
    return items + notes


def _key_conflict(status: SheetStatus) -> bool:
    """Sheets of one expert under different keys, not yet decided by setting one aside."""
    return status.status != "set_aside" and (
        status.reason_code == KEY_CHANGED_CODE or status.status in KEY_CONFLICT_STATUSES
    )


def blocking(items: list[ReadinessItem]) -> list[ReadinessItem]:
    return [i for i in items if i.blocking]


def protocol_notes(items: list[ReadinessItem]) -> tuple[ReadinessItem, ...]:
    return tuple(i for i in items if not i.blocking)
