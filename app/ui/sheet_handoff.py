"""An expert's sheet file given where a round was expected (opened, dropped): the window explains
that it is a sheet, and imports it on the chair's desk when its round is the one open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.ui import round_messages
from app.ui.recent_rounds import recent_round_with_id

if TYPE_CHECKING:
    from app.ui.chair.desk import ChairDesk
    from app.ui.main_window import MainWindow


def take_sheet_file(window: MainWindow, path: Path, sheet: dict[str, object]) -> None:
    """Explain that `path` is a sheet; import it on the chair's desk if its round is the open one."""
    window.round_error = None
    intro = round_messages.sheet_intro(path, sheet)
    round_id = str(sheet.get("round_id") or "")
    if window.round_file is None:
        known = recent_round_with_id(window.recent_rounds(), round_id)
        window.banner.show_message(intro + " " + round_messages.sheet_without_round(round_id, known), "warning")
        return
    if round_id != window.round_file.header.round_id:
        advice = round_messages.sheet_of_another_round(round_id, window.round_file.header.round_id)
        window.banner.show_message(intro + " " + advice, "warning")
        return
    if not window.set_role("chair"):
        window.banner.show_message(intro + " " + round_messages.desk_not_available(), "warning")
        return
    window.banner.show_message(intro + " " + round_messages.sheet_imported(), "info")
    _import_on_desk(window, cast("ChairDesk", window.pages["chair"]), path)


def _import_on_desk(window: MainWindow, desk: ChairDesk, path: Path) -> None:
    """The desk reads its imported sheets when a round opens: import after that, not alongside."""
    running = desk.operation
    if running is not None and running.is_running():
        running.finished.connect(lambda: _import_on_desk(window, desk, path))
        return
    window.sheet_import = desk.import_paths([path])
