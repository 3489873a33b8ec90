"""The translated texts of the interface, read without Qt, for the command line.

The Kazakh, Russian and English texts live in one place: the Qt translation catalogues
`resources/translations/<area>_<lang>.ts`. The window loads their compiled `.qm` form through Qt;
the command line (and any Qt-free caller) reads the same `.ts` files here. A text is looked up by
its context and English source, as Qt does; a text without a finished translation stays English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from app.paths import resources_dir

LANGUAGES = ("kk", "ru", "en")
RETIRED = ("vanished", "obsolete", "unfinished")

# translate(context, English text) -> the text in some language
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the translation catalogues; it is translated when shown."""
    return text


def english(context: str, text: str) -> str:
    return text


def translator(lang: str) -> Translate:
    """The catalogue lookup for `lang` (kk, ru, en); English for a language it does not know."""
    if lang not in LANGUAGES or lang == "en":
        return english
    texts = _texts(lang)

    def translate(context: str, text: str) -> str:
        return texts.get((context, text), text)

    return translate


@cache
def _texts(lang: str) -> dict[tuple[str, str], str]:
    texts: dict[tuple[str, str], str] = {}
    for path in sorted((resources_dir() / "translations").glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in RETIRED or message.get("numerus") == "yes":
                    continue
                if translation.text and translation.text.strip():
                    texts[(name, message.findtext("source", ""))] = translation.text
    return texts
