"""Timings of the expert workspace calls the window makes per change, on a large round.

Run: .venv/bin/python benchmarks/bench_workspace.py [ENTRIES]
Prints the median time per call; the window should stay well under 10 ms per change.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(entries: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        import os

        os.environ["SARAPSHY_HOME"] = home
        from app.models.round import load_round
        from app.models.workspace import Workspace

        data = {
            "format": "sarapshy-round/1",
            "round_id": str(uuid.uuid4()),
            "title": "Бенчмарк",
            "stage": "university",
            "commission": {"chair": {"name": "Төраға"}, "experts": [{"id": "e1", "name": "Сарапшы Бір"}]},
            "entries": [
                {
                    "id": f"m{i:03d}",
                    "title": f"Курс {i}",
                    "authors": [{"name": "Автор"}],
                    "media": [
                        {"id": "v1", "kind": "promo", "url": "https://example.org/v.mp4"},
                        {"id": "v2", "kind": "lecture", "url": "https://example.org/l.mp4"},
                    ],
                }
                for i in range(entries)
            ],
        }
        path = Path(home) / "bench.round.json"
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        ws = Workspace(load_round(path))
        ws.choose_expert("e1")
        ids = [e["id"] for e in data["entries"]]
        for n, entry_id in enumerate(ids):
            for c in ws.round.criteria[: 3 + n % 5]:
                ws.set_score(entry_id, c.id, 7)
            ws.add_note(entry_id, "v1", 12.5, "ескерту")
            ws.record_played(entry_id, "v1", 0.0, 30.0)

        def timed(label: str, call, repeat: int = 200) -> None:
            samples = []
            for i in range(repeat):
                start = time.perf_counter()
                call(i)
                samples.append(time.perf_counter() - start)
            print(f"{label:<42} median {statistics.median(samples) * 1000:7.2f} ms   max {max(samples) * 1000:7.2f} ms")

        print(f"round of {entries} entries, 7 criteria, expert database in {home}")
        timed("set_score (one committed transaction)", lambda i: ws.set_score(ids[i % entries], "c1", 1 + i % 10))
        timed("set_comment", lambda i: ws.set_comment(ids[i % entries], f"пікір {i}"))
        timed("record_played (merge intervals)", lambda i: ws.record_played(ids[0], "v2", i * 2.0, i * 2.0 + 3.0))
        timed("set_position", lambda i: ws.set_position(ids[0], "v1", float(i)))
        timed("progress(entry)", lambda i: ws.progress(ids[i % entries]))
        timed("all_progress()", lambda i: ws.all_progress(), repeat=30)
        timed("all_viewing()", lambda i: ws.all_viewing(), repeat=30)
        timed("missing_items()", lambda i: ws.missing_items(), repeat=30)
        ws.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
