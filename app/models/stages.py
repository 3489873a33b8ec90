"""The three stages of regulation 9.5: department → faculty → university.

A stage that is over sends its advancing entries on as a **next-stage package** (`next-stage`): a
folder with a round file of the next stage, the entries' media and attachments, the extract of the
stage's protocol (PDF) and a manifest `package.json` (format `sarapshy-stage-package/1`).

The next stage **gathers** the packages of its departments (or faculties) into one round
(`gather`). Where each entry came from travels inside the round file's own format
(`sarapshy-round/1`, unchanged): each entry of a package carries two attachments,

- kind `stage_extract`: the protocol extract PDF of the stage it came from, and
- kind `stage_source`: a small JSON record (`sarapshy-stage-source/1`) of that stage's decision on
  the entry (department / faculty, the lower round's id and digest, protocol number and date, the
  entry's place and result, the extract's SHA-256). The record's file name ends with the first 32
  hex digits of its own SHA-256, so the round file — whose digest every expert's sheet signs —
  pins its content: a record changed afterwards no longer matches its name and is refused.

Entries keep both attachments at every stage, so a university entry lists its department and its
faculty. Older readers of `/1` open such a round as before (attachments of any kind are allowed).
"""

from __future__ import annotations

import contextlib
import json
import posixpath
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

from app import __version__
from app.models.applications import duplicate_key, same_course
from app.models.canonical import sha256_hex
from app.models.decisions import Decisions, final_standings
from app.models.decisions_file import VotesModel
from app.models.errors import InputError, Problem
from app.models.files import atomic_write_bytes, atomic_write_text, read_limited
from app.models.jsonfile import check_format, decode_json_document, validate_model
from app.models.localized import Wording, localized
from app.models.merge import MergeOutcome
from app.models.regulation import ADVANCING_BY_STAGE, NEXT_STAGE, PREVIOUS_STAGE
from app.models.round import RoundFile, load_round

ProgressFn = Callable[[int, int, str], None]

PACKAGE_FORMAT = "sarapshy-stage-package/1"
SOURCE_FORMAT = "sarapshy-stage-source/1"
PACKAGE_FILE = "package.json"
EXTRACT_KIND = "stage_extract"
SOURCE_KIND = "stage_source"
DIGEST_IN_NAME = 32  # hex digits of a source record's SHA-256 in its file name
MAX_RECORD_BYTES = 256 * 1024
MAX_EXTRACT_BYTES = 64 * 1024 * 1024
MAX_PACKAGES = 500


# --- the records ------------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


Stage = Literal["department", "faculty", "university"]


# The commission's vote on a tie, as the decisions file writes it ({"for", "against", "abstained"}).
VotesRecord = VotesModel


class SourceRecord(_Model):
    """One stage's decision on one entry, as it travels with the entry."""

    format: Literal["sarapshy-stage-source/1"] = SOURCE_FORMAT
    stage: Stage
    unit: StrictStr = Field("", max_length=500)  # the department or the faculty
    round_id: StrictStr = Field(max_length=64)
    round_sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    round_title: StrictStr = Field("", max_length=2000)
    protocol_number: StrictStr = Field("", max_length=100)
    meeting_date: date | None = None
    entry_id: StrictStr = Field(max_length=64)
    title: StrictStr = Field("", max_length=2000)
    place: StrictInt | None = Field(None, ge=1)
    result: StrictFloat | StrictInt | None = None
    max_result: StrictInt | None = None
    entries_considered: StrictInt = Field(0, ge=0)
    panel: StrictInt = Field(0, ge=0)
    advancing_limit: StrictInt = Field(0, ge=0)
    votes: VotesRecord | None = None  # the commission's vote where a tie decided the entry's place
    extract_sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")


class PackageEntry(_Model):
    entry_id: StrictStr = Field(max_length=64)
    place: StrictInt | None = Field(None, ge=1)
    result: StrictFloat | StrictInt | None = None


