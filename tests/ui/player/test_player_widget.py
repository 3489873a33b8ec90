"""The player widget offscreen, on the QtMultimedia engine (libvlc cannot draw offscreen): real
generated clips, real decoded frames, real key presses."""

from __future__ import annotations

import json
import sys

import pytest

from app.models.round import parse_round
from app.ui.player import (
    SHORTCUTS,
    PlaybackState,
    PlayerWidget,
    PlaylistItem,
    active_backend_name,
    backend_problems,
    format_time,
    playlist_for_entry,
    shortcut_table,
    vlc_backend,
    vlc_library,
)
from app.ui.player.backend import BackendUnavailable
from app.ui.player.choice import create_backend
from app.ui.player.controls import UNKNOWN_TIME
from app.ui.qt import QKeySequence, QShortcut, Qt, QtWidgets
from tests.helpers.ui_player import close_to

RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)


def centre_colour(image) -> tuple[int, int, int]:
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


@pytest.fixture
def player(qtbot, monkeypatch):
    monkeypatch.delenv("SARAPSHY_PLAYER", raising=False)
    widget = PlayerWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    yield widget
    widget.shutdown()


def wait_for_state(qtbot, widget, state, timeout=8000):
    qtbot.waitUntil(lambda: widget.state() == state, timeout=timeout)


def play_until(qtbot, widget, seconds, timeout=8000):
    widget.play()
    qtbot.waitUntil(lambda: widget.current_time() >= seconds, timeout=timeout)
    widget.pause()
    wait_for_state(qtbot, widget, PlaybackState.PAUSED)


# --- plain helpers ------------------------------------------------------------------------------


def test_format_time():
    assert format_time(0) == "0:00"
    assert format_time(7_900) == "0:07"
    assert format_time(754_000) == "12:34"
    assert format_time(3_723_000) == "1:02:03"


def test_playlist_puts_the_promo_first_and_resolves_paths(tmp_path):
    data = {
        "format": "sarapshy-round/1",
        "round_id": "6f1c1a4e-1111-4222-8333-944455556666",
        "title": "Test",
        "stage": "department",
        "commission": {"chair": {"name": "Chair"}, "experts": [{"id": "e1", "name": "Expert"}]},
        "entries": [
            {
                "id": "m01",
                "title": "Course",
                "authors": [{"name": "Author"}],
                "media": [
                    {"id": "l1", "kind": "lecture", "title": "1.1", "path": "media/l1.mp4"},
                    {"id": "p", "kind": "promo", "title": "Promo", "path": "media/p.mp4"},
                    {"id": "l2", "kind": "lecture", "title": "1.2", "url": "https://example.org/l2.mp4"},
                ],
            }
        ],
    }
    path = tmp_path / "t.round.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    round_file = parse_round(path.read_bytes(), path, path)
    items = playlist_for_entry(round_file, round_file.round.entries[0])
    assert [i.media_id for i in items] == ["p", "l1", "l2"]
    assert items[0].path == tmp_path / "media" / "p.mp4"
    assert items[2].is_stream and items[2].source == "https://example.org/l2.mp4"


def test_every_shortcut_names_a_player_action_and_is_listed_for_help(player):
    bound = {s.key().toString() for s in player.findChildren(QShortcut)}
    for shortcut in SHORTCUTS:
        assert {QKeySequence(k).toString() for k in shortcut.shortcuts} <= bound, shortcut.name
    keys = [k for s in SHORTCUTS for k in s.shortcuts]
    assert len(keys) == len(set(keys)), "a key is bound twice"
    table = shortcut_table()
    assert len(table) == len(SHORTCUTS)
    assert ("Space, K", "Play or pause") in table


# --- engine choice ------------------------------------------------------------------------------


def test_offscreen_falls_back_to_qtmultimedia(qapp, monkeypatch):
    monkeypatch.delenv("SARAPSHY_PLAYER", raising=False)
    backend = create_backend()
    try:
        assert backend.name().startswith("QtMultimedia")
        assert active_backend_name() == backend.name()
    finally:
        backend.release()


