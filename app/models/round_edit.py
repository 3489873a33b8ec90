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
import os
import posixpath
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.models.errors import InputError, Problem
from app.models.files import atomic_write_text, remove_quietly, safe_file_name
from app.models.jsonfile import problems_from_validation_error
from app.models.keys import PublicKeyFile, identity_for, read_public_key_file
from app.models.localized import LANGUAGES
from app.models.regulation import COMMENT_CRITERION, MAX_SHORT_ANNOTATION_CHARS, SCORE_MAX, SCORE_MIN
from app.models.round import (
    DEFAULT_CRITERIA_TITLES,
    ROUND_FORMAT,
    Round,
    RoundFile,
    load_round,
    parse_round,
)
from app.paths import data_dir

PROMO_WORDS = ("promo", "промо", "трейлер", "trailer", "teaser", "анонс")
ATTACHMENT_KINDS = ("implementation_act", "platform_certificate", "protocol_extract", "other")
COPY_CHUNK = 1 << 20

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Issue:
    """One thing to tell the organiser: where, a stable code for translation, and English text."""

    place: str
    code: str
    text: str
    args: tuple[str, ...] = ()
    warning: bool = False

    def describe(self) -> str:
        return f"{self.place}: {self.text}" if self.place else self.text


# --- localised text helpers ------------------------------------------------------------------------


def text_in(value: Any, lang: str) -> str:
    """The exact `lang` version of a localised value (a plain string counts as Kazakh)."""
    if isinstance(value, dict):
        return str(value.get(lang, "") or "")
    return str(value or "") if lang == "kk" else ""


def with_text(value: Any, lang: str, text: str) -> str | dict[str, str]:
    """`value` with its `lang` version replaced; a single Kazakh version stays a plain string."""
    versions = dict(value) if isinstance(value, dict) else ({"kk": value} if value else {})
    if text.strip():
        versions[lang] = text
    else:
        versions.pop(lang, None)
    versions = {k: v for k, v in versions.items() if v}
    if not versions:
        return ""
    if set(versions) == {"kk"}:
        return versions["kk"]
    return {code: versions[code] for code in (*LANGUAGES, *versions) if code in versions}


def shown_language(value: Any) -> str:
    """The language a one-field editor shows for a value: the first version present."""
    if isinstance(value, dict):
        return next((code for code in (*LANGUAGES, *value) if value.get(code)), "kk")
    return "kk"


def shown_text(value: Any) -> str:
    return text_in(value, shown_language(value))


def with_shown_text(value: Any, text: str) -> str | dict[str, str]:
    return with_text(value, shown_language(value), text)


# --- the draft -------------------------------------------------------------------------------------


