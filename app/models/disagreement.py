"""The disagreement board of the commission's meeting: where the experts disagree, course by course.

Courses are ordered by the spread of the experts' totals (sample SD, then max − min). For each
course the board lists every panel expert's criterion scores, total and comment side by side, and
flags the values outside the tolerance band.

The band (one rule, two scales): a value is outside when it differs from the median of the OTHER
experts' values by more than the tolerance.
- totals: `TOTAL_SHARE` of the maximum total (0.15 × 70 = 10.5 points);
- one criterion: `CELL_SHARE` of the criterion's maximum (0.2 × 10 = 2 points). A single
  criterion is noisier relative to its scale than a sum of seven (about √7 times), so the share of
  the totals would flag ordinary noise; 2 points is one step of the score descriptors (1–2, 3–4,
  5–6, 7–8, 9–10): a score more than 2 points from the others' median lies at least two steps away.

The shares and the panel sizes are in `app.models.regulation` (the program's reading of 14.1).

Guards for small panels: with fewer than 3 scoring experts there is no "others' median" that is not
one person, so nothing is flagged; with 3 or 4 the median of the others rests on 2 or 3 people, so
a flag says "look here", not "outlier": the board says so.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from app.models.regulation import CELL_SHARE, MIN_PANEL_FOR_FLAGS, MIN_PANEL_FOR_STRONG_FLAGS, TOTAL_SHARE
from app.models.results import EntryResult, Results
from app.models.round_model import Round
from app.models.sheet import Sheet

# Panel guards.
GUARD_NONE, GUARD_WEAK, GUARD_OK = "too_few", "weak", "ok"


def outside_band(values: dict[str, float], tolerance: float) -> set[str]:
    """Keys whose value differs from the median of the other values by more than `tolerance`
    (nothing with fewer than `MIN_PANEL_FOR_FLAGS` values)."""
    if len(values) < MIN_PANEL_FOR_FLAGS:
        return set()
    flagged = set()
    for key, value in values.items():
        others = [v for k, v in values.items() if k != key]
        if abs(value - statistics.median(others)) > tolerance:
            flagged.add(key)
    return flagged


def total_tolerance(max_total: float) -> float:
    return TOTAL_SHARE * max_total


def cell_tolerance(criterion_max: float) -> float:
    return CELL_SHARE * criterion_max


def panel_guard(scoring: int) -> str:
    if scoring < MIN_PANEL_FOR_FLAGS:
        return GUARD_NONE
    return GUARD_WEAK if scoring < MIN_PANEL_FOR_STRONG_FLAGS else GUARD_OK


@dataclass(frozen=True)
class ExpertLine:
    """One expert's view of one course."""

    expert_id: str
    name: str
    scores: dict[str, int]  # criterion id → score (empty: recused or not scored)
    total: int | None
    comment: str
    recused: bool
    flagged_criteria: frozenset[str] = frozenset()
    total_flagged: bool = False


@dataclass(frozen=True)
class CourseDisagreement:
    entry_id: str
    sd: float | None
    spread: float | None  # max − min of the totals
    scoring: int  # experts who scored the course
    guard: str
    lines: list[ExpertLine] = field(default_factory=list)

    @property
    def flags(self) -> int:
        return sum(len(x.flagged_criteria) + x.total_flagged for x in self.lines)


def course_disagreement(rnd: Round, entry: EntryResult, sheets: dict[str, Sheet]) -> CourseDisagreement:
    """The board's rows for one course, for every expert of the commission with an accepted sheet."""
    criteria = {c.id: c for c in rnd.criteria}
    lines_data = []
    for expert in rnd.commission.experts:
        sheet = sheets.get(expert.id)
        if sheet is None:
            continue
        ev = sheet.evaluation(entry.entry_id)
        scores = dict(ev.scores or {}) if ev and not ev.recused else {}
        lines_data.append((expert, ev, scores))
    flagged_by_criterion = {
        cid: outside_band({x.id: s[cid] for x, _, s in lines_data if cid in s}, cell_tolerance(c.max))
        for cid, c in criteria.items()
    }
    flagged_totals = outside_band(dict(entry.totals), total_tolerance(rnd.max_total))
    lines = []
    for expert, ev, scores in lines_data:
        lines.append(
            ExpertLine(
                expert.id,
                expert.name,
                scores,
                entry.totals.get(expert.id),
                ev.comment if ev else "",
                bool(ev and ev.recused),
                frozenset(cid for cid, flagged in flagged_by_criterion.items() if expert.id in flagged),
                expert.id in flagged_totals,
            )
        )
    spread = None if entry.min is None or entry.max is None else entry.max - entry.min
    return CourseDisagreement(
        entry.entry_id, entry.sd, spread, len(entry.totals), panel_guard(len(entry.totals)), lines
    )


def disagreement_board(rnd: Round, results: Results, sheets: dict[str, Sheet]) -> list[CourseDisagreement]:
    """Every course, the most disputed first (SD, then max − min); courses without totals last.
    `sheets`: expert id → accepted sheet."""
    courses = [course_disagreement(rnd, entry, sheets) for entry in results.entries]
    return sorted(courses, key=lambda c: (c.sd is None, -(c.sd or 0.0), -(c.spread or 0.0), c.entry_id))
