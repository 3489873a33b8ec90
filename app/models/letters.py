"""What a feedback letter to a course's authors says: the course's result, its final place, the
mean of each criterion and the panel's comments — nothing that names or identifies an expert.

Left out on purpose: expert names and ids, each expert's own scores or totals (with a small panel
they identify the expert), recusals and their reasons, time-stamped notes on the videos (working
notes, not addressed to the authors), and the commission-only part of comments
(`app.models.comments`). An expert's name written inside a comment is replaced by `[…]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.models.comments import public_comment
from app.models.decisions import Decisions, final_standings
from app.models.merge import MergeOutcome
from app.models.readiness import BLOCKING, ReadinessItem
from app.models.round import RoundFile

# Everything that blocks the protocol blocks the letters (an out-of-date decision, an unresolved
# tie, a missing sheet…) except the protocol's own number, which a letter does not need.
LETTER_BLOCKING = BLOCKING - {"protocol_number_missing"}


@dataclass(frozen=True)
class Letter:
    entry_id: str
    result: float
    place: int
    entries_ranked: int  # how many courses have a place
    criteria_means: list[tuple[str, float | None]]  # criterion id → mean, in the round's order
    comments: list[str]  # the public parts, non-empty, in a fixed order that does not follow the experts


def letter_blockers(items: list[ReadinessItem]) -> list[ReadinessItem]:
    return [i for i in items if i.code in LETTER_BLOCKING]


def feedback_letters(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions) -> list[Letter]:
    """One letter per course that has a result, in the final order."""
    rnd = round_file.round
    standings = [s for s in final_standings(outcome.results, decisions) if s.place is not None]
    sheets = [s.sheet for s in outcome.accepted]
    redact = _name_pattern([x.name for x in rnd.commission.experts])
    letters = []
    for standing in standings:
        entry, place = standing.entry, standing.place
        if place is None or entry.result is None:  # left out above; an entry with a place has a result
            continue
        comments = []
        for sheet in sheets:
            ev = sheet.evaluation(entry.entry_id)
            if ev is None or ev.recused:
                continue
            text = public_comment(ev.comment)
            if redact is not None:
                text = redact.sub(REDACTED, text)
            if text:
                comments.append(text)
        letters.append(
            Letter(
                entry.entry_id,
                entry.result,
                place,
                len(standings),
                [(c.id, entry.criteria_mean.get(c.id)) for c in rnd.criteria],
                sorted(comments, key=str.casefold),
            )
        )
    return letters


REDACTED = "[…]"


def _name_pattern(names: list[str]) -> re.Pattern[str] | None:
    """Whole-word matches of each expert's full name and surname (the first word), any case: an
    expert who signs a comment with their name stays anonymous in the letter."""
    words = {n.strip() for n in names if n.strip()} | {n.split()[0] for n in names if len(n.split()) > 1}
    words = {w for w in words if len(w) >= 3}
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