@dataclass
class RoundDraft:
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
        return self.data["round_id"]

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None

    @property
    def experts(self) -> list[dict]:
        return self.data["commission"].setdefault("experts", [])

    @property
    def criteria(self) -> list[dict]:
        return self.data.setdefault("criteria", [])

    @property
    def entries(self) -> list[dict]:
        return self.data.setdefault("entries", [])

    def entry(self, entry_id: str) -> dict | None:
        return next((e for e in self.entries if e.get("id") == entry_id), None)

    def is_modified(self) -> bool:
        return self.saved_data is None or _comparable(self.data) != _comparable(self.saved_data)

    # Commission ----------------------------------------------------------------------------------
    def set_person(self, role: str, name: str, position: str) -> None:
        """Chair or secretary; a secretary with no name is left out."""
        commission = self.data["commission"]
        if role == "secretary" and not name.strip() and not position.strip():
            commission.pop("secretary", None)
            return
        commission[role] = {"name": name, "position": position}

    def add_expert(self, name: str = "", position: str = "", department: str = "") -> dict:
        expert = {
            "id": next_id("e", [e.get("id", "") for e in self.experts]),
            "name": name,
            "position": position,
            "department": department,
        }
        self.experts.append(expert)
        return expert

    def remove_expert(self, index: int) -> None:
        del self.experts[index]

    def pin_expert_key(self, index: int, key_file: str | Path) -> tuple[PublicKeyFile, bool]:
        """Pin the public key of a key file to expert `index`; also says whether the names agree."""
        record = read_public_key_file(key_file)
        expert = self.experts[index]
        try:
            same_person = identity_for(expert.get("name", "")) == identity_for(record.identity or record.name)
        except ValueError:
            same_person = False
        expert["public_key"] = record.public_key
        return record, same_person

    def unpin_expert_key(self, index: int) -> None:
        self.experts[index].pop("public_key", None)

    # Criteria ------------------------------------------------------------------------------------
    def add_criterion(self) -> dict:
        criterion = {
            "id": next_id("c", [c.get("id", "") for c in self.criteria], width=1),
            "title": "",
            "min": SCORE_MIN,
            "max": SCORE_MAX,
            "comment": False,
        }
        self.criteria.append(criterion)
        return criterion

    def remove_criterion(self, index: int) -> None:
        del self.criteria[index]

    def reset_criteria(self) -> None:
        self.data["criteria"] = default_criteria_data()

    # Entries -------------------------------------------------------------------------------------
    def add_entry(self, title: str = "", authors: list[dict] | None = None, **fields: Any) -> dict:
        entry = {
            "id": next_id("m", [e.get("id", "") for e in self.entries]),
            "title": title,
            "authors": authors if authors is not None else [{"name": ""}],
        }
        entry.update({k: v for k, v in fields.items() if v not in (None, "", [])})
        entry.setdefault("media", [])
        entry.setdefault("attachments", [])
        self.entries.append(entry)
        return entry

    def remove_entry(self, index: int) -> None:
        entry = self.entries.pop(index)
        for item in [*entry.get("media", []), *entry.get("attachments", [])]:
            self.pending.pop(item.get("path", ""), None)

    def add_media_files(self, entry_index: int, files: Sequence[str | Path], kind: str | None = None) -> list[dict]:
        """Add video files (in the given order); kind guessed from the name when not given."""
        entry = self.entries[entry_index]
        media = entry.setdefault("media", [])
        added = []
        for file in files:
            file = Path(file)
            guess = kind or guess_media_kind(file.name, has_promo=any(m.get("kind") == "promo" for m in media))
            item = {
                "id": next_id("v", [m.get("id", "") for m in media], width=1),
                "kind": guess,
                "title": file.stem,
                "path": self._place_file(entry, file),
            }
            media.append(item)
            added.append(item)
        return added

    def add_media_folder(self, entry_index: int, folder: str | Path) -> list[dict]:
        """Every video in `folder`, in natural name order (so "2" comes before "10")."""
        videos = sorted(
            (p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in VIDEO_SUFFIXES),
            key=lambda p: natural_key(p.name),
        )
        return self.add_media_files(entry_index, videos)

    def add_media_link(self, entry_index: int, url: str, kind: str = "lecture", title: str = "") -> dict:
        media = self.entries[entry_index].setdefault("media", [])
        item = {"id": next_id("v", [m.get("id", "") for m in media], width=1), "kind": kind, "title": title, "url": url}
        media.append(item)
        return item

    def move_media(self, entry_index: int, index: int, delta: int) -> int:
        """Move a video up (−1) or down (+1); returns its new index."""
        media = self.entries[entry_index].setdefault("media", [])
        target = max(0, min(len(media) - 1, index + delta))
        media.insert(target, media.pop(index))
        return target

    def remove_media(self, entry_index: int, index: int) -> None:
        item = self.entries[entry_index]["media"].pop(index)
        self.pending.pop(item.get("path", ""), None)

    def add_attachment(self, entry_index: int, file: str | Path, kind: str = "other", title: str = "") -> dict:
        entry = self.entries[entry_index]
        file = Path(file)
        item = {"kind": kind, "title": title or file.stem, "path": self._place_file(entry, file)}
        entry.setdefault("attachments", []).append(item)
        return item

    def remove_attachment(self, entry_index: int, index: int) -> None:
        item = self.entries[entry_index]["attachments"].pop(index)
        self.pending.pop(item.get("path", ""), None)

    def _place_file(self, entry: dict, file: Path) -> str:
        """The path the round uses for `file`: as is inside the round folder, else a pending copy."""
        file = file.resolve()
        if self.folder is not None:
            try:
                return file.relative_to(self.folder.resolve()).as_posix()
            except ValueError:
                pass
        target = unique_target(entry["id"], file.name, self._used_paths())
        self.pending[target] = str(file)
        return target

    def _used_paths(self) -> set[str]:
        return {
            item["path"]
            for entry in self.entries
            for item in [*entry.get("media", []), *entry.get("attachments", [])]
            if item.get("path")
        }

    def source_of(self, relative: str) -> Path | None:
        """The file behind a path of the round: a pending copy's source, or the file in the folder."""
        if relative in self.pending:
            return Path(self.pending[relative])
        if self.folder is None:
            return None
        return self.folder / Path(*relative.split("/"))

    # Checking ------------------------------------------------------------------------------------
    def issues(self) -> list[Issue]:
        """Errors (the round cannot be saved) first, then warnings; each with its place."""
        own = self._own_checks()
        covered = {i.place for i in own if not i.warning}
        model_issues = []
        try:
            Round.model_validate(self.data)
        except ValidationError as exc:
            for problem in problems_from_validation_error(exc):
                if not any(_within(problem.place, place) for place in covered):
                    model_issues.append(Issue(problem.place, "invalid", problem.problem, (problem.problem,)))
        errors = [i for i in own if not i.warning] + model_issues
        warnings = [i for i in own if i.warning]
        return errors + warnings

    def errors(self) -> list[Issue]:
        return [i for i in self.issues() if not i.warning]

    def _own_checks(self) -> list[Issue]:
        out: list[Issue] = []
        d = self.data
        if not _has_text(d.get("title")):
            out.append(Issue("title", "required", "the competition title is empty"))
        chair = d["commission"].get("chair") or {}
        if not str(chair.get("name", "")).strip():
            out.append(Issue("commission.chair.name", "required", "the chair's name is empty"))
        secretary = d["commission"].get("secretary")
        if secretary and not str(secretary.get("name", "")).strip():
            out.append(Issue("commission.secretary.name", "required", "the secretary's name is empty"))
        if not self.experts:
            out.append(Issue("commission.experts", "no_experts", "the commission has no experts yet"))
        for index, expert in enumerate(self.experts):
            if not str(expert.get("name", "")).strip():
                out.append(Issue(f"commission.experts[{index}].name", "required", "the expert's name is empty"))
        for index, criterion in enumerate(self.criteria):
            place = f"criteria[{index}]"
            if not _has_text(criterion.get("title")):
                out.append(Issue(f"{place}.title", "required", "the criterion's title is empty"))
            low, high = criterion.get("min"), criterion.get("max")
            if isinstance(low, int) and isinstance(high, int) and low >= high:
                out.append(
                    Issue(
                        place, "range", f"the maximum ({high}) must be above the minimum ({low})", (str(low), str(high))
                    )
                )
        if not self.entries:
            out.append(Issue("entries", "no_entries", "the round has no entries yet", warning=True))
        for index, entry in enumerate(self.entries):
            out.extend(self._entry_checks(index, entry))
        return out

    def _entry_checks(self, index: int, entry: dict) -> list[Issue]:
        out: list[Issue] = []
        place = f"entries[{index}]"
        if not _has_text(entry.get("title")):
            out.append(Issue(f"{place}.title", "required", "the course title is empty"))
        authors = entry.get("authors") or []
        if not authors:
            out.append(Issue(f"{place}.authors", "no_authors", "the course has no author"))
        for a_index, author in enumerate(authors):
            if not str(author.get("name", "")).strip():
                out.append(Issue(f"{place}.authors[{a_index}].name", "required", "the author's name is empty"))
        link = entry.get("link")
        if link and not re.match(r"^https?://[^\s/]+", link):
            out.append(Issue(f"{place}.link", "bad_url", "the link must start with http:// or https://"))
        for text in _versions(entry.get("annotation")).values():
            if len(text) > MAX_SHORT_ANNOTATION_CHARS:
                out.append(
                    Issue(
                        f"{place}.annotation",
                        "annotation_long",
                        f"the short annotation has {len(text)} characters; form -02 allows "
                        f"{MAX_SHORT_ANNOTATION_CHARS}",
                        (str(len(text)), str(MAX_SHORT_ANNOTATION_CHARS)),
                        warning=True,
                    )
                )
                break
        media = entry.get("media") or []
        if not media:
            out.append(
                Issue(f"{place}.media", "no_media", "no videos: the course will be judged from its link", warning=True)
            )
        elif not any(m.get("kind") == "promo" for m in media):
            out.append(Issue(f"{place}.media", "no_promo", "no promo video (form -02 requires one)", warning=True))
        for kind in ("media", "attachments"):
            for i_index, item in enumerate(entry.get(kind) or []):
                out.extend(self._file_checks(f"{place}.{kind}[{i_index}]", item))
        return out

    def _file_checks(self, place: str, item: dict) -> list[Issue]:
        relative = item.get("path")
        if not relative:
            url = item.get("url", "")
            if url and not re.match(r"^https?://[^\s/]+", url):
                return [Issue(f"{place}.url", "bad_url", "the link must start with http:// or https://")]
            return []
        source = self.source_of(relative)
        if relative in self.pending:
            if source is None or not source.is_file():
                return [
                    Issue(
                        f"{place}.path",
                        "missing_file",
                        f"the file {self.pending[relative]} is gone",
                        (self.pending[relative],),
                        warning=True,
                    )
                ]
            return [
                Issue(
                    f"{place}.path",
                    "pending_copy",
                    f"{source.name} is not in the round folder yet: press Package to copy it",
                    (source.name,),
                    warning=True,
                )
            ]
        if source is not None and not source.is_file():
            return [
                Issue(
                    f"{place}.path",
                    "missing_file",
                    f"the file {relative} is not in the round folder",
                    (relative,),
                    warning=True,
                )
            ]
        return []

    # Saving --------------------------------------------------------------------------------------
    def to_json_text(self) -> str:
        return json.dumps(_clean(self.data), ensure_ascii=False, indent=2) + "\n"

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
        self.saved_data = copy.deepcopy(_clean(self.data))
        self.saved_sha256 = round_file.sha256
        store_draft(self)
        return round_file

    def _rebase_pending(self, new_folder: Path) -> None:
        """Saving elsewhere: files of the old folder must still be found, so they become pending."""
        old_folder = self.folder
        for entry in self.entries:
            for item in [*entry.get("media", []), *entry.get("attachments", [])]:
                relative = item.get("path")
                if relative and relative not in self.pending and old_folder is not None:
                    source = old_folder / Path(*relative.split("/"))
                    if source.is_file() and not (new_folder / Path(*relative.split("/"))).is_file():
                        self.pending[relative] = str(source)

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

    def media_path(self, item) -> Path | None:
        if item.path is not None and item.path in self.pending:
            return Path(self.pending[item.path])
        return super().media_path(item)


