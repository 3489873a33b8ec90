"""Opening a round in the expert's window until it is usable: the demo round against a round of
1000 entries and 10,000 videos, measured in the same run (target: big ≤ 1.5 × demo).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/expert_open.py [--repeat 5]

The window reads a round file it has read before from its index (app/models/round_index.py);
the first open of a round file reads it in full and is printed apart.

"Usable" means: the round is loaded, the entry list holds every entry, the remembered entry is
shown in the sheet and the whole window has painted (layouts settled, a synchronous repaint).
"Progress filled" waits in addition for the
list's progress column (computed on the database thread) to be filled for every entry. The expert
was chosen in a warm-up open (as on every day but the first).

Two situations, each round opened `--repeat` times, alternating, medians compared:
- warm: a running window opens the round (File → Open);
- cold: a new process starts and opens it (`sarapshy gui ROUND`), timed from before the start.
The time spent in `load_round_quickly` (reading the file and its index, outside the window) is printed
apart, so the window's own share is visible.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SARAPSHY_TESTING", "1")

BIG_ENTRIES = 1000
VIDEOS_PER_ENTRY = 10


def write_big_round(folder: Path, demo_round: Path) -> Path:
    """1000 entries of 10 videos each; every video is a hard link to one demo clip (a real file)."""
    from app.demo import demo_round_data

    data = demo_round_data()
    data["round_id"] = "5d1f3c2a-7b4e-4c1d-9a8f-2026b1600000"
    template = data["entries"]
    clip = demo_round.parent / template[0]["media"][0]["path"]
    media_folder = folder / "media"
    media_folder.mkdir(parents=True)
    shared = media_folder / "clip.mp4"
    shared.write_bytes(clip.read_bytes())
    entries = []
    for number in range(BIG_ENTRIES):
        base = template[number % len(template)]
        entry_id = f"m{number + 1:04d}"
        folder_of_entry = media_folder / entry_id
        folder_of_entry.mkdir()
        media = []
        for index in range(VIDEOS_PER_ENTRY):
            name = f"v{index + 1}.mp4"
            os.link(shared, folder_of_entry / name)
            media.append(
                {
                    "id": f"v{index + 1}",
                    "kind": "promo" if index == 0 else "lecture",
                    "title": f"Дәріс {index}" if index else "Промо-бейне",
                    "path": f"media/{entry_id}/{name}",
                }
            )
        entries.append({**base, "id": entry_id, "title": f"{base['title']} ({number + 1})", "media": media})
    data["entries"] = entries
    path = folder / "big.round.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


LOAD_SECONDS: list[float] = []


def timed_load_round(path):
    """`load_round_quickly` as the window calls it, timed, so the window's own share is exact."""
    from app.models.round_index import load_round_quickly

    start = time.perf_counter()
    try:
        return load_round_quickly(path)
    finally:
        LOAD_SECONDS.append(time.perf_counter() - start)


def open_until_usable(app, window, path: Path) -> tuple[float, float, float]:
    """Seconds until usable, until the progress column is filled, and spent in load_round."""
    from app.ui.qt import QtCore

    page = window.page("expert")
    LOAD_SECONDS.clear()
    start = time.perf_counter()
    assert window.open_round(path), window.round_error
    assert page.current_entry_id is not None and page.sheet.isEnabled() and page.entry_model.rowCount()
    # Settle the layouts and paint everything now; timers (the progress column's work) come after.
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)
    window.repaint()
    usable = time.perf_counter() - start
    model = page.entry_model
    ids = model.entry_ids()
    while model.progress(ids[0]) is None or model.progress(ids[-1]) is None:
        app.processEvents()
    window.repaint()
    return usable, time.perf_counter() - start, sum(LOAD_SECONDS)


