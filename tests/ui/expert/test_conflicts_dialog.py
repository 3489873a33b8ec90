"""The expert is asked about the suggested conflicts of interest when starting on a round: confirming
recuses the course, dismissing without a reason is refused, the answers can be revisited."""

from __future__ import annotations

import pytest

from app.models.round import load_round
from app.ui.expert.page import ExpertPage
from app.ui.qt import QtWidgets
from tests.helpers.conflicts import conflict_round
from tests.helpers.factories import write_round

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def page(qtbot, tmp_path):
    round_file = load_round(write_round(tmp_path / "round", conflict_round()))
    page = ExpertPage(round_file)
    qtbot.addWidget(page)
    page.show()
    page.choose_expert("e1")
    yield page
    page.shutdown()


def dialog_of(qtbot, page):
    qtbot.waitUntil(lambda: page.conflicts.dialog is not None and page.conflicts.dialog.isVisible(), timeout=5000)
    return page.conflicts.dialog


def test_the_suggestions_are_asked_at_the_start(qtbot, page):
    dialog = dialog_of(qtbot, page)
    assert [b.suggestion.entry_id for b in dialog.boxes] == ["m01", "m02", "m03"]
    assert dialog.boxes[0].title() == "1. Курс 1: Қазақ тілі және ғылым"
    assert "your department is the course's department" in dialog.boxes[0].grounds.text()
    assert "you are among the course's authors — Ахметов А. Б." in dialog.boxes[1].grounds.text()
    assert "soft hint" in dialog.boxes[2].grounds.text()


def test_confirming_recuses_the_course(qtbot, page):
    dialog = dialog_of(qtbot, page)
    dialog.boxes[1].confirm.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.conflicts.dialog is None)
    recused, reason = page.session.call(lambda ws: ws.recusal("m02"))
    assert recused and reason == "Suggested conflict of interest confirmed: one of the course's authors"
    answers = page.session.call(lambda ws: ws.conflict_answers())
    assert set(answers) == {"m02"} and answers["m02"].answer == "recused"
    page.select_entry("m02")
    assert page.sheet.is_recused()
    # the two left unanswered are asked again when the expert comes back to work
    page.conflicts.offer_pending()
    assert [b.suggestion.entry_id for b in dialog_of(qtbot, page).boxes] == ["m01", "m03"]


def test_a_dismissal_without_a_reason_is_refused(qtbot, page):
    dialog = dialog_of(qtbot, page)
    dialog.boxes[0].dismiss.click()
    dialog.boxes[2].dismiss.click()  # a shared surname: no reason needed
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "without a reason is not accepted" in dialog.boxes[0].refusal.text()
    assert dialog.boxes[2].refusal.text() == ""
    assert page.session.call(lambda ws: ws.conflict_answers()) == {}
    dialog.boxes[0].reason.setPlainText("Мен бұл курсқа қатысқан жоқпын")
    assert dialog.boxes[0].refusal.text() == ""
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.conflicts.dialog is None)
    answers = page.session.call(lambda ws: ws.conflict_answers())
    assert {k: (a.answer, a.reason) for k, a in answers.items()} == {
        "m01": ("dismissed", "Мен бұл курсқа қатысқан жоқпын"),
        "m03": ("dismissed", ""),
    }
    assert not page.session.call(lambda ws: ws.recusal("m01"))[0]


def test_the_answers_can_be_revisited(qtbot, page):
    dialog = dialog_of(qtbot, page)
    dialog.boxes[0].confirm.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.conflicts.dialog is None)
    page.conflicts.action.trigger()
    dialog = dialog_of(qtbot, page)
    assert len(dialog.boxes) == 3 and dialog.boxes[0].confirm.isChecked()
    dialog.boxes[0].dismiss.click()
    dialog.boxes[0].reason.setPlainText("Қате: мен басқа кафедраданмын")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.conflicts.dialog is None)
    assert page.session.call(lambda ws: ws.recusal("m01")) == (False, "")


