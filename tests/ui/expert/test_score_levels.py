"""The score levels beside the numbers while scoring: the level of the score under the sheet, the one
pointed at, all five on demand (by mouse or Ctrl+L), nothing for a round's own criteria."""

from __future__ import annotations

import pytest

from app.models.descriptors import bands_for, hint_for
from app.models.round_model import DEFAULT_CRITERIA, Criterion
from app.ui.expert.sheet_panel import SheetPanel
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.helpers.ui_expert import demo_round_path, open_window  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_ui")


def plain(label: QtWidgets.QLabel) -> str:
    document = QtGui.QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@pytest.fixture
def panel(qtbot):
    return shown(qtbot, DEFAULT_CRITERIA)


def band_text(number: int, score: int, lang: str = "en") -> str:
    criterion = DEFAULT_CRITERIA[number - 1]
    return next(b.text for b in bands_for(criterion, lang) if b.contains(score))


def test_the_line_says_what_the_score_means_and_follows_the_keyboard(panel, qtbot):
    rows = panel.rows()
    selector = rows[2].selector
    selector.setFocus()
    qtbot.waitUntil(lambda: plain(panel.hint_box).startswith("3."))
    assert plain(panel.hint_box) == f"3. {hint_for(DEFAULT_CRITERIA[2], 'en')}"  # no score yet: the hint
    height = panel.hint_box.height()
    qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=selector.cell_center(7))
    assert plain(panel.hint_box) == f"3. 7–8 · {band_text(3, 7)}"
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    assert selector.value() == 5 and plain(panel.hint_box) == f"3. 5–6 · {band_text(3, 5)}"
    assert band_text(3, 5) in selector.accessibleDescription()  # a screen reader hears the level
    qtbot.keyClick(selector, Qt.Key.Key_0)
    assert plain(panel.hint_box) == f"3. 9–10 · {band_text(3, 10)}"
    qtbot.keyClick(selector, Qt.Key.Key_Delete)
    assert plain(panel.hint_box).startswith("3. " + hint_for(DEFAULT_CRITERIA[2], "en")[:30])
    assert panel.hint_box.height() == height  # never taller or shorter while scoring


def test_pointing_at_a_cell_previews_its_level_and_leaving_restores_the_score(panel, qtbot):
    rows = panel.rows()
    rows[0].selector.setFocus()
    qtbot.mouseClick(rows[0].selector, Qt.MouseButton.LeftButton, pos=rows[0].selector.cell_center(4))
    pointed = rows[4].selector
    qtbot.mouseMove(pointed, pointed.cell_center(2))
    qtbot.waitUntil(lambda: plain(panel.hint_box).startswith("5."))
    assert plain(panel.hint_box) == f"5. 1–2 · {band_text(5, 2)}"
    assert "italic" in panel.hint_box.text()  # only a preview
    qtbot.mouseMove(pointed, pointed.cell_center(9))
    assert plain(panel.hint_box) == f"5. 9–10 · {band_text(5, 9)}"
    QtWidgets.QApplication.sendEvent(pointed, QtCore.QEvent(QtCore.QEvent.Type.Leave))
    assert plain(panel.hint_box) == f"1. 3–4 · {band_text(1, 4)}"  # back to the criterion being scored
    assert pointed.value() is None  # pointing scored nothing


