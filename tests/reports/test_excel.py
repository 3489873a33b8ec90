"""The Excel summary, recalculated by headless LibreOffice and compared with the results engine."""

from __future__ import annotations

import csv
import math
import subprocess

import openpyxl
import pytest

from app.models.decisions import Decisions
from app.reports.excel import write_summary_xlsx
from tests.helpers.factories import round_data
from tests.helpers.panel import merged, round_from_data, scored_sheets

FORMULA_LOOKALIKES = {"title": "=1+1 курс", "author": "@Әлия", "dept": "-кафедра", "comment": "+5 балл =SUM(A1)"}


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx")
    data = round_data(entries=9, experts=4)
    data["entries"][2]["title"] = FORMULA_LOOKALIKES["title"]
    data["entries"][2]["authors"] = [{"name": FORMULA_LOOKALIKES["author"]}]
    data["entries"][2]["department"] = FORMULA_LOOKALIKES["dept"]
    rf = round_from_data(data)
    sheets = scored_sheets(rf, seed=11, recusals={"e2": "m05"}, comments={"m03": FORMULA_LOOKALIKES["comment"]})
    outcome = merged(rf, sheets)
    path = write_summary_xlsx(rf, outcome, Decisions(nominees=["m09"]), folder / "summary.xlsx")
    csv_dir = folder / "csv"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder}/lo-profile",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(csv_dir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    sheets_csv = {}
    for file in csv_dir.glob("*.csv"):
        name = file.stem[len("summary-") :]
        with file.open(encoding="utf-8") as fh:
            sheets_csv[name] = list(csv.reader(fh))
    return {"round": rf, "outcome": outcome, "path": path, "csv": sheets_csv}


def _number(text: str) -> float | None:
    return None if text == "" else float(text)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_summary_formulas_agree_with_the_engine(workbook):
    rows = workbook["csv"]["Қорытынды"]
    results = workbook["outcome"].results
    panel = results.panel
    header = rows[2]
    assert header[:6] == ["Орын", "№", "Коды", "ЖАОК атауы", "Курс авторы", "Кафедра, факультет"]
    data = rows[3:]
    assert len(data) == len(results.entries)
    k = len(panel)
    for row, entry in zip(data, results.entries, strict=True):
        assert row[2] == entry.entry_id
        assert int(row[0]) == entry.rank
        for j, expert_id in enumerate(panel):
            assert _number(row[6 + j]) == entry.totals.get(expert_id)
        result, mean, sd, low, high = (_number(v) for v in row[6 + k : 11 + k])
        assert _close(result, entry.result) and _close(mean, entry.mean) and _close(sd, entry.sd)
        assert _close(low, entry.min) and _close(high, entry.max)
    rescaled = next(e for e in results.entries if e.entry_id == "m05")
    assert rescaled.rescaled and rescaled.recused == ["e2"]


def test_expert_sheets_sum_like_the_engine(workbook):
    rf, results = workbook["round"], workbook["outcome"].results
    for i, expert_id in enumerate(results.panel, start=1):
        name = next(n for n in workbook["csv"] if n.startswith(f"{i} "))
        rows = workbook["csv"][name]
        assert rows[3][4:12] == ["1", "2", "3", "4", "5", "6", "7", "8"]
        for row, entry in zip(rows[4:], rf.round.entries, strict=False):  # rows below the entries are left alone
            scores = [_number(v) for v in row[4:11]]
            expected = results.entry(entry.id).totals.get(expert_id)
            assert _number(row[11]) == expected
            if expected is not None:
                assert sum(scores) == expected


def test_criteria_formulas_agree_with_the_engine(workbook):
    rows = workbook["csv"]["Критерийлер"][3:]
    stats = workbook["outcome"].results.criteria
    assert len(rows) == len(stats) == 7
    for row, stat in zip(rows, stats, strict=True):
        assert row[1] == stat.criterion_id
        assert int(row[4]) == stat.n
        for got, want in zip(row[5:9], (stat.mean, stat.sd, stat.min, stat.max), strict=True):
            assert _close(_number(got), want)


def test_outside_text_stays_text(workbook):
    summary = workbook["csv"]["Қорытынды"]
    row = next(r for r in summary if r[2] == "m03")
    assert row[3] == FORMULA_LOOKALIKES["title"] and row[4] == FORMULA_LOOKALIKES["author"]
    assert row[5] == FORMULA_LOOKALIKES["dept"]
    first_expert = next(n for n in workbook["csv"] if n.startswith("1 "))
    expert_row = next(r for r in workbook["csv"][first_expert] if r[0] == "3")
    assert expert_row[1:3] == [FORMULA_LOOKALIKES["title"], FORMULA_LOOKALIKES["author"]]
    assert expert_row[-1] == FORMULA_LOOKALIKES["comment"]
    book = openpyxl.load_workbook(workbook["path"])
    cell = next(c for r in book["Қорытынды"].iter_rows() for c in r if c.value == FORMULA_LOOKALIKES["title"])
    assert cell.data_type == "s"


def test_sheets_list_and_agreement(workbook):
    rows = workbook["csv"]["Парақтар"][3:]
    statuses = workbook["outcome"].statuses
    assert [(r[0], r[3], r[4], r[5]) for r in rows] == [(s.file, s.code, s.sha256, "қабылданды") for s in statuses]
    agreement = {r[0]: r[1] for r in workbook["csv"]["Келісімділік"][3:10]}
    assert _close(_number(agreement["Kendall W"]), workbook["outcome"].results.agreement.kendall_w)


def test_layout_for_printing(workbook):
    book = openpyxl.load_workbook(workbook["path"])
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.freeze_panes
    summary = book["Қорытынды"]
    assert summary.freeze_panes == "E4" and summary.auto_filter.ref.startswith("A3:")
    assert summary["D4"].font.name == "Arial" and summary["A3"].font.bold
    assert summary["B4"].value == 1 and summary["B4"].font.name == "Arial"  # a bare number: the default font
    assert summary.print_options.gridLines
