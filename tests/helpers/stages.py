"""Stage packages, departments, sheets and decisions for the next-stage tests."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from app.cli import main
from tests.helpers.cli import fill
from tests.helpers.factories import round_data, write_round


def _package(tmp_path: Path, name: str, titles: list[str], scores: list[int], capsys, **decided) -> Path:
    round_path = _department(tmp_path / f"dept-{name}", f"{name} кафедрасы", "Факультет", titles)
    ids = [f"m{i:02d}" for i in range(1, len(titles) + 1)]
    sheets = _sheets(
        round_path, {x: dict(zip(ids, scores, strict=True)) for x in ("e1", "e2", "e3")}, tmp_path / f"sheets-{name}"
    )
    out = tmp_path / f"pkg-{name}"
    assert (
        main(
            [
                "next-stage",
                str(round_path),
                *map(str, sheets),
                "--out",
                str(out),
                "--decisions",
                str(_decisions(tmp_path, name, **decided)),
            ]
        )
        == 0
    )
    capsys.readouterr()
    return out


def _department(folder: Path, name: str, faculty: str, titles: list[str]) -> Path:
    data = round_data(entries=len(titles), experts=3)
    data["round_id"] = str(uuid.uuid4())
    data["stage"] = "department"
    data["meeting"] = {"date": "2026-11-20", "place": "Алматы"}
    for entry, title in zip(data["entries"], titles, strict=True):
        entry["title"] = title
        entry["department"] = name
        entry["faculty"] = faculty
        entry["authors"] = [{"name": f"{title} авторы"}]
        entry["link"] = f"https://mooc.example.kz/{uuid.uuid4().hex[:8]}"
    path = write_round(folder, data)
    for entry in data["entries"]:  # the promo video, so that media are copied along
        video = folder / entry["media"][0]["path"]
        video.parent.mkdir(parents=True, exist_ok=True)
        video.write_bytes(b"video of " + entry["id"].encode())
    return path


def _decisions(folder: Path, number: str, **more) -> Path:
    path = folder / f"decisions-{number}.json"
    path.write_text(
        json.dumps({"format": "sarapshy-decisions/1", "protocol_number": number, **more}, ensure_ascii=False),
        encoding="utf-8",
    )
    return path


def _sheets(round_path: Path, scores: dict[str, dict[str, int]], tmp: Path) -> list[Path]:
    """scores: expert → entry → the score on every criterion."""
    tmp.mkdir(parents=True, exist_ok=True)
    return [
        fill(round_path, expert, {e: [s] * 7 for e, s in by_entry.items()}, tmp) for expert, by_entry in scores.items()
    ]
