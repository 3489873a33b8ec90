"""The statistics against textbook values and against scipy (test-only)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sps

from app.models import stats

SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def score_tables(min_targets: int = 2):
    """targets × raters tables of expert totals (7..70)."""
    return st.integers(min_value=min_targets, max_value=12).flatmap(
        lambda n: st.integers(min_value=2, max_value=7).flatmap(
            lambda m: st.lists(
                st.lists(st.integers(min_value=7, max_value=70), min_size=m, max_size=m),
                min_size=n,
                max_size=n,
            )
        )
    )


def test_icc_matches_shrout_fleiss_table():
    icc = stats.icc2(np.array(SHROUT_FLEISS))
    assert round(icc.single, 2) == 0.29
    assert round(icc.average, 2) == 0.62


def test_icc_is_one_for_identical_raters_and_none_without_variance():
    column = np.array([[3.0], [5.0], [9.0], [1.0]])
    same = np.hstack([column, column, column])
    icc = stats.icc2(same)
    assert icc.single == pytest.approx(1.0)
    assert icc.average == pytest.approx(1.0)
    flat = stats.icc2(np.full((4, 3), 7.0))
    assert flat.single is None and flat.average is None
    assert stats.icc2(np.array([[1.0, 2.0]])) is None


def test_competition_ranking_shares_ranks_and_skips():
    assert stats.competition_ranks([10, 8, 8, 5]) == [1, 2, 2, 4]
    assert stats.competition_ranks([5, 8, 10, 8]) == [4, 2, 1, 2]
    assert stats.competition_ranks([3, 3, 3]) == [1, 1, 1]
    assert stats.competition_ranks([]) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=15))
def test_competition_ranks_agree_with_scipy_min_method(values):
    expected = sps.rankdata([-v for v in values], method="min")
    assert stats.competition_ranks(values) == [int(r) for r in expected]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=15))
def test_average_ranks_agree_with_scipy(values):
    np.testing.assert_allclose(stats.average_ranks(values), sps.rankdata(values))


def test_summary_uses_sample_sd():
    s = stats.summarize([65, 66])
    assert (s.n, s.mean, s.min, s.max) == (2, 65.5, 65, 66)
    assert s.sd == pytest.approx(math.sqrt(0.5))
    assert stats.summarize([4]).sd is None
    assert stats.summarize([]).mean is None
    assert stats.summarize([1, float("nan"), 3]).mean == 2


def test_row_summaries_match_single_summaries():
    table = np.array([[1, 2, 3, np.nan], [np.nan, np.nan, np.nan, np.nan], [5, np.nan, np.nan, np.nan], [4, 4, 9, 1]])
    assert stats.summarize_rows(table) == [stats.summarize(row) for row in table]
    assert stats.summarize_rows(table)[3].sd == pytest.approx(np.std([4, 4, 9, 1], ddof=1))


def test_median_and_trimmed_mean():
    assert stats.median([1, 9, 3]) == 3
    assert stats.median([1, 9, 3, 5]) == 4
    assert stats.median([]) is None
    # four values: nothing dropped
    assert stats.trimmed_mean([1, 2, 3, 100]) == pytest.approx(26.5)
    # five values: highest and lowest dropped
    assert stats.trimmed_mean([1, 2, 3, 4, 100]) == pytest.approx(3.0)
    assert stats.trimmed_mean([1, 2, 3, 4, 100]) == pytest.approx(sps.trim_mean([1, 2, 3, 4, 100], 0.2))
    assert stats.trimmed_mean([float("nan"), 1, 2, 3, 100]) == pytest.approx(26.5)


def test_z_scores_match_scipy_and_handle_constants():
    values = [60, 64, 51, 70, 58]
    np.testing.assert_allclose(stats.z_scores(values), sps.zscore(values, ddof=1))
    assert list(stats.z_scores([5, 5, 5])) == [0, 0, 0]
    z = stats.z_scores([1.0, float("nan"), 3.0])
    assert math.isnan(z[1]) and z[0] == pytest.approx(-math.sqrt(0.5))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10)), min_size=3, max_size=20),
)
def test_spearman_agrees_with_scipy(pairs):
    x, y = zip(*pairs, strict=True)
    ours = stats.spearman(x, y)
    if len(set(x)) == 1 or len(set(y)) == 1:
        assert ours is None
    else:
        assert ours == pytest.approx(sps.spearmanr(x, y).statistic, abs=1e-12)


@pytest.mark.parametrize("df", [1, 2, 3, 4, 5, 6, 7, 10, 11, 49, 50, 199, 999, 1000])
@pytest.mark.parametrize("x_over_df", [0.0001, 0.1, 0.5, 0.9, 1.0, 1.3, 2.0, 4.0, 10.0])
def test_chi2_sf_agrees_with_scipy(df, x_over_df):
    x = df * x_over_df
    expected = sps.chi2.sf(x, df)
    assert stats.chi2_sf(x, df) == pytest.approx(expected, rel=1e-9, abs=1e-300)


def test_chi2_sf_edges():
    assert stats.chi2_sf(0.0, 3) == 1.0
    assert stats.chi2_sf(-1.0, 3) == 1.0
    assert stats.chi2_sf(math.inf, 3) == 0.0
    assert stats.chi2_sf(3000.0, 1) == pytest.approx(sps.chi2.sf(3000.0, 1), rel=1e-9, abs=1e-300)
    with pytest.raises(ValueError):
        stats.chi2_sf(1.0, 0)
    with pytest.raises(ValueError):
        stats.chi2_sf(1.0, 2.5)


def _scipy_kendall_w(table):
    """W from scipy's tie-corrected Friedman statistic: χ²_F = m (n − 1) W."""
    a = np.asarray(table, dtype=float)
    n, m = a.shape
    friedman = sps.friedmanchisquare(*a)
    return friedman.statistic / (m * (n - 1)), friedman.pvalue


