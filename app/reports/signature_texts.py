"""What changed in a PDF after a signature (app.reports.pdf_signing's `changes_after`), in words of a
language: the one rendering for the signatures dialog and `sarapshy verify-pdf`.

The texts are marked in the "SignaturesModel" context (translation area `printing`), where the dialog
has always translated them; `translate` is Qt's lookup in the window, app.models.catalogue's elsewhere.
"""

from __future__ import annotations

from app.models.catalogue import QT_TRANSLATE_NOOP, Translate
from app.reports.pdf_signing import (
    CHANGES_ANNOTATIONS,
    CHANGES_NONE,
    CHANGES_OTHER,
    CHANGES_SIGNATURES,
    CHANGES_UNKNOWN,
)

CONTEXT = "SignaturesModel"
CHANGES: dict[str, str] = {
    CHANGES_NONE: QT_TRANSLATE_NOOP("SignaturesModel", "nothing"),
    CHANGES_SIGNATURES: QT_TRANSLATE_NOOP("SignaturesModel", "later signatures only"),
    CHANGES_ANNOTATIONS: QT_TRANSLATE_NOOP("SignaturesModel", "annotations added"),
    CHANGES_OTHER: QT_TRANSLATE_NOOP("SignaturesModel", "the document was altered"),
    CHANGES_UNKNOWN: QT_TRANSLATE_NOOP("SignaturesModel", "unknown"),
}


def changes_text(changes: str, translate: Translate) -> str:
    text = CHANGES.get(changes)
    return translate(CONTEXT, text) if text else changes
