"""The chair's Qt item models, without a window: what they show is checked against numbers
computed here independently from the sheets' raw scores."""

from __future__ import annotations

import json
import statistics

import numpy as np
import pytest
from scipy.stats import rankdata

from app.models.chair import ChairStore
from app.ui.chair.models.coverage import CoverageModel
from app.ui.chair.models.criteria import CriteriaModel
from app.ui.chair.models.decision_entries import DecisionEntriesModel
from app.ui.chair.models.experts import ExpertsModel
from app.ui.chair.models.heat_map import HeatMapModel
from app.ui.chair.models.ranking import RankingModel, RankingProxy
from app.ui.chair.models.robustness import RobustnessModel
from app.ui.chair.models.roles import ValueRole
from app.ui.chair.models.sheets import SheetsModel
from app.ui.qt import Qt
from tests.helpers.chair import realistic_round, sheet_bytes, signed_sheet, tampered

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def realistic(tmp_path, english_ui):
    round_file, paths = realistic_round(tmp_path / "round")
    snapshot = ChairStore(round_file).import_paths(paths).snapshot
    raw = {p.name.split(".")[0]: json.loads(p.read_text(encoding="utf-8")) for p in paths}
    return snapshot, raw


def expert_totals(raw: dict) -> dict[str, dict[str, int]]:
    """entry id → expert id → total, straight from the sheet files (recusals left out)."""
    out: dict[str, dict[str, int]] = {}
    for expert_id, sheet in raw.items():
        for ev in sheet["evaluations"]:
            if not ev.get("recused"):
                out.setdefault(ev["entry_id"], {})[expert_id] = sum(ev["scores"].values())
    return out


def cell(model, row: int, col: int, role=DISPLAY):
    return model.data(model.index(row, col), role)


def test_ranking_shows_the_independently_computed_results(realistic):
    snapshot, raw = realistic
    totals = expert_totals(raw)
    panel = 7
    expected_result = {e: sum(t.values()) * panel / len(t) for e, t in totals.items()}
    model = RankingModel()
    model.set_snapshot(snapshot)
    assert model.rowCount() == 10
    shown_order = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 2) for r in range(10)]
    assert shown_order == sorted(expected_result, key=lambda e: (-expected_result[e], e))
    for row, entry_id in enumerate(shown_order):
        values = list(totals[entry_id].values())
        assert cell(model, row, model.RESULT, ValueRole) == pytest.approx(expected_result[entry_id])
        result = expected_result[entry_id]
        assert cell(model, row, model.RESULT) == (f"{int(result)}" if result == int(result) else f"{result:.2f}")
        assert cell(model, row, model.MEAN) == f"{statistics.mean(values):.2f}"
        assert cell(model, row, model.SD) == f"{statistics.stdev(values):.2f}"
        assert cell(model, row, model.MINMAX) == f"{min(values)}–{max(values)}"
        for expert_id in model.panel:
            shown = cell(model, row, model.expert_column(expert_id))
            if expert_id in totals[entry_id]:
                assert shown.rstrip("!") == str(totals[entry_id][expert_id])
            else:
                assert shown == "R"
    ranks = [cell(model, r, model.RANK) for r in range(10)]
    assert ranks[:4] == ["1", "2", "3", "3"]
    marks = {shown_order[r]: cell(model, r, model.MARKS) for r in range(10)}
    assert marks["m02"] == "=" and marks["m03"] == "="
    assert marks["m05"] == "*"  # e3 recused: rescaled
    assert marks["m09"] == "!" and cell(model, shown_order.index("m09"), model.expert_column("e5")) == "52!"


def test_ranking_proxy_sorts_numbers_as_numbers(realistic):
    snapshot, _ = realistic
    model = RankingModel()
    model.set_snapshot(snapshot)
    proxy = RankingProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.RESULT, Qt.SortOrder.AscendingOrder)
    results = [proxy.data(proxy.index(r, model.RESULT), ValueRole) for r in range(proxy.rowCount())]
    assert results == sorted(results)
    proxy.setFilterFixedString("python")
    assert proxy.rowCount() == 1


def test_criteria_means_match_the_raw_scores(realistic):
    snapshot, raw = realistic
    model = CriteriaModel()
    model.set_snapshot(snapshot)
    assert model.rowCount() == 7
    for row in range(7):
        cid = f"c{row + 1}"
        scores = [ev["scores"][cid] for sheet in raw.values() for ev in sheet["evaluations"] if not ev.get("recused")]
        assert cell(model, row, model.COUNT) == str(len(scores))
        assert cell(model, row, model.MEAN) == f"{statistics.mean(scores):.2f}"
        assert cell(model, row, model.SD) == f"{statistics.stdev(scores):.2f}"
        assert cell(model, row, model.TITLE).startswith(("Completeness", "Presence", "Use", "Overall"))


