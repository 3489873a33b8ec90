"""The expert page's item models and the score cells, without a window."""

from __future__ import annotations

import json

import pytest

from app.models.expert_progress import WatchedTime
from app.models.round import parse_round
from app.models.round_model import DEFAULT_CRITERIA
from app.models.workspace_notes import NoteRecord
from app.models.workspace_sheet import EntryProgress
from app.ui.expert.criteria_hints import hint_for
from app.ui.expert.entry_model import (
    CHANGED_ROLE,
    ENTRY_ID_ROLE,
    FILTER_CHANGED,
    FILTER_DONE,
    FILTER_OPEN,
    FILTER_RECUSED,
    PROGRESS,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_NOT_STARTED,
    STATUS_RECUSED,
    STATUS_ROLE,
    TITLE,
    WATCHED,
    EntryFilterProxy,
    EntryTableModel,
)
from app.ui.expert.notes_model import NOTE_ROLE, NotesModel
from app.ui.qt import Qt
from app.ui.widgets.score_selector import ScoreSelector
from tests.helpers.factories import round_data

pytestmark = pytest.mark.usefixtures("english_ui")


def sample_round():
    data = round_data(entries=4)
    data["entries"][1]["title"] = {"kk": "Python тілінде бағдарламалау", "ru": "Программирование на Python"}
    data["entries"][2]["authors"] = [{"name": "Жұмабаев Ерлан"}]
    data["entries"][3]["media"] = []
    data["entries"][0]["media"].append({"id": "v2", "kind": "lecture", "title": "Дәріс 1", "path": "media/m01/l1.mp4"})
    return parse_round(json.dumps(data).encode(), "t.round.json")


def progress(entry_id, filled=0, recused=False, changed=False, exported=False, total=7):
    return EntryProgress(entry_id, filled, total, recused, recused or filled == total, exported, changed)


@pytest.fixture
def model(qapp):
    round_file = sample_round()
    model = EntryTableModel()
    model.set_entries(round_file.entry_ids(), round_file.entry, len(round_file.header.criteria))
    return model


def text(model, row, column):
    return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_rows_show_progress_watched_and_status(model):
    assert model.rowCount() == 4
    assert text(model, 0, PROGRESS) == "…"  # the database has not answered yet
    model.set_all_progress(
        {"m01": progress("m01", 3), "m02": progress("m02", 7), "m03": progress("m03", recused=True)},
        {"m01": WatchedTime(30.0, 120.0), "m02": WatchedTime(75.0, None)},
    )
    assert text(model, 0, PROGRESS) == "3/7"
    assert text(model, 0, WATCHED) == "25%"
    assert text(model, 1, WATCHED) == "1:15"  # duration still unknown: the time watched
    assert text(model, 2, PROGRESS) == "recused"
    assert text(model, 1, PROGRESS) == "7/7 ✓"
    assert text(model, 3, WATCHED) == ""  # no videos at all
    assert [model.index(r, 0).data(STATUS_ROLE) for r in range(4)] == [
        STATUS_IN_PROGRESS,
        STATUS_DONE,
        STATUS_RECUSED,
        STATUS_NOT_STARTED,
    ]
    tips = [model.index(r, PROGRESS).data(Qt.ItemDataRole.ToolTipRole) for r in range(4)]
    assert tips == ["in progress", "done", "recused", "not started"]
    assert model.index(1, 0).data(ENTRY_ID_ROLE) == "m02"


def test_one_row_changes_alone(model, qtbot):
    model.set_all_progress({}, {})
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.set_progress(progress("m03", 7, changed=True, exported=True))
    top, bottom = signal.args[0], signal.args[1]
    assert (top.row(), bottom.row()) == (2, 2)
    assert text(model, 2, PROGRESS) == "7/7 ✓ ✎"
    assert "Changed since the last exported sheet" in model.index(2, PROGRESS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 0).data(CHANGED_ROLE) is True
    assert model.changed_count() == 1


def test_titles_follow_the_language(model):
    model.set_language("ru")
    assert text(model, 1, TITLE) == "Программирование на Python"
    model.set_language("kk")
    assert text(model, 1, TITLE) == "Python тілінде бағдарламалау"


