"""The texts of the coded problems of conflicts of interest (app/models/conflicts.py, the expert's
answers in app/models/workspace.py) and of the second round's reconsideration (app/models/
reconsideration.py and its reconsider_* modules, the command line's `sarapshy reconsider`), in English.

Like app/models/error_templates.py: %1, %2… are the problem's args, the texts are in the "InputError"
context of the catalogues, and `messages.problem_text` renders them for the window and the command line.
"""

from __future__ import annotations

from app.models.catalogue import QT_TRANSLATE_NOOP
from app.models.error_templates import ENTRY, Template

NEW_REQUEST = QT_TRANSLATE_NOOP("InputError", "ask the chair for a new request")
CONFLICT_TEMPLATES: dict[str, Template] = {
    # the expert answering a suggested conflict (app/models/workspace.py); %1 is the entry
    "conflict_not_suggested": Template(
        QT_TRANSLATE_NOOP("InputError", "no conflict of interest is suggested for this entry"), place=ENTRY
    ),
    "conflict_bad_answer": Template(
        QT_TRANSLATE_NOOP("InputError", "the answer «%2» is neither recused nor dismissed"), place=ENTRY
    ),
    "conflict_reason_required": Template(
        QT_TRANSLATE_NOOP("InputError", "dismissing a suggested conflict of interest needs a reason"),
        QT_TRANSLATE_NOOP("InputError", "say why there is no conflict, or confirm it and recuse yourself"),
        place=ENTRY,
    ),
    # the answers a sheet carries, checked against the round (app/models/conflicts.py)
    "conflict_answer_old_format": Template(
        QT_TRANSLATE_NOOP(
            "InputError",
            "answers to suggested conflicts of interest need format "
            "sarapshy-sheet/2, but the sheet says sarapshy-sheet/1",
        )
    ),
    "conflict_answer_unknown_entry": Template(
        QT_TRANSLATE_NOOP("InputError", "a conflict-of-interest answer names entry «%1», which is not in the round")
    ),
    "conflict_answer_twice": Template(
        QT_TRANSLATE_NOOP("InputError", "the conflict of interest is answered twice"), place=ENTRY
    ),
    "conflict_answer_recused_scored": Template(
        QT_TRANSLATE_NOOP(
            "InputError", "the expert confirmed the conflict of interest (recused), yet the sheet scores the course"
        ),
        place=ENTRY,
    ),
}
# %1 of a cell's problem is the cell ("entry/criterion"), which is also its place
RECONSIDER_TEMPLATES: dict[str, Template] = {
    # the chair marking cells and making the request (reconsider_chair.py, reconsider_request.py)
    "reconsider_question_empty": Template(
        QT_TRANSLATE_NOOP("InputError", "the question to the expert is empty"),
        QT_TRANSLATE_NOOP("InputError", "write what the expert should reconsider"),
    ),
    "reconsider_no_sheet": Template(
        QT_TRANSLATE_NOOP("InputError", "expert %1 has no accepted sheet to reconsider"),
        QT_TRANSLATE_NOOP("InputError", "import the expert's sheet first"),
    ),
    "reconsider_expert_not_accepted": Template(
        QT_TRANSLATE_NOOP("InputError", "no accepted sheet of expert «%1» among the files"),
        QT_TRANSLATE_NOOP("InputError", "give the expert's sheet file (sarapshy merge lists why a sheet is left out)"),
    ),
    "reconsider_cell_option": Template(
        QT_TRANSLATE_NOOP("InputError", "«%1» is not ENTRY:CRITERION:QUESTION"),
        QT_TRANSLATE_NOOP("InputError", "e.g. --cell m01:c3:'Why 9?'"),
    ),
    "reconsider_sheet_other_round": Template(
        QT_TRANSLATE_NOOP("InputError", "the sheet does not belong to this round file"),
        QT_TRANSLATE_NOOP("InputError", "import the expert's sheet for this round"),
    ),
    "reconsider_no_cells": Template(
        QT_TRANSLATE_NOOP("InputError", "no cell is marked for reconsideration"),
        QT_TRANSLATE_NOOP("InputError", "mark at least one cell"),
    ),
    "reconsider_cell_unscored": Template(
        QT_TRANSLATE_NOOP("InputError", "the expert gave no score here"),
        QT_TRANSLATE_NOOP("InputError", "mark a scored cell"),
    ),
    # the request as the expert opens it (reconsideration.py)
    "request_unsigned": Template(
        QT_TRANSLATE_NOOP("InputError", "the request is not signed by the chair"),
        QT_TRANSLATE_NOOP("InputError", "ask the chair to export the request again from Sarapshy"),
    ),
    "request_tampered": Template(
        QT_TRANSLATE_NOOP("InputError", "the request was changed after the chair signed it"),
        QT_TRANSLATE_NOOP("InputError", "use the file exactly as the chair exported it, or ask for it again"),
    ),
    "request_other_round": Template(
        QT_TRANSLATE_NOOP("InputError", "the request belongs to another round (%1)"),
        QT_TRANSLATE_NOOP("InputError", "open the round the chair sent the request for"),
    ),
    "request_round_edited": Template(
        QT_TRANSLATE_NOOP("InputError", "the request was made for another version of the round file"),
        QT_TRANSLATE_NOOP("InputError", "ask the chair which round file is current"),
    ),
    "request_other_expert": Template(
        QT_TRANSLATE_NOOP("InputError", "the request is addressed to %1, not to you (expert %2)"),
        QT_TRANSLATE_NOOP("InputError", "open the request addressed to you"),
    ),
    "request_other_sheet": Template(
        QT_TRANSLATE_NOOP("InputError", "the request refers to another file of your sheet (revision %1, code %2)"),
        QT_TRANSLATE_NOOP("InputError", "choose that sheet file"),
    ),
    "request_cell_unknown": Template(
        QT_TRANSLATE_NOOP("InputError", "the request names a course or criterion the round does not have"), NEW_REQUEST
    ),
    "request_score_differs": Template(
        QT_TRANSLATE_NOOP("InputError", "the request states the score %2, the sheet holds %3"), NEW_REQUEST
    ),
    # the expert's answers (reconsider_answer.py, the answers table of `sarapshy sheet reconsider`)
    "reconsider_not_requested": Template(
        QT_TRANSLATE_NOOP("InputError", "this cell was not requested"),
        QT_TRANSLATE_NOOP("InputError", "answer only the requested cells; other changes need a separate revision"),
    ),
    "reconsider_unanswered": Template(
        QT_TRANSLATE_NOOP("InputError", "the requested cell has no answer"),
        QT_TRANSLATE_NOOP("InputError", "keep the score or change it"),
    ),
    "reconsider_out_of_range": Template(
        QT_TRANSLATE_NOOP("InputError", "the score %2 is out of range %3–%4"),
        QT_TRANSLATE_NOOP("InputError", "give a score within the range"),
    ),
    "justification_required": Template(
        QT_TRANSLATE_NOOP("InputError", "the score changes %2 → %3 without a written justification"),
        QT_TRANSLATE_NOOP("InputError", "write why the score changes"),
    ),
    "reconsideration_unjustified": Template(
        QT_TRANSLATE_NOOP("InputError", "a changed score needs a written justification")
    ),
    "reconsider_revision": Template(QT_TRANSLATE_NOOP("InputError", "the revision %1 is not newer than the sheet's")),
    # the chair's merge checking a revision that answers a request (reconsider_merge.answer_problems)
    "answer_many_requests": Template(
        QT_TRANSLATE_NOOP("InputError", "the revision answers more than one reconsideration request"),
        QT_TRANSLATE_NOOP("InputError", "answer one request per revision"),
    ),
    "answer_request_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "it answers a reconsideration request (%1…) the chair does not have here"),
        QT_TRANSLATE_NOOP("InputError", "import that request file"),
    ),
    "answer_revised_missing": Template(
        QT_TRANSLATE_NOOP("InputError", "the sheet it revises (revision %1, code %2) is not among the imported files"),
        QT_TRANSLATE_NOOP("InputError", "import it as well, so the change can be checked"),
    ),
    "answer_not_newer": Template(
        QT_TRANSLATE_NOOP("InputError", "revision %1 is not newer than the revision %2 it revises")
    ),
    "answer_cell_missing": Template(QT_TRANSLATE_NOOP("InputError", "the requested cell is not answered")),
    "answer_before_differs": Template(
        QT_TRANSLATE_NOOP("InputError", "'before' is %2, the score in the revised sheet was %3")
    ),
    "answer_not_requested": Template(QT_TRANSLATE_NOOP("InputError", "listed as reconsidered but not requested")),
    "answer_after_differs": Template(QT_TRANSLATE_NOOP("InputError", "'after' is %2, the sheet holds %3")),
    "answer_unrequested_recusal": Template(
        QT_TRANSLATE_NOOP("InputError", "the recusal changed without being requested")
    ),
    "answer_unrequested_recusal_since": Template(
        QT_TRANSLATE_NOOP("InputError", "the recusal changed without being requested (compared with revision %2)")
    ),
    "answer_unrequested_score": Template(
        QT_TRANSLATE_NOOP("InputError", "the score changed %2 → %3 without being requested")
    ),
    "answer_unrequested_score_since": Template(
        QT_TRANSLATE_NOOP("InputError", "the score changed %2 → %3 without being requested (compared with revision %4)")
    ),
    "answers_not_utf8": Template(
        QT_TRANSLATE_NOOP("InputError", "the table is not UTF-8 text"),
        QT_TRANSLATE_NOOP("InputError", "save it as CSV (UTF-8)"),
    ),
    "answers_header": Template(
        QT_TRANSLATE_NOOP("InputError", "the header must name entry_id, criterion_id, score (and justification)"),
        QT_TRANSLATE_NOOP("InputError", "add the header line"),
    ),
    "answers_not_whole": Template(
        QT_TRANSLATE_NOOP("InputError", "the score «%2» is not a whole number"),
        QT_TRANSLATE_NOOP("InputError", "write the score kept or the new one"),
        place=QT_TRANSLATE_NOOP("InputError", "line %1"),
    ),
}
