"""Bad-input messages (`InputError`) in the interface language.

The templates of the codes are in app/models/error_templates.py and the rendering in
app/models/messages.py, shared with the command line; here they are rendered through Qt's loaded
translations (the "InputError" context of the catalogues).
"""

from __future__ import annotations

from app.models import messages
from app.models.error_templates import TOP_LEVEL, Template  # noqa: F401  (imported from here)
from app.models.errors import InputError, Problem
from app.models.messages import CONTEXT, TEMPLATES, fill  # noqa: F401  (imported from here)
from app.ui.qt import QtCore


def qt_translate(context: str, text: str) -> str:
    return QtCore.QCoreApplication.translate(context, text)


def translate(text: str) -> str:
    return qt_translate(CONTEXT, text)


def input_error_text(exc: InputError) -> str:
    """Like str(exc) — one line per problem, each after the file's name — in the interface language."""
    return messages.input_error_text(exc, qt_translate)


def problem_text(problem: Problem) -> str:
    """Like problem.describe() — "place: problem — fix" — in the interface language."""
    return messages.problem_text(problem, qt_translate)


def place_text(place: str) -> str:
    return messages.place_text(place, qt_translate)
