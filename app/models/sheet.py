"""The expert's sheet file, format `sarapshy-sheet/2` (docs/schemas; `/1` files still read): models, loading,
checks against the round."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, field_validator, model_validator

from app.models.canonical import sha256_hex
from app.models.conflicts import ConflictAnswer, answer_problems
from app.models.errors import CodedValueError
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, check_format, decode_json_document, validate_model
from app.models.round import RoundFile
from app.models.round_model import Id

SHEET_FORMAT = "sarapshy-sheet/2"
# /2 adds the answers to suggested conflicts of interest and the second-round reconsiderations;
# a /1 sheet (which has neither) reads as before and its signature stays valid.
SHEET_FORMATS = ("sarapshy-sheet/1", SHEET_FORMAT)
Seconds = Annotated[float, Field(ge=0, le=10 * 24 * 3600)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Note(_Model):
    media_id: Id
    at_s: Seconds
    text: str = Field(max_length=10_000)


class Viewing(_Model):
    media_id: Id
    watched_s: Seconds
    duration_s: Seconds | None = None


class Evaluation(_Model):
    entry_id: Id
    scores: dict[Id, StrictInt] | None = None
    comment: str = Field(default="", max_length=20_000)
    notes: list[Note] = []
    viewing: list[Viewing] = []
    recused: StrictBool = False
    recusal_reason: str = Field(default="", max_length=5_000)

    @model_validator(mode="after")
    def _recusal_has_no_scores(self) -> Evaluation:
        if self.recused and self.scores:
            raise ValueError("a recused entry carries no scores")
        return self

    @property
    def total(self) -> int:
        return sum((self.scores or {}).values())


class Reconsideration(_Model):
    """The expert's answer to one cell of the chair's reconsideration request (app/models/reconsideration.py)."""

    request_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    entry_id: Id
    criterion_id: Id
    before: StrictInt
    after: StrictInt
    justification: str = Field(default="", max_length=10_000)

    @model_validator(mode="after")
    def _changed_score_is_justified(self) -> Reconsideration:
        if self.after != self.before and not self.justification.strip():
            raise CodedValueError("reconsideration_unjustified", "a changed score needs a written justification")
        return self


class Signature(_Model):
    alg: Literal["ed25519"]
    public_key: str
    value: str


class Sheet(_Model):
    format: Literal["sarapshy-sheet/1", "sarapshy-sheet/2"]
    round_id: str
    round_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    expert_id: Id
    expert_name: str = ""
    revision: StrictInt = Field(ge=1)
    finalized_at: datetime
    app_version: str = ""
    evaluations: list[Evaluation]
    conflict_answers: list[ConflictAnswer] = []  # /2: answers to suggested conflicts (app.models.conflicts)
    reconsiderations: list[Reconsideration] = []
    signature: Signature | None = None

    @field_validator("finalized_at")
    @classmethod
    def _with_offset(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("must carry a UTC offset, e.g. 2026-12-17T15:04:05+05:00")
        return value

    @field_validator("evaluations")
    @classmethod
    def _one_per_entry(cls, evaluations: list[Evaluation]) -> list[Evaluation]:
        seen: set[str] = set()
        for ev in evaluations:
            if ev.entry_id in seen:
                raise ValueError(f"entry {ev.entry_id!r} is evaluated twice")
            seen.add(ev.entry_id)
        return evaluations

    def evaluation(self, entry_id: str) -> Evaluation | None:
        return next((e for e in self.evaluations if e.entry_id == entry_id), None)


@dataclass
class SheetFile:
    path: Path | None
    raw: bytes
    data: dict[str, Any]
    sheet: Sheet
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name if self.path else "(sheet)"


def parse_sheet(raw: bytes, source: str | Path, path: Path | None = None) -> SheetFile:
    """Decodes and validates the file's structure (not its signature nor its fit to a round)."""
    data = decode_json_document(raw, source)
    check_format(data, SHEET_FORMAT, source, "sheet", older=SHEET_FORMATS)
    model = validate_model(Sheet, data, source)
    return SheetFile(path=path, raw=raw, data=data, sheet=model, sha256=sha256_hex(raw))


