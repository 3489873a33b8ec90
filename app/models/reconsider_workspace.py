"""The expert's side of the second round, on the expert's workspace: finding the exported sheet a
reconsideration request refers to, and exporting the revision that answers it.

The revision is reserved and recorded like any export of the workspace (one revision number is never
used twice), logged in the expert's audit log, and the changed scores are written back to the
workspace so the window shows what was signed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.models.canonical import sha256_hex
from app.models.reconsider_answer import Answer, build_revised_sheet
from app.models.reconsideration import RequestFile, check_request
from app.models.sheet import SheetFile, parse_sheet
from app.models.storage import transaction
from app.models.workspace import Workspace
from app.models.workspace_sheet import _digest, _without_viewing


def exported_sheet(ws: Workspace, sha256: str) -> SheetFile | None:
    """The sheet file this workspace exported with that digest (its bytes are kept in the database)."""
    row = ws.db.execute("SELECT sheet, path FROM exports WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        return None
    raw = row[0].encode("utf-8")
    return parse_sheet(raw, row[1], path=Path(row[1])) if sha256_hex(raw) == sha256 else None


def export_revised_sheet(
    ws: Workspace, previous: SheetFile, req: RequestFile, answers: Sequence[Answer], path: str | Path
) -> tuple[dict[str, Any], str]:
    """Sign and write the revision answering `req`; returns (sheet, verification code).
    InputError when the request is not for this expert or an answer is refused."""
    path = Path(path)
    expert = ws._need_expert()
    check_request(req, ws.round_file, expert.id, previous)
    revision = ws._reserve_revision(expert.id)
    sheet = build_revised_sheet(ws.round_file, previous, req, answers, revision)
    snapshot = {ev["entry_id"]: _digest(_without_viewing(ev)) for ev in sheet["evaluations"]}
    changed = [x for x in sheet["reconsiderations"] if x["before"] != x["after"]]
    with transaction(ws.db):
        for x in changed:
            ws.set_score(x["entry_id"], x["criterion_id"], x["after"])
        code = ws._record_export(
            expert.id,
            sheet,
            path,
            snapshot,
            "reconsider",
            {
                "request_sha256": req.sha256,
                "cells": len(sheet["reconsiderations"]),
                "changed": [f"{x['entry_id']}/{x['criterion_id']}" for x in changed],
            },
        )
    ws._snapshot = snapshot
    return sheet, code
