"""The round file, format `sarapshy-round/1` (docs/schemas): models, defaults and loading."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import os
import posixpath
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, Protocol, TypeVar, cast
from urllib.parse import urlparse

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictInt,
    field_validator,
    model_validator,
)

from app.models.canonical import canonical_sha256
from app.models.errors import CodedValueError, InputError, Problem
from app.models.files import read_limited
from app.models.jsonfile import MAX_DOCUMENT_BYTES, check_format, decode_json_document, validate_model
from app.models.localized import LANGUAGES, localized
from app.models.regulation import COMMENT_CRITERION, SCORE_MAX, SCORE_MIN

ROUND_FORMAT = "sarapshy-round/1"
MEDIA_KINDS = ("promo", "lecture", "other")


def _check_text(value: str | dict[str, str]) -> str | dict[str, str]:
    if isinstance(value, dict):
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            raise CodedValueError("unknown_language", f"unknown language {unknown[0]!r}: use kk, ru or en", unknown[0])
        if not any(v.strip() for v in value.values()):
            raise CodedValueError("text_empty", "the text is empty in every language")
    return value


def _check_required_text(value: str | dict[str, str]) -> str | dict[str, str]:
    if isinstance(value, str) and not value.strip():
        raise CodedValueError("empty_value", "must not be empty")
    return _check_text(value)


LText = Annotated[str | dict[str, str], AfterValidator(_check_text)]
RequiredLText = Annotated[str | dict[str, str], AfterValidator(_check_required_text)]
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")]
Name = Annotated[str, Field(min_length=1, max_length=300)]


class _Identified(Protocol):
    """An item of the round looked up by its id (an entry, an expert, a criterion)."""

    @property
    def id(self) -> str: ...


_ItemT = TypeVar("_ItemT", bound=_Identified)


def _check_url(value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise CodedValueError("not_web_address", "must be an http:// or https:// address")
    return value


def _check_relative_path(value: str) -> str:
    text = value.replace("\\", "/")
    if not text.strip():
        raise CodedValueError("empty_value", "must not be empty")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        raise CodedValueError("absolute_path", "must be relative to the round file's folder, not an absolute path")
    normal = posixpath.normpath(text)
    if normal == ".." or normal.startswith("../"):
        raise CodedValueError(
            "path_leaves_folder", "leaves the round file's folder; keep media inside it (e.g. media/m01/promo.mp4)"
        )
    return text


Url = Annotated[str, AfterValidator(_check_url)]
RelPath = Annotated[str, AfterValidator(_check_relative_path)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Person(_Model):
    name: Name
    position: str = ""


class Expert(Person):
    id: Id
    department: str = ""
    public_key: str | None = None

    @field_validator("public_key")
    @classmethod
    def _key_is_ed25519(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise CodedValueError("not_base64", "is not base64 text") from None
        if len(raw) != 32:
            raise CodedValueError("not_ed25519_key", "is not an Ed25519 public key (32 bytes, base64)")
        return value


class Commission(_Model):
    chair: Person
    secretary: Person | None = None
    experts: list[Expert] = Field(min_length=1)

    @field_validator("experts")
    @classmethod
    def _unique(cls, experts: list[Expert]) -> list[Expert]:
        _require_unique_ids(experts, "expert")
        return experts


class Criterion(_Model):
    id: Id
    title: RequiredLText
    min: StrictInt = SCORE_MIN
    max: StrictInt = SCORE_MAX
    comment: StrictBool = False

    @model_validator(mode="after")
    def _range(self) -> Criterion:
        if self.min >= self.max:
            raise CodedValueError(
                "min_not_below_max", f"min ({self.min}) must be below max ({self.max})", self.min, self.max
            )
        return self


class Author(_Model):
    name: Name
    position: str = ""
    degree: str = ""


class _Located(_Model):
    path: RelPath | None = None
    url: Url | None = None

    @model_validator(mode="after")
    def _one_location(self) -> _Located:
        if (self.path is None) == (self.url is None):
            raise CodedValueError("one_location", "give exactly one of 'path' (a file in the round folder) or 'url'")
        return self


class MediaItem(_Located):
    id: Id
    kind: Literal["promo", "lecture", "other"] = "lecture"
    title: str = ""


class Attachment(_Located):
    kind: str = "other"
    title: str = ""


class Entry(_Model):
    id: Id
    title: RequiredLText
    authors: list[Author] = Field(min_length=1)
    faculty: LText = ""
    department: LText = ""
    languages: list[Annotated[str, Field(min_length=2, max_length=8)]] = []
    link: Url | None = None
    annotation: LText = ""
    media: list[MediaItem] = []
    attachments: list[Attachment] = []

    @field_validator("media")
    @classmethod
    def _unique_media(cls, media: list[MediaItem]) -> list[MediaItem]:
        _require_unique_ids(media, "media")
        return media

    def ordered_media(self) -> list[MediaItem]:
        """Promo first, then the rest in file order."""
        return sorted(self.media, key=lambda m: m.kind != "promo")


class Aggregation(_Model):
    method: Literal["sum"] = "sum"
    places: StrictInt = Field(default=3, ge=1, le=50)


class Meeting(_Model):
    date: dt.date | None = None
    place: str = ""


DEFAULT_CRITERIA_TITLES: list[dict[str, str]] = [
    {
        "kk": "ЖАОК материалдарының толық жүктелуі",
        "ru": "Полнота загрузки материалов МООК",
        "en": "Completeness of uploaded MOOC materials",
    },
    {
        "kk": "Мәтіндік материалдардың болуы және рәсімделу сапасы",
        "ru": "Наличие и качество оформления текстовых материалов",
        "en": "Presence and quality of text materials",
    },
    {
        "kk": "Бейне дәрістердің болуы және рәсімделу сапасы",
        "ru": "Наличие и качество оформления видеолекций",
        "en": "Presence and quality of video lectures",
    },
    {
        "kk": "Цифрлық білім беру ресурстарының болуы және сапасы",
        "ru": "Наличие и качество цифровых образовательных ресурсов",
        "en": "Presence and quality of digital educational resources",
    },
    {
        "kk": "Тыңдаушылардан алынған кері байланысты пайдалану",
        "ru": "Использование обратной связи от слушателей",
        "en": "Use of feedback from learners",
    },
    {
        "kk": "Тест тапсырмаларының болуы және сапасы",
        "ru": "Наличие и качество тестовых заданий",
        "en": "Presence and quality of test items",
    },
    {
        "kk": "Жалпы әсер (бірнеше жолмен жазуға болады)",
        "ru": "Общее впечатление (можно в несколько строк)",
        "en": "Overall impression (may take several lines)",
    },
]
TOTAL_TITLE = {
    "kk": "Барлық көрсеткіштер бойынша баллдардың жиынтығы",
    "ru": "Сумма баллов по всем показателям",
    "en": "Total of all indicators",
}


def default_criteria() -> list[Criterion]:
    return [
        Criterion(id=f"c{i}", title=dict(title), min=SCORE_MIN, max=SCORE_MAX, comment=(i == COMMENT_CRITERION))
        for i, title in enumerate(DEFAULT_CRITERIA_TITLES, start=1)
    ]


DEFAULT_CRITERIA = default_criteria()


class RoundHeader(_Model):
    """Everything in a round file but its entries: what a window needs before any entry."""

    format: Literal["sarapshy-round/1"]
    round_id: str
    title: RequiredLText
    organization: LText = ""
    regulation: str = ""
    stage: Literal["department", "faculty", "university"]
    year: StrictInt | None = Field(default=None, ge=2000, le=2100)
    meeting: Meeting | None = None
    commission: Commission
    criteria: list[Criterion] = Field(default_factory=default_criteria, min_length=1)
    aggregation: Aggregation = Field(default_factory=Aggregation)

    @field_validator("round_id")
    @classmethod
    def _uuid(cls, value: str) -> str:
        try:
            uuid.UUID(value)
        except (ValueError, AttributeError, TypeError):
            raise CodedValueError("not_uuid", "must be a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427") from None
        return value

    @field_validator("criteria")
    @classmethod
    def _unique_criteria(cls, items: list[Criterion]) -> list[Criterion]:
        _require_unique_ids(items, "criterion")
        return items

    # Look-ups by id. The index is rebuilt whenever the list it was made from is replaced or
    # changes length (model_copy with new entries, the organiser's editor), so it is never stale.
    _index: dict[str, tuple[Sequence[_Identified], Mapping[str, _Identified]]] = PrivateAttr(default_factory=dict)

    def _by_id(self, name: str, items: list[_ItemT]) -> dict[str, _ItemT]:
        cached = self._index.get(name)
        if cached is None or cached[0] is not items or len(cached[1]) != len(items):
            index = {item.id: item for item in items}
            self._index[name] = (items, index)
            return index
        # The index under `name` was made from `items` (checked just above), so it holds their type.
        return cast("dict[str, _ItemT]", cached[1])

    def expert(self, expert_id: str) -> Expert | None:
        return self._by_id("experts", self.commission.experts).get(expert_id)

    def criterion(self, criterion_id: str) -> Criterion | None:
        return self._by_id("criteria", self.criteria).get(criterion_id)

    @property
    def max_total(self) -> int:
        return sum(c.max for c in self.criteria)

    def title_in(self, lang: str) -> str:
        return localized(self.title, lang)


class Round(RoundHeader):
    entries: list[Entry]

    @field_validator("entries")
    @classmethod
    def _unique_entries(cls, items: list[Entry]) -> list[Entry]:
        _require_unique_ids(items, "entry")
        return items

    def entry(self, entry_id: str) -> Entry | None:
        return self._by_id("entries", self.entries).get(entry_id)

    def known_entry(self, entry_id: str) -> Entry:
        """The entry with this id, which the caller knows is in the round (merged results, a panel)."""
        entry = self.entry(entry_id)
        if entry is None:
            raise KeyError(f"no entry {entry_id!r} in the round")
        return entry

    def known_expert(self, expert_id: str) -> Expert:
        """The expert with this id, which the caller knows is in the commission (a results panel)."""
        expert = self.expert(expert_id)
        if expert is None:
            raise KeyError(f"no expert {expert_id!r} in the commission")
        return expert


def _require_unique_ids(items: Sequence[_Identified], what: str) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise CodedValueError(
                "duplicate_id",
                f"{what} id {item.id!r} is used twice (again at position {index + 1}); ids must be unique",
                item.id,
                index + 1,
            )
        seen.add(item.id)


@dataclass
class RoundFile:
    """A round as read from disk: the raw data (for the digest) beside the validated model."""

    path: Path | None
    data: dict[str, Any]
    round: Round
    sha256: str
    warnings: list[Problem] = field(default_factory=list)

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None

    def media_path(self, item: MediaItem | Attachment) -> Path | None:
        """The file a media item or attachment points at (None for URLs or an in-memory round)."""
        if item.path is None or self.folder is None:
            return None
        return self.folder / Path(*item.path.split("/"))

    # What a window needs first, without building every entry (see round_index.IndexedRoundFile).
    @property
    def header(self) -> RoundHeader:
        return self.round

    def entry_ids(self) -> list[str]:
        return [entry.id for entry in self.round.entries]

    def entry(self, entry_id: str) -> Entry | None:
        return self.round.entry(entry_id)

    def outline(self) -> Outline:
        return round_outline(self.round)

    @property
    def folder_checked(self) -> bool:
        """Whether `warnings` already say which videos are missing from the round folder."""
        return True


def parse_round(raw: bytes, source: str | Path, path: Path | None = None) -> RoundFile:
    data = decode_json_document(raw, source)
    check_format(data, ROUND_FORMAT, source, "round")
    model = validate_model(Round, data, source)
    round_file = RoundFile(path=path, data=data, round=model, sha256=canonical_sha256(data))
    round_file.warnings = check_round_folder(round_file, source)
    return round_file


def check_round_folder(round_file: RoundFile, source: str | Path | None = None) -> list[Problem]:
    """What the round folder holds: an InputError when a symbolic link leads out of it, else the
    warnings (videos missing, entries without videos)."""
    outline = round_file.outline()
    scan = _FolderScan(round_file.folder) if round_file.folder is not None else None
    if scan is not None:
        _check_paths_stay_inside(outline, source if source is not None else round_file.path, scan)
    return round_warnings(outline, scan)


def load_round(path: str | Path) -> RoundFile:
    path = Path(path)
    raw = read_limited(path, MAX_DOCUMENT_BYTES)
    return parse_round(raw, path, path=path.resolve())


class _FolderScan:
    """What a round's files look like on disk, read with one directory listing per folder.

    A round of 1000 entries has some 10,000 media paths: one `os.scandir` per media folder instead
    of a `resolve()` and an `exists()` per file keeps opening it quick.
    """

    def __init__(self, root: Path):
        self.root = str(root)
        self.real_root = os.path.realpath(self.root)
        self._listings: dict[str, dict[str, bool] | None] = {}
        self._real_dirs: dict[str, str] = {}
        self._dirs: dict[str, str] = {}

    def _listing(self, directory: str) -> dict[str, bool] | None:
        """name → is a symbolic link; None when the folder cannot be listed."""
        if directory not in self._listings:
            try:
                with os.scandir(directory) as entries:
                    self._listings[directory] = {e.name: e.is_symlink() for e in entries}
            except OSError:
                self._listings[directory] = None
        return self._listings[directory]

    def _split(self, relative: str) -> tuple[str, str]:
        """The folder (as an OS path) and the file name of a round-relative path."""
        folder, _, name = relative.rpartition("/")
        directory = self._dirs.get(folder)
        if directory is None:
            directory = self._dirs[folder] = os.path.join(self.root, *folder.split("/")) if folder else self.root
        return directory, name

    def exists(self, relative: str) -> bool:
        directory, name = self._split(relative)
        listing = self._listing(directory)
        if listing is not None and name in listing and not listing[name]:
            return True
        return os.path.exists(os.path.join(directory, name))  # links, case-insensitive disks

    def stays_inside(self, relative: str) -> bool:
        directory, name = self._split(relative)
        listing = self._listing(directory)
        if listing is not None and listing.get(name):
            target = os.path.realpath(os.path.join(directory, name))
        else:
            if directory not in self._real_dirs:
                self._real_dirs[directory] = os.path.realpath(directory)
            target = os.path.join(self._real_dirs[directory], name)
        return _inside(target, self.real_root)


def _inside(target: str, real_root: str) -> bool:
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


def real_file_inside(folder: Path, path: Path) -> Path | None:
    """`path` with every symbolic link resolved now, if that real file is inside `folder` (also
    resolved); None if it leads out. For opening a file: a link swapped in after the round was
    read must not be followed, and the engine is given the checked real path, not the link."""
    target = os.path.realpath(path)
    return Path(target) if _inside(target, os.path.realpath(folder)) else None


# A round's outline, per entry: its id, its videos' ids, and its local files as (kind, position,
# path) with kind "media" or "attachments". Plain lists, so that a round's index can keep them
# (round_index): looking at the folder or summing what was watched then needs no entry built.
Outline = list[tuple[str, list[str], list[tuple[str, int, str]]]]


def round_outline(rnd: Round) -> Outline:
    return [
        (
            entry.id,
            [item.id for item in entry.media],
            [
                (kind, position, item.path)
                for kind, items in (("media", entry.media), ("attachments", entry.attachments))
                for position, item in enumerate(items)
                if item.path is not None
            ],
        )
        for entry in rnd.entries
    ]


def _check_paths_stay_inside(outline: Outline, source: str | Path | None, scan: _FolderScan) -> None:
    """Paths are checked to stay inside when parsed; symbolic links must not lead out either."""
    problems = [
        Problem(
            f"entries[{e_index}].{kind}[{position}].path",
            "leads outside the round file's folder",
            "copy the file into the round folder",
            "link_leads_outside",
        )
        for e_index, (_, _, files) in enumerate(outline)
        for kind, position, path in files
        if not scan.stays_inside(path)
    ]
    if problems:
        raise InputError(source, problems=problems)


def round_warnings(outline: Outline, scan: _FolderScan | None) -> list[Problem]:
    """Things worth telling the organiser that do not make the round invalid."""
    warnings = []
    if not outline:
        warnings.append(Problem("entries", "the round has no entries yet", code="no_entries"))
    for index, (entry_id, media_ids, files) in enumerate(outline):
        if not media_ids:
            warnings.append(
                Problem(
                    f"entries[{index}].media",
                    f"entry {entry_id} has no videos: it will be judged from its link",
                    code="entry_without_videos",
                    args=(entry_id,),
                )
            )
        for kind, position, path in files:
            if kind == "media" and scan is not None and not scan.exists(path):
                warnings.append(
                    Problem(
                        f"entries[{index}].media[{position}].path",
                        f"the video {path} is not in the round folder",
                        "copy the media folder next to the round file",
                        "video_missing",
                        (path,),
                    )
                )
    return warnings


def round_to_data(model: Round) -> dict[str, Any]:
    """The JSON-ready form of a round (for the organiser's editor)."""
    return model.model_dump(mode="json", exclude_none=True)
