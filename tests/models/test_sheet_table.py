import json

import pytest
from openpyxl import Workbook

from app.models.errors import InputError
from app.models.keys import identity_for, public_key_of
from app.models.round import load_round
from app.models.sheet import check_sheet_against_round, parse_sheet
from app.models.sheet_table import fill_sheet_from_table
from app.models.signing import verify_sheet_signature
from tests.helpers.factories import round_data, write_round

CRITERIA = [f"c{i}" for i in range(1, 8)]
HEADER = ["entry_id", *CRITERIA, "comment", "recused", "recusal_reason"]


@pytest.fixture
def round_file(tmp_path):
    return load_round(write_round(tmp_path / "round", round_data(entries=3)))


def good_rows():
    return [
        ["m01", 8, 7, 9, 6, 7, 8, 9, "Жақсы курс; «өте» жақсы", "", ""],
        ["m02", 5, 5, 5, 5, 5, 5, 5, "", "", ""],
        ["m03", "", "", "", "", "", "", "", "", "yes", "Мен осы курстың авторымын"],
    ]


def write_csv(path, rows, header=HEADER, delimiter=",", bom=False):
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    return path


def write_xlsx(path, rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append([None if cell == "" else cell for cell in row])
    book.save(path)
    return path


def check_good_sheet(sheet, round_file):
    parsed = parse_sheet(json.dumps(sheet, ensure_ascii=False).encode(), "out.sheet.json")
    assert check_sheet_against_round(parsed.sheet, round_file) == []
    check = verify_sheet_signature(sheet)
    assert check.ok
    assert check.public_key == public_key_of(identity_for("Сарапшы 2 Өмірзақ"))
    m01, m02, m03 = parsed.sheet.evaluations
    assert (
        m01.scores == dict(zip(CRITERIA, [8, 7, 9, 6, 7, 8, 9], strict=True))
        and m01.comment == "Жақсы курс; «өте» жақсы"
    )
    assert m02.total == 35
    assert m03.recused and m03.recusal_reason == "Мен осы курстың авторымын"
    assert sheet["expert_id"] == "e2" and sheet["revision"] == 1


@pytest.mark.parametrize("delimiter,bom", [(",", False), (";", True), (";", False), (",", True)])
def test_csv_variants_give_the_same_signed_sheet(tmp_path, round_file, delimiter, bom):
    table = write_csv(tmp_path / "scores.csv", good_rows(), delimiter=delimiter, bom=bom)
    check_good_sheet(fill_sheet_from_table(round_file, "e2", table), round_file)


def test_xlsx_table(tmp_path, round_file):
    table = write_xlsx(tmp_path / "scores.xlsx", good_rows())
    check_good_sheet(fill_sheet_from_table(round_file, "e2", table), round_file)


def test_optional_columns_may_be_left_out(tmp_path, round_file):
    rows = [[f"m0{i}", *[6] * 7] for i in (1, 2, 3)]
    table = write_csv(tmp_path / "s.csv", rows, header=["entry_id", *CRITERIA])
    sheet = fill_sheet_from_table(round_file, "e1", table, revision=3)
    assert sheet["revision"] == 3 and all("comment" not in ev for ev in sheet["evaluations"])


def _error(tmp_path, round_file, rows, header=HEADER):
    table = write_csv(tmp_path / "bad.csv", rows, header=header)
    with pytest.raises(InputError) as err:
        fill_sheet_from_table(round_file, "e1", table)
    assert str(table) in str(err.value)
    return str(err.value)


def test_out_of_range_and_non_integer_scores_name_row_and_column(tmp_path, round_file):
    rows = good_rows()
    rows[0][3] = 11  # c3 of m01: column D, row 2
    rows[1][7] = "7.5"  # c7 of m02: column H, row 3
    rows[1][1] = "жеті"
    text = _error(tmp_path, round_file, rows)
    assert "row 2, column c3 (D): the score 11 is out of range — write a whole number from 1 to 10" in text
    assert "row 3, column c7 (H): the score '7.5' is not a whole number" in text
    assert "row 3, column c1 (B)" in text


def test_unknown_entry_duplicates_and_missing_entries(tmp_path, round_file):
    rows = good_rows()
    rows[1][0] = "m99"
    rows.append(list(good_rows()[0]))
    text = _error(tmp_path, round_file, rows)
    assert "row 3, column entry_id (A): there is no entry 'm99' in the round" in text
    assert "row 5, column entry_id (A): entry m01 appears twice" in text
    assert "entries missing from the table: m02" in text


def test_missing_and_unknown_columns(tmp_path, round_file):
    header = ["entry_id", *CRITERIA[:-1], "c8", "comment"]
    text = _error(tmp_path, round_file, [["m01", *[5] * 7, ""]], header=header)
    assert "the column c7 is missing" in text
    assert "row 1, column H: unknown column 'c8'" in text


def test_recusal_rules(tmp_path, round_file):
    rows = good_rows()
    rows[2][1] = 5  # recused with a score
    rows[1][9] = "maybe"  # recused value not understood
    text = _error(tmp_path, round_file, rows)
    assert "row 4, column c1 (B): entry m03 is recused but has scores" in text
    assert "row 3, column recused (J): 'maybe' is not understood" in text
    rows = good_rows()
    rows[2][10] = ""
    assert "a recusal needs a reason" in _error(tmp_path, round_file, rows)


def test_unreadable_tables(tmp_path, round_file):
    latin = tmp_path / "cp1251.csv"
    latin.write_bytes("entry_id,c1\nm01,Жаксы\n".encode("cp1251"))
    with pytest.raises(InputError, match="not UTF-8"):
        fill_sheet_from_table(round_file, "e1", latin)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"not a readable \.xlsx"):
        fill_sheet_from_table(round_file, "e1", broken)
    with pytest.raises(InputError, match=r"\.xls tables are not read"):
        fill_sheet_from_table(round_file, "e1", tmp_path / "old.xls")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    with pytest.raises(InputError, match="empty"):
        fill_sheet_from_table(round_file, "e1", empty)


def test_unknown_expert(tmp_path, round_file):
    table = write_csv(tmp_path / "s.csv", good_rows())
    with pytest.raises(InputError, match=r"no expert 'e9'.*e1, e2, e3"):
        fill_sheet_from_table(round_file, "e9", table)
