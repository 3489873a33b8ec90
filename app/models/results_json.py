"""The results document, format `sarapshy-results/1`, and its digest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from app.models.canonical import canonical_sha256
from app.models.results import RESULTS_FORMAT, EntryResult, Results
from app.models.results_statistics import CriterionStat, Robustness

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
