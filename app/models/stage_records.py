"""The records a stage sends on with its entries (regulation 9.5): the manifest of a next-stage
package (`sarapshy-stage-package/1`) and the source record of one entry (`sarapshy-stage-source/1`).
See app.models.stages for how they travel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

from app.models.decisions_file import VotesModel

ProgressFn = Callable[[int, int, str], None]

PACKAGE_FORMAT: Final = "sarapshy-stage-package/1"
SOURCE_FORMAT: Final = "sarapshy-stage-source/1"
PACKAGE_FILE = "package.json"
EXTRACT_KIND = "stage_extract"
SOURCE_KIND = "stage_source"
DIGEST_IN_NAME = 32  # hex digits of a source record's SHA-256 in its file name
MAX_RECORD_BYTES = 256 * 1024
MAX_EXTRACT_BYTES = 64 * 1024 * 1024
MAX_PACKAGES = 500


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


def record_json(record: SourceRecord) -> bytes:
    return (record.model_dump_json(by_alias=True, indent=2) + "\n").encode("utf-8")
