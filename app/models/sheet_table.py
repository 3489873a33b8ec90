"""A signed sheet from a table of scores (`sarapshy sheet fill ROUND --expert ID --scores TABLE`).

The table is CSV (UTF-8, with or without BOM, comma or semicolon separated) or XLSX (first
worksheet). Header: `entry_id`, one column per criterion id, `comment`, and optionally `recused`
(`yes` for a recusal, criteria then empty) and `recusal_reason`. One row per entry of the round.
Every problem found is reported at once, each with its row and column.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.round import RoundFile
from app.models.sheet_build import build_signed_sheet
from app.models.untrusted import bad_character, shorten
from app.models.xlsx_guard import check_xlsx_archive

MAX_TABLE_BYTES = 16 * 1024 * 1024
MAX_TABLE_ROWS = 100_000  # a round has one row per entry: far more is not a sheet's table
MAX_PROBLEMS = 100  # listed one by one; the rest are counted
FIXED_COLUMNS = ("entry_id", "comment", "recused", "recusal_reason")
YES = {"yes", "y", "иә", "да", "true", "1"}
NO = {"", "no", "n", "жоқ", "нет", "false", "0"}


@dataclass
class _Table:
    header: list[str]
    rows: list[tuple[int, list[object]]]  # (row number as the user sees it, cells)


@dataclass(frozen=True)
class _Row:
    """A row of the table, its cells named by the columns of the header."""

    number: int  # as the user sees it
    cells: list[object]
    columns: dict[str, int]  # column name → index

    def cell(self, name: str) -> object:
        return self.cells[self.columns[name]] if name in self.columns and self.columns[name] < len(self.cells) else None

    def place(self, name: str) -> str:
        return f"row {self.number}, column {name} ({get_column_letter(self.columns[name] + 1)})"

    def cell_at(self, name: str) -> tuple[str, str]:
        return (str(self.number), f"{name} ({get_column_letter(self.columns[name] + 1)})")


def fill_sheet_from_table(
    round_file: RoundFile, expert_id: str, table_path: str | Path, revision: int = 1
) -> dict[str, Any]:
    """Read and check the table, then return the sheet signed with this computer's key for the expert."""
    table_path = Path(table_path)
    if round_file.round.expert(expert_id) is None:
        known = ", ".join(e.id for e in round_file.round.commission.experts)
        raise InputError(
            round_file.path,
            "commission.experts",
            f"there is no expert {expert_id!r} in the round",
            f"use one of: {known}",
            code="no_such_expert",
            args=(expert_id, known),
        )
    evaluations = evaluations_from_table(round_file, read_table(table_path), table_path)
    return build_signed_sheet(round_file, expert_id, evaluations, revision)


def read_table(path: Path) -> _Table:
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


def _read_csv(path: Path, raw: bytes) -> _Table:
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


def _read_xlsx(path: Path, raw: bytes) -> _Table:
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


def _table(path: Path, lines: list[tuple[int, list[object]]]) -> _Table:
    lines = [(n, cells) for n, cells in lines if any(_text(c) for c in cells)]
    if not lines:
        raise InputError(
            path,
            "",
            "the table is empty",
            "the first row is the header: entry_id, c1, c2, …, comment",
            code="table_empty",
        )
    (_, header), rows = lines[0], lines[1:]
    return _Table([_text(h) for h in header], rows)


