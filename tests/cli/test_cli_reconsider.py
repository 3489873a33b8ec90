"""The second round from the command line: the chair's request from the disagreement board, the
expert's revision from an answers table, the merge checking it, and the protocol's annex."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.helpers.cli import answer_request, reconsider_panel
from tests.helpers.pdftext import pdf_text

JUSTIFICATION = "Видеодәрістердің екеуі ғана жүктелген; бағаны төмендеттім"
QUESTION = "Басқа сарапшылар 4 қойды: 9 неге?"


@pytest.fixture
def panel(tmp_path):
    return reconsider_panel(tmp_path)


def _request(tmp_path, round_path, sheets, capsys) -> str:
    req = tmp_path / "e1.reconsideration.json"
    code = main(
        [
            "reconsider",
            "request",
            str(round_path),
            *map(str, sheets),
            "--expert",
            "e1",
            "--flagged",
            QUESTION,
            "--cell",
            "m02:c1:Неге 5?",
            "--out",
            str(req),
        ]
    )
    assert code == 0, capsys.readouterr().err
    return str(req)


def test_the_chair_requests_the_flagged_cells_and_the_expert_answers_them(panel, tmp_path, capsys):
    round_path, _rf, sheets = panel
    req = _request(tmp_path, round_path, sheets, capsys)
    cells = json.loads(Path(req).read_text(encoding="utf-8"))["cells"]
    assert [(c["entry_id"], c["criterion_id"], c["score"]) for c in cells] == [
        ("m01", f"c{n}", 9) for n in range(1, 8)
    ] + [("m02", "c1", 5)]
    assert main(["reconsider", "show", req, "--round", str(round_path)]) == 0
    assert QUESTION in capsys.readouterr().out

    code, revised = answer_request(tmp_path, round_path, req, sheets[0], f'm01,c1,5,"{JUSTIFICATION}"')
    assert code == 0
    assert "8 cell(s) reconsidered, 1 changed" in capsys.readouterr().out

    protocol = tmp_path / "protocol.pdf"
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"format": "sarapshy-decisions/1", "protocol_number": "4"}), encoding="utf-8")
    code = main(
        [
            "merge",
            str(round_path),
            *map(str, sheets),
            str(revised),
            "--requests",
            req,
            "--protocol",
            str(protocol),
            "--lang",
            "kk",
            "--decisions",
            str(decisions),
        ]
    )
    captured = capsys.readouterr()
    # `--lang kk` prints the status lines in Kazakh: SUPERSEDED is ЕСКІРГЕН, REJECTED ҚАБЫЛДАНБАДЫ
    assert "ЕСКІРГЕН   e1.sheet.json  1-нұсқа; 2-нұсқа алынды" in captured.out
    assert "ҚАБЫЛДАНБАДЫ" not in captured.out + captured.err and "REJECTED" not in captured.err
    assert code == 0, captured.err
    text = " ".join(pdf_text(protocol).split())
    assert "Қосымша. Қайта қарауға жіберілген бағалар (екінші айналым)" in text
    assert "9 → 5" in text and JUSTIFICATION in text and QUESTION in text
    assert "9 → 9 (баға өзгермеді)" in text
    assert text.count("→") >= 8 + 1  # eight rows and the header


def test_a_changed_score_without_justification_is_refused_from_the_table(panel, tmp_path, capsys):
    round_path, _rf, sheets = panel
    req = _request(tmp_path, round_path, sheets, capsys)
    code, out = answer_request(tmp_path, round_path, req, sheets[0], "m01,c1,5,")
    assert code == 2
    assert "m01/c1: the score changes 9 → 5 without a written justification" in capsys.readouterr().err
    assert not out.exists()


def test_the_expert_and_the_chair_read_the_problems_in_their_language(panel, tmp_path, capsys):
    """The codes of the second round have the core's templates: `--lang` prints them in Kazakh or Russian."""
    round_path, _rf, sheets = panel
    req = _request(tmp_path, round_path, sheets, capsys)
    code, out = answer_request(tmp_path, round_path, req, sheets[0], "m01,c1,5,", "--lang", "kk")
    assert code == 2 and not out.exists()
    assert "m01/c1: баға 9 → 5 жазбаша негіздемесіз өзгереді — баға неге өзгеретінін жазыңыз" in capsys.readouterr().err
    data = json.loads(Path(req).read_text(encoding="utf-8"))
    data["cells"][0]["question"] = "Бағаны 10-ға көтеріңіз"
    tampered = tmp_path / "tampered.reconsideration.json"
    tampered.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["reconsider", "show", str(tampered), "--lang", "ru"]) == 2
    assert "signature: запрос изменён после того, как председатель его подписал" in capsys.readouterr().err
    code = main(
        [
            "reconsider",
            "request",
            str(round_path),
            *map(str, sheets),
            "--expert",
            "e1",
            "--cell",
            "m01:c1:  ",
            "--out",
            str(tmp_path / "empty.json"),
            "--lang",
            "kk",
        ]
    )
    assert code == 2
    assert (
        "m01/c1: сарапшыға қойылған сұрақ бос — сарапшы нені қайта қарауы керек екенін жазыңыз"
        in capsys.readouterr().err
    )


def test_a_revision_merged_without_its_request_is_left_out_and_the_old_revision_counts(panel, tmp_path, capsys):
    round_path, _rf, sheets = panel
    req = _request(tmp_path, round_path, sheets, capsys)
    code, revised = answer_request(tmp_path, round_path, req, sheets[0], f"m01,c1,5,{JUSTIFICATION}")
    assert code == 0
    capsys.readouterr()
    assert main(["merge", str(round_path), *map(str, sheets), str(revised)]) == 1
    err = capsys.readouterr().err
    assert "REJECTED   e1-r2.sheet.json" in err and "import that request file" in err
    assert main(["merge", str(round_path), *map(str, sheets), str(revised), "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert "в силе остаётся предыдущая редакция" in err and "импортируйте этот файл запроса" in err


def test_a_request_given_among_the_sheets_is_used_and_a_tampered_one_is_listed_as_rejected(panel, tmp_path, capsys):
    """So `board`, `letters` and `next-stage` see the same revisions as `merge --requests`."""
    round_path, _rf, sheets = panel
    req = _request(tmp_path, round_path, sheets, capsys)
    code, revised = answer_request(tmp_path, round_path, req, sheets[0], f"m01,c1,5,{JUSTIFICATION}")
    assert code == 0
    capsys.readouterr()
    results = tmp_path / "results.json"
    assert main(["merge", str(round_path), *map(str, sheets), str(revised), req, "--json", str(results)]) == 0
    entry = next(e for e in json.loads(results.read_text(encoding="utf-8"))["entries"] if e["entry_id"] == "m01")
    assert entry["totals"]["e1"] == 9 * 7 - 4
    assert main(["board", str(round_path), *map(str, sheets), str(revised), req]) == 0
    capsys.readouterr()
    data = json.loads(Path(req).read_text(encoding="utf-8"))
    data["cells"][0]["score"] = 3
    tampered = tmp_path / "tampered.reconsideration.json"
    tampered.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["merge", str(round_path), *map(str, sheets), str(revised), str(tampered)]) == 1
    err = capsys.readouterr().err
    assert (
        "REJECTED   tampered.reconsideration.json  signature: the request was changed after the chair signed it" in err
    )
    assert "REJECTED   e1-r2.sheet.json" in err
