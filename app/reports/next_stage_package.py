"""The next-stage package of a stage that is over (regulation 9.5): a folder with a round file of
the next stage, the advancing entries' media and attachments, the extract of the stage's protocol
(PDF) and a manifest `package.json`. See app.models.stages for the format."""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.models.canonical import sha256_hex
from app.models.decisions import Decisions, final_standings
from app.models.errors import InputError
from app.models.files import atomic_write_bytes, atomic_write_text
from app.models.localized import Wording, localized
from app.models.merge import MergeOutcome
from app.models.next_stage import copy_entry_files, next_stage_data
from app.models.readiness import ReadinessItem, protocol_notes, protocol_readiness
from app.models.refusal import refuse_blocked_protocol
from app.models.regulation import ADVANCING_BY_STAGE
from app.models.round import RoundFile, load_round
from app.models.stage_records import (
    DIGEST_IN_NAME,
    EXTRACT_KIND,
    PACKAGE_FILE,
    SOURCE_KIND,
    PackageEntry,
    PackageManifest,
    ProgressFn,
    SourceRecord,
    VotesRecord,
    record_json,
)
from app.models.stages import advancing_for_package, stage_unit
from app.reports.extract_pdf import extract_pdf_bytes


@dataclass
class Package:
    folder: Path
    round_path: Path
    extract_path: Path
    entries: list[str]
    files_copied: int = 0


