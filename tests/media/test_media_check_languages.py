"""`sarapshy check-media --lang kk|ru`: the measured values and the unreadable files' problems are in
the chosen language too, and a technical rule (the voice's balance) gets a plain-words line."""

import shutil

import pytest

from app.cli import main
from tests.helpers.factories import round_data, write_round


@pytest.fixture
def media_round_path(tmp_path, media):
    folder = tmp_path / "round"
    (folder / "media").mkdir(parents=True)
    shutil.copy(media("mono"), folder / "media" / "mono.mp4")
    shutil.copy(media("offcentre"), folder / "media" / "offcentre.mp4")
    data = round_data(entries=1)
    data["entries"][0]["media"] = [
        {"id": "v1", "kind": "promo", "path": "media/mono.mp4"},
        {"id": "v2", "kind": "lecture", "path": "media/offcentre.mp4"},
        {"id": "v3", "kind": "lecture", "path": "media/absent.mp4"},
    ]
    return write_round(folder, data)


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "kk",
            [
                "1 арна (моно)",
                "2 арна (стерео)",
                "сол − оң",
                "арналардың ұқсастығы",
                "Дауыс ортадан естілуі керек",
                "бейне файл жоқ",
            ],
        ),
        (
            "ru",
            [
                "1 канал (моно)",
                "2 канала (стерео)",
                "левый − правый",
                "сходство каналов",
                "Голос должен звучать по центру",
                "видеофайл отсутствует",
            ],
        ),
    ],
)
def test_check_media_speaks_the_chosen_language(media_round_path, capsys, lang, words, monkeypatch, tmp_path):
    monkeypatch.setenv("SARAPSHY_HOME", str(tmp_path / "home"))
    assert main(["check-media", str(media_round_path), "--lang", lang]) == 1
    out = capsys.readouterr().out
    for word in words:
        assert word in out, (word, out)
    for english in ("channel", "correlation", "L−R", "the video file is missing", "put the file"):
        assert english not in out, (english, out)


def test_check_media_in_english_keeps_the_measured_values(media_round_path, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SARAPSHY_HOME", str(tmp_path / "home"))
    assert main(["check-media", str(media_round_path)]) == 1
    out = capsys.readouterr().out
    assert "1 channel (mono)" in out and "the video file is missing" in out
    assert "The voice must sound from the middle" in out
