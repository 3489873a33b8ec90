"""The reconsideration request beside the expert's scores: each flagged cell with the score given and
the chair's question; the expert keeps or changes each score (a changed one needs a written
justification, refused otherwise). Accepting signs a new revision (see reconsideration_panel.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.localized import localized
from app.models.reconsider_answer import Answer
from app.models.reconsideration import RequestCell, RequestFile
from app.models.round import RoundFile
from app.models.sheet import SheetFile
from app.ui import theme
from app.ui.qt import ModelIndex, Qt, QtCore, QtWidgets
from app.ui.widgets.coloured_text import colour_text

COURSE, CRITERION, SCORE, QUESTION, NEW_SCORE, JUSTIFICATION = range(6)


@dataclass
class _Row:
    cell: RequestCell
    after: int
    justification: str = ""

    @property
    def changed(self) -> bool:
        return self.after != self.cell.score

    @property
    def refused(self) -> bool:
        return self.changed and not self.justification.strip()


class ReconsiderationModel(QtCore.QAbstractTableModel):
    """The requested cells: course, criterion, the score given, the chair's question (read only);
    the new score and the justification (editable)."""

    def __init__(
        self, round_file: RoundFile, request: RequestFile, lang: str, parent: QtCore.QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._round_file, self._lang = round_file, lang
        self._rows = [_Row(cell, cell.score) for cell in request.request.cells]
        self._entries = {e.id: e for e in round_file.round.entries}
        self._criteria = {c.id: (n, c) for n, c in enumerate(round_file.round.criteria, start=1)}

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Course"),
            self.tr("Criterion"),
            self.tr("Your score"),
            self.tr("The chair's question"),
            self.tr("New score"),
            self.tr("Justification"),
        ][section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (NEW_SCORE, JUSTIFICATION) else base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == COURSE:
                entry = self._entries.get(row.cell.entry_id)
                return f"{row.cell.entry_id}. {localized(entry.title, self._lang)}" if entry else row.cell.entry_id
            if column == CRITERION:
                number, crit = self._criteria[row.cell.criterion_id]
                return f"{number}. {localized(crit.title, self._lang)}"
            if column == SCORE:
                return row.cell.score
            if column == QUESTION:
                return row.cell.question
            if column == NEW_SCORE:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("The same score keeps it; another one changes it and needs a justification")
                return row.after
            if column == JUSTIFICATION:
                if role == Qt.ItemDataRole.ToolTipRole and row.refused:
                    return self.tr("A changed score needs a written justification")
                return row.justification
        if role == Qt.ItemDataRole.BackgroundRole and column in (NEW_SCORE, JUSTIFICATION):
            return (
                theme.colour("error_background")
                if row.refused
                else theme.colour("warning_background")
                if row.changed
                else None
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SCORE, NEW_SCORE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if index.column() == NEW_SCORE:
            crit = self._criteria[row.cell.criterion_id][1]
            try:
                score = int(value)
            except (TypeError, ValueError):
                return False
            if not crit.min <= score <= crit.max:
                return False
            row.after = score
        elif index.column() == JUSTIFICATION:
            row.justification = str(value)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), NEW_SCORE), self.index(index.row(), JUSTIFICATION))
        return True

    def score_range(self, row: int) -> tuple[int, int]:
        crit = self._criteria[self._rows[row].cell.criterion_id][1]
        return crit.min, crit.max

    def refused_rows(self) -> list[int]:
        """Rows whose score changes without a written justification."""
        return [n for n, row in enumerate(self._rows) if row.refused]

    def changed_count(self) -> int:
        return sum(row.changed for row in self._rows)

    def answers(self) -> list[Answer]:
        return [Answer(r.cell.entry_id, r.cell.criterion_id, r.after, r.justification) for r in self._rows]


class _ScoreDelegate(QtWidgets.QStyledItemDelegate):
    """A spin box within the criterion's range for the new score."""

    def createEditor(self, parent: QtWidgets.QWidget, option: Any, index: ModelIndex) -> QtWidgets.QWidget:
        if index.column() != NEW_SCORE:
            return super().createEditor(parent, option, index)
        editor = QtWidgets.QSpinBox(parent)
        model = index.model()
        if isinstance(model, ReconsiderationModel):
            editor.setRange(*model.score_range(index.row()))
        return editor


class ReconsiderationDialog(QtWidgets.QDialog):
    """The request beside the scores; accepted = sign and export the revision (refused while a
    changed score has no justification)."""

    def __init__(
        self,
        round_file: RoundFile,
        request: RequestFile,
        previous: SheetFile,
        lang: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.request, self.previous = request, previous
        self.setMinimumWidth(900)
        self.resize(1180, 560)
        layout = QtWidgets.QVBoxLayout(self)
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.intro)
        self.model = ReconsiderationModel(round_file, request, lang, self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(_ScoreDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        for column, share in ((COURSE, 0.16), (CRITERION, 0.2), (QUESTION, 0.3), (JUSTIFICATION, 0.34)):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, int(900 * share))
        for column in (SCORE, NEW_SCORE):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.refusal = QtWidgets.QLabel()
        self.refusal.setWordWrap(True)
        colour_text(self.refusal, "error")
        self.refusal.hide()
        layout.addWidget(self.refusal)
        buttons = QtWidgets.QDialogButtonBox()
        self.sign_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.clicked.connect(self.accept)
        self.cancel_button = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.model.dataChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        r = self.request.request
        self.setWindowTitle(self.tr("Reconsideration requested by the chair"))
        self.intro.setText(
            self.tr(
                "The chair %1 asks you to reconsider %n score(s) of your sheet (revision %2, code %3). For each "
                "one keep the score or change it; a changed score needs a written justification. Signing makes "
                "a new revision of the sheet; nothing else in it changes. The chair's key: %4.",
                "",
                len(r.cells),
            )
            .replace("%1", r.chair_name)
            .replace("%2", str(r.sheet.revision))
            .replace("%3", r.sheet.code)
            .replace("%4", self.request.fingerprint)
        )
        self.sign_button.setText(self.tr("Sign and export the revised sheet…"))
        self._changed()

    def _changed(self) -> None:
        if self.refusal.isVisible() and not self.model.refused_rows():
            self.refusal.hide()
        self.table.resizeRowsToContents()

    def accept(self) -> None:
        refused = self.model.refused_rows()
        if refused:
            self.refusal.setText(
                self.tr(
                    "Not signed: %n changed score(s) have no written justification. "
                    "Write why the score changes, or put the score back.",
                    "",
                    len(refused),
                )
            )
            self.refusal.show()
            index = self.model.index(refused[0], JUSTIFICATION)
            self.table.setCurrentIndex(index)
            self.table.edit(index)
            return
        super().accept()