# --- packaging ---------------------------------------------------------------------------------------


@dataclass
class PackageReport:
    copied: list[str] = field(default_factory=list)  # round paths written
    unchanged: list[str] = field(default_factory=list)  # already in place
    missing: list[Issue] = field(default_factory=list)  # sources that could not be found
    bytes_copied: int = 0


def package_round(draft: RoundDraft, progress: Progress | None = None) -> PackageReport:
    """Copy every referenced file into `media/<entry>/` beside the round file, rewrite the paths,
    save the round. `progress(done_kib, total_kib, file name)` may raise to cancel: files copied
    so far stay (a second run skips them) and the round file is left as it was."""
    if draft.path is None:
        raise InputError(
            None, "", "the round has no file yet", "save the round first, then package it", code="round_unsaved_package"
        )
    errors = draft.errors()
    if errors:
        raise InputError(draft.path, problems=[Problem(i.place, i.text) for i in errors])
    folder = draft.folder
    report = PackageReport()
    plan = _package_plan(draft, report)
    total = sum(size for *_, size in plan)
    done = 0
    for _item, target_rel, source, size in plan:
        target = folder / Path(*target_rel.split("/"))
        if _same_file(source, target):
            report.unchanged.append(target_rel)
        else:
            done = _copy_with_progress(source, target, done, total, progress)
            report.copied.append(target_rel)
            report.bytes_copied += size
        if progress is not None:
            progress(_kib(done), _kib(total), source.name)
    for item, target_rel, _source, _ in plan:
        draft.pending.pop(item["path"], None)
        item["path"] = target_rel
    if progress is not None:
        progress(_kib(total), _kib(total), "")
    draft.save()
    return report


