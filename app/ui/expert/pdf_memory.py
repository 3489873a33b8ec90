"""Which PDF of the evaluation sheet was saved last, per round and expert, so that Print and Print
preview work again after a restart, and only for the revision the PDF shows."""

from __future__ import annotations

import json
from pathlib import Path

from app.ui.widgets.settings import app_settings

KEY = "expert/sheet_pdfs"


def _all() -> dict:
    try:
        data = json.loads(str(app_settings().value(KEY, "{}", type=str) or "{}"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def remember_sheet_pdf(round_id: str, expert_id: str, revision: int, path: str | Path) -> None:
    data = _all()
    data[f"{round_id}/{expert_id}"] = {"path": str(path), "revision": int(revision)}
    app_settings().setValue(KEY, json.dumps(data, ensure_ascii=False))


def remembered_sheet_pdf(round_id: str, expert_id: str, revision: int | None) -> Path | None:
    """The PDF saved for this revision of the expert's sheet, if it is still on disk; None when the
    last PDF shows an earlier revision (printing it would put outdated scores on paper)."""
    record = _all().get(f"{round_id}/{expert_id}")
    if not isinstance(record, dict) or revision is None or record.get("revision") != revision:
        return None
    path = Path(str(record.get("path", "")))
    return path if str(path) and path.is_file() else None
