"""Gathering next-stage packages into one round of the next stage (regulation 9.5): each package
checked (manifest, round digest, extract, every entry's source record), entries renamed where two
packages share an id, their files copied, the same course sent twice flagged."""

from __future__ import annotations

import json
import posixpath
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.applications import duplicate_key, same_course
from app.models.canonical import sha256_hex
from app.models.entry_sources import entry_sources
from app.models.errors import InputError
from app.models.files import atomic_write_text, read_limited
from app.models.jsonfile import check_format, decode_json_document, validate_model
from app.models.localized import localized
from app.models.regulation import NEXT_STAGE, PREVIOUS_STAGE
from app.models.round import RoundFile, load_round
from app.models.round_file_copies import copy_round_files
from app.models.stage_records import (
    MAX_EXTRACT_BYTES,
    MAX_PACKAGES,
    MAX_RECORD_BYTES,
    PACKAGE_FILE,
    PACKAGE_FORMAT,
    PackageManifest,
    ProgressFn,
)


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
    report.files_copied += copy_round_files(copies, out_folder, progress)
    atomic_write_text(out_path, json.dumps(base, ensure_ascii=False, indent=2) + "\n")
    load_round(out_path)  # what was written reads back as a valid round
    return report


def _free_id(entry_id: str, package_number: int, taken: dict[str, tuple[str, str]]) -> str:
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
