"""The Linux bundle's numpy (built from source for size, installer/lean_numpy.py) against numpy's
wheel, on the program's own numpy work.

Run: .venv/bin/python benchmarks/lean_numpy.py [--repeat 3]

Builds the lean numpy first when the build cache lacks it (about 4 minutes). Then times, best of
`--repeat`, in a child Python for each numpy (the wheel's is the floor, measured in the same run):
- demo: the demo round written (18 clips synthesised with numpy and encoded by FFmpeg);
- analysis: the audio balance and the black-bars check of a 60 s 640×360 stereo clip;
- merge: 300 entries × 15 experts merged (every statistic) and the results serialised.
Prints each time and the ratio lean / wheel. Target: ≤ 1.5 × on each.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5
CHILD = r"""
import json, sys, tempfile, time
from pathlib import Path
sys.path[:0] = [sys.argv[1], str(Path(sys.argv[1]) / "benchmarks")]
repeat = int(sys.argv[2])
import numpy
from app import demo
from app.media import analysis, synth
import merge as bench_merge

def best(run):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)

with tempfile.TemporaryDirectory() as folder:
    folder = Path(folder)
    times = {"numpy": numpy.__file__}
    times["demo"] = best(lambda: demo.write_demo_round(folder / f"demo-{time.perf_counter_ns()}"))
    clip = synth.write_colour_clip(folder / "long.mp4", [synth.RED, synth.GREEN], 30.0, (640, 360), 25)
    times["analysis"] = best(lambda: (analysis.measure_balance(clip, 60.0), analysis.measure_bars(clip, 60.0)))
    round_file, paths = bench_merge.prepare_round_and_sheets(folder, 300, 15)
    times["merge"] = best(lambda: bench_merge.merge(round_file, paths))
print(json.dumps(times))
"""


def timings(lean: Path | None, repeat: int) -> dict[str, float | str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if lean is not None:
        env["PYTHONPATH"] = str(lean)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(repeat)], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"the timed run failed:\n{done.stderr[-3000:]}")
    result: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from build_installer import load_installer_module

    lean = load_installer_module("lean_numpy").lean_numpy(importlib.metadata.version("numpy"))
    if lean is None:
        raise SystemExit("the lean numpy could not be built here (see above)")
    wheel, built = timings(None, args.repeat), timings(lean, args.repeat)
    print(f"wheel numpy: {wheel['numpy']}\nlean numpy:  {built['numpy']}")
    worst = 0.0
    for name in ("demo", "analysis", "merge"):
        floor, value = float(wheel[name]), float(built[name])
        worst = max(worst, value / floor)
        print(f"{name:9} wheel {floor:7.3f} s   lean {value:7.3f} s   ratio {value / floor:4.2f}")
    print(f"worst ratio {worst:.2f} (target ≤ {TARGET_RATIO})")


if __name__ == "__main__":
    main()
