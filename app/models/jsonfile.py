"""Decoding JSON documents from users' files with messages that say where and how to fix."""

from __future__ import annotations

import contextlib
import json
import json.decoder
import json.scanner
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from app.models.errors import CodedValueError, InputError, Problem
from app.models.untrusted import check_strings, shorten
from app.models.untrusted import shown as quoted

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
# Our documents hold small whole numbers (scores, years, revisions) and seconds: anything beyond
# the range JSON numbers share with every reader (2**53) is refused where it is, before int() meets
# a number of thousands of digits (Python refuses those with a bare ValueError).
MAX_SAFE_INTEGER = 2**53 - 1  # the largest integer RFC 8785 (and so a signature) can hold
MAX_NUMBER_CHARACTERS = 40


def decode_json_document(raw: bytes, source: str | Path) -> dict[str, Any]:
    """UTF-8 JSON object → dict; duplicate keys, other encodings and non-objects are refused."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    _refuse_pdf(raw, source)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            source,
            "",
            "the file is UTF-16 text, not UTF-8",
            "save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)",
            code="utf16",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        byte = f"0x{raw[exc.start]:02x}"
        raise InputError(
            source,
            f"line {line}, byte {exc.start}",
            f"the file is not UTF-8 text (byte {byte})",
            "save it as UTF-8; it may have been saved in a Windows code page",
            code="not_utf8",
            args=(line, exc.start, byte),
        ) from None
    if not text.strip():
        raise InputError(source, "", "the file is empty", "choose the right file", code="empty_file")
    try:
        data = json.loads(
            text,
            object_pairs_hook=_refuse_duplicate_keys,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            parse_constant=_refuse_constant,
        )
    except _DuplicateKey as exc:
        line, column = _duplicate_key_position(text, exc.key)
        place = f"line {line}, column {column}" if line else ""
        key = shorten(exc.key)
        raise InputError(
            source,
            place,
            f"the key {key!r} appears twice in one object",
            "keep only one of them",
            code="duplicate_key",
            args=(key, line, column),
        ) from None
    except _BadNumber as exc:
        line, column = _position(text, text.find(exc.text)) if exc.text in text else (0, 0)
        number = shorten(exc.text, 20)
        raise InputError(
            source,
            f"line {line}, column {column}" if line else "",
            f"the number {number} is out of range (at most {MAX_SAFE_INTEGER} in size)",
            "the file is damaged or was made to harm; ask for a new copy",
            code="number_out_of_range",
            args=(line, column, number),
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            source,
            f"line {exc.lineno}, column {exc.colno}",
            f"not valid JSON ({exc.msg})",
            "the file is damaged or is not a Sarapshy file",
            code="json_syntax",
            args=(exc.lineno, exc.colno, exc.msg),
        ) from None
    except RecursionError:
        raise InputError(
            source, "", "the JSON is nested too deeply", "this is not a Sarapshy file", code="json_too_deep"
        ) from None
    except (ValueError, MemoryError) as exc:  # whatever else the decoder refuses: the file, not a bug
        raise InputError(
            source,
            "",
            f"the file cannot be decoded ({shorten(exc)})",
            "the file is damaged or is not a Sarapshy file",
            code="json_undecodable",
            args=(shorten(exc),),
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            source, "", "the JSON document is not an object", "this is not a Sarapshy file", code="json_not_object"
        )
    check_strings(data, source)
    return data


class _BadNumber(ValueError):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARACTERS:
        raise _BadNumber(text)
    value = int(text)
    if abs(value) > MAX_SAFE_INTEGER:
        raise _BadNumber(text)
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise _BadNumber(text)
    return value


def _refuse_constant(text: str) -> None:
    raise _BadNumber(text)  # NaN, Infinity, -Infinity are not JSON


def _position(text: str, index: int) -> tuple[int, int]:
    """(line, column), both from 1, of the character at `index`."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


# The json package's pure-Python scanner, whose object parser can be replaced to note where each key
# is. typeshed leaves these undocumented parts of the standard library out.
_ScanOnce = Callable[[str, int], tuple[Any, int]]
_py_make_scanner: Callable[[json.JSONDecoder], _ScanOnce] = json.scanner.py_make_scanner  # type: ignore[attr-defined]
_WHITESPACE: re.Pattern[str] = json.decoder.WHITESPACE  # type: ignore[attr-defined]
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


class _KeyPositionDecoder(json.JSONDecoder):
    # Set by JSONDecoder.__init__ and read by the scanner; not in typeshed.
    parse_object: Callable[..., tuple[dict[str, Any], int]]


def _duplicate_key_position(text: str, key: str) -> tuple[int, int]:
    """Where the second occurrence of `key` in one object is, by parsing again with a decoder that
    notes each key's position (only once a duplicate was found, so the usual path stays fast)."""
    found: list[int] = []
    decoder = _KeyPositionDecoder(parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_refuse_constant)
    whitespace = _WHITESPACE.match

    def parse_object(
        s_and_end: tuple[str, int],
        strict: bool,
        scan_once: _ScanOnce,
        object_hook: object,
        object_pairs_hook: object,
        memo: object = None,
    ) -> tuple[dict[str, Any], int]:
        s, end = s_and_end
        seen: set[str] = set()
        end = _end(whitespace(s, end))
        if s[end : end + 1] == "}":
            return {}, end + 1
        while True:
            if s[end : end + 1] != '"':
                raise ValueError("not a JSON object")
            start = end
            name, end = _scanstring(s, end + 1, strict)
            if name in seen and name == key and not found:
                found.append(start)
            seen.add(name)
            end = _end(whitespace(s, end))
            if s[end : end + 1] != ":":
                raise ValueError("':' expected")
            end = _end(whitespace(s, end + 1))
            _, end = scan_once(s, end)
            end = _end(whitespace(s, end))
            if s[end : end + 1] == "}":
                return {}, end + 1
            if s[end : end + 1] != ",":
                raise ValueError("',' expected")
            end = _end(whitespace(s, end + 1))

    decoder.parse_object = parse_object
    scan_once = _py_make_scanner(decoder)
    with contextlib.suppress(ValueError, RecursionError, StopIteration):
        scan_once(text, _end(whitespace(text, 0)))
    return _position(text, found[0]) if found else (0, 0)


