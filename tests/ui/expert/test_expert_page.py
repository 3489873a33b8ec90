"""The expert's page in the real main window, on the demo round: scoring by keyboard, autosave
that survives killing the program, recusal, finalisation with missing items, revisions."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.media.compliance import check_round_media
from app.models.round import load_round
from app.models.signing import verification_code, verify_sheet_signature
from app.models.storage import open_database
from app.models.workspace import Workspace
from app.ui.expert.entry_model import CHANGED_ROLE, PROGRESS, STATUS_RECUSED, STATUS_ROLE, WATCHED
from app.ui.main_window import MainWindow
from app.ui.qt import Qt, QtCore, QtWidgets
from tests.helpers.keys import type_text
from tests.helpers.ui_expert import (  # noqa: F401 (fixtures)
    ROOT,
    compiled_translations,
    copy_round,
    demo_round_path,
    fill_all_but,
    open_window,
    run_recusal_dialog,
    settle,
    wait_for_check,
)

pytestmark = pytest.mark.usefixtures("english_ui", "compiled_translations")
SCORES = {"c1": 8, "c2": 7, "c3": 9, "c4": 6, "c5": 10, "c6": 5, "c7": 3}


def close_window(window: MainWindow) -> None:
    window.close()


def type_scores(qtbot, page, digits: str) -> None:
    """Type one digit per criterion, Tab between them, starting on the first criterion."""
    first = page.sheet.selector("c1")
    first.setFocus()
    for digit in digits:
        widget = QtWidgets.QApplication.focusWidget()
        qtbot.keyClick(widget, digit)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def stored_scores(round_path: Path, entry_id: str) -> dict[str, int]:
    ws = Workspace(load_round(round_path))
    try:
        return ws.scores(entry_id)
    finally:
        ws.close()


def test_a_whole_entry_is_scored_from_the_keyboard(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    assert page.current_entry_id == "m01"
    type_scores(qtbot, page, "8796053")
    assert page.sheet.scores() == SCORES
    # after the seventh criterion, Tab leads to its comment (criterion 7 carries one)
    assert QtWidgets.QApplication.focusWidget() is page.sheet.comment_edit()
    type_text(page.sheet.comment_edit(), "Жақсы курс")
    assert page.sheet.total.text() == "48 / 70"
    settle(page)
    assert page.entry_model.index(0, PROGRESS).data() == "7/7 ✓"
    assert page.work_bar.saved_state.text() == "All changes saved"
    assert stored_scores(demo_round_path, "m01") == SCORES
    ws = Workspace(load_round(demo_round_path))
    assert ws.comment("m01") == "Жақсы курс"
    ws.close()
    # clearing a score by keyboard is saved too
    qtbot.keyClick(page.sheet.selector("c4"), Qt.Key.Key_Delete)
    settle(page)
    assert "c4" not in stored_scores(demo_round_path, "m01")
    assert page.sheet.total.text() == "42 / 70"
    close_window(window)


CRASH_SCRIPT = textwrap.dedent("""
    import sys, time
    from PySide6.QtTest import QTest
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.qt import Qt, QtWidgets
    app = make_application()
    window = MainWindow("expert")
    window.show()
    window.open_round(sys.argv[1])
    page = window.page("expert")
    page.choose_expert("e2")
    page.select_entry("m03")
    for cid, key in (("c1", Qt.Key.Key_4), ("c2", Qt.Key.Key_0), ("c5", Qt.Key.Key_6)):
        QTest.keyClick(page.sheet.selector(cid), key)
    page.sheet.comment_edit().setPlainText("дыбыс нашар")
    page.player.position_saved.emit("m03", "v2", 1.5)
    page.note_taking._pin = ("v1", 2.25)
    page.note_taking._submitted("промо тым ұзын")
    page.session.flush()
    print("ready", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)
