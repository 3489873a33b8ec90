"""The texts of coded problems (`InputError` / `Problem` with a code, app/models/errors.py) in English.

Each code has a template; %1, %2… are filled with the problem's args. The texts are marked for
lupdate in the "InputError" context: their Kazakh and Russian versions live in the Qt translation
catalogues (resources/translations/*.ts), which the window loads through Qt and the command line
reads without Qt (app/models/messages.py). Both render through `messages.problem_text`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.catalogue import QT_TRANSLATE_NOOP

TOP_LEVEL = "(top level)"  # app.models.jsonfile.json_path's place for the document itself


@dataclass(frozen=True)
class Template:
    problem: str
    fix: str = ""
    place: str = ""  # a position in the text, built from the args instead of the problem's place
    found: bool = False  # args[0] is the value found ("" when not shown): problems from validation


def _validation(problem: str, fix: str = "") -> Template:
    return Template(problem, fix, found=True)


RESAVE_XLSX = QT_TRANSLATE_NOOP(
    "InputError", "open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)"
)
ROW_COLUMN = QT_TRANSLATE_NOOP("InputError", "row %1, column %2")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("InputError", "write a whole number from %3 to %4")
RESULTS_AGAIN = QT_TRANSLATE_NOOP("InputError", "write the results again with `sarapshy merge --json`")
ENTRY = QT_TRANSLATE_NOOP("InputError", "entry %1")
ENTRY_CRITERION = QT_TRANSLATE_NOOP("InputError", "entry %1, criterion %2")
SCORE_OR_RECUSE = QT_TRANSLATE_NOOP("InputError", "score it, or declare a conflict of interest for the entry")
REEXPORT_VIDEO = QT_TRANSLATE_NOOP("InputError", "re-export the video as mp4 (H.264 + AAC) or replace the file")
TEMPLATES: dict[str, Template] = {
    # reading the file (app/models/files.py)
    "file_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the file does not exist"),
        QT_TRANSLATE_NOOP("InputError", "check the name and the folder"),
    ),
    "is_folder": Template(
        QT_TRANSLATE_NOOP("InputError", "this is a folder, not a file"),
        QT_TRANSLATE_NOOP("InputError", "choose the file inside it"),
    ),
    "no_permission": Template(
        QT_TRANSLATE_NOOP("InputError", "permission to read the file is denied"),
        QT_TRANSLATE_NOOP("InputError", "copy the file to a folder you own, or ask for read access"),
    ),
    "cannot_read": Template(
        QT_TRANSLATE_NOOP("InputError", "the file cannot be read (%1)"),
        QT_TRANSLATE_NOOP("InputError", "copy it to the local disk and try again"),
    ),
    "too_large": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is too large (%1; the limit is %2)"),
        QT_TRANSLATE_NOOP("InputError", "this is not a Sarapshy file, or it was damaged; choose the right file"),
    ),
    # decoding the JSON (app/models/jsonfile.py)
    "utf16": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is UTF-16 text, not UTF-8"),
        QT_TRANSLATE_NOOP("InputError", "save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)"),
    ),
    "not_utf8": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is not UTF-8 text (byte %3)"),
        QT_TRANSLATE_NOOP("InputError", "save it as UTF-8; it may have been saved in a Windows code page"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1, byte %2"),
    ),
    "pdf_not_json": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is a PDF document, not a Sarapshy file"),
        QT_TRANSLATE_NOOP("InputError", "choose the .json file itself; the PDF is only its printable copy"),
    ),
    "empty_file": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is empty"), QT_TRANSLATE_NOOP("InputError", "choose the right file")
    ),
    "duplicate_key": Template(
        QT_TRANSLATE_NOOP("InputError", "the key «%1» appears twice in one object"),
        QT_TRANSLATE_NOOP("InputError", "keep only one of them"),
    ),
    "json_syntax": Template(
        QT_TRANSLATE_NOOP("InputError", "not valid JSON (%3)"),
        QT_TRANSLATE_NOOP("InputError", "the file is damaged or is not a Sarapshy file"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1, column %2"),
    ),
    "json_too_deep": Template(
        QT_TRANSLATE_NOOP("InputError", "the JSON is nested too deeply"),
        QT_TRANSLATE_NOOP("InputError", "this is not a Sarapshy file"),
    ),
    "json_not_object": Template(
        QT_TRANSLATE_NOOP("InputError", "the JSON document is not an object"),
        QT_TRANSLATE_NOOP("InputError", "this is not a Sarapshy file"),
    ),
    "format_version": Template(
        QT_TRANSLATE_NOOP("InputError", "unknown version «%1» of the file format"),
        QT_TRANSLATE_NOOP("InputError", "this program reads %2; install a newer Sarapshy"),
    ),
    "format_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the field «format» is missing"),
        QT_TRANSLATE_NOOP("InputError", 'the file must start with "format": "%1"'),
    ),
    "format_other": Template(
        QT_TRANSLATE_NOOP("InputError", "this is a different kind of file (format %1)"),
        QT_TRANSLATE_NOOP("InputError", "expected %2"),
    ),
    # checking the fields (pydantic's error types; %1 is the value found)
    "missing": Template(
        QT_TRANSLATE_NOOP("InputError", "required field is missing"), QT_TRANSLATE_NOOP("InputError", "add it")
    ),
    "extra_forbidden": Template(
        QT_TRANSLATE_NOOP("InputError", "unknown field «%1»"),
        QT_TRANSLATE_NOOP("InputError", "remove it or correct its spelling"),
    ),
    "too_short": _validation(
        QT_TRANSLATE_NOOP("InputError", "the list needs at least %2 item(s), it has %3"),
        QT_TRANSLATE_NOOP("InputError", "add the missing ones"),
    ),
    "too_long": _validation(
        QT_TRANSLATE_NOOP("InputError", "the list may have at most %2 item(s), it has %3"),
        QT_TRANSLATE_NOOP("InputError", "remove the extra ones"),
    ),
    "string_too_short": _validation(
        QT_TRANSLATE_NOOP("InputError", "the text is too short (at least %2 character(s))"),
        QT_TRANSLATE_NOOP("InputError", "fill it in"),
    ),
    "string_too_long": _validation(
        QT_TRANSLATE_NOOP("InputError", "the text is too long (at most %2 characters)"),
        QT_TRANSLATE_NOOP("InputError", "shorten it"),
    ),
    "string_pattern_mismatch": _validation(
        QT_TRANSLATE_NOOP("InputError", "the value does not match the pattern %2"),
        QT_TRANSLATE_NOOP(
            "InputError", "use only the characters it allows: for an id, Latin letters, digits and _ . -"
        ),
    ),
    "literal_error": _validation(QT_TRANSLATE_NOOP("InputError", "must be one of: %2")),
    "int_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be a whole number")),
    "bool_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be true or false")),
    "string_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be text")),
    "dict_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be an object { … }")),
    "list_type": _validation(QT_TRANSLATE_NOOP("InputError", "must be a list [ … ]")),
    "date_type": _validation(
        QT_TRANSLATE_NOOP("InputError", "must be a date"), QT_TRANSLATE_NOOP("InputError", "write it as YYYY-MM-DD")
    ),
    "greater_than_equal": _validation(QT_TRANSLATE_NOOP("InputError", "must be at least %2")),
    "less_than_equal": _validation(QT_TRANSLATE_NOOP("InputError", "must be at most %2")),
    "greater_than": _validation(QT_TRANSLATE_NOOP("InputError", "must be greater than %2")),
    "less_than": _validation(QT_TRANSLATE_NOOP("InputError", "must be less than %2")),
    # the round's own rules (app/models/round_model.py; %1 is the value found)
    "unknown_language": _validation(
        QT_TRANSLATE_NOOP("InputError", "unknown language «%2»"), QT_TRANSLATE_NOOP("InputError", "use kk, ru or en")
    ),
    "text_empty": _validation(
        QT_TRANSLATE_NOOP("InputError", "the text is empty in every language"),
        QT_TRANSLATE_NOOP("InputError", "write it in at least one language"),
    ),
    "empty_value": _validation(
        QT_TRANSLATE_NOOP("InputError", "must not be empty"), QT_TRANSLATE_NOOP("InputError", "fill it in")
    ),
    "not_web_address": _validation(QT_TRANSLATE_NOOP("InputError", "must be an http:// or https:// address")),
    "absolute_path": _validation(
        QT_TRANSLATE_NOOP("InputError", "must be relative to the round file's folder, not an absolute path"),
        QT_TRANSLATE_NOOP("InputError", "e.g. media/m01/promo.mp4"),
    ),
    "path_leaves_folder": _validation(
        QT_TRANSLATE_NOOP("InputError", "leaves the round file's folder"),
        QT_TRANSLATE_NOOP("InputError", "keep media inside it (e.g. media/m01/promo.mp4)"),
    ),
    "not_base64": _validation(QT_TRANSLATE_NOOP("InputError", "is not base64 text")),
    "not_ed25519_key": _validation(QT_TRANSLATE_NOOP("InputError", "is not an Ed25519 public key (32 bytes, base64)")),
    "min_not_below_max": _validation(QT_TRANSLATE_NOOP("InputError", "min (%2) must be below max (%3)")),
    "one_location": _validation(
        QT_TRANSLATE_NOOP("InputError", "give exactly one of «path» (a file in the round folder) or «url»")
    ),
    "not_uuid": _validation(
        QT_TRANSLATE_NOOP("InputError", "must be a UUID"),
        QT_TRANSLATE_NOOP("InputError", "e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
    ),
    "duplicate_id": _validation(
        QT_TRANSLATE_NOOP("InputError", "the id «%2» is used twice (again at position %3)"),
        QT_TRANSLATE_NOOP("InputError", "ids must be unique"),
    ),
    "link_leads_outside": Template(
        QT_TRANSLATE_NOOP("InputError", "leads outside the round file's folder"),
        QT_TRANSLATE_NOOP("InputError", "copy the file into the round folder"),
    ),
    "no_entries": Template(QT_TRANSLATE_NOOP("InputError", "the round has no entries yet")),
    "entry_without_videos": Template(
        QT_TRANSLATE_NOOP("InputError", "entry %1 has no videos: it will be judged from its link")
    ),
    "video_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the video %1 is not in the round folder"),
        QT_TRANSLATE_NOOP("InputError", "copy the media folder next to the round file"),
    ),
    # hostile or damaged input (app/models/untrusted.py, jsonfile.py, sheet_table.py, chair.py)
    "bad_character": Template(
        QT_TRANSLATE_NOOP("InputError", "the text holds the character %1 at position %2, which a text may not hold"),
        QT_TRANSLATE_NOOP("InputError", "type the text again; it was damaged or made to harm"),
    ),
    "bad_path": Template(
        QT_TRANSLATE_NOOP("InputError", "the file's name or folder holds the character %1"),
        QT_TRANSLATE_NOOP("InputError", "rename the file (or folder) with ordinary letters"),
    ),
    "name_too_long": Template(
        QT_TRANSLATE_NOOP("InputError", "the file name is too long (%1 characters; at most %2)"),
        QT_TRANSLATE_NOOP("InputError", "give the file a shorter name"),
    ),
    "number_out_of_range": Template(
        QT_TRANSLATE_NOOP("InputError", "the number %3 is out of range"),
        QT_TRANSLATE_NOOP("InputError", "the file is damaged or was made to harm; ask for a new copy"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1, column %2"),
    ),
    "json_undecodable": Template(
        QT_TRANSLATE_NOOP("InputError", "the file cannot be decoded (%1)"),
        QT_TRANSLATE_NOOP("InputError", "the file is damaged or is not a Sarapshy file"),
    ),
    "xlsx_unreadable": Template(
        QT_TRANSLATE_NOOP("InputError", "the file is not a readable .xlsx workbook (%1)"),
        QT_TRANSLATE_NOOP("InputError", "save it again as .xlsx, or export it as CSV (UTF-8)"),
    ),
    "xlsx_too_many_parts": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: it holds %1 parts (at most %2)"), RESAVE_XLSX
    ),
    "xlsx_too_large": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: it would expand to %1 MB (at most %2 MB)"),
        RESAVE_XLSX,
    ),
    "xlsx_bomb": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: its part %1 is compressed %2 times (a zip bomb)"),
        RESAVE_XLSX,
    ),
    "xlsx_bomb_hidden": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "the workbook is refused: its part %1 holds more than it declares (a zip bomb)"
        ),
        RESAVE_XLSX,
    ),
    "xlsx_not_utf8": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: its part %1 is not UTF-8 XML"), RESAVE_XLSX
    ),
    "xlsx_dtd": Template(
        QT_TRANSLATE_NOOP("InputError", "the workbook is refused: its part %1 declares a DTD (<!DOCTYPE or <!ENTITY)"),
        RESAVE_XLSX,
    ),
    "not_utf16": Template(
        QT_TRANSLATE_NOOP("InputError", "this is not a readable UTF-16 text file"),
        QT_TRANSLATE_NOOP("InputError", "export the responses again as .csv or .xlsx"),
    ),
    "table_too_many_rows": Template(
        QT_TRANSLATE_NOOP("InputError", "the table has more than %1 rows"),
        QT_TRANSLATE_NOOP("InputError", "a sheet's table has one row per entry of the round; choose the right file"),
    ),
    "more_problems": Template(
        QT_TRANSLATE_NOOP("InputError", "and %1 more problems"),
        QT_TRANSLATE_NOOP("InputError", "correct the ones above first, then check the table again"),
    ),
    "bad_cell_character": Template(
        QT_TRANSLATE_NOOP("InputError", "the cell holds the character %1, which a text may not hold"),
        QT_TRANSLATE_NOOP("InputError", "type the cell again"),
    ),
    "round_in_use": Template(
        QT_TRANSLATE_NOOP("InputError", "the round is already open as %1 in another Sarapshy window"),
        QT_TRANSLATE_NOOP("InputError", "switch to that window, or close it and open the round here"),
    ),
    "set_aside_reason": Template(
        QT_TRANSLATE_NOOP("InputError", "setting a sheet aside needs a reason"),
        QT_TRANSLATE_NOOP("InputError", "say why, e.g. the key differs from the one on the signed paper sheet"),
    ),
    # writing files (app/models/files.py)
    "folder_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the folder does not exist"),
        QT_TRANSLATE_NOOP("InputError", "choose an existing folder"),
    ),
    "folder_not_writable": Template(
        QT_TRANSLATE_NOOP("InputError", "cannot write in this folder (%1)"),
        QT_TRANSLATE_NOOP("InputError", "choose a folder you may write to"),
    ),
    "cannot_write": Template(
        QT_TRANSLATE_NOOP("InputError", "cannot write the file (%1)"),
        QT_TRANSLATE_NOOP("InputError", "check that the file is not open in another program and the disk is not full"),
    ),
    # signing the protocol (app/reports/pdf_signing.py, the command line)
    "p12_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the key file does not exist"),
        QT_TRANSLATE_NOOP("InputError", "choose the .p12 file issued to you"),
    ),
    "p12_wrong_passphrase": Template(
        QT_TRANSLATE_NOOP("InputError", "the key file cannot be opened"),
        QT_TRANSLATE_NOOP(
            "InputError", "check the passphrase; the file must be a PKCS#12 (.p12/.pfx) key with its certificate"
        ),
    ),
    "pdf_unreadable": Template(
        QT_TRANSLATE_NOOP("InputError", "the PDF cannot be read (%1)"),
        QT_TRANSLATE_NOOP("InputError", "choose a PDF written by Sarapshy"),
    ),
    "field_signed": Template(
        QT_TRANSLATE_NOOP("InputError", "the signature field «%1» is already signed"),
        QT_TRANSLATE_NOOP("InputError", "sign a copy of the unsigned document, or use another field"),
    ),
    "passphrase_needed": Template(
        QT_TRANSLATE_NOOP("InputError", "the passphrase of the signing key is needed"),
        QT_TRANSLATE_NOOP("InputError", "set %1, or run the command in a terminal to be asked for it"),
    ),
    "sign_no_protocol": Template(
        QT_TRANSLATE_NOOP("InputError", "there is no protocol to sign"),
        QT_TRANSLATE_NOOP("InputError", "add --protocol P.pdf"),
    ),
    "no_valid_sheet": Template(
        QT_TRANSLATE_NOOP("InputError", "no valid sheet to merge"),
        QT_TRANSLATE_NOOP("InputError", "check the sheet files listed above"),
    ),
    "protocol_blocked_cli": Template(
        QT_TRANSLATE_NOOP("InputError", "the protocol cannot be made yet (see above)"),
        QT_TRANSLATE_NOOP("InputError", "give the chair's decisions with --decisions FILE"),
    ),
    # reading a table of scores (app/models/sheet_table*.py); %1, %2: the row and the column
    "no_such_expert": Template(
        QT_TRANSLATE_NOOP("InputError", "there is no expert «%1» in the round"),
        QT_TRANSLATE_NOOP("InputError", "use one of: %2"),
    ),
    "table_kind_not_read": Template(
        QT_TRANSLATE_NOOP("InputError", "%1 tables are not read"),
        QT_TRANSLATE_NOOP("InputError", "save the table as .xlsx or as CSV (UTF-8)"),
    ),
    "table_not_utf8": Template(
        QT_TRANSLATE_NOOP("InputError", "the table is not UTF-8 text"),
        QT_TRANSLATE_NOOP("InputError", "save it as «CSV UTF-8» (Excel: Save as → CSV UTF-8)"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1"),
    ),
    "csv_unreadable": Template(
        QT_TRANSLATE_NOOP("InputError", "the CSV cannot be read (%1)"),
        QT_TRANSLATE_NOOP("InputError", "save it again from the spreadsheet program"),
    ),
    "table_empty": Template(
        QT_TRANSLATE_NOOP("InputError", "the table is empty"),
        QT_TRANSLATE_NOOP("InputError", "the first row is the header: entry_id, c1, c2, …, comment"),
    ),
    "table_entry_empty": Template(
        QT_TRANSLATE_NOOP("InputError", "the entry id is empty"),
        QT_TRANSLATE_NOOP("InputError", "write the entry's id, e.g. m01"),
        place=ROW_COLUMN,
    ),
    "table_no_entry": Template(
        QT_TRANSLATE_NOOP("InputError", "there is no entry «%3» in the round"),
        QT_TRANSLATE_NOOP("InputError", "use one of: %4"),
        place=ROW_COLUMN,
    ),
    "table_entry_twice": Template(
        QT_TRANSLATE_NOOP("InputError", "entry %3 appears twice"),
        QT_TRANSLATE_NOOP("InputError", "keep one row per entry"),
        place=ROW_COLUMN,
    ),
    "table_recused_unclear": Template(
        QT_TRANSLATE_NOOP("InputError", "«%3» is not understood"),
        QT_TRANSLATE_NOOP("InputError", "write yes for a recusal, or leave the cell empty"),
        place=ROW_COLUMN,
    ),
    "table_recused_scored": Template(
        QT_TRANSLATE_NOOP("InputError", "entry %3 is recused but has scores"),
        QT_TRANSLATE_NOOP("InputError", "leave the criteria empty for a recused entry, or remove yes from recused"),
        place=ROW_COLUMN,
    ),
    "table_recusal_reason": Template(
        QT_TRANSLATE_NOOP("InputError", "a recusal needs a reason"),
        QT_TRANSLATE_NOOP("InputError", "say briefly why, e.g. I am a co-author of this course"),
        place=ROW_COLUMN,
    ),
    "table_score_not_number": Template(
        QT_TRANSLATE_NOOP("InputError", "the score «%5» is not a whole number"), WHOLE_NUMBER, place=ROW_COLUMN
    ),
    "table_score_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the score is missing"), WHOLE_NUMBER, place=ROW_COLUMN
    ),
    "table_score_out_of_range": Template(
        QT_TRANSLATE_NOOP("InputError", "the score %5 is out of range"), WHOLE_NUMBER, place=ROW_COLUMN
    ),
    "table_entries_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "entries missing from the table: %1"),
        QT_TRANSLATE_NOOP("InputError", "add a row for each (scores, or recused = yes with a reason)"),
    ),
    "table_unknown_column": Template(
        QT_TRANSLATE_NOOP("InputError", "unknown column «%3»"),
        QT_TRANSLATE_NOOP("InputError", "the columns are entry_id, %4, comment, recused, recusal_reason"),
        place=ROW_COLUMN,
    ),
    "table_column_twice": Template(
        QT_TRANSLATE_NOOP("InputError", "the column %3 appears twice"),
        QT_TRANSLATE_NOOP("InputError", "keep one of them"),
        place=ROW_COLUMN,
    ),
    "table_column_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the column %2 is missing"),
        QT_TRANSLATE_NOOP("InputError", "add a column titled %2"),
        place=QT_TRANSLATE_NOOP("InputError", "row %1 (header)"),
    ),
    # reading videos (app/media/probe.py, analysis.py)
    "video_file_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the video file is missing"),
        QT_TRANSLATE_NOOP("InputError", "put the file at this path or correct the path in the round file"),
    ),
    "video_file_empty": Template(QT_TRANSLATE_NOOP("InputError", "the video file is empty"), REEXPORT_VIDEO),
    "video_unreadable": Template(
        QT_TRANSLATE_NOOP("InputError", "cannot be read as a video (%1); the file may be truncated or damaged"),
        REEXPORT_VIDEO,
    ),
    "video_no_streams": Template(
        QT_TRANSLATE_NOOP("InputError", "holds neither a video nor an audio stream"), REEXPORT_VIDEO
    ),
    "video_truncated": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "the file ends at %1 s although its header says %2 s: it is truncated (an interrupted copy?)"
        ),
        QT_TRANSLATE_NOOP("InputError", "copy the file again from the original"),
    ),
    "video_no_frame": Template(QT_TRANSLATE_NOOP("InputError", "no video frame could be decoded"), REEXPORT_VIDEO),
    "video_undecodable": Template(
        QT_TRANSLATE_NOOP("InputError", "the video could not be decoded (%1); the file may be damaged"), REEXPORT_VIDEO
    ),
    "round_not_on_disk": Template(
        QT_TRANSLATE_NOOP("InputError", "the round was not read from a folder, so its video files cannot be found"),
        QT_TRANSLATE_NOOP("InputError", "open the round file from disk"),
    ),
    # the working databases (app/models/storage.py)
    "db_unopenable": Template(
        QT_TRANSLATE_NOOP("InputError", "the working database cannot be opened (%1)"),
        QT_TRANSLATE_NOOP(
            "InputError", "the file is damaged: restore the newest .bak file beside it, or move it away to start afresh"
        ),
    ),
    "db_newer": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "the working database was made by a newer Sarapshy (schema %1, this one knows %2)"
        ),
        QT_TRANSLATE_NOOP("InputError", "install the newer Sarapshy again"),
    ),
    "db_other_role": Template(
        QT_TRANSLATE_NOOP("InputError", "this is the %1 database, not the %2 one"),
        QT_TRANSLATE_NOOP("InputError", "open the database of the right role"),
    ),
    # the applications' table (app/models/applications_table.py)
    "responses_empty": Template(
        QT_TRANSLATE_NOOP("InputError", "the table is empty"),
        QT_TRANSLATE_NOOP(
            "InputError",
            "export the responses again from Google Forms (Responses → ⋮ → Download "
            "responses (.csv)) or from the linked Google Sheet",
        ),
    ),
    "responses_not_csv": Template(
        QT_TRANSLATE_NOOP("InputError", "this is not a CSV text file"),
        QT_TRANSLATE_NOOP("InputError", "choose the .csv or .xlsx export of the responses"),
    ),
    "responses_csv_unreadable": Template(
        QT_TRANSLATE_NOOP("InputError", "the CSV text cannot be read (%1)"),
        QT_TRANSLATE_NOOP("InputError", "export the responses again"),
    ),
    "responses_xlsx_unreadable": Template(
        QT_TRANSLATE_NOOP("InputError", "the Excel file cannot be read (%1)"),
        QT_TRANSLATE_NOOP(
            "InputError", "open it in Excel or LibreOffice and save it again as .xlsx, or export as .csv"
        ),
    ),
    # past results (app/models/admission.py)
    "results_malformed": Template(QT_TRANSLATE_NOOP("InputError", "is missing or malformed"), RESULTS_AGAIN),
    "results_other_round": Template(
        QT_TRANSLATE_NOOP("InputError", "this round (%1) is not the one the results are for (%2)"),
        QT_TRANSLATE_NOOP("InputError", "choose the round file of the same year"),
    ),
    "results_rank": Template(QT_TRANSLATE_NOOP("InputError", "is not a whole number"), RESULTS_AGAIN),
    "results_round_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the round file of these results (round %1) is not in the same folder"),
        QT_TRANSLATE_NOOP("InputError", "copy that year's round file beside the results file, or choose it"),
    ),
    # keys (app/models/keys.py)
    "signing_key_damaged": Template(
        QT_TRANSLATE_NOOP("InputError", "the signing key file is damaged or is not an Ed25519 key"),
        QT_TRANSLATE_NOOP(
            "InputError",
            "restore it from a backup; deleting it makes a new key that the chair will "
            "not recognise as yours unless the new one is pinned",
        ),
    ),
    "public_key_bad": Template(
        QT_TRANSLATE_NOOP("InputError", "the public key is not usable (%1)"),
        QT_TRANSLATE_NOOP("InputError", "export the key file again from the expert's computer"),
    ),
    "fingerprint_mismatch": Template(
        QT_TRANSLATE_NOOP("InputError", "the fingerprint %1 does not belong to this key"),
        QT_TRANSLATE_NOOP("InputError", "the file was edited; export the key file again"),
    ),
    "key_name_not_text": Template(
        QT_TRANSLATE_NOOP("InputError", "the name is not a text"),
        QT_TRANSLATE_NOOP("InputError", "export the key file again"),
    ),
    "key_pinned_other": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "the round pins another key for this expert (fingerprint %1) than this computer's key (%2)"
        ),
        QT_TRANSLATE_NOOP(
            "InputError", "sign on the computer that holds the pinned key, or ask the organiser to pin this key"
        ),
    ),
    # the organiser's round (app/models/round_edit.py)
    "round_unsaved": Template(
        QT_TRANSLATE_NOOP("InputError", "the round has no file yet"),
        QT_TRANSLATE_NOOP("InputError", "use Save as… to choose where to save it"),
    ),
    "round_unsaved_package": Template(
        QT_TRANSLATE_NOOP("InputError", "the round has no file yet"),
        QT_TRANSLATE_NOOP("InputError", "save the round first, then package it"),
    ),
    "cannot_copy_here": Template(
        QT_TRANSLATE_NOOP("InputError", "cannot copy %1 here (%2)"),
        QT_TRANSLATE_NOOP("InputError", "check that the disk is not full and that you may write to the folder"),
    ),
    # the expert's workspace (app/models/workspace.py); %1 is the entry
    "no_expert_chosen": Template(
        QT_TRANSLATE_NOOP("InputError", "no expert is chosen for this round"),
        QT_TRANSLATE_NOOP("InputError", "choose yourself in the commission list first"),
    ),
    "work_no_expert": Template(
        QT_TRANSLATE_NOOP("InputError", "there is no expert «%1» in the round"),
        QT_TRANSLATE_NOOP("InputError", "choose a name from the commission list"),
    ),
    "work_no_criterion": Template(
        QT_TRANSLATE_NOOP("InputError", "there is no criterion «%2» in the round"), place=ENTRY
    ),
    "work_bad_score": Template(
        QT_TRANSLATE_NOOP("InputError", "the score %3 is not allowed"),
        QT_TRANSLATE_NOOP("InputError", "enter a whole number from %4 to %5"),
        place=ENTRY_CRITERION,
    ),
    "work_recusal_reason": Template(
        QT_TRANSLATE_NOOP("InputError", "a recusal needs a reason"),
        QT_TRANSLATE_NOOP("InputError", "say briefly why (e.g. I am a co-author of this course)"),
        place=ENTRY,
    ),
    "work_interval_backwards": Template(
        QT_TRANSLATE_NOOP("InputError", "the played interval ends (%1) before it starts (%2)")
    ),
    "work_no_entry": Template(QT_TRANSLATE_NOOP("InputError", "there is no entry «%1» in the round")),
    "work_no_video": Template(QT_TRANSLATE_NOOP("InputError", "the entry has no video «%2»"), place=ENTRY),
    "work_bad_time": Template(QT_TRANSLATE_NOOP("InputError", "the time %1 is not a number of seconds from the start")),
    "work_no_note": Template(
        QT_TRANSLATE_NOOP("InputError", "there is no note «%1»"),
        QT_TRANSLATE_NOOP("InputError", "it may have been deleted already"),
    ),
    "work_missing_entry": Template(
        QT_TRANSLATE_NOOP("InputError", "the entry is neither scored nor recused"), SCORE_OR_RECUSE, place=ENTRY
    ),
    "work_missing_score": Template(
        QT_TRANSLATE_NOOP("InputError", "the criterion is not scored"), SCORE_OR_RECUSE, place=ENTRY_CRITERION
    ),
    "audio_undecodable": Template(
        QT_TRANSLATE_NOOP("InputError", "the audio could not be decoded (%1); the file may be damaged"), REEXPORT_VIDEO
    ),
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
    (
        "Invalid control character",
        QT_TRANSLATE_NOOP("InputError", "a control character (such as a line break) inside a text"),
    ),
    ("Invalid \\uXXXX escape", QT_TRANSLATE_NOOP("InputError", "a wrong \\uXXXX sequence in a text")),
    ("Invalid \\escape", QT_TRANSLATE_NOOP("InputError", "a wrong sequence with «\\» in a text")),
    ("Extra data", QT_TRANSLATE_NOOP("InputError", "more text after the end of the document")),
    ("Illegal trailing comma", QT_TRANSLATE_NOOP("InputError", "a comma before a closing bracket")),
)
MEGABYTES = QT_TRANSLATE_NOOP("InputError", "%1 MB")
KILOBYTES = QT_TRANSLATE_NOOP("InputError", "%1 KB")
