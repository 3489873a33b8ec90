"""The admission checklist of each entry: may the application go to the experts?

From regulation section 10 (requirements for a MOOC), form Ү.ЖИЦДО-7.5.1-2025-01-01 (cover letter
and its attachments), form -02 (format) and rule 9.10 (a MOOC whose authors already won may not be
submitted again). Items the program can judge are filled in from the entry's fields, the media
check and the registry of past winners; the rest are ticked by the organiser. The organiser's marks
and the registry are kept in the organiser's database of the round (`state` rows, one committed
transaction per change, each recorded in the audit log).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.models.applications import duplicate_key, same_course
from app.models.audit import AuditLog
from app.models.errors import InputError
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, check_format, decode_json_document
from app.models.localized import localized
from app.models.regulation import MAX_SHORT_ANNOTATION_CHARS
from app.models.round import RoundFile, load_round
from app.models.storage import open_database, transaction

RESULTS_FORMAT = "sarapshy-results/1"


@dataclass(frozen=True)
class ItemSpec:
    key: str
    rule: str  # where the requirement comes from
    automatic: bool


# In the order the checklist shows them.
ITEMS: tuple[ItemSpec, ...] = (
    ItemSpec("cover_letter", "9.7, form -01", True),
    ItemSpec("short_annotation", "10.2, form -02", True),
    ItemSpec("promo_video", "10.4, form -02", True),
    ItemSpec("videos_compliant", "10.3, 10.7, form -02", True),
    ItemSpec("not_previous_winner", "9.10", True),
    ItemSpec("work_curriculum", "10.4", False),
    ItemSpec("glossary", "10.4", False),
    ItemSpec("forum_or_chat", "10.4", False),
    ItemSpec("two_cohorts", "10.1", False),
    ItemSpec("implementation_act", "form -01", False),
    ItemSpec("platform_certificate", "form -01", False),
)
ITEM_KEYS = tuple(spec.key for spec in ITEMS)
# Faculty and university rounds (9.5, 9.9): each entry carries the protocol extract of the stage
# that sent it (app.models.stages); shown after the cover letter.
LOWER_STAGE_ITEM = ItemSpec("lower_stage_extract", "9.5, 9.9", True)
# Manual items an attachment of the same kind stands for until the organiser says otherwise.
ATTACHMENT_EVIDENCE = {"implementation_act": "implementation_act", "platform_certificate": "platform_certificate"}
COVER_LETTER_FIELDS = ("faculty", "department", "title", "authors", "annotation", "link")

OK, FAIL, UNKNOWN = "ok", "fail", "unknown"
# What an automatic item found: (status, English text, args for the translated text).
Finding = tuple[str, str, tuple[str, ...]]


@dataclass(frozen=True)
class Mark:
    """The organiser's own judgement of an item (checked None = not decided)."""

    checked: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    rule: str
    automatic: bool
    status: str  # ok / fail / unknown
    found: str = ""  # what was seen (English; the window builds its text from args)
    args: tuple[str, ...] = ()
    note: str = ""
    overridden: bool = False  # an automatic item the organiser decided by hand


@dataclass(frozen=True)
class PastWinner:
    title: str
    authors: tuple[str, ...]
    rank: int
    year: int | None
    round_id: str
    round_title: str
    entry_id: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["authors"] = list(self.authors)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PastWinner:
        return cls(**{**data, "authors": tuple(data.get("authors", ()))})


# --- the checklist -----------------------------------------------------------------------------------


def entry_checklist(
    entry: Any,
    media_check: dict[str, Any] | None = None,
    winners: list[PastWinner] | None = None,
    marks: dict[str, Mark] | None = None,
    round_context: tuple[str, Path | None] | None = None,
) -> list[ChecklistItem]:
    """The checklist of one entry (an `Entry` model or its JSON form). `round_context`: the round's
    stage and folder, for the lower stage's extract of a faculty or university round."""
    entry = entry.model_dump(mode="json", exclude_none=True) if hasattr(entry, "model_dump") else entry
    marks = marks or {}
    automatic = {
        "cover_letter": _cover_letter(entry),
        "short_annotation": _short_annotation(entry),
        "promo_video": _promo(entry),
        "videos_compliant": _videos(entry, media_check),
        "not_previous_winner": _previous_win(entry, winners or []),
    }
    specs = ITEMS
    if round_context is not None and round_context[0] in ("faculty", "university"):
        from app.models.entry_sources import lower_stage_check

        automatic[LOWER_STAGE_ITEM.key] = lower_stage_check(round_context[0], round_context[1], entry)
        specs = (*ITEMS[:1], LOWER_STAGE_ITEM, *ITEMS[1:])
    items = []
    for spec in specs:
        mark = marks.get(spec.key, Mark())
        if spec.automatic:
            status, found, args = automatic[spec.key]
            overridden = mark.checked is not None
            if overridden:
                status = OK if mark.checked else FAIL
            items.append(ChecklistItem(spec.key, spec.rule, True, status, found, args, mark.note, overridden))
        else:
            found, args, status = "", (), UNKNOWN
            evidence = [a for a in entry.get("attachments", []) if a.get("kind") == ATTACHMENT_EVIDENCE.get(spec.key)]
            if evidence:
                title = evidence[0].get("title") or evidence[0].get("path") or evidence[0].get("url", "")
                found, args, status = f"attached: {title}", (title,), OK
            if mark.checked is not None:
                status = OK if mark.checked else FAIL
            items.append(ChecklistItem(spec.key, spec.rule, False, status, found, args, mark.note))
    return items


