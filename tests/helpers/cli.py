"""The command line's test round and sheets, scores written into a sheet, a decisions file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli import main
from app.models.round import load_round
from app.models.sheet_build import build_signed_sheet
from tests.helpers.factories import round_data, write_round
from tests.helpers.panel import scored_sheets

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


# the meeting (letters, the winners extract): five experts, comments for the authors and for the commission
PUBLIC = "Бейне дәрістер жақсы жазылған"
PRIVATE = "авторы менің туысым, бағаны төмендетпедім"


def meeting_files(tmp_path: Path):
    data = round_data(entries=4, experts=5)
    data["commission"]["experts"][2]["name"] = "Жұмабекова Гүлнар"
    round_path = write_round(tmp_path / "round", data)
    rf = load_round(round_path)
    comments = {"m01": f"{PUBLIC}\n#комиссияға\n{PRIVATE}", "m02": "Тесттер аз"}
    paths = []
    for sheet in scored_sheets(rf, seed=3, comments=comments):
        path = tmp_path / f"{sheet['expert_id']}.sheet.json"
        path.write_text(json.dumps(sheet, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"format": "sarapshy-decisions/1", "protocol_number": "9"}), encoding="utf-8")
    return round_path, rf, paths, decisions


# the second round: four experts; e1 scores course m01 far above the others on every criterion
def reconsider_panel(tmp_path: Path):
    """Four experts; e1 scores course m01 far above the others on every criterion."""
    round_path = write_round(tmp_path / "round", round_data(entries=3, experts=4))
    rf = load_round(round_path)
    paths = []
    for expert in rf.round.commission.experts:
        evaluations = [
            {
                "entry_id": e.id,
                "comment": "Жақсы",
                "scores": {c.id: 9 if (expert.id, e.id) == ("e1", "m01") else 4 + n for c in rf.round.criteria},
            }
            for n, e in enumerate(rf.round.entries)
        ]
        path = tmp_path / f"{expert.id}.sheet.json"
        path.write_text(
            json.dumps(build_signed_sheet(rf, expert.id, evaluations, 1), ensure_ascii=False), encoding="utf-8"
        )
        paths.append(path)
    return round_path, rf, paths


def answer_request(tmp_path, round_path, req: str, sheet, first_cell: str, *options: str) -> tuple[int, object]:
    """`sheet reconsider` with the first requested cell answered by `first_cell`, the others kept."""
    answers = tmp_path / "answers.csv"
    lines = ["entry_id,criterion_id,score,justification", first_cell]
    lines += [f"m01,c{n},9," for n in range(2, 8)] + ["m02,c1,5,"]
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    revised = tmp_path / "e1-r2.sheet.json"
    code = main(
        [
            "sheet",
            "reconsider",
            str(round_path),
            "--request",
            req,
            "--sheet",
            str(sheet),
            "--answers",
            str(answers),
            "--out",
            str(revised),
            *options,
        ]
    )
    return code, revised
