"""The round file's content, format `sarapshy-round/1` (docs/schemas): its pydantic models, the checks on
each field and the default criteria of form -02."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import posixpath
import uuid
from collections.abc import Mapping, Sequence
from typing import Annotated, Literal, Protocol, TypeVar, cast
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

from app.models.errors import CodedValueError
from app.models.localized import LANGUAGES, localized
from app.models.regulation import COMMENT_CRITERION, SCORE_MAX, SCORE_MIN

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