def admission_status(items: list[ChecklistItem]) -> str:
    """fail if any item fails, unknown if any is undecided, else ok."""
    statuses = {item.status for item in items}
    return FAIL if FAIL in statuses else UNKNOWN if UNKNOWN in statuses else OK


def _cover_letter(entry: dict[str, Any]) -> Finding:
    missing = [name for name in COVER_LETTER_FIELDS if not _filled(entry.get(name))]
    if missing:
        return FAIL, "missing: " + ", ".join(missing), tuple(missing)
    return OK, "all six fields filled", ()


def _short_annotation(entry: dict[str, Any]) -> Finding:
    versions = _versions(entry.get("annotation"))
    if not versions:
        return FAIL, "no short annotation", ("0", str(MAX_SHORT_ANNOTATION_CHARS))
    longest = max(len(text) for text in versions)
    status = OK if longest <= MAX_SHORT_ANNOTATION_CHARS else FAIL
    return (
        status,
        f"{longest} characters (at most {MAX_SHORT_ANNOTATION_CHARS})",
        (str(longest), str(MAX_SHORT_ANNOTATION_CHARS)),
    )


def _promo(entry: dict[str, Any]) -> Finding:
    promos = [m for m in entry.get("media", []) if m.get("kind") == "promo"]
    return (OK, "present", ()) if promos else (FAIL, "no promo video", ())


def _videos(entry: dict[str, Any], media_check: dict[str, Any] | None) -> Finding:
    files = [m for m in entry.get("media", []) if m.get("path")]
    if not files:
        return UNKNOWN, "no video files (links only)", ("0", "0")
    if not media_check:
        return UNKNOWN, "the media check has not been run", ()
    checked = [f for f in media_check.get("files", []) if f.get("entry_id") == entry.get("id")]
    if not checked:
        return UNKNOWN, "the media check has not been run", ()
    failing = [f for f in checked if not f.get("ok")]
    if failing:
        return FAIL, f"{len(failing)} of {len(checked)} videos break form -02", (str(len(failing)), str(len(checked)))
    if len(checked) < len(files):
        return UNKNOWN, f"{len(checked)} of {len(files)} videos checked", (str(len(checked)), str(len(files)))
    return OK, f"all {len(checked)} videos comply", (str(len(checked)), str(len(checked)))


def _previous_win(entry: dict[str, Any], winners: list[PastWinner]) -> Finding:
    key = duplicate_key(localized(entry.get("title")), [a.get("name", "") for a in entry.get("authors", [])])
    for winner in winners:
        if same_course(key, duplicate_key(winner.title, list(winner.authors))):
            year = str(winner.year or "")
            return FAIL, f"won place {winner.rank} in {year or winner.round_title}", (str(winner.rank), year)
    if not winners:
        return UNKNOWN, "no past results imported", ()
    return OK, "not among past winners", ()


def _filled(value: Any) -> bool:
    if isinstance(value, list):
        return any(_filled(v.get("name") if isinstance(v, dict) else v) for v in value)
    return bool(_versions(value))


