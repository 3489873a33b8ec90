"""Text that is either one string or a {"kk", "ru", "en"} mapping."""
from __future__ import annotations

from typing import Mapping, Union

LANGUAGES = ("kk", "ru", "en")
LText = Union[str, Mapping[str, str]]


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
