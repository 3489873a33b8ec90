"""The command line's test round and sheets, scores written into a sheet, a decisions file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli import main
from tests.helpers.factories import round_data, write_round

CRITERIA = [f"c{i}" for i in range(1, 8)]


@pytest.fixture
def round_path(tmp_path):
    return write_round(tmp_path / "round", round_data(entries=3, experts=3))


def write_scores(path: Path, rows: dict[str, list], recused: dict[str, str] | None = None) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["entry_id", *CRITERIA, "comment", "recused", "recusal_reason"])
        for entry_id, scores in rows.items():
            out.writerow([entry_id, *scores, "Жалпы әсер: жақсы", "", ""])
        for entry_id, reason in (recused or {}).items():
            out.writerow([entry_id, *[""] * 7, "", "yes", reason])
    return path


def fill(round_path, expert, scores_by_entry, tmp_path, recused=None, revision=1):
    table = write_scores(tmp_path / f"{expert}-{revision}.csv", scores_by_entry, recused)
    out = tmp_path / f"{expert}-r{revision}.sheet.json"
    args = ["sheet", "fill", str(round_path), "--expert", expert, "--scores", str(table), "--out", str(out)]
    if revision != 1:
        args += ["--revision", str(revision)]
    assert main(args) == 0
    return out


@pytest.fixture
def sheets(round_path, tmp_path):
    return [
        fill(round_path, "e1", {"m01": [9] * 7, "m02": [7] * 7, "m03": [5] * 7}, tmp_path),
        fill(round_path, "e2", {"m01": [8] * 7, "m02": [8] * 7, "m03": [4] * 7}, tmp_path),
        fill(round_path, "e3", {"m01": [10] * 7, "m02": [6] * 7}, tmp_path, recused={"m03": "менің шәкіртім"}),
    ]


def decisions_file(tmp_path: Path, **values) -> Path:
    path = tmp_path / "decisions.json"
    path.write_text(
        json.dumps({"format": "sarapshy-decisions/1", "protocol_number": "7", **values}, ensure_ascii=False),
        encoding="utf-8",
    )
    return path
