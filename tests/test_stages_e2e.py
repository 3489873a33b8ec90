"""Regulation 9.5 end to end from the command line: two departments → one faculty → the university,
with generated sheets; each higher protocol names where its entries came from."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.models.round import load_round
from tests.helpers.pdftext import pdf_text
from tests.helpers.stages import _decisions, _department, _sheets

SHARED = "Желілер мен Алгоритмдер 3-орынды бөліседі; ашық дауыс беру нәтижесінде Алгоритмдер ұсынылады"


@pytest.fixture
def departments(tmp_path):
    a = _department(
        tmp_path / "dept-a",
        "Ақпараттық жүйелер кафедрасы",
        "Цифрлық технологиялар факультеті",
        ["Python негіздері", "Деректер қоры", "Желілер", "Алгоритмдер"],
    )
    b = _department(
        tmp_path / "dept-b",
        "Математика кафедрасы",
        "Цифрлық технологиялар факультеті",
        ["Сызықтық алгебра", "Ықтималдықтар теориясы"],
    )
    # Department A: m01 > m02 > m03 = m04 (a tie across the limit of 3); B: m02 > m01.
    sheets_a = _sheets(
        a, {x: {"m01": 9, "m02": 8, "m03": 6, "m04": 6} for x in ("e1", "e2", "e3")}, tmp_path / "sheets-a"
    )
    sheets_b = _sheets(b, {x: {"m01": 5, "m02": 7} for x in ("e1", "e2", "e3")}, tmp_path / "sheets-b")
    return a, sheets_a, b, sheets_b


def test_two_departments_one_faculty_the_university(departments, tmp_path, capsys):
    a, sheets_a, b, sheets_b = departments
    # A tie across the limit is not cut silently: the message says what to write.
    pkg_a = tmp_path / "pkg-a"
    args_a = ["next-stage", str(a), *map(str, sheets_a), "--out", str(pkg_a), "--decisions"]
    # What blocks the protocol blocks the package: the tie on place 3 needs a resolution first.
    assert main([*args_a, str(_decisions(tmp_path, "7"))]) == 2
    err = capsys.readouterr().err
    assert "not made: The tie of m03, m04 on place 3 needs the commission's written resolution" in err
    assert not pkg_a.exists()
    share = {"tie_resolutions": [{"entries": ["m03", "m04"], "text": SHARED}], "places": {"m03": 3, "m04": 3}}
    assert main([*args_a, str(_decisions(tmp_path, "7", **share))]) == 2
    err = capsys.readouterr().err
    assert "m03, m04 share place 3 across the limit of 3 entries" in err
    assert '"advancing": ["m01", "m02", "m03"]' in err
    assert not pkg_a.exists()
    assert main([*args_a, str(_decisions(tmp_path, "7", advancing=["m01", "m02", "m04"], **share))]) == 0
    pkg_b = tmp_path / "pkg-b"
    assert (
        main(
            [
                "next-stage",
                str(b),
                *map(str, sheets_b),
                "--decisions",
                str(_decisions(tmp_path, "3")),
                "--out",
                str(pkg_b),
            ]
        )
        == 0
    )
    capsys.readouterr()
    extract_a = next((pkg_a / "extracts").glob("*.pdf"))
    flat = " ".join(pdf_text(extract_a).split())
    assert "Кафедра отырысының № 7 ХАТТАМАСЫНАН ҮЗІНДІ" in flat
    assert "Ақпараттық жүйелер кафедрасы" in flat and "Үзінді дұрыс." in flat
    assert "«Алгоритмдер» (Алгоритмдер авторы) — 3-орын" in flat and "(Желілер авторы)" not in flat
    assert SHARED in flat  # the tie the advancing decision rests on

    # The faculty gathers both packages: ids made unique, media copied, sources kept.
    faculty = tmp_path / "faculty" / "faculty.round.json"
    assert main(["gather", str(faculty), str(pkg_a), str(pkg_b)]) == 0
    out = capsys.readouterr().out
    assert "faculty round with 5 entries" in out and "(was m01)" in out
    fac = load_round(faculty)
    assert fac.round.stage == "faculty" and not fac.warnings
    ids = [e.id for e in fac.round.entries]
    assert len(set(ids)) == 5 and ids[:3] == ["m01", "m02", "m04"]
    for entry in fac.round.entries:
        kinds = [x.kind for x in entry.attachments]
        assert kinds.count("stage_extract") == 1 and kinds.count("stage_source") == 1
        assert fac.media_path(entry.media[0]).read_bytes().startswith(b"video of ")

    # The faculty meets: 2 advance.
    faculty_scores = {"m01": 9, "m02": 6, "m04": 5, ids[3]: 8, ids[4]: 5}
    sheets_f = _sheets(faculty, dict.fromkeys(("e1", "e2", "e3"), faculty_scores), tmp_path / "sheets-f")
    protocol_f = tmp_path / "faculty-protocol.pdf"
    fac_decisions = _decisions(tmp_path, "12")
    assert (
        main(
            [
                "merge",
                str(faculty),
                *map(str, sheets_f),
                "--decisions",
                str(fac_decisions),
                "--protocol",
                str(protocol_f),
                "--xlsx",
                str(tmp_path / "faculty.xlsx"),
            ]
        )
        == 0
    )
    flat = " ".join(pdf_text(protocol_f).split())
    assert "ЖАОК-тардың келген жері" in flat
    assert "кафедра: Ақпараттық жүйелер кафедрасы; хаттама № 7, 2026-11-20" in flat
    assert "кафедра: Математика кафедрасы; хаттама № 3, 2026-11-20" in flat
    assert "3-орын, 126 / 210 балл" in flat  # Алгоритмдер at its department: 3 experts × 6 × 7
    sources = load_workbook(tmp_path / "faculty.xlsx")["Келген жері"]
    rows = [[c.value for c in row] for row in sources.iter_rows(min_row=4)]
    assert [
        "m04",
        "Алгоритмдер",
        "кафедра: Ақпараттық жүйелер кафедрасы; хаттама № 7, 2026-11-20",
        "3-орын, 126 / 210 балл",
    ] in rows
    pkg_f = tmp_path / "pkg-f"
    assert (
        main(["next-stage", str(faculty), *map(str, sheets_f), "--decisions", str(fac_decisions), "--out", str(pkg_f)])
        == 0
    )
    capsys.readouterr()

    # A faculty package does not go into a faculty round; the university gathers it.
    assert main(["gather", str(tmp_path / "wrong.round.json"), str(pkg_f), "--stage", "faculty"]) == 2
    assert "it cannot go into a faculty round" in capsys.readouterr().err
    university = tmp_path / "university" / "university.round.json"
    assert main(["gather", str(university), str(pkg_f)]) == 0
    uni = load_round(university)
    assert uni.round.stage == "university" and [e.id for e in uni.round.entries] == ["m01", ids[3]]
    sheets_u = _sheets(
        university,
        {"e1": {"m01": 8, ids[3]: 9}, "e2": {"m01": 8, ids[3]: 9}, "e3": {"m01": 8, ids[3]: 7}},
        tmp_path / "sheets-u",
    )
    protocol_u = tmp_path / "university-protocol.pdf"
    results_u = tmp_path / "university.json"
    assert (
        main(
            [
                "merge",
                str(university),
                *map(str, sheets_u),
                "--decisions",
                str(_decisions(tmp_path, "1")),
                "--protocol",
                str(protocol_u),
                "--json",
                str(results_u),
            ]
        )
        == 0
    )
    document = json.loads(results_u.read_text(encoding="utf-8"))
    assert [(e["entry_id"], e["place"], e["result"]) for e in document["entries"]] == [
        (ids[3], 1, 175.0),
        ("m01", 2, 168.0),
    ]
    flat = " ".join(pdf_text(protocol_u).split())
    assert "Жеңімпаз: «Ықтималдықтар теориясы»" in flat
    # Each university entry names its faculty and its department.
    assert "факультет: Цифрлық технологиялар факультеті; хаттама № 12" in flat
    assert "кафедра: Математика кафедрасы; хаттама № 3" in flat
    assert "кафедра: Ақпараттық жүйелер кафедрасы; хаттама № 7" in flat