def test_missing_libvlc_is_reported_not_raised(qapp, monkeypatch):
    """python-vlc exits the process when PYTHON_VLC_LIB_PATH is wrong: that must not reach us."""
    monkeypatch.setattr(vlc_library, "_instance", None)
    monkeypatch.delitem(sys.modules, "vlc", raising=False)
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", "/nonexistent/libvlc.so.5")
    with pytest.raises(BackendUnavailable, match="libvlc could not be loaded"):
        vlc_library.load_libvlc()
    monkeypatch.setitem(sys.modules, "vlc", None)  # python-vlc not installed at all
    with pytest.raises(BackendUnavailable, match="ModuleNotFoundError"):
        vlc_library.load_libvlc()


def test_forced_engine_that_cannot_run_leaves_a_usable_widget(qtbot, monkeypatch, rgb_clip):
    monkeypatch.setenv("SARAPSHY_PLAYER", "vlc")  # libvlc cannot draw offscreen
    widget = PlayerWidget()
    qtbot.addWidget(widget)
    widget.set_playlist(
        [PlaylistItem("v1", "Promo", "promo", path=rgb_clip), PlaylistItem("v2", "Lecture", path=rgb_clip)]
    )
    widget.show()
    assert widget.backend is None
    assert "No video player can run on this computer" in widget.video_area.message_text()
    widget.navigator.next_video()
    widget.session.toggle_play()
    assert widget.current_media_id() == "v2"
    assert widget.current_time() == 0.0
    assert widget.session.snapshot() is None


def test_forced_qt_engine(qtbot, monkeypatch):
    monkeypatch.setenv("SARAPSHY_PLAYER", "qt")
    widget = PlayerWidget()
    qtbot.addWidget(widget)
    assert widget.backend_name().startswith("QtMultimedia")
    widget.shutdown()


# --- playback through the video sink ------------------------------------------------------------


def test_frames_have_the_colours_of_the_clip(qtbot, player, rgb_clip):
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    for seconds, wanted in ((0.5, RED), (1.5, GREEN), (2.5, BLUE)):
        play_until(qtbot, player, seconds)
        # the frame on screen is the one of the paused position
        image = player.session.snapshot()
        assert image is not None and not image.isNull()
        assert close_to(centre_colour(image), wanted), (seconds, player.current_time(), centre_colour(image))


def test_seek_while_paused_shows_that_frame(qtbot, player, rgb_clip):
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    play_until(qtbot, player, 0.2)
    player.seek_ms(2500)
    qtbot.waitUntil(
        lambda: player.session.snapshot() is not None and close_to(centre_colour(player.session.snapshot()), BLUE),
        timeout=5000,
    )
    assert player.current_time() == pytest.approx(2.5, abs=0.3)


def test_ends_and_plays_again_from_the_start(qtbot, player, rgb_clip):
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    player.controls.set_speed(2.0)
    saved: list = []
    player.position_saved.connect(lambda m, ms: saved.append((m, ms)))
    player.play()
    wait_for_state(qtbot, player, PlaybackState.ENDED)
    assert saved[-1] == ("v1", 0)  # watched to the end: next time it starts again
    player.play()
    wait_for_state(qtbot, player, PlaybackState.PLAYING)
    qtbot.waitUntil(lambda: 0 < player.current_time() < 2.0, timeout=5000)


def test_viewing_record_reports_what_was_played(qtbot, player, long_clip):
    intervals: list = []
    player.played_interval.connect(lambda m, a, b: intervals.append((m, a, b)))
    player.set_playlist([PlaylistItem("v1", "Lecture", path=long_clip)])
    play_until(qtbot, player, 1.0)
    player.session.skip_forward()  # 1 s → 11 s: a jump, not viewing
    play_until(qtbot, player, 12.0)
    assert len(intervals) >= 2
    assert all(m == "v1" for m, _, _ in intervals)
    first, last = intervals[0], intervals[-1]
    assert first[1] < 0.5 and 0.8 <= first[2] <= 1.8
    assert last[1] >= 10.5 and last[2] >= 12.0
    watched = sum(b - a for _, a, b in intervals)
    assert 1.5 < watched < 4.0  # ≈ 1 s + 1 s, certainly not the 10 s skipped