def _package_plan(draft: RoundDraft, report: PackageReport) -> list[tuple[dict, str, Path, int]]:
    plan = []
    taken: set[str] = set()
    for e_index, entry in enumerate(draft.entries):
        prefix = f"media/{entry['id']}/"
        for kind in ("media", "attachments"):
            for i_index, item in enumerate(entry.get(kind) or []):
                relative = item.get("path")
                if not relative:
                    continue
                source = draft.source_of(relative)
                if source is None or not source.is_file():
                    report.missing.append(
                        Issue(
                            f"entries[{e_index}].{kind}[{i_index}].path",
                            "missing_file",
                            f"the file {source or relative} cannot be found",
                            (str(source or relative),),
                        )
                    )
                    continue
                if relative.startswith(prefix) and relative not in taken:
                    target = relative
                else:
                    target = unique_target(entry["id"], Path(relative).name, taken | draft._used_paths() - {relative})
                taken.add(target)
                plan.append((item, target, source, source.stat().st_size))
    return plan


def _same_file(source: Path, target: Path) -> bool:
    if not target.is_file():
        return False
    if source.resolve() == target.resolve():
        return True
    a, b = source.stat(), target.stat()
    return a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime)


def _copy_with_progress(source: Path, target: Path, done: int, total: int, progress: Progress | None) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(source, "rb") as src, open(partial, "wb") as out:
            while chunk := src.read(COPY_CHUNK):
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(_kib(done), _kib(total), source.name)
            out.flush()
            os.fsync(out.fileno())
        os.utime(partial, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns))
        os.replace(partial, target)
    except OSError as exc:
        remove_quietly(partial)
        raise InputError(
            target,
            "",
            f"cannot copy {source} here ({exc.strerror or exc})",
            "check that the disk is not full and that you may write to the folder",
            code="cannot_copy_here",
            args=(source, exc.strerror or str(exc)),
        ) from None
    except BaseException:
        remove_quietly(partial)
        raise
    return done