def test_kendall_w_perfect_agreement_and_textbook_value():
    perfect = [[1, 1, 1], [2, 2, 2], [3, 3, 3], [4, 4, 4]]
    k = stats.kendall_w(np.array(perfect))
    assert k.w == pytest.approx(1.0)
    assert k.chi2 == pytest.approx(9.0) and k.df == 3
    # Siegel & Castellan style example without ties: 3 raters ranking 6 objects
    table = np.array([[1, 1, 6], [6, 5, 3], [3, 6, 2], [2, 4, 5], [5, 2, 4], [4, 3, 1]])
    w_expected, p_expected = _scipy_kendall_w(table)
    k = stats.kendall_w(table)
    assert k.w == pytest.approx(w_expected)
    assert k.p == pytest.approx(p_expected, rel=1e-9)


def test_kendall_w_for_two_targets():
    agree = stats.kendall_w(np.array([[9, 8, 7], [1, 2, 3]]))
    assert agree.w == pytest.approx(1.0) and agree.df == 1
    assert agree.p == pytest.approx(sps.chi2.sf(3.0, 1))
    # two raters disagree, the third ties both: rank sums 1+2+1.5 and 2+1+1.5 are equal
    split = stats.kendall_w(np.array([[9, 1, 5], [1, 9, 5]]))
    assert split.w == pytest.approx(0.0) and split.p == pytest.approx(1.0)


@settings(max_examples=60, deadline=None)
@given(score_tables(min_targets=3))  # scipy's Friedman test needs three targets
def test_kendall_w_with_ties_agrees_with_scipy_friedman(table):
    a = np.array(table, dtype=float)
    ours = stats.kendall_w(a)
    if all(len(set(a[:, j])) == 1 for j in range(a.shape[1])):
        assert ours is None
        return
    w_expected, p_expected = _scipy_kendall_w(a)
    assert ours.w == pytest.approx(w_expected, abs=1e-12)
    assert ours.p == pytest.approx(p_expected, rel=1e-8, abs=1e-300)


@settings(max_examples=40, deadline=None)
@given(score_tables(), st.randoms(use_true_random=False))
def test_agreement_statistics_do_not_depend_on_rater_or_target_order(table, rnd):
    a = np.array(table, dtype=float)
    cols = list(range(a.shape[1]))
    rows = list(range(a.shape[0]))
    rnd.shuffle(cols)
    rnd.shuffle(rows)
    b = a[rows][:, cols]
    for f in (stats.kendall_w, stats.icc2):
        first, second = f(a), f(b)
        if first is None:
            assert second is None
            continue
        for name in first.__dataclass_fields__:
            x, y = getattr(first, name), getattr(second, name)
            assert (x is None and y is None) or x == pytest.approx(y, rel=1e-9, abs=1e-12)


def test_missing_values_are_refused_by_agreement_statistics():
    table = np.array([[1.0, 2.0], [np.nan, 3.0], [4.0, 5.0]])
    with pytest.raises(ValueError):
        stats.kendall_w(table)
    with pytest.raises(ValueError):
        stats.icc2(table)
