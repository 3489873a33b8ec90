"""Conflicts of interest suggested from the round, and the expert's answers to them.

The round says who the experts are (name, department) and who made each course (authors, faculty,
department). From that, a pair (expert, course) is *suggested* as a possible conflict on coded
grounds, which the window, the command line and the protocol translate:
- `department`: the expert's department is the course's department;
- `faculty`: the expert's department is the course's faculty (the round has one unit field per
  expert: an expert of a faculty-level unit names the faculty there);
- `author`: the expert is one of the course's authors (same name, words in any order, initials
  allowed: «Ахметов А. Б.» is «Ахметов Асқар Бекұлы»);
- `surname`: an author shares the expert's surname (Ахметов / Ахметова) — a *soft* hint only: many
  people share a surname, so it may be dismissed without a reason.
Texts are compared normalised (letter case, ё/е, Latin look-alikes typed into Cyrillic words, ə/ә,
quotes and punctuation, generic words such as «кафедрасы», «кафедра», «department», «факультеті»),
in every language the course's text is given in.

The expert answers each suggestion: `recused` (the course is then recused in the sheet) or
`dismissed` (with a reason unless every ground is soft). The answers go into the signed sheet
(`conflict_answers`, format `sarapshy-sheet/2`); `answer_problems` is what makes such a sheet
inconsistent with its round; `conflict_summary` is what the chair and the protocol show.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.models.localized import LANGUAGES
from app.models.round_model import Entry, Expert, Id, Round, RoundHeader

if TYPE_CHECKING:
    from app.models.sheet import Sheet, SheetProblem

Ground = Literal["department", "faculty", "author", "surname"]
GROUNDS: tuple[Ground, ...] = ("department", "faculty", "author", "surname")
SOFT_GROUNDS: frozenset[str] = frozenset({"surname"})
Answer = Literal["recused", "dismissed"]
RECUSED: Answer = "recused"
DISMISSED: Answer = "dismissed"
# SheetProblem kind of an answer that does not fit the sheet or the round.
CONFLICT_ANSWER = "conflict_answer"
MAX_REASON = 5_000


# --- normalising --------------------------------------------------------------------------------

# Latin letters typed by mistake inside Cyrillic words (they look the same); ə is the Latin schwa
# often typed for the Kazakh ә.
_LOOKALIKES = str.maketrans(
    {
        "a": "а",
        "c": "с",
        "e": "е",
        "i": "і",
        "o": "о",
        "p": "р",
        "x": "х",
        "y": "у",
        "k": "к",
        "h": "һ",
        "m": "м",
        "t": "т",
        "b": "в",
    }
)
_ALWAYS = str.maketrans({"ё": "е", "ə": "ә", "’": "", "'": "", "ʼ": ""})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\w+")
# Words that name the kind of unit, not the unit: «Ақпараттық жүйелер кафедрасы» is «Ақпараттық жүйелер».
UNIT_WORDS = frozenset(
    {
        "кафедра",
        "кафедрасы",
        "кафедры",
        "каф",
        "department",
        "dept",
        "chair",
        "of",
        "the",
        "and",
        "факультет",
        "факультеті",
        "факультета",
        "факультетінің",
        "faculty",
        "школа",
        "мектебі",
        "school",
        "институт",
        "институты",
        "institute",
        "және",
        "и",
    }
)


def normalise_text(text: str) -> str:
    """Lower case, NFC, ё → е, ə → ә, Latin look-alikes inside Cyrillic words made Cyrillic, words
    joined by single spaces (punctuation and quotes dropped)."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_ALWAYS)
    words = []
    for word in _WORD.findall(folded):
        if _CYRILLIC.search(word):
            word = word.translate(_LOOKALIKES)
        words.append(word)
    return " ".join(words)


def unit_key(text: str) -> str:
    """A department's or faculty's name, normalised, without the words that only say what it is."""
    return " ".join(w for w in normalise_text(text).split() if w not in UNIT_WORDS)


def _texts(value: str | Mapping[str, str]) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [value[lang] for lang in (*LANGUAGES, *sorted(value)) if value.get(lang)]


def same_unit(expert_unit: str, course_unit: str | Mapping[str, str]) -> bool:
    """Whether the expert's unit is the course's, in any language the course's text is given in."""
    key = unit_key(expert_unit)
    return bool(key) and any(unit_key(text) == key for text in _texts(course_unit))


# --- names --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonName:
    """A person's name as words: the surname, then the other names in order (full words or initials)."""

    surname: str
    rest: tuple[str, ...]


