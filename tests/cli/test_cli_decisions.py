"""`sarapshy merge … --decisions FILE`: a protocol for a round with a tie from the command line, the
snippet to fill in when decisions are missing, strict reading of the decisions file."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from tests.helpers.cli import fill
from tests.helpers.factories import round_data, write_round
from tests.helpers.pdftext import pdf_text

WORDS = "Ашық дауыс беру нәтижесінде Курс 2 бірінші орынға қойылды"


@pytest.fixture
def tied(tmp_path):
    """m01 = m02 on first place; e3's sheet is missing."""
    round_path = write_round(tmp_path / "round", round_data(entries=3, experts=3))
    sheets = [
        fill(round_path, "e1", {"m01": [8] * 7, "m02": [8] * 7, "m03": [5] * 7}, tmp_path),
        fill(round_path, "e2", {"m01": [7] * 7, "m02": [7] * 7, "m03": [6] * 7}, tmp_path),
    ]
    return round_path, sheets


def _snippet(err: str) -> dict:
    start = err.index("{")
    end = err.index("\n}", start) + 2
    return json.loads(err[start:end])


def test_a_tie_from_the_command_line_needs_the_decisions_file_and_says_what_to_put_in_it(tied, tmp_path, capsys):
    round_path, sheets = tied
    protocol = tmp_path / "protocol.pdf"
    args = ["merge", str(round_path), *map(str, sheets), "--protocol", str(protocol)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "The tie of m01, m02 on place 1 needs the commission's written resolution" in err
    assert "Сарапшы 3 Өмірзақ (e3) has no accepted sheet" in err
    snippet = _snippet(err)
    assert snippet["format"] == "sarapshy-decisions/1" and snippet["protocol_number"] == "<number>"
    assert snippet["tie_resolutions"][0]["entries"] == ["m01", "m02"]
    assert snippet["absent_experts"] == ["e3"]
    assert not protocol.exists()

    snippet["protocol_number"] = "7"
    snippet["tie_resolutions"][0] = {
        "entries": ["m02", "m01"],
        "text": WORDS,
        "votes": {"for": 2, "against": 0, "abstained": 1},
    }
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps(snippet, ensure_ascii=False), encoding="utf-8")
    results = tmp_path / "results.json"
    assert main([*args, "--decisions", str(decisions), "--json", str(results)]) == 0
    out = capsys.readouterr().out
    assert "protocol.pdf: The protocol states: the sheet of Сарапшы 3 Өмірзақ (e3) was not received." in out
    flat = " ".join(pdf_text(protocol).split())
    assert "ХАТТАМАСЫ № 7" in flat and WORDS in flat
    # the vote on its own line; three votes with two members present is stated, not hidden
    assert "Дауыс беру: «иә» — 2, «қарсы» — 0, «қалыс» — 1 (дауыс бергендер саны — 3, қатысқандар — 2)." in flat
    assert "Жеңімпаз: «Курс 2: Қазақ тілі және ғылым»" in flat
    assert "2-орын (жүлдегер): «Курс 1: Қазақ тілі және ғылым»" in flat
    assert "1 1 Курс 2: Қазақ тілі және ғылым" in flat and "2 2 Курс 1: Қазақ тілі және ғылым" in flat
    assert "С3 (Сарапшы 3 Өмірзақ): бағалау парағы түскен жоқ." in flat
    document = json.loads(results.read_text(encoding="utf-8"))
    assert [(e["entry_id"], e["rank"], e["place"]) for e in document["entries"]] == [
        ("m02", 1, 1),
        ("m01", 1, 2),
        ("m03", 3, 3),
    ]


def _write(tmp_path, document, name="d.json") -> str:
    path = tmp_path / name
    path.write_text(
        document if isinstance(document, str) else json.dumps(document, ensure_ascii=False), encoding="utf-8"
    )
    return str(path)


