"""Which column of the responses export holds which field of an application.

The form's questions are worded by whoever made it, in Kazakh, Russian or English, so the columns are
matched to fields by keywords (`suggest_mapping`); the organiser confirms or corrects the mapping,
which is remembered by header text for the next export (`remember_mapping`, a small JSON in the data
folder).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from app.models.files import atomic_write_text
from app.models.untrusted import bad_character
from app.paths import data_dir

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


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return " ".join(text.split())


def field_of_header(header: str) -> str | None:
    """The field a question header most likely is, or None."""
    text = normalise(header)
    if not text:
        return None
    for name, words in FIELD_KEYWORDS:
        if any(starts_word(word, text) for word in words):
            return name
    return None


def starts_word(word: str, text: str) -> bool:
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
