"""The statistics beside the ranking: per-criterion summaries, agreement between the experts
(Kendall's W, ICC), each expert's deviation from the rest (regulation 14.1) and how robust the prize
places are to the aggregation method and to leaving one expert out."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.models import stats
from app.models.results_ranking import ScoreTable, official_results, prize_places, rank_scores

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


def criterion_stat(criterion_id: str, summary: stats.Summary) -> CriterionStat:
    return CriterionStat(**vars(summary), criterion_id=criterion_id)


def alternative_scores(totals: np.ndarray) -> dict[str, list[float | None]]:
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


def robustness_of(table: ScoreTable, totals: np.ndarray, official_ranks: list[int | None], places: int) -> Robustness:
    entry_ids = table.entry_ids
    official = prize_places(entry_ids, official_ranks, places)
    methods = []
    for method, scores in alternative_scores(totals).items():
        ranks = rank_scores(scores)
        prizes = prize_places(entry_ids, ranks, places)
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
        ranks = rank_scores(official_results(rest, panel_size - 1))
        prizes = prize_places(entry_ids, ranks, places)
        leave_one_out.append(LeaveOneOut(expert_id, prizes, prizes != official, set(prizes) != set(official)))
    return Robustness(official, methods, any(m.differs for m in methods), leave_one_out)


def agreement_of(table: ScoreTable, totals: np.ndarray) -> tuple[Agreement, np.ndarray]:
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


def expert_deviations(table: ScoreTable, totals: np.ndarray, used: np.ndarray) -> dict[str, ExpertDeviation]:
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
