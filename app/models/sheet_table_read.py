"""A table of scores read from its file: CSV (UTF-8, with or without BOM, comma or semicolon
separated) or XLSX (first worksheet), size and row count bounded, empty rows dropped, header first.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.models.errors import InputError
from app.models.files import read_limited
from app.models.xlsx_guard import check_xlsx_archive

MAX_TABLE_BYTES = 16 * 1024 * 1024
MAX_TABLE_ROWS = 100_000  # a round has one row per entry: far more is not a sheet's table


@dataclass
class ScoreTable:
    header: list[str]
    rows: list[tuple[int, list[object]]]  # (row number as the user sees it, cells)


def read_table(path: Path) -> ScoreTable:
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers"):
        raise InputError(
            path,
            "",
            f"{suffix} tables are not read",
            "save the table as .xlsx or as CSV (UTF-8)",
            code="table_kind_not_read",
            args=(suffix,),
        )
    raw = read_limited(path, MAX_TABLE_BYTES)
    if suffix in (".xlsx", ".xlsm") or raw.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, raw)
    return _read_csv(path, raw)


def _read_csv(path: Path, raw: bytes) -> ScoreTable:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            path,
            f"line {line}",
            "the table is not UTF-8 text",
            "save it as «CSV UTF-8» (Excel: Save as → CSV UTF-8)",
            code="table_not_utf8",
            args=(line,),
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputError(
            path,
            "",
            f"the CSV cannot be read ({exc})",
            "save it again from the spreadsheet program",
            code="csv_unreadable",
            args=(exc,),
        ) from None
    if len(lines) > MAX_TABLE_ROWS:
        raise _too_many_rows(path)
    return _table(path, [(number, list(cells)) for number, cells in enumerate(lines, start=1)])


def _read_xlsx(path: Path, raw: bytes) -> ScoreTable:
    check_xlsx_archive(raw, path)
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(
            path,
            "",
            f"the file is not a readable .xlsx workbook ({exc})",
            "save it again as .xlsx, or export it as CSV (UTF-8)",
            code="xlsx_unreadable",
            args=(str(exc)[:200],),
        ) from None
    try:
        sheet = book.worksheets[0]
        lines: list[tuple[int, list[object]]] = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_TABLE_ROWS:
                raise _too_many_rows(path)
            lines.append((number, list(cells)))
    finally:
        book.close()
    return _table(path, lines)


def _too_many_rows(path: Path) -> InputError:
    return InputError(
        path,
        "",
        f"the table has more than {MAX_TABLE_ROWS} rows",
        "a sheet's table has one row per entry of the round; choose the right file",
        code="table_too_many_rows",
        args=(MAX_TABLE_ROWS,),
    )


def _table(path: Path, lines: list[tuple[int, list[object]]]) -> ScoreTable:
    lines = [(n, cells) for n, cells in lines if any(cell_text(c) for c in cells)]
    if not lines:
        raise InputError(
            path,
            "",
            "the table is empty",
            "the first row is the header: entry_id, c1, c2, …, comment",
            code="table_empty",
        )
    (_, header), rows = lines[0], lines[1:]
    return ScoreTable([cell_text(h) for h in header], rows)


def cell_text(value: object, strip: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.strip() if strip else text
