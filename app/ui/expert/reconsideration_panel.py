"""The expert's view of the chair's reconsideration request: each flagged cell with the score given
and the chair's question beside it; the expert keeps or changes each score (a changed one needs a
written justification, refused otherwise) and signs a new revision of the sheet that answers it.

Opened from the expert's menu, by dropping the request file on the window or by opening it with
Sarapshy (app/ui/main_window.py hands such a file here). The rules live in
app/models/reconsideration.py; this module only shows them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.errors import InputError
from app.models.localized import localized
from app.models.reconsider_answer import Answer
from app.models.reconsider_workspace import export_revised_sheet, exported_sheet
from app.models.reconsideration import REQUEST_FORMAT, RequestCell, RequestFile, check_request, load_request
from app.models.round import RoundFile
from app.models.sheet import SheetFile, load_sheet
from app.ui import theme
from app.ui.error_text import input_error_text
from app.ui.expert.finalise import ExportedDialog
from app.ui.i18n import current_language
from app.ui.qt import ModelIndex, QAction, Qt, QtCore, QtWidgets
from app.ui.widgets.settings import last_folder, remember_folder

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
        self.refusal.setStyleSheet(theme.text_style("error"))
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


class ReconsiderationActions(QtCore.QObject):
    """The expert page's «Open a reconsideration request…» and what follows from it."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.action = QAction(page)
        self.action.triggered.connect(self.choose)
        self.dialog: ReconsiderationDialog | None = None
        self.message: QtWidgets.QMessageBox | None = None
        self.exported: QtWidgets.QDialog | None = None

    def retranslate(self) -> None:
        self.action.setText(self.tr("Open a reconsideration request…"))
        if self.dialog is not None:
            self.dialog.retranslate()

    def choose(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.page,
            self.tr("Open the chair's reconsideration request"),
            last_folder("export"),
            self.tr("Reconsideration requests (*.json);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> ReconsiderationDialog | None:
        """Check the request against the open round, the chosen expert and the sheet it names; show it."""
        page = self.page
        round_file: RoundFile | None = page.round_file
        expert_id = page.current_expert_id() if page.session is not None else None
        if round_file is None or expert_id is None:
            self._warn(
                self.tr("Open the round and choose yourself in the commission list first, then open the request again.")
            )
            return None
        try:
            request = load_request(path)
            check_request(request, round_file, expert_id)
            previous = page.session.call(lambda ws: exported_sheet(ws, request.request.sheet.sha256))
            if previous is None:
                previous = self._ask_for_sheet(request)
                if previous is None:
                    return None
            check_request(request, round_file, expert_id, previous)
        except InputError as exc:
            self._warn(input_error_text(exc))
            return None
        remember_folder("export", path)
        self.dialog = ReconsiderationDialog(round_file, request, previous, current_language(), page)
        self.dialog.accepted.connect(lambda: self._export(self.dialog))
        self.dialog.open()
        return self.dialog

    def _ask_for_sheet(self, request: RequestFile) -> SheetFile | None:
        r = request.request
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.page,
            self.tr("The request refers to revision %1 of your sheet (code %2): choose that file")
            .replace("%1", str(r.sheet.revision))
            .replace("%2", r.sheet.code),
            last_folder("export"),
            self.tr("Sheet files (*.sheet.json);;All files (*)"),
        )
        return load_sheet(path) if path else None

    def choose_export_path(self, revision: int) -> Path | None:
        expert = self.page.session.call(lambda ws: ws.expert)
        name = re.sub(r"[^\w.-]+", "-", expert.name if expert else "expert").strip("-") or "expert"
        default = Path(last_folder("export")) / f"{name}-r{revision}.sheet.json"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.page,
            self.tr("Save the revised sheet"),
            str(default),
            self.tr("Sheet files (*.sheet.json);;All files (*)"),
        )
        return Path(path) if path else None

    def _export(self, dialog: ReconsiderationDialog | None) -> None:
        if dialog is None:
            return
        page = self.page
        path = self.choose_export_path(dialog.previous.sheet.revision + 1)
        if path is None:
            return
        answers = dialog.model.answers()
        try:
            sheet, code = page.session.call(
                lambda ws: export_revised_sheet(ws, dialog.previous, dialog.request, answers, path)
            )
        except InputError as exc:
            self._warn(input_error_text(exc))
            return
        remember_folder("export", path)
        page.session.load_all_progress()
        if page.current_entry_id:
            page.select_entry(page.current_entry_id)
        self.exported = ExportedDialog(str(path), sheet["revision"], code, page)
        self.exported.pdf_requested.connect(lambda: page.handover.save_pdf(sheet))
        self.exported.open()

    def _warn(self, text: str) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Reconsideration request"),
            text,
            QtWidgets.QMessageBox.StandardButton.Close,
            self.page,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box


def is_request_file(data: dict[str, Any] | None) -> bool:
    return bool(data) and data.get("format") == REQUEST_FORMAT  # type: ignore[union-attr]


class _Texts(QtCore.QObject):
    """The panel's own messages; a request's coded problems are shown by `input_error_text`, through
    the core's templates (app/models/error_templates_review.py), like the command line prints them."""

    def round_first(self, name: str, round_id: str) -> str:
        return (
            self.tr(
                "«%1» is the chair's reconsideration request. Open its round file first (round id %2), "
                "choose yourself in the commission list, then open the request again."
            )
            .replace("%1", name)
            .replace("%2", round_id)
        )


def take_request_file(window: Any, path: Path) -> bool:
    """A reconsideration request opened where a round was expected (File → Open, drag and drop, «Open
    with»): its round is opened if needed (from the recent rounds) and the request is shown on the
    expert's page. False when `path` is not a request."""
    from app.models.files import read_limited
    from app.models.jsonfile import MAX_DOCUMENT_BYTES, decode_json_document
    from app.ui.recent_rounds import recent_round_with_id

    try:
        data = decode_json_document(read_limited(path, MAX_DOCUMENT_BYTES), path)
    except (InputError, OSError):
        return False
    if not is_request_file(data):
        return False
    texts = _Texts()
    round_id = str(data.get("round_id") or "")
    if window.round_file is None or window.round_file.header.round_id != round_id:
        known = recent_round_with_id(window.recent_rounds(), round_id)
        if known is None or not window.open_round(known):
            window.banner.show_message(texts.round_first(path.name, round_id or "?"), "warning")
            return True
    if not window.set_role("expert"):
        return True
    page = window.page("expert")
    if page is not None:
        page.reconsider.open_path(path)
    return True
