"""Texts the chair's tables share: numbers in the interface language, shortened titles and names."""

from __future__ import annotations

from collections.abc import Sequence

from app.models.chair import ChairSnapshot
from app.models.localized import localized
from app.ui.i18n import current_language
from app.ui.qt import QtCore

DASH = "—"


def number(value: float | int | None, decimals: int = 2) -> str:
    """A number in the interface language's notation (decimal comma in Kazakh and Russian)."""
    if value is None:
        return DASH
    if isinstance(value, int) or (float(value).is_integer() and decimals == 0):
        return QtCore.QLocale().toString(int(value))
    return QtCore.QLocale().toString(float(value), "f", decimals)


def elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_name(name: str) -> str:
    """Surname and initials: 'Сәрсенбаева Әйгерім Қанатқызы' → 'Сәрсенбаева Ә. Қ.'."""
    words = name.split()
    if len(words) < 2:
        return name
    return " ".join([words[0], *[w[0] + "." for w in words[1:] if w[0].isalpha()]])


def whole_or_decimal(value: float | None, decimals: int = 2) -> str:
    """Integers without decimals (a sum of totals), fractions with them (a rescaled result)."""
    if value is None:
        return DASH
    return number(int(value), 0) if float(value).is_integer() else number(value, decimals)


def entries_text(snapshot: ChairSnapshot, entry_ids: Sequence[str]) -> str:
    """'m02 Title; m03 Title' for messages."""
    lang = current_language()
    parts = []
    for entry_id in entry_ids:
        entry = snapshot.round.entry(entry_id)
        parts.append(f"{entry_id} «{localized(entry.title, lang)}»" if entry else entry_id)
    return "; ".join(parts)