def _kib(size: int) -> int:
    return (size + 1023) // 1024


# --- drafts kept in the data folder ------------------------------------------------------------------


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
        "data": _clean(draft.data),
        "saved_data": draft.saved_data,
        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return atomic_write_text(draft_path(draft.round_id), json.dumps(document, ensure_ascii=False) + "\n")


def stored_draft(round_id: str) -> dict | None:
    path = draft_path(round_id)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) and isinstance(document.get("data"), dict) else None


def draft_for_round(round_file: RoundFile) -> tuple[RoundDraft, bool]:
    """The editor's draft of a round file: unsaved edits restored when made on this very file.

    Returns the draft and whether unsaved edits were restored.
    """
    draft = RoundDraft.from_round_file(round_file)
    kept = stored_draft(draft.round_id)
    if not kept:
        return draft, False
    draft.pending = {k: v for k, v in (kept.get("pending") or {}).items() if isinstance(v, str)}
    if kept.get("saved_sha256") == round_file.sha256 and _comparable(kept["data"]) != _comparable(round_file.data):
        draft.data = kept["data"]
        return draft, True
    return draft, False


def latest_unsaved_draft() -> RoundDraft | None:
    """The most recent draft of a round that was never saved to a file (for "new round")."""
    candidates = []
    for path in drafts_dir().glob("*.draft.json"):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(document, dict) and not document.get("path") and isinstance(document.get("data"), dict):
            candidates.append((document.get("updated_at", ""), document))
    if not candidates:
        return None
    document = max(candidates, key=lambda c: c[0])[1]
    return RoundDraft(data=document["data"], pending=dict(document.get("pending") or {}))


