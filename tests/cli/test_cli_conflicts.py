"""`sarapshy validate` lists the suggested conflicts of interest; `sarapshy merge` prints the dismissed ones."""

from __future__ import annotations

import json

from app.cli import main
from app.models.round import load_round
from tests.helpers.conflicts import DISMISS_REASON, conflict_round, exported_sheets
from tests.helpers.factories import round_data, write_round


def test_validate_lists_the_suggestions_and_still_exits_0(tmp_path, capsys):
    path = write_round(tmp_path / "round", conflict_round())
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "valid round" in out
    assert "Suggested conflicts of interest (expert, course, grounds):" in out
    assert "  e1 Ахметов Асқар Бекұлы — m01 “Курс 1: Қазақ тілі және ғылым”: same department as the course" in out
    assert "  e1 Ахметов Асқар Бекұлы — m02 “Курс 2: Қазақ тілі және ғылым”: one of the course's authors" in out
    assert "m03 “Курс 3: Қазақ тілі және ғылым”: shares a surname with an author (a soft hint" in out
    assert "  e2 Петрова Ольга Николаевна — m03 “Курс 3: Қазақ тілі және ғылым”: from the course's faculty" in out
    assert "e3" not in out.split("grounds):", 1)[1]
    assert main(["validate", str(path), "--lang", "kk"]) == 0
    assert "m02 «Курс 2: Қазақ тілі және ғылым»: курс авторларының бірі" in capsys.readouterr().out


def test_validate_says_when_nothing_is_suggested(tmp_path, capsys):
    assert main(["validate", str(write_round(tmp_path / "r", round_data()))]) == 0
    assert "No conflict of interest is suggested." in capsys.readouterr().out


def test_merge_prints_the_dismissed_suggestions_with_reasons(tmp_path, capsys):
    path = write_round(tmp_path / "round", conflict_round())
    sheets = exported_sheets(load_round(path), tmp_path)
    out_json = tmp_path / "r.json"
    assert main(["merge", str(path), *map(str, sheets), "--json", str(out_json), "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert f"ОТКЛОНЁН   e1 — m01: та же кафедра, что у курса — {DISMISS_REASON}" in out
    assert "ОТКЛОНЁН   e1 — m03: общая фамилия с автором (мягкий признак, родство не установлено) — не указано" in out
    assert json.loads(out_json.read_text(encoding="utf-8"))["entries"]
