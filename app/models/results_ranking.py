"""The official ranking (regulation 12.2): the scores as a table sorted by id, each entry's result
(the panel's sum, rescaled where an expert recused) and standard competition ranks (1, 2, 2, 4)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.models import stats
from app.models.round_model import Round
from app.models.sheet import Sheet


@dataclass
class ScoreTable:
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


def build_table(rnd: Round, sheets: Sequence[Sheet]) -> ScoreTable:
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
    return ScoreTable(entry_ids, expert_ids, criterion_ids, scores, recused)


def rank_scores(values: Sequence[float | None]) -> list[int | None]:
    """Competition ranks of the values that exist; None stays unranked."""
    present = [(i, v) for i, v in enumerate(values) if v is not None]
    ranks: list[int | None] = [None] * len(values)
    for (i, _), rank in zip(present, stats.competition_ranks([v for _, v in present]), strict=True):
        ranks[i] = rank
    return ranks


def prize_places(entry_ids: Sequence[str], ranks: Sequence[int | None], places: int) -> dict[str, int]:
    return {e: r for e, r in zip(entry_ids, ranks, strict=True) if r is not None and r <= places}


def official_results(totals: np.ndarray, panel_size: int) -> list[float | None]:
    """Sum of totals; with a gap, mean of the rest × panel size (computed as sum × size / count,
    one rounding, so equal fractions give equal floats and ties are exact)."""
    present = ~np.isnan(totals)
    counts = present.sum(axis=1)
    sums = np.where(present, totals, 0.0).sum(axis=1)
    return [float(s * panel_size / c) if c else None for s, c in zip(sums, counts, strict=True)]
