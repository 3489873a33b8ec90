"""What the gathering of next-stage packages asks the organiser to look at (app.models.stage_gather's
flags), in a language: the one rendering for the gather dialog and `sarapshy gather`.

The texts are marked in the "GatherPackages" context (translation area `stages`), where the dialog has
always translated them; `translate` is Qt's lookup in the window, app.models.catalogue's elsewhere.
"""

from __future__ import annotations

from app.models.catalogue import QT_TRANSLATE_NOOP, Translate
from app.models.messages import fill
from app.models.stage_gather import GatherFlag

CONTEXT = "GatherPackages"
FLAGS: dict[str, str] = {
    "same_course": QT_TRANSLATE_NOOP("GatherPackages", "%1 and %2 look like the same course (same title and author)"),
    "same_link": QT_TRANSLATE_NOOP("GatherPackages", "%1 and %2 have the same course link"),
}


def flag_text(flag: GatherFlag, translate: Translate) -> str:
    """The flag in translate's language; a flag of a code unknown here in its own (English) words."""
    text = FLAGS.get(flag.code)
    return fill(translate(CONTEXT, text), flag.entries) if text else flag.text
