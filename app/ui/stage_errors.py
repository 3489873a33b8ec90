"""The refusals of next-stage packages and gathering (app.models.stages) in the interface
language: templates like those of app/ui/error_text.py, translated in the `stages` catalogues under
the "InputError" context; other problems (reading the file, JSON, fields) are rendered there."""
from __future__ import annotations

from app.models.errors import InputError
from app.ui.chair.decision_errors import templated_error_text
from app.ui.error_text import Template, translate
from app.ui.qt import QT_TRANSLATE_NOOP

AGAIN = QT_TRANSLATE_NOOP("InputError", "ask the lower stage for its package again")
STAGE_NAMES = {"department": QT_TRANSLATE_NOOP("InputError", "department"),
               "faculty": QT_TRANSLATE_NOOP("InputError", "faculty"),
               "university": QT_TRANSLATE_NOOP("InputError", "university")}
STAGE_TEMPLATES = {
    "stage_last": Template(QT_TRANSLATE_NOOP("InputError", "the university stage is the last one: nothing advances "
                                                           "from it")),
    "stage_none_advancing": Template(
        QT_TRANSLATE_NOOP("InputError", "the decisions file's 'advancing' is empty: no entry advances"),
        QT_TRANSLATE_NOOP("InputError", "list the entries that advance, or leave 'advancing' out to send the best %1")),
    "stage_too_many": Template(
        QT_TRANSLATE_NOOP("InputError", "at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen"),
        QT_TRANSLATE_NOOP("InputError", "choose fewer entries")),
    "stage_unscored": Template(
        QT_TRANSLATE_NOOP("InputError", "no result for %1: an entry advances on the commission's scores"),
        QT_TRANSLATE_NOOP("InputError", "choose entries the experts scored")),
    "stage_no_results": Template(QT_TRANSLATE_NOOP("InputError", "no entry has a result")),
    "stage_tie_across_limit": Template(
        QT_TRANSLATE_NOOP("InputError", "%1 share place %2 across the limit of %3 entries that advance "
                                        "(regulation 9.5)"),
        QT_TRANSLATE_NOOP("InputError", "tick the entries the commission chose by vote (in a decisions file: "
                                        "\"advancing\": %4), or order the tie with a tie resolution")),
    "stage_out_not_folder": Template(
        QT_TRANSLATE_NOOP("InputError", "this is a file, not a folder"),
        QT_TRANSLATE_NOOP("InputError", "choose an empty folder for the package")),
    "stage_out_not_empty": Template(
        QT_TRANSLATE_NOOP("InputError", "the folder is not empty: a package is written into an empty folder"),
        QT_TRANSLATE_NOOP("InputError", "choose a new, empty folder (the package goes to the next stage as it is)")),
    "stage_record_changed": Template(
        QT_TRANSLATE_NOOP("InputError", "the record of the lower stage's decision was changed after it was made "
                                        "(its content does not match the digest in its name)"), AGAIN),
    "stage_extract_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the protocol extract of the %1 stage is missing or is not the one its "
                                        "record names"), AGAIN),
    "stage_package_stages": Template(
        QT_TRANSLATE_NOOP("InputError", "the package's stages do not fit (%1 → %2)"), AGAIN),
    "stage_round_changed": Template(
        QT_TRANSLATE_NOOP("InputError", "the round file was changed after the package was made"), AGAIN),
    "stage_extract_changed": Template(
        QT_TRANSLATE_NOOP("InputError", "the protocol extract was changed after the package was made"), AGAIN),
    "stage_package_entries": Template(
        QT_TRANSLATE_NOOP("InputError", "the manifest and the round file list different entries"), AGAIN),
    "stage_entry_unsourced": Template(
        QT_TRANSLATE_NOOP("InputError", "the entry %1 has no record of the stage that sent it"), AGAIN),
    "stage_no_packages": Template(QT_TRANSLATE_NOOP("InputError", "no package was given")),
    "stage_too_many_packages": Template(QT_TRANSLATE_NOOP("InputError", "more than %1 packages")),
    "stage_out_exists": Template(
        QT_TRANSLATE_NOOP("InputError", "the file already exists: gathering writes a new round"),
        QT_TRANSLATE_NOOP("InputError", "choose a new file name (an existing round keeps its commission and "
                                        "sheets)")),
    "stage_wrong_package": Template(
        QT_TRANSLATE_NOOP("InputError", "this package goes from the %1 stage to the %2 stage; it cannot go into a "
                                        "%3 round"),
        QT_TRANSLATE_NOOP("InputError", "gather the packages of one stage into the round of the stage after it")),
    "stage_package_twice": Template(
        QT_TRANSLATE_NOOP("InputError", "the same stage's package is given twice (also %1)"),
        QT_TRANSLATE_NOOP("InputError", "give each package once")),
    "cannot_copy": Template(
        QT_TRANSLATE_NOOP("InputError", "cannot copy the file (%1)"),
        QT_TRANSLATE_NOOP("InputError", "choose a folder you may write to, with enough free space")),
}


def stage_error_text(exc: InputError, with_file: bool = True) -> str:
    """One line per problem, prefixed by the file (unless the view names it), in the interface language."""
    return templated_error_text(exc, STAGE_TEMPLATES, with_file=with_file, args_of=lambda args: tuple(
        translate(STAGE_NAMES[a]) if a in STAGE_NAMES else a for a in args))
