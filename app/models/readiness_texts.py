"""The readiness items (app.models.readiness) in words, in a language: the one rendering for the
chair's window and the command line.

The texts are marked in the "DecisionTexts" context (translation area `decisions`), where the window
has always translated them; `translate` is Qt's lookup in the window and the `.ts` catalogue lookup
(app.models.catalogue.translator) on the command line.
"""

from __future__ import annotations

from app.models.catalogue import QT_TRANSLATE_NOOP, Translate
from app.models.messages import fill
from app.models.readiness import ReadinessItem

CONTEXT = "DecisionTexts"
TEXTS: dict[str, str] = {
    "no_sheets": QT_TRANSLATE_NOOP("DecisionTexts", "No accepted sheet yet: import the experts' sheet files."),
    "tie_unresolved": QT_TRANSLATE_NOOP(
        "DecisionTexts", "The tie of %2 on place %1 needs the commission's written resolution."
    ),
    "tie_out_of_date": QT_TRANSLATE_NOOP(
        "DecisionTexts",
        "The resolution of the tie %1 was made on the results %2; they are now %3. "
        "It is out of date: confirm it again or withdraw it.",
    ),
    "place_out_of_date": QT_TRANSLATE_NOOP(
        "DecisionTexts", "The place %2 recorded for %1 no longer fits its rank %3: withdraw it."
    ),
    "protocol_number_missing": QT_TRANSLATE_NOOP("DecisionTexts", "The protocol has no number yet."),
    "sheet_missing": QT_TRANSLATE_NOOP(
        "DecisionTexts",
        "%2 (%1) has no accepted sheet: import it, mark the expert absent, or record that the sheet was not submitted.",
    ),
    "paper_unchecked": QT_TRANSLATE_NOOP(
        "DecisionTexts",
        "The sheet %1 of %2 is not compared with its paper copy yet: tick «Compared "
        "with paper» on the Sheets tab, or record why not.",
    ),
    "key_changed": QT_TRANSLATE_NOOP(
        "DecisionTexts",
        "The sheet %1 of %2 is signed with another key than the expert's earlier sheet: "
        "decide on it on the Sheets tab first.",
    ),
    "sheet_not_received": QT_TRANSLATE_NOOP(
        "DecisionTexts", "The protocol states: the sheet of %2 (%1) was not received."
    ),
    "paper_not_compared": QT_TRANSLATE_NOOP(
        "DecisionTexts", "The protocol states: the sheet of %2 (%1) was not compared with its paper copy (%4)."
    ),
    "shared_key": QT_TRANSLATE_NOOP(
        "DecisionTexts",
        "The protocol states: the sheet of %2 (%1) is signed with a key that also signs another expert's sheet (%4).",
    ),
    "paper_not_recorded": QT_TRANSLATE_NOOP(
        "DecisionTexts", "The protocol states: the comparison with paper is not recorded."
    ),
}


def readiness_text(item: ReadinessItem, translate: Translate) -> str:
    """The item in translate's language; an item of a code unknown here as describe() gives it."""
    text = TEXTS.get(item.code)
    if text is None:
        return item.describe()
    return fill(translate(CONTEXT, text), tuple(str(a) for a in item.args))
