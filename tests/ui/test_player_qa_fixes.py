"""QA findings on the player (issue 3 report, nos. 2, 5, 9 and 12), offscreen on QtMultimedia."""

from __future__ import annotations

import sys

import pytest

from app.ui.player import PlaybackState, PlayerWidget, PlaylistItem, backend_problems, vlc_backend, vlc_library
from app.ui.player.controls import UNKNOWN_TIME
from app.ui.qt import Qt, QtWidgets


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
    assert not player.is_fullscreen()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    qtbot.wait(50)  # let every queued activation and show event land
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
    qtbot.waitUntil(lambda: "ойнату мүмкін емес" in player.message_text(), timeout=8000)
    text = player.message_text()
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
    text = player.message_text()
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
    assert player.is_fullscreen()
    qtbot.waitUntil(body.window().isActiveWindow, timeout=3000)
    qtbot.keyClick(body.window(), Qt.Key.Key_Escape)
    assert not player.is_fullscreen()
    qtbot.waitUntil(vlc_page.isActiveWindow, timeout=3000)
    qtbot.wait(100)
    focus = QtWidgets.QApplication.focusWidget()
    assert inside(focus, player), focus
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state() == PlaybackState.PLAYING, timeout=5000)
