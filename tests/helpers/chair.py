"""Rounds and signed sheets for the chair's tests: a small or realistic round, sheets signed by each expert,
tampered copies, a store ready for the protocol."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.models.round import load_round
from app.models.sheet_build import build_signed_sheet
from tests.helpers.factories import round_data, write_round

CRITERIA = 7


def scores_for_total(total: int, criteria: int = CRITERIA) -> dict[str, int]:
    """Criterion scores 1..10 adding up to `total` (spread as evenly as possible)."""
    assert criteria <= total <= 10 * criteria
    base, extra = divmod(total, criteria)
    return {f"c{i}": base + (1 if i <= extra else 0) for i in range(1, criteria + 1)}


def make_round(
    folder: Path,
    entries: int = 4,
    experts: int = 3,
    stage: str = "university",
    places: int = 3,
    media: bool = False,
    departments: bool = True,
    customise: Callable[[dict], None] | None = None,
):
    data = round_data(entries=entries, experts=experts)
    data["stage"] = stage
    data["aggregation"] = {"method": "sum", "places": places}
    for i, entry in enumerate(data["entries"], start=1):
        if departments:
            entry["department"] = f"Кафедра {1 + i % 3}"
            entry["faculty"] = "Ақпараттық технологиялар факультеті"
        if not media:
            entry["media"] = []
    if customise:
        customise(data)
    path = write_round(folder, data)
    if media:
        for entry in data["entries"]:
            for item in entry["media"]:
                target = folder / item["path"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(f"video of {entry['id']}".encode())
    return load_round(path)


def signed_sheet(
    round_file, expert_id: str, totals: dict[str, int], recused: dict[str, str] | None = None, revision: int = 1
) -> dict:
    """A signed sheet giving each entry the total in `totals`; entries in `recused` are recused."""
    recused = recused or {}
    evaluations = []
    for entry in round_file.round.entries:
        if entry.id in recused:
            evaluations.append({"entry_id": entry.id, "recused": True, "recusal_reason": recused[entry.id]})
        else:
            evaluations.append({"entry_id": entry.id, "scores": scores_for_total(totals[entry.id]), "comment": "Жақсы"})
    return build_signed_sheet(round_file, expert_id, evaluations, revision)


def make_ready(store, number: str = "1") -> None:
    """Meet the protocol's readiness items other than ties: a number, every accepted sheet compared
    with paper, every member without a sheet recorded as not submitted."""
    store.set_protocol_number(number)
    snapshot = store.snapshot()
    for row in snapshot.sheets:
        if row.accepted and not row.paper_checked:
            store.set_paper_checked(row, True)
    for expert_id in snapshot.experts_without_sheet():
        store.set_not_submitted(expert_id, True)


def sheet_bytes(data: dict, indent: int | None = 1) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=indent).encode("utf-8")


def write_sheet(folder: Path, name: str, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(sheet_bytes(data))
    return path


def tampered(data: dict) -> dict:
    """The same signed sheet with one score changed after signing."""
    copy = json.loads(json.dumps(data))
    ev = next(e for e in copy["evaluations"] if e.get("scores"))
    ev["scores"]["c1"] = 10 if ev["scores"]["c1"] != 10 else 9
    return copy


EXPERT_NAMES = [
    "Жұмабаева Гүлнар Серікқызы",
    "Оспанов Ерлан Болатұлы",
    "Смағұлова Айгүл Маратқызы",
    "Ким Виктор Андреевич",
    "Тоқтарова Динара Әбілқызы",
    "Нұрланов Асхат Қайратұлы",
    "Бекмұхамедова Жанар Ержанқызы",
]


COURSES = [
    ("Python тілінде бағдарламалау негіздері", "Ақпараттық жүйелер"),
    ("Деректер қорын жобалау", "Ақпараттық жүйелер"),
    ("Машиналық оқытуға кіріспе", "Ақпараттық жүйелер"),
    ("Тағам өнімдерінің микробиологиясы", "Тамақ өнімдерінің технологиясы"),
    ("Қазақ тілі: кәсіби қарым-қатынас", "Қазақ тілі және әдебиеті"),
    ("Жоғары математика: дифференциалдық теңдеулер", "Математика"),
    ("Сүт өнімдерінің технологиясы", "Тамақ өнімдерінің технологиясы"),
    ("Экономикалық теория негіздері", "Экономика"),
    ("Ақпараттық қауіпсіздік", "Ақпараттық жүйелер"),
    ("Веб-әзірлеу: HTML, CSS және JavaScript", "Ақпараттық жүйелер"),
]


def _realistic_names(data: dict) -> None:
    for expert, name in zip(data["commission"]["experts"], EXPERT_NAMES, strict=True):
        expert["name"] = name
    for entry, (title, department) in zip(data["entries"], COURSES, strict=True):
        entry["title"] = title
        entry["department"] = department


def realistic_round(folder: Path, stage: str = "department"):
    """10 entries, 7 experts, one recusal, a tie on third place, an outlying total: the screenshots' data.

    Returns the round and the sheet files written under `folder / "sheets"`.
    """
    round_file = make_round(folder, entries=10, experts=7, stage=stage, places=3, customise=_realistic_names)
    base = {f"m{i:02d}": t for i, t in enumerate([61, 55, 55, 48, 44, 40, 52, 36, 30, 58], start=1)}
    offsets = [0, 2, -2, 1, -1, 3, -3]  # per expert; the sums cancel for each entry
    paths = []
    for j, expert in enumerate(round_file.round.commission.experts):
        totals = {e: max(7, min(70, t + offsets[j] * (1 if int(e[1:]) % 2 else -1))) for e, t in base.items()}
        recused = {"m05": "Курс авторымен бір кафедрада жұмыс істеймін"} if expert.id == "e3" else None
        if expert.id == "e5":
            totals["m09"] = 52  # an outlying total
        paths.append(
            write_sheet(
                folder / "sheets", f"{expert.id}.sheet.json", signed_sheet(round_file, expert.id, totals, recused)
            )
        )
    return round_file, paths