def _end(match: re.Match[str] | None) -> int:
    """Where a whitespace run ends (the pattern matches the empty string, so always)."""
    assert match is not None
    return match.end()


def _refuse_pdf(raw: bytes, source: str | Path) -> None:
    """A PDF (the printed sheet or protocol, chosen by mistake) is named as such, not as bad text."""
    if raw.lstrip(b" \t\r\n")[:5] == b"%PDF-":
        raise InputError(
            source,
            "",
            "the file is a PDF document, not a Sarapshy file",
            "choose the .json file itself; the PDF is only its printable copy",
            code="pdf_not_json",
        )


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def check_format(
    data: dict[str, Any], expected: str, source: str | Path, kind: str, older: tuple[str, ...] = ()
) -> None:
    """`expected` is the version this program writes; `older` lists the other versions it reads."""
    family = expected.split("/")[0]
    found = data.get("format")
    if found == expected or found in older:
        return
    if isinstance(found, str) and found.startswith(family + "/"):
        raise InputError(
            source,
            "format",
            f"unknown version {found!r} of the {kind} format",
            f"this program reads {expected}; install a newer Sarapshy",
            code="format_version",
            args=(found, expected),
        )
    if found is None:
        raise InputError(
            source,
            "format",
            "the field 'format' is missing",
            f'a {kind} file starts with "format": "{expected}"',
            code="format_missing",
            args=(expected,),
        )
    raise InputError(
        source,
        "format",
        f"this is not a {kind} file (format {found!r})",
        f"expected {expected}",
        code="format_other",
        args=(repr(found), expected),
    )


def json_path(loc: tuple[Any, ...]) -> str:
    """('entries', 2, 'media', 0, 'path') → 'entries[2].media[0].path'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + shorten(part, 40)
    return out or "(top level)"


def problems_from_validation_error(exc: ValidationError) -> list[Problem]:
    """One problem per pydantic error, coded for translation: the code is pydantic's error type (or
    a validator's own code) and the args start with the value found ("" when not shown)."""
    problems = []
    for err in exc.errors(include_url=False):
        # Union members add their type name to the location: drop those tags.
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in _UNION_TAGS))
        kind = err["type"]
        if kind == "extra_forbidden":
            field = shorten(loc[-1])
            problems.append(
                Problem(
                    json_path(loc),
                    f"unknown field {field!r}",
                    "remove it or correct its spelling",
                    "extra_forbidden",
                    (field,),
                )
            )
        elif kind == "missing":
            problems.append(Problem(json_path(loc), "required field is missing", "add it", "missing"))
        else:
            msg = err["msg"]
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, ") :]
            value = err.get("input")
            found = "" if isinstance(value, (dict, list)) or value is None else quoted(value)
            shown = f" (found {found})" if found else ""
            code, args = _code_and_args(kind, err.get("ctx") or {})
            problems.append(Problem(json_path(loc), msg + shown, "", code, (found, *args) if code else ()))
    return _dedupe(problems)


def _code_and_args(kind: str, ctx: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The translation code of a pydantic error and its args after the value found; ("", ()) for a
    kind the window has no text for (it then shows the English message)."""
    if kind == "value_error":
        error = ctx.get("error")
        return (error.code, error.params) if isinstance(error, CodedValueError) else ("", ())
    kind = _KIND_ALIASES.get(kind, kind)
    if kind == "literal_error":
        return kind, (str(ctx.get("expected", "")).replace(" or ", ", "),)
    if kind in _KIND_CONTEXT:
        return kind, tuple(str(ctx.get(key, "")) for key in _KIND_CONTEXT[kind])
    return ("", ())


# pydantic error types that mean the same to the user, and the context values each one's text shows.
_KIND_ALIASES = {
    "int_parsing": "int_type",
    "int_from_float": "int_type",
    "bool_parsing": "bool_type",
    "model_type": "dict_type",
    "model_attributes_type": "dict_type",
    "date_parsing": "date_type",
    "date_from_datetime_parsing": "date_type",
    "date_from_datetime_inexact": "date_type",
    "datetime_parsing": "date_type",
}
_KIND_CONTEXT: dict[str, tuple[str, ...]] = {
    "too_short": ("min_length", "actual_length"),
    "too_long": ("max_length", "actual_length"),
    "string_too_short": ("min_length",),
    "string_too_long": ("max_length",),
    "string_pattern_mismatch": ("pattern",),
    "greater_than_equal": ("ge",),
    "less_than_equal": ("le",),
    "greater_than": ("gt",),
    "less_than": ("lt",),
    "int_type": (),
    "bool_type": (),
    "string_type": (),
    "dict_type": (),
    "list_type": (),
    "date_type": (),
}


# The member tags pydantic adds for the localised-text union (a string or a {kk, ru, en} object).
_UNION_TAGS = {"str", "dict[str,str]"}


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.place, p.problem) not in seen:
            seen.add((p.place, p.problem))
            out.append(p)
    return out


ModelT = TypeVar("ModelT", bound=BaseModel)


def validate_model(
    model: type[ModelT], data: dict[str, Any], source: str | Path, context: dict[str, Any] | None = None
) -> ModelT:
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise InputError(source, problems=problems_from_validation_error(exc)) from None
