"""Merging the experts' sheet files: the one code path of `sarapshy merge` and the chair's window.

Each source `(name, raw bytes)` is classified:
- `ok`: taken into the results;
- `rejected`: with a human reason and a `reason_code` (for translations and filters);
- `superseded`: an older revision of an expert who also handed in a newer valid one;
- `duplicate`: the same bytes, or the same signed content, as a file already taken;
- `set_aside`: put aside by the chair (kept and listed, out of the results; see app.models.chair).
Then the results are computed from the accepted sheets, one per expert.

Key continuity: every revision of one expert's sheet must be signed by the same key. Sheets of
one expert under different keys are a conflict (`key_changed`) the chair decides by setting the
wrong file aside: a newer revision under a fresh key never supersedes silently. A key that signs
sheets of two experts is flagged (`flag` = `shared_key`) on each of them.

Any exception raised while checking one file makes that file `rejected` (`unreadable`): one bad
file never stops the others from being merged.

Checks run in this order, the first failing one giving the reason: the file decodes as a sheet;
the signature matches the content; the sheet belongs to this round; the round was not edited
since; the expert is in the commission; the signing key is the one pinned in the round; the
scores fit the round's entries and criteria and the sheet is complete.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from app.models.canonical import sha256_hex
from app.models.conflicts import CONFLICT_ANSWER
from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, decode_json_document
from app.models.reconsideration import REQUEST_FORMAT, RequestFile, answer_problems, parse_request
from app.models.results import Results, compute_results
from app.models.results_json import results_to_json
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
from app.models.untrusted import printable, shorten

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


@dataclass
class MergeOutcome:
    results: Results
    statuses: list[SheetStatus]  # one per source, in the order given
    accepted: list[SheetFile] = field(default_factory=list)
    requests: dict[str, RequestFile] = field(default_factory=dict)  # reconsideration requests by digest

    @property
    def left_out(self) -> list[SheetStatus]:
        """Sheets that were not taken because something is wrong with them (not duplicates or
        older revisions): `sarapshy merge` exits 1 when there are any."""
        return [s for s in self.statuses if s.status == "rejected"]

    @property
    def flagged(self) -> list[SheetStatus]:
        """Sheets taken or kept although something about them needs the chair's eye (a shared key)."""
        return [s for s in self.statuses if s.flag]

    def to_json(self) -> dict[str, Any]:
        return results_to_json(self.results, [s.to_json() for s in self.statuses])


@dataclass
class _Candidate:
    index: int
    status: SheetStatus
    sheet_file: SheetFile

    @property
    def expert_id(self) -> str:
        return self.sheet_file.sheet.expert_id

    @property
    def revision(self) -> int:
        return self.sheet_file.sheet.revision


def _classify_content_problems(problems: list[SheetProblem]) -> str:
    """The kind the chair most needs to see first: out of range, then incomplete, then an answer to a
    suggested conflict of interest that contradicts the sheet."""
    kinds = {p.kind for p in problems}
    for kind in (OUT_OF_RANGE, INCOMPLETE, CONFLICT_ANSWER):
        if kind in kinds:
            return kind
    return NOT_IN_ROUND


def _problems_text(exc: InputError) -> str:
    """The error without the file name (the status names the file already)."""
    return "; ".join(p.describe() for p in exc.problems)


def _summarise(problems: list[SheetProblem], limit: int = 3) -> str:
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
            name, "rejected", _problems_text(exc), MALFORMED, sha256=digest, details=tuple(exc.problems)
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
            reason=_summarise(problems),
            reason_code=_classify_content_problems(problems),
            details=tuple(Problem("", p.text, "", p.code, p.args) for p in problems),
        ), None
    return base, sheet_file


