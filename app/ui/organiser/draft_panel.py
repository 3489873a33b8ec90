"""What the editor's forms share: a panel that edits the round draft and says when it changed, and
the table and button row they lay out."""

from __future__ import annotations

from app.models.round_edit import RoundDraft
from app.ui.qt import QtWidgets, Signal

LANGUAGE_LABELS = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class DraftPanel(QtWidgets.QWidget):
    """A part of the editor bound to the draft: `set_draft`, `edited`, `retranslate`."""

    edited = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: RoundDraft | None = None
        self._loading = False

    def set_draft(self, draft: RoundDraft) -> None:
        self.draft = draft
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False

    def load(self) -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        if not self._loading and self.draft is not None:
            self.edited.emit()


def table_view(model, stretch: int | None = None) -> QtWidgets.QTableView:
    view = QtWidgets.QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
        | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
        | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.verticalHeader().hide()  # rows carry their own ids
    header = view.horizontalHeader()
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def button_row(*buttons: QtWidgets.QPushButton) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
