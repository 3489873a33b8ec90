"""Statistics for merging expert scores: ranking, spread, agreement, robustness.

Pure math on sequences and numpy arrays, no knowledge of rounds or sheets. Matrices are
`targets × raters` (entries in rows, experts in columns); NaN marks a missing score where a
function says it accepts one. Functions return None where a statistic is undefined (too few
values, or no variance), never NaN.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

ArrayLike = Sequence[float] | np.ndarray


@dataclass(frozen=True)
class Summary:
    """Count, mean, sample standard deviation (n − 1), minimum and maximum of some values."""

    n: int
    mean: float | None
    sd: float | None
    min: float | None
    max: float | None


@dataclass(frozen=True)
class KendallW:
    w: float
    chi2: float
    df: int
    p: float


@dataclass(frozen=True)
class ICC:
    """Two-way random, absolute agreement (Shrout & Fleiss 1979, case 2)."""

    single: float | None  # ICC(2,1)
    average: float | None  # ICC(2,k)


def _tie_groups(sorted_values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For sorted values: group index of each position, group starts, group ends (exclusive)."""
    starts_mask = np.empty(len(sorted_values), dtype=bool)
    if len(sorted_values):
        starts_mask[0] = True
        starts_mask[1:] = sorted_values[1:] != sorted_values[:-1]
    group_of = np.cumsum(starts_mask) - 1
    starts = np.flatnonzero(starts_mask)
    ends = np.append(starts[1:], len(sorted_values))
    return group_of, starts, ends


def average_ranks(values: ArrayLike) -> np.ndarray:
    """Ranks 1..n in ascending order, tied values sharing the mean of their ranks."""
    a = np.asarray(values, dtype=float)
    order = np.argsort(a, kind="stable")
    group_of, starts, ends = _tie_groups(a[order])
    ranks = np.empty(len(a))
    ranks[order] = ((starts + 1 + ends) / 2.0)[group_of]
    return ranks


def tie_correction_term(values: ArrayLike) -> float:
    """Σ (t³ − t) over the groups of t tied values (Kendall's T for one rater)."""
    a = np.sort(np.asarray(values, dtype=float))
    _, starts, ends = _tie_groups(a)
    t = (ends - starts).astype(float)
    return float(np.sum(t**3 - t))


def competition_ranks(values: ArrayLike) -> list[int]:
    """Standard competition ranking, highest value first: 10, 8, 8, 5 → 1, 2, 2, 4."""
    a = np.asarray(values, dtype=float)
    order = np.argsort(-a, kind="stable")
    group_of, starts, _ = _tie_groups(-a[order])
    ranks = np.empty(len(a), dtype=int)
    ranks[order] = (starts + 1)[group_of]
    return [int(r) for r in ranks]


def summarize(values: ArrayLike) -> Summary:
    """Summary of the values, ignoring NaN."""
    a = np.asarray(values, dtype=float)
    a = a[~np.isnan(a)]
    n = len(a)
    if n == 0:
        return Summary(0, None, None, None, None)
    sd = float(np.std(a, ddof=1)) if n > 1 else None
    return Summary(n, float(np.mean(a)), sd, float(np.min(a)), float(np.max(a)))


def summarize_rows(matrix: np.ndarray) -> list[Summary]:
    """`summarize` of each row of a 2-D array (NaN ignored), vectorised for large tables."""
    a = np.asarray(matrix, dtype=float)
    present = ~np.isnan(a)
    n = present.sum(axis=1)
    filled = np.where(present, a, 0.0)
    sums = filled.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = sums / n
        deviations = np.where(present, a - means[:, None], 0.0)
        sds = np.sqrt((deviations**2).sum(axis=1) / (n - 1))
    mins = np.where(present, a, np.inf).min(axis=1, initial=np.inf)
    maxs = np.where(present, a, -np.inf).max(axis=1, initial=-np.inf)
    rows = []
    for i in range(a.shape[0]):
        count = int(n[i])
        if count == 0:
            rows.append(Summary(0, None, None, None, None))
        else:
            sd = float(sds[i]) if count > 1 else None
            rows.append(Summary(count, float(means[i]), sd, float(mins[i]), float(maxs[i])))
    return rows


def median(values: ArrayLike) -> float | None:
    a = np.asarray(values, dtype=float)
    a = a[~np.isnan(a)]
    return float(np.median(a)) if len(a) else None


TRIM_MIN_COUNT = 5


def trimmed_mean(values: ArrayLike, min_count: int = TRIM_MIN_COUNT) -> float | None:
    """Mean after dropping the single highest and lowest value, when there are at least
    `min_count` values; the plain mean otherwise. NaN ignored."""
    a = np.sort(np.asarray(values, dtype=float))
    a = a[~np.isnan(a)]
    if len(a) == 0:
        return None
    if len(a) >= min_count:
        a = a[1:-1]
    return float(np.mean(a))


def z_scores(values: ArrayLike) -> np.ndarray:
    """(x − mean) / sample SD; NaN stays NaN; all zeros when the values do not vary."""
    a = np.asarray(values, dtype=float)
    present = a[~np.isnan(a)]
    if len(present) < 2:
        return np.where(np.isnan(a), np.nan, 0.0)
    sd = float(np.std(present, ddof=1))
    if sd == 0.0:
        return np.where(np.isnan(a), np.nan, 0.0)
    return (a - float(np.mean(present))) / sd


