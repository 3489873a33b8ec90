"""The refusals of next-stage packages and gathering (app.models.stages) in the interface
language: the templates of app/models/error_templates_chair.py, translated in the catalogues under
the "InputError" context; other problems (reading the file, JSON, fields) are rendered there."""

from __future__ import annotations

from app.models.error_templates_chair import STAGE_NAMES, STAGE_TEMPLATES
from app.models.errors import InputError
from app.ui.chair.decision_errors import templated_error_text
from app.ui.error_text import translate


def stage_error_text(exc: InputError, with_file: bool = True) -> str:
    """One line per problem, prefixed by the file (unless the view names it), in the interface language."""
    return templated_error_text(
        exc,
        STAGE_TEMPLATES,
        with_file=with_file,
        args_of=lambda args: tuple(translate(STAGE_NAMES[a]) if a in STAGE_NAMES else a for a in args),
    )
