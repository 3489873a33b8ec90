"""The disagreement board's core: the tolerance rule (one home, used for totals too), the order of
courses, the flags per criterion cell, and the guards for small panels."""

from __future__ import annotations

from app.models.chair import outlying_totals
from app.models.disagreement import (
    GUARD_NONE,
    GUARD_OK,
    GUARD_WEAK,
    cell_tolerance,
    disagreement_board,
    outside_band,
    panel_guard,
)
from tests.helpers.factories import round_data
from tests.helpers.panel import merged, round_from_data, uniform_sheets


def test_a_value_is_outside_when_it_differs_from_the_others_median_by_more_than_the_tolerance():
    assert outside_band({"a": 7, "b": 7, "c": 8, "d": 7, "e": 3}, 2) == {"e"}
    assert outside_band({"a": 7, "b": 7, "c": 8, "d": 7, "e": 5}, 2) == set()  # exactly 2 is inside
    assert cell_tolerance(10) == 2


def test_two_experts_name_no_outlier_however_far_apart():
    assert outside_band({"a": 1, "b": 10}, 2) == set()
    assert panel_guard(2) == GUARD_NONE and panel_guard(3) == GUARD_WEAK and panel_guard(4) == GUARD_WEAK
    assert panel_guard(5) == GUARD_OK


def _board(scores_by_expert, experts):
    rf = round_from_data(round_data(entries=3, experts=experts))
    outcome = merged(rf, uniform_sheets(rf, scores_by_expert))
    sheets = {s.sheet.expert_id: s.sheet for s in outcome.accepted}
    return rf, outcome, disagreement_board(rf.round, outcome.results, sheets)


def test_courses_are_ordered_by_disagreement_and_the_far_expert_is_flagged_on_every_criterion():
    scores = {
        "e1": {"m01": 7, "m02": 5, "m03": 8},
        "e2": {"m01": 7, "m02": 6, "m03": 8},
        "e3": {"m01": 7, "m02": 5, "m03": 8},
        "e4": {"m01": 7, "m02": 6, "m03": 8},
        "e5": {"m01": 2, "m02": 5, "m03": 8},
    }
    rf, outcome, board = _board(scores, 5)
    assert [c.entry_id for c in board] == ["m01", "m02", "m03"]
    m01 = board[0]
    assert m01.guard == GUARD_OK and m01.spread == 35  # 7×7 − 2×7
    far = next(line for line in m01.lines if line.expert_id == "e5")
    assert far.flagged_criteria == frozenset(c.id for c in rf.round.criteria) and far.total_flagged
    assert all(not line.flagged_criteria for line in m01.lines if line.expert_id != "e5")
    assert board[1].flags == 0 and board[2].sd == 0
    # the totals rule of the chair's results table is the same rule
    assert outlying_totals(outcome.results.entry("m01"), rf.round.max_total) == {"e5"}


def test_a_recused_expert_has_a_line_without_scores_and_is_not_counted_in_the_panel():
    scores = {
        "e1": {"m01": 7, "m02": 5, "m03": 8},
        "e2": {"m01": 1, "m02": 6, "m03": 8},
        "e3": {"m01": None, "m02": 5, "m03": 8},
    }
    _, _, board = _board(scores, 3)
    m01 = next(c for c in board if c.entry_id == "m01")
    assert m01.scoring == 2 and m01.guard == GUARD_NONE and m01.flags == 0
    recused = next(line for line in m01.lines if line.expert_id == "e3")
    assert recused.recused and recused.scores == {} and recused.total is None
