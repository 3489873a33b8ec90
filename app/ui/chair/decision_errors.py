"""The decisions file's refusals (app.models.decisions_file) in the interface language: templates
of app/models/error_templates_chair.py, translated in the catalogues under the same
"InputError" context; other problems of the file (JSON, unknown fields) are rendered there."""

from __future__ import annotations

from app.models.error_templates import Template
from app.models.error_templates_chair import DECISIONS_TEMPLATES
from app.models.errors import InputError
from app.ui.error_text import fill, place_text, problem_text, translate


def decisions_error_text(exc: InputError) -> str:
    """One line per problem, prefixed by the file, in the interface language."""
    return templated_error_text(exc, DECISIONS_TEMPLATES)


def templated_error_text(
    exc: InputError, templates: dict[str, Template], args_of=lambda args: args, with_file: bool = True
) -> str:
    """An InputError whose codes have their templates here (others as error_text renders them),
    one line per problem; `args_of` may translate the args first."""
    lines = []
    for problem in exc.problems:
        template = templates.get(problem.code)
        if template is None:
            text = problem_text(problem)
        else:
            args = args_of(problem.args)
            text = fill(translate(template.problem), args)
            if problem.place:
                text = f"{place_text(problem.place)}: {text}"
            if template.fix:
                text += " — " + fill(translate(template.fix), args)
        lines.append(f"{exc.file}: {text}" if exc.file and with_file else text)
    return "\n".join(lines)