class PackageManifest(_Model):
    format: Literal["sarapshy-stage-package/1"] = PACKAGE_FORMAT
    from_stage: Literal["department", "faculty"]
    to_stage: Literal["faculty", "university"]
    unit: StrictStr = Field("", max_length=500)
    round_file: StrictStr = Field(min_length=1, max_length=255, pattern=r"^[^/\\:]+$")
    round_sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    lower_round_id: StrictStr = Field(max_length=64)
    lower_round_sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    protocol_number: StrictStr = Field("", max_length=100)
    meeting_date: date | None = None
    extract: StrictStr = Field(min_length=1, max_length=255, pattern=r"^[^\\:]+$")
    extract_sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    entries: list[PackageEntry] = Field(min_length=1, max_length=50)
    made_at: StrictStr = Field("", max_length=64)
    app_version: StrictStr = Field("", max_length=64)


# --- making a package (the stage that is over) ------------------------------------------------


@dataclass
class Package:
    folder: Path
    round_path: Path
    extract_path: Path
    entries: list[str]
    files_copied: int = 0


def stage_unit(round_file: RoundFile, lang: str = "kk") -> str:
    """The department (or faculty) whose stage the round is: the one its entries share, else the
    round's organisation."""
    rnd = round_file.round
    key = "department" if rnd.stage == "department" else "faculty"
    names = {localized(getattr(e, key), lang).strip() for e in rnd.entries} - {""}
    if len(names) == 1:
        return names.pop()
    return localized(rnd.organization, lang)


def advancing_for_package(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions) -> list[str]:
    """The entries that advance, by the regulation's limit (9.5: 3 from a department, 2 from a
    faculty) or by the chair's list (`advancing`). A tie across the limit is never cut silently."""
    rnd = round_file.round
    limit = ADVANCING_BY_STAGE.get(rnd.stage)
    source = round_file.path
    if not limit:
        raise InputError(
            source, "stage", "the university stage is the last one: nothing advances from it", code="stage_last"
        )
    standings = [s for s in final_standings(outcome.results, decisions) if s.place is not None]
    if decisions.advancing is not None:
        chosen = list(decisions.advancing)
        if not chosen:
            raise InputError(
                source,
                "advancing",
                "the decisions file's 'advancing' is empty: no entry advances",
                f"list the entries that advance, or leave 'advancing' out to send the best {limit}",
                code="stage_none_advancing",
                args=(limit,),
            )
        if len(chosen) > limit:
            raise InputError(
                source,
                "advancing",
                f"at the {rnd.stage} stage at most {limit} entries advance (regulation 9.5), {len(chosen)} were chosen",
                "choose fewer entries",
                code="stage_too_many",
                args=(rnd.stage, limit, len(chosen)),
            )
        scored = {s.entry_id for s in standings}
        unscored = [e for e in chosen if e not in scored]
        if unscored:
            raise InputError(
                source,
                "advancing",
                f"no result for {', '.join(unscored)}: an entry advances on the commission's scores",
                "choose entries the experts scored",
                code="stage_unscored",
                args=(", ".join(unscored),),
            )
        return chosen
    if not standings:
        raise InputError(source, "entries", "no entry has a result", code="stage_no_results")
    within = [s for s in standings if s.place <= limit]
    if len(within) > limit:
        border = within[-1].place
        tied = [s.entry_id for s in standings if s.place == border]
        sure = [s.entry_id for s in standings if s.place < border]
        example = json.dumps(sure + tied[: limit - len(sure)])
        raise InputError(
            source,
            "advancing",
            f"{', '.join(tied)} share place {border} across the limit of {limit} entries that advance "
            f"from the {rnd.stage} stage (regulation 9.5)",
            f'put the entries the commission chose by vote in the decisions file\'s "advancing", '
            f'e.g. "advancing": {example}, or order the tie with a tie resolution',
            code="stage_tie_across_limit",
            args=(", ".join(tied), border, limit, example),
        )
    return [s.entry_id for s in within]


