"""Reading what came from a lower stage: an entry's source records and protocol extracts, each
checked (regulation 9.5, 9.9)."""

from __future__ import annotations

import contextlib
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.canonical import sha256_hex
from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import check_format, decode_json_document, validate_model
from app.models.regulation import PREVIOUS_STAGE
from app.models.round import RoundFile
from app.models.round_model import Entry
from app.models.stage_records import (
    DIGEST_IN_NAME,
    EXTRACT_KIND,
    MAX_EXTRACT_BYTES,
    MAX_RECORD_BYTES,
    SOURCE_FORMAT,
    SOURCE_KIND,
    SourceRecord,
)


@dataclass(frozen=True)
class EntrySource:
    """Where an entry came from, read from its attachments and checked."""

    record: SourceRecord
    extract_path: str  # the attachment's path in the round
    extract_ok: bool  # the extract's file is there and is the one the record names


@dataclass
class SourceCheck:
    sources: list[EntrySource] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_source_record(path: Path, place: str = "") -> SourceRecord:
    """A source record, refused when its content does not match the digest in its name."""
    raw = read_limited(path, MAX_RECORD_BYTES)
    digest = path.stem.rsplit("-", 1)[-1]
    if len(digest) != DIGEST_IN_NAME or sha256_hex(raw)[:DIGEST_IN_NAME] != digest:
        raise InputError(
            path,
            place,
            "the record of the lower stage's decision was changed after it was made "
            "(its content does not match the digest in its name)",
            "ask the lower stage for its package again",
            code="stage_record_changed",
        )
    data = decode_json_document(raw, path)
    check_format(data, SOURCE_FORMAT, path, "stage source")
    record: SourceRecord = validate_model(SourceRecord, data, path)
    return record


def _as_data(entry: Entry | dict[str, Any]) -> dict[str, Any]:
    return entry.model_dump(mode="json", exclude_none=True) if isinstance(entry, Entry) else entry


def _file_in(folder: Path | None, relative: str) -> Path | None:
    if folder is None or not relative:
        return None
    normal = posixpath.normpath(relative.replace("\\", "/"))
    if normal.startswith(("../", "/")) or normal == ".." or ":" in normal:
        return None
    return folder / Path(*normal.split("/"))


def entry_sources(folder: Path | None, entry: Entry | dict[str, Any]) -> SourceCheck:
    """The lower stages an entry (a model or its JSON form) came from, oldest first, each checked
    against its extract. `folder`: the round file's folder."""
    check = SourceCheck()
    data = _as_data(entry)
    attachments = [a for a in data.get("attachments", []) if isinstance(a, dict)]
    extracts = {}
    for a in attachments:
        path = _file_in(folder, a.get("path") or "") if a.get("kind") == EXTRACT_KIND else None
        if path is not None and path.is_file():
            with contextlib.suppress(InputError):
                extracts[sha256_hex(read_limited(path, MAX_EXTRACT_BYTES))] = a["path"]
    for i, a in enumerate(attachments):
        if a.get("kind") != SOURCE_KIND:
            continue
        place = f"entries[{data.get('id', '')}].attachments[{i}]"
        path = _file_in(folder, a.get("path") or "")
        if path is None:
            continue
        try:
            record = read_source_record(path, place)
        except InputError as exc:
            check.problems.extend(
                Problem(p.place or place, f"{a.get('path')}: {p.problem}", p.fix, p.code, p.args) for p in exc.problems
            )
            continue
        found = extracts.get(record.extract_sha256, "")
        if not found:
            check.problems.append(
                Problem(
                    place,
                    f"the protocol extract of the {record.stage} stage is missing or is not the one its record names",
                    "ask the lower stage for its package again",
                    "stage_extract_missing",
                    (record.stage,),
                )
            )
        check.sources.append(EntrySource(record, found, bool(found)))
    order = {"department": 0, "faculty": 1}
    check.sources.sort(key=lambda s: order.get(s.record.stage, 2))
    return check


def lower_stage_check(
    stage: str, folder: Path | None, entry: Entry | dict[str, Any]
) -> tuple[str, str, tuple[str, ...]]:
    """Admission (9.5, 9.9): an entry of a faculty or university round has the extract of the
    stage before. (status, English text, args) as the checklist takes them; args start with the
    stage before."""
    previous = PREVIOUS_STAGE.get(stage)
    if previous is None:
        return "ok", "not needed at the department stage", ()
    check = entry_sources(folder, entry)
    if check.problems:
        return "fail", check.problems[0].problem, (previous, "changed")
    record = next((s.record for s in check.sources if s.record.stage == previous and s.extract_ok), None)
    if record is None:
        return "fail", f"no protocol extract of the {previous} stage", (previous, "missing")
    return (
        "ok",
        f"{record.unit}: protocol № {record.protocol_number}, place {record.place}",
        (previous, "ok", record.unit, record.protocol_number, str(record.place or "")),
    )


def round_sources(round_file: RoundFile) -> dict[str, SourceCheck]:
    """Entry id → where it came from, for entries that came from a lower stage."""
    out = {}
    for entry in round_file.round.entries:
        if any(a.kind in (SOURCE_KIND, EXTRACT_KIND) for a in entry.attachments):
            out[entry.id] = entry_sources(round_file.folder, entry)
    return out