# --- memory of positions ------------------------------------------------------------------------


def test_resumes_where_storage_says_and_saves_on_switch(qtbot, player, long_clip, rgb_clip):
    asked: list[str] = []

    def position_for(media_id: str) -> int | None:
        asked.append(media_id)
        return {"v1": 13_000}.get(media_id)

    saved: list = []
    player.session.position_for = position_for
    player.position_saved.connect(lambda m, ms: saved.append((m, ms)))
    player.set_playlist([PlaylistItem("v1", "Lecture", path=long_clip), PlaylistItem("v2", "Promo", path=rgb_clip)])
    assert asked == ["v1"]
    player.play()
    qtbot.waitUntil(lambda: player.current_time() >= 13.2, timeout=8000)
    image = player.session.snapshot()
    assert close_to(centre_colour(image), BLUE)  # 12–18 s is blue: it resumed, not restarted
    player.navigator.next_video()
    assert player.current_media_id() == "v2"
    media, ms = saved[-1]
    assert media == "v1" and 13_000 <= ms <= 16_000, saved
    assert asked == ["v1", "v2"]


def test_remembers_positions_within_the_session_without_storage(qtbot, player, long_clip, rgb_clip):
    player.set_playlist([PlaylistItem("v1", "Lecture", path=long_clip), PlaylistItem("v2", "Promo", path=rgb_clip)])
    play_until(qtbot, player, 2.0)
    kept = player.current_time()
    player.navigator.select("v2")
    player.navigator.select("v1")
    assert player.current_time() == pytest.approx(kept, abs=0.05)


def test_seek_to_switches_video_and_plays_from_the_note(qtbot, player, long_clip, rgb_clip):
    changes: list[str] = []
    player.current_media_changed.connect(changes.append)
    player.set_playlist(
        [PlaylistItem("v1", "Promo", "promo", path=rgb_clip), PlaylistItem("v2", "Lecture", path=long_clip)]
    )
    times: list = []
    player.time_changed.connect(lambda m, s: times.append((m, s)))
    assert player.seek_to("v2", 19.0)
    wait_for_state(qtbot, player, PlaybackState.PLAYING)
    qtbot.waitUntil(lambda: player.current_time() >= 19.3, timeout=5000)
    assert changes == ["v1", "v2"]
    assert close_to(centre_colour(player.session.snapshot()), (255, 255, 255))
    assert times and times[-1][0] == "v2" and times[-1][1] >= 19.0
    assert not player.seek_to("nope", 1.0)


# --- controls and keys --------------------------------------------------------------------------


def test_keyboard_controls(qtbot, player, long_clip):
    player.set_playlist([PlaylistItem("v1", "Lecture", path=long_clip)])
    body = player.findChild(QtWidgets.QWidget, "playerBody")
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Space)
    wait_for_state(qtbot, player, PlaybackState.PLAYING)
    qtbot.keyClick(body, Qt.Key.Key_K)
    wait_for_state(qtbot, player, PlaybackState.PAUSED)
    before = player.current_time()
    qtbot.keyClick(body, Qt.Key.Key_Right)
    assert player.current_time() == pytest.approx(before + 10, abs=0.3)
    qtbot.keyClick(body, Qt.Key.Key_Left)
    assert player.current_time() == pytest.approx(before, abs=0.3)
    qtbot.keyClick(body, Qt.Key.Key_BracketRight)
    assert player.controls.speed() == 1.25 and player.backend._player.playbackRate() == pytest.approx(1.25)
    for _ in range(6):
        qtbot.keyClick(body, Qt.Key.Key_BracketLeft)
    assert player.controls.speed() == 0.5
    qtbot.keyClick(body, Qt.Key.Key_Equal)
    assert player.controls.speed() == 1.0
    volume = player.controls.volume()
    qtbot.keyClick(body, Qt.Key.Key_Down)
    assert player.controls.volume() == volume - 5
    assert player.backend.volume() == volume - 5
    qtbot.keyClick(body, Qt.Key.Key_M)
    assert player.controls.is_muted() and player.backend.is_muted()
    qtbot.keyClick(body, Qt.Key.Key_M)
    assert not player.controls.is_muted()
    qtbot.keyClick(body, Qt.Key.Key_Home)
    assert player.current_time() == 0.0


