"""The chair's view of conflicts of interest: every recusal in the accepted sheets, and the pairs the
round suggested that an expert dismissed (with the expert's reason) or left unanswered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.chair import ChairSnapshot
from app.models.conflicts import DISMISSED, RECUSED, conflict_summary
from app.models.localized import localized
from app.ui import theme
from app.ui.chair.panels import table_view
from app.ui.conflict_texts import answer_text, grounds_text
from app.ui.i18n import current_language
from app.ui.qt import ModelIndex, Qt, QtCore, QtWidgets

DISPLAY = Qt.ItemDataRole.DisplayRole
ROOT = QtCore.QModelIndex()


@dataclass(frozen=True)
class ConflictRow:
    expert: str
    course: str
    grounds: tuple[str, ...]
    answer: str  # recused / dismissed / "" (not answered)
    reason: str


class ConflictsModel(QtCore.QAbstractTableModel):
    EXPERT, COURSE, GROUNDS, ANSWER, REASON = range(5)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictRow] = []

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.beginResetModel()
        self.rows = _rows(snapshot)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Expert"),
            self.tr("Course"),
            self.tr("Suggested because"),
            self.tr("Answer"),
            self.tr("Reason"),
        )[section]

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if col == self.EXPERT:
                return row.expert
            if col == self.COURSE:
                return row.course
            if col == self.GROUNDS:
                return grounds_text(row.grounds, to_expert=False) if row.grounds else self.tr("declared by the expert")
            if col == self.ANSWER:
                return answer_text(row.answer)
            return row.reason or "—"
        if role == Qt.ItemDataRole.BackgroundRole and row.answer != RECUSED:
            return theme.colour(
                "warning_background"
            )  # what the commission has to weigh: dismissed or unanswered suggestions
        return None


def _rows(snapshot: ChairSnapshot | None) -> list[ConflictRow]:
    if snapshot is None:
        return []
    rnd, lang = snapshot.round, current_language()
    summary = conflict_summary(rnd, snapshot.accepted_sheets().values())

    def expert(expert_id: str) -> str:
        found = rnd.expert(expert_id)
        return found.name if found is not None else expert_id

    def course(entry_id: str) -> str:
        entry = rnd.entry(entry_id)
        return f"{entry_id} {localized(entry.title, lang)}" if entry is not None else entry_id

    rows = [
        ConflictRow(expert(d.expert_id), course(d.entry_id), d.grounds, DISMISSED, d.reason) for d in summary.dismissed
    ]
    rows += [ConflictRow(expert(u.expert_id), course(u.entry_id), u.grounds, "", "") for u in summary.unanswered]
    rows += [
        ConflictRow(expert(r.expert_id), course(r.entry_id), r.grounds, RECUSED, r.reason) for r in summary.recusals
    ]
    return rows


class ConflictsPanel(QtWidgets.QWidget):
    """A tab of the chair's desk."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_panel")
        self.model = ConflictsModel(self)
        self.view = table_view(self.model, "conflicts_table", stretch=ConflictsModel.REASON)
        self.view.setWordWrap(True)
        self.hint = QtWidgets.QLabel()
        self.hint.setWordWrap(True)
        self.counts = QtWidgets.QLabel()
        self.counts.setObjectName("conflicts_counts")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def tab_title(self) -> str:
        return self.tr("Conflicts of interest")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Conflicts of interest the round's data suggest (same department or faculty as the "
                "course, an expert among its authors, a shared surname as a soft hint) and every "
                "recusal. Highlighted: suggestions an expert dismissed — with the expert's reason — "
                "or did not answer; the commission weighs them. The protocol lists them all."
            )
        )
        self._show_counts()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.model.set_snapshot(snapshot)
        self._show_counts()

    def _show_counts(self) -> None:
        rows = self.model.rows
        self.counts.setText(
            self.tr("Recused: %1 · dismissed: %2 · not answered: %3")
            .replace("%1", str(sum(r.answer == RECUSED for r in rows)))
            .replace("%2", str(sum(r.answer == DISMISSED for r in rows)))
            .replace("%3", str(sum(r.answer == "" for r in rows)))
        )
