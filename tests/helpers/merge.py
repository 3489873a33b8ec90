"""Merge inputs: pinned keys, a sheet table, signed sheet bytes and the good sources of a merge."""

from __future__ import annotations

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models.signing import sign_sheet
from tests.helpers.results import RECUSED, sheet_dict

KEYS = {f"e{i}": Ed25519PrivateKey.generate() for i in range(1, 5)}


TABLE = {
    "e1": {"m01": 80, "m02": 60, "m03": 40},
    "e2": {"m01": 70, "m02": 75, "m03": 30},
    "e3": {"m01": 90, "m02": RECUSED, "m03": 35},
}


def signed_bytes(data: dict, expert_id: str | None = None, indent: int | None = 1) -> bytes:
    signed = sign_sheet(data, KEYS[expert_id or data["expert_id"]])
    return json.dumps(signed, ensure_ascii=False, indent=indent).encode("utf-8")


def good_sources(round_file, table=TABLE):
    return [(f"{e}.sheet.json", signed_bytes(sheet_dict(round_file, e, scores))) for e, scores in table.items()]


def by_file(outcome):
    return {s.file: s for s in outcome.statuses}