def make_package(
    round_file: RoundFile,
    outcome: MergeOutcome,
    decisions: Decisions,
    out_dir: str | Path,
    lang: str = "kk",
    readiness_items: list | None = None,
    progress: ProgressFn | None = None,
) -> Package:
    """Write the next-stage package of a stage that is over into `out_dir`.

    Refused while the protocol could not be made (the same readiness rules), for the university
    stage, and when a tie crosses the advancing limit undecided. `readiness_items`: the chair's
    window's own (paper comparisons recorded); by default those of the command line.
    """
    from app.models.chair import next_stage_data, refuse_blocked_protocol
    from app.models.readiness import protocol_notes, protocol_readiness

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
    from app.models.chair import copy_entry_files
    from app.reports.extract_pdf import extract_pdf_bytes

    rnd = round_file.round
    unit = stage_unit(round_file, lang)
    copied = copy_entry_files(round_file, data["entries"], out_dir, progress)

    extract = extract_pdf_bytes(round_file, outcome, decisions, advancing, unit, lang)
    extract_digest = sha256_hex(extract)
    extract_name = f"extract-{rnd.stage}-{_short(rnd.round_id)}.pdf"
    atomic_write_bytes(out_dir / "extracts" / extract_name, extract)
    standing = {s.entry_id: s for s in final_standings(outcome.results, decisions)}
    meeting_date = decisions.meeting_date or (rnd.meeting.date if rnd.meeting else None)
    title_label = extract_title(rnd.stage, decisions.protocol_number, meeting_date, lang)
    entries = []
    for entry in data["entries"]:
        entry = json.loads(json.dumps(entry))  # a copy: the round's own data stays as it was
        s = standing[entry["id"]]
        record = SourceRecord(
            stage=rnd.stage,
            unit=unit,
            round_id=rnd.round_id,
            round_sha256=round_file.sha256,
            round_title=rnd.title_in(lang),
            protocol_number=decisions.protocol_number,
            meeting_date=meeting_date,
            entry_id=entry["id"],
            title=localized(rnd.entry(entry["id"]).title, lang),
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
        from_stage=rnd.stage,
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


def record_json(record: SourceRecord) -> bytes:
    return (record.model_dump_json(by_alias=True, indent=2) + "\n").encode("utf-8")


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


# --- reading what came from a lower stage -----------------------------------------------------


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
    return validate_model(SourceRecord, data, path)


def _as_data(entry: Any) -> dict[str, Any]:
    return entry.model_dump(mode="json", exclude_none=True) if hasattr(entry, "model_dump") else entry


def _file_in(folder: Path | None, relative: str) -> Path | None:
    if folder is None or not relative:
        return None
    normal = posixpath.normpath(relative.replace("\\", "/"))
    if normal.startswith(("../", "/")) or normal == ".." or ":" in normal:
        return None
    return folder / Path(*normal.split("/"))


def entry_sources(folder: Path | None, entry: Any) -> SourceCheck:
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


def lower_stage_check(stage: str, folder: Path | None, entry: Any) -> tuple[str, str, tuple]:
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


# --- gathering packages into the next stage's round -------------------------------------------


@dataclass(frozen=True)
class GatherFlag:
    """Something the organiser must look at; the round is written all the same."""

    code: str  # same_course / same_link
    entries: tuple[str, str]  # the two entry ids in the gathered round
    text: str


@dataclass
class GatheredPackage:
    folder: Path
    manifest: PackageManifest
    round_file: RoundFile


@dataclass
class GatherReport:
    path: Path
    stage: str
    entries: dict[str, tuple[str, str]] = field(default_factory=dict)  # new id → (package unit, old id)
    flags: list[GatherFlag] = field(default_factory=list)
    files_copied: int = 0


def read_package(path: str | Path) -> GatheredPackage:
    """A package folder (or its `package.json`), checked: manifest, round digest, extract."""
    path = Path(path)
    manifest_path = path / PACKAGE_FILE if path.is_dir() else path
    folder = manifest_path.parent
    raw = read_limited(manifest_path, MAX_RECORD_BYTES)
    data = decode_json_document(raw, manifest_path)
    check_format(data, PACKAGE_FORMAT, manifest_path, "next-stage package")
    manifest = validate_model(PackageManifest, data, manifest_path)
    if NEXT_STAGE.get(manifest.from_stage) != manifest.to_stage:
        raise InputError(
            manifest_path,
            "to_stage",
            f"a {manifest.from_stage} stage sends to the "
            f"{NEXT_STAGE[manifest.from_stage]} stage, not to the {manifest.to_stage} stage",
            code="stage_package_stages",
            args=(manifest.from_stage, manifest.to_stage),
        )
    round_file = load_round(folder / manifest.round_file)
    if round_file.sha256 != manifest.round_sha256:
        raise InputError(
            folder / manifest.round_file,
            "",
            "the round file was changed after the package was made",
            "ask the lower stage for its package again",
            code="stage_round_changed",
        )
    if round_file.round.stage != manifest.to_stage:
        raise InputError(
            folder / manifest.round_file,
            "stage",
            f"the round is of the {round_file.round.stage} stage, the package says {manifest.to_stage}",
            code="stage_package_stages",
            args=(round_file.round.stage, manifest.to_stage),
        )
    extract = _inside(folder, manifest.extract, manifest_path, "extract")
    if sha256_hex(read_limited(extract, MAX_EXTRACT_BYTES)) != manifest.extract_sha256:
        raise InputError(
            extract,
            "",
            "the protocol extract was changed after the package was made",
            "ask the lower stage for its package again",
            code="stage_extract_changed",
        )
    ids = {e.id for e in round_file.round.entries}
    if ids != {e.entry_id for e in manifest.entries}:
        raise InputError(
            manifest_path,
            "entries",
            "the manifest and the round file list different entries",
            "ask the lower stage for its package again",
            code="stage_package_entries",
        )
    for entry in round_file.round.entries:
        check = entry_sources(round_file.folder, entry)
        if check.problems:
            raise InputError(folder / manifest.round_file, problems=check.problems)
        if not any(
            s.record.stage == manifest.from_stage and s.record.round_id == manifest.lower_round_id
            for s in check.sources
        ):
            raise InputError(
                folder / manifest.round_file,
                f"entries[{entry.id}]",
                "the entry has no record of the stage that sent it",
                "ask the lower stage for its package again",
                code="stage_entry_unsourced",
                args=(entry.id,),
            )
    return GatheredPackage(folder, manifest, round_file)


def _inside(folder: Path, relative: str, source: Path, place: str) -> Path:
    normal = posixpath.normpath(relative.replace("\\", "/"))
    if normal.startswith(("../", "/")) or normal == "..":
        raise InputError(source, place, "the path leaves the package folder", code="path_leaves_folder")
    return folder / Path(*normal.split("/"))


def gather_packages(
    out_path: str | Path, packages: Sequence[str | Path], stage: str | None = None, progress: ProgressFn | None = None
) -> GatherReport:
    """One round of the next stage with every entry of the packages (a new round file)."""
    out_path = Path(out_path)
    if not packages:
        raise InputError(None, "PACKAGE", "no package was given", code="stage_no_packages")
    if len(packages) > MAX_PACKAGES:
        raise InputError(
            None, "PACKAGE", f"more than {MAX_PACKAGES} packages", code="stage_too_many_packages", args=(MAX_PACKAGES,)
        )
    if out_path.exists():
        raise InputError(
            out_path,
            "",
            "the file already exists: gathering writes a new round",
            "choose a new file name (an existing round keeps its commission and sheets)",
            code="stage_out_exists",
        )
    read = [read_package(p) for p in packages]
    target = stage or read[0].manifest.to_stage
    seen_rounds: dict[str, Path] = {}
    for package in read:
        m = package.manifest
        if m.to_stage != target:
            raise InputError(
                package.folder / PACKAGE_FILE,
                "to_stage",
                f"this package goes from the {m.from_stage} stage to the {m.to_stage} stage; "
                f"it cannot go into a {target} round",
                f"gather {PREVIOUS_STAGE.get(target, '—')} packages into a {target} round",
                code="stage_wrong_package",
                args=(m.from_stage, m.to_stage, target),
            )
        if m.lower_round_id in seen_rounds:
            raise InputError(
                package.folder / PACKAGE_FILE,
                "lower_round_id",
                f"the same stage's package is given twice (also {seen_rounds[m.lower_round_id]})",
                "give each package once",
                code="stage_package_twice",
                args=(str(seen_rounds[m.lower_round_id]),),
            )
        seen_rounds[m.lower_round_id] = package.folder
    base = dict(read[0].round_file.data)
    base.pop("meeting", None)
    base["round_id"] = str(uuid.uuid4())
    base["stage"] = target
    report = GatherReport(out_path, target)
    entries: list[dict[str, Any]] = []
    copies: list[tuple[Path, str]] = []  # (source file, new relative path)
    taken_paths: set[str] = set()
    for n, package in enumerate(read, start=1):
        for raw in package.round_file.data["entries"]:
            entry = json.loads(json.dumps(raw))
            new_id = _free_id(entry["id"], n, report.entries)
            report.entries[new_id] = (package.manifest.unit, entry["id"])
            entry["id"] = new_id
            for key, folder_name in (("media", "media"), ("attachments", "docs")):
                for item in entry.get(key, []):
                    if item.get("path"):
                        old = item["path"]
                        new = _free_path(
                            f"{folder_name}/{new_id}/{posixpath.basename(old.replace(chr(92), '/'))}", taken_paths
                        )
                        copies.append(
                            (
                                _inside(
                                    package.folder,
                                    old,
                                    package.folder / package.manifest.round_file,
                                    f"entries[{new_id}].{key}",
                                ),
                                new,
                            )
                        )
                        item["path"] = new
            entries.append(entry)
    base["entries"] = entries
    report.flags = _same_courses(entries)
    out_folder = out_path.parent
    out_folder.mkdir(parents=True, exist_ok=True)
    for done, (src, relative) in enumerate(copies):
        if progress:
            progress(done, len(copies), relative)
        if not src.is_file():
            continue  # a missing video: the gathered round warns about it, as the package did
        target_file = out_folder / Path(*relative.split("/"))
        target_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copy2(src, target_file)
        except OSError as exc:
            raise InputError(
                target_file,
                "",
                f"cannot copy the file ({exc.strerror or exc})",
                "choose a folder you may write to, with enough free space",
                code="cannot_copy",
                args=(exc.strerror or str(exc),),
            ) from None
        report.files_copied += 1
    atomic_write_text(out_path, json.dumps(base, ensure_ascii=False, indent=2) + "\n")
    load_round(out_path)  # what was written reads back as a valid round
    return report


def _free_id(entry_id: str, package_number: int, taken: dict) -> str:
    if entry_id not in taken:
        return entry_id
    candidate, k = f"{entry_id[:56]}-{package_number}", 1
    while candidate in taken:
        k += 1
        candidate = f"{entry_id[:52]}-{package_number}-{k}"
    return candidate


def _free_path(relative: str, taken: set[str]) -> str:
    candidate, k = relative, 1
    while candidate.lower() in taken:  # Windows disks ignore case
        k += 1
        stem, dot, ext = relative.rpartition(".")
        candidate = f"{stem}-{k}.{ext}" if dot else f"{relative}-{k}"
    taken.add(candidate.lower())
    return candidate


def _same_courses(entries: list[dict[str, Any]]) -> list[GatherFlag]:
    """The same course sent twice: same title and an author in common, or the same link."""
    flags = []
    keys = [
        (
            e["id"],
            duplicate_key(localized(e.get("title"), "kk"), [a.get("name", "") for a in e.get("authors", [])]),
            (e.get("link") or "").strip().rstrip("/").lower(),
        )
        for e in entries
    ]
    for i, (a_id, a_key, a_link) in enumerate(keys):
        for b_id, b_key, b_link in keys[i + 1 :]:
            if same_course(a_key, b_key):
                flags.append(
                    GatherFlag(
                        "same_course",
                        (a_id, b_id),
                        f"{a_id} and {b_id} look like the same course (same title and author)",
                    )
                )
            elif a_link and a_link == b_link:
                flags.append(
                    GatherFlag("same_link", (a_id, b_id), f"{a_id} and {b_id} have the same course link {a_link}")
                )
    return flags
