"""Form -02 rules: each broken once by a generated file; the round-wide check, its cache and report."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from app.media.cache import MediaCache, fingerprint
from app.media.compliance import CHECK_FORMAT, analyse_file, check_file, check_round_media, format_report
from app.models.round import load_round
from tests.helpers.factories import round_data, write_round


def failing(path, kind="lecture") -> set[str]:
    return {c["rule"] for c in check_file(analyse_file(path), kind) if not c["ok"] and not c.get("informative")}


def check_named(path, rule, kind="lecture") -> dict:
    return next(c for c in check_file(analyse_file(path), kind) if c["rule"] == rule)


def test_a_compliant_file_passes_every_rule(media):
    checks = check_file(analyse_file(media("hd")), "promo")
    assert [c["rule"] for c in checks] == [
        "container",
        "video_codec",
        "resolution",
        "aspect",
        "filled_frame",
        "audio_codec",
        "stereo",
        "voice_centred",
        "duration",
    ]
    assert all(c["ok"] for c in checks), checks


@pytest.mark.parametrize(
    "name, rule, found",
    [
        ("mkv", "container", "matroska"),
        ("mov", "container", "mov (qt)"),
        ("mpeg4", "video_codec", "mpeg4"),
        ("small", "resolution", "640x360"),
        ("four_three", "aspect", "4:3 (1.333)"),
        ("anamorphic_stretched", "aspect", "64:27 (2.370), pixels 4:3"),
        ("letterbox", "filled_frame", "black bars (letterbox 12%) in 4 of 4 frames"),
        ("pillarbox", "filled_frame", "black bars (pillarbox 12%) in 4 of 4 frames"),
        ("opus", "audio_codec", "opus"),
        ("no_audio", "audio_codec", "none"),
        ("mono", "stereo", "1 channel (mono)"),
        ("silent", "voice_centred", "silence"),
    ],
)
def test_each_rule_broken_alone(media, name, rule, found):
    assert failing(media(name)) == {rule}
    assert check_named(media(name), rule)["found"] == found


@pytest.mark.parametrize("name", ["offcentre", "uncorrelated"])
def test_voice_not_centred(media, name):
    assert failing(media(name)) == {"voice_centred"}
    found = check_named(media(name), "voice_centred")["found"]
    match = re.fullmatch(r"L−R ([+-]\d+\.\d) dB, correlation (-?\d\.\d\d)", found)
    difference, correlation = float(match[1]), float(match[2])
    if name == "offcentre":  # the left channel ≈ 20 dB louder, the same tone
        assert 18 < difference < 22 and correlation > 0.8
    else:  # equal levels, different tones
        assert abs(difference) < 1 and abs(correlation) < 0.1


def test_square_pixels_are_not_required(media):
    """1440×1080 with 4:3 pixels displays as 16:9 and is ≥ 1280×720."""
    assert failing(media("anamorphic_wide")) == set()


@pytest.mark.parametrize("name", ["ac3", "mp3"])
def test_other_allowed_audio_codecs(media, name):
    assert failing(media(name)) == set()


def test_duration_limits_depend_on_kind(media):
    promo_long, lecture_long = media("promo_long"), media("lecture_long")
    assert failing(promo_long, "promo") == {"duration"}
    assert check_named(promo_long, "duration", "promo") == {
        "rule": "duration",
        "ok": False,
        "found": "3:30",
        "expected": "<= 3:00",
    }
    assert failing(promo_long, "lecture") == set()
    assert failing(lecture_long, "lecture") == {"duration"}
    assert check_named(lecture_long, "duration")["found"] == "16:00"
    assert "duration" not in {c["rule"] for c in check_file(analyse_file(lecture_long), "other")}


def test_informative_lecture_length_does_not_fail_the_file(media):
    checks = check_file(analyse_file(media("hd")), "lecture")
    note = next(c for c in checks if c["rule"] == "lecture_length")
    assert note == {
        "rule": "lecture_length",
        "ok": False,
        "found": "0:01",
        "expected": "10:00–15:00",
        "informative": True,
    }


# --- the whole round ------------------------------------------------------------------------


def media_round(tmp_path, media, annotation="Қысқа аннотация."):
    """Two entries: m01 with a good promo and a mono lecture; m02 with a broken file."""
    folder = tmp_path / "round"
    (folder / "media").mkdir(parents=True)
    shutil.copy(media("hd"), folder / "media" / "promo.mp4")
    shutil.copy(media("mono"), folder / "media" / "lecture.mp4")
    (folder / "media" / "broken.mp4").write_bytes(b"\x00\x01garbage" * 50)
    data = round_data(entries=2)
    data["entries"][0]["annotation"] = annotation
    data["entries"][0]["media"] = [
        {"id": "v1", "kind": "promo", "path": "media/promo.mp4"},
        {"id": "v2", "kind": "lecture", "path": "media/lecture.mp4"},
        {"id": "v3", "kind": "lecture", "url": "https://example.org/lecture"},
    ]
    data["entries"][1]["media"] = [
        {"id": "v1", "kind": "lecture", "path": "media/broken.mp4"},
        {"id": "v2", "kind": "lecture", "path": "media/absent.mp4"},
    ]
    return load_round(write_round(folder, data))


def test_round_check_file_format(tmp_path, media):
    calls = []
    result = check_round_media(
        media_round(tmp_path, media), progress=lambda done, total, label: calls.append((done, total, label))
    )
    json.dumps(result)  # plain JSON
    assert result["format"] == CHECK_FORMAT and result["ok"] is False
    files = {(f["entry_id"], f["media_id"]): f for f in result["files"]}
    assert list(files) == [("m01", "v1"), ("m01", "v2"), ("m02", "v1"), ("m02", "v2")]
    assert files["m01", "v1"]["ok"] is True and files["m01", "v1"]["path"] == "media/promo.mp4"
    assert files["m01", "v2"]["ok"] is False
    for key in (("m02", "v1"), ("m02", "v2")):
        assert files[key]["ok"] is False
        assert [c["rule"] for c in files[key]["checks"]] == ["readable"]
    assert "missing" in files["m02", "v2"]["checks"][0]["found"]
    assert calls == [
        (0, 4, "media/promo.mp4"),
        (1, 4, "media/lecture.mp4"),
        (2, 4, "media/broken.mp4"),
        (3, 4, "media/absent.mp4"),
        (4, 4, ""),
    ]
    entries = {e["entry_id"]: e for e in result["entries"]}
    m01 = {c["rule"]: c for c in entries["m01"]["checks"]}
    assert m01["annotation"]["ok"] and m01["promo"]["ok"] and entries["m01"]["ok"]
    assert m01["online_media"]["informative"] and m01["online_media"]["found"].startswith("1 ")
    m02 = {c["rule"]: c for c in entries["m02"]["checks"]}
    assert m02["promo"]["ok"] is False and m02["annotation"]["found"] == "none"


def test_long_annotation_fails(tmp_path, media):
    text = {"kk": "ә" * 301, "ru": "я" * 120}
    result = check_round_media(media_round(tmp_path, media, annotation=text), cache=False)
    check = next(c for c in result["entries"][0]["checks"] if c["rule"] == "annotation")
    assert check == {"rule": "annotation", "ok": False, "found": "301 characters (kk)", "expected": "1–300 characters"}


def test_cancel_stops_between_files(tmp_path, media):
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1

    result = check_round_media(media_round(tmp_path, media), cancelled=cancelled, cache=False)
    assert result["cancelled"] is True and result["ok"] is False
    assert len(result["files"]) == 1


def test_measurements_are_cached_by_content(tmp_path, media):
    round_file = media_round(tmp_path, media)
    promo = round_file.folder / "media" / "promo.mp4"
    cache = MediaCache(tmp_path / "cache.sqlite")
    first = check_round_media(round_file, cache=cache)
    stored = cache.get(fingerprint(promo))
    assert stored["info"]["width"] == 1280

    # A copy elsewhere (new path, new mtime) has the same fingerprint.
    moved = tmp_path / "elsewhere.mp4"
    shutil.copy(promo, moved)
    assert fingerprint(moved) == fingerprint(promo)

    # The cache is what the check reads: a doctored entry shows through...
    stored["info"]["width"] = 640
    cache.put(fingerprint(promo), stored)
    second = check_round_media(round_file, cache=cache)
    resolution = next(c for c in second["files"][0]["checks"] if c["rule"] == "resolution")
    assert resolution["found"] == "640x720" and first["files"][0]["ok"]
    # ...until the file's bytes change.
    shutil.copy(media("small"), promo)
    third = check_round_media(round_file, cache=cache)
    resolution = next(c for c in third["files"][0]["checks"] if c["rule"] == "resolution")
    assert resolution["found"] == "640x360"


def test_default_cache_lives_in_the_data_folder(tmp_path, media, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("SARAPSHY_HOME", str(home))
    check_round_media(media_round(tmp_path, media))
    assert (home / "media-check-cache.sqlite").is_file()


def test_an_unreadable_cache_is_ignored(tmp_path, media):
    bad = tmp_path / "cache.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = check_round_media(media_round(tmp_path, media), cache=MediaCache(bad))
    assert result["files"][0]["ok"] is True


@pytest.mark.parametrize(
    "lang, words",
    [
        ("kk", ["нысанына", "Стерео", "сәйкес емес", "Файл оқылады", "Барлығы: 4 файл, 1 сәйкес, 3"]),
        ("ru", ["Стерео", "не соответствует", "Итого: файлов 4, соответствуют 1"]),
        ("en", ["Stereo", "1 channel (mono)", "File readable", "Total: 4 files, 1 pass, 3 fail"]),
    ],
)
def test_text_report(tmp_path, media, lang, words):
    text = format_report(check_round_media(media_round(tmp_path, media), cache=False), lang)
    for word in words:
        assert word in text, (word, text)
    # compact by default: rules that are met are not listed; `full` lists them
    assert "Container" not in format_report(check_round_media(media_round(tmp_path / "b", media), cache=False), "en")
    assert "Container" in format_report(
        check_round_media(media_round(tmp_path / "c", media), cache=False), "en", full=True
    )


def test_a_round_read_from_memory_reports_its_files_unreadable(media):
    from app.models.round import parse_round

    round_file = parse_round(json.dumps(round_data(entries=1)).encode(), "memory")
    record = check_round_media(round_file, cache=False)["files"][0]
    assert record["ok"] is False and record["checks"][0]["rule"] == "readable"
    assert "not read from a folder" in record["checks"][0]["found"]
