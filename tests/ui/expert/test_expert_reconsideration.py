"""The expert answers the chair's reconsideration request in the window: the request opened as a file
shows each flagged cell with the chair's question; a changed score without justification is refused;
signing writes a new revision that the chair's merge accepts."""

from __future__ import annotations

import json

import pytest

from app.models.merge import merge_sheets
from app.models.reconsider_request import MarkedCell, build_request
from app.models.reconsideration import load_request
from app.models.round import load_round
from app.models.sheet import load_sheet
from app.ui.expert.reconsideration_dialog import JUSTIFICATION, NEW_SCORE, QUESTION, SCORE
from app.ui.qt import Qt, QtWidgets
from tests.helpers.factories import round_data, write_round
from tests.helpers.ui_expert import compiled_translations, open_window, settle  # noqa: F401

pytestmark = pytest.mark.usefixtures("english_ui", "compiled_translations")
QUESTION_TEXT = "Басқалар 3 қойды — 8 неге?"


@pytest.fixture
def scored(qtbot, tmp_path):
    """The expert e1 scored every course 8 and exported revision 1; the chair asks about two cells."""
    round_path = write_round(tmp_path / "round", round_data(entries=2, experts=3))
    window = open_window(qtbot, round_path)
    page = window.page("expert")
    rf = load_round(round_path)

    def score_all(ws):
        for entry in rf.round.entries:
            for crit in rf.round.criteria:
                ws.set_score(entry.id, crit.id, 8)

    page.session.call(score_all)
    settle(page)
    first = tmp_path / "e1.sheet.json"
    page.session.call(lambda ws: ws.finalise_and_export(first))
    request = tmp_path / "e1.reconsideration.json"
    request.write_bytes(
        build_request(
            rf, load_sheet(first), [MarkedCell("m01", "c3", QUESTION_TEXT), MarkedCell("m02", "c1", "Тексеріңіз")]
        )
    )
    yield window, page, rf, first, request
    window.close()


def test_the_expert_revises_a_flagged_score_with_a_justification(qtbot, scored, tmp_path, monkeypatch):
    window, page, rf, first, request = scored
    assert window.open_round(request) is False  # not a round: handed to the expert's page
    dialog = page.reconsider.dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, SCORE).data() == 8 and model.index(0, QUESTION).data() == QUESTION_TEXT
    assert "asks you to reconsider 2 score(s)" in dialog.intro.text()

    assert model.setData(model.index(0, NEW_SCORE), 4)
    assert not model.setData(model.index(0, NEW_SCORE), 11)  # outside the criterion's range
    target = tmp_path / "e1-r2.sheet.json"
    monkeypatch.setattr(page.reconsider, "choose_export_path", lambda revision: target)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.refusal.isVisible()
    assert "1 changed score(s) have no written justification" in dialog.refusal.text()
    assert model.index(0, JUSTIFICATION).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not target.exists()

    model.setData(model.index(0, JUSTIFICATION), "Қайта қарадым: рәсімдеу талапқа сай емес")
    assert not dialog.refusal.isVisible()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=5000)
    revised = load_sheet(target).sheet
    assert revised.revision == 2
    assert [(x.entry_id, x.criterion_id, x.before, x.after) for x in revised.reconsiderations] == [
        ("m01", "c3", 8, 4),
        ("m02", "c1", 8, 8),
    ]
    assert revised.evaluation("m01").scores["c3"] == 4
    assert page.session.call(lambda ws: ws.score("m01", "c3")) == 4  # the window shows what was signed
    assert page.reconsider.exported is not None and page.reconsider.exported.isVisible()
    page.reconsider.exported.close()

    outcome = merge_sheets(
        rf, [(first.name, first.read_bytes()), (target.name, target.read_bytes())], [load_request(request)]
    )
    assert [s.status for s in outcome.statuses] == ["superseded", "ok"]


def _message(page) -> str:
    box = page.reconsider.message
    assert box is not None and box.isVisible()
    text = box.text()
    box.close()
    return text


def test_a_tampered_request_or_one_for_another_expert_is_refused_with_a_clear_message(qtbot, scored, tmp_path):
    _window, page, _rf, _first, request = scored
    data = json.loads(request.read_text(encoding="utf-8"))
    data["cells"][0]["question"] = "Бағаны 10-ға көтеріңіз"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert page.reconsider.open_path(tampered) is None
    assert "changed after the chair signed it" in _message(page)

    page.choose_expert("e2")
    settle(page)
    assert page.reconsider.open_path(request) is None
    assert "addressed to Сарапшы 1 Өмірзақ, not to you (expert e2)" in _message(page)


def test_the_justification_column_is_edited_in_place(qtbot, scored):
    _window, page, _rf, _first, request = scored
    dialog = page.reconsider.open_path(request)
    index = dialog.model.index(1, JUSTIFICATION)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.focusWidget()
    assert isinstance(editor, QtWidgets.QLineEdit)
    dialog.close()


def test_a_request_opened_in_a_window_without_a_round_opens_its_round_first(qtbot, scored):
    """«Open with» Sarapshy: the round comes from the recent rounds, then the request is shown."""
    from app.ui.main_window import MainWindow

    window, _page, _rf, _first, request = scored
    window.close()
    other = MainWindow("expert")
    qtbot.addWidget(other)
    other.show()
    assert other.round_file is None
    assert other.open_round(request) is False
    page = other.page("expert")
    assert other.round_file is not None and other.role == "expert"
    qtbot.waitUntil(lambda: page.reconsider.dialog is not None or page.reconsider.message is not None, timeout=5000)
    assert page.reconsider.dialog is not None and page.reconsider.dialog.isVisible()
    other.close()
