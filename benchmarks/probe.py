"""Probing videos in-process (PyAV headers) against running `ffprobe` once per file, same files,
same run. Also prints the full form -02 measurement (probe + sampled frames + audio balance) and
a cached re-check, for scale.

Run: .venv/bin/python benchmarks/probe.py [FILES]   (default 100)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.media import synth
from app.media.cache import MediaCache
from app.media.compliance import analyse_file, cached_analysis
from app.media.probe import probe

# A mix of shapes, codecs and containers; each is copied until there are FILES files.
VARIANTS = [
    lambda p: synth.write_colour_clip(p, [synth.RED, synth.GREEN], 1.0, (1280, 720)),
    lambda p: synth.write_colour_clip(p, [synth.BLUE], 2.0, (640, 360), audio="mono"),
    lambda p: synth.write_four_three_clip(p, seconds=1.0, size=(960, 720)),
    lambda p: synth.write_mpeg4_clip(p, seconds=1.0, size=(1280, 720)),
    lambda p: synth.write_colour_clip(p, [synth.GREEN], 1.0, (1280, 720), faststart=True),
    lambda p: synth.write_long_clip(p, 16, size=(1280, 720), fps=Fraction(1, 10)),
    lambda p: synth.write_colour_clip(p, [synth.RED], 1.0, (1280, 720), audio_codec="ac3"),
    lambda p: synth.write_letterboxed_clip(p, seconds=1.0, size=(1280, 720)),
]


def make_files(folder: Path, count: int) -> list[Path]:
    originals = []
    for index, write in enumerate(VARIANTS):
        originals.append(write(folder / f"variant{index}.mp4"))
    files = []
    for index in range(count):
        target = folder / f"video{index:03d}.mp4"
        shutil.copy(originals[index % len(originals)], target)
        files.append(target)
    return files


def timed(action, files) -> float:
    start = time.perf_counter()
    for path in files:
        action(path)
    return time.perf_counter() - start


def run_ffprobe(path: Path) -> None:
    subprocess.run(
        ["ffprobe", "-v", "error", "-of", "json", "-show_format", "-show_streams", str(path)],
        check=True,
        capture_output=True,
    )


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = make_files(Path(folder), count)
        for path in files[: len(VARIANTS)]:  # warm the page cache and the imports
            probe(path)
            run_ffprobe(path)
        in_process = timed(probe, files)
        external = timed(run_ffprobe, files)
        full = timed(analyse_file, files)
        cache = MediaCache(Path(folder) / "cache.sqlite")
        timed(lambda p: cached_analysis(p, cache), files)  # fills the cache
        cached = timed(lambda p: cached_analysis(p, cache), files)  # reads it back
    print(f"{count} videos")
    print(f"  probe() in-process (PyAV headers): {in_process:7.3f} s  ({in_process / count * 1000:6.2f} ms/file)")
    print(f"  ffprobe subprocess, one per file:  {external:7.3f} s  ({external / count * 1000:6.2f} ms/file)")
    print(f"  ratio ffprobe / in-process:        {external / in_process:7.1f}x")
    print(
        f"  full form -02 measurement:         {full:7.3f} s  "
        f"({full / count * 1000:6.2f} ms/file: probe + 4 frames + audio balance)"
    )
    print(f"  cached re-check (fingerprint+read):{cached:7.3f} s  ({cached / count * 1000:6.2f} ms/file)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