def pearson(x: ArrayLike, y: ArrayLike) -> float | None:
    a = np.asarray(x, dtype=float)
    b = np.asarray(y, dtype=float)
    if len(a) != len(b):
        raise ValueError("pearson: the two samples differ in length")
    if len(a) < 2:
        return None
    da = a - a.mean()
    db = b - b.mean()
    # math.fsum, not np.dot: correctly rounded on every machine, and no BLAS (the bundles leave it out)
    denom = math.sqrt(math.fsum(da * da) * math.fsum(db * db))
    if denom == 0.0:
        return None
    return max(-1.0, min(1.0, math.fsum(da * db) / denom))


def spearman(x: ArrayLike, y: ArrayLike) -> float | None:
    """Spearman's rank correlation (Pearson on average ranks); None when a sample is constant."""
    return pearson(average_ranks(x), average_ranks(y))


def chi2_sf(x: float, df: int) -> float:
    """P(X ≥ x) for X ~ χ²(df), integer df ≥ 1.

    Closed forms: for even df the Poisson sum e^{-h} Σ_{i<df/2} h^i / i!, for odd df
    erfc(√h) + e^{-h} Σ_{i=1}^{(df-1)/2} h^{i-½} / Γ(i+½), with h = x/2. The terms are summed in
    log space so large x and df neither overflow nor lose the tail.
    """
    if not isinstance(df, (int, np.integer)) or df < 1:
        raise ValueError(f"chi2_sf needs an integer df >= 1, got {df!r}")
    if math.isnan(x):
        raise ValueError("chi2_sf: x is NaN")
    if x <= 0.0:
        return 1.0
    if math.isinf(x):
        return 0.0
    h = x / 2.0
    log_h = math.log(h)
    if df % 2 == 0:
        log_terms = [-h + i * log_h - math.lgamma(i + 1) for i in range(df // 2)]
        head = 0.0
    else:
        log_terms = [-h + (i - 0.5) * log_h - math.lgamma(i + 0.5) for i in range(1, (df - 1) // 2 + 1)]
        head = math.erfc(math.sqrt(h))
    if not log_terms:
        return head
    top = max(log_terms)
    tail = math.fsum(math.exp(t - top) for t in log_terms) * math.exp(top)
    return min(1.0, head + tail)


def _complete_matrix(matrix: np.ndarray, caller: str) -> np.ndarray:
    a = np.asarray(matrix, dtype=float)
    if a.ndim != 2:
        raise ValueError(f"{caller} needs a 2-D targets × raters matrix")
    if np.isnan(a).any():
        raise ValueError(f"{caller}: the matrix has missing values")
    return a


def kendall_w(matrix: np.ndarray) -> KendallW | None:
    """Kendall's coefficient of concordance with the tie correction, and its χ² p-value.

    `matrix` is targets × raters with no missing values. None when there are fewer than two
    targets or raters, or when every rater tied every target (W undefined).
    """
    a = _complete_matrix(matrix, "kendall_w")
    n, m = a.shape
    if n < 2 or m < 2:
        return None
    rank_sums = np.zeros(n)
    ties = 0.0
    for j in range(m):
        rank_sums += average_ranks(a[:, j])
        ties += tie_correction_term(a[:, j])
    s = float(np.sum((rank_sums - rank_sums.mean()) ** 2))
    denom = m * m * (n**3 - n) - m * ties
    if denom <= 0:
        return None
    w = min(1.0, max(0.0, 12.0 * s / denom))
    chi2 = m * (n - 1) * w
    return KendallW(w=w, chi2=chi2, df=n - 1, p=chi2_sf(chi2, n - 1))


def icc2(matrix: np.ndarray) -> ICC | None:
    """ICC(2,1) and ICC(2,k) from the two-way ANOVA of a complete targets × raters matrix.

    None with fewer than two targets or raters; a single coefficient is None where its
    denominator vanishes (no variance at all).
    """
    a = _complete_matrix(matrix, "icc2")
    n, k = a.shape
    if n < 2 or k < 2:
        return None
    grand = a.mean()
    ss_rows = k * float(np.sum((a.mean(axis=1) - grand) ** 2))
    ss_cols = n * float(np.sum((a.mean(axis=0) - grand) ** 2))
    ss_total = float(np.sum((a - grand) ** 2))
    ss_error = max(0.0, ss_total - ss_rows - ss_cols)
    ms_rows = ss_rows / (n - 1)
    ms_cols = ss_cols / (k - 1)
    ms_error = ss_error / ((n - 1) * (k - 1))
    single_denom = ms_rows + (k - 1) * ms_error + k * (ms_cols - ms_error) / n
    average_denom = ms_rows + (ms_cols - ms_error) / n
    single = (ms_rows - ms_error) / single_denom if single_denom > 0 else None
    average = (ms_rows - ms_error) / average_denom if average_denom > 0 else None
    return ICC(single=single, average=average)
