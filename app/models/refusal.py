"""No document while a decision it rests on is missing or out of date: the protocol (and what quotes
it: the winners extract, the next-stage package) waits for everything that blocks it; the letters
to the authors for the same except the protocol's number. The window's buttons and the command
line refuse by this one rule and say what blocks."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from app.models.errors import InputError, Problem
from app.models.letters import letter_blockers
from app.models.readiness import READINESS_CODE, ReadinessItem, blocking

Document = Literal["protocol", "letters"]


def document_blockers(items: list[ReadinessItem], document: Document) -> list[ReadinessItem]:
    return letter_blockers(items) if document == "letters" else blocking(items)


def refuse_blocked(items: list[ReadinessItem], out_path: str | Path | None, document: Document) -> None:
    """Raise, naming each blocking item (coded, so the window translates it), if any blocks `document`."""
    blocked = document_blockers(items, document)
    if blocked:
        raise InputError(
            out_path,
            problems=[
                Problem("", f"the {document} cannot be made yet: " + i.describe(), "", READINESS_CODE + i.code, i.args)
                for i in blocked
            ],
        )


def refuse_blocked_protocol(items: list[ReadinessItem], out_path: str | Path | None) -> None:
    refuse_blocked(items, out_path, "protocol")
