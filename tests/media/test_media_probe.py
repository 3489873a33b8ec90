"""probe() against ffprobe on the same files, and clear errors for broken ones."""

from __future__ import annotations

import json
import shutil
import subprocess
from fractions import Fraction

import pytest

from app.media.probe import probe
from app.models.errors import InputError

PROBED = [
    "hd",
    "rgb",
    "four_three",
    "anamorphic_wide",
    "mpeg4",
    "mkv",
    "mov",
    "mono",
    "ac3",
    "mp3",
    "opus",
    "no_audio",
    "lecture_long",
    "faststart",
]


def ffprobe(path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-of", "json", "-show_format", "-show_streams", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def ratio(text: str | None) -> Fraction | None:
    if not text or text in ("N/A", "0:1", "1:1"):
        return None
    num, den = text.split(":")
    return Fraction(int(num), int(den))


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="needs ffprobe (ffmpeg package)")
@pytest.mark.parametrize("name", PROBED)
def test_probe_agrees_with_ffprobe(media, name):
    path = media(name)
    info = probe(path)
    reference = ffprobe(path)
    fmt = reference["format"]
    video = next((s for s in reference["streams"] if s["codec_type"] == "video"), None)
    audio = next((s for s in reference["streams"] if s["codec_type"] == "audio"), None)

    assert info.format_name == fmt["format_name"]
    assert info.duration_s == pytest.approx(float(fmt["duration"]), abs=0.01)
    assert info.major_brand == (fmt.get("tags", {}).get("major_brand", "").strip() or None)
    assert info.size_bytes == int(fmt["size"])
    assert info.video_codec == video["codec_name"]
    assert (info.width, info.height) == (video["width"], video["height"])
    assert info.sample_aspect == ratio(video.get("sample_aspect_ratio"))
    display = ratio(video.get("display_aspect_ratio")) or Fraction(video["width"], video["height"])
    assert info.display_aspect == display
    num, den = video["avg_frame_rate"].split("/")
    assert info.frame_rate == pytest.approx(int(num) / int(den))
    if audio is None:
        assert info.audio_codec is None and info.channels is None
    else:
        assert info.audio_codec == audio["codec_name"]
        assert info.channels == audio["channels"]
        assert info.sample_rate == int(audio["sample_rate"])


def test_container_names(media):
    assert probe(media("hd")).container == "mp4"
    assert probe(media("mov")).container == "mov"
    assert probe(media("mkv")).container == "matroska"


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as caught:
        probe(tmp_path / "absent.mp4")
    assert "absent.mp4" in str(caught.value) and "missing" in str(caught.value)


@pytest.mark.parametrize("content", [b"", b"not a video at all\n" * 20, bytes(range(256)) * 40])
def test_corrupt_files_are_reported(tmp_path, content):
    path = tmp_path / "broken.mp4"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        probe(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and "re-export" in message


@pytest.mark.parametrize("name, keep", [("rgb", 0.5), ("faststart", 0.5), ("mkv", 0.4)])
def test_truncated_files_are_reported(media, tmp_path, name, keep):
    """Index at the end (plain mp4) or at the front (faststart, Matroska): either way cut."""
    source = media(name)
    data = source.read_bytes()
    path = tmp_path / f"cut-{source.name}"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(InputError) as caught:
        probe(path)
    assert str(path) in str(caught.value)
    assert "truncated" in str(caught.value)


def test_whole_files_are_not_called_truncated(media):
    for name in ("faststart", "mkv", "lecture_long", "ac3"):
        probe(media(name))
