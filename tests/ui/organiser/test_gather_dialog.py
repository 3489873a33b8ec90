"""The organiser's "Gather entries from lower-stage packages…": packages added one folder at a
time, a broken one listed with its reason and left out, the gathered round opened for its
commission, the same course flagged, and the admission checklist's lower-stage item."""

from __future__ import annotations

import pytest

from app.ui.organiser.gather_dialog import GatherDialog
from app.ui.qt import QtWidgets
from tests.helpers.stages import _package
from tests.helpers.ui_organiser import page  # noqa: F401 (fixture)


@pytest.fixture
def packages(tmp_path, capsys):
    a = _package(tmp_path, "A", ["Химия", "Физика"], [9, 8], capsys)
    b = _package(tmp_path, "B", ["Тарих", "Химия"], [7, 6], capsys)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "package.json").write_text("{not json", encoding="utf-8")
    return a, b, broken


def test_gathering_packages_opens_the_faculty_round_for_its_commission(qtbot, page, packages, tmp_path):
    a, b, broken = packages
    assert "Gather entries from lower-stage packages…" in [x.text() for x in page.page_actions()]
    page.gather_action.trigger()
    dialog: GatherDialog = page.gather_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.gather_button.isEnabled()
    for folder in (a, broken, b):
        dialog.add_folder(folder)
    model = dialog.model
    assert [model.data(model.index(r, model.COL_FROM)) for r in range(3)] == [
        "A кафедрасы (department stage)",
        "",
        "B кафедрасы (department stage)",
    ]
    assert "not valid JSON" in model.data(model.index(1, model.COL_STATE))
    assert model.data(model.index(0, model.COL_STATE)) == "for the faculty stage"
    assert "1 package(s) cannot be gathered" in dialog.message.text()
    out = tmp_path / "faculty" / "faculty.round.json"
    dialog.gather(out)
    qtbot.waitUntil(lambda: page.draft.path is not None and page.draft.path.name == out.name, timeout=20_000)
    assert [e["id"] for e in page.draft.entries] == ["m01", "m02", "m01-2", "m02-2"]
    assert page.draft.data["stage"] == "faculty"
    assert page.tabs.currentIndex() == 1
    box: QtWidgets.QMessageBox = page.gather_message
    assert "m01 and m02-2 look like the same course" in box.text()
    assert "set the commission" in box.text()
    box.close()
    # The admission checklist finds each course's department extract.
    checklist = page.store.checklist(page.draft.entries[0], None)
    item = next(i for i in checklist if i.key == "lower_stage_extract")
    assert item.status == "ok" and item.args[2] == "A кафедрасы"


def test_the_gather_dialog_opens_again_at_the_size_it_was_left(qtbot):
    first = GatherDialog()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(640, 380)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == (640, 380))
    first.reject()
    again = GatherDialog()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 380)
