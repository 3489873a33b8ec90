"""The player on a real X display (Xvfb): libvlc drawing inside our window, and QtMultimedia
through QVideoWidget's sink. Playback is proven by decoded colours, never by the state alone.

Run: QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest -m xvfb tests/ui
"""

from __future__ import annotations

import sys
import time

import pytest

from app.ui.player import PlaybackState, PlayerWidget, PlaylistItem, vlc_library
from app.ui.qt import Qt
from tests.helpers.ui_player import close_to, rgb_at, screen_colour_at_video_centre

pytestmark = pytest.mark.xvfb

RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)
COLOURS = {"red": RED, "green": GREEN, "blue": BLUE}


def name_of(colour) -> str | None:
    return next((name for name, value in COLOURS.items() if close_to(colour, value)), None)


def make_player(qtbot, monkeypatch, engine: str | None) -> PlayerWidget:
    if engine:
        monkeypatch.setenv("SARAPSHY_PLAYER", engine)
    else:
        monkeypatch.delenv("SARAPSHY_PLAYER", raising=False)
    widget = PlayerWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(params=["vlc", "qt"])
def player(request, qtbot, monkeypatch):
    widget = make_player(qtbot, monkeypatch, request.param)
    assert widget.backend is not None, widget.video_area.message_text()
    assert widget.backend_name().startswith({"vlc": "VLC", "qt": "QtMultimedia"}[request.param])
    yield widget
    widget.shutdown()


def settle(qtbot, ms: int) -> None:
    qtbot.wait(ms)


def snapshot_is(widget: PlayerWidget, wanted) -> bool:
    image = widget.session.snapshot()
    return image is not None and close_to(rgb_at(image), wanted)


def test_automatic_choice_is_libvlc_on_x11(qtbot, monkeypatch):
    widget = make_player(qtbot, monkeypatch, None)
    try:
        assert widget.backend_name().startswith("VLC 3.")
    finally:
        widget.shutdown()


def test_without_libvlc_the_player_falls_back_to_qtmultimedia(qtbot, monkeypatch):
    monkeypatch.setattr(vlc_library, "_instance", None)
    monkeypatch.setitem(sys.modules, "vlc", None)
    widget = make_player(qtbot, monkeypatch, None)
    try:
        assert widget.backend_name().startswith("QtMultimedia")
    finally:
        widget.shutdown()


def test_playing_shows_red_then_green_then_blue(qtbot, player, rgb_clip):
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    seen: list[str] = []
    player.play()
    qtbot.waitUntil(player.backend.has_video, timeout=8000)
    deadline = time.monotonic() + 8
    while player.state() != PlaybackState.ENDED and time.monotonic() < deadline:
        image = player.session.snapshot()
        if image is not None:
            name = name_of(rgb_at(image))
            if name and (not seen or seen[-1] != name):
                seen.append(name)
        settle(qtbot, 60)
    assert seen == ["red", "green", "blue"], seen


@pytest.mark.parametrize("seconds, wanted", [(0.5, RED), (1.5, GREEN), (2.5, BLUE)])
def test_snapshot_mid_segment_has_its_colour(qtbot, player, rgb_clip, seconds, wanted):
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    player.play()
    qtbot.waitUntil(player.backend.has_video, timeout=8000)
    player.pause()
    qtbot.waitUntil(lambda: player.state() == PlaybackState.PAUSED, timeout=5000)
    player.seek_ms(int(seconds * 1000))
    qtbot.waitUntil(lambda: snapshot_is(player, wanted), timeout=5000)
    assert abs(player.current_time() - seconds) < 0.3


def test_seeks_while_paused_show_each_new_picture_and_stay_paused(qtbot, player, rgb_clip):
    """Forward, back and within a segment; libvlc 3 alone loses about one such seek in ten."""
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    player.play()
    qtbot.waitUntil(player.backend.has_video, timeout=8000)
    player.pause()
    qtbot.waitUntil(lambda: player.state() == PlaybackState.PAUSED, timeout=5000)
    states: list[str] = []
    player.backend.state_changed.connect(states.append)
    for _ in range(3):
        for ms, wanted in [(2500, BLUE), (500, RED), (1500, GREEN), (1700, GREEN), (200, RED)]:
            player.seek_ms(ms)
            qtbot.waitUntil(lambda wanted=wanted: snapshot_is(player, wanted), timeout=3000)
            assert abs(player.current_time() * 1000 - ms) < 300, (ms, player.current_time())
    assert states == [] and player.state() == PlaybackState.PAUSED, states


def test_libvlc_draws_inside_our_window_also_in_full_screen(qtbot, monkeypatch, rgb_clip):
    widget = make_player(qtbot, monkeypatch, "vlc")
    try:
        widget.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
        widget.play()
        qtbot.waitUntil(widget.backend.has_video, timeout=8000)
        widget.pause()
        widget.seek_ms(1500)
        qtbot.waitUntil(lambda: close_to(screen_colour_at_video_centre(widget), GREEN), timeout=5000)

        widget.fullscreen.set(True)
        host = widget.backend.video_widget().window()
        qtbot.waitUntil(lambda: host.isFullScreen() and host.width() >= 1500, timeout=5000)
        widget.seek_ms(2500)
        qtbot.waitUntil(lambda: close_to(screen_colour_at_video_centre(widget), BLUE), timeout=5000)
        qtbot.keyClick(host, Qt.Key.Key_Escape)
        assert not widget.fullscreen.is_on()
        widget.seek_ms(500)
        qtbot.waitUntil(lambda: close_to(screen_colour_at_video_centre(widget), RED), timeout=5000)
    finally:
        widget.shutdown()


def test_missing_and_corrupt_files_give_messages(qtbot, player, corrupt_clip, rgb_clip, tmp_path):
    missing = tmp_path / "media" / "gone.mp4"
    player.set_playlist(
        [
            PlaylistItem("v1", "Gone", path=missing),
            PlaylistItem("v2", "Broken", path=corrupt_clip),
            PlaylistItem("v3", "Promo", "promo", path=rgb_clip),
        ]
    )
    assert str(missing) in player.video_area.message_text()
    player.navigator.next_video()
    player.play()
    qtbot.waitUntil(lambda: "cannot be played" in player.video_area.message_text(), timeout=10000)
    player.navigator.next_video()
    assert player.video_area.message_text() == ""
    player.play()
    qtbot.waitUntil(lambda: any(snapshot_is(player, c) for c in COLOURS.values()), timeout=8000)
