"""Next-stage packages and gathering them: what a faculty secretary may receive (a package sent
twice, a course sent by two departments, a package of the wrong stage, files changed or broken
on the way) and the admission checklist of a gathered round."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.models.admission import entry_checklist
from app.models.errors import InputError
from app.models.localized import localized
from app.models.round import load_round
from app.models.stage_gather import _same_courses, gather_packages, read_package
from app.models.stage_records import PACKAGE_FILE
from tests.helpers.pdftext import pdf_text
from tests.helpers.stages import _decisions, _department, _package, _sheets


@pytest.fixture
def two(tmp_path, capsys):
    a = _package(tmp_path, "A", ["Химия", "Физика"], [9, 8], capsys)
    b = _package(tmp_path, "B", ["Тарих", "Химия"], [7, 6], capsys)
    return a, b


def test_the_same_course_from_two_departments_is_flagged_and_ids_are_unique(two, tmp_path):
    a, b = two
    report = gather_packages(tmp_path / "f" / "faculty.round.json", [a, b])
    assert list(report.entries) == ["m01", "m02", "m01-2", "m02-2"]
    assert report.entries["m01-2"] == ("B кафедрасы", "m01")
    # «Химия» by the same author came from A (m01) and from B (its m02, now m02-2).
    assert [(f.code, f.entries) for f in report.flags] == [("same_course", ("m01", "m02-2"))]
    rnd = load_round(tmp_path / "f" / "faculty.round.json").round
    assert [localized(e.title, "kk") for e in rnd.entries] == ["Химия", "Физика", "Тарих", "Химия"]
    flags = _same_courses(
        [
            {"id": "x", "title": "Бір", "authors": [{"name": "А"}], "link": "https://a.kz/c/"},
            {"id": "y", "title": "Екі", "authors": [{"name": "Б"}], "link": "HTTPS://A.KZ/c"},
        ]
    )
    assert [(f.code, f.entries) for f in flags] == [("same_link", ("x", "y"))]


def test_a_package_given_twice_or_of_the_wrong_stage_is_refused(two, tmp_path):
    a, b = two
    with pytest.raises(InputError) as info:
        gather_packages(tmp_path / "x.round.json", [a, b, a])
    assert "the same stage's package is given twice" in str(info.value)
    with pytest.raises(InputError) as info:
        gather_packages(tmp_path / "y.round.json", [a], stage="university")
    assert "it cannot go into a university round" in str(info.value)
    assert info.value.problems[0].place == "to_stage"
    assert not (tmp_path / "x.round.json").exists() and not (tmp_path / "y.round.json").exists()


def test_an_existing_round_is_never_overwritten(two, tmp_path):
    a, _ = two
    out = tmp_path / "faculty.round.json"
    out.write_text("the organiser's round", encoding="utf-8")
    with pytest.raises(InputError, match="the file already exists"):
        gather_packages(out, [a])
    assert out.read_text(encoding="utf-8") == "the organiser's round"


@pytest.mark.parametrize(
    "damage, expected",
    [
        (lambda p: (p / PACKAGE_FILE).write_bytes(b"\xff\xfe{"), "UTF-16"),
        (
            lambda p: (p / PACKAGE_FILE).write_text('{"format": "sarapshy-stage-package/1", "x": 1', encoding="utf-8"),
            "not valid JSON",
        ),
        (lambda p: _edit_manifest(p, round_file="../../etc/passwd"), "round_file"),
        (lambda p: _edit_manifest(p, extract="../outside.pdf"), "the path leaves the package folder"),
        (lambda p: _edit_manifest(p, unexpected=True), "unknown field 'unexpected'"),
        (lambda p: _edit_manifest(p, to_stage="university"), "a department stage sends to the faculty stage"),
        (lambda p: _append(next(p.glob("*.round.json")), b" "), ""),  # whitespace: the digest of the data is kept
        (lambda p: _edit_round(p), "the round file was changed after the package was made"),
        (lambda p: _append(next((p / "extracts").glob("*.pdf")), b"%"), "the protocol extract was changed"),
        (lambda p: _edit_record(p), "was changed after it was made"),
    ],
)
def test_a_damaged_package_is_refused_with_the_place(two, tmp_path, damage, expected):
    a, _ = two
    damage(a)
    if not expected:
        read_package(a)
        return
    with pytest.raises(InputError) as info:
        gather_packages(tmp_path / "faculty.round.json", [a])
    assert expected in str(info.value)
    assert not (tmp_path / "faculty.round.json").exists()


def _edit_manifest(folder: Path, **changes) -> None:
    path = folder / PACKAGE_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


def _append(path: Path, data: bytes) -> None:
    with path.open("ab") as handle:
        handle.write(data)


def _edit_round(folder: Path) -> None:
    path = next(folder.glob("*.round.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"][0]["title"] = "Басқа курс"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _edit_record(folder: Path) -> None:
    record = next((folder / "sources").glob("*.json"))
    data = json.loads(record.read_text(encoding="utf-8"))
    data["place"] = 1
    data["result"] = 210
    record.write_text(json.dumps(data), encoding="utf-8")


def test_advancing_more_than_the_regulation_allows_is_refused(tmp_path, capsys):
    round_path = _department(tmp_path / "d", "Кафедра", "Факультет", ["А", "Б", "В", "Г"])
    sheets = _sheets(
        round_path, {x: {"m01": 9, "m02": 8, "m03": 7, "m04": 6} for x in ("e1", "e2", "e3")}, tmp_path / "s"
    )
    decided = _decisions(tmp_path, "9", advancing=["m01", "m02", "m03", "m04"])
    assert (
        main(
            [
                "next-stage",
                str(round_path),
                *map(str, sheets),
                "--out",
                str(tmp_path / "p"),
                "--decisions",
                str(decided),
            ]
        )
        == 2
    )
    assert (
        "at the department stage at most 3 entries advance (regulation 9.5), 4 were chosen" in capsys.readouterr().err
    )
    assert not (tmp_path / "p").exists() and not list(tmp_path.glob(".p.partial-*"))


def test_the_admission_checklist_asks_for_the_lower_stage_extract(two, tmp_path):
    a, b = two
    faculty = tmp_path / "f" / "faculty.round.json"
    gather_packages(faculty, [a, b])
    round_file = load_round(faculty)
    entry = round_file.round.entries[0]
    context = ("faculty", round_file.folder)
    item = next(i for i in entry_checklist(entry, round_context=context) if i.key == "lower_stage_extract")
    assert item.status == "ok" and item.rule == "9.5, 9.9" and item.args[:3] == ("department", "ok", "A кафедрасы")
    # The extract lost on the way: the item fails.
    extract = next(x for x in entry.attachments if x.kind == "stage_extract")
    round_file.media_path(extract).unlink()
    item = next(i for i in entry_checklist(entry, round_context=context) if i.key == "lower_stage_extract")
    assert item.status == "fail" and item.args[:2] == ("department", "changed")
    # An entry the organiser typed in by hand has none.
    bare = {"id": "m99", "title": "Қолмен енгізілген", "authors": [{"name": "Х"}]}
    item = next(i for i in entry_checklist(bare, round_context=context) if i.key == "lower_stage_extract")
    assert item.status == "fail" and item.args == ("department", "missing")
    # A department round has no such item.
    assert "lower_stage_extract" not in [i.key for i in entry_checklist(bare, round_context=("department", None))]
    shutil.rmtree(tmp_path / "f")


def test_a_record_changed_in_the_gathered_round_is_marked_in_the_protocol(two, tmp_path, capsys):
    a, b = two
    faculty = tmp_path / "f" / "faculty.round.json"
    gather_packages(faculty, [a, b])
    record = next((tmp_path / "f" / "docs" / "m02").glob("source-*.json"))
    data = json.loads(record.read_text(encoding="utf-8"))
    data["place"] = 1
    record.write_text(json.dumps(data), encoding="utf-8")
    ids = [e.id for e in load_round(faculty).round.entries]
    sheets = _sheets(
        faculty, {x: dict(zip(ids, [9, 8, 7, 6], strict=True)) for x in ("e1", "e2", "e3")}, tmp_path / "fs"
    )
    protocol = tmp_path / "p.pdf"
    assert (
        main(
            [
                "merge",
                str(faculty),
                *map(str, sheets),
                "--decisions",
                str(_decisions(tmp_path, "5")),
                "--protocol",
                str(protocol),
            ]
        )
        == 0
    )
    flat = " ".join(pdf_text(protocol).split())
    assert "Физика үзінді тексеруден өтпеді" in flat
    assert "кафедра: A кафедрасы; хаттама № A, 2026-11-20 1-орын" in flat  # Химия's own record is intact


def test_gather_from_the_command_line_flags_the_same_course_with_exit_1(two, tmp_path, capsys):
    a, b = two
    out = tmp_path / "g" / "faculty.round.json"
    assert main(["gather", str(out), str(a), str(b)]) == 1
    captured = capsys.readouterr()
    assert "FLAG  m01 and m02-2 look like the same course (same title and author)" in captured.err
    assert "m02-2        from B кафедрасы (was m02)" in captured.out
    assert load_round(out).round.stage == "faculty"
    assert main(["gather", str(tmp_path / "h.round.json"), str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err
