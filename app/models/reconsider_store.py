"""Where the chair's database keeps the reconsideration requests it exported, read back for the merge,
and the audit record of an imported sheet that answers one (used by app/models/chair.py; the marks and
the export are in app/models/reconsider_chair.py)."""

from __future__ import annotations

import json

import sqlite_utils

from app.models.audit import AuditLog
from app.models.canonical import sha256_hex
from app.models.errors import InputError
from app.models.reconsideration import RequestFile, parse_request
from app.models.sheet import parse_sheet

MARK = "reconsider_mark"
REQUEST = "reconsideration_request"


def stored_requests(db: sqlite_utils.Database) -> list[RequestFile]:
    """Every request exported from this database (for the merge's check of the answers)."""
    out = []
    for (data,) in db.execute("SELECT data FROM decisions WHERE kind = ? ORDER BY id", [REQUEST]):
        content = json.loads(data).get("content", "")
        try:
            out.append(parse_request(content.encode("utf-8"), "reconsideration request"))
        except InputError:  # not ours to fail on: the merge then says the request is missing
            continue
    return out


def log_answer(audit: AuditLog, name: str, raw: bytes, status: str, reason: str) -> None:
    """After the import of a sheet file: if it answers a request, record which cells and how."""
    try:
        sheet = parse_sheet(raw, name).sheet
    except InputError:
        return
    if not sheet.reconsiderations:
        return
    audit.append(
        "import_reconsideration",
        {
            "file": name,
            "sha256": sha256_hex(raw),
            "expert_id": sheet.expert_id,
            "revision": sheet.revision,
            "status": status,
            "reason": reason,
            "request_sha256": sorted({x.request_sha256 for x in sheet.reconsiderations}),
            "cells": [f"{x.entry_id}/{x.criterion_id}: {x.before} → {x.after}" for x in sheet.reconsiderations],
        },
    )
