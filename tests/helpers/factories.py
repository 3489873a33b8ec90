"""Small, valid round and sheet documents for tests (as plain dicts, ready to be edited)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from app.demo import demo_round_data

ROUND_ID = "6f1c2f1e-8f0a-4d36-9a57-2d7e0e8c1a10"


def round_data(entries: int = 3, experts: int = 3) -> dict:
    return copy.deepcopy(
        {
            "format": "sarapshy-round/1",
            "round_id": ROUND_ID,
            "title": {
                "kk": "«АТУ» АҚ-ның үздік жаппай ашық онлайн курсы – 2026",
                "ru": "Лучший массовый открытый онлайн-курс АО «АТУ» – 2026",
            },
            "organization": {"kk": "«Алматы технологиялық университеті» АҚ"},
            "stage": "university",
            "year": 2026,
            "commission": {
                "chair": {"name": "Сәрсенбаева Әйгерім", "position": "төраға"},
                "secretary": {"name": "Құрманғали Ұлжан"},
                "experts": [{"id": f"e{i}", "name": f"Сарапшы {i} Өмірзақ"} for i in range(1, experts + 1)],
            },
            "entries": [
                {
                    "id": f"m{i:02d}",
                    "title": f"Курс {i}: Қазақ тілі және ғылым",
                    "authors": [{"name": f"Автор {i}"}],
                    "media": [{"id": "v1", "kind": "promo", "path": f"media/m{i:02d}/promo.mp4"}],
                }
                for i in range(1, entries + 1)
            ],
        }
    )


def write_round(folder: Path, data: dict | None = None, name: str = "test.round.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data or round_data(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def sheet_data(round_file, expert_id: str = "e1", score: int = 7, revision: int = 1) -> dict:
    """An unsigned sheet scoring every entry of the round with `score` on every criterion."""
    rnd = round_file.round
    return {
        "format": "sarapshy-sheet/1",
        "round_id": rnd.round_id,
        "round_sha256": round_file.sha256,
        "expert_id": expert_id,
        "expert_name": rnd.expert(expert_id).name if rnd.expert(expert_id) else "?",
        "revision": revision,
        "finalized_at": "2026-12-17T15:04:05+05:00",
        "app_version": "test",
        "evaluations": [
            {"entry_id": e.id, "scores": {c.id: score for c in rnd.criteria}, "comment": "Жақсы курс"}
            for e in rnd.entries
        ],
    }


def round_without_media(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.round.json"
    path.write_text(json.dumps(demo_round_data(), ensure_ascii=False), encoding="utf-8")
    return path
