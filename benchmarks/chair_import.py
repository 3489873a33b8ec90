"""The chair's import: 50 sheets × 1000 entries imported and shown, against the floor.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/chair_import.py [--entries 1000] [--experts 50] [--repeat 3]

Uses the round and sheets of `benchmarks/merge.py` (signed, with comments, notes, viewing records
and about 1 % recusals) and times, best of `--repeat` runs:
- floor: read every sheet file, decode its JSON and verify its signature;
- import and show: the chair's desk (a real `ChairDesk` window, offscreen) imports the files
  through its background worker into a fresh chair's store — bytes kept in SQLite, every sheet
  merged with `merge_sheets` — and fills every table, the charts and the heat map, until the
  window has painted;
- reopen and show: a new desk over the same store (every stored sheet re-merged), until painted.
Target: import and show ≤ 3 × floor.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_RATIO = 3.0


def main() -> None:
    from merge import benchmark_arguments, best_of, floor, prepare_round_and_sheets

    args = benchmark_arguments(__doc__.splitlines()[0])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.ui.qt import QtCore, QtWidgets

    _app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])  # kept alive for the run
    from app.ui.chair.desk import ChairDesk

    with tempfile.TemporaryDirectory(prefix="sarapshy-bench-chair-") as tmp:
        folder = Path(tmp)
        round_file, paths = prepare_round_and_sheets(folder, args.entries, args.experts)

        # QEventLoop.processEvents: a plain event loop of our own, not the application's static call.
        loop = QtCore.QEventLoop()

        def wait(condition) -> None:
            while not condition():
                loop.processEvents()
                time.sleep(0.001)

        def shown(desk: ChairDesk) -> None:
            """Until every panel holds the snapshot and the window has painted."""
            wait(
                lambda: (
                    desk.snapshot is not None
                    and len(desk.snapshot.sheets) == len(paths)
                    and (desk.operation is None or not desk.operation.is_running())
                )
            )
            for index in range(desk.tabs.count()):  # paint every tab once, as the chair will look at them
                desk.tabs.setCurrentIndex(index)
                desk.repaint()
            loop.processEvents()

        desks: list[ChairDesk] = []

        def drop_desks() -> None:
            """The window holds one round at a time: free the previous run's desk before timing."""
            while desks:
                desk = desks.pop()
                desk.close()
                desk.deleteLater()
            loop.processEvents()
            gc.collect()

        def fresh_store() -> None:
            drop_desks()
            os.environ["SARAPSHY_HOME"] = str(folder / f"home-{time.monotonic_ns()}")

        def import_and_show() -> None:
            desk = ChairDesk(round_file)
            desk.resize(1500, 900)
            desk.show()
            wait(lambda: desk.snapshot is not None)  # the empty store opens first
            desk.import_paths(paths)
            wait(lambda: len(desk.snapshot.sheets) == len(paths))
            shown(desk)
            assert len(desk.snapshot.outcome.accepted) == len(paths), "the import left sheets out"
            assert desk.ranking.model.rowCount() == args.entries
            desks.append(desk)

        def reopen_and_show() -> None:
            desk = ChairDesk(round_file)
            desk.resize(1500, 900)
            desk.show()
            shown(desk)
            desks.append(desk)

        floor_s = best_of(args.repeat, lambda: floor(paths))
        import_s = best_of(args.repeat, import_and_show, before=fresh_store)
        reopen_s = best_of(args.repeat, reopen_and_show, before=drop_desks)
        ratio = import_s / floor_s
        print(f"floor (read + JSON + verify signatures): {floor_s:.3f} s")
        print(
            f"chair's desk: import and show:           {import_s:.3f} s  ratio {ratio:.2f} "
            f"(target ≤ {TARGET_RATIO:.0f}) {'OK' if ratio <= TARGET_RATIO else 'OVER'}"
        )
        print(f"chair's desk: reopen and show:           {reopen_s:.3f} s  ratio {reopen_s / floor_s:.2f}")
        drop_desks()


if __name__ == "__main__":
    main()
