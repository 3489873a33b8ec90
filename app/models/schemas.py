"""JSON Schemas of the file formats, generated from the validation models into docs/schemas/."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from app.models.decisions_file import DECISIONS_FORMAT, DecisionsModel
from app.models.reconsideration import REQUEST_FORMAT, ReconsiderationRequest
from app.models.round import ROUND_FORMAT
from app.models.round_model import Round
from app.models.sheet import SHEET_FORMAT, Sheet
from app.models.stage_records import PACKAGE_FORMAT, SOURCE_FORMAT, PackageManifest, SourceRecord

SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "docs" / "schemas"
MODELS: dict[str, tuple[type[BaseModel], str]] = {
    "sarapshy-round-1.schema.json": (Round, ROUND_FORMAT),
    "sarapshy-sheet-2.schema.json": (Sheet, SHEET_FORMAT),
    "sarapshy-decisions-1.schema.json": (DecisionsModel, DECISIONS_FORMAT),
    "sarapshy-stage-package-1.schema.json": (PackageManifest, PACKAGE_FORMAT),
    "sarapshy-stage-source-1.schema.json": (SourceRecord, SOURCE_FORMAT),
    "sarapshy-reconsideration-1.schema.json": (ReconsiderationRequest, REQUEST_FORMAT),
}


def schema_texts() -> dict[str, str]:
    texts = {}
    for name, (model, fmt) in MODELS.items():
        schema = model.model_json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"urn:sarapshy:{fmt}", **schema}
        texts[name] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return texts


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written


if __name__ == "__main__":
    for path in write_schemas():
        print(path)
