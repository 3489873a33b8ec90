"""The expert's player for an evening: a 60-minute 1080p lecture at 2× with seeks and speed changes,
then 200 switches between courses, in the real expert page. Prints memory (RSS), open file
descriptors and threads at the start and the end with their growth (RSS also after glibc's
malloc_trim, which tells memory still held from freed heap not yet returned), and the frame freezes seen
(frames stopped advancing for a second while the player said it was playing).

    .venv/bin/python benchmarks/player_soak.py                      # offscreen, QtMultimedia engine
    QT_QPA_PLATFORM=xcb SARAPSHY_PLAYER=vlc xvfb-run -a .venv/bin/python benchmarks/player_soak.py
    options: --play-seconds 120 (wall time of the playing part) --switches 200 --minutes 60 --keep DIR

The lecture is made quickly: 60 s are encoded once (H.264, low bitrate, a moving picture so that
every frame differs) and copied packet by packet, without re-encoding, into a file of --minutes.
The seeks land all over the hour, so a few minutes of wall time reach every part of it. Video only:
the benchmark runs with SARAPSHY_TESTING=1 (no sound device), like the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SARAPSHY_TESTING", "1")

WIDTH, HEIGHT, FPS = 1920, 1080, 25
PIECE_S = 60
SPEEDS = (2.0, 1.5, 2.0, 1.75, 2.0, 1.25)
FREEZE_S = 1.0  # no new frame for this long while playing is a freeze
SETTLE_S = 1.5  # after a seek, a speed change or a switch the engine may pause to refill


# --- the lecture ---------------------------------------------------------------------------------
def encode_piece(path: Path, seconds: int = PIECE_S) -> None:
    import av
    import numpy as np

    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.options = {"preset": "ultrafast", "crf": "35", "g": str(2 * FPS), "tune": "zerolatency"}
        luma = np.tile(np.linspace(16, 235, WIDTH, dtype=np.uint8), (HEIGHT, 1))
        chroma = np.full((HEIGHT // 2, WIDTH), 128, dtype=np.uint8)
        for n in range(seconds * FPS):
            y = np.roll(luma, n * 16, axis=1)
            y[(n * 8) % HEIGHT : (n * 8) % HEIGHT + 40, :] = 235  # a bar running down the picture
            frame = av.VideoFrame.from_ndarray(np.vstack([y, chroma]), format="yuv420p")
            frame.pts = n
            frame.time_base = Fraction(1, FPS)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


def loop_concatenate(piece: Path, target: Path, minutes: int) -> None:
    """`piece` repeated to `minutes`, packets copied with shifted timestamps (no re-encoding)."""
    import av

    with av.open(str(piece)) as first:
        source = first.streams.video[0]
        length = source.duration or int(PIECE_S / source.time_base)
    with av.open(str(target), "w") as out:
        with av.open(str(piece)) as probe:
            stream = out.add_stream_from_template(probe.streams.video[0])
        for loop in range(max(1, round(minutes * 60 / PIECE_S))):
            with av.open(str(piece)) as inp:
                video = inp.streams.video[0]
                for packet in inp.demux(video):
                    if packet.dts is None:
                        continue
                    packet.pts += loop * length
                    packet.dts += loop * length
                    packet.stream = stream
                    out.mux(packet)


def make_round(folder: Path, lecture: Path, entries: int) -> Path:
    from tests.helpers.factories import round_data, write_round

    data = round_data(entries=entries, experts=1)
    for entry in data["entries"]:
        entry["media"] = [{"id": "v1", "kind": "lecture", "title": "60 min", "path": f"media/{lecture.name}"}]
    path = write_round(folder, data)
    (folder / "media").mkdir(exist_ok=True)
    final = folder / "media" / lecture.name
    if not final.exists():
        os.replace(lecture, final)
    return path


# --- what the process holds ----------------------------------------------------------------------
def resources() -> dict[str, float]:
    status = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            status[key] = value.strip()
        fds = len(os.listdir("/proc/self/fd"))
    except OSError:  # not Linux: the peak RSS only
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {"rss_mb": peak, "trimmed_mb": peak, "fds": -1, "threads": -1}
    rss = int(status["VmRSS"].split()[0]) / 1024
    return {"rss_mb": rss, "trimmed_mb": _rss_after_trim(rss), "fds": fds, "threads": int(status["Threads"])}


def _rss_after_trim(rss: float) -> float:
    """RSS once glibc has handed its free heap pages back: growth that remains is memory held."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss


class FrameCounter:
    """Frames the engine has shown: QVideoSink frames (QtMultimedia) or libvlc's displayed pictures."""

    def __init__(self, backend) -> None:
        self.backend = backend
        self.count = 0
        sink = getattr(backend, "_sink", None)
        if sink is not None:
            sink.videoFrameChanged.connect(self._frame)

    def _frame(self, frame) -> None:
        if frame.isValid():
            self.count += 1

    def frames(self) -> int:
        player = getattr(self.backend, "_player", None)
        if getattr(self.backend, "_sink", None) is None and player is not None:  # libvlc
            import vlc

            media = player.get_media()
            stats = vlc.MediaStats()
            if media is not None and media.get_stats(stats):
                return self.count + stats.displayed_pictures
        return self.count


