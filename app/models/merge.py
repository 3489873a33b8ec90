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

Each file is checked on its own first (app/models/sheet_check.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.models.canonical import sha256_hex
from app.models.errors import InputError
from app.models.jsonfile import decode_json_document
from app.models.reconsider_merge import answer_problems
from app.models.reconsideration import REQUEST_FORMAT, RequestFile, parse_request
from app.models.results import Results, compute_results
from app.models.results_json import results_to_json
from app.models.round import RoundFile
from app.models.sheet import SheetFile, SheetProblem
from app.models.sheet_check import (
    CONFLICT,
    KEY_CHANGED,
    MALFORMED,
    RECONSIDERATION,
    SHARED_KEY,
    SheetStatus,
    check_sheet,
    problems_text,
    read_source,
    summarise,
)
from app.models.untrusted import printable


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
            reason = summarise([SheetProblem(RECONSIDERATION, p.describe()) for p in problems])
            statuses[c.index] = replace(
                c.status, status="rejected", reason_code=RECONSIDERATION, reason=reason, details=tuple(problems)
            )
        else:
            kept.append(c)
    return kept


def _display_names(paths: Sequence[str | Path]) -> list[str]:
    """File names as they go into the results and the protocol; the paths only where names clash."""
    names = [printable(Path(p).name) for p in paths]  # undecodable bytes in a name stay visible, not fatal
    return names if len(set(names)) == len(names) else [printable(str(p)) for p in paths]


def merge_files(
    round_file: RoundFile, paths: Sequence[str | Path], requests: Sequence[RequestFile] = ()
) -> MergeOutcome:
    """`sarapshy merge`: `merge_sheets` over files named as given; unreadable ones are rejected."""
    names = _display_names(paths)
    read = [read_source(path, name) for path, name in zip(paths, names, strict=True)]
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
        return SheetStatus(name, "rejected", problems_text(exc), MALFORMED, sha256=sha256_hex(raw))
