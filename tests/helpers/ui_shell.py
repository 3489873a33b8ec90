"""The main window in tests: built for a role, shown and exposed."""

from __future__ import annotations

from app.ui.main_window import MainWindow


def make_window(qtbot, role: str = "expert") -> MainWindow:
    window = MainWindow(role)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
