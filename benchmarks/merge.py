"""Merge speed: 1000 entries × 50 experts, against the floor of reading and verifying the files.

Run: .venv/bin/python benchmarks/merge.py [--entries 1000] [--experts 50] [--repeat 3]

Writes a round and one signed sheet per expert (scores, a comment, a note and a viewing record
per entry, about 1 % recusals) to a temporary folder, then times, best of `--repeat` runs:
- floor: read every sheet file, decode its JSON and verify its signature;
- merge: `merge_files` (read, parse, validate against the round, verify, classify, compute every
  statistic) and the results document serialised to JSON text;
- chair import: the same files imported into a fresh chair's store (`ChairStore.import_paths`),
  which keeps the bytes in SQLite and merges them.
Target: merge ≤ 3 × floor. The round is loaded once, outside every timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_RATIO = 3.0


def write_round(folder: Path, entries: int, experts: int) -> Path:
    data = {
        "format": "sarapshy-round/1",
        "round_id": str(uuid.uuid4()),
        "title": {"kk": "Бенчмарк: үздік ЖАОК", "ru": "Бенчмарк: лучший МООК"},
        "stage": "university",
        "commission": {
            "chair": {"name": "Төраға Әйгерім"},
            "experts": [{"id": f"e{j:02d}", "name": f"Сарапшы {j} Өмірзақұлы"} for j in range(experts)],
        },
        "entries": [
            {
                "id": f"m{i:04d}",
                "title": f"Курс {i}: ақпараттық технологиялар",
                "authors": [{"name": f"Автор {i}"}],
                "media": [
                    {"id": "v1", "kind": "promo", "url": "https://example.org/promo.mp4"},
                    {"id": "v2", "kind": "lecture", "url": "https://example.org/lecture.mp4"},
                ],
            }
            for i in range(entries)
        ],
    }
    path = folder / "bench.round.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return path


def write_sheets(folder: Path, round_file, seed: int = 7) -> list[Path]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.models.signing import sign_sheet

    rnd = round_file.round
    rng = random.Random(seed)
    quality = {e.id: rng.uniform(3.0, 9.5) for e in rnd.entries}
    paths = []
    for expert in rnd.commission.experts:
        bias = rng.uniform(-1.0, 1.0)
        evaluations = []
        for entry in rnd.entries:
            if rng.random() < 0.01:
                evaluations.append({"entry_id": entry.id, "recused": True, "recusal_reason": "бірлескен автор"})
                continue
            scores = {
                c.id: max(c.min, min(c.max, round(quality[entry.id] + bias + rng.gauss(0, 1.2)))) for c in rnd.criteria
            }
            evaluations.append(
                {
                    "entry_id": entry.id,
                    "scores": scores,
                    "comment": "Курс мазмұнды, бейнедәрістер сапалы, тест тапсырмалары жеткілікті.",
                    "notes": [{"media_id": "v2", "at_s": round(rng.uniform(0, 900), 1), "text": "дыбыс деңгейі төмен"}],
                    "viewing": [
                        {"media_id": "v1", "watched_s": 95.0, "duration_s": 100.0},
                        {"media_id": "v2", "watched_s": 780.5, "duration_s": 840.0},
                    ],
                }
            )
        sheet = {
            "format": "sarapshy-sheet/1",
            "round_id": rnd.round_id,
            "round_sha256": round_file.sha256,
            "expert_id": expert.id,
            "expert_name": expert.name,
            "revision": 1,
            "finalized_at": "2026-12-17T15:04:05+05:00",
            "app_version": "bench",
            "evaluations": evaluations,
        }
        path = folder / f"{expert.id}.sheet.json"
        path.write_text(
            json.dumps(sign_sheet(sheet, Ed25519PrivateKey.generate()), ensure_ascii=False, indent=2), "utf-8"
        )
        paths.append(path)
    return paths


def floor(paths: list[Path]) -> None:
    from app.models.signing import verify_sheet_signature

    for path in paths:
        if not verify_sheet_signature(json.loads(path.read_bytes())).ok:
            raise SystemExit(f"{path}: signature check failed in the floor run")


def merge(round_file, paths: list[Path]) -> None:
    from app.models.merge import merge_files
    from app.models.results_json import results_to_json

    outcome = merge_files(round_file, paths)
    if outcome.left_out or len(outcome.accepted) != len(paths):
        raise SystemExit(f"merge left sheets out: {[s.reason for s in outcome.left_out][:3]}")
    json.dumps(results_to_json(outcome), ensure_ascii=False)


def chair_import(round_file, paths: list[Path]) -> None:
    """Hook for the chair's store (issue 4): import every sheet into a fresh store and merge.
    Extend here if importing grows more steps (e.g. building the window's table models)."""
    from app.models.chair import ChairStore

    outcome = ChairStore(round_file).import_paths(paths)
    if len(outcome.snapshot.outcome.accepted) != len(paths):
        raise SystemExit("the chair's import left sheets out")


def best_of(repeat: int, run: Callable[[], None], before: Callable[[], None] = lambda: None) -> float:
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def benchmark_arguments(description: str) -> argparse.Namespace:
    """--entries, --experts, --repeat: shared by the benchmarks built on these sheets."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--experts", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    return parser.parse_args()


def prepare_round_and_sheets(folder: Path, entries: int, experts: int):
    """A private data folder, the round and the experts' signed sheets in `folder`; prints their size."""
    os.environ["SARAPSHY_HOME"] = str(folder / "home")
    from app.models.round import load_round

    round_file = load_round(write_round(folder, entries, experts))
    start = time.perf_counter()
    paths = write_sheets(folder, round_file)
    size = sum(p.stat().st_size for p in paths)
    print(
        f"generated {len(paths)} signed sheets × {entries} entries ({size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - start:.1f} s"
    )
    return round_file, paths


def main() -> None:
    args = benchmark_arguments(__doc__.splitlines()[0])
    with tempfile.TemporaryDirectory(prefix="sarapshy-bench-merge-") as tmp:
        folder = Path(tmp)
        round_file, paths = prepare_round_and_sheets(folder, args.entries, args.experts)

        floor_s = best_of(args.repeat, lambda: floor(paths))
        merge_s = best_of(args.repeat, lambda: merge(round_file, paths))
        print(f"floor (read + JSON + verify signatures): {floor_s:.3f} s")
        print(
            f"merge to results JSON:                   {merge_s:.3f} s  ratio {merge_s / floor_s:.2f} "
            f"(target ≤ {TARGET_RATIO:.0f}) {'OK' if merge_s <= TARGET_RATIO * floor_s else 'OVER'}"
        )

        def fresh_store() -> None:
            home = folder / f"home-{time.monotonic_ns()}"
            os.environ["SARAPSHY_HOME"] = str(home)

        chair_s = best_of(args.repeat, lambda: chair_import(round_file, paths), before=fresh_store)
        print(f"chair's store import (fresh store):      {chair_s:.3f} s  ratio {chair_s / floor_s:.2f}")


if __name__ == "__main__":
    main()
