"""Coded problems (`InputError` / `Problem`) as text in a language: the one rendering for the window
and the command line.

`translate` is Qt's lookup in the window (app/ui/error_text.py) and the `.ts` catalogue lookup on
the command line (app.models.catalogue.translator); both read the same catalogues. A problem without
a code (or with a code unknown here) is shown in English as `describe()` gives it. The place is a
JSON path and stays as it is, but for a position in the text (line, column), which is translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.models import error_templates
from app.models.catalogue import Translate, translator
from app.models.error_templates import FOUND, JSON_REASONS, KILOBYTES, MEGABYTES, PLACES, Template
from app.models.error_templates_chair import DECISIONS_TEMPLATES, SIGNING_TEMPLATES, STAGE_NAMES, STAGE_TEMPLATES
from app.models.error_templates_review import CONFLICT_TEMPLATES, RECONSIDER_TEMPLATES
from app.models.errors import InputError, Problem

CONTEXT = "InputError"
# every code's template: reading files, the round, the tables; the chair's stages, decisions and signing;
# conflicts of interest and reconsideration
TEMPLATES: dict[str, Template] = {
    **error_templates.TEMPLATES,
    **STAGE_TEMPLATES,
    **DECISIONS_TEMPLATES,
    **SIGNING_TEMPLATES,
    **CONFLICT_TEMPLATES,
    **RECONSIDER_TEMPLATES,
}


def input_error_text(exc: InputError, translate: Translate) -> str:
    """Like str(exc) — one line per problem, each after the file's name — in translate's language."""
    prefix = f"{exc.file}: " if exc.file else ""
    return "\n".join(prefix + problem_text(problem, translate) for problem in exc.problems)


def input_error_in(exc: InputError, lang: str) -> str:
    """input_error_text in kk or ru without Qt (the command line); in English the core's own words."""
    return str(exc) if lang == "en" else input_error_text(exc, translator(lang))


def problem_text(problem: Problem, translate: Translate, templates: dict[str, Template] | None = None) -> str:
    """Like problem.describe() — "place: problem — fix" — in translate's language."""
    template = (templates or TEMPLATES).get(problem.code)
    if template is None:
        return _readiness_problem_text(problem, translate) or problem.describe()

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    args = _arg_forms(problem.code, problem.args, tr)
    place = fill(tr(template.place), args) if template.place else place_text(problem.place, translate)
    text = fill(tr(template.problem), args)
    if template.found and args and args[0]:
        text += " " + fill(tr(FOUND), args[:1])
    if place:
        text = f"{place}: {text}"
    if template.fix:
        text += " — " + fill(tr(template.fix), args)
    return text


def _readiness_problem_text(problem: Problem, translate: Translate) -> str | None:
    """A document refused over a readiness item (code "readiness_" + the item's code): the item's words."""
    from app.models.readiness import READINESS_CODE, ReadinessItem
    from app.models.readiness_texts import TEXTS, readiness_text  # they use fill, below

    code = problem.code.removeprefix(READINESS_CODE)
    if not problem.code.startswith(READINESS_CODE) or code not in TEXTS:
        return None
    return readiness_text(ReadinessItem(code, problem.args), translate)


def place_text(place: str, translate: Translate) -> str:
    if place in PLACES:
        return translate(CONTEXT, PLACES[place])
    position = re.fullmatch(r"line (\d+), column (\d+)", place)
    if position:
        return fill(translate(CONTEXT, TEMPLATES["json_syntax"].place), position.groups())
    return place


def fill(template: str, args: tuple[str, ...]) -> str:
    """%1, %2… replaced by the args in one pass (an arg holding "%2" stays as it is)."""

    def arg(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)

    return re.sub(r"%(\d+)", arg, template)


def json_reason(message: str, tr: Callable[[str], str]) -> str:
    return next((tr(text) for start, text in JSON_REASONS if message.startswith(start)), message)


def size_text(size: str, tr: Callable[[str], str]) -> str:
    count = int(size)
    if count >= 1024 * 1024:
        return fill(tr(MEGABYTES), (f"{count / (1024 * 1024):.1f}",))
    return fill(tr(KILOBYTES), (f"{count / 1024:.1f}",))


def _arg_forms(code: str, args: tuple[str, ...], tr: Callable[[str], str]) -> tuple[str, ...]:
    """Args that are themselves shown in the language: json's reason, sizes in bytes."""
    if code == "json_syntax":
        return (*args[:2], *(json_reason(a, tr) for a in args[2:3]))
    if code == "too_large":
        return tuple(size_text(a, tr) for a in args)
    if code in STAGE_TEMPLATES:
        return tuple(tr(STAGE_NAMES[a]) if a in STAGE_NAMES else a for a in args)
    return args
