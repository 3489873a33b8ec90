"""Building and changing a round in memory (the organiser's editor), with validation as you type.

A `RoundDraft` holds the round as JSON-ready data (what the file will contain) plus the videos and
documents chosen from outside the round folder that are not copied yet (`pending`: the path the
round will use → the file to copy from). `issues()` says what is wrong or worth knowing, each with
its place (`entries[2].title`) and a stable code the window translates. `save()` writes the round
file atomically; `package_round()` copies every referenced file into `media/<entry>/` beside the
round file and rewrites the paths, so the folder can go on a USB stick.

Every change is also kept as a draft in the data folder (`drafts/<round_id>.json`) by
`store_draft()`, so neither an unsaved round nor the list of files still to copy is lost.
"""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.models.errors import InputError, Problem
from app.models.files import atomic_write_text
from app.models.round import ROUND_FORMAT, RoundFile, load_round, parse_round
from app.models.round_checks import Issue, round_issues
from app.models.round_commission_edit import CommissionEdits
from app.models.round_data import clean, comparable, default_criteria_data
from app.models.round_drafts import store_draft, stored_draft, unsaved_documents
from app.models.round_entry_edit import EntryEdits
from app.models.round_model import Attachment, MediaItem


@dataclass
class RoundDraft(CommissionEdits, EntryEdits):
    """The round being edited: its data, file and pending copies. Editing the commission and
    criteria (round_commission_edit) and the entries and their files (round_entry_edit) are its
    parts; checking it (round_checks), packaging (round_package) and keeping drafts (round_drafts)
    are functions of their own."""

    data: dict[str, Any]
    path: Path | None = None
    pending: dict[str, str] = field(default_factory=dict)
    saved_sha256: str | None = None  # digest of the data as last saved or loaded
    saved_data: dict[str, Any] | None = None

    # Creating ------------------------------------------------------------------------------------
    @classmethod
    def new(cls, stage: str = "university", year: int | None = None) -> RoundDraft:
        year = year or datetime.now().year
        data = {
            "format": ROUND_FORMAT,
            "round_id": str(uuid.uuid4()),
            "title": {
                "kk": f"«АТУ» АҚ-ның үздік жаппай ашық онлайн курсы – {year}",
                "ru": f"Лучший массовый открытый онлайн-курс АО «АТУ» – {year}",
                "en": f"The best MOOC of ATU JSC – {year}",
            },
            "organization": {
                "kk": "«Алматы технологиялық университеті» АҚ",
                "ru": "АО «Алматинский технологический университет»",
                "en": "Almaty Technological University JSC",
            },
            "regulation": "АТУ-ЖИЦДО-ІӘЕ-7.5.1-2025-01",
            "stage": stage,
            "year": year,
            "meeting": {"place": ""},
            "commission": {"chair": {"name": "", "position": ""}, "experts": []},
            "criteria": default_criteria_data(),
            "aggregation": {"method": "sum", "places": 3},
            "entries": [],
        }
        return cls(data=data)

    @classmethod
    def from_round_file(cls, round_file: RoundFile) -> RoundDraft:
        data = copy.deepcopy(round_file.data)
        data.setdefault("criteria", default_criteria_data())
        return cls(
            data=data, path=round_file.path, saved_sha256=round_file.sha256, saved_data=copy.deepcopy(round_file.data)
        )

    @classmethod
    def load(cls, path: str | Path) -> RoundDraft:
        return cls.from_round_file(load_round(path))

    # Basic properties ----------------------------------------------------------------------------
    @property
    def round_id(self) -> str:
        round_id: str = self.data["round_id"]
        return round_id

    def is_modified(self) -> bool:
        return self.saved_data is None or comparable(self.data) != comparable(self.saved_data)

    # Checking ------------------------------------------------------------------------------------
    def issues(self) -> list[Issue]:
        """Errors (the round cannot be saved) first, then warnings; each with its place."""
        return round_issues(self)

    def errors(self) -> list[Issue]:
        return [i for i in self.issues() if not i.warning]

    # Saving --------------------------------------------------------------------------------------
    def to_json_text(self) -> str:
        return json.dumps(clean(self.data), ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path | None = None) -> RoundFile:
        """Write the round file atomically; InputError (with every place) if it is not valid yet."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise InputError(
                None, "", "the round has no file yet", "use Save as… to choose where to save it", code="round_unsaved"
            )
        errors = self.errors()
        if errors:
            raise InputError(target, problems=[Problem(i.place, i.text) for i in errors])
        text = self.to_json_text()
        round_file = parse_round(text.encode("utf-8"), target)  # exactly what will be on disk
        if self.path is not None and target.resolve() != self.path.resolve():
            self._rebase_pending(target.resolve().parent)
        atomic_write_text(target, text)
        self.path = target.resolve()
        round_file.path = self.path
        self.saved_data = copy.deepcopy(clean(self.data))
        self.saved_sha256 = round_file.sha256
        store_draft(self)
        return round_file

    def round_file(self) -> DraftRoundFile:
        """The draft as a validated round (InputError if it is not valid yet); its media paths
        lead to the files still to be copied, so they can be checked before packaging."""
        errors = self.errors()
        if errors:
            raise InputError(self.path, problems=[Problem(i.place, i.text) for i in errors])
        raw = self.to_json_text().encode("utf-8")
        parsed = parse_round(raw, self.path or "round")
        return DraftRoundFile(
            path=self.path,
            data=parsed.data,
            round=parsed.round,
            sha256=parsed.sha256,
            warnings=parsed.warnings,
            pending=dict(self.pending),
        )


@dataclass
class DraftRoundFile(RoundFile):
    """A round built in the editor: files not copied yet are found at their source."""

    pending: dict[str, str] = field(default_factory=dict)

    def media_path(self, item: MediaItem | Attachment) -> Path | None:
        if item.path is not None and item.path in self.pending:
            return Path(self.pending[item.path])
        return super().media_path(item)


def draft_for_round(round_file: RoundFile) -> tuple[RoundDraft, bool]:
    """The editor's draft of a round file: unsaved edits restored when made on this very file.

    Returns the draft and whether unsaved edits were restored.
    """
    draft = RoundDraft.from_round_file(round_file)
    kept = stored_draft(draft.round_id)
    if not kept:
        return draft, False
    draft.pending = {k: v for k, v in (kept.get("pending") or {}).items() if isinstance(v, str)}
    if kept.get("saved_sha256") == round_file.sha256 and comparable(kept["data"]) != comparable(round_file.data):
        draft.data = kept["data"]
        return draft, True
    return draft, False


def latest_unsaved_draft() -> RoundDraft | None:
    """The most recent draft of a round that was never saved to a file (for "new round")."""
    candidates = unsaved_documents()
    if not candidates:
        return None
    document = max(candidates, key=lambda d: str(d.get("updated_at", "")))
    return RoundDraft(data=document["data"], pending=dict(document.get("pending") or {}))
