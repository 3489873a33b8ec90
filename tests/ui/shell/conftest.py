"""Fixtures of the window-shell tests."""

from __future__ import annotations

import pytest

from tests.helpers.ui_shell import make_window


@pytest.fixture
def window(qtbot, english_ui):
    """The expert's window, in English, shown."""
    window = make_window(qtbot)
    yield window
    window.close()