def make_package(
    round_file: RoundFile,
    outcome: MergeOutcome,
    decisions: Decisions,
    out_dir: str | Path,
    lang: str = "kk",
    readiness_items: list[ReadinessItem] | None = None,
    progress: ProgressFn | None = None,
) -> Package:
    """Write the next-stage package of a stage that is over into `out_dir`.

    Refused while the protocol could not be made (the same readiness rules), for the university
    stage, and when a tie crosses the advancing limit undecided. `readiness_items`: the chair's
    window's own (paper comparisons recorded); by default those of the command line.
    """
    out_dir = Path(out_dir)
    items = readiness_items if readiness_items is not None else protocol_readiness(round_file, outcome, decisions)
    refuse_blocked_protocol(items, out_dir)
    decisions.notes = protocol_notes(items)
    advancing = advancing_for_package(round_file, outcome, decisions)
    _refuse_full_folder(out_dir)
    data = next_stage_data(round_file, advancing)
    # Built beside the folder and moved in at the end: a failure leaves no half package behind.
    final_dir, out_dir = out_dir, out_dir.parent / f".{out_dir.name}.partial-{uuid.uuid4().hex[:8]}"
    for sub in ("extracts", "sources"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    try:
        package = _write_package(round_file, outcome, decisions, data, advancing, out_dir, lang, progress)
        if final_dir.is_dir():
            final_dir.rmdir()  # empty (checked above)
        out_dir.rename(final_dir)
    except BaseException:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise
    return Package(
        final_dir,
        final_dir / package.round_path.name,
        final_dir / "extracts" / package.extract_path.name,
        package.entries,
        package.files_copied,
    )


def _write_package(
    round_file: RoundFile,
    outcome: MergeOutcome,
    decisions: Decisions,
    data: dict[str, Any],
    advancing: list[str],
    out_dir: Path,
    lang: str,
    progress: ProgressFn | None,
) -> Package:
    rnd = round_file.round
    from_stage = rnd.stage
    assert from_stage != "university"  # advancing_for_package refused it: nothing advances from the last stage
    unit = stage_unit(round_file, lang)
    copied = copy_entry_files(round_file, data["entries"], out_dir, progress)

    extract = extract_pdf_bytes(round_file, outcome, decisions, advancing, unit, lang)
    extract_digest = sha256_hex(extract)
    extract_name = f"extract-{rnd.stage}-{_short(rnd.round_id)}.pdf"
    atomic_write_bytes(out_dir / "extracts" / extract_name, extract)
    standing = {s.entry_id: s for s in final_standings(outcome.results, decisions)}
    meeting_date = decisions.meeting_date or (rnd.meeting.date if rnd.meeting else None)
    title_label = extract_title(rnd.stage, decisions.protocol_number, meeting_date, lang)
    titles = {e.id: e.title for e in rnd.entries}
    entries = []
    for entry in data["entries"]:
        entry = json.loads(json.dumps(entry))  # a copy: the round's own data stays as it was
        s = standing[entry["id"]]
        record = SourceRecord(
            stage=from_stage,
            unit=unit,
            round_id=rnd.round_id,
            round_sha256=round_file.sha256,
            round_title=rnd.title_in(lang),
            protocol_number=decisions.protocol_number,
            meeting_date=meeting_date,
            entry_id=entry["id"],
            title=localized(titles[entry["id"]], lang),
            place=s.place,
            result=s.entry.result,
            max_result=rnd.max_total * len(outcome.results.panel),
            entries_considered=len(rnd.entries),
            panel=len(outcome.results.panel),
            advancing_limit=ADVANCING_BY_STAGE[rnd.stage],
            votes=_votes_for(decisions, entry["id"]),
            extract_sha256=extract_digest,
        )
        record_bytes = record_json(record)
        record_name = f"source-{rnd.stage}-{entry['id']}-{sha256_hex(record_bytes)[:DIGEST_IN_NAME]}.json"
        atomic_write_bytes(out_dir / "sources" / record_name, record_bytes)
        entry.setdefault("attachments", [])
        entry["attachments"] += [
            {"kind": EXTRACT_KIND, "title": title_label, "path": f"extracts/{extract_name}"},
            {"kind": SOURCE_KIND, "title": f"{unit}: {title_label}", "path": f"sources/{record_name}"},
        ]
        entries.append(entry)
    data["entries"] = entries
    round_name = f"{data['stage']}-{_short(data['round_id'])}.round.json"
    round_path = out_dir / round_name
    atomic_write_text(round_path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    package_round = load_round(round_path)
    manifest = PackageManifest(
        from_stage=from_stage,
        to_stage=data["stage"],
        unit=unit,
        round_file=round_name,
        round_sha256=package_round.sha256,
        lower_round_id=rnd.round_id,
        lower_round_sha256=round_file.sha256,
        protocol_number=decisions.protocol_number,
        meeting_date=meeting_date,
        extract=f"extracts/{extract_name}",
        extract_sha256=extract_digest,
        entries=[PackageEntry(entry_id=e, place=standing[e].place, result=standing[e].entry.result) for e in advancing],
        made_at=datetime.now(UTC).isoformat(timespec="seconds"),
        app_version=__version__,
    )
    atomic_write_bytes(out_dir / PACKAGE_FILE, manifest.model_dump_json(by_alias=True, indent=2).encode("utf-8"))
    return Package(out_dir, round_path, out_dir / "extracts" / extract_name, advancing, copied)


def _refuse_full_folder(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(
            out_dir,
            "",
            "this is a file, not a folder",
            "choose an empty folder for the package",
            code="stage_out_not_folder",
        )
    if out_dir.is_dir() and any(out_dir.iterdir()):
        raise InputError(
            out_dir,
            "",
            "the folder is not empty: a package is written into an empty folder",
            "choose a new, empty folder (the package goes to the next stage as it is)",
            code="stage_out_not_empty",
        )


def _votes_for(decisions: Decisions, entry_id: str) -> VotesRecord | None:
    for resolution in decisions.tie_resolutions.values():
        if entry_id in resolution.entries and resolution.votes:
            v = resolution.votes
            return VotesRecord(in_favour=v.in_favour, against=v.against, abstained=v.abstained)
    return None


def _short(round_id: str) -> str:
    return round_id.replace("-", "")[:8]


EXTRACT_TITLES = Wording(
    {
        "department": {
            "kk": "Кафедра отырысы хаттамасынан үзінді",
            "ru": "Выписка из протокола заседания кафедры",
            "en": "Extract from the minutes of the department meeting",
        },
        "faculty": {
            "kk": "Факультеттің Сараптамалық комиссиясы отырысы хаттамасынан үзінді",
            "ru": "Выписка из протокола заседания Экспертной комиссии факультета",
            "en": "Extract from the minutes of the faculty Expert Commission",
        },
    }
)


def extract_title(stage: str, number: str, day: date | None, lang: str) -> str:
    text = EXTRACT_TITLES.text(stage if stage in EXTRACT_TITLES else "department", lang)
    if number:
        text += f", № {number}"
    if day:
        text += f", {day.isoformat()}"
    return text