COLD_START = """
import sys, time
t0 = float(sys.argv[2])
sys.path.insert(0, sys.argv[3])
import expert_open
import app.ui.main_window as main_window
main_window.load_round_quickly = expert_open.timed_load_round
from app.ui.application import make_application
app = make_application()
window = main_window.MainWindow("expert")
window.show()
opened_at = time.time()
usable, filled, load = expert_open.open_until_usable(app, window, sys.argv[1])
print(opened_at - t0 + usable, opened_at - t0 + filled, load, flush=True)
window.close()
"""


def cold_open(path: Path) -> tuple[float, float, float]:
    start = time.time()
    run = subprocess.run(
        [sys.executable, "-c", COLD_START, str(path), repr(start), str(ROOT / "benchmarks")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    if run.returncode != 0 or not run.stdout.strip():
        raise SystemExit(f"cold start failed: {run.stderr[-2000:]}")
    usable, filled, load = map(float, run.stdout.split()[:3])
    return usable, filled, load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="expert-open-") as tmp:
        tmp_path = Path(tmp)
        os.environ["SARAPSHY_HOME"] = str(tmp_path / "home")
        from app.demo import write_demo_round
        from app.ui.application import make_application
        from app.ui.main_window import MainWindow

        demo = write_demo_round(tmp_path / "demo")
        big = write_big_round(tmp_path / "big", demo)
        app = make_application()
        window = MainWindow("expert")
        window.resize(1500, 920)
        window.show()
        app.processEvents()
        page = window.page("expert")
        first: dict[str, float] = {}
        for name, path in (("demo", demo), ("big", big)):  # warm-up: the working database, the expert
            start = time.perf_counter()  # chooses themself, the round's index
            window.open_round(path)
            first[name] = time.perf_counter() - start
            page.choose_expert("e1")
            app.processEvents()

        import app.ui.main_window as main_window

        main_window.load_round_quickly = timed_load_round
        warm: dict[str, list[tuple[float, float, float]]] = {"demo": [], "big": []}
        cold: dict[str, list[tuple[float, float, float]]] = {"demo": [], "big": []}
        for _ in range(args.repeat):
            for name, path in (("demo", demo), ("big", big)):
                window.set_round(None)
                app.processEvents()
                warm[name].append(open_until_usable(app, window, path))
        window.close()
        app.processEvents()
        for _ in range(args.repeat):
            for name, path in (("demo", demo), ("big", big)):
                cold[name].append(cold_open(path))

    print(
        f"first open of a round file never read before (read in full, its index written): demo "
        f"{first['demo'] * 1000:.1f} ms, big {first['big'] * 1000:.1f} ms (once per round file)"
    )
    print(
        f"open until usable, medians of {args.repeat} (same run); 'window' = the same minus the time "
        f"spent in load_round_quickly during that open"
    )
    for label, results in (
        ("warm (File → Open in a running window)", warm),
        ("cold (new process: sarapshy gui ROUND)", cold),
    ):
        print(f"  {label}:")
        median = {name: [statistics.median(r[i] for r in results[name]) for i in range(3)] for name in results}
        own = {name: [statistics.median(r[i] - r[2] for r in results[name]) for i in range(2)] for name in results}
        print(f"    load_round_quickly demo {median['demo'][2] * 1000:7.1f} ms   big {median['big'][2] * 1000:7.1f} ms")
        for index, what in ((0, "usable"), (1, "progress filled")):
            demo_s, big_s = median["demo"][index], median["big"][index]
            ratio = big_s / demo_s
            print(
                f"    {what:16} demo {demo_s * 1000:7.1f} ms   big {big_s * 1000:7.1f} ms   ratio {ratio:5.2f} "
                f"({'OK' if ratio <= 1.5 else 'OVER'} ≤ 1.5)"
            )
            own_ratio = own["big"][index] / own["demo"][index]
            print(
                f"    {what + ', window':16} demo {own['demo'][index] * 1000:7.1f} ms   big "
                f"{own['big'][index] * 1000:7.1f} ms   ratio {own_ratio:5.2f} "
                f"({'OK' if own_ratio <= 1.5 else 'OVER'} ≤ 1.5)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