def test_fullscreen_and_escape(qtbot, player, rgb_clip):
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    body = player.findChild(QtWidgets.QWidget, "playerBody")
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F)
    assert player.fullscreen.is_on()
    host = body.window()
    assert host is not player.window() and host.isFullScreen()
    qtbot.waitUntil(host.isActiveWindow, timeout=3000)
    # shortcuts still work in full screen
    qtbot.keyClick(body, Qt.Key.Key_Space)
    wait_for_state(qtbot, player, PlaybackState.PLAYING)
    qtbot.keyClick(host, Qt.Key.Key_Escape)
    assert not player.fullscreen.is_on()
    assert body.parent() is player


def test_clicking_the_seek_bar_jumps_there(qtbot, player, long_clip):
    player.set_playlist([PlaylistItem("v1", "Lecture", path=long_clip)])
    play_until(qtbot, player, 0.3)
    slider = player.controls.seek
    qtbot.waitUntil(lambda: slider.maximum() > 20_000, timeout=5000)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.rect().center())
    assert player.current_time() == pytest.approx(12.0, abs=1.5)


# --- what cannot play ---------------------------------------------------------------------------


def test_missing_file_shows_a_message_and_the_rest_works(qtbot, player, rgb_clip, tmp_path):
    missing = tmp_path / "media" / "gone.mp4"
    player.set_playlist([PlaylistItem("v1", "Gone", path=missing), PlaylistItem("v2", "Promo", "promo", path=rgb_clip)])
    assert "missing" in player.video_area.message_text() and str(missing) in player.video_area.message_text()
    player.session.toggle_play()  # nothing to play: no crash, no state change
    assert player.session.snapshot() is None
    player.navigator.next_video()
    assert player.video_area.message_text() == ""
    play_until(qtbot, player, 0.4)
    assert close_to(centre_colour(player.session.snapshot()), RED)


def test_corrupt_file_shows_a_message(qtbot, player, corrupt_clip):
    player.set_playlist([PlaylistItem("v1", "Broken", path=corrupt_clip)])
    player.play()
    qtbot.waitUntil(lambda: "cannot be played" in player.video_area.message_text(), timeout=8000)
    assert str(corrupt_clip) in player.video_area.message_text()


def test_item_without_source_and_empty_playlist(qtbot, player):
    player.set_playlist([PlaylistItem("v1", "Nowhere")])
    assert "neither a file nor a link" in player.video_area.message_text()
    player.set_playlist([])
    assert "no videos" in player.video_area.message_text()
    assert player.current_media_id() == ""


def test_broken_stream_offers_the_browser(qtbot, player):
    player.set_playlist([PlaylistItem("v1", "Online", url="http://127.0.0.1:9/none.mp4")])
    player.play()
    qtbot.waitUntil(lambda: "online video could not be opened" in player.video_area.message_text(), timeout=10000)
    assert player.video_area.message.link_button.isVisibleTo(player)


def test_messages_follow_the_language(qtbot, player, compiled_translations, qapp, tmp_path):
    from app.ui.i18n import install_language

    try:
        install_language(qapp, "kk")
        player.set_playlist([PlaylistItem("v1", "Gone", path=tmp_path / "gone.mp4")])
        assert "Бейне файлы жоқ" in player.video_area.message_text()
        install_language(qapp, "ru")  # widgets hear of it through a posted LanguageChange event
        qtbot.waitUntil(lambda: "Видеофайл отсутствует" in player.video_area.message_text(), timeout=3000)
        assert player.controls.play_button.toolTip() == "Воспроизведение или пауза (пробел)"
    finally:
        install_language(qapp, "en")
    qtbot.waitUntil(lambda: player.video_area.message_text().startswith("The video file is missing"), timeout=3000)