def test_ctrl_l_shows_all_five_levels_with_the_current_one_marked_and_moves_no_row(panel, qtbot):
    guide = panel.score_guide
    panel.resize(420, 600)  # a laptop's height: the levels take much of it
    rows = panel.rows()
    selector = rows[5].selector
    selector.setFocus()
    qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=selector.cell_center(8))
    assert guide.levels.isHidden()
    qtbot.keyClick(selector, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(guide.levels.isVisible)
    assert guide.is_expanded() and QtWidgets.QApplication.focusWidget() is selector  # the keyboard stays
    table = plain(guide.levels)
    for band in bands_for(DEFAULT_CRITERIA[5], "en"):
        assert band.text in table and band.scores() in table
    assert "▸ 7–8" in table and table.count("▸") == 1
    # expanded, the line says what to look at again; the table marks the score
    assert plain(panel.hint_box) == f"6. {hint_for(DEFAULT_CRITERIA[5], 'en')}"
    # the levels took room from the sheet, and the criterion being scored stays in view
    viewport = panel.scroll_area.viewport()
    top = rows[5].mapTo(viewport, QtCore.QPoint(0, 0)).y()
    assert top >= 0 and top + rows[5].height() <= viewport.height()
    qtbot.keyClick(selector, Qt.Key.Key_Right)  # the mark follows the score
    assert "▸ 9–10" in plain(guide.levels)
    qtbot.keyClick(selector, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(guide.levels.isHidden)
    assert plain(panel.hint_box) == f"6. 9–10 · {band_text(6, 9)}"


def test_the_levels_button_is_reached_by_mouse_and_named(panel, qtbot):
    toggle = panel.score_guide.toggle
    assert toggle.isVisible() and toggle.accessibleName() and "Ctrl+L" in toggle.toolTip()
    panel.rows()[0].selector.setFocus()
    tops = [row.mapTo(panel, QtCore.QPoint(0, 0)).y() for row in panel.rows()]
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    # the first criterion was in view: nothing on the sheet moves
    assert [row.mapTo(panel, QtCore.QPoint(0, 0)).y() for row in panel.rows()] == tops
    assert panel.score_guide.levels.isVisible() and "1. Completeness" in plain(panel.score_guide.levels)
    assert "9–10" in panel.hint_box.toolTip()  # hovering the line shows all levels too


def shown(qtbot, criteria: list[Criterion]) -> SheetPanel:
    sheet = SheetPanel()
    qtbot.addWidget(sheet)
    sheet.set_criteria(criteria)
    sheet.retranslate("en")
    sheet.resize(420, 720)
    sheet.show()
    qtbot.waitExposed(sheet)
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow, timeout=5000)
    return sheet


def test_a_round_of_its_own_criteria_shows_no_levels(qtbot):
    sheet = shown(qtbot, [Criterion(id="a", title="Design", max=5), Criterion(id="b", title="Sound", max=5)])
    selector = sheet.rows()[0].selector
    selector.setFocus()
    qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=selector.cell_center(3))
    qtbot.keyClick(selector, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not sheet.score_guide.toggle.isVisible() and not sheet.score_guide.levels.isVisible()
    assert sheet.hint_box.text() == "" and sheet.hint_box.height() == 0
    assert selector.accessibleDescription() == "3"


def test_a_default_criterion_out_of_five_shows_its_own_bands(qtbot):
    sheet = shown(qtbot, [DEFAULT_CRITERIA[0].model_copy(update={"max": 5}), Criterion(id="own", title="Design")])
    first, second = (row.selector for row in sheet.rows())
    first.setFocus()
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=first.cell_center(4))
    assert plain(sheet.hint_box) == f"1. 4 · {band_text(1, 7)}"  # 4 of 5 is the 7–8 level
    second.setFocus()
    sheet.score_guide.toggle.setChecked(True)
    assert "describes no score levels" in plain(sheet.score_guide.levels)


def test_the_scoring_form_in_kazakh(qtbot, demo_round_path, tmp_path, compiled_translations):
    from app.ui.i18n import install_language
    from tests.helpers.ui_expert import copy_round

    install_language(QtWidgets.QApplication.instance(), "kk")
    window = open_window(qtbot, copy_round(demo_round_path, tmp_path / "r"))
    window.resize(1366, 740)
    page = window.page("expert")
    selector = page.sheet.rows()[4].selector
    selector.setFocus()
    qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=selector.cell_center(6))
    assert plain(page.sheet.hint_box) == f"5. 5–6 · {band_text(5, 6, 'kk')}"
    assert "Ctrl+L" in page.sheet.score_guide.toggle.toolTip() and "Ереже" in page.sheet.score_guide.toggle.toolTip()
    qtbot.keyClick(selector, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.sheet.score_guide.levels.isVisible)
    table = plain(page.sheet.score_guide.levels)
    assert "▸ 5–6" in table
    for band in bands_for(DEFAULT_CRITERIA[4], "kk"):
        assert band.text in table  # ә ғ қ ң ө ұ ү і as written
    window.close()


def test_ctrl_l_is_listed_in_the_keyboard_shortcuts(qtbot, demo_round_path, tmp_path):
    from app.ui.help_window import collect_shortcuts
    from tests.helpers.ui_expert import copy_round

    window = open_window(qtbot, copy_round(demo_round_path, tmp_path / "r"))
    rows = [row for _title, group in collect_shortcuts(window) for row in group]
    assert ("Ctrl+L", "Show or hide the score levels") in rows
    window.close()
