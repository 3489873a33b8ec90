"""The synthesiser writes what it promises: decoded colours, bars and channel levels."""

from __future__ import annotations

import av
import numpy as np
import pytest

from app.media import synth

TOLERANCE = 6  # YUV 4:2:0 round trip of a saturated colour


def decoded_frames(path):
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            yield frame.time, frame.to_ndarray(format="rgb24")


def audio_channels(path) -> np.ndarray:
    with av.open(str(path)) as container:
        chunks = [frame.to_ndarray() for frame in container.decode(audio=0)]
    return np.concatenate(chunks, axis=1).astype(np.float64)


def test_each_colour_fills_the_frame_for_its_second(media):
    expected = [synth.RED, synth.GREEN, synth.BLUE]
    seen = {0: 0, 1: 0, 2: 0}
    for time, rgb in decoded_frames(media("rgb")):
        segment = int(time)
        # every pixel, not just the centre: the frame is one solid colour
        assert np.abs(rgb.astype(int) - expected[segment]).max() <= TOLERANCE, (time, segment)
        seen[segment] += 1
    assert seen == {0: 25, 1: 25, 2: 25}


def test_letterbox_and_pillarbox_bars_are_black(media):
    _, rgb = next(decoded_frames(media("letterbox")))
    height, width, _ = rgb.shape
    assert rgb[: height // 10].max() <= TOLERANCE and rgb[-height // 10 :].max() <= TOLERANCE
    assert np.abs(rgb[height // 2, width // 2].astype(int) - synth.GREEN).max() <= TOLERANCE
    _, rgb = next(decoded_frames(media("pillarbox")))
    assert rgb[:, : width // 10].max() <= TOLERANCE and rgb[:, -width // 10 :].max() <= TOLERANCE
    assert rgb[:, width // 2].min(axis=0)[1] >= 255 - TOLERANCE


@pytest.mark.parametrize(
    "name, channels, level_ratio", [("hd", 2, 1.0), ("mono", 1, None), ("offcentre", 2, synth.OFFCENTRE_RIGHT_GAIN)]
)
def test_tone_layout(media, name, channels, level_ratio):
    samples = audio_channels(media(name))
    assert samples.shape[0] == channels
    rms = np.sqrt((samples**2).mean(axis=1))
    assert rms[0] == pytest.approx(synth.TONE_AMPLITUDE / np.sqrt(2), rel=0.05)
    if level_ratio is not None:
        # AAC joint-stereo coding bends the quiet channel a little (≈ 0.6 dB)
        assert rms[1] / rms[0] == pytest.approx(level_ratio, rel=0.15)


def test_uncorrelated_channels_carry_different_tones(media):
    left, right = audio_channels(media("uncorrelated"))
    correlation = left @ right / np.sqrt((left @ left) * (right @ right))
    assert abs(correlation) < 0.1


def test_long_clip_is_long_but_small(media):
    path = media("lecture_long")
    with av.open(str(path)) as container:
        assert container.duration / av.time_base == pytest.approx(960, abs=0.5)
    assert path.stat().st_size < 200_000


def test_unknown_container_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown container"):
        synth.write_colour_clip(tmp_path / "x.flv", [synth.RED], container="flv")
