"""A signed sheet from a table of scores (`sarapshy sheet fill ROUND --expert ID --scores TABLE`).

The table is CSV (UTF-8, with or without BOM, comma or semicolon separated) or XLSX (first
worksheet). Header: `entry_id`, one column per criterion id, `comment`, and optionally `recused`
(`yes` for a recusal, criteria then empty) and `recusal_reason`. One row per entry of the round.
Every problem found is reported at once, each with its row and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.models.errors import InputError, Problem
from app.models.round import RoundFile
from app.models.sheet_build import build_signed_sheet
from app.models.sheet_table_columns import ProblemList, TableRow, capped, damaged_cell, header_columns
from app.models.sheet_table_read import ScoreTable, cell_text, read_table
from app.models.untrusted import shorten

YES = {"yes", "y", "иә", "да", "true", "1"}
NO = {"", "no", "n", "жоқ", "нет", "false", "0"}


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


def evaluations_from_table(round_file: RoundFile, table: ScoreTable, path: Path) -> list[dict[str, Any]]:
    """Sheet evaluations (round order) from the table; InputError listing every problem."""
    rnd = round_file.round
    criteria = {c.id: c for c in rnd.criteria}
    columns, header_problems = header_columns(table.header, list(criteria))
    if header_problems:
        raise InputError(path, problems=capped(header_problems))
    problems = ProblemList()
    known_ids = shorten(", ".join(e.id for e in rnd.entries), 200)
    entry_ids = "use one of: " + known_ids
    found: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    for number, cells in table.rows:
        row = TableRow(number, cells, columns)
        cell, place, cell_at = row.cell, row.place, row.cell_at
        damaged = damaged_cell(cells, number)
        if damaged is not None:
            problems.append(damaged)
            continue
        entry_id = cell_text(cell("entry_id"))
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
        recused_text = cell_text(cell("recused")).casefold()
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
        filled = {cid: cell(cid) for cid in criteria if cell_text(cell(cid))}
        if recused_text in YES:
            reason = cell_text(cell("recusal_reason"))
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
                shown = cell_text(cell(cid))
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
            comment = cell_text(cell("comment"), strip=False).strip("\r\n")
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
