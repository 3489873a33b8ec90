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

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator

from app.models.canonical import sha256_hex
from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, check_format, decode_json_document, validate_model
from app.models.round import RoundFile
from app.models.round_model import Id
from app.models.sheet import SheetFile, Signature
from app.models.signing import verify_sheet_signature

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


def reconsider_problem(place: str, problem: str, fix: str, code: str, *args: object) -> Problem:
    return Problem(place, problem, fix, code, tuple(str(a) for a in args))


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
            reconsider_problem(
                "round_id",
                f"the request belongs to another round ({r.round_id})",
                "open the round the chair sent the request for",
                "request_other_round",
                r.round_id,
            )
        ]
    if r.round_sha256 != round_file.sha256:
        return [
            reconsider_problem(
                "round_sha256",
                "the request was made for another version of the round file",
                "ask the chair which round file is current",
                "request_round_edited",
            )
        ]
    if expert_id is not None and r.expert_id != expert_id:
        expert = rnd.expert(r.expert_id)
        return [
            reconsider_problem(
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
                reconsider_problem(
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
                reconsider_problem(
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
                    reconsider_problem(
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
