"""What is wrong with a round draft, or worth knowing, as the organiser types: each issue with its
place (`entries[2].title`) and a stable code the window translates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from app.models.jsonfile import problems_from_validation_error
from app.models.regulation import MAX_SHORT_ANNOTATION_CHARS
from app.models.round_model import Round

if TYPE_CHECKING:
    from app.models.round_edit import RoundDraft


@dataclass(frozen=True)
class Issue:
    """One thing to tell the organiser: where, a stable code for translation, and English text."""

    place: str
    code: str
    text: str
    args: tuple[str, ...] = ()
    warning: bool = False

    def describe(self) -> str:
        return f"{self.place}: {self.text}" if self.place else self.text


def round_issues(draft: RoundDraft) -> list[Issue]:
    """Errors (the round cannot be saved) first, then warnings; each with its place."""
    own = _own_checks(draft)
    covered = {i.place for i in own if not i.warning}
    model_issues = []
    try:
        Round.model_validate(draft.data)
    except ValidationError as exc:
        for problem in problems_from_validation_error(exc):
            if not any(_within(problem.place, place) for place in covered):
                model_issues.append(Issue(problem.place, "invalid", problem.problem, (problem.problem,)))
    errors = [i for i in own if not i.warning] + model_issues
    warnings = [i for i in own if i.warning]
    return errors + warnings


def _own_checks(draft: RoundDraft) -> list[Issue]:
    out: list[Issue] = []
    d = draft.data
    if not _has_text(d.get("title")):
        out.append(Issue("title", "required", "the competition title is empty"))
    chair = d["commission"].get("chair") or {}
    if not str(chair.get("name", "")).strip():
        out.append(Issue("commission.chair.name", "required", "the chair's name is empty"))
    secretary = d["commission"].get("secretary")
    if secretary and not str(secretary.get("name", "")).strip():
        out.append(Issue("commission.secretary.name", "required", "the secretary's name is empty"))
    if not draft.experts:
        out.append(Issue("commission.experts", "no_experts", "the commission has no experts yet"))
    for index, expert in enumerate(draft.experts):
        if not str(expert.get("name", "")).strip():
            out.append(Issue(f"commission.experts[{index}].name", "required", "the expert's name is empty"))
    for index, criterion in enumerate(draft.criteria):
        place = f"criteria[{index}]"
        if not _has_text(criterion.get("title")):
            out.append(Issue(f"{place}.title", "required", "the criterion's title is empty"))
        low, high = criterion.get("min"), criterion.get("max")
        if isinstance(low, int) and isinstance(high, int) and low >= high:
            out.append(
                Issue(place, "range", f"the maximum ({high}) must be above the minimum ({low})", (str(low), str(high)))
            )
    if not draft.entries:
        out.append(Issue("entries", "no_entries", "the round has no entries yet", warning=True))
    for index, entry in enumerate(draft.entries):
        out.extend(_entry_checks(draft, index, entry))
    return out


def _entry_checks(draft: RoundDraft, index: int, entry: dict[str, Any]) -> list[Issue]:
    out: list[Issue] = []
    place = f"entries[{index}]"
    if not _has_text(entry.get("title")):
        out.append(Issue(f"{place}.title", "required", "the course title is empty"))
    authors = entry.get("authors") or []
    if not authors:
        out.append(Issue(f"{place}.authors", "no_authors", "the course has no author"))
    for a_index, author in enumerate(authors):
        if not str(author.get("name", "")).strip():
            out.append(Issue(f"{place}.authors[{a_index}].name", "required", "the author's name is empty"))
    link = entry.get("link")
    if link and not re.match(r"^https?://[^\s/]+", link):
        out.append(Issue(f"{place}.link", "bad_url", "the link must start with http:// or https://"))
    for text in _versions(entry.get("annotation")).values():
        if len(text) > MAX_SHORT_ANNOTATION_CHARS:
            out.append(
                Issue(
                    f"{place}.annotation",
                    "annotation_long",
                    f"the short annotation has {len(text)} characters; form -02 allows {MAX_SHORT_ANNOTATION_CHARS}",
                    (str(len(text)), str(MAX_SHORT_ANNOTATION_CHARS)),
                    warning=True,
                )
            )
            break
    media = entry.get("media") or []
    if not media:
        out.append(
            Issue(f"{place}.media", "no_media", "no videos: the course will be judged from its link", warning=True)
        )
    elif not any(m.get("kind") == "promo" for m in media):
        out.append(Issue(f"{place}.media", "no_promo", "no promo video (form -02 requires one)", warning=True))
    for kind in ("media", "attachments"):
        for i_index, item in enumerate(entry.get(kind) or []):
            out.extend(_file_checks(draft, f"{place}.{kind}[{i_index}]", item))
    return out


def _file_checks(draft: RoundDraft, place: str, item: dict[str, Any]) -> list[Issue]:
    relative = item.get("path")
    if not relative:
        url = item.get("url", "")
        if url and not re.match(r"^https?://[^\s/]+", url):
            return [Issue(f"{place}.url", "bad_url", "the link must start with http:// or https://")]
        return []
    source = draft.source_of(relative)
    if relative in draft.pending:
        if source is None or not source.is_file():
            return [
                Issue(
                    f"{place}.path",
                    "missing_file",
                    f"the file {draft.pending[relative]} is gone",
                    (draft.pending[relative],),
                    warning=True,
                )
            ]
        return [
            Issue(
                f"{place}.path",
                "pending_copy",
                f"{source.name} is not in the round folder yet: press Package to copy it",
                (source.name,),
                warning=True,
            )
        ]
    if source is not None and not source.is_file():
        return [
            Issue(
                f"{place}.path",
                "missing_file",
                f"the file {relative} is not in the round folder",
                (relative,),
                warning=True,
            )
        ]
    return []


def _has_text(value: Any) -> bool:
    return bool(_versions(value))


def _versions(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {k: v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
    return {"": value.strip()} if isinstance(value, str) and value.strip() else {}


def _within(place: str, covered: str) -> bool:
    return place == covered or place.startswith((covered + ".", covered + "["))
