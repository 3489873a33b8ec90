"""Issue 13: nothing an expert does by accident changes what they sign. Each test reproduces one
accident found with a window manager, mouse and keyboard on the demo round."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.round import load_round
from app.models.workspace import Workspace
from app.ui.expert import page as page_module
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.helpers.ui_expert import (  # noqa: F401  (fixtures)
    compiled_translations,
    copy_round,
    demo_round_path,
    fill_all_but,
    open_window,
    settle,
    wait_for_check,
)

pytestmark = pytest.mark.usefixtures("english_ui", "compiled_translations")


def viewing(round_path: Path, entry_id: str, expert_id: str = "e1") -> dict:
    ws = Workspace(load_round(round_path))
    try:
        ws.choose_expert(expert_id)
        return {v.media_id: v for v in ws.viewing(entry_id)}
    finally:
        ws.close()


def open_copy(qtbot, tmp_path: Path, demo_round_path: Path):
    """A private copy of the demo round, opened by expert e1: (round path, window, expert page)."""
    round_path = copy_round(demo_round_path, tmp_path / "r")
    window = open_window(qtbot, round_path)
    return round_path, window, window.page("expert")


def record_errors(monkeypatch) -> list:
    shown: list = []
    monkeypatch.setattr(page_module, "show_error", lambda *args, **kwargs: shown.append(args))
    return shown


def play_third_video(qtbot, page, entry_id: str = "m02"):
    player = page.player.player
    if player is None:
        pytest.skip("no video player in this environment")
    page.select_entry(entry_id)
    third = player.playlist()[2].media_id
    assert player.navigator.select(third, play=True)
    qtbot.waitUntil(lambda: player.current_time() >= 0.6, timeout=15_000)
    return third


# --- 1. a playback belongs to its (course, video) from start to stop ----------------------------
def test_switching_course_while_the_third_video_plays_credits_nothing_to_the_new_course(
    qtbot, tmp_path, demo_round_path, monkeypatch
):
    shown = record_errors(monkeypatch)
    round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    third = play_third_video(qtbot, page, "m02")
    page.select_entry("m01")  # m01 has a third video too, never played
    settle(page)
    assert shown == []
    m01 = viewing(round_path, "m01")
    assert m01[third].watched_s == 0 and not m01[third].position_s, m01[third]
    m02 = viewing(round_path, "m02")
    assert m02[third].watched_s > 0.3 and m02[third].position_s > 0.3, m02[third]
    window.close()


def test_switching_to_a_course_without_that_video_shows_no_error(qtbot, tmp_path, demo_round_path, monkeypatch):
    shown = record_errors(monkeypatch)
    round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    third = play_third_video(qtbot, page, "m02")
    page.select_entry("m04")  # one promo and one lecture: no third video
    settle(page)
    assert shown == [], shown
    assert page.work_bar.saved_state.text() != "Not saved!"
    assert viewing(round_path, "m02")[third].watched_s > 0.3
    assert third not in viewing(round_path, "m04")
    window.close()


def test_a_report_naming_a_video_of_another_course_is_dropped(qtbot, tmp_path, demo_round_path, monkeypatch):
    """One step further: whatever the player reports late, it reaches only its own course."""
    shown = record_errors(monkeypatch)
    round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    page.select_entry("m04")
    page.player.played.emit("m04", "v4", 0.0, 3.0)  # m04 has no v4
    page.player.position_saved.emit("m04", "v4", 3.0)
    page.player.played.emit("nope", "v1", 0.0, 3.0)
    settle(page)
    assert shown == []
    assert all(v.watched_s == 0 for v in viewing(round_path, "m04").values())
    window.close()


# --- 6. the playlist's lengths belong to the files, not to a media id another course repeats -------
def test_a_lecture_length_from_another_course_is_not_shown(qtbot, tmp_path, demo_round_path):
    _round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    player = page.player.player
    if player is None:
        pytest.skip("no video player in this environment")
    page.select_entry("m06")
    assert player.navigator.select("v3")  # the 16-minute lecture: its length is read on opening
    qtbot.waitUntil(lambda: "(16:00)" in player.playlist_view.item(2).text(), timeout=15_000)
    page.select_entry("m01")  # its v3 is a lecture of a few seconds
    rows = [player.playlist_view.item(i).text() for i in range(player.playlist_view.count())]
    assert not any("16:00" in row for row in rows), rows
    window.close()


# --- 2. who signs changes only by a deliberate act --------------------------------------------------
def wheel(widget, delta: int = -120) -> None:
    centre = QtCore.QPointF(widget.width() / 2, widget.height() / 2)
    event = QtGui.QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def expert_of(page) -> str | None:
    return page.session.call(lambda ws: ws.expert_id)


def test_at_start_up_arrow_keys_and_the_wheel_do_not_change_the_expert(qtbot, tmp_path, demo_round_path):
    round_path = copy_round(demo_round_path, tmp_path / "r")
    window = open_window(qtbot, round_path)  # chooses e1 on the first start
    window.close()
    window = open_window(qtbot, round_path, expert_id=None)  # the next evening
    page = window.page("expert")
    assert expert_of(page) == "e1"
    focused = QtWidgets.QApplication.focusWidget()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(QtWidgets.QApplication.focusWidget(), key)
    top_bar = page.work_bar.parentWidget()  # the work area, as before the bar had a widget of its own
    for widget in top_bar.findChildren(QtWidgets.QWidget):
        if widget.isVisible() and widget.window() is window:
            wheel(widget)
            wheel(widget, 120)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QtWidgets.QAbstractButton):
                qtbot.keyClick(widget, Qt.Key.Key_Down)  # whatever Tab can reach up there
    QtWidgets.QApplication.processEvents()
    assert expert_of(page) == "e1"
    assert page.stack.currentIndex() == 2
    assert focused is page.entry_list.table, focused  # the keyboard starts on the list of courses
    window.close()


def test_changing_the_expert_is_confirmed_and_enter_chooses_nobody(qtbot, tmp_path, demo_round_path):
    _round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    qtbot.mouseClick(page.work_bar.change_expert_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1
    e2 = next(b for b in page.chooser.buttons if b.property("expert_id") == "e2")
    qtbot.mouseClick(e2, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chooser.confirm_box.isVisible())
    assert "Yes, I am" in page.chooser.confirm_yes.text()
    qtbot.keyClick(page.chooser.confirm_box, Qt.Key.Key_Return)  # the default is Cancel
    qtbot.waitUntil(lambda: not page.chooser.confirm_box.isVisible())
    assert page.current_expert_id() == "e1"
    qtbot.mouseClick(page.chooser.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 2 and page.current_expert_id() == "e1"
    qtbot.mouseClick(page.work_bar.change_expert_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(e2, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chooser.confirm_box.isVisible())
    qtbot.mouseClick(page.chooser.confirm_yes, Qt.MouseButton.LeftButton)
    assert page.current_expert_id() == "e2" and page.stack.currentIndex() == 2
    assert page.work_bar.expert_name.text() == e2.text()
    window.close()


# --- 6. small accidents --------------------------------------------------------------------------
def test_enter_on_the_welcome_keeps_the_round_just_opened(qtbot, tmp_path, demo_round_path, monkeypatch):
    from app.ui import demo_round

    round_path = copy_round(demo_round_path, tmp_path / "mine")
    window = open_window(qtbot, round_path)
    opened_demo = []
    monkeypatch.setattr(demo_round, "open_demo_round", lambda w: opened_demo.append(w))
    welcome = window.comfort.show_welcome()
    qtbot.waitUntil(welcome.isVisible)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(welcome, key)
        assert not welcome.isVisible()
        welcome = window.comfort.show_welcome()
    qtbot.keyClick(welcome.demo_button, Qt.Key.Key_Return)  # even with the keyboard on the demo button
    assert opened_demo == []
    assert window.round_file.path == round_path.resolve()
    welcome.close()
    window.close()


def test_an_empty_recusal_reason_keeps_the_dialog_open(qtbot, tmp_path, demo_round_path, monkeypatch):
    from tests.helpers.ui_expert import run_recusal_dialog

    shown = record_errors(monkeypatch)
    _round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    stayed = []

    def empty_then_reason(dialog) -> None:
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        stayed.append(dialog.isVisible() and bool(dialog.refusal.text()))
        qtbot.keyClicks(dialog.reason, "   ")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        stayed.append(dialog.isVisible())
        qtbot.keyClicks(dialog.reason, "co-author")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert run_recusal_dialog(qtbot, page, empty_then_reason).strip() == "co-author"
    assert stayed == [True, True]
    assert shown == []
    window.close()


def test_print_works_after_a_restart_and_only_for_the_revision_the_pdf_shows(
    qtbot, tmp_path, demo_round_path, monkeypatch
):
    pytest.importorskip("app.reports.sheet_pdf")
    round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    fill_all_but(page, "", None)
    pdf = tmp_path / "s.pdf"
    monkeypatch.setattr(page.handover, "choose_pdf_path", lambda default: pdf)
    page.handover.export_sheet(tmp_path / "s.sheet.json")
    page.handover.exported_dialog.accept()
    page.handover.save_pdf()
    qtbot.waitUntil(lambda: page.handover.print_actions.document == pdf, timeout=20_000)
    window.close()

    window = open_window(qtbot, round_path, expert_id=None)  # the next morning
    page = window.page("expert")
    assert page.handover.print_actions.document == pdf
    assert page.handover.print_actions.open_viewer.isEnabled()
    # a new revision: the PDF on disk shows the old scores, so it is not what Print prints
    page.session.set_score("m01", "c1", 9)
    settle(page)
    page.handover.export_sheet(tmp_path / "s.sheet.json")
    page.handover.exported_dialog.accept()
    assert page.handover.print_actions.document is None
    assert not page.handover.print_actions.print_.isEnabled()
    window.close()
    window = open_window(qtbot, round_path, expert_id=None)
    assert window.page("expert").handover.print_actions.document is None
    window.close()


# --- issue 14 (12): a link swapped in after the round was opened is not followed -------------------
def test_a_video_swapped_for_a_link_out_of_the_round_is_not_played(qtbot, tmp_path, demo_round_path):
    import os
    import shutil

    if not hasattr(os, "symlink"):
        pytest.skip("needs symbolic links")
    round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    player = page.player.player
    if player is None:
        pytest.skip("no video player in this environment")
    loaded = []
    player.backend.load = lambda source, *a, **k: loaded.append(str(source))
    secret = tmp_path / "private"
    secret.mkdir()
    promo = round_path.parent / "media" / "m02" / "promo.mp4"
    shutil.copy(promo, secret / "diary.mp4")
    promo.unlink()
    promo.symlink_to(secret / "diary.mp4")  # after the round was opened and checked
    page.select_entry("m02")
    assert player.current_media_id() == "v1"
    assert loaded == [] and "outside the round" in player.video_area.message_text()
    assert str(secret) not in "".join(loaded)
    assert player.navigator.select("v2")  # the other videos still play
    assert loaded and loaded[-1] == str((round_path.parent / "media" / "m02" / "lecture1.mp4").resolve())
    window.close()


# --- 4. nothing moves under the pointer -----------------------------------------------------------
def row_tops(page) -> list[int]:
    body = page.sheet.scroll_area.widget()
    return [
        row.selector.mapTo(body, QtCore.QPoint(0, 0)).y() - page.sheet.scroll_area.verticalScrollBar().value()
        for row in page.sheet.rows()
    ]


def test_clicking_a_score_moves_no_row_and_tab_draws_nothing_on_the_next(qtbot, tmp_path, demo_round_path):
    round_path = copy_round(demo_round_path, tmp_path / "r")
    window = open_window(qtbot, round_path)
    window.resize(1400, 900)
    page = window.page("expert")
    QtWidgets.QApplication.processEvents()
    before = row_tops(page)
    rows = page.sheet.rows()
    for number, value in ((1, 5), (4, 7), (2, 3), (7, 9)):
        selector = rows[number - 1].selector
        qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=selector.cell_center(value))
        QtWidgets.QApplication.processEvents()
        assert row_tops(page) == before, f"the rows moved after a click on criterion {number}"
        assert selector.value() == value
    assert page.sheet.hint_box.text().startswith("7.")  # the hint of the criterion being scored
    # Tab from criterion 1 to 2: the third criterion looks exactly as before (no stray frame on it)
    rows[0].selector.setFocus()
    wait_for_check(qtbot, page)  # the media check's progress line below the third row stops changing
    settle(page)
    third = rows[2].grab().toImage()
    qtbot.keyClick(rows[0].selector, Qt.Key.Key_Tab)
    settle(page)
    assert QtWidgets.QApplication.focusWidget() is rows[1].selector
    assert rows[2].grab().toImage() == third
    assert row_tops(page) == before
    window.close()


def test_each_course_opens_at_the_top_of_its_sheet(qtbot, tmp_path, demo_round_path):
    round_path = copy_round(demo_round_path, tmp_path / "r")
    window = open_window(qtbot, round_path)
    window.resize(1200, 640)
    page = window.page("expert")
    QtWidgets.QApplication.processEvents()
    bar = page.sheet.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the sheet must be taller than the window for this test"
    page.sheet.focus_criterion("c7")  # scrolled down to the comment
    QtWidgets.QApplication.processEvents()
    assert bar.value() > 0
    page.select_entry("m02")
    QtWidgets.QApplication.processEvents()
    assert bar.value() == 0
    window.close()


# --- 4. undo and redo of scores and comments, each saved like an edit -----------------------------
def stored(round_path: Path, entry_id: str) -> tuple[dict, str]:
    ws = Workspace(load_round(round_path))
    try:
        return ws.scores(entry_id), ws.comment(entry_id)
    finally:
        ws.close()


def test_undo_and_redo_of_scores_and_comments_are_saved(qtbot, tmp_path, demo_round_path):
    from tests.helpers.keys import type_text

    round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    c1 = page.sheet.selector("c1")
    qtbot.mouseClick(c1, Qt.MouseButton.LeftButton, pos=c1.cell_center(8))
    qtbot.keyClick(c1, Qt.Key.Key_3)  # a slip: 3 instead of 8
    comment = page.sheet.comment_edit()
    comment.setFocus()
    type_text(comment, "Жақсы")
    settle(page)
    assert stored(round_path, "m01") == ({"c1": 3}, "Жақсы")

    qtbot.keyClick(comment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing, in one step
    settle(page)
    assert comment.toPlainText() == "" and stored(round_path, "m01") == ({"c1": 3}, "")
    qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(page)
    assert c1.value() == 8 and stored(round_path, "m01")[0] == {"c1": 8}
    assert page.sheet.total.text() == "8 / 70"
    qtbot.keyClick(
        QtWidgets.QApplication.focusWidget(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(page)
    assert c1.value() == 3 and stored(round_path, "m01")[0] == {"c1": 3}

    # an undo on another course shows that course first, then changes it
    page.select_entry("m02")
    qtbot.keyClick(page.entry_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(page)
    assert page.current_entry_id == "m01" and c1.value() == 8
    assert stored(round_path, "m01")[0] == {"c1": 8} and stored(round_path, "m02")[0] == {}
    window.close()
    window = open_window(qtbot, round_path, expert_id=None)  # what was undone stays undone
    assert window.page("expert").sheet.scores() == {"c1": 8}
    window.close()


# --- 5. before signing: every course's total and the soft warnings, confirmed ---------------------
def test_signing_needs_the_review_of_totals_and_warnings(qtbot, tmp_path, demo_round_path, monkeypatch):
    from app.models.sheet_review import LITTLE_WATCHED, MEDIA_BREACH, NO_COMMENT, RECUSED
    from app.ui.expert.review_model import ENTRY_ID_ROLE, TOTAL, WARNING_CODES_ROLE, WARNINGS
    from tests.helpers.ui_expert import wait_for_check

    _round_path, window, page = open_copy(qtbot, tmp_path, demo_round_path)
    wait_for_check(qtbot, page)  # the form -02 check of the round's videos
    fill_all_but(page, "m06", None)
    page.session.set_comment("m01", "Жақсы курс")
    for media_id, seconds in (("v1", 3.0), ("v2", 2.0), ("v3", 2.0)):  # every video of m01 played
        page.session.record_played("m01", media_id, 0.0, seconds)
    monkeypatch.setattr(page.recusal, "ask_reason", lambda: "Бөлім меңгерушісімін")
    page.select_entry("m06")
    page.recusal.declare()
    settle(page)
    target = tmp_path / "e1.sheet.json"
    monkeypatch.setattr(page.handover, "choose_export_path", lambda: target)
    page.handover.finalise()
    dialog = page.handover.finalise_dialog
    model = dialog.review_table.model()
    assert dialog.review_table.isVisible() and model.rowCount() == 6
    rows = {model.index(r, 0).data(ENTRY_ID_ROLE): r for r in range(model.rowCount())}
    codes = {e: model.index(r, 0).data(WARNING_CODES_ROLE) for e, r in rows.items()}
    assert codes["m01"] == ()  # commented, watched, clean videos
    assert set(codes["m02"]) == {NO_COMMENT, LITTLE_WATCHED}
    assert MEDIA_BREACH in codes["m03"]  # the 4:3 lecture
    assert codes["m06"] == (RECUSED,)
    assert "Бөлім меңгерушісімін" in model.index(rows["m06"], WARNINGS).data()
    assert model.index(rows["m02"], TOTAL).data() == "49 / 70"
    assert model.index(rows["m06"], TOTAL).data() == "—"
    # nothing is signed until the review is confirmed
    assert not dialog.export_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not target.exists()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    page.handover.exported_dialog.accept()
    # a course of the table leads to its sheet
    page.handover.finalise()
    dialog = page.handover.finalise_dialog
    index = dialog.review_table.model().index(rows["m02"], 1)
    dialog.review_table.doubleClicked.emit(index)
    assert page.current_entry_id == "m02"
    window.close()
