"""Text that comes from users' files, shown back to them or stored: checked, and cut for messages.

A lone surrogate (half of a UTF-16 pair, as JSON's `\\ud800` makes one) cannot be written as UTF-8:
it would crash the first print, database write or PDF that meets it. A NUL character ends strings
in C (file names, Qt, SQLite's text functions) and hides what follows. Both are refused where the
text is read, with the place where they are. Keys and values may be megabytes long; a message
quotes at most `SHOWN_CHARACTERS` of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.models.errors import InputError

SHOWN_CHARACTERS = 60
MAX_FILE_NAME = 255  # characters: what Windows and the usual Linux file systems allow


def shorten(text: Any, limit: int = SHOWN_CHARACTERS) -> str:
    """`text` for a message: at most `limit` characters, saying how long it really was."""
    whole = str(text)
    if len(whole) <= limit:
        return whole
    return f"{whole[:limit]}… ({len(whole)} characters)"


def shown(text: Any, limit: int = SHOWN_CHARACTERS) -> str:
    """Quoted and shortened, safe to print whatever it holds (repr escapes NUL and surrogates)."""
    return repr(shorten(text, limit))


def printable(text: str) -> str:
    """`text` with lone surrogates written as \\udxxx, so that it can be printed and stored."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def bad_character(text: str) -> tuple[int, str] | None:
    """(position, 'NUL' or 'U+D800'…) of the first NUL or lone surrogate in `text`; None if clean."""
    first_nul = text.index("\x00") if "\x00" in text else -1
    try:
        text.encode("utf-8")
        return (first_nul, "NUL") if first_nul >= 0 else None
    except UnicodeEncodeError as exc:
        if 0 <= first_nul < exc.start:
            return first_nul, "NUL"
        return exc.start, f"U+{ord(text[exc.start]):04X}"


def check_text(text: str, source: str | Path | None, place: str) -> None:
    """InputError (code `bad_character`) if `text` holds a NUL or a lone surrogate."""
    found = bad_character(text)
    if found is not None:
        position, character = found
        raise InputError(
            source,
            place,
            f"the text holds the character {character} at position {position + 1}, which a text may not hold",
            "type the text again; it was damaged or made to harm",
            code="bad_character",
            args=(character, position + 1),
        )


def check_strings(data: Any, source: str | Path | None) -> None:
    """Every key and text value of a decoded JSON document through `check_text`, placed by JSON path."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, place = stack.pop()
        if isinstance(value, str):
            check_text(value, source, place or "(top level)")
        elif isinstance(value, dict):
            for key, item in value.items():
                key_place = f"{place}.{printable(shorten(key, 40))}" if place else printable(shorten(key, 40))
                check_text(key, source, key_place)
                stack.append((item, key_place))
        elif isinstance(value, list):
            stack.extend((item, f"{place}[{index}]") for index, item in enumerate(value))


def check_path(path: str | Path) -> Path:
    """A path the user gave: no NUL, no lone surrogate (from undecodable bytes), a file name that
    fits the file systems. Returns it as a Path."""
    text = str(path)
    found = bad_character(text)
    if found is not None:
        _position, character = found
        raise InputError(
            shown(text),
            "",
            f"the file's name or folder holds the character {character}",
            "rename the file (or folder) with ordinary letters",
            code="bad_path",
            args=(character,),
        )
    path = Path(path)
    if len(path.name) > MAX_FILE_NAME:
        raise InputError(
            shorten(text, 120),
            "",
            f"the file name is too long ({len(path.name)} characters; at most {MAX_FILE_NAME})",
            "give the file a shorter name",
            code="name_too_long",
            args=(len(path.name), MAX_FILE_NAME),
        )
    return path