_FEMININE = (("ская", "ский"), ("цкая", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ына", "ын"))


def surname_stem(word: str) -> str:
    """One family name for husband and wife, brother and sister: Ахметова → ахметов."""
    for ending, masculine in _FEMININE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + masculine
    return word


def parse_name(name: str) -> PersonName:
    """«Ахметов Асқар Бекұлы», «А. Б. Ахметов», «Ахметов А.Б.»: the surname is the first full word
    (the order of Kazakh and Russian forms); initials are the one-letter words."""
    words = normalise_text(name).split()
    index = next((i for i, w in enumerate(words) if len(w) > 1), None)
    if index is None:
        return PersonName("", tuple(words))
    return PersonName(surname_stem(words[index]), tuple(words[:index] + words[index + 1 :]))


def same_person(a: str, b: str) -> bool:
    """The same full name (words in any order), or the same surname with the other names agreeing
    as far as both give them (a full name against an initial compares the first letter)."""
    words_a, words_b = sorted(normalise_text(a).split()), sorted(normalise_text(b).split())
    if words_a and words_a == words_b and all(len(w) > 1 for w in words_a):
        return True
    one, other = parse_name(a), parse_name(b)
    if not one.surname or one.surname != other.surname or not one.rest or not other.rest:
        return False  # a bare surname is the soft hint, never a match
    for mine, theirs in zip(one.rest, other.rest, strict=False):
        if len(mine) > 1 and len(theirs) > 1:
            if mine != theirs:
                return False
        elif mine[0] != theirs[0]:
            return False
    return True


def same_surname(a: str, b: str) -> bool:
    one, other = parse_name(a).surname, parse_name(b).surname
    return bool(one) and one == other


# --- suggestions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    expert_id: str
    entry_id: str
    grounds: tuple[Ground, ...]  # in the order of GROUNDS
    authors: tuple[str, ...] = ()  # the authors' names behind `author` / `surname`, as the round gives them

    @property
    def soft(self) -> bool:
        """Only soft grounds: dismissing needs no reason."""
        return all(g in SOFT_GROUNDS for g in self.grounds)


def suggest_for(expert: Expert, entry: Entry) -> Suggestion | None:
    grounds: list[Ground] = []
    if same_unit(expert.department, entry.department):
        grounds.append("department")
    if same_unit(expert.department, entry.faculty):
        grounds.append("faculty")
    authors = [a.name for a in entry.authors if same_person(expert.name, a.name)]
    if authors:
        grounds.append("author")
    else:
        authors = [a.name for a in entry.authors if same_surname(expert.name, a.name)]
        if authors:
            grounds.append("surname")
    if not grounds:
        return None
    return Suggestion(expert.id, entry.id, tuple(grounds), tuple(authors))


def suggestions_for_expert(header: RoundHeader, entries: Iterable[Entry], expert_id: str) -> list[Suggestion]:
    expert = header.expert(expert_id)
    if expert is None:
        return []
    return [s for s in (suggest_for(expert, entry) for entry in entries) if s is not None]


def suggest_conflicts(rnd: Round) -> list[Suggestion]:
    """Every suggested pair of the round, by expert (commission order), then course (round order)."""
    return [
        s
        for expert in rnd.commission.experts
        for s in (suggest_for(expert, entry) for entry in rnd.entries)
        if s is not None
    ]


# --- the expert's answers (in the signed sheet) -------------------------------------------------


class ConflictAnswer(BaseModel):
    """The expert's answer to one suggested conflict: `recused`, or `dismissed` with a reason
    (required unless every ground is soft)."""

    model_config = ConfigDict(extra="forbid")

    entry_id: Id
    grounds: list[Ground] = Field(min_length=1, max_length=len(GROUNDS))
    answer: Answer
    reason: str = Field(default="", max_length=MAX_REASON)

    @field_validator("grounds")
    @classmethod
    def _each_once(cls, grounds: list[Ground]) -> list[Ground]:
        if len(set(grounds)) != len(grounds):
            raise ValueError("a ground is given twice")
        return grounds

    @model_validator(mode="after")
    def _dismissal_has_reason(self) -> ConflictAnswer:
        if self.answer == DISMISSED and not self.reason.strip() and not all(g in SOFT_GROUNDS for g in self.grounds):
            raise ValueError(
                f"entry {self.entry_id}: a dismissed conflict of interest on grounds "
                f"{', '.join(self.grounds)} needs a reason"
            )
        return self


def reason_required(grounds: Sequence[str], answer: str) -> bool:
    return answer == DISMISSED and not all(g in SOFT_GROUNDS for g in grounds)


def answer_problems(sheet: Sheet, rnd: Round) -> list[SheetProblem]:
    """What makes the sheet's answers inconsistent: an answer in a `/1` sheet, for a course the
    round lacks, twice for one course, or `recused` while the sheet scores that course."""
    from app.models.sheet import SheetProblem

    answers = sheet.conflict_answers
    if not answers:
        return []
    if sheet.format == "sarapshy-sheet/1":
        return [
            SheetProblem(
                CONFLICT_ANSWER,
                "answers to suggested conflicts of interest need format "
                "sarapshy-sheet/2, but the sheet says sarapshy-sheet/1",
                "conflict_answer_old_format",
            )
        ]
    problems: list[SheetProblem] = []
    seen: set[str] = set()
    for answer in answers:
        if rnd.entry(answer.entry_id) is None:
            problems.append(
                SheetProblem(
                    CONFLICT_ANSWER,
                    f"a conflict-of-interest answer names entry {answer.entry_id!r}, which is not in the round",
                    "conflict_answer_unknown_entry",
                    (answer.entry_id,),
                )
            )
            continue
        if answer.entry_id in seen:
            problems.append(
                SheetProblem(
                    CONFLICT_ANSWER,
                    f"entry {answer.entry_id}: the conflict of interest is answered twice",
                    "conflict_answer_twice",
                    (answer.entry_id,),
                )
            )
            continue
        seen.add(answer.entry_id)
        evaluation = sheet.evaluation(answer.entry_id)
        if answer.answer == RECUSED and (evaluation is None or not evaluation.recused):
            problems.append(
                SheetProblem(
                    CONFLICT_ANSWER,
                    f"entry {answer.entry_id}: the expert confirmed the "
                    "conflict of interest (recused), yet the sheet scores "
                    "the course",
                    "conflict_answer_recused_scored",
                    (answer.entry_id,),
                )
            )
    return problems


# --- what the chair and the protocol show -------------------------------------------------------


@dataclass(frozen=True)
class Recusal:
    expert_id: str
    entry_id: str
    reason: str
    grounds: tuple[str, ...]  # the suggestion's grounds when the recusal answered one; () when declared


@dataclass(frozen=True)
class Dismissal:
    expert_id: str
    entry_id: str
    grounds: tuple[str, ...]
    reason: str

    @property
    def soft(self) -> bool:
        return all(g in SOFT_GROUNDS for g in self.grounds)


@dataclass(frozen=True)
class ConflictSummary:
    recusals: list[Recusal]
    dismissed: list[Dismissal]
    unanswered: list[Suggestion]  # suggested to an expert whose sheet does not answer it


def conflict_summary(rnd: Round, sheets: Iterable[Sheet]) -> ConflictSummary:
    """Recusals, dismissed suggestions and unanswered ones over the accepted sheets, in the
    commission's order of experts and the round's order of courses."""
    by_expert = {sheet.expert_id: sheet for sheet in sheets}
    expert_order = {x.id: i for i, x in enumerate(rnd.commission.experts)}
    entry_order = {e.id: i for i, e in enumerate(rnd.entries)}
    suggested = {(s.expert_id, s.entry_id): s for s in suggest_conflicts(rnd)}
    recusals: list[Recusal] = []
    dismissed: list[Dismissal] = []
    unanswered: list[Suggestion] = []
    for expert_id, sheet in by_expert.items():
        answers = {a.entry_id: a for a in sheet.conflict_answers}
        for ev in sheet.evaluations:
            if ev.recused:
                answer: ConflictAnswer | None = answers.get(ev.entry_id)
                grounds = tuple(answer.grounds) if answer is not None and answer.answer == RECUSED else ()
                recusals.append(Recusal(expert_id, ev.entry_id, ev.recusal_reason, grounds))
        for answer in sheet.conflict_answers:
            if answer.answer == DISMISSED:
                dismissed.append(Dismissal(expert_id, answer.entry_id, tuple(answer.grounds), answer.reason))
        for (x, entry_id), suggestion in suggested.items():
            if x == expert_id and entry_id not in answers and not _recused(sheet, entry_id):
                unanswered.append(suggestion)

    def order(item: Recusal | Dismissal | Suggestion) -> tuple[int, int]:
        return expert_order.get(item.expert_id, len(expert_order)), entry_order.get(item.entry_id, len(entry_order))

    return ConflictSummary(sorted(recusals, key=order), sorted(dismissed, key=order), sorted(unanswered, key=order))


def _recused(sheet: Sheet, entry_id: str) -> bool:
    evaluation = sheet.evaluation(entry_id)
    return evaluation is not None and evaluation.recused
