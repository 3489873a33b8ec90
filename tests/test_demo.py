"""The demo round: valid, complete, deterministic, and breaking exactly the rules it means to."""

from __future__ import annotations

import json

import av
import numpy as np
import pytest

from app.demo import COURSES, ROUND_FILE_NAME, ROUND_ID, demo_clips, demo_round_data, write_clip, write_demo_round
from app.media.compliance import check_round_media
from app.models.round import load_round


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    calls = []
    path = write_demo_round(
        tmp_path_factory.mktemp("demo") / "new-folder",
        progress=lambda done, total, label: calls.append((done, total, label)),
    )
    return path, calls


def middle_frame_colour(path) -> np.ndarray:
    with av.open(str(path)) as container:
        frame = next(container.decode(video=0))
        rgb = frame.to_ndarray(format="rgb24")
    return rgb[rgb.shape[0] // 2, rgb.shape[1] // 2].astype(int)


def dominant_frequency(path) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = stream.sample_rate
        left = np.concatenate([f.to_ndarray()[0] for f in container.decode(stream)])
    spectrum = np.abs(np.fft.rfft(left * np.hanning(left.size)))
    return float(np.fft.rfftfreq(left.size, 1 / rate)[spectrum.argmax()])


def test_round_file_is_written_with_progress(demo):
    path, calls = demo
    assert path.name == ROUND_FILE_NAME and path.is_file()
    total = len(demo_clips())
    assert calls[0][:2] == (0, total) and calls[-1] == (total, total, ROUND_FILE_NAME)
    assert [c[0] for c in calls] == list(range(total + 1))


def test_demo_round_validates(demo):
    path, _ = demo
    round_file = load_round(path)
    rnd = round_file.round
    assert rnd.round_id == ROUND_ID and rnd.stage == "university" and rnd.year == 2026
    assert str(rnd.meeting.date) == "2026-12-18" and rnd.meeting.place == "Алматы"
    assert "АТУ" in rnd.title["kk"]
    assert len(rnd.entries) == 6 and len(rnd.commission.experts) == 5
    assert rnd.commission.chair.name and rnd.commission.secretary.name
    assert "criteria" not in round_file.data and len(rnd.criteria) == 7
    assert round_file.warnings == []
    for entry in rnd.entries:
        kinds = [m.kind for m in entry.media]
        assert kinds[0] == "promo" and 1 <= kinds.count("lecture") <= 3
        assert entry.authors and entry.annotation and entry.link and entry.languages
        for item in entry.media:
            assert item.path == f"media/{entry.id}/{item.path.split('/')[-1]}"
            assert round_file.media_path(item).is_file()


def test_written_json_is_the_fixed_data(demo):
    path, _ = demo
    assert json.loads(path.read_text(encoding="utf-8")) == demo_round_data()


def test_videos_are_deterministic(demo, tmp_path):
    path, _ = demo
    clip = demo_clips()[0]
    again = write_clip(tmp_path / "again.mp4", clip)
    assert again.read_bytes() == (path.parent / clip.path).read_bytes()


def test_each_course_looks_and_sounds_different(demo):
    folder = demo[0].parent
    colours, tones = [], []
    for course in COURSES:
        promo = folder / "media" / course.id / "promo.mp4"
        colour = middle_frame_colour(promo)
        assert np.abs(colour - course.palette[0]).max() <= 8
        colours.append(colour)
        tones.append(dominant_frequency(promo))
        assert tones[-1] == pytest.approx(course.tone_hz, abs=2)
    for i in range(len(colours)):
        for j in range(i + 1, len(colours)):
            assert np.abs(colours[i] - colours[j]).max() > 40


def test_exactly_the_intended_files_break_form_02(demo):
    result = check_round_media(load_round(demo[0]), cache=False)
    broken = {
        (f["entry_id"], f["media_id"]): sorted(
            c["rule"] for c in f["checks"] if not c["ok"] and not c.get("informative")
        )
        for f in result["files"]
        if not f["ok"]
    }
    assert broken == {("m03", "v3"): ["aspect"], ("m05", "v2"): ["stereo"], ("m06", "v3"): ["duration"]}
    assert all(e["ok"] for e in result["entries"])
    assert len(result["files"]) == len(demo_clips())
