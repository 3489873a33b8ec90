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
from typing import Any, Protocol

import numpy as np

from app.models import stats
from app.models.canonical import canonical_sha256
from app.models.round_model import Round
from app.models.sheet import Sheet

RESULTS_FORMAT = "sarapshy-results/1"
PRIMARY_METHOD = "sum"
ALTERNATIVE_METHODS = ("mean", "trimmed_mean", "median", "zscore")
# An expert whose ranking correlates this weakly (Spearman) with the mean of the rest of the
# panel is flagged for the chair's attention (regulation 14.1: bias, corruption risk).
LOW_AGREEMENT_RHO = 0.3
# Spearman needs a few entries before it says anything about an expert.
MIN_ENTRIES_FOR_SPEARMAN = 3
# Alternative scores (z-scores above all) are rounded before ranking so that floating-point noise
# neither creates nor breaks ties.
RANKING_DECIMALS = 9


@dataclass(frozen=True)
class CriterionStat(stats.Summary):
    """Count, mean, sample SD, min and max of one criterion's scores."""

    criterion_id: str = ""


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
class Agreement:
    kendall_w: float | None
    kendall_chi2: float | None
    kendall_df: int | None
    kendall_p: float | None
    icc2_1: float | None
    icc2_k: float | None
    entries_used: int
    entries_left_out: list[str]  # entries with a recusal or a missing score


@dataclass(frozen=True)
class ExpertDeviation:
    expert_id: str
    spearman_vs_rest: float | None
    flag: bool
    entries_scored: int
    mean_total: float | None
    sd_total: float | None


@dataclass(frozen=True)
class MethodRanking:
    method: str
    scores: dict[str, float | None]
    ranks: dict[str, int | None]
    prize_places: dict[str, int]  # entry id → rank, for every entry ranked within the prize places
    differs: bool  # the prize places differ from the official method's


@dataclass(frozen=True)
class LeaveOneOut:
    expert_id: str
    prize_places: dict[str, int]
    changes: bool  # some entry would take another prize place (or none)
    changes_winners: bool = False  # another set of entries would take the prize places


@dataclass(frozen=True)
class Robustness:
    prize_places: dict[str, int]  # of the official method
    methods: list[MethodRanking]
    method_dependent: bool  # a warning: some method gives other prize places
    leave_one_out: list[LeaveOneOut]

    @property
    def influential_experts(self) -> list[str]:
        return [item.expert_id for item in self.leave_one_out if item.changes]


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


@dataclass
class _Table:
    """Scores as arrays: entries × experts × criteria (NaN where absent), all sorted by id."""

    entry_ids: list[str]
    expert_ids: list[str]
    criterion_ids: list[str]
    scores: np.ndarray
    recused: np.ndarray  # entries × experts, bool

    @property
    def totals(self) -> np.ndarray:
        """entries × experts; NaN where any criterion is unscored."""
        totals: np.ndarray = self.scores.sum(axis=2)
        return totals


def _build_table(rnd: Round, sheets: Sequence[Sheet]) -> _Table:
    by_expert: dict[str, Sheet] = {}
    for sheet in sheets:
        if rnd.expert(sheet.expert_id) is None:
            raise ValueError(f"expert {sheet.expert_id!r} is not in the round's commission")
        if sheet.expert_id in by_expert:
            raise ValueError(f"two sheets for expert {sheet.expert_id!r}: pass one sheet per expert (see merge)")
        by_expert[sheet.expert_id] = sheet
    entry_ids = sorted(e.id for e in rnd.entries)
    expert_ids = sorted(by_expert)
    criterion_ids = sorted(c.id for c in rnd.criteria)
    row_of = {entry_id: i for i, entry_id in enumerate(entry_ids)}
    scores = np.full((len(entry_ids), len(expert_ids), len(criterion_ids)), np.nan)
    recused = np.zeros((len(entry_ids), len(expert_ids)), dtype=bool)
    for j, expert_id in enumerate(expert_ids):
        for ev in by_expert[expert_id].evaluations:
            i = row_of.get(ev.entry_id)
            if i is None:
                continue
            if ev.recused:
                recused[i, j] = True
            elif ev.scores:
                given = ev.scores
                scores[i, j] = [given.get(cid, math.nan) for cid in criterion_ids]
    return _Table(entry_ids, expert_ids, criterion_ids, scores, recused)


def _rank_scores(values: Sequence[float | None]) -> list[int | None]:
    """Competition ranks of the values that exist; None stays unranked."""
    present = [(i, v) for i, v in enumerate(values) if v is not None]
    ranks: list[int | None] = [None] * len(values)
    for (i, _), rank in zip(present, stats.competition_ranks([v for _, v in present]), strict=True):
        ranks[i] = rank
    return ranks


def _prize_places(entry_ids: Sequence[str], ranks: Sequence[int | None], places: int) -> dict[str, int]:
    return {e: r for e, r in zip(entry_ids, ranks, strict=True) if r is not None and r <= places}


