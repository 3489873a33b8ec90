"""Text that is either one string or a {"kk", "ru", "en"} mapping."""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("kk", "ru", "en")
LText = str | Mapping[str, str]


def localized(text: LText | None, lang: str = "kk") -> str:
    """The text in `lang`, else the first present of Kazakh, Russian, English."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for code in (lang, *LANGUAGES):
        value = text.get(code)
        if value:
            return value
    return next((v for v in text.values() if v), "")


class Wording(dict[str, dict[str, str]]):
    """A table of fixed wording in Kazakh, Russian and English: key → {"kk": …, "ru": …, "en": …}.

    Every table of our documents' and reports' words is one of these, read the same way: `text`
    gives the key's words in a language (the others as fallbacks) with their {fields} filled in.
    """

    def text(self, key: str, lang: str, **values: object) -> str:
        words = localized(self[key], lang)
        return words.format(**values) if values else words

    def text_or_key(self, key: str, lang: str) -> str:
        """The key's words, or the key itself when the table has none (a code from a newer file)."""
        return localized(self[key], lang) if key in self else key