@pytest.mark.parametrize(
    "document, expected",
    [
        ({"protocol_number": "7", "tie_resolution": []}, "tie_resolution: unknown field 'tie_resolution'"),
        (
            {"tie_resolutions": [{"entries": ["m01", "m99"], "text": "x"}]},
            "tie_resolutions[0].entries[1]: the entry 'm99' is not in the round",
        ),
        (
            {"tie_resolutions": [{"entries": ["m01", "m02"], "text": "x", "votes": {"yes": 1}}]},
            "tie_resolutions[0].votes.yes: unknown field 'yes'",
        ),
        (
            {"tie_resolutions": [{"entries": ["m01", "m02"], "text": "x", "votes": {"for": -1}}]},
            "tie_resolutions[0].votes.for",
        ),
        ({"places": {"m01": "first"}}, "places.m01"),
        ({"tie_resolutions": [{"entries": ["m01", "m02"], "text": "   "}]}, "tie_resolutions[0].text"),
        ({"absent_experts": ["e9"]}, "absent_experts[0]: the expert 'e9' is not in the commission"),
        ({"format": "sarapshy-decisions/2"}, "unknown version 'sarapshy-decisions/2' of the decisions format"),
        ({"format": "sarapshy-sheet/1"}, "this is not a decisions file"),
        ('{"protocol_number": "7",}', "line 1, column 25"),
        ({"nominees": ["m01"], "advancing": ["m04"]}, "advancing[0]: the entry 'm04' is not in the round"),
    ],
)
def test_a_bad_decisions_file_is_refused_with_the_place(tied, tmp_path, capsys, document, expected):
    round_path, sheets = tied
    path = _write(tmp_path, document)
    assert main(["merge", str(round_path), *map(str, sheets), "--decisions", path]) == 2
    err = capsys.readouterr().err
    assert path in err and expected in err and "Traceback" not in err


def test_a_file_without_format_is_read_as_version_1(tied, tmp_path, capsys):
    round_path, sheets = tied
    path = _write(
        tmp_path,
        {
            "protocol_number": "9",
            "absent_experts": ["e3"],
            "tie_resolutions": [{"entries": ["m01", "m02"], "text": "Бөліседі"}],
            "places": {"m01": 1, "m02": 1},
        },
    )
    protocol = tmp_path / "p.pdf"
    assert main(["merge", str(round_path), *map(str, sheets), "--decisions", path, "--protocol", str(protocol)]) == 0
    flat = " ".join(pdf_text(protocol).split())
    assert flat.count("Жеңімпаз:") == 2 and "ХАТТАМАСЫ № 9" in flat


def test_the_file_round_trips_through_the_reader(tied):
    from datetime import date

    from app.models.decisions import Decisions, TieResolution, Votes
    from app.models.decisions_file import decisions_file_text, parse_decisions
    from app.models.round import load_round

    round_file = load_round(tied[0])
    decisions = Decisions(
        protocol_number="7",
        meeting_date=date(2026, 12, 18),
        tie_resolutions={("m01", "m02"): TieResolution(("m01", "m02"), WORDS, ("m02", "m01"), Votes(5, 1, 0))},
        places={"m03": 3},
        absent_experts=["e3"],
        nominees=["m03"],
        advancing=["m02"],
    )
    text = decisions_file_text(decisions)
    assert json.loads(text)["tie_resolutions"][0] == {
        "entries": ["m02", "m01"],
        "text": WORDS,
        "votes": {"for": 5, "against": 1, "abstained": 0},
    }
    assert parse_decisions(text.encode("utf-8"), "d.json", round_file) == decisions


def test_a_resolution_for_entries_no_longer_tied_is_not_applied_and_blocks_the_protocol(tied, tmp_path, capsys):
    round_path, sheets = tied
    path = _write(
        tmp_path,
        {
            "protocol_number": "9",
            "absent_experts": ["e3"],
            "tie_resolutions": [{"entries": ["m03", "m01"], "text": "m03 first"}],
        },
    )
    protocol, results = tmp_path / "p.pdf", tmp_path / "r.json"
    assert (
        main(
            [
                "merge",
                str(round_path),
                *map(str, sheets),
                "--decisions",
                path,
                "--json",
                str(results),
                "--protocol",
                str(protocol),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "not applied, out of date: The resolution of the tie m03 = m01" in err
    assert not protocol.exists()
    places = {e["entry_id"]: e["place"] for e in json.loads(results.read_text(encoding="utf-8"))["entries"]}
    assert places == {"m01": 1, "m02": 1, "m03": 3}  # 77 never above 105
    snippet = _snippet(err[err.index("Put the chair's decisions") :])
    assert [r["entries"] for r in snippet["tie_resolutions"]] == [["m01", "m02"]]  # the stale one dropped