def _official_results(totals: np.ndarray, panel_size: int) -> list[float | None]:
    """Sum of totals; with a gap, mean of the rest × panel size (computed as sum × size / count,
    one rounding, so equal fractions give equal floats and ties are exact)."""
    present = ~np.isnan(totals)
    counts = present.sum(axis=1)
    sums = np.where(present, totals, 0.0).sum(axis=1)
    return [float(s * panel_size / c) if c else None for s, c in zip(sums, counts, strict=True)]


def _alternative_scores(totals: np.ndarray) -> dict[str, list[float | None]]:
    rows = list(totals)
    z = np.column_stack([stats.z_scores(totals[:, j]) for j in range(totals.shape[1])]) if totals.shape[1] else totals
    summaries = stats.summarize_rows(totals)
    z_summaries = stats.summarize_rows(z)

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, RANKING_DECIMALS)

    return {
        "mean": [rounded(s.mean) for s in summaries],
        "trimmed_mean": [rounded(stats.trimmed_mean(row)) for row in rows],
        "median": [rounded(stats.median(row)) for row in rows],
        "zscore": [rounded(s.mean) for s in z_summaries],
    }


def _robustness(table: _Table, totals: np.ndarray, official_ranks: list[int | None], places: int) -> Robustness:
    entry_ids = table.entry_ids
    official = _prize_places(entry_ids, official_ranks, places)
    methods = []
    for method, scores in _alternative_scores(totals).items():
        ranks = _rank_scores(scores)
        prizes = _prize_places(entry_ids, ranks, places)
        methods.append(
            MethodRanking(
                method,
                dict(zip(entry_ids, scores, strict=True)),
                dict(zip(entry_ids, ranks, strict=True)),
                prizes,
                prizes != official,
            )
        )
    leave_one_out = []
    panel_size = totals.shape[1]
    for j, expert_id in enumerate(table.expert_ids):
        rest = np.delete(totals, j, axis=1)
        ranks = _rank_scores(_official_results(rest, panel_size - 1))
        prizes = _prize_places(entry_ids, ranks, places)
        leave_one_out.append(LeaveOneOut(expert_id, prizes, prizes != official, set(prizes) != set(official)))
    return Robustness(official, methods, any(m.differs for m in methods), leave_one_out)


def _agreement(table: _Table, totals: np.ndarray) -> tuple[Agreement, np.ndarray]:
    complete = ~np.isnan(totals).any(axis=1)
    used = totals[complete]
    left_out = [e for e, ok in zip(table.entry_ids, complete, strict=True) if not ok]
    kendall = stats.kendall_w(used)
    icc = stats.icc2(used)
    agreement = Agreement(
        kendall_w=kendall.w if kendall else None,
        kendall_chi2=kendall.chi2 if kendall else None,
        kendall_df=kendall.df if kendall else None,
        kendall_p=kendall.p if kendall else None,
        icc2_1=icc.single if icc else None,
        icc2_k=icc.average if icc else None,
        entries_used=int(complete.sum()),
        entries_left_out=left_out,
    )
    return agreement, used


def _expert_deviations(table: _Table, totals: np.ndarray, used: np.ndarray) -> dict[str, ExpertDeviation]:
    m = used.shape[1]
    row_sums = used.sum(axis=1)
    out = {}
    for j, expert_id in enumerate(table.expert_ids):
        rho = None
        if m >= 2 and used.shape[0] >= MIN_ENTRIES_FOR_SPEARMAN:
            rest_mean = (row_sums - used[:, j]) / (m - 1)
            rho = stats.spearman(used[:, j], rest_mean)
        own = stats.summarize(totals[:, j])
        out[expert_id] = ExpertDeviation(
            expert_id, rho, rho is not None and rho < LOW_AGREEMENT_RHO, own.n, own.mean, own.sd
        )
    return out


def compute_results(rnd: Round, sheets: Sequence[Sheet], *, round_sha256: str | None = None) -> Results:
    """Results of the round from one accepted sheet per expert (see `merge` for accepting them).

    `round_sha256` is the round file's digest, recorded in the results; by default it is taken
    from the sheets when they agree on it.
    """
    if round_sha256 is None:
        digests = {s.round_sha256 for s in sheets}
        round_sha256 = digests.pop() if len(digests) == 1 else ""
    places = rnd.aggregation.places
    table = _build_table(rnd, sheets)
    totals = table.totals
    panel_size = len(table.expert_ids)

    results = _official_results(totals, panel_size)
    ranks = _rank_scores(results)
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
                criteria={cid: _criterion_stat(cid, per_criterion[cid][i]) for cid in criteria_order},
            )
        )
    entries.sort(key=lambda e: (e.rank is None, e.rank or 0, e.entry_id))

    prize_ties: dict[int, list[str]] = {}
    for e in entries:
        if e.prize_tie and e.rank is not None:
            prize_ties.setdefault(e.rank, []).append(e.entry_id)

    agreement, used = _agreement(table, totals)
    deviations = _expert_deviations(table, totals, used)
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
            _criterion_stat(cid, stats.summarize(all_scores[:, table.criterion_ids.index(cid)]))
            for cid in criteria_order
        ],
        agreement=agreement,
        experts=[deviations[e] for e in commission_order],
        robustness=_robustness(table, totals, ranks, places),
        prize_ties=[prize_ties[r] for r in sorted(prize_ties)],
    )


