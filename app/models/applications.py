"""Applications from the Google Forms responses export (CSV or XLSX) turned into round entries.

Regulation 9.6–9.7: applications come through a Google Form with the cover-letter fields of form
Ү.ЖИЦДО-7.5.1-2025-01-01. The form's questions are worded by whoever made it, in Kazakh, Russian
or English, so the columns are matched to fields by keywords (`suggest_mapping`); the organiser
confirms or corrects the mapping, which is remembered by header text for the next export
(`remember_mapping`, a small JSON in the data folder). The same course sent twice (same title and
an author in common) is shown as a duplicate, never added twice.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.models.errors import InputError
from app.models.files import atomic_write_text, read_limited
from app.models.round_edit import RoundDraft
from app.models.round_text import shown_text
from app.models.untrusted import bad_character
from app.paths import data_dir

MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_TABLE_ROWS = 100_000  # applications of one competition are far fewer
MAPPINGS_FILE = "applications-mappings.json"

# Fields of an application, in the order the mapping dialog shows them.
FIELDS = (
    "timestamp",
    "email",
    "faculty",
    "department",
    "title",
    "authors",
    "position",
    "degree",
    "annotation",
    "link",
    "languages",
    "promo",
)
REQUIRED_FIELDS = ("title", "authors")

# Keywords per field, tried in this order for each column (so "Курсқа сілтеме" is a link before it
# is a title, and "Факультеттің атауы" a faculty). Matched against the case-folded header.
FIELD_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("timestamp", ("уақыт белгісі", "отметка времени", "timestamp", "дата и время", "күні мен уақыты")),
    ("email", ("электрондық пошта", "электронной почты", "e-mail", "email", "эл. пошта", "почта")),
    ("promo", ("промо", "promo", "трейлер", "trailer")),
    ("link", ("сілтеме", "ссылк", "link", "url", "платформадағы мекенжай")),
    ("annotation", ("аннотац", "annotation", "abstract", "сипаттама", "описание курса")),
    ("faculty", ("факультет", "faculty", "school", "институт", "мектеп")),
    ("department", ("кафедр", "department", "бөлім")),
    ("languages", ("тілі", "тілдері", "тілде", "язык", "language")),
    ("degree", ("дәреже", "степен", "degree", "атағы", "звани")),
    ("position", ("лауазым", "должност", "position", "job title")),
    ("authors", ("автор", "author", "аты-жөні", "аты жөні", "фио", "ф.и.о", "full name", "оқытушы")),
    ("title", ("атау", "название", "наименование", "title", "жаок", "моок", "mooc", "курс", "course")),
)
SHORT_WORDS = ("қысқа", "кратк", "short")
LANGUAGE_WORDS = {
    "kk": ("қазақ", "казах", "kazakh", "kaz", "қаз"),
    "ru": ("орыс", "рус", "russian", "rus"),
    "en": ("ағылшын", "англ", "english", "eng"),
}


@dataclass(frozen=True)
class Table:
    """A spreadsheet as text: the header row and the data rows (all cells strings)."""

    source: Path
    headers: list[str]
    rows: list[list[str]]

    def cell(self, row: int, column: int | None) -> str:
        if column is None or column >= len(self.rows[row]):
            return ""
        return self.rows[row][column].strip()


@dataclass
class Application:
    row: int  # the row number as the spreadsheet shows it (header is row 1)
    values: dict[str, str]

    @property
    def title(self) -> str:
        return self.values.get("title", "")

    def author_names(self) -> list[str]:
        return split_people(self.values.get("authors", ""))

    def authors(self) -> list[dict[str, str]]:
        names = self.author_names()
        positions = split_list(self.values.get("position", ""))
        degrees = split_list(self.values.get("degree", ""))
        out = []
        for index, name in enumerate(names):
            author = {"name": name}
            position = _nth(positions, index, len(names))
            degree = _nth(degrees, index, len(names))
            if position:
                author["position"] = position
            if degree:
                author["degree"] = degree
            out.append(author)
        return out

    def languages(self) -> list[str]:
        return parse_languages(self.values.get("languages", ""))


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str
    text: str


@dataclass(frozen=True)
class Duplicate:
    application: Application
    of: str  # "m03" (an entry already in the round) or "row 5" (another row of the file)
    kept_row: int | None = None


@dataclass
class ImportPlan:
    new: list[Application] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


# --- reading the export ------------------------------------------------------------------------------


def read_table(path: str | Path) -> Table:
    """The first sheet of an XLSX file, or a CSV file (UTF-8, or Windows-1251 from Excel; , ; or tab)."""
    path = Path(path)
    raw = read_limited(path, MAX_TABLE_BYTES)
    rows = _xlsx_rows(raw, path) if raw[:4] == b"PK\x03\x04" else _csv_rows(raw, path)
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if len(rows) > MAX_TABLE_ROWS:
        raise InputError(
            path,
            "",
            f"the table has more than {MAX_TABLE_ROWS} rows",
            "choose the export of this competition's applications",
            code="table_too_many_rows",
            args=(MAX_TABLE_ROWS,),
        )
    if not rows:
        raise InputError(
            path,
            "",
            "the table is empty",
            "export the responses again from Google Forms "
            "(Responses → ⋮ → Download responses (.csv)) or from the linked Google Sheet",
            code="responses_empty",
        )
    headers = [h.strip() for h in rows[0]]
    width = len(headers)
    body = [row + [""] * (width - len(row)) for row in rows[1:]]
    return Table(path, headers, body)


def _csv_rows(raw: bytes, path: Path) -> list[list[str]]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:  # a lone surrogate or a cut-off last character
            raise InputError(
                path,
                "",
                "this is not a readable UTF-16 text file",
                "export the responses again as .csv or .xlsx",
                code="not_utf16",
            ) from None
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1251", errors="replace")
    if "\x00" in text:
        raise InputError(
            path,
            "",
            "this is not a CSV text file",
            "choose the .csv or .xlsx export of the responses",
            code="responses_not_csv",
        )
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise InputError(
            path,
            "",
            f"the CSV text cannot be read ({exc})",
            "export the responses again",
            code="responses_csv_unreadable",
            args=(exc,),
        ) from None


def _xlsx_rows(raw: bytes, path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    from app.models.xlsx_guard import check_xlsx_archive

    check_xlsx_archive(raw, path)  # zip bombs and DTDs are refused before openpyxl parses anything
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(
            path,
            "",
            f"the Excel file cannot be read ({exc})",
            "open it in Excel or LibreOffice and save it again as .xlsx, or export as .csv",
            code="responses_xlsx_unreadable",
            args=(str(exc)[:200],),
        ) from None
    try:
        sheet = book.worksheets[0]
        return [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- the column mapping ------------------------------------------------------------------------------


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return " ".join(text.split())


def field_of_header(header: str) -> str | None:
    """The field a question header most likely is, or None."""
    text = normalise(header)
    if not text:
        return None
    for name, words in FIELD_KEYWORDS:
        if any(_starts_word(word, text) for word in words):
            return name
    return None


def _starts_word(word: str, text: str) -> bool:
    """`word` begins a word of `text` ("звани" is in "звание", not in "название")."""
    return re.search(r"(?<!\w)" + re.escape(word), text) is not None


def suggest_mapping(headers: list[str]) -> dict[str, int]:
    """field → column index: the organiser's earlier choices first (including "not imported"),
    then the header's words."""
    remembered = remembered_mapping()
    mapping: dict[str, int] = {}
    decided: set[int] = set()
    for index, header in enumerate(headers):
        name = remembered.get(normalise(header))
        if name is None:
            continue
        decided.add(index)
        if name in FIELDS and name not in mapping:
            mapping[name] = index
    for index, header in enumerate(headers):
        if index in decided:
            continue
        name = field_of_header(header)
        if name is None:
            continue
        if name not in mapping:
            mapping[name] = index
        elif (
            name == "annotation"
            and any(w in normalise(header) for w in SHORT_WORDS)
            and not any(w in normalise(headers[mapping[name]]) for w in SHORT_WORDS)
        ):
            mapping[name] = index  # the short annotation is the one form -01 asks for
    return mapping


