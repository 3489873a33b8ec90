"""Issue 14, item 12: every reader refuses hostile input with a placed message and bounded work."""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main
from app.models import xlsx_guard
from app.models.errors import InputError
from app.models.files import atomic_write_text, read_limited
from app.models.jsonfile import decode_json_document
from app.models.round import load_round
from app.models.sheet import load_sheet
from app.models.sheet_table import fill_sheet_from_table
from app.models.sheet_table_columns import MAX_PROBLEMS
from app.models.sheet_table_read import read_table
from app.models.storage import database_path, open_database
from app.paths import data_dir
from tests.helpers.factories import round_data, write_round

CRITERIA = [f"c{i}" for i in range(1, 8)]


@pytest.fixture
def round_file(tmp_path):
    return load_round(write_round(tmp_path / "round", round_data(entries=3, experts=3)))


def refusal(call, *args) -> InputError:
    with pytest.raises(InputError) as info:
        call(*args)
    return info.value


# --- JSON readers: round, sheet, public key, decisions all decode through one function ----------


@pytest.mark.parametrize(
    "text, code, place",
    [
        ('{"title": "\\ud800"}', "bad_character", "title"),
        ('{"a": {"b": ["x", "y\\u0000z"]}}', "bad_character", "a.b[1]"),
        ('{"\\ud83d": 1}', "bad_character", "\\ud83d"),
        ('{"r": ' + "9" * 5000 + "}", "number_out_of_range", "line 1, column 7"),
        ('{"r": 1e400}', "number_out_of_range", "line 1, column 7"),
        # 2**53 passes Python's JSON but RFC 8785 cannot hold it: accepted, the file could not be signed or checked
        ('{"r": -9007199254740992}', "number_out_of_range", "line 1, column 7"),
        ('{"r": NaN}', "number_out_of_range", "line 1, column 7"),
        ('{\n  "a": 1,\n  "a": 2\n}', "duplicate_key", "line 3, column 3"),
        # in a nested object, after an object that holds the same key once
        ('{"a": {"a": 1},\n "b": [{"q": 1, "a": 1,\n  "a": 2}]}', "duplicate_key", "line 3, column 3"),
    ],
)
def test_json_refusals_are_coded_and_placed(text, code, place):
    error = refusal(decode_json_document, text.encode("utf-8"), "x.json")
    assert error.code == code
    if place:
        assert error.place == place
    str(error).encode("utf-8")  # printable: no lone surrogate reaches a message


def test_long_keys_and_values_are_cut_in_messages(round_file, tmp_path):
    long_key = "k" * 100_000
    error = refusal(
        decode_json_document, json.dumps({long_key: 1, "x": 2}).replace('"x"', json.dumps(long_key)).encode(), "x.json"
    )
    assert len(str(error)) < 400 and "100000 characters" in str(error)
    data = round_data(entries=3, experts=3)
    data[long_key] = 1
    path = write_round(tmp_path / "long", data)
    error = refusal(load_round, path)
    assert len(str(error)) < 600 and "100000 characters" in str(error)


