"""Issue 14, item 12 in the window: hostile paths (from File → Open, the recent list, the settings
file or the command line) are explained in the banner, never a traceback."""

from __future__ import annotations

import os

import pytest

from app.ui.main_window import MainWindow
from app.ui.preferences import preference
from app.ui.widgets.settings import app_settings


@pytest.mark.parametrize(
    "name, expected",
    [
        ("a\x00b.round.json", "NUL"),
        (os.fsdecode(b"\xff\xfe.round.json"), "U+DCFF"),
        ("x" * 300 + ".round.json", "too long (311 characters; at most 255)"),
    ],
)
def test_hostile_round_paths_are_explained(qtbot, english_ui, tmp_path, name, expected):
    window = MainWindow("expert")
    qtbot.addWidget(window)
    assert not window.open_round(str(tmp_path / name))
    assert expected in window.banner.text.text()
    window.close()


def test_hostile_values_in_the_settings_file_do_not_stop_the_window(qtbot, english_ui, tmp_path):
    settings = app_settings()
    settings.setValue("recent/rounds", [str(tmp_path / "a\x00b.round.json"), "x" * 5000])
    settings.setValue("recent/count", "9" * 5000)
    settings.setValue("ui/role", "\x00")
    settings.sync()
    assert preference("recent/count") == 8
    window = MainWindow()
    qtbot.addWidget(window)
    window._fill_recent_menu()
    assert window.role == "expert"
    window.close()
