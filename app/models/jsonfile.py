"""Decoding JSON documents from users' files with messages that say where and how to fix."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from app.models.errors import InputError, Problem

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


def decode_json_document(raw: bytes, source: str | Path) -> dict[str, Any]:
    """UTF-8 JSON object → dict; duplicate keys, other encodings and non-objects are refused."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "", "the file is UTF-16 text, not UTF-8",
                         "save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(source, f"line {line}, byte {exc.start}",
                         f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x})",
                         "save it as UTF-8; it may have been saved in a Windows code page") from None
    if not text.strip():
        raise InputError(source, "", "the file is empty", "choose the right file")
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except _DuplicateKey as exc:
        raise InputError(source, "", f"the key {exc.key!r} appears twice in one object",
                         "keep only one of them") from None
    except json.JSONDecodeError as exc:
        raise InputError(source, f"line {exc.lineno}, column {exc.colno}",
                         f"not valid JSON ({exc.msg})",
                         "the file is damaged or is not a Sarapshy file") from None
    except RecursionError:
        raise InputError(source, "", "the JSON is nested too deeply", "this is not a Sarapshy file") from None
    if not isinstance(data, dict):
        raise InputError(source, "", "the JSON document is not an object", "this is not a Sarapshy file")
    return data


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


def check_format(data: dict[str, Any], expected: str, source: str | Path, kind: str) -> None:
    family = expected.split("/")[0]
    found = data.get("format")
    if found == expected:
        return
    if isinstance(found, str) and found.startswith(family + "/"):
        raise InputError(source, "format", f"unknown version {found!r} of the {kind} format",
                         f"this program reads {expected}; install a newer Sarapshy")
    if found is None:
        raise InputError(source, "format", f"the field 'format' is missing",
                         f"a {kind} file starts with \"format\": \"{expected}\"")
    raise InputError(source, "format", f"this is not a {kind} file (format {found!r})",
                     f"expected {expected}")


def json_path(loc: tuple[Any, ...]) -> str:
    """('entries', 2, 'media', 0, 'path') → 'entries[2].media[0].path'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def problems_from_validation_error(exc: ValidationError) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        # Union members add their type name to the location: drop those tags.
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in _UNION_TAGS))
        kind = err["type"]
        if kind == "extra_forbidden":
            problems.append(Problem(json_path(loc), f"unknown field {str(loc[-1])!r}",
                                    "remove it or correct its spelling"))
        elif kind == "missing":
            problems.append(Problem(json_path(loc), "required field is missing", "add it"))
        else:
            msg = err["msg"]
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, "):]
            value = err.get("input")
            shown = "" if isinstance(value, (dict, list)) or value is None else f" (found {value!r:.60})"
            problems.append(Problem(json_path(loc), msg + shown))
    return _dedupe(problems)


# The member tags pydantic adds for the localised-text union (a string or a {kk, ru, en} object).
_UNION_TAGS = {"str", "dict[str,str]"}


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.place, p.problem) not in seen:
            seen.add((p.place, p.problem))
            out.append(p)
    return out


def validate_model(model: type[BaseModel], data: dict[str, Any], source: str | Path, context: dict | None = None):
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise InputError(source, problems=problems_from_validation_error(exc)) from None