def evaluations_from_table(round_file: RoundFile, table: _Table, path: Path) -> list[dict[str, Any]]:
    """Sheet evaluations (round order) from the table; InputError listing every problem."""
    rnd = round_file.round
    criteria = {c.id: c for c in rnd.criteria}
    columns, header_problems = _columns(table.header, list(criteria))
    if header_problems:
        raise InputError(path, problems=_capped(header_problems))
    problems = _ProblemList()
    known_ids = shorten(", ".join(e.id for e in rnd.entries), 200)
    entry_ids = "use one of: " + known_ids
    found: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    for number, cells in table.rows:
        row = _Row(number, cells, columns)
        cell, place, cell_at = row.cell, row.place, row.cell_at
        damaged = _damaged_cell(cells, number)
        if damaged is not None:
            problems.append(damaged)
            continue
        entry_id = _text(cell("entry_id"))
        if not entry_id:
            problems.append(
                Problem(
                    place("entry_id"),
                    "the entry id is empty",
                    "write the entry's id, e.g. m01",
                    "table_entry_empty",
                    cell_at("entry_id"),
                )
            )
            continue
        if rnd.entry(entry_id) is None:
            problems.append(
                Problem(
                    place("entry_id"),
                    f"there is no entry {shorten(entry_id)!r} in the round",
                    entry_ids,
                    "table_no_entry",
                    (*cell_at("entry_id"), shorten(entry_id), known_ids),
                )
            )
            continue
        if entry_id in seen:
            problems.append(
                Problem(
                    place("entry_id"),
                    f"entry {entry_id} appears twice",
                    "keep one row per entry",
                    "table_entry_twice",
                    (*cell_at("entry_id"), entry_id),
                )
            )
            continue
        seen.add(entry_id)
        recused_text = _text(cell("recused")).casefold()
        if recused_text not in YES | NO:
            problems.append(
                Problem(
                    place("recused"),
                    f"{shorten(recused_text)!r} is not understood",
                    "write yes for a recusal, or leave the cell empty",
                    "table_recused_unclear",
                    (*cell_at("recused"), shorten(recused_text)),
                )
            )
            continue
        filled = {cid: cell(cid) for cid in criteria if _text(cell(cid))}
        if recused_text in YES:
            reason = _text(cell("recusal_reason"))
            if filled:
                problems.append(
                    Problem(
                        place(next(iter(filled))),
                        f"entry {entry_id} is recused but has scores",
                        "leave the criteria empty for a recused entry, or remove yes from recused",
                        "table_recused_scored",
                        (*cell_at(next(iter(filled))), entry_id),
                    )
                )
            elif not reason:
                problems.append(
                    Problem(
                        f"row {number}, column recusal_reason",
                        "a recusal needs a reason",
                        "say briefly why, e.g. I am a co-author of this course",
                        "table_recusal_reason",
                        (str(number), "recusal_reason"),
                    )
                )
            else:
                found[entry_id] = {"entry_id": entry_id, "recused": True, "recusal_reason": reason}
            continue
        scores: dict[str, int] = {}
        for cid, criterion in criteria.items():
            value = _whole_number(cell(cid))
            if value is None:
                shown = _text(cell(cid))
                problems.append(
                    Problem(
                        place(cid),
                        f"the score {shorten(shown)!r} is not a whole number" if shown else "the score is missing",
                        f"write a whole number from {criterion.min} to {criterion.max}",
                        "table_score_not_number" if shown else "table_score_missing",
                        (*cell_at(cid), str(criterion.min), str(criterion.max), shorten(shown)),
                    )
                )
            elif not criterion.min <= value <= criterion.max:
                problems.append(
                    Problem(
                        place(cid),
                        f"the score {value} is out of range",
                        f"write a whole number from {criterion.min} to {criterion.max}",
                        "table_score_out_of_range",
                        (*cell_at(cid), str(criterion.min), str(criterion.max), str(value)),
                    )
                )
            else:
                scores[cid] = value
        if len(scores) == len(criteria):
            evaluation: dict[str, Any] = {"entry_id": entry_id, "scores": scores}
            comment = _text(cell("comment"), strip=False).strip("\r\n")
            if comment.strip():
                evaluation["comment"] = comment
            found[entry_id] = evaluation
    missing = [e.id for e in rnd.entries if e.id not in seen]
    if missing:
        problems.append(
            Problem(
                "entry_id",
                f"entries missing from the table: {shorten(', '.join(missing), 200)}",
                "add a row for each (scores, or recused = yes with a reason)",
                "table_entries_missing",
                (shorten(", ".join(missing), 200),),
            )
        )
    if problems:
        raise InputError(path, problems=problems.listed())
    return [found[e.id] for e in rnd.entries]


class _ProblemList(list[Problem]):
    """Problems of a table: the first `MAX_PROBLEMS` are kept, the others only counted."""

    def __init__(self) -> None:
        super().__init__()
        self.more = 0

    def append(self, problem: Problem) -> None:
        if len(self) < MAX_PROBLEMS:
            super().append(problem)
        else:
            self.more += 1

    def listed(self) -> list[Problem]:
        if not self.more:
            return list(self)
        return [*self, _more_problems(self.more)]


def _more_problems(count: int) -> Problem:
    return Problem(
        "",
        f"and {count} more problems",
        "correct the ones above first, then check the table again",
        "more_problems",
        (str(count),),
    )


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], _more_problems(len(problems) - MAX_PROBLEMS)]


def _damaged_cell(cells: list[object], number: int) -> Problem | None:
    """A cell holding NUL or a lone surrogate: the row is refused, with its place."""
    for index, value in enumerate(cells):
        if isinstance(value, str):
            found = bad_character(value)
            if found is not None:
                character = found[1]
                return Problem(
                    f"row {number}, column {get_column_letter(index + 1)}",
                    f"the cell holds the character {character}, which a text may not hold",
                    "type the cell again",
                    "bad_cell_character",
                    (character,),
                )
    return None


def _columns(header: list[str], criterion_ids: list[str]) -> tuple[dict[str, int], list[Problem]]:
    known = {name.casefold(): name for name in [*FIXED_COLUMNS, *criterion_ids]}
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    for index, title in enumerate(header):
        place = f"row 1, column {get_column_letter(index + 1)}"
        if not title:
            continue
        name = title if title in known.values() else known.get(title.casefold())
        if name is None:
            problems.append(
                Problem(
                    place,
                    f"unknown column {shorten(title)!r}",
                    f"the columns are entry_id, {', '.join(criterion_ids)}, comment, recused, recusal_reason",
                    "table_unknown_column",
                    ("1", get_column_letter(index + 1), shorten(title), ", ".join(criterion_ids)),
                )
            )
        elif name in columns:
            problems.append(
                Problem(
                    place,
                    f"the column {name} appears twice",
                    "keep one of them",
                    "table_column_twice",
                    ("1", get_column_letter(index + 1), name),
                )
            )
        else:
            columns[name] = index
    for name in ["entry_id", *criterion_ids]:
        if name not in columns:
            problems.append(
                Problem(
                    "row 1 (header)",
                    f"the column {name} is missing",
                    f"add a column titled {name}",
                    "table_column_missing",
                    ("1", name),
                )
            )
    return columns, problems


def _text(value: object, strip: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.strip() if strip else text


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None
