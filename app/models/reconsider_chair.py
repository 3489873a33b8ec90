"""The chair's side of the second round, in the chair's database: the cells marked for
reconsideration (with the question to the expert), the request files exported from them (kept byte
for byte, so the merge can check the revisions answering them) and their audit records.

Marks and requests are rows of the `decisions` table (kinds below); the requests are not decisions
of the commission and are not read by `ChairStore.decisions()`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.models.audit import AuditLog
from app.models.chair import ChairSnapshot, ChairStore
from app.models.errors import InputError
from app.models.files import atomic_write_bytes
from app.models.reconsider_request import MarkedCell, build_request
from app.models.reconsider_store import MARK, REQUEST, stored_requests
from app.models.reconsideration import RequestFile, parse_request
from app.models.storage import transaction


@dataclass(frozen=True)
class Mark:
    expert_id: str
    cell: MarkedCell


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _key(expert_id: str, entry_id: str, criterion_id: str) -> str:
    return f"{expert_id}/{entry_id}/{criterion_id}"


def set_mark(
    store: ChairStore, expert_id: str, entry_id: str, criterion_id: str, question: str, on: bool = True
) -> None:
    """Mark (or unmark) a cell for reconsideration; logged like the chair's other decisions."""
    if on and not question.strip():
        raise InputError(
            None,
            f"{entry_id}/{criterion_id}",
            "the question to the expert is empty",
            "write what the expert should reconsider",
            code="reconsider_question_empty",
            args=(f"{entry_id}/{criterion_id}",),
        )
    store._decide(
        MARK,
        _key(expert_id, entry_id, criterion_id),
        question.strip(),
        {"on": on, "expert_id": expert_id, "entry_id": entry_id, "criterion_id": criterion_id},
        {},
    )


def marks(store: ChairStore) -> list[Mark]:
    """The cells marked now (a request exported for them clears them), in the order marked."""
    latest: dict[str, tuple[str, dict[str, object]]] = {}
    with store._db() as db:
        for text, data in db.execute("SELECT text, data FROM decisions WHERE kind = ? ORDER BY id", [MARK]):
            values = json.loads(data or "{}")
            latest.pop(str(values.get("key")), None)  # re-marked: now last in the order
            latest[str(values.get("key"))] = (text, values)
    return [
        Mark(str(v["expert_id"]), MarkedCell(str(v["entry_id"]), str(v["criterion_id"]), text))
        for text, v in latest.values()
        if v.get("on", True)
    ]


def requests(store: ChairStore) -> list[RequestFile]:
    with store._db() as db:
        return stored_requests(db)


def export_request(store: ChairStore, snapshot: ChairSnapshot, expert_id: str, out_path: str | Path) -> RequestFile:
    """Write the signed request for the expert's marked cells (on their accepted sheet), keep it, log
    it and clear those marks."""
    cells = [m.cell for m in marks(store) if m.expert_id == expert_id]
    sheet_file = next((s for s in snapshot.outcome.accepted if s.sheet.expert_id == expert_id), None)
    if sheet_file is None:
        raise InputError(
            out_path,
            "",
            f"expert {expert_id} has no accepted sheet to reconsider",
            "import the expert's sheet first",
            code="reconsider_no_sheet",
            args=(expert_id,),
        )
    raw = build_request(snapshot.round_file, sheet_file, cells)
    request = parse_request(raw, out_path, Path(out_path))
    path = Path(out_path)
    with store._db() as db, transaction(db):
        db.execute(
            "INSERT INTO decisions (kind, entry_id, text, data, decided_at) VALUES (?, ?, ?, ?, ?)",
            [
                REQUEST,
                None,
                "",
                json.dumps(
                    {"key": request.sha256, "expert_id": expert_id, "content": raw.decode("utf-8")}, ensure_ascii=False
                ),
                _now(),
            ],
        )
        for cell in cells:
            key = _key(expert_id, cell.entry_id, cell.criterion_id)
            db.execute(
                "INSERT INTO decisions (kind, entry_id, text, data, decided_at) VALUES (?, ?, ?, ?, ?)",
                [
                    MARK,
                    None,
                    cell.question,
                    json.dumps(
                        {
                            "key": key,
                            "on": False,
                            "expert_id": expert_id,
                            "entry_id": cell.entry_id,
                            "criterion_id": cell.criterion_id,
                            "sent": request.sha256,
                        }
                    ),
                    _now(),
                ],
            )
        AuditLog(db).append(
            "export_reconsideration",
            {
                "file": str(path),
                "sha256": request.sha256,
                "expert_id": expert_id,
                "sheet_sha256": sheet_file.sha256,
                "revision": sheet_file.sheet.revision,
                "key": request.fingerprint,
                "cells": [f"{c.entry_id}/{c.criterion_id}" for c in request.request.cells],
            },
        )
        atomic_write_bytes(path, raw)
    return request


def experts_with_marks(store: ChairStore) -> Sequence[str]:
    return list(dict.fromkeys(m.expert_id for m in marks(store)))