def test_filter_by_text_and_status(model):
    proxy = EntryFilterProxy()
    proxy.setSourceModel(model)
    model.set_all_progress(
        {
            "m01": progress("m01", 3),
            "m02": progress("m02", 7, changed=True, exported=True),
            "m03": progress("m03", recused=True),
        },
        {},
    )

    def visible():
        return [proxy.index(r, 0).data(ENTRY_ID_ROLE) for r in range(proxy.rowCount())]

    proxy.set_text("жұмабаев")  # an author, case-insensitive
    assert visible() == ["m03"]
    proxy.set_text("PYTHON")
    assert visible() == ["m02"]
    proxy.set_text("")
    proxy.set_status(FILTER_OPEN)
    assert visible() == ["m01", "m04"]
    proxy.set_status(FILTER_DONE)
    assert visible() == ["m02"]
    proxy.set_status(FILTER_RECUSED)
    assert visible() == ["m03"]
    proxy.set_status(FILTER_CHANGED)
    assert visible() == ["m02"]


def test_notes_are_kept_in_video_then_time_order(qapp):
    rnd = sample_round().round
    entry = rnd.entry("m01")
    notes = NotesModel()
    notes.set_notes(entry, [NoteRecord(1, "m01", "v2", 5.0, "b"), NoteRecord(2, "m01", "v1", 70.0, "a")])
    assert notes.rowCount() == 2
    row = notes.add(NoteRecord(3, "m01", "v1", 12.0, "дыбыс нашар"))
    assert row == 0
    assert [notes.index(r).data(NOTE_ROLE).id for r in range(3)] == [3, 2, 1]
    assert notes.index(0).data(Qt.ItemDataRole.DisplayRole) == "0:12 · v1 — дыбыс нашар"
    notes.replace(NoteRecord(3, "m01", "v1", 12.0, "жақсы"))
    assert notes.index(0).data(Qt.ItemDataRole.DisplayRole).endswith("жақсы")
    notes.remove(2)
    assert [n.id for n in notes.notes()] == [3, 1]


def test_score_cells_by_keyboard_and_mouse(qtbot):
    cells = ScoreSelector(1, 10)
    qtbot.addWidget(cells)
    cells.resize(400, 40)
    cells.show()
    chosen = []
    cells.value_changed.connect(chosen.append)
    qtbot.keyClick(cells, Qt.Key.Key_7)
    qtbot.keyClick(cells, Qt.Key.Key_0)  # 0 means 10
    qtbot.keyClick(cells, Qt.Key.Key_Left)
    qtbot.keyClick(cells, Qt.Key.Key_Right)
    qtbot.keyClick(cells, Qt.Key.Key_Right)  # already the highest: no change
    qtbot.keyClick(cells, Qt.Key.Key_Home)
    qtbot.keyClick(cells, Qt.Key.Key_Delete)
    qtbot.mouseClick(cells, Qt.MouseButton.LeftButton, pos=cells.cell_center(4))
    assert chosen == [7, 10, 9, 10, 1, None, 4]
    cells.set_value(6)  # loading an entry does not emit
    assert chosen[-1] == 4 and cells.value() == 6
    cells.setEnabled(False)
    qtbot.keyClick(cells, Qt.Key.Key_2)
    assert cells.value() == 6


def test_digits_outside_the_range_are_ignored(qtbot):
    cells = ScoreSelector(2, 5)
    qtbot.addWidget(cells)
    qtbot.keyClick(cells, Qt.Key.Key_1)
    qtbot.keyClick(cells, Qt.Key.Key_0)
    assert cells.value() is None
    qtbot.keyClick(cells, Qt.Key.Key_Up)
    assert cells.value() == 2


def test_hints_exist_for_the_seven_default_criteria_in_three_languages():
    for criterion in DEFAULT_CRITERIA:
        texts = {lang: hint_for(criterion, lang) for lang in ("kk", "ru", "en")}
        assert all(texts.values()) and len(set(texts.values())) == 3
    custom = DEFAULT_CRITERIA[0].model_copy(update={"title": "Своя оценка"})
    assert hint_for(custom, "ru") == ""


def test_the_progress_colour_follows_a_switch_to_dark(model, qapp):
    """The progress column's colours were worked out once per program run, on the palette of the moment."""
    from app.ui import theme
    from tests.helpers.palette import switchable_colours

    with switchable_colours(qapp) as switch:
        first = model.entry_ids()[0]
        model.set_progress(progress(first, 7))
        index = model.index(0, PROGRESS)
        foreground = lambda: model.data(index, Qt.ItemDataRole.ForegroundRole).color().name()  # noqa: E731
        assert foreground() == theme.SEMANTIC["ok"][0]
        switch(True)
        assert foreground() == theme.SEMANTIC["ok"][1]
        switch(False)
        assert foreground() == theme.SEMANTIC["ok"][0]