# --- the evening ---------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=60, help="length of the lecture (default 60)")
    parser.add_argument("--play-seconds", type=float, default=120.0, help="wall time of the playing part")
    parser.add_argument("--switches", type=int, default=200, help="course switches (default 200)")
    parser.add_argument("--seek-every", type=float, default=4.0, help="seconds between random seeks")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the generated round in")
    args = parser.parse_args()

    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.player import PlaybackState

    folder = args.keep or Path(tempfile.mkdtemp(prefix="sarapshy-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SARAPSHY_HOME", str(folder / "home"))
    lecture = folder / f"lecture-{args.minutes}min.mp4"
    round_path = folder / "test.round.json"
    started = time.perf_counter()
    if not (folder / "media" / lecture.name).exists():
        piece = folder / "piece.mp4"
        encode_piece(piece)
        encoded = time.perf_counter() - started
        loop_concatenate(piece, lecture, args.minutes)
        piece.unlink()
        print(
            f"lecture: {args.minutes} min {WIDTH}x{HEIGHT} H.264, 60 s encoded in {encoded:.1f} s, "
            f"looped in {time.perf_counter() - started - encoded:.1f} s, "
            f"{lecture.stat().st_size / 1e6:.1f} MB"
        )
    round_path = make_round(folder, lecture, entries=4)

    app = make_application()
    window = MainWindow("expert")
    window.resize(1500, 900)
    window.show()
    if not window.open_round(round_path):
        print("the round did not open", file=sys.stderr)
        return 2
    page = window.page("expert")
    if page.stack.currentIndex() == 1:
        page.choose_expert("e1")
    player = page.player.player
    if player is None or player.backend is None:
        print("no player engine can run here", file=sys.stderr)
        return 2
    engine = player.backend_name()
    entry_ids = page.round_file.entry_ids()

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    def wait_for(condition, timeout: float) -> bool:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            app.processEvents()
            if condition():
                return True
            time.sleep(0.005)
        return False

    counter = FrameCounter(player.backend)
    player.play()
    wait_for(lambda: player.state() == PlaybackState.PLAYING and counter.frames() > 0, 20)
    pump(2.0)
    start = resources()
    rng = random.Random(13)
    duration_ms = args.minutes * 60_000
    freezes, longest, seeks, speed_changes = 0, 0.0, 0, 0
    last_frames, last_change = counter.frames(), time.perf_counter()
    perturbed = time.perf_counter()
    next_seek = time.perf_counter() + args.seek_every
    next_speed = time.perf_counter() + args.seek_every * 1.7
    frozen = False
    reached = 0
    play_end = time.perf_counter() + args.play_seconds
    player.controls.set_speed(2.0)
    while time.perf_counter() < play_end:
        pump(0.1)
        now = time.perf_counter()
        frames = counter.frames()
        if frames != last_frames or player.state() != PlaybackState.PLAYING or now - perturbed < SETTLE_S:
            if frozen:
                longest = max(longest, now - last_change)
            frozen = False
            last_frames, last_change = frames, now
        elif now - last_change >= FREEZE_S and not frozen:
            frozen = True
            freezes += 1
            print(f"  freeze at {player.current_time():.1f} s of the lecture", flush=True)
        if player.state() == PlaybackState.ENDED:
            player.play()
        if now >= next_seek:
            target = rng.randrange(0, duration_ms - 60_000)
            reached = max(reached, target)
            player.seek_ms(target)
            seeks += 1
            perturbed, next_seek = now, now + args.seek_every
        if now >= next_speed:
            player.controls.set_speed(SPEEDS[speed_changes % len(SPEEDS)])
            speed_changes += 1
            perturbed, next_speed = now, now + args.seek_every * 1.7
    after_play = resources()
    frames_played = counter.frames()

    switch_started = time.perf_counter()
    unplayable = 0
    for n in range(args.switches):
        page.select_entry(entry_ids[(n + 1) % len(entry_ids)])
        player.play()
        if not wait_for(lambda: player.state() == PlaybackState.PLAYING, 10):
            unplayable += 1
        pump(0.05)
    switching_s = time.perf_counter() - switch_started
    pump(2.0)
    end = resources()
    window.close()
    app.processEvents()

    print(f"engine: {engine}; platform: {os.environ.get('QT_QPA_PLATFORM')}")
    print(
        f"playing: {args.play_seconds:.0f} s wall, {seeks} seeks (up to {reached / 60000:.0f} min), "
        f"{speed_changes} speed changes, {frames_played} frames shown"
    )
    print(
        f"frame freezes (no new frame for {FREEZE_S:g} s while playing): {freezes}"
        + (f", longest {longest:.1f} s" if freezes else "")
    )
    print(f"course switches: {args.switches} in {switching_s:.1f} s, {unplayable} did not reach playing")
    print(f"{'':10}{'start':>10}{'after play':>12}{'end':>10}{'growth':>10}")
    for key, unit in (("rss_mb", "MB"), ("trimmed_mb", "MB"), ("fds", ""), ("threads", "")):
        print(
            f"{key:10}{start[key]:>10.1f}{after_play[key]:>12.1f}{end[key]:>10.1f}"
            f"{end[key] - start[key]:>+10.1f} {unit}"
        )
    print(
        json.dumps(
            {
                "engine": engine,
                "start": start,
                "after_play": after_play,
                "end": end,
                "freezes": freezes,
                "switches": args.switches,
                "unplayable": unplayable,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
