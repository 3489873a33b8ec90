"""Issue 13 (3): after leaving full screen (Esc or the button) the picture comes back, on both
engines, while the time runs: the player sits in the expert's page (beside the list and the sheet,
as the expert sees it), and what the X server shows in the video area is read back.

Run: QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest -m xvfb tests/ui
"""

from __future__ import annotations

import pytest

from app.ui.player import PlaybackState, PlaylistItem
from app.ui.qt import Qt
from tests.helpers.ui_expert import compiled_translations, demo_round_path, open_window  # noqa: F401
from tests.helpers.ui_player import close_to, screen_colour_at_video_centre

pytestmark = [pytest.mark.xvfb, pytest.mark.usefixtures("english_ui", "compiled_translations")]
# the long clip: red, green, blue, white, six seconds each
COLOURS = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)]


def expected_colour(seconds: float):
    return COLOURS[min(int(seconds // 6), 3)]


@pytest.mark.parametrize("engine", ["vlc", "qt"])
@pytest.mark.parametrize("how", ["escape", "button"])
def test_the_picture_comes_back_after_full_screen(qtbot, monkeypatch, demo_round_path, long_clip, engine, how):
    monkeypatch.setenv("SARAPSHY_PLAYER", engine)
    window = open_window(qtbot, demo_round_path)
    player = window.page("expert").player.player
    try:
        assert player.backend is not None and player.backend_name().lower().startswith(engine), (
            player.video_area.message_text()
        )
        player.set_playlist([PlaylistItem("v1", "Lecture", "lecture", path=long_clip)])
        player.play()
        qtbot.waitUntil(lambda: player.state() == PlaybackState.PLAYING and player.current_time() > 0.5, timeout=10_000)
        qtbot.waitUntil(lambda: close_to(screen_colour_at_video_centre(player), COLOURS[0]), timeout=5000)
        player.fullscreen.set(True)
        host = player.fullscreen.host()
        qtbot.waitExposed(host)
        in_full_screen = player.current_time()
        qtbot.waitUntil(lambda: player.current_time() > in_full_screen + 0.8, timeout=5000)  # it plays on there
        if how == "escape":
            qtbot.keyClick(host, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(player.controls.fullscreen_button, Qt.MouseButton.LeftButton)
        assert not player.fullscreen.is_on()
        seen = []

        def shows_the_clock_colour() -> bool:  # the picture follows the running time, not black
            now = player.current_time()
            if int(now) % 6 in (0, 5):  # too near a change of colour to judge
                return False
            seen.append((now, screen_colour_at_video_centre(player)))
            return close_to(seen[-1][1], expected_colour(now))

        qtbot.waitUntil(lambda: player.current_time() > 7.0, timeout=10_000)
        qtbot.waitUntil(shows_the_clock_colour, timeout=5000)
        assert player.state() == PlaybackState.PLAYING
    finally:
        window.close()