def forget_draft(round_id: str) -> None:
    remove_quietly(draft_path(round_id))


# --- small helpers -----------------------------------------------------------------------------------

VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".wmv")


def default_criteria_data() -> list[dict]:
    return [
        {"id": f"c{i}", "title": dict(title), "min": SCORE_MIN, "max": SCORE_MAX, "comment": i == COMMENT_CRITERION}
        for i, title in enumerate(DEFAULT_CRITERIA_TITLES, start=1)
    ]


def next_id(prefix: str, used: list[str], width: int = 2) -> str:
    number = 1
    taken = set(used)
    while f"{prefix}{number:0{width}d}" in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"


def guess_media_kind(file_name: str, has_promo: bool) -> str:
    name = file_name.casefold()
    return "promo" if not has_promo and any(word in name for word in PROMO_WORDS) else "lecture"


def natural_key(name: str) -> list:
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)]


def unique_target(entry_id: str, file_name: str, used: set[str]) -> str:
    stem, suffix = posixpath.splitext(safe_file_name(file_name))
    candidate = f"media/{entry_id}/{stem}{suffix}"
    number = 2
    while candidate in used:
        candidate = f"media/{entry_id}/{stem}-{number}{suffix}"
        number += 1
    return candidate


def _has_text(value: Any) -> bool:
    return bool(_versions(value))


def _versions(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {k: v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
    return {"": value.strip()} if isinstance(value, str) and value.strip() else {}


def _within(place: str, covered: str) -> bool:
    return place == covered or place.startswith((covered + ".", covered + "["))


def _comparable(data: dict) -> Any:
    """What a round means, so that defaults written out or left implicit compare equal."""
    cleaned = _clean(data)
    try:
        return Round.model_validate(cleaned).model_dump(mode="json", exclude_none=True)
    except ValidationError:
        return cleaned


def _clean(data: Any) -> Any:
    """Drop empty optional values, so an untouched field does not make the file differ."""
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            value = _clean(value)
            if key in _OPTIONAL_EMPTY and value in ("", None, {}, []):
                continue
            out[key] = value
        return out
    if isinstance(data, list):
        return [_clean(v) for v in data]
    return data


_OPTIONAL_EMPTY = {
    "position",
    "department",
    "degree",
    "faculty",
    "link",
    "annotation",
    "languages",
    "attachments",
    "meeting",
    "place",
    "date",
    "organization",
    "regulation",
    "public_key",
    "secretary",
    "year",
}


__all__ = [
    "Issue",
    "PackageReport",
    "RoundDraft",
    "default_criteria_data",
    "draft_for_round",
    "forget_draft",
    "guess_media_kind",
    "latest_unsaved_draft",
    "package_round",
    "shown_text",
    "store_draft",
    "stored_draft",
    "text_in",
    "with_shown_text",
    "with_text",
]