def test_a_round_with_a_lone_surrogate_or_nul_is_refused_by_validate(tmp_path, capsys):
    data = round_data(entries=3, experts=3)
    text = json.dumps(data, ensure_ascii=True).replace('"m01"', '"m01\\ud800"', 1)
    path = tmp_path / "bad.round.json"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "entries[0].id" in err and "U+D800" in err
    path.write_text(json.dumps(data, ensure_ascii=True).replace('"m01"', '"m0\\u00001"', 1), encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert "NUL" in capsys.readouterr().err


def test_a_sheet_with_a_nul_in_its_comment_is_refused_with_its_place(tmp_path):
    path = tmp_path / "x.sheet.json"
    path.write_text('{"format": "sarapshy-sheet/1", "evaluations": [{"comment": "a\\u0000b"}]}', encoding="utf-8")
    error = refusal(load_sheet, path)
    assert error.place == "evaluations[0].comment" and error.code == "bad_character"


# --- paths --------------------------------------------------------------------------------------


def test_paths_with_nul_or_undecodable_bytes_are_refused_not_crashing(tmp_path, capsys):
    assert refusal(read_limited, str(tmp_path / "a\x00b.json"), 100).code == "bad_path"
    undecodable = os.fsdecode(b"\xff\xfe.sheet.json")  # how Linux hands such a name to Python
    assert refusal(read_limited, tmp_path / undecodable, 100).code == "bad_path"
    assert main(["verify", str(tmp_path / undecodable)]) == 1
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert "FAIL" in out


def test_300_character_file_names_are_refused_for_reading_and_writing(tmp_path):
    name = "ә" * 290 + ".sheet.json"
    assert refusal(read_limited, tmp_path / name, 100).code == "name_too_long"
    error = refusal(atomic_write_text, tmp_path / name, "{}")
    assert error.code == "name_too_long" and error.problems[0].args == ("301", "255")
    atomic_write_text(tmp_path / ("ә" * 120 + ".json"), "{}")  # a long name that fits still works


# --- tables (CSV and XLSX) ----------------------------------------------------------------------


def workbook_bytes(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rewrite_part(xlsx: bytes, name: str, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, change(data) if info.filename == name else data)
    return out.getvalue()


GOOD_ROWS = [["entry_id", *CRITERIA, "comment"], *[[f"m0{i}", *[7] * 7, "ok"] for i in (1, 2, 3)]]


def test_an_xlsx_with_a_dtd_is_refused_before_openpyxl(tmp_path, monkeypatch):
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    xlsx = rewrite_part(
        workbook_bytes(GOOD_ROWS),
        "xl/worksheets/sheet1.xml",
        lambda data: laughs + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data),
    )
    path = tmp_path / "dtd.xlsx"
    path.write_bytes(xlsx)
    monkeypatch.setattr(
        "app.models.sheet_table_read.load_workbook", lambda *a, **k: pytest.fail("openpyxl was reached")
    )
    error = refusal(read_table, path)
    assert error.code == "xlsx_dtd" and "sheet1.xml" in str(error)


def test_an_xlsx_bomb_is_refused_from_its_declared_sizes(tmp_path, monkeypatch):
    padded = rewrite_part(
        workbook_bytes(GOOD_ROWS),
        "xl/worksheets/sheet1.xml",
        lambda data: data.replace(b"<sheetData>", b"<sheetData>" + b" " * (8 * 1024 * 1024)),
    )
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(padded)
    monkeypatch.setattr(
        "app.models.sheet_table_read.load_workbook", lambda *a, **k: pytest.fail("openpyxl was reached")
    )
    error = refusal(read_table, path)
    assert error.code == "xlsx_bomb" and "sheet1.xml" in str(error)  # 8 MB of spaces compress ~1000 times
    monkeypatch.setattr(xlsx_guard, "MAX_UNCOMPRESSED", 4 * 1024 * 1024)
    assert refusal(read_table, path).code == "xlsx_too_large"


def test_an_xlsx_lying_about_its_sizes_is_stopped_at_the_declared_size(tmp_path):
    xlsx = bytearray(workbook_bytes(GOOD_ROWS))
    # shrink the declared uncompressed size of sheet1.xml in the central directory to 10 bytes
    name = b"xl/worksheets/sheet1.xml"
    position = xlsx.find(b"PK\x01\x02")
    while xlsx[position + 46 : position + 46 + len(name)] != name:
        position = xlsx.find(b"PK\x01\x02", position + 4)
        assert position >= 0
    xlsx[position + 24 : position + 28] = (10).to_bytes(4, "little")
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(xlsx))
    error = refusal(read_table, path)
    assert error.code in ("xlsx_unreadable", "xlsx_bomb_hidden")


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_many_bad_rows_give_a_capped_list_that_says_how_many_more(round_file, tmp_path):
    bad = [f"zz{i}," + ",".join(["x"] * 7) + ",c" for i in range(5000)]
    path = write_csv(tmp_path / "bad.csv", ["entry_id," + ",".join(CRITERIA) + ",comment", *bad])
    error = refusal(fill_sheet_from_table, round_file, "e1", path)
    assert len(error.problems) == MAX_PROBLEMS + 1
    assert error.problems[-1].code == "more_problems" and error.problems[-1].args == ("4901",)
    assert "and 4901 more problems" in str(error) and len(str(error)) < 40_000


