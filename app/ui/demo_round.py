"""The demo round: where it is written (once, into `<data>/demo`), opening it, and the round the
window opens at start (the one opened last, else the demo).

Used by the start (app.ui.application) and by the welcome screen (app.ui.comfort); it imports
neither, nor the main window, so the window's modules import each other in one direction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import data_dir
from app.ui.qt import QtCore

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DEMO_FOLDER = "demo"


def demo_round_path() -> Path:
    from app.demo import ROUND_FILE_NAME

    return data_dir() / DEMO_FOLDER / ROUND_FILE_NAME


def open_demo_round(window: MainWindow, note: str = "", level: str = "info", details: str = "") -> None:
    """Open the demo round, writing it first (in the background) if this is the first run; `note`
    (why the demo and not the expert's round) is shown in the banner once it is open."""

    def opened(path: Path) -> None:
        # a demo opened in place of the expert's round leaves that round first in the recent list,
        # so the next start tries it again (a USB stick plugged in late, say)
        if window.open_round(path, remember=not note) and note:
            window.banner.show_message(note, level, details)
            window.statusBar().showMessage(note.split("\n")[0], 15000)

    path = demo_round_path()
    if path.exists():
        opened(path)
        return
    from app.demo import write_demo_round
    from app.ui.worker import run_in_background

    title = QtCore.QCoreApplication.translate("Application", "Preparing the demo round")
    window.demo_operation = run_in_background(
        write_demo_round, path.parent, parent=window, title=title, on_success=opened
    )


def open_start_round(window: MainWindow) -> None:
    """The round opened last, as the expert left it; the demo round on the first run, or (with a note)
    when that round is no longer there or no longer opens."""
    recent = window.recent_rounds()
    if not recent:
        open_demo_round(window)
        return
    last = Path(recent[0])
    if not last.is_file():
        note = QtCore.QCoreApplication.translate(
            "Application",
            "The round opened last is no longer there: %1. The demo round is open instead: open "
            "yours with File → Open round…",
        )
        open_demo_round(window, note.replace("%1", str(last)))
        return
    if window.open_round(last) or window.locked_out is not None:
        return  # open in another window: the banner says so, and nothing is wrong with the file
    why = QtCore.QCoreApplication.translate(
        "Application",
        "The round opened last did not open, so the demo round is open instead. Correct the round "
        "file, then open it with File → Open recent.",
    )
    banner = window.banner
    open_demo_round(window, why + "\n" + banner.summary, "warning", banner.details and why + "\n" + banner.details)
