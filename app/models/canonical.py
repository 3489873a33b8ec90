"""RFC 8785 canonical JSON and the digests built on it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785

_SAFE_INTEGER = 2**53 - 1  # rfc8785 refuses 2**53 itself


def canonical_json(obj: Any) -> bytes:
    """The RFC 8785 form of `obj`.

    Our documents (rounds, sheets) hold text, integers, booleans and nulls only, and for those the
    standard library's sorted, compact, UTF-8 output is byte for byte the RFC 8785 form — at a
    fraction of the pure-Python serialiser's cost, which matters for a 1000-entry round or 50 large
    sheets. Anything else (floats, integers beyond 2**53, keys outside the Basic Multilingual
    Plane's lower part, lone surrogates) goes through the rfc8785 package. A property test checks
    that both paths agree.
    """
    if _only_plain_values(obj):
        try:
            return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode(
                "utf-8"
            )
        except UnicodeEncodeError:  # a lone surrogate: let rfc8785 decide
            pass
    return rfc8785.dumps(obj)


def _only_plain_values(obj: Any) -> bool:
    """No floats, no unsafe integers, and object keys that sort the same by UTF-16 code units
    (RFC 8785) as by code points (Python): true when no key has a character from U+D800 up."""
    stack = [obj]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is str or value is None or kind is bool:
            continue
        if kind is int:
            if -_SAFE_INTEGER <= value <= _SAFE_INTEGER:
                continue
            return False
        if kind is dict:
            for key in value:
                if type(key) is not str or (key and max(key) >= "\ud800"):
                    return False
            stack.extend(value.values())
        elif kind is list:
            stack.extend(value)
        else:
            return False
    return True


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_sha256(obj: Any) -> str:
    return sha256_hex(canonical_json(obj))