def load_sheet(path: str | Path) -> SheetFile:
    path = Path(path)
    return parse_sheet(read_limited(path, MAX_DOCUMENT_BYTES), path, path=path)


# Kinds of SheetProblem.
OTHER_ROUND = "other_round"
ROUND_EDITED = "round_edited"
UNKNOWN_EXPERT = "unknown_expert"
NOT_IN_ROUND = "not_in_round"
OUT_OF_RANGE = "out_of_range"
INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class SheetProblem:
    kind: str
    text: str
    code: str = ""  # for the text in another language (app/models/status_text.py), with its args
    args: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.text


def check_sheet_against_round(sheet: Sheet, round_file: RoundFile) -> list[SheetProblem]:
    """What makes this sheet unusable for this round; empty when it fits. Signature not checked here."""
    rnd = round_file.round
    if sheet.round_id != rnd.round_id:
        return [
            SheetProblem(
                OTHER_ROUND, f"the sheet belongs to another round ({sheet.round_id}), not to this one ({rnd.round_id})"
            )
        ]
    if sheet.round_sha256 != round_file.sha256:
        return [
            SheetProblem(
                ROUND_EDITED,
                "the round file was edited after this sheet was made (its digest "
                "differs): the expert must score against the current round file",
            )
        ]
    if rnd.expert(sheet.expert_id) is None:
        return [SheetProblem(UNKNOWN_EXPERT, f"expert {sheet.expert_id!r} is not in the round's commission")]
    problems: list[SheetProblem] = []
    criteria = {c.id: c for c in rnd.criteria}
    entries = {e.id: e for e in rnd.entries}
    for ev in sheet.evaluations:
        entry = entries.get(ev.entry_id)
        if entry is None:
            problems.append(
                SheetProblem(
                    NOT_IN_ROUND,
                    f"entry {ev.entry_id!r} is not in the round",
                    "sheet_entry_not_in_round",
                    (ev.entry_id,),
                )
            )
            continue
        media_ids = {m.id for m in entry.media}
        located: list[Note | Viewing] = [*ev.notes, *ev.viewing]
        for item in located:
            if item.media_id not in media_ids:
                problems.append(
                    SheetProblem(
                        NOT_IN_ROUND,
                        f"entry {ev.entry_id}: video {item.media_id!r} is not in the round",
                        "sheet_video_not_in_round",
                        (ev.entry_id, item.media_id),
                    )
                )
                break
        if ev.recused:
            continue
        scores = ev.scores or {}
        for cid in scores:
            if cid not in criteria:
                problems.append(
                    SheetProblem(
                        NOT_IN_ROUND,
                        f"entry {ev.entry_id}: criterion {cid!r} is not in the round",
                        "sheet_criterion_not_in_round",
                        (ev.entry_id, cid),
                    )
                )
        for cid, crit in criteria.items():
            if cid not in scores:
                problems.append(
                    SheetProblem(
                        INCOMPLETE,
                        f"entry {ev.entry_id}: criterion {cid} is not scored (incomplete)",
                        "sheet_not_scored",
                        (ev.entry_id, cid),
                    )
                )
            elif not crit.min <= scores[cid] <= crit.max:
                problems.append(
                    SheetProblem(
                        OUT_OF_RANGE,
                        f"entry {ev.entry_id}: criterion {cid} score "
                        f"{scores[cid]} is out of range {crit.min}–{crit.max}",
                        "sheet_out_of_range",
                        (ev.entry_id, cid, str(scores[cid]), str(crit.min), str(crit.max)),
                    )
                )
    problems += answer_problems(sheet, rnd)
    evaluated = {ev.entry_id for ev in sheet.evaluations}
    missing = [e.id for e in rnd.entries if e.id not in evaluated]
    if missing:
        problems.append(
            SheetProblem(
                INCOMPLETE,
                f"entries neither scored nor recused (incomplete): {', '.join(missing)}",
                "sheet_entries_missing",
                (", ".join(missing),),
            )
        )
    return problems