def test_agreement_and_experts_match_an_independent_computation(realistic):
    snapshot, raw = realistic
    totals = expert_totals(raw)
    experts = sorted(raw)
    complete = sorted(e for e, t in totals.items() if len(t) == len(experts))
    matrix = np.array([[totals[e][x] for x in experts] for e in complete], dtype=float)
    n, m = matrix.shape
    # Kendall's W with the tie correction
    ranks = np.column_stack([rankdata(matrix[:, j]) for j in range(m)])
    s = ((ranks.sum(axis=1) - ranks.sum(axis=1).mean()) ** 2).sum()
    ties = 0.0
    for j in range(m):
        _, counts = np.unique(matrix[:, j], return_counts=True)
        ties += (counts**3 - counts).sum()
    w = 12 * s / (m * m * (n**3 - n) - m * ties)
    # ICC(2,1), Shrout & Fleiss
    grand = matrix.mean()
    msr = m * ((matrix.mean(axis=1) - grand) ** 2).sum() / (n - 1)
    msc = n * ((matrix.mean(axis=0) - grand) ** 2).sum() / (m - 1)
    sse = ((matrix - matrix.mean(axis=1, keepdims=True) - matrix.mean(axis=0, keepdims=True) + grand) ** 2).sum()
    mse = sse / ((n - 1) * (m - 1))
    icc21 = (msr - mse) / (msr + (m - 1) * mse + m * (msc - mse) / n)
    a = snapshot.results.agreement
    assert a.entries_used == n == 9
    assert a.kendall_w == pytest.approx(w)
    assert a.icc2_1 == pytest.approx(icc21)

    from app.ui.chair.panels import AgreementPanel

    panel = AgreementPanel()
    panel.set_snapshot(snapshot)
    assert panel.figure_labels["kendall_w"][1].text() == f"{w:.3f}"
    assert panel.figure_labels["icc2_1"][1].text() == f"{icc21:.3f}"
    assert panel.figure_labels["entries_used"][1].text() == "9 of 10"

    model = ExpertsModel()
    model.set_snapshot(snapshot)
    for row, expert_id in enumerate(e.id for e in snapshot.round.commission.experts):
        own = [totals[e][expert_id] for e in totals if expert_id in totals[e]]
        assert cell(model, row, model.SCORED_COUNT) == str(len(own))
        assert cell(model, row, model.MEAN) == f"{statistics.mean(own):.2f}"
        rest = [np.mean([totals[e][x] for x in experts if x != expert_id]) for e in complete]
        mine = [totals[e][expert_id] for e in complete]
        rho = np.corrcoef(rankdata(mine), rankdata(rest))[0, 1]
        assert cell(model, row, model.SPEARMAN, ValueRole) == pytest.approx(rho)


def test_robustness_median_ranks_and_the_warning_cells(realistic):
    snapshot, raw = realistic
    totals = expert_totals(raw)
    medians = {e: float(np.median(list(t.values()))) for e, t in totals.items()}
    expected_rank = {e: 1 + sum(1 for v in medians.values() if v > medians[e]) for e in medians}
    model = RobustnessModel()
    model.set_snapshot(snapshot)
    median_col = 2 + model.METHODS.index("median")
    for row in range(model.rowCount()):
        entry_id = model.data(model.index(row, 0), Qt.ItemDataRole.UserRole + 2)
        assert cell(model, row, median_col) == str(expected_rank[entry_id])


def test_sheets_model_statuses_and_the_paper_checkbox(tmp_path, english_ui, qtbot):
    from tests.helpers.chair import make_round

    round_file = make_round(tmp_path / "r", entries=3, experts=2)
    good = signed_sheet(round_file, "e1", {"m01": 50, "m02": 40, "m03": 30})
    snapshot = (
        ChairStore(round_file)
        .import_sources([("e1.sheet.json", sheet_bytes(good)), ("bad.sheet.json", sheet_bytes(tampered(good)))])
        .snapshot
    )
    model = SheetsModel()
    model.set_snapshot(snapshot)
    assert [cell(model, r, model.STATUS) for r in range(2)] == ["accepted", "rejected"]
    assert "signature does not match" in cell(model, 1, model.REASON)
    accepted_paper = model.index(0, model.PAPER)
    assert model.flags(accepted_paper) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(1, model.PAPER)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(accepted_paper, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(model.paper_check_toggled) as signal:
        model.setData(accepted_paper, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args[0].file_name == "e1.sheet.json" and signal.args[1] is True
    assert cell(model, 0, model.CODE) == snapshot.sheets[0].status.code


def test_coverage_heat_map_and_decision_entries(realistic, qtbot):
    snapshot, _raw = realistic
    coverage = CoverageModel()
    coverage.set_snapshot(snapshot)
    assert coverage.rowCount() == 10 and coverage.columnCount() == 7
    assert coverage.counts() == {"scored": 69, "recused": 1, "missing": 0, "no_sheet": 0}
    assert cell(coverage, 4, 2) == "R"  # m05 × e3

    heat = HeatMapModel()
    heat.set_snapshot(snapshot)
    top = heat.data(heat.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    bottom = heat.data(heat.index(9, 0), Qt.ItemDataRole.BackgroundRole)
    assert top.lightness() < bottom.lightness()  # higher totals are darker
    assert heat.headerData(0, Qt.Orientation.Horizontal) == "1"

    decisions = DecisionEntriesModel()
    decisions.set_snapshot(snapshot)
    with qtbot.waitSignal(decisions.advancing_changed) as signal:
        decisions.setData(
            decisions.index(1, decisions.ADVANCES), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert signal.args[0] == [decisions.data(decisions.index(1, 0), Qt.ItemDataRole.UserRole + 2)]
