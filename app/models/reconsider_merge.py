"""Checking a revision that answers a reconsideration request when the chair merges: it must answer
exactly the requested cells of the sheet the request names, and change nothing else."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.models.errors import Problem
from app.models.reconsideration import RequestFile, reconsider_problem, request_problems
from app.models.round import RoundFile
from app.models.sheet import Sheet, SheetFile


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
            reconsider_problem(
                "",
                "the revision answers more than one reconsideration request",
                "answer one request per revision",
                "answer_many_requests",
            )
        ]
    req = requests.get(digests[0])
    if req is None:
        return [
            reconsider_problem(
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
            reconsider_problem(
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
            reconsider_problem(
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
            out.append(
                reconsider_problem(place, "the requested cell is not answered", "", "answer_cell_missing", place)
            )
        elif answer.before != cell.score:
            out.append(
                reconsider_problem(
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
            out.append(
                reconsider_problem(place, "listed as reconsidered but not requested", "", "answer_not_requested", place)
            )
        elif _score(sheet, *key) != answer.after:
            out.append(
                reconsider_problem(
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
                reconsider_problem(
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
                    reconsider_problem(
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