def _choose_per_expert(candidates: list[_Candidate], statuses: list[SheetStatus]) -> list[SheetFile]:
    """Keep the newest revision of each expert; mark older ones superseded, copies duplicate and
    differing sheets with the same newest revision as a conflict (never chosen silently)."""
    by_expert: dict[str, list[_Candidate]] = {}
    for c in candidates:
        by_expert.setdefault(c.expert_id, []).append(c)
    accepted = []
    for expert_id in sorted(by_expert):
        group = by_expert[expert_id]
        if len({c.status.fingerprint for c in group}) > 1:
            _key_changed(expert_id, group, statuses)
            continue
        newest = max(c.revision for c in group)
        top = [c for c in group if c.revision == newest]
        contents = {c.status.code for c in top}
        if len(contents) > 1:
            files = ", ".join(c.status.file for c in top)
            for c in group:
                if c.revision == newest:
                    statuses[c.index] = replace(
                        c.status,
                        status="rejected",
                        reason_code=CONFLICT,
                        reason_args=(expert_id, str(newest), files),
                        reason=f"expert {expert_id} handed in different sheets with the same "
                        f"revision {newest} ({files}); keep only the right one",
                    )
                else:
                    statuses[c.index] = replace(
                        c.status,
                        status="superseded",
                        reason_args=(str(c.revision), str(newest)),
                        reason=f"revision {c.revision}; revision {newest} exists",
                    )
            continue
        taken = min(top, key=lambda c: c.index)
        accepted.append(taken.sheet_file)
        for c in group:
            if c is taken:
                continue
            if c.revision == newest:
                statuses[c.index] = replace(
                    c.status,
                    status="duplicate",
                    same_as=taken.status.file,
                    reason="the same sheet as one already taken",
                )
            else:
                statuses[c.index] = replace(
                    c.status,
                    status="superseded",
                    same_as=taken.status.file,
                    reason_args=(str(c.revision), str(newest)),
                    reason=f"revision {c.revision}; revision {newest} is taken",
                )
    return accepted


def _key_changed(expert_id: str, group: list[_Candidate], statuses: list[SheetStatus]) -> None:
    """Sheets of one expert signed by different keys: none is taken until the chair decides."""
    listing = "; ".join(
        f"revision {c.revision} in {c.status.file}: key {c.status.fingerprint}"
        for c in sorted(group, key=lambda c: (c.revision, c.index))
    )
    for c in group:
        statuses[c.index] = replace(
            c.status,
            status="rejected",
            reason_code=KEY_CHANGED,
            reason_args=(expert_id, listing),
            reason=f"expert {expert_id}'s sheets are signed with different keys ({listing}); compare the key "
            "printed on the signed paper sheet and set the wrong file aside",
        )


def _flag_shared_keys(candidates: list[_Candidate], statuses: list[SheetStatus]) -> None:
    """A key that signed sheets of more than one expert: flag every such sheet still in play."""
    experts_by_key: dict[str, set[str]] = {}
    for c in candidates:
        experts_by_key.setdefault(c.status.fingerprint, set()).add(c.expert_id)
    for c in candidates:
        experts = experts_by_key[c.status.fingerprint]
        if len(experts) > 1:
            statuses[c.index] = replace(
                statuses[c.index],
                flag=SHARED_KEY,
                flag_reason=f"the key {c.status.fingerprint} also signs the sheets of "
                f"{', '.join(sorted(experts - {c.expert_id}))}: one person may have "
                "signed for another; compare with the signed paper sheets",
            )


def merge_sheets(
    round_file: RoundFile, sources: Iterable[tuple[str, bytes]], requests: Sequence[RequestFile] = ()
) -> MergeOutcome:
    """Classify every source and compute the results from the accepted sheets. `requests`: the chair's
    reconsideration requests, against which a revision answering one is checked."""
    statuses: list[SheetStatus] = []
    candidates: list[_Candidate] = []
    first_with_bytes: dict[str, int] = {}
    for index, (name, raw) in enumerate(sources):
        digest = sha256_hex(raw)
        earlier = first_with_bytes.get(digest)
        if earlier is not None:
            original = statuses[earlier]
            if original.status == "rejected":
                statuses.append(
                    replace(original, file=name, reason=f"{original.reason} (the same file as {original.file})")
                )
            else:
                statuses.append(
                    replace(
                        original,
                        file=name,
                        status="duplicate",
                        same_as=original.file,
                        reason="the same file as one already taken",
                    )
                )
            continue
        first_with_bytes[digest] = index
        status, sheet_file = check_sheet(round_file, name, raw, digest)
        statuses.append(status)
        if sheet_file is not None:
            candidates.append(_Candidate(index, status, sheet_file))
    by_digest = {r.sha256: r for r in requests}
    candidates = _check_reconsiderations(round_file, candidates, statuses, by_digest)
    accepted = _choose_per_expert(candidates, statuses)
    _flag_shared_keys(candidates, statuses)
    # A byte-identical copy points at the file first seen; if that one lost to a newer revision
    # or a conflict, the copy shares its fate.
    for index, status in enumerate(statuses):
        if status.status == "duplicate" and status.sha256 and first_with_bytes.get(status.sha256) != index:
            original = statuses[first_with_bytes[status.sha256]]
            if original.status != "ok":
                statuses[index] = replace(original, file=status.file)
    results = compute_results(round_file.round, [s.sheet for s in accepted], round_sha256=round_file.sha256)
    return MergeOutcome(results, statuses, accepted, by_digest)