# --- Found by QA: focus after full screen, restored positions, known lengths, bad videos, no libvlc ---


def player_page(qtbot, monkeypatch, engine: str):
    """The player beside another focusable widget, as on the expert page."""
    monkeypatch.setenv("SARAPSHY_PLAYER", engine)
    window = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(window)
    window.other = QtWidgets.QLineEdit()
    window.player = PlayerWidget()
    layout.addWidget(window.other)
    layout.addWidget(window.player)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.player.shutdown()


@pytest.fixture
def page(qtbot, monkeypatch):
    yield from player_page(qtbot, monkeypatch, "qt")


@pytest.fixture
def kazakh(qapp, compiled_translations):
    from app.ui.i18n import install_language

    install_language(qapp, "kk")
    yield
    install_language(qapp, "en")


def inside(widget, ancestor) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def test_focus_returns_to_the_player_after_leaving_full_screen(qtbot, page, rgb_clip):
    player = page.player
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    body = player.findChild(QtWidgets.QWidget, "playerBody")
    qtbot.mouseClick(page.other, Qt.MouseButton.LeftButton)  # the window's last focus was elsewhere
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F)
    host = body.window()
    qtbot.waitUntil(host.isActiveWindow, timeout=3000)
    qtbot.keyClick(host, Qt.Key.Key_Escape)
    assert not player.fullscreen.is_on()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: inside(QtWidgets.QApplication.focusWidget(), player), timeout=3000)
    focus = QtWidgets.QApplication.focusWidget()
    assert inside(focus, player), focus
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state() == PlaybackState.PLAYING, timeout=5000)
    qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state() == PlaybackState.PAUSED, timeout=5000)


def test_a_restored_position_waits_for_the_length_then_sits_on_the_bar(qtbot, page, long_clip):
    player = page.player
    player.session.position_for = {"v1": 13_000}.get
    player.set_playlist([PlaylistItem("v1", "Lecture", path=long_clip)])
    assert player.controls.time_label.text() == "0:13"
    if player.controls.seek.maximum() == 0:  # the engine has not read the file yet
        assert player.controls.duration_label.text() == UNKNOWN_TIME
    qtbot.waitUntil(lambda: player.controls.seek.maximum() > 0, timeout=5000)
    assert player.controls.seek.maximum() == pytest.approx(24_000, abs=100)
    assert player.controls.seek.value() == 13_000
    assert player.controls.duration_label.text() == "0:24"
    assert player.controls.time_label.text() == "0:13"


def test_a_length_known_from_storage_shows_at_once(qtbot, page, long_clip, rgb_clip):
    player = page.player
    player.session.position_for = {"v1": 13_000}.get
    player.session.duration_for = {"v1": 24_000, "v2": 3_000}.get
    player.set_playlist(
        [PlaylistItem("v1", "Lecture", path=long_clip), PlaylistItem("v2", "Promo", "promo", path=rgb_clip)]
    )
    assert (player.controls.time_label.text(), player.controls.duration_label.text()) == ("0:13", "0:24")
    assert (player.controls.seek.maximum(), player.controls.seek.value()) == (24_000, 13_000)
    assert "(0:03)" in player.playlist_view.item(1).text()  # not played in this session


def test_an_undecodable_video_is_explained_in_kazakh_only(qtbot, page, kazakh, corrupt_clip):
    player = page.player
    player.set_playlist([PlaylistItem("v1", "Broken", path=corrupt_clip)])
    player.play()
    qtbot.waitUntil(lambda: "ойнату мүмкін емес" in player.video_area.message_text(), timeout=8000)
    text = player.video_area.message_text()
    assert str(corrupt_clip) in text
    assert "decod" not in text and "(" not in text.replace(str(corrupt_clip), "")
    assert player.video_area.message.label.toolTip().startswith("Ұйымдастырушыға арналған мәлімет:")


