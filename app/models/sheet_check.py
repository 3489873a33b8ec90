"""Checking one sheet file for the merge: its status (`SheetStatus`: ok, rejected with a reason code,
superseded, duplicate, set aside) and the checks that decide it.

Checks run in this order, the first failing one giving the reason: the file decodes as a sheet;
the signature matches the content; the sheet belongs to this round; the round was not edited
since; the expert is in the commission; the signing key is the one pinned in the round; the
scores fit the round's entries and criteria and the sheet is complete.

Any exception raised while checking one file makes that file `rejected` (`unreadable`): one bad
file never stops the others from being merged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from app.models.canonical import sha256_hex
from app.models.conflicts import CONFLICT_ANSWER
from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES
from app.models.round import RoundFile
from app.models.sheet import (
    INCOMPLETE,
    NOT_IN_ROUND,
    OUT_OF_RANGE,
    SheetFile,
    SheetProblem,
    check_sheet_against_round,
    parse_sheet,
)
from app.models.signing import same_public_key, verify_sheet_signature
from app.models.untrusted import shorten

Status = Literal["ok", "rejected", "superseded", "duplicate", "set_aside"]

# reason_code values
UNREADABLE = "unreadable"
MALFORMED = "malformed"
BAD_SIGNATURE = "bad_signature"
OTHER_ROUND = "other_round"
ROUND_EDITED = "round_edited"
UNKNOWN_EXPERT = "unknown_expert"
KEY_MISMATCH = "key_mismatch"
CONFLICT = "conflict"
KEY_CHANGED = "key_changed"
SET_ASIDE = "set_aside"
RECONSIDERATION = "reconsideration"
# flag values
SHARED_KEY = "shared_key"


@dataclass(frozen=True)
class SheetStatus:
    file: str
    status: Status
    reason: str = ""
    reason_code: str = ""
    expert_id: str | None = None
    revision: int | None = None
    code: str = ""  # verification code XXXXX-XXXXX, as printed on the paper sheet
    fingerprint: str = ""  # of the signing key, to confirm against paper when no key is pinned
    key_pinned: bool = False  # the round pins this expert's key and the sheet is signed with it
    sha256: str = ""  # of the file's bytes
    same_as: str = ""  # for duplicate / superseded: the file that was taken instead
    flag: str = ""  # something the chair must look at although the sheet is valid: `shared_key`
    flag_reason: str = ""
    # the reason in other languages (app/models/status_text.py): its args, and the coded problems it sums up
    reason_args: tuple[str, ...] = ()
    details: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "status": self.status}
        for key in ("expert_id", "revision"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        for key in ("code", "fingerprint", "reason", "reason_code", "same_as", "sha256", "flag", "flag_reason"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.expert_id is not None and self.status != "rejected":
            out["key_pinned"] = self.key_pinned
        return out


def _classify_content_problems(problems: list[SheetProblem]) -> str:
    """The kind the chair most needs to see first: out of range, then incomplete, then an answer to a
    suggested conflict of interest that contradicts the sheet."""
    kinds = {p.kind for p in problems}
    for kind in (OUT_OF_RANGE, INCOMPLETE, CONFLICT_ANSWER):
        if kind in kinds:
            return kind
    return NOT_IN_ROUND


def problems_text(exc: InputError) -> str:
    """The error without the file name (the status names the file already)."""
    return "; ".join(p.describe() for p in exc.problems)


def summarise(problems: list[SheetProblem], limit: int = 3) -> str:
    text = "; ".join(p.text for p in problems[:limit])
    if len(problems) > limit:
        text += f"; and {len(problems) - limit} more"
    return text


def check_sheet(
    round_file: RoundFile | None, name: str, raw: bytes, digest: str | None = None
) -> tuple[SheetStatus, SheetFile | None]:
    """Classify one file on its own: `ok` with its parsed sheet, or `rejected` with the reason.
    Without a round only the file's structure and signature are checked. `digest`: the bytes'
    SHA-256 when already known. Never raises for what the file holds: an unforeseen failure on
    one file is that file's rejection."""
    digest = digest or sha256_hex(raw)
    try:
        return _check_sheet(round_file, name, raw, digest)
    except Exception as exc:  # noqa: BLE001 — whatever a hostile file makes a library raise
        reason = f"the file cannot be checked ({type(exc).__name__}: {shorten(exc)})"
        return SheetStatus(
            name, "rejected", reason, UNREADABLE, sha256=digest, reason_args=(f"{type(exc).__name__}: {shorten(exc)}",)
        ), None


def _check_sheet(
    round_file: RoundFile | None, name: str, raw: bytes, digest: str
) -> tuple[SheetStatus, SheetFile | None]:
    try:
        sheet_file = parse_sheet(raw, name)
    except InputError as exc:
        return SheetStatus(
            name, "rejected", problems_text(exc), MALFORMED, sha256=digest, details=tuple(exc.problems)
        ), None
    sheet = sheet_file.sheet
    check = verify_sheet_signature(sheet_file.data)
    base = SheetStatus(
        name,
        "ok",
        expert_id=sheet.expert_id,
        revision=sheet.revision,
        code=check.code,
        fingerprint=check.fingerprint,
        sha256=digest,
    )
    if not check.ok:
        return replace(base, status="rejected", reason=check.reason, reason_code=BAD_SIGNATURE), None
    if round_file is None:
        return base, sheet_file
    rnd = round_file.round
    if sheet.round_id != rnd.round_id:
        return replace(
            base,
            status="rejected",
            reason_code=OTHER_ROUND,
            reason_args=(sheet.round_id,),
            reason=f"the sheet belongs to another round ({sheet.round_id})",
        ), None
    if sheet.round_sha256 != round_file.sha256:
        return replace(
            base,
            status="rejected",
            reason_code=ROUND_EDITED,
            reason="the round file was edited after this sheet was made: the expert must "
            "score against the current round file",
        ), None
    expert = rnd.expert(sheet.expert_id)
    if expert is None:
        return replace(
            base,
            status="rejected",
            reason_code=UNKNOWN_EXPERT,
            reason_args=(sheet.expert_id,),
            reason=f"expert {sheet.expert_id!r} is not in the round's commission",
        ), None
    if expert.public_key:
        if not same_public_key(expert.public_key, check.public_key):
            return replace(
                base,
                status="rejected",
                reason_code=KEY_MISMATCH,
                reason_args=(check.fingerprint, expert.name),
                reason=f"signed with another key (fingerprint {check.fingerprint}) than the one "
                f"pinned for {expert.name} in the round",
            ), None
        base = replace(base, key_pinned=True)
    problems = check_sheet_against_round(sheet, round_file)
    if problems:
        return replace(
            base,
            status="rejected",
            reason=summarise(problems),
            reason_code=_classify_content_problems(problems),
            details=tuple(Problem("", p.text, "", p.code, p.args) for p in problems),
        ), None
    return base, sheet_file


def read_source(path: str | Path, name: str | None = None) -> bytes | SheetStatus:
    try:
        return read_limited(path, MAX_DOCUMENT_BYTES)
    except InputError as exc:
        return SheetStatus(name or str(path), "rejected", problems_text(exc), UNREADABLE)


def check_sheet_source(path: str | Path, round_file: RoundFile | None = None) -> SheetStatus:
    """`sarapshy verify`: one file's status on its own (no revisions or duplicates to compare)."""
    raw = read_source(path)
    if isinstance(raw, SheetStatus):
        return raw
    return check_sheet(round_file, str(path), raw)[0]
