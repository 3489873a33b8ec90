"""Driving the chair's desk in tests: opening it, importing by button, waiting until idle, reading statuses and
the readiness text."""

from __future__ import annotations

from pathlib import Path

from app.ui.chair.desk import ChairDesk
from app.ui.qt import Qt

ENTRY_KEY = Qt.ItemDataRole.UserRole + 2


def open_desk(qtbot, round_file) -> ChairDesk:
    desk = ChairDesk(round_file)
    qtbot.addWidget(desk)
    desk.resize(1400, 900)
    desk.show()
    qtbot.waitUntil(lambda: desk.snapshot is not None, timeout=10_000)
    return desk


def wait_idle(qtbot, desk: ChairDesk) -> None:
    """Until the desk's background work is over and its outcome has reached the window."""
    qtbot.waitUntil(lambda: desk.operation is None or desk.operation.delivered, timeout=20_000)


def import_by_button(qtbot, desk: ChairDesk, monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(desk, "ask_open_paths", lambda: [str(p) for p in paths])
    qtbot.mouseClick(desk.import_files_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)


def statuses(desk: ChairDesk) -> dict[str, str]:
    model = desk.sheets.model
    return {model.rows[r].file_name: model.data(model.index(r, model.STATUS)) for r in range(model.rowCount())}


def readiness_text(desk: ChairDesk) -> str:
    model = desk.decisions.readiness_model
    return " ".join(model.data(model.index(r)) for r in range(model.rowCount()))


def store_records(desk):
    from app.models.audit import AuditLog
    from app.models.storage import open_database

    db = open_database(desk.round_file.round.round_id, "chair")
    try:
        return AuditLog(db).records()
    finally:
        db.close()
