"""The chair's side of reconsideration: the signed request asking one expert about marked cells of
their sheet (format in app/models/reconsideration.py)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.models.errors import InputError, Problem
from app.models.keys import identity_for, load_or_create_key
from app.models.reconsideration import REQUEST_FORMAT, ReconsiderationRequest, reconsider_problem
from app.models.round import RoundFile
from app.models.sheet import SheetFile
from app.models.signing import sign_sheet, verify_sheet_signature


@dataclass(frozen=True)
class MarkedCell:
    """A cell the chair marks for reconsideration, with the question to the expert."""

    entry_id: str
    criterion_id: str
    question: str


def build_request(
    round_file: RoundFile, sheet_file: SheetFile, cells: Sequence[MarkedCell], created_at: datetime | None = None
) -> bytes:
    """The signed request file's bytes for the expert of `sheet_file` (an accepted sheet of this round).
    Raises InputError naming each cell that cannot be asked about."""
    sheet = sheet_file.sheet
    rnd = round_file.round
    expert = rnd.expert(sheet.expert_id)
    problems: list[Problem] = []
    if sheet.round_id != rnd.round_id or sheet.round_sha256 != round_file.sha256 or expert is None:
        problems.append(
            reconsider_problem(
                "",
                "the sheet does not belong to this round file",
                "import the expert's sheet for this round",
                "reconsider_sheet_other_round",
            )
        )
    if not cells:
        problems.append(
            reconsider_problem(
                "", "no cell is marked for reconsideration", "mark at least one cell", "reconsider_no_cells"
            )
        )
    out_cells: list[dict[str, Any]] = []
    for cell in cells:
        place = f"{cell.entry_id}/{cell.criterion_id}"
        ev = sheet.evaluation(cell.entry_id)
        score = (ev.scores or {}).get(cell.criterion_id) if ev and not ev.recused else None
        if score is None:
            problems.append(
                reconsider_problem(
                    place, "the expert gave no score here", "mark a scored cell", "reconsider_cell_unscored", place
                )
            )
        elif not cell.question.strip():
            problems.append(
                reconsider_problem(
                    place,
                    "the question to the expert is empty",
                    "write what the expert should reconsider",
                    "reconsider_question_empty",
                    place,
                )
            )
        else:
            out_cells.append(
                {
                    "entry_id": cell.entry_id,
                    "criterion_id": cell.criterion_id,
                    "score": score,
                    "question": cell.question.strip(),
                }
            )
    if problems:
        raise InputError(sheet_file.name, problems=problems)
    assert expert is not None
    order = {e.id: n for n, e in enumerate(rnd.entries)}
    criteria = {c.id: n for n, c in enumerate(rnd.criteria)}
    out_cells.sort(key=lambda c: (order.get(c["entry_id"], 0), criteria.get(c["criterion_id"], 0)))
    moment = created_at or datetime.now().astimezone()
    document: dict[str, Any] = {
        "format": REQUEST_FORMAT,
        "request_id": str(uuid.uuid4()),
        "round_id": rnd.round_id,
        "round_sha256": round_file.sha256,
        "expert_id": expert.id,
        "expert_name": expert.name,
        "sheet": {
            "sha256": sheet_file.sha256,
            "revision": sheet.revision,
            "code": verify_sheet_signature(sheet_file.data).code,
        },
        "chair_name": rnd.commission.chair.name,
        "created_at": moment.isoformat(timespec="seconds"),
        "cells": out_cells,
    }
    signed = sign_sheet(document, load_or_create_key(identity_for(rnd.commission.chair.name)))
    ReconsiderationRequest.model_validate(signed)  # one we could not read back ourselves is a bug
    return (json.dumps(signed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
