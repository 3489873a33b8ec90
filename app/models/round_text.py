"""A localised text of a round (a plain Kazakh string, or {"kk": …, "ru": …, "en": …}) as the
organiser's editor reads and changes one language of it."""

from __future__ import annotations

from typing import Any

from app.models.localized import LANGUAGES


def text_in(value: Any, lang: str) -> str:
    """The exact `lang` version of a localised value (a plain string counts as Kazakh)."""
    if isinstance(value, dict):
        return str(value.get(lang, "") or "")
    return str(value or "") if lang == "kk" else ""


def with_text(value: Any, lang: str, text: str) -> str | dict[str, str]:
    """`value` with its `lang` version replaced; a single Kazakh version stays a plain string."""
    versions: dict[str, Any] = dict(value) if isinstance(value, dict) else ({"kk": value} if value else {})
    if text.strip():
        versions[lang] = text
    else:
        versions.pop(lang, None)
    versions = {k: v for k, v in versions.items() if v}
    if not versions:
        return ""
    if set(versions) == {"kk"}:
        return str(versions["kk"])
    return {code: str(versions[code]) for code in (*LANGUAGES, *versions) if code in versions}


def shown_language(value: Any) -> str:
    """The language a one-field editor shows for a value: the first version present."""
    if isinstance(value, dict):
        return next((code for code in (*LANGUAGES, *value) if value.get(code)), "kk")
    return "kk"


def shown_text(value: Any) -> str:
    return text_in(value, shown_language(value))


def with_shown_text(value: Any, text: str) -> str | dict[str, str]:
    return with_text(value, shown_language(value), text)
