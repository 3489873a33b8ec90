"""The header and the cells of a table of scores: which column is which, a row's cells by column
name with their place as the user sees it, and the problems found (the first `MAX_PROBLEMS` listed).
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from app.models.errors import Problem
from app.models.untrusted import bad_character, shorten

MAX_PROBLEMS = 100  # listed one by one; the rest are counted
FIXED_COLUMNS = ("entry_id", "comment", "recused", "recusal_reason")


@dataclass(frozen=True)
class TableRow:
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


class ProblemList(list[Problem]):
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


def capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], _more_problems(len(problems) - MAX_PROBLEMS)]


def damaged_cell(cells: list[object], number: int) -> Problem | None:
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


def header_columns(header: list[str], criterion_ids: list[str]) -> tuple[dict[str, int], list[Problem]]:
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