def mappings_path() -> Path:
    return data_dir() / MAPPINGS_FILE


def remembered_mapping() -> dict[str, str]:
    """Normalised header text → field as chosen by the organiser before ("" = not imported)."""
    try:
        data = json.loads(mappings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    headers = data.get("headers") if isinstance(data, dict) else None
    return {
        k: v
        for k, v in (headers or {}).items()  # a key with NUL or a lone surrogate could not be saved back
        if isinstance(k, str) and bad_character(k) is None and (v in FIELDS or v == "")
    }


def remember_mapping(headers: list[str], mapping: dict[str, int]) -> None:
    """Remember the organiser's choice for these headers; a column left out is remembered as such."""
    known = remembered_mapping()
    for header in headers:
        if normalise(header):
            known[normalise(header)] = ""
    for name, index in mapping.items():
        if name in FIELDS and 0 <= index < len(headers) and normalise(headers[index]):
            known[normalise(headers[index])] = name
    atomic_write_text(mappings_path(), json.dumps({"headers": known}, ensure_ascii=False, indent=1) + "\n")


def check_mapping(mapping: dict[str, int]) -> list[str]:
    """The required fields the mapping leaves out."""
    return [name for name in REQUIRED_FIELDS if name not in mapping]


# --- applications and duplicates ---------------------------------------------------------------------


def applications_from_table(table: Table, mapping: dict[str, int]) -> list[Application]:
    out = []
    for index in range(len(table.rows)):
        values = {name: table.cell(index, column) for name, column in mapping.items()}
        out.append(Application(row=index + 2, values={k: v for k, v in values.items() if v}))
    return out


def duplicate_key(title: str, authors: list[str]) -> tuple[str, frozenset[str]]:
    return _plain(title), frozenset(_plain_name(a) for a in authors if a.strip())


def same_course(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """Same title and at least one author in common."""
    return bool(a[0]) and a[0] == b[0] and bool(a[1] & b[1])


def plan_import(applications: list[Application], draft: RoundDraft) -> ImportPlan:
    """What importing would do: new entries, duplicates (shown, not added) and rows with problems.

    Within the file the latest row of a course wins (a resubmission corrects the earlier one).
    """
    plan = ImportPlan()
    existing = [
        (
            entry["id"],
            duplicate_key(shown_text(entry.get("title")), [a.get("name", "") for a in entry.get("authors", [])]),
        )
        for entry in draft.entries
    ]
    usable = []
    for application in applications:
        missing = [name for name in REQUIRED_FIELDS if not application.values.get(name)]
        for name in missing:
            plan.problems.append(RowProblem(application.row, name, f"row {application.row}: the {name} is empty"))
        if not missing:
            usable.append(application)
    kept: list[Application] = []
    for application in reversed(usable):
        key = duplicate_key(application.title, application.author_names())
        in_round = next((entry_id for entry_id, other in existing if same_course(key, other)), None)
        if in_round:
            plan.duplicates.append(Duplicate(application, in_round))
            continue
        later = next((k for k in kept if same_course(key, duplicate_key(k.title, k.author_names()))), None)
        if later:
            plan.duplicates.append(Duplicate(application, f"row {later.row}", later.row))
            continue
        kept.append(application)
    plan.new = sorted(kept, key=lambda a: a.row)
    plan.duplicates.sort(key=lambda d: d.application.row)
    return plan


def apply_import(plan: ImportPlan, draft: RoundDraft) -> list[str]:
    """Add the plan's new applications to the draft as entries; returns their ids."""
    ids = []
    for application in plan.new:
        values = application.values
        entry = draft.add_entry(
            values.get("title", ""),
            application.authors(),
            faculty=values.get("faculty"),
            department=values.get("department"),
            annotation=values.get("annotation"),
            languages=application.languages(),
        )
        link = values.get("link", "")
        if link:
            entry["link"] = link if re.match(r"^https?://", link) else f"https://{link}"
        promo = values.get("promo", "")
        if re.match(r"^https?://\S+$", promo):
            draft.add_media_link(len(draft.entries) - 1, promo, kind="promo")
        ids.append(entry["id"])
    return ids


# --- text helpers ------------------------------------------------------------------------------------


def split_people(text: str) -> list[str]:
    """Authors are listed one a line, or separated by ';', or else by ','."""
    parts = split_list(text)
    if len(parts) == 1 and "," in parts[0]:
        parts = [p.strip() for p in parts[0].split(",")]
    return [p for p in parts if p]


def split_list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", text or "") if p.strip()]


def parse_languages(text: str) -> list[str]:
    found = []
    lowered = normalise(text)
    for code, words in LANGUAGE_WORDS.items():
        if any(_starts_word(w, lowered) for w in words):
            found.append(code)
    return found


def _nth(values: list[str], index: int, count: int) -> str:
    if len(values) == count:
        return values[index]
    return values[0] if len(values) == 1 and index == 0 else ""


def _plain(text: str) -> str:
    text = normalise(text)
    text = re.sub(r"[«»\"'“”„`.,:;!?()\[\]–—-]", " ", text)
    return " ".join(text.split())


def _plain_name(name: str) -> str:
    return _plain(name).replace(" ", "")
