"""Small synthetic videos for tests and the demo round (PyAV + numpy, no Qt).

Every frame is one exact solid colour (optionally framed by black bars), so a decoded frame's
colour is predictable within the tolerance of YUV 4:2:0 rounding. Audio is a sine tone whose
channel layout can be made to break the form -02 "stereo, voice centred" rules on purpose.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

import av
import numpy as np
from av.audio.stream import AudioStream
from av.container import OutputContainer
from av.video.stream import VideoStream

Colour = tuple[int, int, int]
AudioKind = Literal["stereo", "mono", "offcentre", "uncorrelated", "silent"] | None
Bars = Literal["letterbox", "pillarbox"] | None

VIDEO_ENCODERS = {"h264": "libx264", "mpeg4": "mpeg4", "mpeg2video": "mpeg2video"}
AUDIO_ENCODERS = {"aac": "aac", "mp3": "libmp3lame", "ac3": "ac3", "opus": "libopus"}
CONTAINER_FORMATS = {"mp4": "mp4", "mov": "mov", "mkv": "matroska", "matroska": "matroska", "avi": "avi"}
SAMPLE_RATE = 48000
TONE_AMPLITUDE = 0.3
# "offcentre": the right channel is this much quieter than the left (≈ 20 dB).
OFFCENTRE_RIGHT_GAIN = 0.1
# "uncorrelated": the right channel carries a tone at this ratio of the left one's frequency.
UNCORRELATED_RATIO = 1.5

RED: Colour = (255, 0, 0)
GREEN: Colour = (0, 255, 0)
BLUE: Colour = (0, 0, 255)


def solid_frame(colour: Colour, size: tuple[int, int], bars: Bars = None, bar_fraction: float = 0.125) -> np.ndarray:
    """An RGB image of `size` (width, height) filled with `colour`; black bars of `bar_fraction`
    of the height (letterbox) or width (pillarbox) on each side when asked."""
    width, height = size
    image = np.zeros((height, width, 3), dtype=np.uint8)
    if bars == "letterbox":
        bar = _even(height * bar_fraction)
        image[bar : height - bar, :] = colour
    elif bars == "pillarbox":
        bar = _even(width * bar_fraction)
        image[:, bar : width - bar] = colour
    else:
        image[:, :] = colour
    return image


def write_colour_clip(
    path: Path | str,
    colours: Sequence[Colour],
    seconds_each: float = 1.0,
    size: tuple[int, int] = (320, 180),
    fps: int | Fraction = 25,
    audio: AudioKind = "stereo",
    tone_hz: float = 440.0,
    codec: str = "h264",
    container: str = "mp4",
    audio_codec: str = "aac",
    bars: Bars = None,
    sample_aspect: Fraction | None = None,
    audio_seconds: float | None = None,
    faststart: bool = False,
) -> Path:
    """Write a clip where each colour fills the frame for `seconds_each` seconds.

    `audio_seconds` (default: the video's length) lets the audio end before a long still video.
    `sample_aspect` sets a non-square pixel shape (e.g. 4/3 on 1440×1080 displays as 16:9).
    `faststart` puts the mp4 index before the media data (as web-ready exports do).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not colours:
        raise ValueError("write_colour_clip needs at least one colour")
    frames_each = max(1, round(seconds_each * fps))
    video_seconds = frames_each * len(colours) / fps
    options = {"movflags": "+faststart"} if faststart else {}
    with av.open(str(path), "w", format=_container_format(container), options=options) as output:
        video = _add_video_stream(output, codec, size, fps, sample_aspect)
        sound = _add_audio_stream(output, audio_codec, audio) if audio else None
        pts = 0
        for colour in colours:
            image = solid_frame(colour, size, bars)
            # Converted to the encoder's pixel format once per colour; the encoder keeps its
            # own reference to each frame it is given, so one frame object can be re-sent.
            frame = av.VideoFrame.from_ndarray(image, format="rgb24").reformat(format="yuv420p")
            for _ in range(frames_each):
                frame.pts = pts
                pts += 1
                output.mux(video.encode(frame))
        output.mux(video.encode(None))
        if sound is not None:
            seconds = video_seconds if audio_seconds is None else audio_seconds
            _write_tone(output, sound, audio, tone_hz, seconds)
    return path


def write_letterboxed_clip(
    path: Path | str, colour: Colour = GREEN, seconds: float = 1.0, size: tuple[int, int] = (320, 180), **options: Any
) -> Path:
    """Black bars above and below the picture."""
    return write_colour_clip(path, [colour], seconds, size, bars="letterbox", **options)


def write_pillarboxed_clip(
    path: Path | str, colour: Colour = GREEN, seconds: float = 1.0, size: tuple[int, int] = (320, 180), **options: Any
) -> Path:
    """Black bars left and right of the picture."""
    return write_colour_clip(path, [colour], seconds, size, bars="pillarbox", **options)


def write_four_three_clip(
    path: Path | str, colour: Colour = BLUE, seconds: float = 1.0, size: tuple[int, int] = (240, 180), **options: Any
) -> Path:
    """A 4:3 picture (square pixels)."""
    return write_colour_clip(path, [colour], seconds, size, **options)


def write_mpeg4_clip(
    path: Path | str, colour: Colour = RED, seconds: float = 1.0, size: tuple[int, int] = (320, 180), **options: Any
) -> Path:
    """MPEG-4 Part 2 video instead of H.264, still in mp4."""
    return write_colour_clip(path, [colour], seconds, size, codec="mpeg4", **options)


def write_mkv_clip(
    path: Path | str, colour: Colour = RED, seconds: float = 1.0, size: tuple[int, int] = (320, 180), **options: Any
) -> Path:
    """H.264 + AAC in a Matroska container."""
    return write_colour_clip(path, [colour], seconds, size, container="mkv", **options)


def write_mono_clip(
    path: Path | str, colour: Colour = GREEN, seconds: float = 1.0, size: tuple[int, int] = (320, 180), **options: Any
) -> Path:
    """One audio channel only."""
    return write_colour_clip(path, [colour], seconds, size, audio="mono", **options)


def write_offcentre_clip(
    path: Path | str,
    colour: Colour = GREEN,
    seconds: float = 1.0,
    size: tuple[int, int] = (320, 180),
    uncorrelated: bool = False,
    **options: Any,
) -> Path:
    """Stereo whose "voice" is not centred: the right channel ≈ 20 dB quieter, or (with
    `uncorrelated`) a different tone in each channel at equal level."""
    kind: AudioKind = "uncorrelated" if uncorrelated else "offcentre"
    return write_colour_clip(path, [colour], seconds, size, audio=kind, **options)


def write_long_clip(
    path: Path | str,
    minutes: float = 16.0,
    colour: Colour = BLUE,
    size: tuple[int, int] = (320, 180),
    fps: int | Fraction = 1,
    audio_seconds: float = 2.0,
    **options: Any,
) -> Path:
    """A genuinely long still video at a low frame rate (ffprobe reports it as `minutes` long)
    with a short tone at the start, so it stays small and quick to write."""
    return write_colour_clip(path, [colour], minutes * 60, size, fps=fps, audio_seconds=audio_seconds, **options)


def _even(value: float) -> int:
    return int(value) // 2 * 2


def _container_format(container: str) -> str:
    try:
        return CONTAINER_FORMATS[container]
    except KeyError:
        raise ValueError(f"unknown container {container!r}; use one of {', '.join(CONTAINER_FORMATS)}") from None


def _add_video_stream(
    output: OutputContainer, codec: str, size: tuple[int, int], fps: int | Fraction, sample_aspect: Fraction | None
) -> VideoStream:
    encoder = VIDEO_ENCODERS.get(codec, codec)
    options = {"preset": "ultrafast", "tune": "stillimage"} if encoder == "libx264" else {}
    stream = output.add_stream(encoder, rate=fps, options=options)
    if not isinstance(stream, VideoStream):
        raise ValueError(f"{codec!r} is not a video codec")
    stream.width, stream.height = size
    stream.pix_fmt = "yuv420p"
    if encoder != "libx264":
        stream.codec_context.bit_rate = 200_000
    if sample_aspect is not None:
        stream.codec_context.sample_aspect_ratio = Fraction(sample_aspect)
    return stream


def _add_audio_stream(output: OutputContainer, codec: str, kind: AudioKind) -> AudioStream:
    encoder = AUDIO_ENCODERS.get(codec, codec)
    stream = output.add_stream(encoder, rate=SAMPLE_RATE)
    if not isinstance(stream, AudioStream):
        raise ValueError(f"{codec!r} is not an audio codec")
    stream.layout = "mono" if kind == "mono" else "stereo"
    stream.codec_context.bit_rate = 64_000
    return stream


def _tone_channels(kind: AudioKind, tone_hz: float, start: int, count: int) -> np.ndarray:
    t = (np.arange(start, start + count, dtype=np.float64)) / SAMPLE_RATE
    left = TONE_AMPLITUDE * np.sin(2 * np.pi * tone_hz * t)
    if kind == "silent":
        left = np.zeros_like(t)
    if kind == "mono":
        return left[np.newaxis, :].astype(np.float32)
    if kind == "offcentre":
        right = left * OFFCENTRE_RIGHT_GAIN
    elif kind == "uncorrelated":
        right = TONE_AMPLITUDE * np.sin(2 * np.pi * tone_hz * UNCORRELATED_RATIO * t)
    else:
        right = left
    return np.stack([left, right]).astype(np.float32)


def _write_tone(
    output: OutputContainer, stream: AudioStream, kind: AudioKind, tone_hz: float, seconds: float | Fraction
) -> None:
    total = round(seconds * SAMPLE_RATE)
    chunk = stream.codec_context.frame_size or 1024
    layout = "mono" if kind == "mono" else "stereo"
    written = 0
    while written < total:
        count = min(chunk, total - written)
        frame = av.AudioFrame.from_ndarray(_tone_channels(kind, tone_hz, written, count), format="fltp", layout=layout)
        frame.sample_rate = SAMPLE_RATE
        frame.pts = written
        frame.time_base = Fraction(1, SAMPLE_RATE)
        written += count
        output.mux(stream.encode(frame))
    output.mux(stream.encode(None))
