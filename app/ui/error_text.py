"""Bad-input messages (`InputError`) in the interface language.

The models write their problems in English (the command line prints that) and give each one a code
and args. Here each code has a template translated in the "InputError" context of the `common`
catalogues; %1, %2… are filled with the args. A problem without a code (or with a code unknown
here) is shown in English, as the command line shows it. The place is a JSON path and stays as it
is, but for a position in the text (line, column), which is translated too.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.models.errors import InputError, Problem
from app.ui.qt import QT_TRANSLATE_NOOP, QtCore

CONTEXT = "InputError"
TOP_LEVEL = "(top level)"  # app.models.jsonfile.json_path's place for the document itself


@dataclass(frozen=True)
class Template:
    problem: str
    fix: str = ""
    place: str = ""      # a position in the text, built from the args instead of the problem's place
    found: bool = False  # args[0] is the value found ("" when not shown): problems from validation


def _validation(problem: str, fix: str = "") -> Template:
    return Template(problem, fix, found=True)


RESAVE_XLSX = QT_TRANSLATE_NOOP(
    "InputError", "open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)")
TEMPLATES: dict[str, Template] = {
    # reading the file (app/models/files.py)
    "file_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the file does not exist"),
        QT_TRANSLATE_NOOP("InputError", "check the name and the folder")),
    "is_folder": Template(
        QT_TRANSLATE_NOOP("InputError", "this is a folder, not a file"),
        QT_TRANSLATE_NOOP("InputError", "choose the file inside it")),
    "no_permission": Template(
        QT_TRANSLATE_NOOP("InputError", "permission to read the file is denied"),
        QT_TRANSLATE_NOOP("InputError", "copy the file to a folder you own, or ask for read access")),
    "cannot_read": Template(
        QT_TRANSLATE_NOOP("InputError", "the file cannot be read (%1)"),
        QT_TRANSLATE_NOOP("InputError", "copy it to the local disk and try again")),
    "too_large": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is too large (%1; the limit is %2)"),
        QT_TRANSLATE_NOOP("InputError", "this is not a Sarapshy file, or it was damaged; choose the right file")),
    # decoding the JSON (app/models/jsonfile.py)
    "utf16": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is UTF-16 text, not UTF-8"),
        QT_TRANSLATE_NOOP("InputError", "save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)")),
    "not_utf8": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is not UTF-8 text (byte %3)"),
        QT_TRANSLATE_NOOP("InputError", "save it as UTF-8; it may have been saved in a Windows code page"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1, byte %2")),
    "pdf_not_json": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is a PDF document, not a Sarapshy file"),
        QT_TRANSLATE_NOOP("InputError", "choose the .json file itself; the PDF is only its printable copy")),
    "empty_file": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is empty"),
        QT_TRANSLATE_NOOP("InputError", "choose the right file")),
    "duplicate_key": Template(
        QT_TRANSLATE_NOOP("InputError", "the key «%1» appears twice in one object"),
        QT_TRANSLATE_NOOP("InputError", "keep only one of them")),
    "json_syntax": Template(
        QT_TRANSLATE_NOOP("InputError", "not valid JSON (%3)"),
        QT_TRANSLATE_NOOP("InputError", "the file is damaged or is not a Sarapshy file"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1, column %2")),
    "json_too_deep": Template(
        QT_TRANSLATE_NOOP("InputError", "the JSON is nested too deeply"),
        QT_TRANSLATE_NOOP("InputError", "this is not a Sarapshy file")),
    "json_not_object": Template(
        QT_TRANSLATE_NOOP("InputError", "the JSON document is not an object"),
        QT_TRANSLATE_NOOP("InputError", "this is not a Sarapshy file")),
    "format_version": Template(
        QT_TRANSLATE_NOOP("InputError", "unknown version «%1» of the file format"),
        QT_TRANSLATE_NOOP("InputError", "this program reads %2; install a newer Sarapshy")),
    "format_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the field «format» is missing"),
        QT_TRANSLATE_NOOP("InputError", "the file must start with \"format\": \"%1\"")),
    "format_other": Template(
        QT_TRANSLATE_NOOP("InputError", "this is a different kind of file (format %1)"),
        QT_TRANSLATE_NOOP("InputError", "expected %2")),
    # checking the fields (pydantic's error types; %1 is the value found)
    "missing": Template(
        QT_TRANSLATE_NOOP("InputError", "required field is missing"),
        QT_TRANSLATE_NOOP("InputError", "add it")),
    "extra_forbidden": Template(
        QT_TRANSLATE_NOOP("InputError", "unknown field «%1»"),
        QT_TRANSLATE_NOOP("InputError", "remove it or correct its spelling")),
    "too_short": _validation(
        QT_TRANSLATE_NOOP("InputError", "the list needs at least %2 item(s), it has %3"),
        QT_TRANSLATE_NOOP("InputError", "add the missing ones")),
    "too_long": _validation(
        QT_TRANSLATE_NOOP("InputError", "the list may have at most %2 item(s), it has %3"),
        QT_TRANSLATE_NOOP("InputError", "remove the extra ones")),
    "string_too_short": _validation(
        QT_TRANSLATE_NOOP("InputError", "the text is too short (at least %2 character(s))"),
        QT_TRANSLATE_NOOP("InputError", "fill it in")),
    "string_too_long": _validation(
        QT_TRANSLATE_NOOP("InputError", "the text is too long (at most %2 characters)"),
        QT_TRANSLATE_NOOP("InputError", "shorten it")),
    "string_pattern_mismatch": _validation(
        QT_TRANSLATE_NOOP("InputError", "the value does not match the pattern %2"),
        QT_TRANSLATE_NOOP("InputError", "use only the characters it allows: for an id, Latin letters, digits and _ . -")),
    "literal_error": _validation(QT_TRANSLATE_NOOP("InputError", "must be one of: %2")),
    "int_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be a whole number")),
    "bool_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be true or false")),
    "string_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be text")),
    "dict_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be an object { … }")),
    "list_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be a list [ … ]")),
    "date_type": _validation(
        QT_TRANSLATE_NOOP("InputError", "must be a date"),
        QT_TRANSLATE_NOOP("InputError", "write it as YYYY-MM-DD")),
    "greater_than_equal": _validation(QT_TRANSLATE_NOOP("InputError", "must be at least %2")),
    "less_than_equal": _validation(QT_TRANSLATE_NOOP("InputError", "must be at most %2")),
    "greater_than": _validation(QT_TRANSLATE_NOOP("InputError", "must be greater than %2")),
    "less_than": _validation(QT_TRANSLATE_NOOP("InputError", "must be less than %2")),
    # the round's own rules (app/models/round.py; %1 is the value found)
    "unknown_language": _validation(
        QT_TRANSLATE_NOOP("InputError", "unknown language «%2»"),
        QT_TRANSLATE_NOOP("InputError", "use kk, ru or en")),
    "text_empty": _validation(
        QT_TRANSLATE_NOOP("InputError", "the text is empty in every language"),
        QT_TRANSLATE_NOOP("InputError", "write it in at least one language")),
    "empty_value": _validation(
        QT_TRANSLATE_NOOP("InputError", "must not be empty"),
        QT_TRANSLATE_NOOP("InputError", "fill it in")),
    "not_web_address": _validation(QT_TRANSLATE_NOOP("InputError", "must be an http:// or https:// address")),
    "absolute_path": _validation(
        QT_TRANSLATE_NOOP("InputError", "must be relative to the round file's folder, not an absolute path"),
        QT_TRANSLATE_NOOP("InputError", "e.g. media/m01/promo.mp4")),
    "path_leaves_folder": _validation(
        QT_TRANSLATE_NOOP("InputError", "leaves the round file's folder"),
        QT_TRANSLATE_NOOP("InputError", "keep media inside it (e.g. media/m01/promo.mp4)")),
    "not_base64": _validation(QT_TRANSLATE_NOOP("InputError", "is not base64 text")),
    "not_ed25519_key": _validation(QT_TRANSLATE_NOOP("InputError", "is not an Ed25519 public key (32 bytes, base64)")),
    "min_not_below_max": _validation(QT_TRANSLATE_NOOP("InputError", "min (%2) must be below max (%3)")),
    "one_location": _validation(
        QT_TRANSLATE_NOOP("InputError", "give exactly one of «path» (a file in the round folder) or «url»")),
    "not_uuid": _validation(
        QT_TRANSLATE_NOOP("InputError", "must be a UUID"),
        QT_TRANSLATE_NOOP("InputError", "e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427")),
    "duplicate_id": _validation(
        QT_TRANSLATE_NOOP("InputError", "the id «%2» is used twice (again at position %3)"),
        QT_TRANSLATE_NOOP("InputError", "ids must be unique")),
    "link_leads_outside": Template(
        QT_TRANSLATE_NOOP("InputError", "leads outside the round file's folder"),
        QT_TRANSLATE_NOOP("InputError", "copy the file into the round folder")),
    "no_entries": Template(QT_TRANSLATE_NOOP("InputError", "the round has no entries yet")),
    "entry_without_videos": Template(
        QT_TRANSLATE_NOOP("InputError", "entry %1 has no videos: it will be judged from its link")),
    "video_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the video %1 is not in the round folder"),
        QT_TRANSLATE_NOOP("InputError", "copy the media folder next to the round file")),
    # hostile or damaged input (app/models/untrusted.py, jsonfile.py, sheet_table.py, chair.py)
    "bad_character": Template(
        QT_TRANSLATE_NOOP("InputError", "the text holds the character %1 at position %2, which a text may not hold"),
        QT_TRANSLATE_NOOP("InputError", "type the text again; it was damaged or made to harm")),
    "bad_path": Template(
        QT_TRANSLATE_NOOP("InputError", "the file's name or folder holds the character %1"),
        QT_TRANSLATE_NOOP("InputError", "rename the file (or folder) with ordinary letters")),
    "name_too_long": Template(
        QT_TRANSLATE_NOOP("InputError", "the file name is too long (%1 characters; at most %2)"),
        QT_TRANSLATE_NOOP("InputError", "give the file a shorter name")),
    "number_out_of_range": Template(
        QT_TRANSLATE_NOOP("InputError", "the number %3 is out of range"),
        QT_TRANSLATE_NOOP("InputError", "the file is damaged or was made to harm; ask for a new copy"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1, column %2")),
    "json_undecodable": Template(
        QT_TRANSLATE_NOOP("InputError", "the file cannot be decoded (%1)"),
        QT_TRANSLATE_NOOP("InputError", "the file is damaged or is not a Sarapshy file")),
    "xlsx_unreadable": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is not a readable .xlsx workbook (%1)"),
        QT_TRANSLATE_NOOP("InputError", "save it again as .xlsx, or export it as CSV (UTF-8)")),
    "xlsx_too_many_parts": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: it holds %1 parts (at most %2)"),
        RESAVE_XLSX),
    "xlsx_too_large": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: it would expand to %1 MB (at most %2 MB)"),
        RESAVE_XLSX),
    "xlsx_bomb": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: its part %1 is compressed %2 times (a zip bomb)"),
        RESAVE_XLSX),
    "xlsx_bomb_hidden": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: its part %1 holds more than it declares (a zip bomb)"),
        RESAVE_XLSX),
    "xlsx_not_utf8": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: its part %1 is not UTF-8 XML"),
        RESAVE_XLSX),
    "xlsx_dtd": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: its part %1 declares a DTD (<!DOCTYPE or <!ENTITY)"),
        RESAVE_XLSX),
    "not_utf16": Template(
        QT_TRANSLATE_NOOP("InputError", "this is not a readable UTF-16 text file"),
        QT_TRANSLATE_NOOP("InputError", "export the responses again as .csv or .xlsx")),
    "table_too_many_rows": Template(
        QT_TRANSLATE_NOOP("InputError", "the table has more than %1 rows"),
        QT_TRANSLATE_NOOP("InputError", "a sheet's table has one row per entry of the round; choose the right file")),
    "more_problems": Template(
        QT_TRANSLATE_NOOP("InputError", "and %1 more problems"),
        QT_TRANSLATE_NOOP("InputError", "correct the ones above first, then check the table again")),
    "bad_cell_character": Template(
        QT_TRANSLATE_NOOP("InputError", "the cell holds the character %1, which a text may not hold"),
        QT_TRANSLATE_NOOP("InputError", "type the cell again")),
    "round_in_use": Template(
        QT_TRANSLATE_NOOP("InputError", "the round is already open as %1 in another Sarapshy window"),
        QT_TRANSLATE_NOOP("InputError", "switch to that window, or close it and open the round here")),
    "set_aside_reason": Template(
        QT_TRANSLATE_NOOP("InputError", "setting a sheet aside needs a reason"),
        QT_TRANSLATE_NOOP("InputError", "say why, e.g. the key differs from the one on the signed paper sheet")),
}
FOUND = QT_TRANSLATE_NOOP("InputError", "(found %1)")
PLACES = {TOP_LEVEL: QT_TRANSLATE_NOOP("InputError", "(top level)")}

# Python's json module explains a syntax error in English: its messages, by how they begin.
JSON_REASONS: tuple[tuple[str, str], ...] = (
    ("Expecting value", QT_TRANSLATE_NOOP("InputError", "a value was expected")),
    ("Expecting property name", QT_TRANSLATE_NOOP("InputError", "a field name in double quotes was expected")),
    ("Expecting ',' delimiter", QT_TRANSLATE_NOOP("InputError", "a comma «,» was expected")),
    ("Expecting ':' delimiter", QT_TRANSLATE_NOOP("InputError", "a colon «:» was expected")),
    ("Unterminated string", QT_TRANSLATE_NOOP("InputError", "a text in quotes is not closed")),
    ("Invalid control character",
     QT_TRANSLATE_NOOP("InputError", "a control character (such as a line break) inside a text")),
    ("Invalid \\uXXXX escape", QT_TRANSLATE_NOOP("InputError", "a wrong \\uXXXX sequence in a text")),
    ("Invalid \\escape", QT_TRANSLATE_NOOP("InputError", "a wrong sequence with «\\» in a text")),
    ("Extra data", QT_TRANSLATE_NOOP("InputError", "more text after the end of the document")),
    ("Illegal trailing comma", QT_TRANSLATE_NOOP("InputError", "a comma before a closing bracket")),
)
MEGABYTES = QT_TRANSLATE_NOOP("InputError", "%1 MB")
KILOBYTES = QT_TRANSLATE_NOOP("InputError", "%1 KB")


def translate(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


def input_error_text(exc: InputError) -> str:
    """Like str(exc) — one line per problem, each after the file's name — in the interface language."""
    prefix = f"{exc.file}: " if exc.file else ""
    return "\n".join(prefix + problem_text(problem) for problem in exc.problems)


