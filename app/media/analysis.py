"""Measurements that need decoding, not just headers: black bars in sampled frames and the
left/right balance of the audio. Plain numbers out; the form -02 verdicts live in compliance.py."""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from av.container import InputContainer
from av.video.stream import VideoStream

from app.models.errors import InputError

FRAME_POSITIONS = (0.2, 0.4, 0.6, 0.8)  # where frames are sampled, as fractions of the duration
DARK_LEVEL = 32  # brightest RGB channel (0–255) at or below which a pixel counts as black
SAMPLE_WIDTH = 320  # frames are scaled down to this width before measuring
DARK_ROW_SHARE = 0.01  # a row/column is black when at most this share of its pixels is brighter
MIN_BAR_SHARE = 0.02  # a black band thinner than this share of the frame is not a bar
WHOLE_AUDIO_S = 120.0  # audio up to this long is measured whole; longer audio in windows
AUDIO_WINDOWS = 4
AUDIO_WINDOW_S = 30.0
SILENCE_RMS = 1e-4  # ≈ −80 dBFS


@dataclass(frozen=True)
class BarsMeasurement:
    frames: int  # frames sampled
    judged: int  # frames bright enough to judge (not wholly black)
    with_bars: int  # judged frames with black bars on opposite sides
    letterbox: float  # largest top/bottom bar seen, as a share of the height
    pillarbox: float  # largest left/right bar seen, as a share of the width


@dataclass(frozen=True)
class BalanceMeasurement:
    seconds: float  # seconds of audio measured
    rms_left: float
    rms_right: float
    correlation: float | None  # normalised L·R; None for silence

    @property
    def difference_db(self) -> float | None:
        if self.rms_left <= SILENCE_RMS and self.rms_right <= SILENCE_RMS:
            return None
        floor = SILENCE_RMS / 10
        return 20 * math.log10(max(self.rms_left, floor) / max(self.rms_right, floor))

    @property
    def silent(self) -> bool:
        return self.difference_db is None


def measure_bars(path: Path | str, duration_s: float | None) -> BarsMeasurement:
    """Sample a few frames spread over the video and measure black bands at their edges."""
    judged = with_bars = frames = 0
    letterbox = pillarbox = 0.0
    try:
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            for position in FRAME_POSITIONS if duration_s else (0.0,):
                picture = _frame_at(container, stream, (duration_s or 0) * position)
                if picture is None:
                    continue
                frames += 1
                bands = _black_bands(picture)
                if bands is None:
                    continue
                judged += 1
                top, bottom, left, right = bands
                vertical, horizontal = min(top, bottom), min(left, right)
                letterbox, pillarbox = max(letterbox, vertical), max(pillarbox, horizontal)
                if vertical >= MIN_BAR_SHARE or horizontal >= MIN_BAR_SHARE:
                    with_bars += 1
    except av.FFmpegError as error:
        raise _decode_error(path, "video", error) from None
    if frames == 0:
        raise InputError(
            path,
            "",
            "no video frame could be decoded",
            "re-export the video as mp4 (H.264 + AAC) or replace the file",
            code="video_no_frame",
        )
    return BarsMeasurement(frames, judged, with_bars, round(letterbox, 4), round(pillarbox, 4))


def measure_balance(path: Path | str, duration_s: float | None) -> BalanceMeasurement:
    """Per-channel RMS and L·R correlation of the (stereo-downmixed) audio, measured whole for
    short files and in a few windows spread over long ones."""
    sums = np.zeros(3)  # ΣL², ΣR², ΣLR
    count = 0
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            rate = stream.sample_rate or 1
            resampler = av.AudioResampler(format="fltp", layout="stereo")
            for start, length in _audio_windows(duration_s):
                if start > 0 and stream.time_base:
                    with contextlib.suppress(av.FFmpegError):  # not seekable: measure from where decoding stands
                        container.seek(int(start / stream.time_base), stream=stream)
                for frame in container.decode(stream):
                    if frame.time is not None and frame.time < start:
                        continue
                    for resampled in resampler.resample(frame):
                        samples = resampled.to_ndarray().astype(np.float64)
                        left, right = samples[0], samples[1]
                        sums += (np.sum(left * left), np.sum(right * right), np.sum(left * right))  # no BLAS
                        count += left.size
                    if frame.time is not None and frame.time >= start + length:
                        break
    except av.FFmpegError as error:
        raise _decode_error(path, "audio", error) from None
    if count == 0:
        return BalanceMeasurement(0.0, 0.0, 0.0, None)
    left_sq, right_sq, cross = sums
    rms_left, rms_right = math.sqrt(left_sq / count), math.sqrt(right_sq / count)
    silent = rms_left <= SILENCE_RMS and rms_right <= SILENCE_RMS
    correlation = None if silent or left_sq == 0 or right_sq == 0 else cross / math.sqrt(left_sq * right_sq)
    return BalanceMeasurement(
        round(count / rate, 3), rms_left, rms_right, None if correlation is None else float(correlation)
    )


def _audio_windows(duration_s: float | None) -> list[tuple[float, float]]:
    if not duration_s or duration_s <= WHOLE_AUDIO_S:
        return [(0.0, math.inf)]
    step = (duration_s - AUDIO_WINDOW_S) / (AUDIO_WINDOWS - 1)
    return [(i * step, AUDIO_WINDOW_S) for i in range(AUDIO_WINDOWS)]


def _frame_at(container: InputContainer, stream: VideoStream, seconds: float) -> np.ndarray | None:
    """The brightness (brightest RGB channel, scaled down) of the key frame at or before
    `seconds`: close enough for sampling."""
    if seconds > 0 and stream.time_base:
        with contextlib.suppress(av.FFmpegError):  # not seekable: sample the next frame instead
            container.seek(int(seconds / stream.time_base), stream=stream, backward=True)
    for frame in container.decode(stream):
        width = min(SAMPLE_WIDTH, frame.width)
        height = max(1, round(frame.height * width / frame.width))
        rgb = frame.reformat(width=width, height=height, format="rgb24").to_ndarray()
        brightness: np.ndarray = rgb.max(axis=2)
        return brightness
    return None


def _black_bands(brightness: np.ndarray) -> tuple[float, float, float, float] | None:
    """Shares of the frame taken by black bands at the top, bottom, left and right; None when
    the whole frame is black (a fade or a dark scene says nothing about bars)."""
    bright = brightness > DARK_LEVEL
    dark_rows = bright.mean(axis=1) <= DARK_ROW_SHARE
    dark_columns = bright.mean(axis=0) <= DARK_ROW_SHARE
    if dark_rows.all():
        return None
    height, width = brightness.shape
    return (
        _leading(dark_rows) / height,
        _leading(dark_rows[::-1]) / height,
        _leading(dark_columns) / width,
        _leading(dark_columns[::-1]) / width,
    )


def _leading(flags: np.ndarray) -> int:
    """How many True values the array starts with."""
    falses = np.flatnonzero(~flags)
    return int(falses[0]) if falses.size else int(flags.size)


def _decode_error(path: Path | str, what: str, error: av.FFmpegError) -> InputError:
    reason = getattr(error, "strerror", None) or str(error)
    return InputError(
        path,
        "",
        f"the {what} could not be decoded ({reason}); the file may be damaged",
        "re-export the video as mp4 (H.264 + AAC) or replace the file",
        code="video_undecodable" if what == "video" else "audio_undecodable",
        args=(reason,),
    )
