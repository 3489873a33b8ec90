"""Opening a round the program has read before without building all of it again.

Reading a round of 1000 entries and 10,000 videos costs some 150 ms (decoding, validating 11,000
objects, the canonical digest, a look at 10,000 files), every time an expert opens it. After a round
file has been read and validated in full once, its *index* is kept in the data folder, named by the
SHA-256 of the file's bytes: the canonical digest, the round's header and each entry's JSON text.
Opening the same bytes again reads the index instead: the header is validated at once (it is small),
each entry is validated when it is first asked for (the one shown, the rows on screen), and the whole
model is built only when something needs every entry (finalising, the form -02 check). Any change to
the file changes its SHA-256, so a stale index is never used; an index written by another version of
the round rules (or damaged) is ignored and replaced.

What the index cannot know is the round folder as it is now (a video copied in or deleted since): for
a round with many videos that look (`check_round_folder`) is left to the caller, which runs it in the
background (`IndexedRoundFile.check_folder`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, TypeGuard

from app import __version__
from app.models.canonical import sha256_hex
from app.models.errors import InputError, Problem
from app.models.files import atomic_write_bytes, read_limited, remove_quietly
from app.models.jsonfile import MAX_DOCUMENT_BYTES, decode_json_document
from app.models.round import RoundFile, check_round_folder, parse_round
from app.models.round_folder import Outline, round_outline
from app.models.round_model import Entry, Round, RoundHeader
from app.paths import data_dir

INDEX_FORMAT = "sarapshy-round-index/1"
KEEP_INDEXES = 16
# Up to this many local files the folder is looked at while opening (a few milliseconds).
CHECK_FOLDER_AT_ONCE = 300


def load_round_quickly(path: str | Path) -> RoundFile:
    """`load_round` for windows: the same round, from its index when these bytes were read before.

    A round with more than CHECK_FOLDER_AT_ONCE local files comes back with `folder_checked`
    false: call `check_folder()` (off the UI thread) before trusting `warnings`."""
    path = Path(path)
    raw = read_limited(path, MAX_DOCUMENT_BYTES)
    key = sha256_hex(raw)
    resolved = path.resolve()
    index = _read_index(key)
    if index is not None:
        indexed = IndexedRoundFile(resolved, raw, index)
        if index["local_files"] <= CHECK_FOLDER_AT_ONCE:
            indexed.check_folder()
        return indexed
    round_file = parse_round(raw, path, path=resolved)
    _write_index(key, round_file)
    return round_file


class IndexedRoundFile(RoundFile):
    """A round whose bytes were validated before: the same values, each built when first asked for.

    Safe to use from several threads (the UI, the database thread, background checks)."""

    def __init__(
        self, path: Path, raw: bytes, index: dict[str, Any]
    ):  # no super().__init__(): it would build everything eagerly
        self.path: Path = path
        self.sha256 = index["sha256"]
        self.warnings: list[Problem] = []
        self._raw = raw
        self._header_data = index["header"]
        self._texts: bytes = index["texts"]
        self._entry_places = {entry_id: (start, end) for entry_id, start, end in index["entries"]}
        self._entry_ids = [entry_id for entry_id, _, _ in index["entries"]]
        self._header: RoundHeader | None = None
        self._entries: dict[str, Entry] = {}
        self._data: dict[str, Any] | None = None
        self._round: Round | None = None
        self._outline_text: bytes = index["outline"]
        self._outline: Outline | None = None
        self._folder_checked = False
        self._lock = threading.RLock()

    @property
    def data(self) -> dict[str, Any]:
        with self._lock:
            if self._data is None:
                self._data = decode_json_document(self._raw, self.path)
            return self._data

    @data.setter
    def data(self, value: dict[str, Any]) -> None:  # settable, as the fields of a RoundFile are
        with self._lock:
            self._data = value

    @property
    def round(self) -> Round:
        with self._lock:
            if self._round is None:
                self._round = Round.model_validate(self.data)
            return self._round

    @round.setter  # noqa: A003 - the property named round, not the builtin
    def round(self, value: Round) -> None:
        with self._lock:
            self._round = value

    @property
    def header(self) -> RoundHeader:
        with self._lock:
            if self._round is not None:
                return self._round
            if self._header is None:
                self._header = RoundHeader.model_validate(self._header_data)
            return self._header

    def entry_ids(self) -> list[str]:
        return list(self._entry_ids)

    def entry(self, entry_id: str) -> Entry | None:
        with self._lock:
            if self._round is not None:
                return self._round.entry(entry_id)
            entry = self._entries.get(entry_id)
            place = self._entry_places.get(entry_id) if entry is None else None
            if place is not None:
                entry = self._entries[entry_id] = Entry.model_validate(json.loads(self._texts[place[0] : place[1]]))
            return entry

    def outline(self) -> Outline:
        with self._lock:
            if self._outline is None:
                self._outline = _sound_outline(self._outline_text, self._entry_ids)
                if self._outline is None:  # a damaged index: the round's own (builds every entry)
                    self._outline = round_outline(self.round)
            return self._outline

    @property
    def folder_checked(self) -> bool:
        return self._folder_checked

    def check_folder(self) -> list[Problem]:
        """Look at the round folder now (InputError when a link leads out of it); sets `warnings`."""
        warnings = check_round_folder(self)
        self.warnings = warnings
        self._folder_checked = True
        return warnings


def index_folder() -> Path:
    return data_dir() / "cache" / "round-index"


@cache
def _rules_version() -> str:
    """Changes whenever the rules a round is validated by may have changed."""
    import app.models.jsonfile as decoding
    import app.models.round as rules
    import app.models.round_folder as folder_rules
    import app.models.round_model as model_rules
    import app.models.untrusted as text_rules

    try:
        modules = (rules, model_rules, folder_rules, decoding, text_rules)
        source = b"".join(_source_of(module) for module in modules)
    except OSError:  # a frozen program ships no sources: its version stands for its rules
        source = b""
    return f"{INDEX_FORMAT} {__version__} {hashlib.sha256(source).hexdigest()}"


def _source_of(module: ModuleType) -> bytes:
    if module.__file__ is None:  # no source file, as in a frozen program
        raise FileNotFoundError(module.__name__)
    return Path(module.__file__).read_bytes()


def _index_path(key: str) -> Path:
    return index_folder() / f"{key}.json"


def _read_index(key: str) -> dict[str, Any] | None:
    """The index of the round whose bytes have this SHA-256, or None (never read, stale, damaged).

    The file is one line of JSON (the header, and each entry's id with the place of its text), a
    line of JSON with the round's outline (`round_outline`), then the entries' JSON texts one after another:
    opening a round decodes the first line only."""
    path = _index_path(key)
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return None
    head, _, rest = content.partition(b"\n")
    outline, _, texts = rest.partition(b"\n")
    try:
        index = json.loads(head)
    except ValueError:
        index = None
    if not _index_is_sound(index, key, len(texts)):
        remove_quietly(path)
        return None
    index["texts"] = texts
    index["outline"] = outline
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used: kept longest
    return index


def _index_is_sound(index: object, key: str, texts_size: int) -> TypeGuard[dict[str, Any]]:
    if not isinstance(index, dict) or index.get("rules") != _rules_version() or index.get("raw_sha256") != key:
        return False
    entries = index.get("entries")
    if not (
        isinstance(index.get("sha256"), str)
        and isinstance(index.get("header"), dict)
        and isinstance(index.get("local_files"), int)
        and isinstance(entries, list)
    ):
        return False
    try:
        ids = {
            entry_id
            for entry_id, start, end in entries
            if isinstance(entry_id, str) and 0 <= start <= end <= texts_size
        }
    except (TypeError, ValueError):
        return False
    return len(ids) == len(entries)


def _sound_outline(text: bytes, entry_ids: list[str]) -> Outline | None:
    try:
        outline = [
            (
                entry_id,
                [str(m) for m in media_ids],
                [(str(kind), int(position), str(path)) for kind, position, path in files],
            )
            for entry_id, media_ids, files in json.loads(text)
        ]
    except (ValueError, TypeError):
        return None
    return outline if [entry_id for entry_id, _, _ in outline] == entry_ids else None


def _write_index(key: str, round_file: RoundFile) -> None:
    """Best effort: a round that cannot be indexed (a full disk) is simply read in full next time."""
    data = round_file.data
    outline = round_file.outline()
    entries: list[list[str | int]] = []  # id, start and end of its text
    index = {
        "rules": _rules_version(),
        "raw_sha256": key,
        "sha256": round_file.sha256,
        "header": {name: value for name, value in data.items() if name != "entries"},
        "entries": entries,
        "local_files": sum(len(files) for _, _, files in outline),
    }
    texts = bytearray()
    for entry in data["entries"]:
        text = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        entries.append([entry["id"], len(texts), len(texts) + len(text)])
        texts += text
    try:
        index_folder().mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(
            _index_path(key),
            json.dumps(index, ensure_ascii=False).encode("utf-8")
            + b"\n"
            + json.dumps(outline, ensure_ascii=False).encode("utf-8")
            + b"\n"
            + texts,
        )
        _forget_old_indexes()
    except (OSError, InputError):
        pass


def _forget_old_indexes() -> None:
    indexes = sorted(index_folder().glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in indexes[KEEP_INDEXES:]:
        remove_quietly(path)
