"""The results engine: from the round and the accepted sheets to ranked results and statistics.

Rules (regulation 12.2, and the ranking the protocol states):
- an expert's total for an entry is the sum of its criteria;
- an entry's result is the sum of the panel's totals; where an expert recused (or left the entry
  unscored), the result is the mean of the remaining totals × the panel size, marked `rescaled`;
- standard competition ranking (1, 2, 2, 4); ties are flagged, and separately when on a prize place;
- agreement statistics use only the entries every panel expert scored (`entries_used`).

Computation runs on entries and experts sorted by id, so the input order of sheets, entries and
experts changes nothing, not even floating-point rounding. Display orders (rank order, the
commission's order of experts) are applied at the end.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from app.models import stats
from app.models.results_ranking import build_table, official_results, rank_scores
from app.models.results_statistics import (
    Agreement,
    CriterionStat,
    ExpertDeviation,
    Robustness,
    agreement_of,
    criterion_stat,
    expert_deviations,
    robustness_of,
)
from app.models.round_model import Round
from app.models.sheet import Sheet

RESULTS_FORMAT = "sarapshy-results/1"
PRIMARY_METHOD = "sum"


@dataclass(frozen=True)
class EntryResult:
    entry_id: str
    rank: int | None  # None when no panel expert scored the entry
    result: float | None
    totals: dict[str, int]  # expert id → total, for the experts who scored it
    mean: float | None
    sd: float | None
    min: float | None
    max: float | None
    recused: list[str]
    missing: list[str]  # panel experts whose sheet neither scores nor recuses this entry
    rescaled: bool
    tie: bool
    prize_tie: bool
    criteria: dict[str, CriterionStat]

    @property
    def criteria_mean(self) -> dict[str, float | None]:
        return {cid: stat.mean for cid, stat in self.criteria.items()}


@dataclass(frozen=True)
class Results:
    round_id: str
    round_sha256: str
    method: str
    places: int
    panel: list[str]  # experts whose sheets were used, in the commission's order
    entries: list[EntryResult]  # rank order; entries without a result last
    criteria: list[CriterionStat]  # over every score given in the round
    agreement: Agreement
    experts: list[ExpertDeviation]
    robustness: Robustness
    prize_ties: list[list[str]] = field(default_factory=list)

    @cached_property
    def _entry_index(self) -> dict[str, EntryResult]:
        return {e.entry_id: e for e in self.entries}

    def entry(self, entry_id: str) -> EntryResult | None:
        return self._entry_index.get(entry_id)

    def expert(self, expert_id: str) -> ExpertDeviation | None:
        return next((e for e in self.experts if e.expert_id == expert_id), None)


def compute_results(rnd: Round, sheets: Sequence[Sheet], *, round_sha256: str | None = None) -> Results:
    """Results of the round from one accepted sheet per expert (see `merge` for accepting them).

    `round_sha256` is the round file's digest, recorded in the results; by default it is taken
    from the sheets when they agree on it.
    """
    if round_sha256 is None:
        digests = {s.round_sha256 for s in sheets}
        round_sha256 = digests.pop() if len(digests) == 1 else ""
    places = rnd.aggregation.places
    table = build_table(rnd, sheets)
    totals = table.totals
    panel_size = len(table.expert_ids)

    results = official_results(totals, panel_size)
    ranks = rank_scores(results)
    rank_counts: dict[int, int] = {}
    for r in ranks:
        if r is not None:
            rank_counts[r] = rank_counts.get(r, 0) + 1
    entry_summaries = stats.summarize_rows(totals)
    per_criterion = {cid: stats.summarize_rows(table.scores[:, :, k]) for k, cid in enumerate(table.criterion_ids)}
    criteria_order = [c.id for c in rnd.criteria]

    entries = []
    for i, entry_id in enumerate(table.entry_ids):
        row = totals[i]
        rank = ranks[i]
        tie = rank is not None and rank_counts[rank] > 1
        summary = entry_summaries[i]
        entries.append(
            EntryResult(
                entry_id=entry_id,
                rank=rank,
                result=results[i],
                totals={e: int(row[j]) for j, e in enumerate(table.expert_ids) if not math.isnan(row[j])},
                mean=summary.mean,
                sd=summary.sd,
                min=summary.min,
                max=summary.max,
                recused=[e for j, e in enumerate(table.expert_ids) if table.recused[i, j]],
                missing=[e for j, e in enumerate(table.expert_ids) if math.isnan(row[j]) and not table.recused[i, j]],
                rescaled=results[i] is not None and bool(np.isnan(row).any()),
                tie=tie,
                prize_tie=tie and rank is not None and rank <= places,
                criteria={cid: criterion_stat(cid, per_criterion[cid][i]) for cid in criteria_order},
            )
        )
    entries.sort(key=lambda e: (e.rank is None, e.rank or 0, e.entry_id))

    prize_ties: dict[int, list[str]] = {}
    for e in entries:
        if e.prize_tie and e.rank is not None:
            prize_ties.setdefault(e.rank, []).append(e.entry_id)

    agreement, used = agreement_of(table, totals)
    deviations = expert_deviations(table, totals, used)
    commission_order = [x.id for x in rnd.commission.experts if x.id in deviations]
    all_scores = table.scores.reshape(-1, len(table.criterion_ids))
    return Results(
        round_id=rnd.round_id,
        round_sha256=round_sha256,
        method=rnd.aggregation.method,
        places=places,
        panel=commission_order,
        entries=entries,
        criteria=[
            criterion_stat(cid, stats.summarize(all_scores[:, table.criterion_ids.index(cid)]))
            for cid in criteria_order
        ],
        agreement=agreement,
        experts=[deviations[e] for e in commission_order],
        robustness=robustness_of(table, totals, ranks, places),
        prize_ties=[prize_ties[r] for r in sorted(prize_ties)],
    )
