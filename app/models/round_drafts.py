"""Drafts kept in the data folder (`drafts/<round_id>.draft.json`): neither an unsaved round nor
the list of its files still to copy is lost."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.files import atomic_write_text, remove_quietly
from app.models.round_data import clean
from app.paths import data_dir

if TYPE_CHECKING:
    from app.models.round_edit import RoundDraft


def drafts_dir() -> Path:
    path = data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def draft_path(round_id: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", round_id)[:100]
    return drafts_dir() / f"{safe}.draft.json"


def store_draft(draft: RoundDraft) -> Path:
    """Keep the draft (even an invalid one) and its pending copies, atomically."""
    document = {
        "round_id": draft.round_id,
        "path": str(draft.path) if draft.path else None,
        "saved_sha256": draft.saved_sha256,
        "pending": draft.pending,
        "data": clean(draft.data),
        "saved_data": draft.saved_data,
        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return atomic_write_text(draft_path(draft.round_id), json.dumps(document, ensure_ascii=False) + "\n")


def stored_draft(round_id: str) -> dict[str, Any] | None:
    path = draft_path(round_id)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) and isinstance(document.get("data"), dict) else None


def unsaved_documents() -> list[dict[str, Any]]:
    """The kept drafts of rounds never saved to a file."""
    documents = []
    for path in drafts_dir().glob("*.draft.json"):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(document, dict) and not document.get("path") and isinstance(document.get("data"), dict):
            documents.append(document)
    return documents


def forget_draft(round_id: str) -> None:
    remove_quietly(draft_path(round_id))
