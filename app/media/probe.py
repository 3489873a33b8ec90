"""What a video file holds, read in-process from its headers with PyAV (no Qt, no ffprobe)."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
from av.container import InputContainer
from av.stream import Stream

from app.models.errors import InputError

# ISO base media major brands that mean "mp4" (the mov demuxer reads mp4, mov and 3gp alike).
MP4_BRANDS = {
    "isom",
    "iso2",
    "iso4",
    "iso5",
    "iso6",
    "mp41",
    "mp42",
    "avc1",
    "m4v",
    "mp4v",
    "msnv",
    "dash",
    "f4v",
    "xavc",
}
QUICKTIME_BRAND = "qt"
TRUNCATION_TOLERANCE_S = 1.5
TRUNCATION_MIN_TOLERANCE_S = 0.25
TAIL_PACKET_LIMIT = 5000
PROBE_FIX = "re-export the video as mp4 (H.264 + AAC) or replace the file"


@dataclass(frozen=True)
class MediaInfo:
    path: str
    size_bytes: int
    format_name: str  # the demuxer, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm"
    container: str  # "mp4", "mov", "3gp", "matroska", "webm", "avi", ...
    major_brand: str | None  # ISO/QuickTime files only, e.g. "isom", "qt"
    duration_s: float | None
    video_codec: str | None
    width: int | None
    height: int | None
    sample_aspect: Fraction | None  # pixel shape; None when square / unknown
    display_aspect: Fraction | None  # picture shape, width/height × sample aspect
    frame_rate: float | None
    audio_codec: str | None
    channels: int | None
    sample_rate: int | None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("sample_aspect", "display_aspect"):
            value = data[key]
            data[key] = None if value is None else f"{value.numerator}:{value.denominator}"
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MediaInfo:
        values = dict(data)
        for key in ("sample_aspect", "display_aspect"):
            if values.get(key):
                num, den = values[key].split(":")
                values[key] = Fraction(int(num), int(den))
        return cls(**values)

    @property
    def resolution(self) -> str:
        return f"{self.width}x{self.height}" if self.width and self.height else "none"


def probe(path: Path | str) -> MediaInfo:
    """Read the container and stream headers of `path`.

    Raises InputError naming the file for a missing, empty, truncated or unreadable file.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(
            path,
            "",
            "the video file is missing",
            "put the file at this path or correct the path in the round file",
            code="video_file_missing",
        )
    size = path.stat().st_size
    if size == 0:
        raise InputError(path, "", "the video file is empty", PROBE_FIX, code="video_file_empty")
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            info = _read_info(path, size, container)
            _check_complete(path, container, info.duration_s)
    except av.FFmpegError as error:
        raise InputError(
            path,
            "",
            f"cannot be read as a video ({_ffmpeg_reason(error)}); the file may be truncated or damaged",
            PROBE_FIX,
            code="video_unreadable",
            args=(_ffmpeg_reason(error),),
        ) from None
    return info


def _read_info(path: Path, size: int, container: InputContainer) -> MediaInfo:
    metadata = {k.lower(): v for k, v in container.metadata.items()}
    brand = (metadata.get("major_brand") or "").strip().lower() or None
    video = container.streams.video[0] if container.streams.video else None
    audio = container.streams.audio[0] if container.streams.audio else None
    if video is None and audio is None:
        raise InputError(path, "", "holds neither a video nor an audio stream", PROBE_FIX, code="video_no_streams")
    width = height = None
    sample_aspect = display_aspect = None
    frame_rate = None
    if video is not None:
        context = video.codec_context
        width, height = context.width or None, context.height or None
        sample_aspect = _positive(video.sample_aspect_ratio)
        if sample_aspect == 1:
            sample_aspect = None
        display_aspect = _positive(video.display_aspect_ratio)
        if display_aspect is None and width and height:
            display_aspect = Fraction(width, height) * (sample_aspect or 1)
        rate = video.average_rate or video.guessed_rate
        frame_rate = float(rate) if rate else None
    return MediaInfo(
        path=str(path),
        size_bytes=size,
        format_name=container.format.name,
        container=_container_name(container.format.name, brand, path),
        major_brand=brand,
        duration_s=_duration(container),
        video_codec=_codec_name(video),
        width=width,
        height=height,
        sample_aspect=sample_aspect,
        display_aspect=display_aspect,
        frame_rate=frame_rate,
        audio_codec=_codec_name(audio),
        channels=audio.channels if audio is not None else None,
        sample_rate=audio.sample_rate if audio is not None else None,
    )


def _check_complete(path: Path, container: InputContainer, duration_s: float | None) -> None:
    """Demux the last second: a file cut short (copy interrupted, download failed) may keep its
    headers, but its packets then stop well before the stated duration."""
    if not duration_s:
        return
    tolerance = max(TRUNCATION_MIN_TOLERANCE_S, min(TRUNCATION_TOLERANCE_S, 0.1 * duration_s))
    start = (container.start_time or 0) / av.time_base
    end_expected = start + duration_s - tolerance
    reached = 0.0
    with contextlib.suppress(av.FFmpegError):  # e.g. a cut Matroska file has lost its index: read on from the headers
        container.seek(int(max(start, end_expected - 1.0) * av.time_base), backward=True)
    for count, packet in enumerate(container.demux()):
        if count >= TAIL_PACKET_LIMIT:
            return  # too many packets to settle it cheaply: accept
        if packet.pts is not None and packet.time_base:
            end = packet.pts + (packet.duration or 0)
            reached = max(reached, float(end * packet.time_base))
    if reached < end_expected:
        raise InputError(
            path,
            "",
            f"the file ends at {reached - start:.1f} s although its header "
            f"says {duration_s:.1f} s: it is truncated (an interrupted copy?)",
            "copy the file again from the original",
            code="video_truncated",
            args=(f"{reached - start:.1f}", f"{duration_s:.1f}"),
        )


def _codec_name(stream: Stream | None) -> str | None:
    if stream is None:
        return None
    codec = stream.codec_context.codec
    return getattr(codec, "canonical_name", None) or codec.name


def _container_name(format_name: str, brand: str | None, path: Path) -> str:
    demuxers = format_name.split(",")
    if "mp4" in demuxers:
        if brand is None:
            return "mp4" if path.suffix.lower() in (".mp4", ".m4v") else "mov"
        if brand == QUICKTIME_BRAND:
            return "mov"
        if brand.startswith("3g"):
            return "3gp"
        return "mp4" if brand in MP4_BRANDS else f"mp4 ({brand})"
    if "matroska" in demuxers:
        return "webm" if path.suffix.lower() == ".webm" else "matroska"
    return demuxers[0]


def _duration(container: InputContainer) -> float | None:
    if container.duration:
        return container.duration / av.time_base
    ends = [float(s.duration * s.time_base) for s in container.streams if s.duration and s.time_base]
    return max(ends) if ends else None


def _positive(value: Fraction | None) -> Fraction | None:
    if value is None:
        return None
    value = Fraction(value)
    return value if value > 0 else None


def _ffmpeg_reason(error: av.FFmpegError) -> str:
    return getattr(error, "strerror", None) or str(error)
