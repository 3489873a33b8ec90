"""On the disagreement board: the chair marks a score (course × criterion × expert) for
reconsideration with a question to the expert, sees the marked cells, and exports one signed request
file per expert (app/models/reconsider_chair.py keeps, exports and logs them)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.models.chair import ChairStore
from app.models.errors import InputError
from app.models.localized import localized
from app.models.reconsider_chair import Mark, export_request, marks, set_mark
from app.ui.i18n import current_language
from app.ui.qt import Qt, QtWidgets
from app.ui.worker import show_error

MARK_ROLE = Qt.ItemDataRole.UserRole + 7


class ReconsiderationBar(QtWidgets.QWidget):
    """Under the board's expert lines: mark the selected score, the marked cells, export the requests."""

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.setObjectName("reconsideration_bar")
        self.panel = panel
        self.heading = QtWidgets.QLabel()
        self.mark_button = QtWidgets.QPushButton()
        self.mark_button.setObjectName("mark_for_reconsideration")
        self.mark_button.clicked.connect(self.mark_selected)
        self.unmark_button = QtWidgets.QPushButton()
        self.unmark_button.clicked.connect(self.unmark_selected)
        self.export_button = QtWidgets.QPushButton()
        self.export_button.setObjectName("export_reconsideration_requests")
        self.export_button.clicked.connect(self.export_requests)
        self.marked = QtWidgets.QListWidget()
        self.marked.setObjectName("marked_cells")
        self.marked.setMaximumHeight(110)
        self.marked.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.mark_button, self.unmark_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.marked)
        panel.lines_view.selectionModel().currentChanged.connect(lambda *_: self._set_enabled())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Second round: scores marked for reconsideration"))
        self.mark_button.setText(self.tr("Mark the selected score for reconsideration…"))
        self.mark_button.setToolTip(
            self.tr(
                "Select an expert's criterion score above (a flagged one, usually) "
                "and write the question the expert should answer"
            )
        )
        self.unmark_button.setText(self.tr("Remove the mark"))
        self.export_button.setText(self.tr("Export the requests to the experts…"))
        self.export_button.setToolTip(
            self.tr(
                "One signed request file per expert with marked scores, to hand to "
                "the expert; the expert answers with a new revision of the sheet"
            )
        )
        self.refresh()

    def _store(self) -> ChairStore | None:
        snapshot = self.panel.snapshot
        return ChairStore(snapshot.round_file) if snapshot is not None else None

    def selected_cell(self) -> tuple[str, str, str, int] | None:
        """(expert id, entry id, criterion id, score) of the score selected on the board."""
        course = self.panel.current_course()
        index = self.panel.lines_view.currentIndex()
        model = self.panel.lines_model
        if course is None or not index.isValid() or model._kind(index.column()) != "criterion":
            return None
        line = model.lines[index.row()]
        criterion = model.criteria[index.column() - 1]
        score = line.scores.get(criterion.id)
        return None if score is None else (line.expert_id, course.entry_id, criterion.id, score)

    def ask_question(self, title: str, suggested: str) -> str | None:
        text, ok = QtWidgets.QInputDialog.getMultiLineText(
            self, title, self.tr("The question to the expert:"), suggested
        )
        return text if ok else None

    def mark_selected(self) -> None:
        cell, store = self.selected_cell(), self._store()
        if cell is None or store is None:
            self.panel.message.emit(self.tr("Select an expert's criterion score on the board first."), "info")
            return
        expert_id, entry_id, criterion_id, score = cell
        rnd = self.panel.snapshot.round
        expert, crit = rnd.expert(expert_id), next(c for c in rnd.criteria if c.id == criterion_id)
        title = (
            self.tr("%1 · %2 · %3: score %4")
            .replace("%1", expert.name if expert else expert_id)
            .replace("%2", entry_id)
            .replace("%3", localized(crit.title, current_language()))
            .replace("%4", str(score))
        )
        question = self.ask_question(
            title,
            self.tr(
                "Your score %1 is far from the other experts' scores. Please "
                "reconsider it: keep it or change it, and write why."
            ).replace("%1", str(score)),
        )
        if question is None:
            return
        try:
            set_mark(store, expert_id, entry_id, criterion_id, question)
        except InputError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def unmark_selected(self) -> None:
        item, store = self.marked.currentItem(), self._store()
        if item is None or store is None:
            return
        mark: Mark = item.data(MARK_ROLE)
        set_mark(store, mark.expert_id, mark.cell.entry_id, mark.cell.criterion_id, mark.cell.question, on=False)
        self.refresh()

    def refresh(self) -> None:
        self.marked.clear()
        store = self._store()
        rnd = self.panel.snapshot.round if self.panel.snapshot else None
        for mark in marks(store) if store else []:
            expert = rnd.expert(mark.expert_id) if rnd else None
            item = QtWidgets.QListWidgetItem(
                f"{expert.name if expert else mark.expert_id} · {mark.cell.entry_id}/"
                f"{mark.cell.criterion_id} — {mark.cell.question}"
            )
            item.setData(MARK_ROLE, mark)
            self.marked.addItem(item)
        self._set_enabled()

    def _set_enabled(self) -> None:
        self.mark_button.setEnabled(self.selected_cell() is not None)
        self.unmark_button.setEnabled(self.marked.count() > 0)
        self.export_button.setEnabled(self.marked.count() > 0)

    def ask_folder(self) -> str:
        return QtWidgets.QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the reconsideration requests"), str(self.panel.start_folder())
        )

    def export_requests(self) -> list[Path]:
        store, snapshot = self._store(), self.panel.snapshot
        if store is None:
            return []
        folder = self.ask_folder()
        if not folder:
            return []
        written: list[Path] = []
        for expert_id in dict.fromkeys(m.expert_id for m in marks(store)):
            expert = snapshot.round.expert(expert_id)
            name = re.sub(r"[^\w.-]+", "-", expert.name if expert else expert_id).strip("-") or expert_id
            path = Path(folder) / f"{name}.reconsideration.json"
            try:
                export_request(store, snapshot, expert_id, path)
            except InputError as exc:
                show_error(self, exc)
                break
            written.append(path)
        self.refresh()
        if written:
            self.panel.message.emit(
                self.tr("%1 request(s) written to %2: hand each to its expert.")
                .replace("%1", str(len(written)))
                .replace("%2", folder),
                "good",
            )
        return written
