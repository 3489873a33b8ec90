"""The Google Forms responses export (CSV or XLSX) read as a table of text cells.

The organiser downloads the responses as .csv (UTF-8, or Windows-1251 when Excel saved it; comma,
semicolon or tab separated, or UTF-16) or as the linked Google Sheet's .xlsx; both become a `Table`
of strings, header first. Damaged or hostile files are refused with a message naming the fix.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.models.errors import InputError
from app.models.files import read_limited

MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_TABLE_ROWS = 100_000  # applications of one competition are far fewer


@dataclass(frozen=True)
class Table:
    """A spreadsheet as text: the header row and the data rows (all cells strings)."""

    source: Path
    headers: list[str]
    rows: list[list[str]]

    def cell(self, row: int, column: int | None) -> str:
        if column is None or column >= len(self.rows[row]):
            return ""
        return self.rows[row][column].strip()


def read_table(path: str | Path) -> Table:
    """The first sheet of an XLSX file, or a CSV file (UTF-8, or Windows-1251 from Excel; , ; or tab)."""
    path = Path(path)
    raw = read_limited(path, MAX_TABLE_BYTES)
    rows = _xlsx_rows(raw, path) if raw[:4] == b"PK\x03\x04" else _csv_rows(raw, path)
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if len(rows) > MAX_TABLE_ROWS:
        raise InputError(
            path,
            "",
            f"the table has more than {MAX_TABLE_ROWS} rows",
            "choose the export of this competition's applications",
            code="table_too_many_rows",
            args=(MAX_TABLE_ROWS,),
        )
    if not rows:
        raise InputError(
            path,
            "",
            "the table is empty",
            "export the responses again from Google Forms "
            "(Responses → ⋮ → Download responses (.csv)) or from the linked Google Sheet",
            code="responses_empty",
        )
    headers = [h.strip() for h in rows[0]]
    width = len(headers)
    body = [row + [""] * (width - len(row)) for row in rows[1:]]
    return Table(path, headers, body)


def _csv_rows(raw: bytes, path: Path) -> list[list[str]]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:  # a lone surrogate or a cut-off last character
            raise InputError(
                path,
                "",
                "this is not a readable UTF-16 text file",
                "export the responses again as .csv or .xlsx",
                code="not_utf16",
            ) from None
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1251", errors="replace")
    if "\x00" in text:
        raise InputError(
            path,
            "",
            "this is not a CSV text file",
            "choose the .csv or .xlsx export of the responses",
            code="responses_not_csv",
        )
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise InputError(
            path,
            "",
            f"the CSV text cannot be read ({exc})",
            "export the responses again",
            code="responses_csv_unreadable",
            args=(exc,),
        ) from None


def _xlsx_rows(raw: bytes, path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    from app.models.xlsx_guard import check_xlsx_archive

    check_xlsx_archive(raw, path)  # zip bombs and DTDs are refused before openpyxl parses anything
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(
            path,
            "",
            f"the Excel file cannot be read ({exc})",
            "open it in Excel or LibreOffice and save it again as .xlsx, or export as .csv",
            code="responses_xlsx_unreadable",
            args=(str(exc)[:200],),
        ) from None
    try:
        sheet = book.worksheets[0]
        return [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
