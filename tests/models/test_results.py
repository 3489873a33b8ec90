"""The results engine: every rule of app/models/results.py and its results_* modules, on small rounds built here."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sps

from app.models.results import compute_results
from app.models.results_json import results_sha256, results_to_json
from app.models.results_statistics import LOW_AGREEMENT_RHO
from app.models.round import RoundFile, parse_round
from app.models.sheet import Sheet, parse_sheet
from tests.helpers.results import RECUSED, make_round, sheet_dict

SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def sheets_from_table(round_file: RoundFile, table: list[list[int | None]]) -> list[Sheet]:
    """Rows are entries m01.., columns experts e1..; None is a recusal."""
    entry_ids = [e.id for e in round_file.round.entries]
    expert_ids = [f"e{j + 1}" for j in range(len(table[0]))]
    sheets = []
    for j, expert_id in enumerate(expert_ids):
        data = sheet_dict(round_file, expert_id, {entry_ids[i]: row[j] for i, row in enumerate(table)})
        sheets.append(parse_sheet(json.dumps(data).encode(), f"{expert_id}.sheet.json").sheet)
    return sheets


def results_of(table: list[list[int | None]], places: int = 3):
    round_file = make_round(len(table), len(table[0]), places=places)
    return compute_results(round_file.round, sheets_from_table(round_file, table), round_sha256=round_file.sha256)


def test_expert_totals_sum_the_criteria_and_results_sum_the_totals():
    criteria = [{"id": f"c{i}", "title": f"Көрсеткіш {i}", "min": 1, "max": 10} for i in range(1, 4)]
    round_file = make_round(2, 2, criteria=criteria)
    sheets = [
        parse_sheet(
            json.dumps(
                sheet_dict(round_file, "e1", {"m01": {"c1": 9, "c2": 8, "c3": 10}, "m02": {"c1": 5, "c2": 6, "c3": 7}})
            ).encode(),
            "a",
        ).sheet,
        parse_sheet(
            json.dumps(
                sheet_dict(round_file, "e2", {"m01": {"c1": 7, "c2": 7, "c3": 7}, "m02": {"c1": 10, "c2": 10, "c3": 2}})
            ).encode(),
            "b",
        ).sheet,
    ]
    results = compute_results(round_file.round, sheets)
    first, second = results.entries
    assert (first.entry_id, first.totals, first.result, first.rank) == ("m01", {"e1": 27, "e2": 21}, 48, 1)
    assert (second.entry_id, second.totals, second.result, second.rank) == ("m02", {"e1": 18, "e2": 22}, 40, 2)
    assert first.criteria_mean == {"c1": 8, "c2": 7.5, "c3": 8.5}
    assert second.criteria["c3"].sd == pytest.approx(np.std([7, 2], ddof=1))
    assert (second.criteria["c3"].min, second.criteria["c3"].max) == (2, 7)
    assert results.round_sha256 == round_file.sha256
    assert results.panel == ["e1", "e2"]


def test_entry_spread_is_mean_sample_sd_min_max_of_totals():
    results = results_of([[60, 64, 51, 70], [10, 20, 30, 40]])
    entry = results.entry("m01")
    assert entry.mean == pytest.approx(np.mean([60, 64, 51, 70]))
    assert entry.sd == pytest.approx(np.std([60, 64, 51, 70], ddof=1))
    assert (entry.min, entry.max) == (51, 70)


def test_round_wide_criterion_statistics_cover_every_score():
    results = results_of([[60, 64, 51, 70], [10, 20, 30, None]])
    (c1,) = results.criteria
    values = [60, 64, 51, 70, 10, 20, 30]
    assert c1.n == 7
    assert c1.mean == pytest.approx(np.mean(values))
    assert c1.sd == pytest.approx(np.std(values, ddof=1))
    assert (c1.min, c1.max) == (10, 70)


def test_recusal_rescales_the_mean_of_the_rest_to_the_panel_size():
    results = results_of([[60, 64, RECUSED], [50, 50, 50], [61, 61, 61]])
    entry = results.entry("m01")
    assert entry.recused == ["e3"]
    assert entry.totals == {"e1": 60, "e2": 64}
    assert entry.rescaled is True
    assert entry.result == pytest.approx((60 + 64) / 2 * 3)
    assert results.entry("m02").rescaled is False and results.entry("m02").result == 150
    assert [e.entry_id for e in results.entries] == ["m01", "m03", "m02"]


def test_rescaled_result_ties_exactly_with_an_equal_sum():
    # (49 + 50) / 2 × 3 = 148.5 against 50 + 49 + 49 = 148: no tie
    results = results_of([[49, 50, RECUSED], [50, 49, 49]], places=1)
    assert results.entry("m01").result == 148.5 and results.entry("m02").result == 148
    tied = results_of([[40, 41, RECUSED, 42], [41, 41, 41, 41]], places=1)
    # (40 + 41 + 42) / 3 × 4 = 164 = 4 × 41
    assert tied.entry("m01").result == tied.entry("m02").result == 164
    assert tied.entry("m01").rank == tied.entry("m02").rank == 1
    assert tied.entry("m01").tie and tied.entry("m01").prize_tie


def test_competition_ranking_flags_ties_and_prize_ties():
    # sums: m01 30, m02 20, m03 20, m04 10, m05 5, m06 5
    table = [[10, 20], [10, 10], [15, 5], [5, 5], [2, 3], [4, 1]]
    results = results_of(table, places=3)
    ranks = {e.entry_id: e.rank for e in results.entries}
    assert ranks == {"m01": 1, "m02": 2, "m03": 2, "m04": 4, "m05": 5, "m06": 5}
    flags = {e.entry_id: (e.tie, e.prize_tie) for e in results.entries}
    assert flags == {
        "m01": (False, False),
        "m02": (True, True),
        "m03": (True, True),
        "m04": (False, False),
        "m05": (True, False),
        "m06": (True, False),
    }
    assert results.prize_ties == [["m02", "m03"]]
    assert [e.entry_id for e in results.entries] == ["m01", "m02", "m03", "m04", "m05", "m06"]


def test_a_tie_straddling_the_last_prize_place_is_a_prize_tie():
    results = results_of([[9, 9], [8, 8], [7, 7], [7, 7], [1, 1]], places=3)
    assert results.prize_ties == [["m03", "m04"]]
    assert results.entry("m04").rank == 3


def test_entries_with_a_recusal_are_left_out_of_agreement_statistics():
    table = [[60, 64, 51], [40, 50, 45], [70, 60, 65], [30, RECUSED, 35], [55, 52, 58]]
    results = results_of(table)
    agreement = results.agreement
    assert agreement.entries_used == 4
    assert agreement.entries_left_out == ["m04"]
    complete = np.array([row for row in table if None not in row], dtype=float)
    friedman = sps.friedmanchisquare(*complete)
    assert agreement.kendall_w == pytest.approx(friedman.statistic / (3 * (4 - 1)))
    assert agreement.kendall_p == pytest.approx(friedman.pvalue, rel=1e-9)
    assert agreement.kendall_df == 3


def test_icc_through_the_whole_pipeline_matches_shrout_fleiss():
    results = results_of(SHROUT_FLEISS)
    assert round(results.agreement.icc2_1, 2) == 0.29
    assert round(results.agreement.icc2_k, 2) == 0.62
    json_agreement = results_to_json(results)["agreement"]
    assert json_agreement["entries_used"] == 6
    assert round(json_agreement["icc2_1"], 2) == 0.29


def test_each_expert_is_compared_with_the_mean_of_the_rest_and_a_contrarian_is_flagged():
    table = [[10, 12, 85], [30, 28, 75], [50, 55, 50], [70, 66, 30], [90, 95, 12]]
    results = results_of(table)
    arr = np.array(table, dtype=float)
    for j, expert in enumerate(results.experts):
        rest = np.delete(arr, j, axis=1).mean(axis=1)
        assert expert.spearman_vs_rest == pytest.approx(sps.spearmanr(arr[:, j], rest).statistic)
    flags = {x.expert_id: x.flag for x in results.experts}
    assert flags == {"e1": False, "e2": False, "e3": True}
    assert results.expert("e3").spearman_vs_rest < LOW_AGREEMENT_RHO
    assert results.expert("e3").mean_total == pytest.approx(50.4)


def test_prize_places_depending_on_the_method_are_warned_about():
    # e1 spreads widely and carries m01 on the sum; the median and z-scores prefer m02.
    table = [[100, 30, 30], [10, 35, 35], [5, 5, 5]]
    results = results_of(table, places=1)
    assert results.entry("m01").rank == 1
    robustness = results.robustness
    assert robustness.prize_places == {"m01": 1}
    by_method = {m.method: m for m in robustness.methods}
    assert by_method["mean"].differs is False
    assert by_method["median"].prize_places == {"m02": 1} and by_method["median"].differs
    assert by_method["median"].scores["m01"] == 30
    assert robustness.method_dependent is True
    loo = {x.expert_id: x for x in robustness.leave_one_out}
    assert loo["e1"].changes and loo["e1"].prize_places == {"m02": 1}
    assert not loo["e2"].changes and not loo["e3"].changes
    assert robustness.influential_experts == ["e1"]


def test_leave_one_out_tells_a_new_order_from_new_winners():
    # Two prize places; sums 131, 130, 105. Without e1 m02 overtakes m01 (81 < 90): a new order,
    # the same winners. Without e2 m03 draws level with m02 (85 = 85) ahead of m01: new winners.
    table = [[50, 50, 31], [40, 45, 45], [45, 20, 40]]
    loo = {x.expert_id: x for x in results_of(table, places=2).robustness.leave_one_out}
    assert loo["e1"].changes and not loo["e1"].changes_winners
    assert loo["e1"].prize_places == {"m02": 1, "m01": 2}
    assert loo["e2"].changes and loo["e2"].changes_winners and "m03" in loo["e2"].prize_places
    assert not loo["e3"].changes and not loo["e3"].changes_winners


def test_trimmed_mean_drops_the_extremes_with_five_experts():
    table = [[100, 30, 30, 30, 30], [10, 35, 35, 35, 60]]
    results = results_of(table, places=1)
    by_method = {m.method: m for m in results.robustness.methods}
    assert by_method["trimmed_mean"].scores == {"m01": 30, "m02": 35}
    assert by_method["trimmed_mean"].prize_places == {"m02": 1}
    assert by_method["mean"].scores == {"m01": 44, "m02": 35}
    assert results.robustness.prize_places == {"m01": 1}


def test_zscore_method_normalises_each_expert():
    table = [[100, 30], [10, 35], [40, 20]]
    results = results_of(table, places=1)
    arr = np.array(table, dtype=float)
    z = (arr - arr.mean(axis=0)) / arr.std(axis=0, ddof=1)
    by_method = {m.method: m for m in results.robustness.methods}
    for i, entry_id in enumerate(["m01", "m02", "m03"]):
        assert by_method["zscore"].scores[entry_id] == pytest.approx(z[i].mean())


def test_stable_prize_places_raise_no_warning():
    results = results_of([[90, 88, 91], [50, 52, 49], [20, 25, 22], [10, 11, 9]], places=2)
    assert results.robustness.method_dependent is False
    assert results.robustness.influential_experts == []


def test_an_entry_every_expert_recused_has_no_result_and_comes_last():
    results = results_of([[RECUSED, RECUSED], [40, 50], [30, 20]])
    last = results.entries[-1]
    assert (last.entry_id, last.rank, last.result, last.rescaled) == ("m01", None, None, False)
    assert last.recused == ["e1", "e2"]
    assert results_to_json(results)["entries"][-1]["rank"] is None


def test_no_sheets_gives_empty_statistics_not_an_error():
    round_file = make_round(3, 2)
    results = compute_results(round_file.round, [])
    assert results.panel == []
    assert all(e.rank is None for e in results.entries)
    assert results.agreement.kendall_w is None and results.agreement.icc2_1 is None
    json.dumps(results_to_json(results))


def test_one_sheet_per_expert_of_the_commission():
    round_file = make_round(2, 2)
    sheets = sheets_from_table(round_file, [[1, 2], [3, 4]])
    with pytest.raises(ValueError, match="two sheets"):
        compute_results(round_file.round, [sheets[0], sheets[0]])
    stranger = sheets[0].model_copy(update={"expert_id": "e9"})
    with pytest.raises(ValueError, match="e9"):
        compute_results(round_file.round, [stranger])


def test_json_has_plain_rounded_numbers_in_rank_order():
    results = results_of([[60, 64, RECUSED], [50, 51, 52], [61, 61, 63], [10, 20, 15]])
    document = results_to_json(results, sheets=[{"file": "a.sheet.json", "status": "ok"}])
    text = json.dumps(document)
    assert json.loads(text) == document
    assert document["format"] == "sarapshy-results/1"
    assert [e["rank"] for e in document["entries"]] == sorted(e["rank"] for e in document["entries"])
    entry = document["entries"][0]
    assert entry["entry_id"] == "m01" and entry["result"] == 186 and entry["rescaled"] is True
    assert document["entries"][1]["sd"] == round(float(np.std([61, 61, 63], ddof=1)), 4)
    assert document["sheets"] == [{"file": "a.sheet.json", "status": "ok"}]
    for key in ("kendall_w", "kendall_p", "icc2_1", "icc2_k", "entries_used"):
        assert key in document["agreement"]


def test_results_digest_is_stable_and_follows_the_scores():
    table = [[60, 64, 51], [40, 50, 45], [70, 60, 65]]
    assert results_sha256(results_of(table)) == results_sha256(results_of(table))
    changed = [row[:] for row in table]
    changed[0][0] = 61
    assert results_sha256(results_of(changed)) != results_sha256(results_of(table))


# --- invariance (hypothesis) ---


@st.composite
def score_tables(draw):
    n = draw(st.integers(min_value=2, max_value=7))
    m = draw(st.integers(min_value=2, max_value=6))
    cell = (
        st.one_of(st.integers(min_value=1, max_value=12), st.none())
        if draw(st.booleans())
        else st.integers(min_value=1, max_value=12)
    )
    return draw(st.lists(st.lists(cell, min_size=m, max_size=m), min_size=n, max_size=n))


def _round_with(data: dict) -> RoundFile:
    return parse_round(json.dumps(data, ensure_ascii=False).encode(), "test.round.json")


@settings(max_examples=25, deadline=None)
@given(score_tables(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_the_order_of_sheets_entries_or_evaluations(table, rnd: random.Random):
    round_file = make_round(len(table), len(table[0]), places=2)
    sheets = sheets_from_table(round_file, table)
    expected = results_to_json(compute_results(round_file.round, sheets, round_sha256="x"))

    shuffled_data = json.loads(json.dumps(round_file.data))
    rnd.shuffle(shuffled_data["entries"])
    shuffled_round = _round_with(shuffled_data)
    shuffled_sheets = []
    for sheet in sheets:
        evaluations = list(sheet.evaluations)
        rnd.shuffle(evaluations)
        shuffled_sheets.append(sheet.model_copy(update={"evaluations": evaluations}))
    rnd.shuffle(shuffled_sheets)
    assert results_to_json(compute_results(shuffled_round.round, shuffled_sheets, round_sha256="x")) == expected


@settings(max_examples=25, deadline=None)
@given(score_tables(), st.randoms(use_true_random=False))
def test_a_permutation_of_experts_changes_no_statistic(table, rnd: random.Random):
    round_file = make_round(len(table), len(table[0]), places=2)
    before = compute_results(round_file.round, sheets_from_table(round_file, table))

    m = len(table[0])
    order = list(range(m))
    rnd.shuffle(order)
    permuted_table = [[row[k] for k in order] for row in table]  # new expert e(j+1) is old e(order[j]+1)
    data = json.loads(json.dumps(round_file.data))
    rnd.shuffle(data["commission"]["experts"])
    permuted_round = _round_with(data)
    after = compute_results(permuted_round.round, sheets_from_table(permuted_round, permuted_table))
    rename = {f"e{j + 1}": f"e{order[j] + 1}" for j in range(m)}  # new id → old id

    def close(a, b):
        return (a is None and b is None) or a == pytest.approx(b, rel=1e-9, abs=1e-12)

    for name in ("kendall_w", "kendall_p", "icc2_1", "icc2_k"):
        assert close(getattr(before.agreement, name), getattr(after.agreement, name))
    assert before.agreement.entries_used == after.agreement.entries_used
    for old, new in zip(before.entries, after.entries, strict=True):
        assert (old.entry_id, old.rank, old.tie, old.prize_tie, old.rescaled) == (
            new.entry_id,
            new.rank,
            new.tie,
            new.prize_tie,
            new.rescaled,
        )
        assert close(old.result, new.result) and close(old.sd, new.sd)
        assert old.totals == {rename[e]: t for e, t in new.totals.items()}
    for new in after.experts:
        old = before.expert(rename[new.expert_id])
        assert close(old.spearman_vs_rest, new.spearman_vs_rest) and old.flag == new.flag
    assert {m.method: m.prize_places for m in before.robustness.methods} == {
        m.method: m.prize_places for m in after.robustness.methods
    }
    assert {rename[x.expert_id]: x.changes for x in after.robustness.leave_one_out} == {
        x.expert_id: x.changes for x in before.robustness.leave_one_out
    }
