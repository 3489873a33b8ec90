"""A sheet's status (`SheetStatus` of app/models/sheet_check.py) in Kazakh, Russian or English, without Qt:
the word for the status and the reason a sheet was not taken, with the problems it sums up.

The texts are in the "SheetStatus" context of the translation catalogues (the coded problems in
"InputError", app/models/error_templates.py); in English the status keeps its own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.models.catalogue import QT_TRANSLATE_NOOP, Translate
from app.models.errors import Problem
from app.models.messages import fill, problem_text
from app.models.sheet_check import SheetStatus

CONTEXT = "SheetStatus"
SHOWN_DETAILS = 3
STATUS_WORDS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("SheetStatus", "OK"),
    "fail": QT_TRANSLATE_NOOP("SheetStatus", "FAIL"),
    "rejected": QT_TRANSLATE_NOOP("SheetStatus", "REJECTED"),
    "superseded": QT_TRANSLATE_NOOP("SheetStatus", "SUPERSEDED"),
    "duplicate": QT_TRANSLATE_NOOP("SheetStatus", "DUPLICATE"),
    "set_aside": QT_TRANSLATE_NOOP("SheetStatus", "SET_ASIDE"),
    "flag": QT_TRANSLATE_NOOP("SheetStatus", "FLAG"),
}
SHARED_KEY = QT_TRANSLATE_NOOP(
    "SheetStatus",
    "the key %1 also signs the sheets of %2: one person may have signed for another; "
    "compare with the signed paper sheets",
)
# by reason_code (rejected) or by status (the others); %1, %2…: the status's reason_args
REASONS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("SheetStatus", "the file cannot be checked (%1)"),
    "malformed": QT_TRANSLATE_NOOP("SheetStatus", "not a readable sheet file"),
    "bad_signature": QT_TRANSLATE_NOOP(
        "SheetStatus", "the signature does not match: the sheet was changed after signing, or it is not signed"
    ),
    "other_round": QT_TRANSLATE_NOOP("SheetStatus", "the sheet belongs to another round (%1)"),
    "round_edited": QT_TRANSLATE_NOOP(
        "SheetStatus",
        "the round file was edited after this sheet was made: the expert must score against the current round file",
    ),
    "unknown_expert": QT_TRANSLATE_NOOP("SheetStatus", "expert «%1» is not in the round's commission"),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "SheetStatus", "signed with another key (fingerprint %1) than the one pinned for %2 in the round"
    ),
    "out_of_range": QT_TRANSLATE_NOOP("SheetStatus", "a score is out of range"),
    "incomplete": QT_TRANSLATE_NOOP("SheetStatus", "the sheet is incomplete"),
    "not_in_round": QT_TRANSLATE_NOOP("SheetStatus", "the sheet scores entries or criteria that are not in the round"),
    "conflict": QT_TRANSLATE_NOOP(
        "SheetStatus", "expert %1 handed in different sheets with the same revision %2 (%3); keep only the right one"
    ),
    "key_changed": QT_TRANSLATE_NOOP(
        "SheetStatus",
        "expert %1's sheets are signed with different keys (%2); compare the key printed on the "
        "signed paper sheet and set the wrong file aside",
    ),
    "superseded": QT_TRANSLATE_NOOP("SheetStatus", "revision %1; revision %2 is taken"),
    "duplicate": QT_TRANSLATE_NOOP("SheetStatus", "the same sheet as one already taken"),
    "conflict_answer": QT_TRANSLATE_NOOP(
        "SheetStatus", "the answers to suggested conflicts of interest do not fit the sheet"
    ),
    "reconsideration": QT_TRANSLATE_NOOP(
        "SheetStatus",
        "the revision does not answer the chair's reconsideration request as it must; the revision "
        "before it stays in force",
    ),
}
MORE = QT_TRANSLATE_NOOP("SheetStatus", "and %1 more")
# the coded problems of a sheet against its round (app/models/sheet.py), rendered like InputError's
PROBLEMS: dict[str, str] = {
    "sheet_entry_not_in_round": QT_TRANSLATE_NOOP("SheetStatus", "entry «%1» is not in the round"),
    "sheet_video_not_in_round": QT_TRANSLATE_NOOP("SheetStatus", "entry %1: video «%2» is not in the round"),
    "sheet_criterion_not_in_round": QT_TRANSLATE_NOOP("SheetStatus", "entry %1: criterion «%2» is not in the round"),
    "sheet_not_scored": QT_TRANSLATE_NOOP("SheetStatus", "entry %1: criterion %2 is not scored"),
    "sheet_out_of_range": QT_TRANSLATE_NOOP("SheetStatus", "entry %1: criterion %2 score %3 is out of range %4–%5"),
    "sheet_entries_missing": QT_TRANSLATE_NOOP("SheetStatus", "entries neither scored nor recused: %1"),
}
KEY = QT_TRANSLATE_NOOP("SheetStatus", "key %1")
KEY_NOT_CONFIRMED = QT_TRANSLATE_NOOP("SheetStatus", "key %1 (key not confirmed)")
VERIFIED = QT_TRANSLATE_NOOP("SheetStatus", "expert %1  revision %2  code %3")
TAKEN = QT_TRANSLATE_NOOP("SheetStatus", "expert %1  code %2")


def status_word(key: str, translate: Translate) -> str:
    return translate(CONTEXT, STATUS_WORDS[key])


def key_text(fingerprint: str, pinned: bool, translate: Translate) -> str:
    """The signing key's fingerprint, and whether the round pins it (else the chair confirms it by eye)."""
    return fill(translate(CONTEXT, KEY if pinned else KEY_NOT_CONFIRMED), (fingerprint,))


def accepted_text(status: SheetStatus, translate: Translate, with_revision: bool = True) -> str:
    """Who signed a valid sheet and its verification code (as printed on the paper sheet)."""
    if with_revision:
        return fill(translate(CONTEXT, VERIFIED), (str(status.expert_id), str(status.revision), status.code))
    return fill(translate(CONTEXT, TAKEN), (str(status.expert_id), status.code))


def reason_text(status: SheetStatus, translate: Translate, english: bool = False) -> str:
    """Why a sheet was not taken (or what was taken instead), in translate's language; with
    `english` the status's own English reason as it is."""
    if english:
        return status.reason
    template = REASONS.get(status.reason_code or status.status)
    if template is None:
        return status.reason
    text = fill(translate(CONTEXT, template), status.reason_args)
    details = status.details
    if details:
        shown = [detail_text(p, translate) for p in details[:SHOWN_DETAILS]]
        if len(details) > SHOWN_DETAILS:
            shown.append(fill(translate(CONTEXT, MORE), (str(len(details) - SHOWN_DETAILS),)))
        text += ": " + "; ".join(shown)
    return text


def detail_text(problem: Problem, translate: Translate) -> str:
    template = PROBLEMS.get(problem.code)
    if template is not None:
        return fill(translate(CONTEXT, template), problem.args)
    return problem_text(problem, translate)


def flag_text(status: SheetStatus, statuses: Sequence[SheetStatus], translate: Translate, english: bool = False) -> str:
    """Why a valid sheet is flagged (a key signing for several experts), in translate's language; with
    `english` the status's own English words. `statuses`: all of the merge, to name the other experts."""
    if english or status.flag != "shared_key":
        return status.flag_reason
    others = sorted(
        {
            s.expert_id
            for s in statuses
            if s.expert_id
            and s.expert_id != status.expert_id
            and s.fingerprint == status.fingerprint
            and s.status != "rejected"
        }
    )
    return fill(translate(CONTEXT, SHARED_KEY), (status.fingerprint, ", ".join(others)))