def _check_reconsiderations(
    round_file: RoundFile, candidates: list[_Candidate], statuses: list[SheetStatus], requests: dict[str, RequestFile]
) -> list[_Candidate]:
    """A revision answering a reconsideration request that does not fit the request or changes what
    was not requested is rejected (the revision before it then stays in force)."""
    kept = []
    for c in candidates:
        others = [o.sheet_file for o in candidates if o is not c and o.status.expert_id == c.status.expert_id]
        problems = answer_problems(c.sheet_file, others, requests, round_file)
        if problems:
            reason = _summarise([SheetProblem(RECONSIDERATION, p.describe()) for p in problems])
            statuses[c.index] = replace(
                c.status, status="rejected", reason_code=RECONSIDERATION, reason=reason, details=tuple(problems)
            )
        else:
            kept.append(c)
    return kept


def _read_source(path: str | Path, name: str | None = None) -> bytes | SheetStatus:
    try:
        return read_limited(path, MAX_DOCUMENT_BYTES)
    except InputError as exc:
        return SheetStatus(name or str(path), "rejected", _problems_text(exc), UNREADABLE)


def check_sheet_source(path: str | Path, round_file: RoundFile | None = None) -> SheetStatus:
    """`sarapshy verify`: one file's status on its own (no revisions or duplicates to compare)."""
    raw = _read_source(path)
    if isinstance(raw, SheetStatus):
        return raw
    return check_sheet(round_file, str(path), raw)[0]


def _display_names(paths: Sequence[str | Path]) -> list[str]:
    """File names as they go into the results and the protocol; the paths only where names clash."""
    names = [printable(Path(p).name) for p in paths]  # undecodable bytes in a name stay visible, not fatal
    return names if len(set(names)) == len(names) else [printable(str(p)) for p in paths]


def merge_files(
    round_file: RoundFile, paths: Sequence[str | Path], requests: Sequence[RequestFile] = ()
) -> MergeOutcome:
    """`sarapshy merge`: `merge_sheets` over files named as given; unreadable ones are rejected."""
    names = _display_names(paths)
    read = [_read_source(path, name) for path, name in zip(paths, names, strict=True)]
    # A reconsideration request given among the sheets is taken as a request (so every command that
    # merges sees the same revisions); a broken one is listed as rejected.
    found = [
        _as_request(name, raw) if not isinstance(raw, SheetStatus) else None
        for name, raw in zip(names, read, strict=True)
    ]
    read = [f if isinstance(f, SheetStatus) else raw for f, raw in zip(found, read, strict=True)]
    outcome = merge_sheets(
        round_file,
        [
            (name, raw)
            for name, raw, f in zip(names, read, found, strict=True)
            if f is None and not isinstance(raw, SheetStatus)
        ],
        [*requests, *(f for f in found if isinstance(f, RequestFile))],
    )
    merged = iter(outcome.statuses)
    outcome.statuses = [
        raw if isinstance(raw, SheetStatus) else next(merged)
        for raw, f in zip(read, found, strict=True)
        if not isinstance(f, RequestFile)
    ]
    return outcome


def _as_request(name: str, raw: bytes) -> RequestFile | SheetStatus | None:
    """The request in `raw`, its rejection when it is a broken one, or None for any other file."""
    try:
        data = decode_json_document(raw, name)
    except Exception:  # noqa: BLE001 — not JSON at all: the sheet check says what it is
        return None
    if data.get("format") != REQUEST_FORMAT:
        return None
    try:
        return parse_request(raw, name)
    except InputError as exc:
        return SheetStatus(name, "rejected", _problems_text(exc), MALFORMED, sha256=sha256_hex(raw))
