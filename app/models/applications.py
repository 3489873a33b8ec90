"""Applications from the Google Forms responses export turned into round entries.

Regulation 9.6–9.7: applications come through a Google Form with the cover-letter fields of form
Ү.ЖИЦДО-7.5.1-2025-01-01. The export is read by `applications_table`, its columns matched to fields
by `applications_mapping`; here each row becomes an application. The same course sent twice (same
title and an author in common) is shown as a duplicate, never added twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.models.applications_mapping import REQUIRED_FIELDS, normalise, starts_word
from app.models.applications_table import Table
from app.models.round_edit import RoundDraft
from app.models.round_text import shown_text

LANGUAGE_WORDS = {
    "kk": ("қазақ", "казах", "kazakh", "kaz", "қаз"),
    "ru": ("орыс", "рус", "russian", "rus"),
    "en": ("ағылшын", "англ", "english", "eng"),
}


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
        if any(starts_word(w, lowered) for w in words):
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
