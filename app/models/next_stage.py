"""The next stage's round file (regulation 9.5): the advancing entries with their media and
criteria, under a new round id, written by the chair and logged in the chair's audit log."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.models.chair_db import ChairDatabase, ProgressFn
from app.models.errors import InputError
from app.models.files import atomic_write_text
from app.models.regulation import NEXT_STAGE
from app.models.round import RoundFile, load_round, round_to_data
from app.models.round_file_copies import copy_round_files


def export_next_stage(
    store: ChairDatabase, out_path: str | Path, entry_ids: Sequence[str], progress: ProgressFn | None = None
) -> RoundFile:
    """Write the next stage's round file with the chosen entries, their media and criteria.

    The commission is carried over as a starting point for the organiser. Media files and
    attachments are copied beside the new round file when it goes to another folder.
    """
    round_file = store.round_file
    out_path = Path(out_path)
    data = next_stage_data(round_file, entry_ids)
    copied = copy_entry_files(round_file, data["entries"], out_path.parent, progress)
    atomic_write_text(out_path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    exported = load_round(out_path)
    store.log(
        "export_next_stage",
        {
            "file": str(out_path),
            "round_id": data["round_id"],
            "stage": data["stage"],
            "entries": list(entry_ids),
            "files_copied": copied,
            "round_sha256": exported.sha256,
        },
    )
    return exported


def next_stage_data(round_file: RoundFile, entry_ids: Sequence[str]) -> dict[str, Any]:
    """The next stage's round document: new id, next stage, exactly the chosen entries."""
    rnd = round_file.round
    stage = NEXT_STAGE.get(rnd.stage)
    if stage is None:
        raise InputError(
            round_file.path,
            "stage",
            "the university stage is the last one: nothing advances from it",
            code="stage_last",
        )
    if not entry_ids:
        raise InputError(
            round_file.path,
            "entries",
            "no entry was chosen to advance",
            "tick the entries that advance",
            code="stage_none_chosen",
        )
    if len(set(entry_ids)) != len(entry_ids):
        raise ValueError("an entry is chosen twice")
    raw_entries = {e.get("id"): e for e in round_file.data.get("entries", [])}
    missing = [e for e in entry_ids if e not in raw_entries]
    if missing:
        raise InputError(
            round_file.path,
            "entries",
            f"not in the round: {', '.join(missing)}",
            code="stage_not_in_round",
            args=(", ".join(missing),),
        )
    data = {k: v for k, v in round_file.data.items() if k not in ("meeting",)}
    data["round_id"] = str(uuid.uuid4())
    data["stage"] = stage
    data["criteria"] = round_to_data(rnd)["criteria"]
    data["entries"] = [raw_entries[e] for e in entry_ids]
    return data


def copy_entry_files(
    round_file: RoundFile, entries: list[dict[str, Any]], dest: Path, progress: ProgressFn | None = None
) -> int:
    """Copy the entries' media and attachment files under `dest` (same relative paths)."""
    source = round_file.folder
    if source is None or dest.resolve() == source.resolve():
        return 0
    paths = [
        item["path"]
        for entry in entries
        for item in [*entry.get("media", []), *entry.get("attachments", [])]
        if item.get("path")
    ]
    copies = [(source / Path(*relative.replace("\\", "/").split("/")), relative) for relative in paths]
    return copy_round_files(copies, dest, progress)
