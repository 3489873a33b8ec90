"""The column-mapping dialog: a Kazakh Google Forms export mapped, previewed and imported."""

from __future__ import annotations

from pathlib import Path

from app.models.applications_mapping import remembered_mapping
from app.models.applications_table import read_table
from app.ui.organiser.mapping_dialog import DUPLICATE, LEFT_OUT, NEW, ColumnMappingDialog
from app.ui.organiser.page_tabs import TAB_ENTRIES
from app.ui.qt import Qt, QtWidgets
from tests.helpers.ui_organiser import page  # noqa: F401 (fixture)

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "google_forms_kk.csv"


def choose(qtbot, combo: QtWidgets.QComboBox, text_start: str) -> None:
    """Pick an item of a combo box with the keyboard, as a user does."""
    combo.setFocus()
    target = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text_start))
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_mapping_is_suggested_previewed_and_imported(qtbot, page):
    dialog = page.import_applications(FIXTURE)
    assert isinstance(dialog, ColumnMappingDialog) and dialog.isVisible()
    assert dialog.combos["title"].currentText() == "E: Курс атауы"
    assert dialog.combos["authors"].currentText() == "F: Автор(лар)дың аты-жөні"
    outcomes = [dialog.preview.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dialog.preview.rowCount())]
    assert outcomes == [DUPLICATE, NEW, NEW, NEW, LEFT_OUT]
    assert dialog.preview.index(0, 1).data() == "duplicate of row 5 (kept)"
    assert dialog.preview.index(4, 1).data() == "left out: no Course title"
    assert "3 new course(s)" in dialog.summary.text()

    choose(qtbot, dialog.combos["title"], "— not imported —")
    assert not dialog.import_button.isEnabled()
    assert "Course title" in dialog.summary.text()
    choose(qtbot, dialog.combos["title"], "E:")
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [e["title"] for e in page.draft.entries] == [
        "Нан пісіру технологиясы",
        "Бухгалтерлік есеп негіздері",
        "«Python тілінде бағдарламалау негіздері»",
    ]
    assert page.tabs.currentIndex() == TAB_ENTRIES
    assert page.entries.entries_model.rowCount() == 3
    assert remembered_mapping()["курс атауы"] == "title"

    again = page.import_applications(FIXTURE)
    outcomes = [again.preview.index(r, 1).data() for r in range(again.preview.rowCount())]
    assert outcomes[:4] == [
        "already in the round as m03",
        "already in the round as m01",
        "already in the round as m02",
        "already in the round as m03",
    ]
    assert not again.import_button.isEnabled()  # nothing new: nothing doubled
    again.reject()
    assert len(page.draft.entries) == 3


def test_a_changed_column_is_remembered_for_the_next_export(qtbot, page):
    dialog = ColumnMappingDialog(read_table(FIXTURE), page.draft, page)
    qtbot.addWidget(dialog)
    choose(qtbot, dialog.combos["email"], "— not imported —")
    dialog.accept()
    second = ColumnMappingDialog(read_table(FIXTURE), page.draft, page)
    qtbot.addWidget(second)
    assert second.combos["email"].currentData() == -1
    assert second.combos["title"].currentData() == 4


def test_a_broken_export_is_explained_not_crashing(qtbot, page, tmp_path):
    bad = tmp_path / "responses.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    assert page.import_applications(bad) is None
    box = next(
        w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, QtWidgets.QMessageBox) and w.isVisible()
    )
    assert str(bad) in box.text() and "cannot be read" in box.text()
    box.close()
