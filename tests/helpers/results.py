"""Rounds and sheet dicts for the results' tests, with recusals."""

from __future__ import annotations

import json

from app.models.round import RoundFile, parse_round
from tests.helpers.factories import round_data

RECUSED = None


def make_round(
    entries: int,
    experts: int,
    *,
    criteria: list[dict] | None = None,
    places: int = 3,
    pins: dict[str, str] | None = None,
) -> RoundFile:
    """A round with `entries` entries m01.. and `experts` experts e1..; one criterion 1–100 unless given."""
    data = round_data(entries=entries, experts=experts)
    data["criteria"] = criteria or [{"id": "c1", "title": "Жалпы балл", "min": 1, "max": 100}]
    data["aggregation"] = {"method": "sum", "places": places}
    for expert in data["commission"]["experts"]:
        if pins and expert["id"] in pins:
            expert["public_key"] = pins[expert["id"]]
    return parse_round(json.dumps(data, ensure_ascii=False).encode(), "test.round.json")


def sheet_dict(
    round_file: RoundFile, expert_id: str, scores: dict[str, dict[str, int] | int | None], revision: int = 1
) -> dict:
    """An unsigned sheet: per entry a {criterion: score} dict, an int (the one criterion c1) or
    RECUSED."""
    evaluations = []
    for entry_id, entry_scores in scores.items():
        if entry_scores is RECUSED:
            evaluations.append({"entry_id": entry_id, "recused": True, "recusal_reason": "менің курсым"})
        else:
            evaluations.append(
                {
                    "entry_id": entry_id,
                    "scores": entry_scores if isinstance(entry_scores, dict) else {"c1": entry_scores},
                    "comment": "Жақсы",
                }
            )
    return {
        "format": "sarapshy-sheet/1",
        "round_id": round_file.round.round_id,
        "round_sha256": round_file.sha256,
        "expert_id": expert_id,
        "expert_name": round_file.round.expert(expert_id).name,
        "revision": revision,
        "finalized_at": "2026-12-17T15:04:05+05:00",
        "app_version": "test",
        "evaluations": evaluations,
    }
