"""The chair's desk in a window: real clicks and keys through import, paper match, tie resolution,
advancing entries, the next-stage export and the documents; reopening shows the same state."""

from __future__ import annotations

import json
import subprocess

import pytest

from app.models.round import load_round
from app.ui.chair import next_stage
from app.ui.chair.desk import ChairDesk
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.helpers.chair import make_ready, make_round, realistic_round, signed_sheet, tampered, write_sheet
from tests.helpers.ui_chair import (
    ENTRY_KEY,
    import_by_button,
    open_desk,
    readiness_text,
    statuses,
    store_records,
    wait_idle,
)


def toggle_check(qtbot, view: QtWidgets.QTableView, row: int, column: int) -> None:
    """Select the cell and press Space, as a keyboard user toggles a checkbox in a table."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Space)


@pytest.fixture
def mixed(tmp_path):
    """A department round with valid, tampered, foreign, outdated and duplicate sheets."""
    round_file = make_round(tmp_path / "round", entries=5, experts=3, stage="department", media=True)
    other = make_round(
        tmp_path / "other",
        entries=5,
        experts=3,
        customise=lambda d: d.update(round_id="9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"),
    )
    folder = tmp_path / "incoming"
    totals = [
        {"m01": 60, "m02": 50, "m03": 50, "m04": 40, "m05": 30},
        {"m01": 62, "m02": 52, "m03": 52, "m04": 41, "m05": 33},
        {"m01": 58, "m02": 48, "m03": 48, "m04": 39, "m05": 31},
    ]
    e1 = signed_sheet(round_file, "e1", totals[0])
    paths = [
        write_sheet(folder, "e1.sheet.json", e1),
        write_sheet(
            folder, "e2-first.sheet.json", signed_sheet(round_file, "e2", dict.fromkeys(totals[1], 20), revision=1)
        ),
        write_sheet(folder, "e2.sheet.json", signed_sheet(round_file, "e2", totals[1], revision=2)),
        write_sheet(folder, "e3.sheet.json", signed_sheet(round_file, "e3", totals[2])),
        write_sheet(folder, "e3-edited.sheet.json", tampered(signed_sheet(round_file, "e3", totals[2]))),
        write_sheet(folder, "foreign.sheet.json", signed_sheet(other, "e1", totals[0])),
    ]
    copy = folder / "e1-copy.sheet.json"
    copy.write_text(json.dumps(e1, ensure_ascii=False), encoding="utf-8")  # same content, other layout
    paths.append(copy)
    return round_file, paths


def test_import_paper_match_tie_and_reopen(qtbot, english_ui, monkeypatch, mixed):
    round_file, paths = mixed
    desk = open_desk(qtbot, round_file)
    assert desk.sheets.model.rowCount() == 0
    import_by_button(qtbot, desk, monkeypatch, paths)
    assert statuses(desk) == {
        "e1.sheet.json": "accepted",
        "e2-first.sheet.json": "superseded",
        "e2.sheet.json": "accepted",
        "e3.sheet.json": "accepted",
        "e3-edited.sheet.json": "rejected",
        "foreign.sheet.json": "rejected",
        "e1-copy.sheet.json": "duplicate",
    }
    assert "3 accepted, 2 rejected, 1 superseded, 1 duplicates" in desk.summary.text()
    assert "Imported 7 new file(s): 3 accepted" in desk.banner.message()

    # Importing the same files again changes nothing and says so.
    import_by_button(qtbot, desk, monkeypatch, paths[:2])
    assert desk.sheets.model.rowCount() == 7
    assert "Already imported before" in desk.banner.message()

    # Paper match for e1's sheet, with the keyboard.
    desk.tabs.setCurrentWidget(desk.sheets)
    toggle_check(qtbot, desk.sheets.view, 0, desk.sheets.model.PAPER)
    assert desk.sheets.model.rows[0].paper_checked
    assert "Not yet compared with paper: 2" in desk.summary.text()

    # The tie m02 = m03 on place 2 blocks the protocol until resolved.
    desk.tabs.setCurrentWidget(desk.decisions)
    assert not desk.decisions.protocol_button.isEnabled()
    assert "The protocol waits for" in desk.decisions.blockers.text()
    assert "The tie of m02, m03 on place 2" in readiness_text(desk)
    resolve = desk.decisions.findChild(QtWidgets.QPushButton, "resolve_tie_m02_m03")
    qtbot.mouseClick(resolve, Qt.MouseButton.LeftButton)
    dialog = desk.decision_actions.tie_dialog
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no text yet
    # an order is decided: click the box itself (the widget is wider than its box and label)
    qtbot.mouseClick(dialog.shared, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(8, dialog.shared.height() // 2))
    assert not dialog.shared.isChecked()
    dialog.order.setCurrentRow(1)
    qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)  # m03 before m02
    qtbot.keyClicks(dialog.text, "Open vote: 2 - 1")  # QTest types ASCII only
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.snapshot.unresolved_ties() == [])
    assert "The tie of" not in readiness_text(desk)
    ranking = desk.ranking.model
    assert [ranking.data(ranking.index(r, 0), ENTRY_KEY) for r in range(3)] == ["m01", "m03", "m02"]

    # Protocol number, typed.
    desk.decisions.protocol_number.setFocus()
    qtbot.keyClicks(desk.decisions.protocol_number, "4")
    qtbot.keyClick(desk.decisions.protocol_number, Qt.Key.Key_Return)
    assert desk.snapshot.decisions.protocol_number == "4"
    # The other sheets compared with paper: nothing blocks the protocol any more.
    assert not desk.decisions.protocol_button.isEnabled()
    desk.tabs.setCurrentWidget(desk.sheets)
    for row, sheet in enumerate(desk.sheets.model.rows):
        if sheet.accepted and not sheet.paper_checked:
            toggle_check(qtbot, desk.sheets.view, row, desk.sheets.model.PAPER)
    assert desk.decisions.protocol_button.isEnabled()
    assert desk.decisions.readiness_model.blocking() == []

    # Reopen: a new desk over the same round shows the same state.
    again = open_desk(qtbot, load_round(round_file.path))
    assert statuses(again) == statuses(desk)
    assert [r.paper_checked for r in again.sheets.model.rows] == [r.paper_checked for r in desk.sheets.model.rows]
    assert again.snapshot.unresolved_ties() == []
    assert again.snapshot.decisions.tie_resolutions[("m02", "m03")].order == ("m03", "m02")
    assert again.decisions.protocol_number.text() == "4"
    assert again.decisions.protocol_button.isEnabled()


def test_advancing_and_the_next_stage_export(qtbot, english_ui, monkeypatch, mixed, tmp_path):
    round_file, paths = mixed
    desk = open_desk(qtbot, round_file)
    import_by_button(qtbot, desk, monkeypatch, paths)
    desk.tabs.setCurrentWidget(desk.decisions)
    view, model = desk.decisions.view, desk.decisions.model
    assert not desk.decisions.export_button.isEnabled()
    rows = {model.data(model.index(r, 0), ENTRY_KEY): r for r in range(model.rowCount())}
    for entry_id in ("m01", "m04"):
        toggle_check(qtbot, view, rows[entry_id], model.ADVANCES)
    assert desk.snapshot.decisions.advancing == ["m01", "m04"]
    assert "Chosen: 2 of 3" in desk.decisions.advancing_note.text()
    assert "up to 3 entries advance to the faculty (regulation 9.5.1)" in desk.decisions.advancing_note.text()

    # The package carries the protocol's extract: what blocks the protocol blocks it (regulation 9.5).
    out = tmp_path / "to-faculty"
    monkeypatch.setattr(next_stage, "ask_package_folder", lambda desk: str(out))
    qtbot.mouseClick(desk.decisions.export_button, Qt.MouseButton.LeftButton)
    assert "it can be written when the protocol can" in desk.banner.message() and not out.exists()
    store = desk.store
    store.set_tie_resolution(["m02", "m03"], "Ашық дауыс беру: 3 – 0", ["m03", "m02"])
    store.set_protocol_number("4")
    for row in desk.snapshot.sheets:
        if row.accepted:
            store.set_paper_checked(row, True)
    desk._refresh_decisions()
    qtbot.mouseClick(desk.decisions.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    exported = load_round(next(out.glob("*.round.json")))
    assert exported.round.stage == "faculty"
    assert [e.id for e in exported.round.entries] == ["m01", "m04"]
    assert exported.round.round_id != round_file.round.round_id
    assert all(exported.media_path(m).is_file() for e in exported.round.entries for m in e.media)
    assert (out / "package.json").is_file() and len(list((out / "extracts").glob("*.pdf"))) == 1
    assert "next-stage package is written" in desk.banner.message()

    # The department sends at most three: a fourth tick is refused with a message.
    for entry_id in ("m02", "m03"):
        toggle_check(qtbot, view, rows[entry_id], model.ADVANCES)
    assert len(desk.snapshot.decisions.advancing) == 3
    assert "at most 3" in desk.banner.message()


def test_documents_are_written_with_the_decisions(qtbot, english_ui, monkeypatch, tmp_path):
    round_file, paths = realistic_round(tmp_path / "round")
    desk = open_desk(qtbot, round_file)
    desk.import_paths(paths)
    wait_idle(qtbot, desk)
    store = desk.store
    store.set_tie_resolution(["m02", "m03"], "Комиссияның ашық дауыс беруі: 5 – 2")
    store.set_protocol_number("5")
    for row in desk.snapshot.sheets:
        store.set_paper_checked(row, True)
    desk._refresh_decisions()
    assert desk.decisions.protocol_button.isEnabled()

    pdf = tmp_path / "protocol.pdf"
    monkeypatch.setattr(desk, "ask_save_path", lambda *args: str(pdf))
    qtbot.mouseClick(desk.decisions.protocol_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Комиссияның ашық дауыс беруі: 5 – 2" in text
    assert "Python тілінде бағдарламалау негіздері" in text

    xlsx = tmp_path / "summary.xlsx"
    monkeypatch.setattr(desk, "ask_save_path", lambda *args: str(xlsx))
    qtbot.mouseClick(desk.decisions.summary_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    import openpyxl

    workbook = openpyxl.load_workbook(xlsx)
    assert len(workbook.sheetnames) >= 2
    events = [r.event for r in store_records(desk)]
    assert "write_protocol" in events and "write_summary" in events


def test_drag_and_drop_a_folder_and_bad_input_messages(qtbot, english_ui, mixed):
    round_file, paths = mixed
    desk = open_desk(qtbot, round_file)
    mime = QtCore.QMimeData()
    mime.setUrls(
        [
            QtCore.QUrl.fromLocalFile(str(paths[0].parent)),
            QtCore.QUrl.fromLocalFile(str(paths[0].parent / "gone.sheet.json")),
        ]
    )
    position = QtCore.QPointF(desk.rect().center())
    enter = QtGui.QDragEnterEvent(
        position.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QtWidgets.QApplication.sendEvent(desk, enter)
    assert enter.isAccepted()
    drop = QtGui.QDropEvent(
        position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QtWidgets.QApplication.sendEvent(desk, drop)
    wait_idle(qtbot, desk)
    assert desk.sheets.model.rowCount() == 7
    assert "gone.sheet.json" in desk.banner.message() and "does not exist" in desk.banner.message()


def test_no_round_then_a_round(qtbot, english_ui, mixed):
    desk = ChairDesk(None)
    qtbot.addWidget(desk)
    assert desk.stack.currentWidget() is desk.placeholder
    assert not desk.import_files_button.isEnabled()
    assert all(not a.isEnabled() for a in desk.page_actions())
    desk.set_round(mixed[0])
    qtbot.waitUntil(lambda: desk.snapshot is not None)
    assert desk.stack.currentWidget() is desk.tabs
    # the buttons come back when the background check has finished, which may be just after it
    # delivered the snapshot
    qtbot.waitUntil(desk.import_files_button.isEnabled)


def test_kazakh_interface(qtbot, qapp, mixed):
    from app.ui.i18n import install_language

    desk = open_desk(qtbot, mixed[0])
    try:
        install_language(qapp, "kk")
        desk.retranslate()
        assert desk.tabs.tabText(0) == "Парақтар"
        assert desk.import_files_button.text() != "Import sheet files…"
    finally:
        install_language(qapp, "en")


def test_absent_experts_are_recorded_and_reach_the_protocol_decisions(qtbot, english_ui, mixed):
    from app.models.chair import report_decisions

    round_file, _ = mixed
    desk = open_desk(qtbot, round_file)
    desk.tabs.setCurrentWidget(desk.decisions)
    view = desk.decisions.absent_view
    view.setFocus()
    view.setCurrentIndex(desk.decisions.absent_model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert desk.snapshot.decisions.absent == ["e2"]
    assert report_decisions(desk.snapshot).absent_experts == ["e2"]
    again = open_desk(qtbot, load_round(round_file.path))
    model = again.decisions.absent_model
    assert [model.data(model.index(r), Qt.ItemDataRole.CheckStateRole) for r in range(3)] == [
        Qt.CheckState.Unchecked,
        Qt.CheckState.Checked,
        Qt.CheckState.Unchecked,
    ]


def test_the_protocol_is_signed_by_the_chair_then_the_secretary(qtbot, english_ui, monkeypatch, tmp_path):
    from app.reports.pdf_signing import verify_pdf
    from tests.helpers.certs import make_ca, make_signer_p12

    round_file, paths = realistic_round(tmp_path / "round")
    desk = open_desk(qtbot, round_file)
    desk.import_paths(paths)
    wait_idle(qtbot, desk)
    desk.store.set_tie_resolution(["m02", "m03"], "Бөлісті")
    make_ready(desk.store)
    desk._refresh_decisions()
    pdf = tmp_path / "protocol.pdf"
    monkeypatch.setattr(desk, "ask_save_path", lambda *args: str(pdf))
    qtbot.mouseClick(desk.decisions.protocol_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert desk.documents.last_protocol == pdf

    ca = make_ca()
    for name in ("Сәрсенбаева Әйгерім", "Құрманғали Ұлжан"):
        p12 = tmp_path / f"{len(name)}.p12"
        make_signer_p12(p12, name, ca, b"secret")
        monkeypatch.setattr(desk.documents, "ask_signing_inputs", lambda p12=p12: (str(pdf), str(p12), "secret"))
        qtbot.mouseClick(desk.decisions.sign_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, desk)
        assert f"signed by {name}" in desk.banner.message()
    reports = verify_pdf(pdf)
    assert [r.signer for r in reports] == ["Сәрсенбаева Әйгерім", "Құрманғали Ұлжан"]
    assert all(r.intact for r in reports)

    # A wrong passphrase is a clear message, not a crash; the file keeps its two signatures.
    monkeypatch.setattr(desk.documents, "ask_signing_inputs", lambda: (str(pdf), str(p12), "wrong"))
    qtbot.mouseClick(desk.decisions.sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert "cannot be opened" in desk.banner.message()
    assert len(verify_pdf(pdf)) == 2


def test_a_damaged_chair_database_is_explained_not_fatal(qtbot, english_ui, mixed):
    from app.models.storage import database_path

    round_file, _ = mixed
    path = database_path(round_file.round.round_id, "chair")
    path.write_bytes(b"this is not a database" * 100)
    desk = ChairDesk(round_file)
    qtbot.addWidget(desk)
    qtbot.waitUntil(lambda: desk.banner.isVisibleTo(desk) and bool(desk.banner.message()), timeout=10_000)
    assert str(path) in desk.banner.message() and "cannot be opened" in desk.banner.message()
    assert "could not be read" in desk.summary.text()
    assert desk.snapshot is None
