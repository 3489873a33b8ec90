"""`sarapshy letters` and `merge --winners-extract` and `sarapshy board` from the command line."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from tests.helpers.cli import PRIVATE, PUBLIC, meeting_files
from tests.helpers.factories import round_data, write_round
from tests.helpers.panel import scored_sheets
from tests.helpers.pdftext import assert_only_embedded_fonts, pdf_pages, pdf_text


@pytest.fixture
def meeting(tmp_path):
    return meeting_files(tmp_path)


def test_letters_carry_total_and_place_but_no_expert_and_no_commission_only_comment(meeting, tmp_path, capsys):
    round_path, rf, sheets, decisions = meeting
    results = tmp_path / "results.json"
    assert main(["merge", str(round_path), *map(str, sheets), "--json", str(results)]) == 0
    entries = {e["entry_id"]: e for e in json.loads(results.read_text(encoding="utf-8"))["entries"]}
    out = tmp_path / "letters"
    assert main(["letters", str(round_path), *map(str, sheets), "--decisions", str(decisions), "--out", str(out)]) == 0
    letters = sorted(out.glob("*.pdf"))
    assert len(letters) == 4
    for path in letters:
        entry_id = path.stem.removeprefix("letter_")
        raw = pdf_text(path)
        flat = " ".join(raw.split())
        for expert in rf.round.commission.experts:
            assert expert.name not in flat and expert.name.split()[0] not in flat
            assert f" {expert.id} " not in f" {flat} "
        assert PRIVATE not in flat and "#комиссияға" not in flat
        entry = entries[entry_id]
        total = f"{entry['result']:g}".replace(".", ",")
        assert f"Курстың жиынтық баллы {total}" in flat
        assert f"4 курстың ішінде {entry['place']}-орын" in flat
        assert pdf_pages(path) == 1
        assert_only_embedded_fonts(path)
        info = path.read_bytes()
        for expert in rf.round.commission.experts:
            assert expert.name.encode("utf-16-be") not in info and expert.name.encode() not in info
    m01 = " ".join(pdf_text(out / "letter_m01.pdf").split())
    assert PUBLIC in m01 and "ЖАОК авторларына: Автор 1 Құрметті әріптестер!" in m01
    assert "1. ЖАОК материалдарының толық жүктелуі" in m01
    ru = tmp_path / "letters-ru"
    assert (
        main(
            [
                "letters",
                str(round_path),
                *map(str, sheets),
                "--decisions",
                str(decisions),
                "--out",
                str(ru),
                "--lang",
                "ru",
            ]
        )
        == 0
    )
    m01 = " ".join(pdf_text(ru / "letter_m01.pdf").split())
    assert "Итоговый балл курса" in m01 and "Авторам МООК: Автор 1 Уважаемые коллеги!" in m01 and PRIVATE not in m01


def test_letters_are_refused_while_a_tie_is_unresolved_or_a_decision_is_out_of_date(tmp_path, capsys):
    from tests.helpers.cli import fill

    round_path = write_round(tmp_path / "round", round_data(entries=3, experts=3))
    sheets = [
        fill(round_path, x, {"m01": [8] * 7, "m02": [8] * 7, "m03": [5] * 7}, tmp_path) for x in ("e1", "e2", "e3")
    ]
    out = tmp_path / "letters"
    assert main(["letters", str(round_path), *map(str, sheets), "--out", str(out)]) == 2
    assert "the tie of m01, m02 on place 1 needs the commission's written resolution" in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())
    # a decision made on other results is out of date: refused too
    decisions = tmp_path / "d.json"
    decisions.write_text(json.dumps({"tie_resolutions": [{"entries": ["m02", "m03"], "text": "x"}]}), encoding="utf-8")
    assert main(["letters", str(round_path), *map(str, sheets), "--decisions", str(decisions), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "out of date" in err and not (out / "letter_m01.pdf").exists()


def test_winners_extract_is_one_page_with_the_quorum_and_the_winners(meeting, tmp_path):
    round_path, _rf, sheets, decisions = meeting
    data = json.loads(decisions.read_text())
    data["absent_experts"] = ["e2"]
    decisions.write_text(json.dumps(data), encoding="utf-8")
    extract = tmp_path / "extract.pdf"
    assert (
        main(
            [
                "merge",
                str(round_path),
                *map(str, sheets),
                "--decisions",
                str(decisions),
                "--winners-extract",
                str(extract),
            ]
        )
        == 0
    )
    flat = " ".join(pdf_text(extract).split())
    assert pdf_pages(extract) == 1
    assert "Конкурс комиссиясы отырысының № 9 хаттамасынан ҮЗІНДІ" in flat
    assert "Отырысқа комиссияның 5 мүшесінің 4-і қатысты." in flat
    assert "Жеңімпаз: «Курс" in flat and "2-орын (жүлдегер)" in flat and "3-орын (жүлдегер)" in flat
    assert "Ректорға" in flat


def test_winners_extract_waits_for_the_protocol_number(meeting, tmp_path, capsys):
    round_path, _rf, sheets, _ = meeting
    extract = tmp_path / "extract.pdf"
    assert main(["merge", str(round_path), *map(str, sheets), "--winners-extract", str(extract)]) == 2
    assert "the protocol has no number yet" in capsys.readouterr().err and not extract.exists()


def test_board_prints_the_rule_and_marks_the_far_expert(tmp_path, capsys):
    from tests.helpers.cli import fill

    round_path = write_round(tmp_path / "round", round_data(entries=2, experts=5))
    sheets = [fill(round_path, x, {"m01": [7] * 7, "m02": [6] * 7}, tmp_path) for x in ("e1", "e2", "e3", "e4")]
    sheets.append(fill(round_path, "e5", {"m01": [2] * 7, "m02": [6] * 7}, tmp_path))
    assert main(["board", str(round_path), *map(str, sheets), "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "Критерий: T = 2 балл; жиынтық: T = 10,5 балл" in out
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. m01"))
    far = next(line for line in lines[first:] if "Сарапшы 5" in line)
    assert far.count("2*") == 7 and "14*" in far
    assert "2. m02" in out


def test_an_expert_who_signs_a_comment_with_their_name_stays_anonymous(tmp_path):
    from app.models.decisions import Decisions
    from app.models.letters import REDACTED, feedback_letters
    from tests.helpers.panel import merged, round_from_data

    data = round_data(entries=2, experts=3)
    data["commission"]["experts"][0]["name"] = "Жұмабекова Гүлнар Серікқызы"
    rf = round_from_data(data)
    comments = {"m01": "Жақсы курс. ЖҰМАБЕКОВА Г.С.", "m02": "Келісемін: Жұмабекова Гүлнар Серікқызы"}
    outcome = merged(rf, scored_sheets(rf, comments=comments))
    letters = {x.entry_id: x for x in feedback_letters(rf, outcome, Decisions())}
    assert letters["m01"].comments[0] == f"Жақсы курс. {REDACTED} Г.С."
    assert letters["m02"].comments[0] == f"Келісемін: {REDACTED}"