def test_answer_later_keeps_nothing(qtbot, page):
    dialog = dialog_of(qtbot, page)
    dialog.boxes[1].confirm.click()
    dialog.later_button.click()
    qtbot.waitUntil(lambda: page.conflicts.dialog is None)
    assert page.session.call(lambda ws: ws.conflict_answers()) == {}
    assert not page.session.call(lambda ws: ws.recusal("m02"))[0]


def test_an_expert_without_suggestions_is_not_asked(qtbot, tmp_path):
    page = ExpertPage(load_round(write_round(tmp_path / "r", conflict_round())))
    qtbot.addWidget(page)
    page.choose_expert("e3")
    QtWidgets.QApplication.processEvents()
    QtWidgets.QApplication.processEvents()
    assert page.conflicts.dialog is None
    page.shutdown()


def test_the_chair_sees_dismissed_and_unanswered_suggestions_and_recusals(qtbot, tmp_path):
    from app.ui.chair.desk import ChairDesk
    from tests.helpers.conflicts import DISMISS_REASON, exported_sheets
    from tests.helpers.ui_chair import wait_idle

    round_file = load_round(write_round(tmp_path / "round", conflict_round()))
    paths = exported_sheets(round_file, tmp_path)
    desk = ChairDesk(round_file)
    qtbot.addWidget(desk)
    qtbot.waitUntil(lambda: desk.snapshot is not None, timeout=10_000)
    desk.import_paths(paths)
    wait_idle(qtbot, desk)
    panel = desk.conflicts
    assert desk.tabs.tabText(desk.tabs.indexOf(panel)) == "Conflicts of interest"
    model = panel.model
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert shown == [
        [
            "Ахметов Асқар Бекұлы",
            "m01 Курс 1: Қазақ тілі және ғылым",
            "same department as the course",
            "dismissed",
            DISMISS_REASON,
        ],
        [
            "Ахметов Асқар Бекұлы",
            "m03 Курс 3: Қазақ тілі және ғылым",
            "shares a surname with an author (soft hint)",
            "dismissed",
            "—",
        ],
        [
            "Ахметов Асқар Бекұлы",
            "m02 Курс 2: Қазақ тілі және ғылым",
            "one of the course's authors",
            "confirmed: recused",
            "Авторымын",
        ],
        [
            "Петрова Ольга Николаевна",
            "m03 Курс 3: Қазақ тілі және ғылым",
            "from the course's faculty",
            "confirmed: recused",
            "Факультет деканының орынбасарымын",
        ],
    ]
    assert panel.counts.text() == "Recused: 2 · dismissed: 2 · not answered: 0"
    desk.close()


def test_a_large_round_reopened_is_not_built_to_offer_the_suggestions(qtbot, tmp_path):
    """The suggestions are worked out once per round version: reopening a large round from its index
    and starting work asks nothing of entries the expert does not look at."""
    from app.models.round_index import IndexedRoundFile
    from app.ui.main_window import MainWindow
    from tests.helpers.media import many_videos

    data = many_videos(entries=150, videos=1, with_links=False)
    data["commission"]["experts"][1]["department"] = "Ақпараттық жүйелер кафедрасы"
    data["entries"][120]["department"] = "Ақпараттық жүйелер кафедрасы"
    path = write_round(tmp_path / "big", data)
    window = MainWindow("expert")
    qtbot.addWidget(window)
    window.show()
    assert window.open_round(path)
    page = window.page("expert")
    page.choose_expert("e2")
    assert [b.suggestion.entry_id for b in dialog_of(qtbot, page).boxes] == ["m121"]
    page.conflicts.dialog.later_button.click()
    window.set_round(None)
    assert window.open_round(path)
    round_file = window.round_file
    assert isinstance(round_file, IndexedRoundFile)
    assert [b.suggestion.entry_id for b in dialog_of(qtbot, page).boxes] == ["m121"]
    assert round_file._round is None
    assert set(round_file._entries) <= {"m121", *page.entry_model.entry_ids()[:40]}  # the rows shown, m121
    window.close()