def problem_text(problem: Problem) -> str:
    """Like problem.describe() — "place: problem — fix" — in the interface language."""
    template = TEMPLATES.get(problem.code)
    if template is None:
        return problem.describe()
    args = ARG_FORMS.get(problem.code, tuple)(problem.args)
    place = fill(translate(template.place), args) if template.place else place_text(problem.place)
    text = fill(translate(template.problem), args)
    if template.found and args and args[0]:
        text += " " + fill(translate(FOUND), args[:1])
    if place:
        text = f"{place}: {text}"
    if template.fix:
        text += " — " + fill(translate(template.fix), args)
    return text


def place_text(place: str) -> str:
    if place in PLACES:
        return translate(PLACES[place])
    position = re.fullmatch(r"line (\d+), column (\d+)", place)
    if position:
        return fill(translate(TEMPLATES["json_syntax"].place), position.groups())
    return place


def fill(template: str, args: tuple[str, ...]) -> str:
    """%1, %2… replaced by the args in one pass (an arg holding "%2" stays as it is)."""
    def arg(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)
    return re.sub(r"%(\d+)", arg, template)


def json_reason(message: str) -> str:
    return next((translate(text) for start, text in JSON_REASONS if message.startswith(start)), message)


def size_text(size: str) -> str:
    count = int(size)
    if count >= 1024 * 1024:
        return fill(translate(MEGABYTES), (f"{count / (1024 * 1024):.1f}",))
    return fill(translate(KILOBYTES), (f"{count / 1024:.1f}",))


# Args that are themselves shown in the interface language: json's reason, sizes in bytes.
ARG_FORMS: dict[str, Callable[[tuple[str, ...]], tuple[str, ...]]] = {
    "json_syntax": lambda args: (*args[:2], *(json_reason(a) for a in args[2:3])),
    "too_large": lambda args: tuple(size_text(a) for a in args),
}
