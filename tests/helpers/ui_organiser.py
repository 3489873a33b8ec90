"""Driving the organiser's page in tests: the page fixture, showing it, typing into a table cell."""

from __future__ import annotations

import pytest

from app.ui.qt import QApplication, Qt, QtWidgets
from tests.helpers.keys import type_text


def show_page(qtbot, round_file=None):
    """A shown organiser page (English interface: tests read the source texts)."""
    from app.ui.organiser.editor import OrganiserPage

    widget = OrganiserPage(round_file)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(qtbot, english_ui):
    return show_page(qtbot)


def type_into_cell(qtbot, view: QtWidgets.QTableView, row: int, column: int, text: str) -> None:
    """Select a cell, start editing with F2, type, press Enter: as a user does."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QtWidgets.QLineEdit), f"no editor opened on ({row}, {column})"
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
