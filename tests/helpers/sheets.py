"""Signed sheet files, and a sheet with a number too large to be honest."""

from __future__ import annotations

import json

from app.models.round import load_round
from app.models.signing import sign_sheet

HUGE_NUMBER_SHEET = b'{"format": "sarapshy-sheet/1", "revision": ' + b"9" * 5000 + b"}"


def write_signed(tmp_path, round_path, expert_id, key, revision=1, name=None):
    from tests.helpers.chair import scores_for_total

    round_file = load_round(round_path)
    data = {
        "format": "sarapshy-sheet/1",
        "round_id": round_file.round.round_id,
        "round_sha256": round_file.sha256,
        "expert_id": expert_id,
        "expert_name": round_file.round.expert(expert_id).name,
        "revision": revision,
        "finalized_at": "2026-12-17T15:04:05+05:00",
        "evaluations": [
            {"entry_id": e.id, "scores": scores_for_total(30 + 5 * i + revision)}
            for i, e in enumerate(round_file.round.entries)
        ],
    }
    path = tmp_path / (name or f"{expert_id}-r{revision}.sheet.json")
    path.write_text(json.dumps(sign_sheet(data, key), ensure_ascii=False), encoding="utf-8")
    return path