def _versions(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [v.strip() for v in value.values() if isinstance(v, str) and v.strip()]
    return [value.strip()] if isinstance(value, str) and value.strip() else []


# --- past winners ------------------------------------------------------------------------------------


def read_past_winners(results_path: str | Path, round_path: str | Path | None = None) -> list[PastWinner]:
    """The prize-winners of an earlier round, from its results file and its round file.

    The results file names entries by id only; their titles and authors come from the round file,
    looked for beside the results file when not given.
    """
    results_path = Path(results_path)
    results = decode_json_document(read_limited(results_path, MAX_DOCUMENT_BYTES), results_path)
    check_format(results, RESULTS_FORMAT, results_path, "results")
    round_id = results.get("round_id")
    entries = results.get("entries")
    if not isinstance(round_id, str) or not isinstance(entries, list):
        raise InputError(
            results_path,
            "round_id" if not isinstance(round_id, str) else "entries",
            "is missing or malformed",
            "write the results again with `sarapshy merge --json`",
            code="results_malformed",
        )
    round_file = load_round(round_path) if round_path else _round_beside(results_path, round_id)
    if round_file.round.round_id != round_id:
        raise InputError(
            round_path,
            "round_id",
            f"this round ({round_file.round.round_id}) is not the one the results are for ({round_id})",
            "choose the round file of the same year",
            code="results_other_round",
            args=(round_file.round.round_id, round_id),
        )
    stated_places = results.get("places")
    places = stated_places if isinstance(stated_places, int) else round_file.round.aggregation.places
    rnd = round_file.round
    winners = []
    for index, record in enumerate(entries):
        rank = record.get("rank") if isinstance(record, dict) else None
        if not isinstance(rank, int):
            raise InputError(
                results_path,
                f"entries[{index}].rank",
                "is not a whole number",
                "write the results again with `sarapshy merge --json`",
                code="results_rank",
            )
        entry = rnd.entry(record.get("entry_id", ""))
        if entry is None or rank > places:
            continue
        winners.append(
            PastWinner(
                localized(entry.title),
                tuple(a.name for a in entry.authors),
                rank,
                rnd.year,
                rnd.round_id,
                localized(rnd.title),
                entry.id,
            )
        )
    return winners


def _round_beside(results_path: Path, round_id: str) -> RoundFile:
    for candidate in sorted(results_path.parent.glob("*.json")):
        if candidate == results_path:
            continue
        try:
            round_file = load_round(candidate)
        except InputError:
            continue
        if round_file.round.round_id == round_id:
            return round_file
    raise InputError(
        results_path,
        "round_id",
        f"the round file of these results (round {round_id}) is not in the same folder",
        "copy that year's round file beside the results file, or choose it",
        code="results_round_missing",
        args=(round_id,),
    )


# --- kept in the organiser's database ----------------------------------------------------------------


class AdmissionStore:
    """The organiser's marks and the registry of past winners for one round."""

    def __init__(self, round_id: str):
        self.round_id = round_id
        self.db = open_database(round_id, "organiser")
        # The round's stage and folder now (the organiser may change them), for the stage item.
        self.round_context: Callable[[], tuple[str, Path | None]] | None = None

    def close(self) -> None:
        self.db.close()

    def marks(self, entry_id: str) -> dict[str, Mark]:
        stored = self._get(f"admission/{entry_id}") or {}
        return {
            key: Mark(value.get("checked"), value.get("note", ""))
            for key, value in stored.items()
            if key in ITEM_KEYS and isinstance(value, dict)
        }

    def set_mark(self, entry_id: str, key: str, checked: bool | None, note: str | None = None) -> None:
        if key not in ITEM_KEYS:
            raise ValueError(f"unknown checklist item {key!r}")
        with transaction(self.db):
            stored = self._get(f"admission/{entry_id}") or {}
            previous = stored.get(key, {})
            value = {"checked": checked, "note": previous.get("note", "") if note is None else note}
            if value["checked"] is None and not value["note"]:
                stored.pop(key, None)
            else:
                stored[key] = value
            self._put(f"admission/{entry_id}", stored)
            AuditLog(self.db).append("admission_mark", {"entry_id": entry_id, "item": key, **value})

    def past_winners(self) -> list[PastWinner]:
        return [PastWinner.from_json(w) for w in self._get("past_winners") or []]

    def add_past_winners(self, winners: list[PastWinner]) -> int:
        """Add to the registry (an already known round's winners are replaced); returns how many were new."""
        with transaction(self.db):
            known = self.past_winners()
            rounds = {w.round_id for w in winners}
            kept = [w for w in known if w.round_id not in rounds]
            before = {(w.round_id, w.entry_id) for w in known}
            self._put("past_winners", [w.to_json() for w in kept + winners])
            AuditLog(self.db).append("past_winners_imported", {"rounds": sorted(rounds), "winners": len(winners)})
        return len([w for w in winners if (w.round_id, w.entry_id) not in before])

    def keep_media_check(self, check: dict[str, Any]) -> None:
        """The last media check of the round, so the checklist has it after a restart."""
        with transaction(self.db):
            self._put("media_check", check)

    def last_media_check(self) -> dict[str, Any] | None:
        check = self._get("media_check")
        return check if isinstance(check, dict) else None

    def checklist(self, entry: Any, media_check: dict[str, Any] | None = None) -> list[ChecklistItem]:
        entry_id = entry.id if hasattr(entry, "id") else entry.get("id", "")
        context = self.round_context() if self.round_context else None
        return entry_checklist(entry, media_check, self.past_winners(), self.marks(entry_id), context)

    def _get(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def _put(self, key: str, value: Any) -> None:
        self.db.execute(
            "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )


__all__ = [
    "FAIL",
    "ITEMS",
    "ITEM_KEYS",
    "OK",
    "UNKNOWN",
    "AdmissionStore",
    "ChecklistItem",
    "Mark",
    "PastWinner",
    "admission_status",
    "entry_checklist",
    "read_past_winners",
]
