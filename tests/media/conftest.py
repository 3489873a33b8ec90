"""Generated media shared by the media tests (written once per session, tiny unless size matters)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from app.media import synth

# name → how to write it. Tiny 320×180 unless the rule needs real HD.
CLIPS = {
    "hd": lambda p: synth.write_colour_clip(p, [synth.RED, synth.GREEN], 0.5, (1280, 720)),
    "small": lambda p: synth.write_colour_clip(p, [synth.GREEN], 0.5, (640, 360)),
    "rgb": lambda p: synth.write_colour_clip(p, [synth.RED, synth.GREEN, synth.BLUE]),
    "letterbox": lambda p: synth.write_letterboxed_clip(p, seconds=0.5, size=(1280, 720)),
    "pillarbox": lambda p: synth.write_pillarboxed_clip(p, seconds=0.5, size=(1280, 720)),
    "four_three": lambda p: synth.write_four_three_clip(p, seconds=0.5, size=(1280, 960)),
    "anamorphic_wide": lambda p: synth.write_colour_clip(
        p, [synth.RED], 0.5, (1440, 1080), sample_aspect=Fraction(4, 3)
    ),
    "anamorphic_stretched": lambda p: synth.write_colour_clip(
        p, [synth.RED], 0.5, (1280, 720), sample_aspect=Fraction(4, 3)
    ),
    "mpeg4": lambda p: synth.write_mpeg4_clip(p, seconds=0.5, size=(1280, 720)),
    "mkv": lambda p: synth.write_mkv_clip(p, seconds=0.5, size=(1280, 720)),
    "mov": lambda p: synth.write_colour_clip(p, [synth.RED], 0.5, (1280, 720), container="mov"),
    "mono": lambda p: synth.write_mono_clip(p, seconds=0.5, size=(1280, 720)),
    "offcentre": lambda p: synth.write_offcentre_clip(p, seconds=0.5, size=(1280, 720)),
    "uncorrelated": lambda p: synth.write_offcentre_clip(p, seconds=0.5, size=(1280, 720), uncorrelated=True),
    "silent": lambda p: synth.write_colour_clip(p, [synth.RED], 0.5, (1280, 720), audio="silent"),
    "no_audio": lambda p: synth.write_colour_clip(p, [synth.RED], 0.5, (1280, 720), audio=None),
    "opus": lambda p: synth.write_colour_clip(p, [synth.RED], 0.5, (1280, 720), audio_codec="opus"),
    "ac3": lambda p: synth.write_colour_clip(p, [synth.RED], 0.5, (1280, 720), audio_codec="ac3"),
    "mp3": lambda p: synth.write_colour_clip(p, [synth.RED], 0.5, (1280, 720), audio_codec="mp3"),
    "promo_long": lambda p: synth.write_long_clip(p, 3.5, size=(1280, 720), fps=Fraction(1, 10)),
    "lecture_long": lambda p: synth.write_long_clip(p, 16, size=(1280, 720), fps=Fraction(1, 10)),
    "faststart": lambda p: synth.write_colour_clip(p, [synth.RED, synth.GREEN, synth.BLUE], faststart=True),
}


class Media:
    """Writes each named clip on first use into one session folder."""

    def __init__(self, folder: Path):
        self.folder = folder

    def __call__(self, name: str) -> Path:
        suffix = {"mkv": ".mkv", "mov": ".mov"}.get(name, ".mp4")
        path = self.folder / f"{name}{suffix}"
        if not path.exists():
            CLIPS[name](path)
        return path


@pytest.fixture(scope="session")
def media(tmp_path_factory) -> Media:
    return Media(tmp_path_factory.mktemp("media"))
