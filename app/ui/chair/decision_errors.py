"""The decisions file's refusals (app.models.decisions_file) in the interface language: templates
like those of app/ui/error_text.py, translated in the `decisions` catalogues under the same
"InputError" context; other problems of the file (JSON, unknown fields) are rendered there."""
from __future__ import annotations

from app.models.errors import InputError
from app.ui.error_text import Template, fill, place_text, problem_text, translate
from app.ui.qt import QtCore

QT_TRANSLATE_NOOP = QtCore.QT_TRANSLATE_NOOP
DECISIONS_TEMPLATES = {
    "decisions_unknown_entry": Template(
        QT_TRANSLATE_NOOP("InputError", "the entry «%1» is not in the round"),
        QT_TRANSLATE_NOOP("InputError", "use the entry ids of the round file")),
    "decisions_unknown_expert": Template(
        QT_TRANSLATE_NOOP("InputError", "the expert «%1» is not in the commission"),
        QT_TRANSLATE_NOOP("InputError", "use the expert ids of the round file")),
    "decisions_entry_twice": Template(
        QT_TRANSLATE_NOOP("InputError", "an entry is named twice"),
        QT_TRANSLATE_NOOP("InputError", "name each tied entry once, in the decided order")),
    "decisions_two_resolutions": Template(
        QT_TRANSLATE_NOOP("InputError", "an entry is in two tie resolutions"),
        QT_TRANSLATE_NOOP("InputError", "give one resolution per tie")),
    "decisions_bad_place": Template(
        QT_TRANSLATE_NOOP("InputError", "a place must be 1 or more (found %1)")),
}


def decisions_error_text(exc: InputError) -> str:
    """One line per problem, prefixed by the file, in the interface language."""
    return templated_error_text(exc, DECISIONS_TEMPLATES)


def templated_error_text(exc: InputError, templates: dict[str, Template], args_of=lambda args: args,
                         with_file: bool = True) -> str:
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
