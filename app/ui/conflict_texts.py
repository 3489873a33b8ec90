"""The coded grounds and answers of suggested conflicts of interest (app.models.conflicts) in the
interface language; translated in the `conflicts` catalogues under the "Conflicts" context."""

from __future__ import annotations

from collections.abc import Sequence

from app.ui.i18n import translate
from app.ui.qt import QT_TRANSLATE_NOOP

CONTEXT = "Conflicts"
GROUND_TEXTS = {
    "department": QT_TRANSLATE_NOOP("Conflicts", "your department is the course's department"),
    "faculty": QT_TRANSLATE_NOOP("Conflicts", "your department is the course's faculty"),
    "author": QT_TRANSLATE_NOOP("Conflicts", "you are among the course's authors"),
    "surname": QT_TRANSLATE_NOOP("Conflicts", "an author shares your surname (a soft hint only)"),
}
CHAIR_GROUND_TEXTS = {
    "department": QT_TRANSLATE_NOOP("Conflicts", "same department as the course"),
    "faculty": QT_TRANSLATE_NOOP("Conflicts", "from the course's faculty"),
    "author": QT_TRANSLATE_NOOP("Conflicts", "one of the course's authors"),
    "surname": QT_TRANSLATE_NOOP("Conflicts", "shares a surname with an author (soft hint)"),
}
ANSWER_TEXTS = {
    "recused": QT_TRANSLATE_NOOP("Conflicts", "confirmed: recused"),
    "dismissed": QT_TRANSLATE_NOOP("Conflicts", "dismissed"),
    "": QT_TRANSLATE_NOOP("Conflicts", "not answered"),
}
ANSWER_PROBLEM = QT_TRANSLATE_NOOP(
    "Conflicts",
    "an answer to a suggested conflict of interest contradicts the sheet "
    "(a confirmed recusal with scores, or an unknown course)",
)


def ground_text(ground: str, to_expert: bool = True) -> str:
    """A ground as said to the expert ("your department…") or to the chair ("same department…")."""
    texts = GROUND_TEXTS if to_expert else CHAIR_GROUND_TEXTS
    return translate(CONTEXT, texts[ground]) if ground in texts else ground


def grounds_text(grounds: Sequence[str], to_expert: bool = True) -> str:
    return "; ".join(ground_text(g, to_expert) for g in grounds)


def answer_text(answer: str) -> str:
    return translate(CONTEXT, ANSWER_TEXTS.get(answer, answer))


def answer_problem_text() -> str:
    """The chair's label of a sheet refused for its answers (reason code `conflict_answer`)."""
    return translate(CONTEXT, ANSWER_PROBLEM)
