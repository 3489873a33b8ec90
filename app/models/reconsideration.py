"""The second round for flagged cells: the chair's reconsideration request (format
`sarapshy-reconsideration/1`, docs/RECONSIDERATION.md), the expert's revised sheet answering it, and the
check of that answer when the chair merges.

One request goes to one expert and names one sheet file of theirs (its SHA-256 and revision): the
cells (course × criterion) with the score that sheet holds and the chair's question. The request is
signed with the chair's Ed25519 key (this computer's key for the chair's name, as experts' keys are
kept) and bound to the round and the sheet by their digests; an unsigned or changed request is refused.

The expert answers with a new revision of that sheet: the referred sheet with, for every requested
cell, the score kept or changed, listed under `reconsiderations` (request digest, before, after,
justification); a changed score without a written justification is refused by the sheet model.
Nothing else may change score: the merge refuses a revision whose unrequested scores or recusals
differ from the sheet the request names (the previous revision then stays in force).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator

from app.models.canonical import sha256_hex
from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, check_format, decode_json_document, validate_model
from app.models.keys import identity_for, load_or_create_key
from app.models.round import RoundFile
from app.models.round_model import Id
from app.models.sheet import Sheet, SheetFile, Signature
from app.models.signing import sign_sheet, verify_sheet_signature

REQUEST_FORMAT = "sarapshy-reconsideration/1"
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RequestCell(_Model):
    entry_id: Id
    criterion_id: Id
    score: StrictInt
    question: str = Field(min_length=1, max_length=5_000)


class SheetReference(_Model):
    sha256: Sha256
    revision: StrictInt = Field(ge=1)
    code: str = ""


class ReconsiderationRequest(_Model):
    format: Literal["sarapshy-reconsideration/1"]
    request_id: str = Field(min_length=1, max_length=100)
    round_id: str
    round_sha256: Sha256
    expert_id: Id
    expert_name: str = ""
    sheet: SheetReference
    chair_name: str = ""
    created_at: datetime
    cells: list[RequestCell] = Field(min_length=1, max_length=10_000)
    signature: Signature | None = None

    @field_validator("cells")
    @classmethod
    def _one_per_cell(cls, cells: list[RequestCell]) -> list[RequestCell]:
        seen: set[tuple[str, str]] = set()
        for cell in cells:
            key = (cell.entry_id, cell.criterion_id)
            if key in seen:
                raise ValueError(f"cell {cell.entry_id}/{cell.criterion_id} is requested twice")
            seen.add(key)
        return cells

    def cell(self, entry_id: str, criterion_id: str) -> RequestCell | None:
        return next((c for c in self.cells if (c.entry_id, c.criterion_id) == (entry_id, criterion_id)), None)


@dataclass(frozen=True)
class RequestFile:
    path: Path | None
    raw: bytes
    data: dict[str, Any]
    request: ReconsiderationRequest
    sha256: str  # of the file's bytes: what the revised sheet names
    fingerprint: str  # of the chair's signing key, to compare with the one the chair reads out

    @property
    def name(self) -> str:
        return self.path.name if self.path else "(request)"


@dataclass(frozen=True)
class MarkedCell:
    """A cell the chair marks for reconsideration, with the question to the expert."""

    entry_id: str
    criterion_id: str
    question: str


@dataclass(frozen=True)
class Answer:
    """The expert's answer to one requested cell: the score after (the same one keeps it)."""

    entry_id: str
    criterion_id: str
    after: int
    justification: str = ""


def _problem(place: str, problem: str, fix: str, code: str, *args: object) -> Problem:
    return Problem(place, problem, fix, code, tuple(str(a) for a in args))


# --- the chair: making the request ---