def test_missing_libvlc_is_explained_in_kazakh_without_python_internals(qtbot, kazakh, monkeypatch):
    monkeypatch.setenv("SARAPSHY_PLAYER", "vlc")
    monkeypatch.setattr(vlc_backend, "EMBEDDABLE_PLATFORMS", ("offscreen",))
    monkeypatch.setattr(vlc_library, "_instance", None)
    monkeypatch.delitem(sys.modules, "vlc", raising=False)
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", "/nonexistent/libvlc.so.5")  # python-vlc calls sys.exit(1)
    player = PlayerWidget()
    qtbot.addWidget(player)
    assert player.backend is None
    text = player.video_area.message_text()
    assert text.startswith("Бұл компьютерде бейне ойнатқыш іске қосылмайды")
    assert "libvlc" not in text and "SystemExit" not in text and "(" not in text.replace("(videolan.org)", "")
    tooltip = player.video_area.message.label.toolTip()
    assert "SystemExit" not in tooltip and "VLC медиа ойнатқышы бұл компьютерде орнатылмаған" in tooltip
    # Help → About's "Not used: …" line
    assert backend_problems() == [
        "VLC медиа ойнатқышы бұл компьютерде орнатылмаған (немесе оның кітапханасы жүктелмейді)"
    ]


def test_qt_engine_keeps_ffmpeg_stream_dumps_off_stderr(qtbot, monkeypatch, capfd, rgb_clip):
    monkeypatch.setenv("SARAPSHY_PLAYER", "qt")
    player = PlayerWidget()
    qtbot.addWidget(player)
    player.show()
    capfd.readouterr()
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    player.play()
    qtbot.waitUntil(lambda: player.current_time() > 0.3, timeout=8000)
    player.shutdown()
    err = capfd.readouterr().err
    assert "Input #0" not in err and "Stream #0" not in err, err


# --- on a real display, with libvlc (the engine the QA report used) --------------------------------


@pytest.fixture
def vlc_page(qtbot, monkeypatch):
    yield from player_page(qtbot, monkeypatch, "vlc")


@pytest.mark.xvfb
def test_vlc_reads_the_length_before_playback_so_a_restored_position_shows(qtbot, vlc_page, long_clip):
    player = vlc_page.player
    assert player.backend_name().startswith("VLC")
    player.session.position_for = {"v1": 13_000}.get
    player.set_playlist([PlaylistItem("v1", "Lecture", path=long_clip)])
    qtbot.waitUntil(lambda: player.controls.seek.maximum() > 0, timeout=5000)
    assert player.state() != PlaybackState.PLAYING  # known without playing
    assert (player.controls.seek.value(), player.controls.duration_label.text()) == (13_000, "0:24")
    player.play()
    qtbot.waitUntil(lambda: player.current_time() >= 13.3, timeout=8000)  # resumed there


@pytest.mark.xvfb
def test_vlc_focus_returns_to_the_player_after_leaving_full_screen(qtbot, vlc_page, rgb_clip):
    player = vlc_page.player
    player.set_playlist([PlaylistItem("v1", "Promo", "promo", path=rgb_clip)])
    body = player.findChild(QtWidgets.QWidget, "playerBody")
    qtbot.mouseClick(vlc_page.other, Qt.MouseButton.LeftButton)
    vlc_page.activateWindow()
    qtbot.waitUntil(vlc_page.isActiveWindow, timeout=3000)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F11)
    assert player.fullscreen.is_on()
    qtbot.waitUntil(body.window().isActiveWindow, timeout=3000)
    qtbot.keyClick(body.window(), Qt.Key.Key_Escape)
    assert not player.fullscreen.is_on()
    qtbot.waitUntil(vlc_page.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: inside(QtWidgets.QApplication.focusWidget(), player), timeout=3000)
    focus = QtWidgets.QApplication.focusWidget()
    assert inside(focus, player), focus
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state() == PlaybackState.PLAYING, timeout=5000)