def test_a_table_of_a_million_rows_is_refused_without_reading_them_all(round_file, tmp_path):
    path = tmp_path / "million.csv"
    path.write_text("entry_id," + ",".join(CRITERIA) + "\n" + "x,1\n" * 1_000_000, encoding="utf-8")
    error = refusal(fill_sheet_from_table, round_file, "e1", path)
    assert error.code == "table_too_many_rows"


def test_a_nul_in_a_table_cell_is_refused_with_row_and_column(round_file, tmp_path):
    rows = [
        "entry_id," + ",".join(CRITERIA) + ",comment",
        "m01," + ",".join(["7"] * 7) + ",ok",
        "m02," + ",".join(["7"] * 7) + ",a\x00b",
        "m03," + ",".join(["7"] * 7) + ",ok",
    ]
    error = refusal(fill_sheet_from_table, round_file, "e1", write_csv(tmp_path / "nul.csv", rows))
    assert error.problems[0].place == "row 3, column I" and error.problems[0].code == "bad_cell_character"


def test_a_long_unknown_column_title_is_cut(round_file, tmp_path):
    path = write_csv(tmp_path / "long.csv", ["entry_id," + ",".join(CRITERIA) + "," + "q" * 50_000])
    assert len(str(refusal(fill_sheet_from_table, round_file, "e1", path))) < 1000


# --- the data folder and the databases are the user's alone --------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_databases_are_owner_only(round_file):
    db = open_database(round_file.round.round_id, "chair")
    try:
        db.execute("CREATE TABLE IF NOT EXISTS t (x)")
        path = database_path(round_file.round.round_id, "chair")
        assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for name in (path, path.with_name(path.name + "-wal")):
            assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_loose_permissions_left_by_an_older_version_are_tightened(round_file):
    path = database_path(round_file.round.round_id, "expert")
    open_database(round_file.round.round_id, "expert").close()
    path.chmod(0o644)
    data_dir().chmod(0o755)
    open_database(round_file.round.round_id, "expert").close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(data_dir().stat().st_mode) == 0o700


def test_merge_writes_its_results_when_a_file_name_has_undecodable_bytes(tmp_path, capsys):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tests.helpers.sheets import write_signed

    round_path = write_round(tmp_path / "round", round_data(entries=3, experts=3))
    good = write_signed(tmp_path, round_path, "e1", Ed25519PrivateKey.generate())
    odd = tmp_path / os.fsdecode(b"\xff.sheet.json")
    odd.write_bytes(good.read_bytes())
    assert main(["merge", str(round_path), str(good), str(odd), "--json", str(tmp_path / "r.json")]) == 1
    sheets = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["sheets"]
    assert sheets[1]["file"] == "\\udcff.sheet.json" and sheets[1]["status"] == "rejected"
    assert "U+DCFF" in capsys.readouterr().err


def test_a_remembered_column_mapping_with_hostile_keys_is_read_and_saved_back(tmp_path):
    from app.models.applications_mapping import mappings_path, remember_mapping, remembered_mapping

    mappings_path().write_text(
        '{"headers": {"\\ud800": "title", "a\\u0000": "title", "ok": "", "n": ' + "9" * 5000 + "}}", encoding="utf-8"
    )
    assert remembered_mapping() == {}  # the 5,000-digit number makes the file unreadable: forgotten
    mappings_path().write_text('{"headers": {"\\ud800": "title", "a\\u0000": "title", "ok": ""}}', encoding="utf-8")
    assert remembered_mapping() == {"ok": ""}
    remember_mapping(["Course title"], {"title": 0})
    assert "ok" in remembered_mapping()


def test_the_applications_table_refuses_broken_utf16_and_a_million_rows(tmp_path):
    from app.models.applications_table import read_table as read_applications

    broken = tmp_path / "responses.csv"
    broken.write_bytes(b"\xff\xfe" + "a,b\n".encode("utf-16-le") + b"\x00\xd8")
    assert refusal(read_applications, broken).code == "not_utf16"
    many = tmp_path / "many.csv"
    many.write_text("title,author\n" + "x,y\n" * 1_000_000, encoding="utf-8")
    assert refusal(read_applications, many).code == "table_too_many_rows"
