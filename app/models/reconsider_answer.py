"""The expert's side of reconsideration: the new revision of the sheet answering a request, each
requested cell kept or changed (a change with a written justification)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.models.errors import InputError, Problem
from app.models.reconsideration import RequestFile, check_request, reconsider_problem
from app.models.round import RoundFile
from app.models.sheet import Sheet, SheetFile


@dataclass(frozen=True)
class Answer:
    """The expert's answer to one requested cell: the score after (the same one keeps it)."""

    entry_id: str
    criterion_id: str
    after: int
    justification: str = ""


def revised_sheet_body(
    round_file: RoundFile, previous: SheetFile, req: RequestFile, answers: Sequence[Answer], revision: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(evaluations, reconsiderations) of the revision answering `req`: the referred sheet with the
    requested cells revised. Every requested cell needs an answer; a changed score needs a written
    justification and must lie in the criterion's range. InputError lists each problem."""
    check_request(req, round_file, previous.sheet.expert_id, previous)
    criteria = {c.id: c for c in round_file.round.criteria}
    given = {(a.entry_id, a.criterion_id): a for a in answers}
    problems: list[Problem] = []
    for key in given:
        if req.request.cell(*key) is None:
            problems.append(
                reconsider_problem(
                    f"{key[0]}/{key[1]}",
                    "this cell was not requested",
                    "answer only the requested cells; other changes need a separate revision",
                    "reconsider_not_requested",
                    f"{key[0]}/{key[1]}",
                )
            )
    evaluations = json.loads(json.dumps(previous.data["evaluations"]))
    by_entry = {ev["entry_id"]: ev for ev in evaluations}
    reconsiderations: list[dict[str, Any]] = []
    for cell in req.request.cells:
        place = f"{cell.entry_id}/{cell.criterion_id}"
        answer = given.get((cell.entry_id, cell.criterion_id))
        if answer is None:
            problems.append(
                reconsider_problem(
                    place,
                    "the requested cell has no answer",
                    "keep the score or change it",
                    "reconsider_unanswered",
                    place,
                )
            )
            continue
        crit = criteria[cell.criterion_id]
        if not crit.min <= answer.after <= crit.max:
            problems.append(
                reconsider_problem(
                    place,
                    f"the score {answer.after} is out of range {crit.min}–{crit.max}",
                    "give a score within the range",
                    "reconsider_out_of_range",
                    place,
                    answer.after,
                    crit.min,
                    crit.max,
                )
            )
            continue
        if answer.after != cell.score and not answer.justification.strip():
            problems.append(
                reconsider_problem(
                    place,
                    f"the score changes {cell.score} → {answer.after} without a written justification",
                    "write why the score changes",
                    "justification_required",
                    place,
                    cell.score,
                    answer.after,
                )
            )
            continue
        by_entry[cell.entry_id]["scores"][cell.criterion_id] = answer.after
        reconsiderations.append(
            {
                "request_sha256": req.sha256,
                "entry_id": cell.entry_id,
                "criterion_id": cell.criterion_id,
                "before": cell.score,
                "after": answer.after,
                "justification": answer.justification.strip(),
            }
        )
    if revision <= previous.sheet.revision:
        problems.append(
            reconsider_problem(
                "revision",
                f"the revision {revision} is not newer than the sheet's {previous.sheet.revision}",
                "",
                "reconsider_revision",
                revision,
            )
        )
    if problems:
        raise InputError(req.name, problems=problems)
    return evaluations, reconsiderations


def build_revised_sheet(
    round_file: RoundFile, previous: SheetFile, req: RequestFile, answers: Sequence[Answer], revision: int | None = None
) -> dict[str, Any]:
    """The signed revision answering the request (`revision` defaults to the previous one + 1)."""
    from app.models.keys import sign_as_expert
    from app.models.sheet_build import build_signed_sheet

    revision = revision or previous.sheet.revision + 1
    evaluations, reconsiderations = revised_sheet_body(round_file, previous, req, answers, revision)
    signed = build_signed_sheet(round_file, previous.sheet.expert_id, evaluations, revision)
    body = {k: v for k, v in signed.items() if k != "signature"}
    body["reconsiderations"] = reconsiderations
    expert = round_file.round.expert(previous.sheet.expert_id)
    assert expert is not None  # build_signed_sheet refused an unknown expert
    resigned = sign_as_expert(body, expert.name, expert.public_key, source=round_file.path)
    Sheet.model_validate(resigned)
    return resigned
