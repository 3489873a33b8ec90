"""A scored round for report tests: signed sheets with varied, reproducible scores, merged."""

from __future__ import annotations

import json
import random
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models.merge import MergeOutcome, merge_sheets
from app.models.round import RoundFile, parse_round
from app.models.signing import sign_sheet


def scored_sheets(
    round_file: RoundFile, seed: int = 7, recusals: dict[str, str] | None = None, comments: dict[str, str] | None = None
) -> list[dict]:
    """One signed sheet per expert. `recusals` maps expert id → entry id they recuse from."""
    rnd = round_file.round
    rng = random.Random(seed)
    quality = {e.id: rng.uniform(3, 9.5) for e in rnd.entries}
    sheets = []
    for expert in rnd.commission.experts:
        evaluations = []
        for entry in rnd.entries:
            if recusals and recusals.get(expert.id) == entry.id:
                evaluations.append({"entry_id": entry.id, "recused": True, "recusal_reason": "Әріптесім"})
                continue
            scores = {c.id: max(c.min, min(c.max, round(quality[entry.id] + rng.gauss(0, 1.2)))) for c in rnd.criteria}
            comment = (comments or {}).get(entry.id, "Жақсы курс")
            evaluations.append({"entry_id": entry.id, "scores": scores, "comment": comment})
        data = {
            "format": "sarapshy-sheet/1",
            "round_id": rnd.round_id,
            "round_sha256": round_file.sha256,
            "expert_id": expert.id,
            "expert_name": expert.name,
            "revision": 1,
            "finalized_at": "2026-12-17T15:04:05+05:00",
            "app_version": "test",
            "evaluations": evaluations,
        }
        sheets.append(sign_sheet(data, Ed25519PrivateKey.generate()))
    return sheets


def merged(round_file: RoundFile, sheets: list[dict]) -> MergeOutcome:
    sources = [(f"{s['expert_id']}.sheet.json", json.dumps(s, ensure_ascii=False).encode("utf-8")) for s in sheets]
    return merge_sheets(round_file, sources)


def round_from_data(data: dict, folder: Path | None = None) -> RoundFile:
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return parse_round(raw, "test.round.json")


def uniform_sheets(round_file: RoundFile, scores: dict[str, dict[str, int]]) -> list[dict]:
    """Signed sheets where expert x gives entry e the score scores[x][e] on every criterion
    (None: recused)."""
    rnd = round_file.round
    sheets = []
    for expert_id, by_entry in scores.items():
        evaluations = []
        for entry_id, score in by_entry.items():
            if score is None:
                evaluations.append({"entry_id": entry_id, "recused": True, "recusal_reason": "Әріптесім"})
            else:
                evaluations.append(
                    {"entry_id": entry_id, "scores": {c.id: score for c in rnd.criteria}, "comment": "="}
                )
        data = {
            "format": "sarapshy-sheet/1",
            "round_id": rnd.round_id,
            "round_sha256": round_file.sha256,
            "expert_id": expert_id,
            "expert_name": rnd.expert(expert_id).name,
            "revision": 1,
            "finalized_at": "2026-12-17T15:04:05+05:00",
            "app_version": "test",
            "evaluations": evaluations,
        }
        sheets.append(sign_sheet(data, Ed25519PrivateKey.generate()))
    return sheets