""")


def test_work_survives_killing_the_program(qtbot, demo_round_path, sarapshy_home, tmp_path):
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT, encoding="utf-8")
    env = {**os.environ, "SARAPSHY_HOME": str(sarapshy_home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(script), str(demo_round_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        cwd=ROOT,
    )
    try:
        line = process.stdout.readline()
        assert line.strip() == "ready", "the scoring program did not get ready"
    finally:
        process.send_signal(signal.SIGKILL)  # no chance to save anything more
        process.wait(30)

    window = open_window(qtbot, demo_round_path, expert_id=None)
    page = window.page("expert")
    assert page.stack.currentIndex() == 2, "the expert chosen before the kill is remembered"
    assert page.current_expert_id() == "e2"
    assert page.current_entry_id == "m03", "the selected entry is restored"
    assert page.sheet.scores() == {"c1": 4, "c2": 10, "c5": 6}
    assert page.sheet.comment_edit().toPlainText() == "дыбыс нашар"
    notes = page.sheet.notes.notes_model.notes()
    assert [(n.media_id, n.at_s, n.text) for n in notes] == [("v1", 2.25, "промо тым ұзын")]
    assert page.player._position_ms("v2") == 1500, "the playback position is restored"
    settle(page)
    assert page.entry_model.index(2, PROGRESS).data() == "3/7"
    close_window(window)


def test_recusal_locks_the_entry_and_can_be_withdrawn(qtbot, demo_round_path, monkeypatch):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    page.select_entry("m02")
    qtbot.keyClick(page.sheet.selector("c1"), Qt.Key.Key_9)
    monkeypatch.setattr(page.recusal, "ask_reason", lambda: "Курстың тең авторымын")
    qtbot.mouseClick(page.sheet.recuse_button, Qt.MouseButton.LeftButton)
    assert page.sheet.is_recused()
    assert page.sheet.recusal_banner.isVisible()
    assert "Курстың тең авторымын" in page.sheet.recusal_text.text()
    assert not page.sheet.selector("c2").isEnabled()
    assert page.sheet.total.text() == "—"
    qtbot.keyClick(page.sheet.selector("c2"), Qt.Key.Key_5)  # locked: nothing changes
    settle(page)
    assert page.entry_model.index(1, 0).data(STATUS_ROLE) == STATUS_RECUSED
    ws = Workspace(load_round(demo_round_path))
    assert ws.recusal("m02") == (True, "Курстың тең авторымын")
    assert ws.scores("m02") == {"c1": 9}
    ws.close()
    # an empty reason is refused with a message, not saved
    page.select_entry("m04")
    monkeypatch.setattr(page.recusal, "ask_reason", lambda: "   ")
    shown = []
    monkeypatch.setattr("app.ui.expert.recusal.show_error", lambda *args, **kw: shown.append(args[1]))
    page.recusal.declare()
    assert shown and "reason" in str(shown[0])
    assert not page.sheet.is_recused()
    # withdrawing brings the kept score back
    page.select_entry("m02")
    qtbot.mouseClick(page.sheet.withdraw_button, Qt.MouseButton.LeftButton)
    assert not page.sheet.is_recused()
    assert page.sheet.selector("c2").isEnabled()
    assert page.sheet.scores() == {"c1": 9}
    close_window(window)


def test_finalisation_lists_what_is_missing_and_leads_there(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    fill_all_but(page, "m05", "c3")
    page.session.call(
        lambda ws: (
            ws.clear_score("m02", "c1")
            or ws.clear_score("m02", "c2")
            or ws.clear_score("m02", "c3")
            or ws.clear_score("m02", "c4")
            or ws.clear_score("m02", "c5")
            or ws.clear_score("m02", "c6")
            or ws.clear_score("m02", "c7")
        )
    )
    page.handover.finalise()
    dialog = page.handover.finalise_dialog
    items = [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())]
    assert len(items) == 2
    assert items[0].startswith("2. ") and items[0].endswith("neither scored nor recused")
    assert items[1].startswith("5. ") and "criterion 3" in items[1] and "is not scored" in items[1]
    assert not dialog.export_button.isEnabled()
    dialog.missing_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert page.current_entry_id == "m05"
    assert QtWidgets.QApplication.focusWidget() is page.sheet.selector("c3")
    qtbot.keyClick(page.sheet.selector("c3"), Qt.Key.Key_6)
    settle(page)
    page.handover.finalise()
    assert page.handover.finalise_dialog.missing_list.count() == 1
    page.handover.finalise_dialog.reject()
    close_window(window)


def test_export_then_a_change_starts_the_next_revision(qtbot, demo_round_path, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    fill_all_but(page, "m06", None)
    monkeypatch.setattr(page.recusal, "ask_reason", lambda: "Бөлім меңгерушісімін")
    page.select_entry("m06")
    page.recusal.declare()
    target = tmp_path / "e1.sheet.json"
    monkeypatch.setattr(page.handover, "choose_export_path", lambda: target)
    page.handover.finalise()
    assert page.handover.finalise_dialog.missing_list.isHidden()
    page.handover.finalise_dialog.confirm.setChecked(True)  # the review before signing is confirmed
    qtbot.mouseClick(page.handover.finalise_dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = json.loads(target.read_text(encoding="utf-8"))
    assert sheet["revision"] == 1
    assert verify_sheet_signature(sheet).ok
    code = verification_code(sheet)
    assert page.handover.exported_dialog.code.text() == code
    assert {e["entry_id"]: e.get("recused", False) for e in sheet["evaluations"]}["m06"] is True
    settle(page)
    assert code in page.work_bar.export_state.text()
    assert not any(page.entry_model.index(r, 0).data(CHANGED_ROLE) for r in range(6))
    page.handover.exported_dialog.accept()

    page.select_entry("m03")
    qtbot.keyClick(page.sheet.selector("c2"), Qt.Key.Key_9)
    settle(page)
    assert page.entry_model.index(2, 0).data(CHANGED_ROLE) is True
    assert "1 course changed since" in page.work_bar.export_state.text()
    page.entry_list.status_filter.setCurrentIndex(page.entry_list.status_filter.findData("changed"))
    assert page.entry_list.proxy.rowCount() == 1
    page.handover.export_sheet(target)
    second = json.loads(target.read_text(encoding="utf-8"))
    assert second["revision"] == 2
    assert {e["entry_id"]: e for e in second["evaluations"]}["m03"]["scores"]["c2"] == 9
    page.handover.exported_dialog.accept()
    settle(page)
    assert not page.entry_model.index(2, 0).data(CHANGED_ROLE)
    db = open_database(load_round(demo_round_path).round.round_id, "expert")
    events = [row[0] for row in db.execute("SELECT event FROM audit_log ORDER BY seq").fetchall()]
    db.close()
    assert events.count("export") == 2
    close_window(window)


def test_sheet_pdf_after_export(qtbot, demo_round_path, tmp_path, monkeypatch):
    pytest.importorskip("app.reports.sheet_pdf")
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    fill_all_but(page, "", None)
    monkeypatch.setattr(page.handover, "choose_export_path", lambda: tmp_path / "s.sheet.json")
    monkeypatch.setattr(page.handover, "choose_pdf_path", lambda default: tmp_path / "s.pdf")
    page.handover.export_sheet(tmp_path / "s.sheet.json")
    qtbot.mouseClick(page.handover.exported_dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "s.pdf").exists(), timeout=20000)
    page.handover.pdf_operation.wait(20)
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True).stdout
    code = verification_code(json.loads((tmp_path / "s.sheet.json").read_text(encoding="utf-8")))
    assert code in text
    # the saved PDF is what the print actions now print, preview and check
    qtbot.waitUntil(lambda: page.handover.print_actions.document == tmp_path / "s.pdf", timeout=5000)
    assert page.handover.print_actions.print_.isEnabled() and page.handover.print_actions.preview.isEnabled()
    assert page.handover.print_actions.print_ in page.page_actions()
    page.handover.exported_dialog.accept()
    close_window(window)


def test_a_note_is_pinned_to_the_video_time_and_leads_back_there(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    player = page.player.player
    if player is None or player.backend is None:
        pytest.skip("no video engine runs here")
    page.select_entry("m01")
    qtbot.waitUntil(lambda: page.player.current_media_id() == "v1", timeout=5000)
    player.seek_ms(1200)
    qtbot.waitUntil(lambda: abs(page.player.current_time() - 1.2) < 0.3, timeout=10000)
    page.commands["note"].trigger()
    assert page.sheet.notes.note_edit.isVisible()
    type_text(page.sheet.notes.note_edit, "түс ауысады")
    qtbot.keyClick(page.sheet.notes.note_edit, Qt.Key.Key_Return)
    notes = page.sheet.notes.notes_model.notes()
    assert len(notes) == 1 and notes[0].media_id == "v1" and abs(notes[0].at_s - 1.2) < 0.3
    player.seek_ms(0)
    qtbot.waitUntil(lambda: page.player.current_time() < 0.5, timeout=10000)
    index = page.sheet.notes.notes_model.index(0)
    page.sheet.notes.notes_view.clicked.emit(index)
    qtbot.waitUntil(lambda: abs(page.player.current_time() - notes[0].at_s) < 0.6, timeout=10000)
    player.pause()
    close_window(window)


def test_the_course_link_and_attachments_open_outside(qtbot, demo_round_path, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(
        "app.ui.expert.details_panel.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toString()) or True
    )
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    entry = page.sheet.current_entry()
    page.details.anchorClicked.emit(QtCore.QUrl(entry.link))
    assert opened == [entry.link]
    # an attachment that is in the round folder opens with the system viewer; a missing one is explained
    data = json.loads(demo_round_path.read_text(encoding="utf-8"))
    data["entries"][0]["attachments"] = [
        {"kind": "implementation_act", "title": "Акт", "path": "docs/act.pdf"},
        {"kind": "certificate", "title": "Сертификат", "path": "docs/none.pdf"},
    ]
    folder = tmp_path / "with-attachments"
    folder.mkdir()
    (folder / "docs").mkdir()
    (folder / "docs" / "act.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "r.round.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert window.open_round(folder / "r.round.json")
    problems = []
    page.details.problem.connect(problems.append)
    page.details.anchorClicked.emit(QtCore.QUrl("attachment:0"))
    assert opened[-1] == QtCore.QUrl.fromLocalFile(str(folder / "docs" / "act.pdf")).toString()
    page.details.anchorClicked.emit(QtCore.QUrl("attachment:1"))
    assert problems and "docs/none.pdf" in problems[0]
    close_window(window)


def test_the_list_shows_how_much_of_a_course_was_watched(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    page.select_entry("m02")
    # the lengths of the videos not opened yet are read in the background: the list shows a percentage
    assert page.entry_model.index(1, WATCHED).data() == "0%"
    qtbot.waitUntil(lambda: all(v.duration_s for v in page.session.entry_state("m02").viewing), timeout=10000)
    durations = [v.duration_s for v in page.session.entry_state("m02").viewing]
    assert durations == pytest.approx([3.0, 2.0, 2.0, 2.0], abs=0.2)  # the demo's promo and lectures
    page.playback.played("m02", "v1", 0.0, 3.0)  # what the player reports after the promo
    qtbot.waitUntil(lambda: page.entry_model.index(1, WATCHED).data() == "33%", timeout=5000)
    close_window(window)


def test_my_public_key_is_exported_with_its_fingerprint(qtbot, demo_round_path, tmp_path, monkeypatch):
    from app.models.keys import identity_for, public_key_of, read_public_key_file
    from app.models.signing import key_fingerprint

    window = open_window(qtbot, demo_round_path, expert_id="e2")
    page = window.page("expert")
    assert page.commands["export_key"] in page.page_actions()
    assert page.commands["export_key"] in window.page_menu.actions()
    target = tmp_path / "keys" / "mine.public-key.json"
    target.parent.mkdir()
    monkeypatch.setattr(page.handover, "choose_key_path", lambda default: target)
    page.commands["export_key"].trigger()
    expert = page.round_file.round.expert("e2")
    record = read_public_key_file(target)
    assert record.name == expert.name and record.identity == identity_for(expert.name)
    assert record.public_key == public_key_of(identity_for(expert.name)), "this computer's key for e2"
    fingerprint = key_fingerprint(record.public_key)
    assert fingerprint in page.handover.key_box.informativeText()
    assert str(target) in page.handover.key_box.text()
    page.handover.key_box.close()
    close_window(window)


def test_the_courses_form_02_check_shows_under_the_video_criterion(qtbot, demo_round_path):
    from app.ui.organiser.compliance_view import STATUS_ROLE, ComplianceModel

    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    line = page.media_compliance
    assert not line.is_checking() and line.details.model.check() is None, "opening the round did not wait for it"
    row = page.sheet.video_panel_row()
    assert row.criterion.id == "c3" and row.isAncestorOf(line) and line.isVisible()
    qtbot.waitUntil(lambda: line.details.model.check() is not None, timeout=60_000)
    page.select_entry("m01")
    assert line.summary.text() == "✔ Form -02: all 3 videos meet the rules"
    page.select_entry("m03")  # its second lecture is 4:3
    assert line.summary.text() == "✘ Form -02: 1 of 3 videos break a rule"
    assert not line.details.isVisible(), "one line until asked"
    qtbot.mouseClick(line.toggle, Qt.MouseButton.LeftButton)
    assert line.details.isVisible()
    model = line.details.model
    assert model.data(model.index(0, 0), STATUS_ROLE) == "fail", "broken rules first"
    assert "lecture2" in model.data(model.index(0, ComplianceModel.COL_FILE))
    assert {model.data(model.index(r, 0)) for r in range(model.rowCount())} == {"m03"}
    qtbot.mouseClick(line.summary, Qt.MouseButton.LeftButton)  # the line itself folds it too
    assert not line.details.isVisible() and not line.toggle.isChecked()
    close_window(window)


# --- Found by QA: Tab in the list, language of the saved state, media checks, stale exports, recusal ---


# --- QA #1: the list is no keyboard trap ---------------------------------------------------------
def test_tab_leaves_the_entry_list_without_changing_the_course(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    page.select_entry("m02")
    page.entry_list.table.setFocus(Qt.FocusReason.MouseFocusReason)
    assert QtWidgets.QApplication.focusWidget() is page.entry_list.table
    qtbot.keyClick(page.entry_list.table, Qt.Key.Key_Tab)
    focused = QtWidgets.QApplication.focusWidget()
    assert focused is not page.entry_list.table and page.player.isAncestorOf(focused), focused
    assert page.current_entry_id == "m02"

    page.entry_list.table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(page.entry_list.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QtWidgets.QApplication.focusWidget() is page.entry_list.status_filter
    assert page.current_entry_id == "m02"

    # the arrows choose the course, Enter starts scoring its first open criterion
    page.entry_list.table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(page.entry_list.table, Qt.Key.Key_Down)
    assert page.current_entry_id == "m03"
    page.session.set_score("m03", "c1", 7)
    settle(page)
    page.select_entry("m02")
    page.select_entry("m03")
    page.entry_list.table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(page.entry_list.table, Qt.Key.Key_Return)
    assert QtWidgets.QApplication.focusWidget() is page.sheet.selector("c2")
    assert page.current_entry_id == "m03"
    window.close()


# --- QA #4: the saved state follows the language ---------------------------------------------------
def test_the_saved_state_follows_the_language(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    qtbot.keyClick(page.sheet.selector("c1"), Qt.Key.Key_8)
    settle(page)
    assert page.work_bar.saved_state.text() == "All changes saved"
    try:
        window.set_language("ru")
        assert page.work_bar.saved_state.text() == "Все изменения сохранены"
        window.set_language("kk")
        assert page.work_bar.saved_state.text() == "Барлық өзгеріс сақталды"
        page.work_bar.show_saved_state("not saved")
        window.set_language("ru")
        assert page.work_bar.saved_state.text() == "Не сохранено!"
    finally:
        window.set_language("en")
    assert page.work_bar.saved_state.text() == "Not saved!"
    window.close()


# --- QA #6: missing videos are not rule breaks -----------------------------------------------------
def test_a_missing_video_file_is_flagged_missing_in_the_check(tmp_path, demo_round_path):
    path = copy_round(demo_round_path, tmp_path / "r")
    (tmp_path / "r" / "media" / "m01" / "promo.mp4").unlink()
    check = check_round_media(load_round(path), cache=False)
    files = {(f["entry_id"], f["path"]): f for f in check["files"]}
    missing = [key for key, record in files.items() if record.get("missing")]
    assert missing == [("m01", "media/m01/promo.mp4")]
    assert files["m01", "media/m01/promo.mp4"]["ok"] is False  # still not a passing file for the organiser


def test_without_the_media_folder_the_videos_read_as_not_checked(qtbot, tmp_path, demo_round_path):
    from app.ui import theme
    from app.ui.expert.media_compliance import NOT_CHECKED, NOT_CHECKED_COLOUR
    from app.ui.organiser.compliance_view import STATUS_ROLE, ComplianceModel

    window = open_window(qtbot, copy_round(demo_round_path, tmp_path / "nomedia", with_media=False))
    page = window.page("expert")
    line = page.media_compliance
    wait_for_check(qtbot, page)
    page.select_entry("m03")
    assert line.summary.text() == "Form -02 not checked: 3 video files are missing from this computer"
    assert "✘" not in line.summary.text()
    assert line.summary.palette().color(line.summary.foregroundRole()).name() == theme.css(NOT_CHECKED_COLOUR)
    model = line.details.model
    assert model.rowCount() > 0
    file_rows = [r for r in range(model.rowCount()) if model.index(r, ComplianceModel.COL_FILE).data() != "the course"]
    assert len(file_rows) == 3
    for row in file_rows:
        assert model.index(row, 0).data(STATUS_ROLE) == NOT_CHECKED
        assert model.index(row, ComplianceModel.COL_RESULT).data() == "– not checked"
        assert "missing from this computer" in model.index(row, ComplianceModel.COL_FOUND).data()
    try:
        window.set_language("kk")
        found = model.index(file_rows[0], ComplianceModel.COL_FOUND).data()
        assert "missing" not in found and "компьютер" in found
        assert "3" in line.summary.text() and "not checked" not in line.summary.text()
    finally:
        window.set_language("en")
    window.close()


def test_a_real_break_stays_red_beside_a_missing_file(qtbot, tmp_path, demo_round_path):
    from app.ui import theme
    from app.ui.expert.media_compliance import BROKEN_COLOUR

    path = copy_round(demo_round_path, tmp_path / "some")
    (tmp_path / "some" / "media" / "m03" / "promo.mp4").unlink()  # m03's second lecture is 4:3
    window = open_window(qtbot, path)
    page = window.page("expert")
    line = page.media_compliance
    wait_for_check(qtbot, page)
    page.select_entry("m03")
    assert line.summary.text() == (
        "✘ Form -02: 1 of 2 videos break a rule; not checked: 1 video file is missing from this computer"
    )
    assert line.summary.palette().color(line.summary.foregroundRole()).name() == theme.css(BROKEN_COLOUR)
    page.select_entry("m01")
    assert line.summary.text() == "✔ Form -02: all 3 videos meet the rules"
    window.close()


# --- QA #8: an export made for an earlier round file ----------------------------------------------
def test_an_export_for_an_earlier_round_file_asks_to_export_again(qtbot, tmp_path, demo_round_path, monkeypatch):
    path = copy_round(demo_round_path, tmp_path / "r", with_media=False)
    window = open_window(qtbot, path)
    page = window.page("expert")
    fill_all_but(page, "", None)
    sheet_path = tmp_path / "e1.sheet.json"
    page.handover.export_sheet(sheet_path)
    page.handover.exported_dialog.accept()
    settle(page)
    code = json.loads(sheet_path.read_text(encoding="utf-8"))
    assert page.work_bar.export_state.text().startswith("Revision 1 exported, code ")

    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"][0]["annotation"] = "Өзгертілген аннотация."
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert window.open_round(path)
    page = window.page("expert")
    settle(page)
    assert page.round_warning.isVisible()
    text = page.work_bar.export_state.text()
    assert "earlier version of the round" in text and "export again" in text and "Revision 1" in text
    assert code["round_sha256"] != page.round_file.sha256

    page.handover.export_sheet(sheet_path)  # made for the round file open now: current again
    page.handover.exported_dialog.accept()
    settle(page)
    assert page.work_bar.export_state.text().startswith("Revision 2 exported, code ")
    assert "earlier version" not in page.work_bar.export_state.text()
    window.close()


def test_the_recusal_dialog_is_narrow_and_answers_to_the_keyboard(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")

    def type_and_confirm(dialog) -> None:
        qtbot.keyClicks(dialog.reason, "co-author")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # a new line, not the end
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.reason, "of the course")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert run_recusal_dialog(qtbot, page, type_and_confirm) == "co-author\nof the course"

    def escape(dialog) -> None:
        qtbot.keyClicks(dialog.reason, "changed my mind")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    assert run_recusal_dialog(qtbot, page, escape) is None
    window.close()


# --- QA #9: the lengths the expert's database knows are in the playlist before anything plays -------
def test_the_playlist_shows_the_lengths_measured_before(qtbot, demo_round_path):
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    player = page.player.player
    if player is None:
        pytest.skip("no video player in this environment")
    page.select_entry("m01")
    page.session.set_duration("m02", "v2", 754.0)  # measured on an earlier day
    page.session.flush()
    page.select_entry("m02")
    rows = [player.playlist_view.item(i).text() for i in range(player.playlist_view.count())]
    assert any("(12:34)" in row for row in rows), rows
    window.close()


def test_every_text_of_the_page_is_translated_after_the_split(qtbot, demo_round_path):
    """The commands (declared once), the work bar, the list's filters, the export state and the notes
    keep the translation contexts they had when they lived in the page: each reads Kazakh in Kazakh."""
    window = open_window(qtbot, demo_round_path)
    page = window.page("expert")
    page.select_entry("m02")
    qtbot.keyClick(page.sheet.selector("c1"), Qt.Key.Key_7)
    settle(page)

    def texts() -> dict[str, str]:
        shown = {f"action {a.objectName() or n}": a.text() for n, a in enumerate(page.page_actions()) if a}
        shown["export key tip"] = page.commands["export_key"].toolTip()
        bar = page.work_bar
        for name in ("expert_label", "change_expert_button", "saved_state", "export_state", "finalise_button"):
            shown[name] = getattr(bar, name).text()
        shown["change tip"] = bar.change_expert_button.toolTip()
        lst = page.entry_list
        shown["search"] = lst.search.placeholderText()
        shown.update({f"filter {i}": lst.status_filter.itemText(i) for i in range(lst.status_filter.count())})
        notes = page.sheet.notes
        for name in ("notes_title", "note_button", "edit_note_button", "delete_note_button"):
            shown[name] = getattr(notes, name).text()
        shown["round warning"] = page.round_warning_text
        return shown

    english = texts()
    assert english["export_state"] == "Not exported yet" and english["saved_state"] == "All changes saved"
    try:
        window.set_language("kk")
        kazakh = texts()
    finally:
        window.set_language("en")
    assert kazakh["export_state"] == "Әлі экспортталмаған"
    assert kazakh["action action_finalise"] == "Парақты &аяқтау және экспорттау…"
    untranslated = {key: text for key, text in kazakh.items() if not text or text == english[key]}
    assert untranslated == {}
    assert texts() == english
    close_window(window)
