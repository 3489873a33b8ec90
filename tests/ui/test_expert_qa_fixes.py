"""QA findings on the expert's page (notes/qa-expert.md): the list no longer traps Tab, the saved
state follows the language, missing videos are "not checked" rather than broken rules, an export
made for an earlier round file asks to be redone, and the recusal dialog keeps a reasonable width."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.media.compliance import check_round_media
from app.models.round import load_round
from app.ui.qt import Qt, QtCore, QtWidgets
from tests.ui.test_expert_page import (  # noqa: F401  (fixtures)
    compiled_translations,
    demo_round_path,
    fill_all_but,
    open_window,
    settle,
)

pytestmark = pytest.mark.usefixtures("english_ui", "compiled_translations")


def copy_round(demo_round_path: Path, folder: Path, with_media: bool = True) -> Path:
    folder.mkdir(parents=True)
    target = folder / demo_round_path.name
    shutil.copy(demo_round_path, target)
    if with_media:
        shutil.copytree(demo_round_path.parent / "media", folder / "media")
    return target


def wait_for_check(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.media_compliance.details.model.check() is not None, timeout=60_000)


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


# --- QA #12: the recusal dialog --------------------------------------------------------------------
def run_recusal_dialog(qtbot, page, act) -> str | None:
    """Open the real dialog, let `act(dialog)` answer it, return what the page got."""
    seen = {}

    def answer() -> None:
        dialog = page.recusal.dialog
        if dialog is None or not dialog.isVisible():  # not shown yet (a busy machine): look again
            QtCore.QTimer.singleShot(10, answer)
            return
        seen["width"] = dialog.width()
        seen["wraps"] = dialog.prompt.wordWrap()
        seen["focus"] = dialog.focusWidget() is dialog.reason
        try:
            act(dialog)
        finally:
            seen["left_open"] = dialog.isVisible()
            if seen["left_open"]:
                dialog.reject()  # a failing answer must not leave the test waiting on the dialog

    def give_up() -> None:  # whatever went wrong, never leave the suite waiting on a modal dialog
        dialog = QtWidgets.QApplication.activeModalWidget()
        if dialog is not None and "width" not in seen:
            dialog.reject()

    QtCore.QTimer.singleShot(0, answer)
    QtCore.QTimer.singleShot(10_000, give_up)
    result = page.recusal.ask_reason()
    assert "width" in seen, "the recusal dialog never showed"
    assert seen["width"] < 700 and seen["wraps"] and seen["focus"] and not seen["left_open"], seen
    return result


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
    rows = [player._playlist.item(i).text() for i in range(player._playlist.count())]
    assert any("(12:34)" in row for row in rows), rows
    window.close()
