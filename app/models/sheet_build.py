"""Assembling a sheet document (`sarapshy-sheet/1`) and signing it as the expert.

Shared by the expert's workspace (finalise and export) and `sarapshy sheet fill` (from a table).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app import __version__
from app.models.errors import InputError
from app.models.keys import sign_as_expert
from app.models.round import RoundFile
from app.models.sheet import SHEET_FORMAT, Sheet


def build_signed_sheet(
    round_file: RoundFile,
    expert_id: str,
    evaluations: list[dict[str, Any]],
    revision: int,
    finalized_at: datetime | None = None,
    conflict_answers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The complete sheet, signed with this computer's key for the expert.

    `evaluations` are the sheet's evaluation objects in round order. `finalized_at` defaults to
    now, in local time with its UTC offset. Raises InputError if the expert is not in the round
    or the round pins another key for them.
    """
    expert = round_file.round.expert(expert_id)
    if expert is None:
        known = ", ".join(e.id for e in round_file.round.commission.experts)
        raise InputError(
            round_file.path,
            "commission.experts",
            f"there is no expert {expert_id!r} in the round",
            f"use one of: {known}",
            code="no_such_expert",
            args=(expert_id, known),
        )
    moment = finalized_at or datetime.now().astimezone()
    sheet = {
        "format": SHEET_FORMAT,
        "round_id": round_file.round.round_id,
        "round_sha256": round_file.sha256,
        "expert_id": expert.id,
        "expert_name": expert.name,
        "revision": revision,
        "finalized_at": moment.isoformat(timespec="seconds"),
        "app_version": __version__,
        "evaluations": evaluations,
    }
    if conflict_answers:  # the expert's answers to suggested conflicts of interest (app.models.conflicts)
        sheet["conflict_answers"] = conflict_answers
    signed = sign_as_expert(sheet, expert.name, expert.public_key, source=round_file.path)
    Sheet.model_validate(signed)  # a sheet we could not read back ourselves is a bug: fail loudly
    return signed