def build_request(
    round_file: RoundFile, sheet_file: SheetFile, cells: Sequence[MarkedCell], created_at: datetime | None = None
) -> bytes:
    """The signed request file's bytes for the expert of `sheet_file` (an accepted sheet of this round).
    Raises InputError naming each cell that cannot be asked about."""
    sheet = sheet_file.sheet
    rnd = round_file.round
    expert = rnd.expert(sheet.expert_id)
    problems: list[Problem] = []
    if sheet.round_id != rnd.round_id or sheet.round_sha256 != round_file.sha256 or expert is None:
        problems.append(
            _problem(
                "",
                "the sheet does not belong to this round file",
                "import the expert's sheet for this round",
                "reconsider_sheet_other_round",
            )
        )
    if not cells:
        problems.append(
            _problem("", "no cell is marked for reconsideration", "mark at least one cell", "reconsider_no_cells")
        )
    out_cells: list[dict[str, Any]] = []
    for cell in cells:
        place = f"{cell.entry_id}/{cell.criterion_id}"
        ev = sheet.evaluation(cell.entry_id)
        score = (ev.scores or {}).get(cell.criterion_id) if ev and not ev.recused else None
        if score is None:
            problems.append(
                _problem(
                    place, "the expert gave no score here", "mark a scored cell", "reconsider_cell_unscored", place
                )
            )
        elif not cell.question.strip():
            problems.append(
                _problem(
                    place,
                    "the question to the expert is empty",
                    "write what the expert should reconsider",
                    "reconsider_question_empty",
                    place,
                )
            )
        else:
            out_cells.append(
                {
                    "entry_id": cell.entry_id,
                    "criterion_id": cell.criterion_id,
                    "score": score,
                    "question": cell.question.strip(),
                }
            )
    if problems:
        raise InputError(sheet_file.name, problems=problems)
    assert expert is not None
    order = {e.id: n for n, e in enumerate(rnd.entries)}
    criteria = {c.id: n for n, c in enumerate(rnd.criteria)}
    out_cells.sort(key=lambda c: (order.get(c["entry_id"], 0), criteria.get(c["criterion_id"], 0)))
    moment = created_at or datetime.now().astimezone()
    document: dict[str, Any] = {
        "format": REQUEST_FORMAT,
        "request_id": str(uuid.uuid4()),
        "round_id": rnd.round_id,
        "round_sha256": round_file.sha256,
        "expert_id": expert.id,
        "expert_name": expert.name,
        "sheet": {
            "sha256": sheet_file.sha256,
            "revision": sheet.revision,
            "code": verify_sheet_signature(sheet_file.data).code,
        },
        "chair_name": rnd.commission.chair.name,
        "created_at": moment.isoformat(timespec="seconds"),
        "cells": out_cells,
    }
    signed = sign_sheet(document, load_or_create_key(identity_for(rnd.commission.chair.name)))
    ReconsiderationRequest.model_validate(signed)  # one we could not read back ourselves is a bug
    return (json.dumps(signed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading and checking a request ---


def parse_request(raw: bytes, source: str | Path, path: Path | None = None) -> RequestFile:
    """Decode, validate and check the chair's signature; InputError says what is wrong."""
    data = decode_json_document(raw, source)
    check_format(data, REQUEST_FORMAT, source, "reconsideration request")
    request = validate_model(ReconsiderationRequest, data, source)
    check = verify_sheet_signature(data)
    if request.signature is None:
        raise InputError(
            source,
            "signature",
            "the request is not signed by the chair",
            "ask the chair to export the request again from Sarapshy",
            code="request_unsigned",
        )
    if not check.ok:
        raise InputError(
            source,
            "signature",
            f"the request was changed after the chair signed it ({check.reason})",
            "use the file exactly as the chair exported it, or ask for it again",
            code="request_tampered",
        )
    return RequestFile(path, raw, data, request, sha256_hex(raw), check.fingerprint)


def load_request(path: str | Path) -> RequestFile:
    path = Path(path)
    return parse_request(read_limited(path, MAX_DOCUMENT_BYTES), path, path=path)


def request_problems(
    req: RequestFile, round_file: RoundFile, expert_id: str | None = None, sheet_file: SheetFile | None = None
) -> list[Problem]:
    """What makes the request unusable with this round (for this expert, on this sheet); empty: it fits."""
    r = req.request
    rnd = round_file.round
    if r.round_id != rnd.round_id:
        return [
            _problem(
                "round_id",
                f"the request belongs to another round ({r.round_id})",
                "open the round the chair sent the request for",
                "request_other_round",
                r.round_id,
            )
        ]
    if r.round_sha256 != round_file.sha256:
        return [
            _problem(
                "round_sha256",
                "the request was made for another version of the round file",
                "ask the chair which round file is current",
                "request_round_edited",
            )
        ]
    if expert_id is not None and r.expert_id != expert_id:
        expert = rnd.expert(r.expert_id)
        return [
            _problem(
                "expert_id",
                f"the request is addressed to {expert.name if expert else r.expert_id}, "
                f"not to you (expert {expert_id})",
                "open the request addressed to you",
                "request_other_expert",
                expert.name if expert else r.expert_id,
                expert_id,
            )
        ]
    problems: list[Problem] = []
    criteria = {c.id: c for c in rnd.criteria}
    for cell in r.cells:
        if rnd.entry(cell.entry_id) is None or cell.criterion_id not in criteria:
            place = f"{cell.entry_id}/{cell.criterion_id}"
            problems.append(
                _problem(
                    place,
                    "the request names a course or criterion the round does not have",
                    "ask the chair for a new request",
                    "request_cell_unknown",
                    place,
                )
            )
    if sheet_file is not None:
        if sheet_file.sha256 != r.sheet.sha256:
            return [
                _problem(
                    "sheet",
                    f"the request refers to another file of your sheet (revision "
                    f"{r.sheet.revision}, code {r.sheet.code})",
                    "choose that sheet file",
                    "request_other_sheet",
                    r.sheet.revision,
                    r.sheet.code,
                )
            ]
        for cell in r.cells:
            ev = sheet_file.sheet.evaluation(cell.entry_id)
            score = (ev.scores or {}).get(cell.criterion_id) if ev and not ev.recused else None
            if score != cell.score:
                place = f"{cell.entry_id}/{cell.criterion_id}"
                problems.append(
                    _problem(
                        place,
                        f"the request states the score {cell.score}, the sheet holds {score}",
                        "ask the chair for a new request",
                        "request_score_differs",
                        place,
                        cell.score,
                        score,
                    )
                )
    return problems


def check_request(
    req: RequestFile, round_file: RoundFile, expert_id: str | None = None, sheet_file: SheetFile | None = None
) -> None:
    problems = request_problems(req, round_file, expert_id, sheet_file)
    if problems:
        raise InputError(req.name, problems=problems)


# --- the expert: answering ---


def revised_sheet_body(
    round_file: RoundFile, previous: SheetFile, req: RequestFile, answers: Sequence[Answer], revision: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(evaluations, reconsiderations) of the revision answering `req`: the referred sheet with the
    requested cells revised. Every requested cell needs an answer; a changed score needs a written
    justification and must lie in the criterion's range. InputError lists each problem."""
    check_request(req, round_file, previous.sheet.expert_id, previous)
    criteria = {c.id: c for c in round_file.round.criteria}
    given = {(a.entry_id, a.criterion_id): a for a in answers}
    problems: list[Problem] = []
    for key in given:
        if req.request.cell(*key) is None:
            problems.append(
                _problem(
                    f"{key[0]}/{key[1]}",
                    "this cell was not requested",
                    "answer only the requested cells; other changes need a separate revision",
                    "reconsider_not_requested",
                    f"{key[0]}/{key[1]}",
                )
            )
    evaluations = json.loads(json.dumps(previous.data["evaluations"]))
    by_entry = {ev["entry_id"]: ev for ev in evaluations}
    reconsiderations: list[dict[str, Any]] = []
    for cell in req.request.cells:
        place = f"{cell.entry_id}/{cell.criterion_id}"
        answer = given.get((cell.entry_id, cell.criterion_id))
        if answer is None:
            problems.append(
                _problem(
                    place,
                    "the requested cell has no answer",
                    "keep the score or change it",
                    "reconsider_unanswered",
                    place,
                )
            )
            continue
        crit = criteria[cell.criterion_id]
        if not crit.min <= answer.after <= crit.max:
            problems.append(
                _problem(
                    place,
                    f"the score {answer.after} is out of range {crit.min}–{crit.max}",
                    "give a score within the range",
                    "reconsider_out_of_range",
                    place,
                    answer.after,
                    crit.min,
                    crit.max,
                )
            )
            continue
        if answer.after != cell.score and not answer.justification.strip():
            problems.append(
                _problem(
                    place,
                    f"the score changes {cell.score} → {answer.after} without a written justification",
                    "write why the score changes",
                    "justification_required",
                    place,
                    cell.score,
                    answer.after,
                )
            )
            continue
        by_entry[cell.entry_id]["scores"][cell.criterion_id] = answer.after
        reconsiderations.append(
            {
                "request_sha256": req.sha256,
                "entry_id": cell.entry_id,
                "criterion_id": cell.criterion_id,
                "before": cell.score,
                "after": answer.after,
                "justification": answer.justification.strip(),
            }
        )
    if revision <= previous.sheet.revision:
        problems.append(
            _problem(
                "revision",
                f"the revision {revision} is not newer than the sheet's {previous.sheet.revision}",
                "",
                "reconsider_revision",
                revision,
            )
        )
    if problems:
        raise InputError(req.name, problems=problems)
    return evaluations, reconsiderations


def build_revised_sheet(
    round_file: RoundFile, previous: SheetFile, req: RequestFile, answers: Sequence[Answer], revision: int | None = None
) -> dict[str, Any]:
    """The signed revision answering the request (`revision` defaults to the previous one + 1)."""
    from app.models.keys import sign_as_expert
    from app.models.sheet_build import build_signed_sheet

    revision = revision or previous.sheet.revision + 1
    evaluations, reconsiderations = revised_sheet_body(round_file, previous, req, answers, revision)
    signed = build_signed_sheet(round_file, previous.sheet.expert_id, evaluations, revision)
    body = {k: v for k, v in signed.items() if k != "signature"}
    body["reconsiderations"] = reconsiderations
    expert = round_file.round.expert(previous.sheet.expert_id)
    assert expert is not None  # build_signed_sheet refused an unknown expert
    resigned = sign_as_expert(body, expert.name, expert.public_key, source=round_file.path)
    Sheet.model_validate(resigned)
    return resigned


# --- the chair: checking the answer when merging ---


def answer_problems(
    sheet_file: SheetFile, same_expert: Sequence[SheetFile], requests: Mapping[str, RequestFile], round_file: RoundFile
) -> list[Problem]:
    """Why a revision carrying reconsiderations cannot be taken; empty: it may.

    `same_expert`: the other sheet files of the expert at hand (the referred revision must be among
    them); `requests`: the chair's requests by the digest of their bytes."""
    sheet = sheet_file.sheet
    if not sheet.reconsiderations:
        return []
    digests = sorted({r.request_sha256 for r in sheet.reconsiderations})
    if len(digests) > 1:
        return [
            _problem(
                "",
                "the revision answers more than one reconsideration request",
                "answer one request per revision",
                "answer_many_requests",
            )
        ]
    req = requests.get(digests[0])
    if req is None:
        return [
            _problem(
                "",
                f"it answers a reconsideration request ({digests[0][:12]}…) the chair does not have here",
                "import that request file",
                "answer_request_missing",
                digests[0][:12],
            )
        ]
    problems = request_problems(req, round_file, sheet.expert_id)
    if problems:
        return problems
    r = req.request
    referred = next((f for f in same_expert if f.sha256 == r.sheet.sha256), None)
    if referred is None:
        return [
            _problem(
                "",
                f"the sheet it revises (revision {r.sheet.revision}, code {r.sheet.code}) is not among "
                "the imported files",
                "import it as well, so the change can be checked",
                "answer_revised_missing",
                r.sheet.revision,
                r.sheet.code,
            )
        ]
    if sheet.revision <= referred.sheet.revision:
        return [
            _problem(
                "",
                f"revision {sheet.revision} is not newer than the revision {referred.sheet.revision} it revises",
                "",
                "answer_not_newer",
                sheet.revision,
                referred.sheet.revision,
            )
        ]
    listed = {(x.entry_id, x.criterion_id): x for x in sheet.reconsiderations}
    out: list[Problem] = []
    for cell in r.cells:
        answer = listed.get((cell.entry_id, cell.criterion_id))
        place = f"{cell.entry_id}/{cell.criterion_id}"
        if answer is None:
            out.append(_problem(place, "the requested cell is not answered", "", "answer_cell_missing", place))
        elif answer.before != cell.score:
            out.append(
                _problem(
                    place,
                    f"'before' is {answer.before}, the score in the revised sheet was {cell.score}",
                    "",
                    "answer_before_differs",
                    place,
                    answer.before,
                    cell.score,
                )
            )
    for key, answer in listed.items():
        place = f"{key[0]}/{key[1]}"
        if r.cell(*key) is None:
            out.append(_problem(place, "listed as reconsidered but not requested", "", "answer_not_requested", place))
        elif _score(sheet, *key) != answer.after:
            out.append(
                _problem(
                    place,
                    f"'after' is {answer.after}, the sheet holds {_score(sheet, *key)}",
                    "",
                    "answer_after_differs",
                    place,
                    answer.after,
                    _score(sheet, *key),
                )
            )
    out += unrequested_changes(referred.sheet, sheet, set(listed))
    # A revision in between (another answer, a correction) must not be undone silently either.
    between = [f for f in same_expert if referred.sheet.revision < f.sheet.revision < sheet.revision]
    if between and not out:
        newest = max(between, key=lambda f: f.sheet.revision)
        out += [
            p
            for p in unrequested_changes(newest.sheet, sheet, set(), newest.sheet.revision)
            if p.place not in {f"{e}/{c}" for e, c in listed}
        ]
    return out


def unrequested_changes(
    before: Sheet, after: Sheet, requested: set[tuple[str, str]], since: int | None = None
) -> list[Problem]:
    """Scores and recusals that differ between two revisions outside the requested cells (`since`:
    the revision `before` is, when it is not the one the request refers to)."""
    suffix = f" (compared with revision {since})" if since is not None else ""
    extra = (since,) if since is not None else ()
    out: list[Problem] = []
    entries = [ev.entry_id for ev in before.evaluations] + [
        ev.entry_id for ev in after.evaluations if before.evaluation(ev.entry_id) is None
    ]
    for entry_id in entries:
        old, new = before.evaluation(entry_id), after.evaluation(entry_id)
        if (old is not None and old.recused) != (new is not None and new.recused):
            out.append(
                _problem(
                    entry_id,
                    "the recusal changed without being requested" + suffix,
                    "",
                    "answer_unrequested_recusal_since" if extra else "answer_unrequested_recusal",
                    entry_id,
                    *extra,
                )
            )
            continue
        for cid in sorted(set((old.scores if old else None) or {}) | set((new.scores if new else None) or {})):
            a, b = _score(before, entry_id, cid), _score(after, entry_id, cid)
            if a != b and (entry_id, cid) not in requested:
                out.append(
                    _problem(
                        f"{entry_id}/{cid}",
                        f"the score changed {a} → {b} without being requested" + suffix,
                        "",
                        "answer_unrequested_score_since" if extra else "answer_unrequested_score",
                        f"{entry_id}/{cid}",
                        a,
                        b,
                        *extra,
                    )
                )
    return out


def _score(sheet: Sheet, entry_id: str, criterion_id: str) -> int | None:
    ev = sheet.evaluation(entry_id)
    return (ev.scores or {}).get(criterion_id) if ev and not ev.recused else None


# --- the protocol's annex ---


@dataclass(frozen=True)
class AnnexRow:
    entry_id: str
    criterion_id: str
    expert_id: str
    expert_name: str
    before: int
    after: int
    justification: str
    question: str


def annex_rows(round_file: RoundFile, sheets: Sequence[Sheet], requests: Mapping[str, RequestFile]) -> list[AnnexRow]:
    """Every reconsidered cell of the accepted sheets, by course, criterion (round order) and expert."""
    rnd = round_file.round
    entries = {e.id: n for n, e in enumerate(rnd.entries)}
    criteria = {c.id: n for n, c in enumerate(rnd.criteria)}
    experts = {e.id: n for n, e in enumerate(rnd.commission.experts)}
    rows: list[AnnexRow] = []
    for sheet in sheets:
        for x in sheet.reconsiderations:
            req = requests.get(x.request_sha256)
            cell = req.request.cell(x.entry_id, x.criterion_id) if req else None
            expert = rnd.expert(sheet.expert_id)
            rows.append(
                AnnexRow(
                    x.entry_id,
                    x.criterion_id,
                    sheet.expert_id,
                    expert.name if expert else "",
                    x.before,
                    x.after,
                    x.justification,
                    cell.question if cell else "",
                )
            )
    return sorted(
        rows, key=lambda r: (entries.get(r.entry_id, 0), criteria.get(r.criterion_id, 0), experts.get(r.expert_id, 0))
    )