def _criterion_stat(criterion_id: str, summary: stats.Summary) -> CriterionStat:
    return CriterionStat(**vars(summary), criterion_id=criterion_id)


# --- JSON (format sarapshy-results/1) ---

STAT_DECIMALS = 4
P_VALUE_DIGITS = 4


def _num(value: float | None, decimals: int = STAT_DECIMALS) -> float | int | None:
    """A plain JSON number: integers stay integers, other values rounded."""
    if value is None:
        return None
    value = float(value)
    if value.is_integer():
        return int(value)
    return round(value, decimals)


def _p_value(value: float | None) -> float | int | None:
    """p-values keep significant digits: 3.2e-11 must not print as 0."""
    return None if value is None else _num(float(f"{value:.{P_VALUE_DIGITS}g}"), 300)


def _criterion_json(stat: CriterionStat) -> dict[str, Any]:
    return {
        "criterion_id": stat.criterion_id,
        "n": stat.n,
        "mean": _num(stat.mean),
        "sd": _num(stat.sd),
        "min": _num(stat.min),
        "max": _num(stat.max),
    }


def _entry_json(e: EntryResult) -> dict[str, Any]:
    return {
        "entry_id": e.entry_id,
        "rank": e.rank,
        "result": _num(e.result),
        "totals": dict(e.totals),
        "mean": _num(e.mean),
        "sd": _num(e.sd),
        "min": _num(e.min),
        "max": _num(e.max),
        "recused": list(e.recused),
        "missing": list(e.missing),
        "rescaled": e.rescaled,
        "tie": e.tie,
        "prize_tie": e.prize_tie,
        "criteria_mean": {cid: _num(s.mean) for cid, s in e.criteria.items()},
        "criteria_sd": {cid: _num(s.sd) for cid, s in e.criteria.items()},
    }


def _robustness_json(r: Robustness) -> dict[str, Any]:
    return {
        "prize_places": dict(r.prize_places),
        "method_dependent": r.method_dependent,
        "methods": [
            {
                "method": m.method,
                "differs": m.differs,
                "prize_places": dict(m.prize_places),
                "scores": {e: _num(s) for e, s in m.scores.items()},
                "ranks": dict(m.ranks),
            }
            for m in r.methods
        ],
        "leave_one_out": [
            {
                "expert_id": x.expert_id,
                "changes": x.changes,
                "changes_winners": x.changes_winners,
                "prize_places": dict(x.prize_places),
            }
            for x in r.leave_one_out
        ],
    }


class _ResultsWithStatuses(Protocol):
    """A `merge.MergeOutcome` (which imports this module): results with the statuses of their sheets."""

    def to_json(self) -> dict[str, Any]: ...


def results_to_json(
    results: Results | _ResultsWithStatuses, sheets: Sequence[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The results document (format `sarapshy-results/1`); `sheets` are the import statuses
    (see `merge.SheetStatus.to_json`) and are left out when None. Given a `merge.MergeOutcome`,
    its results with its sheet statuses."""
    if not isinstance(results, Results):
        return results.to_json()
    a = results.agreement
    document: dict[str, Any] = {
        "format": RESULTS_FORMAT,
        "round_id": results.round_id,
        "round_sha256": results.round_sha256,
        "method": results.method,
        "places": results.places,
        "panel": list(results.panel),
        "entries": [_entry_json(e) for e in results.entries],
        "criteria": [_criterion_json(c) for c in results.criteria],
        "agreement": {
            "kendall_w": _num(a.kendall_w),
            "kendall_chi2": _num(a.kendall_chi2),
            "kendall_df": a.kendall_df,
            "kendall_p": _p_value(a.kendall_p),
            "icc2_1": _num(a.icc2_1),
            "icc2_k": _num(a.icc2_k),
            "entries_used": a.entries_used,
            "entries_left_out": list(a.entries_left_out),
        },
        "experts": [
            {
                "expert_id": x.expert_id,
                "spearman_vs_rest": _num(x.spearman_vs_rest),
                "flag": x.flag,
                "entries_scored": x.entries_scored,
                "mean_total": _num(x.mean_total),
                "sd_total": _num(x.sd_total),
            }
            for x in results.experts
        ],
        "prize_ties": [list(group) for group in results.prize_ties],
        "robustness": _robustness_json(results.robustness),
    }
    if sheets is not None:
        document["sheets"] = list(sheets)
    return document


def results_sha256(results: Results) -> str:
    """A stable digest of the computed results (RFC 8785 canonical JSON of the document without
    the import statuses): the same round and the same accepted sheets give the same digest."""
    return canonical_sha256(results_to_json(results))
