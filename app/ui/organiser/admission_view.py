"""The admission checklist of each course (regulation section 10, forms -01 and -02, rule 9.10):
which courses may go to the experts, item by item, with the organiser's ticks and notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.models.admission import (
    FAIL,
    OK,
    UNKNOWN,
    AdmissionStore,
    ChecklistItem,
    admission_status,
    read_past_winners,
)
from app.models.errors import InputError
from app.models.round_edit import RoundDraft
from app.models.round_text import shown_text
from app.ui import theme
from app.ui.organiser.texts import item_found, item_name, regulation_ref, status_name
from app.ui.qt import ModelIndex, Qt, QtCore, QtWidgets, Signal
from app.ui.worker import show_error

STATUS_COLOURS = {OK: "ok", FAIL: "error", UNKNOWN: "warning"}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 20


class ChecklistModel(QtCore.QAbstractTableModel):
    """The items of one course; ticking an item or writing a note is saved at once."""

    COL_ITEM, COL_RULE, COL_DONE, COL_FOUND, COL_NOTE = range(5)
    changed = Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.store: AdmissionStore | None = None
        self.entry: dict | None = None
        self.media_check: dict | None = None
        self._items: list[ChecklistItem] = []

    def set_entry(self, store: AdmissionStore | None, entry: dict | None, media_check: dict | None) -> None:
        self.beginResetModel()
        self.store, self.entry, self.media_check = store, entry, media_check
        self._items = self._load()
        self.endResetModel()

    def items(self) -> list[ChecklistItem]:
        return self._items

    def _load(self) -> list[ChecklistItem]:
        if self.store is None or self.entry is None:
            return []
        return self.store.checklist(self.entry, self.media_check)

    def _reload(self) -> None:
        self._items = self._load()
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1))
        self.changed.emit()

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_ITEM:
                return item_name(item.key)
            if column == self.COL_RULE:
                return regulation_ref(item.rule)
            if column == self.COL_DONE:
                text = status_name(item.status)
                if item.automatic:
                    text += " · " + (self.tr("by hand") if item.overridden else self.tr("automatic"))
                return text
            if column == self.COL_FOUND:
                return item_found(item.key, item.status, item.args, item.found)
            if column == self.COL_NOTE:
                return item.note
        if role == Qt.ItemDataRole.EditRole and column == self.COL_NOTE:
            return item.note
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_DONE:
            return {OK: Qt.CheckState.Checked, FAIL: Qt.CheckState.Unchecked, UNKNOWN: Qt.CheckState.PartiallyChecked}[
                item.status
            ]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_DONE:
            return theme.brush(STATUS_COLOURS[item.status])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DONE:
            return self.tr(
                "Click to mark the item met or not met; an automatic item ticked by hand "
                "keeps your decision until you clear it."
            )
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.COL_NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.store is None or self.entry is None:
            return False
        item = self._items[index.row()]
        if index.column() == self.COL_DONE and role == Qt.ItemDataRole.CheckStateRole:
            # A click cycles: undecided or not met → met; met → not met.
            self.store.set_mark(self.entry["id"], item.key, item.status != OK)
        elif index.column() == self.COL_NOTE and role == Qt.ItemDataRole.EditRole:
            self.store.set_mark(self.entry["id"], item.key, self._mark_of(item), str(value))
        else:
            return False
        self._reload()
        return True

    def clear_mark(self, row: int) -> None:
        """Back to the automatic judgement (or undecided), keeping the note."""
        if self.store is None or self.entry is None:
            return
        self.store.set_mark(self.entry["id"], self._items[row].key, None)
        self._reload()

    def _mark_of(self, item: ChecklistItem) -> bool | None:
        marks = self.store.marks(self.entry["id"]) if self.store and self.entry else {}
        return marks[item.key].checked if item.key in marks else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Requirement"), self.tr("Rule"), self.tr("Met"), self.tr("Found"), self.tr("Note")][section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._reload()


class AdmissionSummaryModel(QtCore.QAbstractTableModel):
    """Every course with its admission status."""

    COL_ID, COL_TITLE, COL_STATUS = range(3)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[dict, str]] = []

    def set_rows(self, rows: list[tuple[dict, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entry(self, row: int) -> dict | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def status(self, row: int) -> str:
        return self._rows[row][1]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, status = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                entry.get("id", ""),
                shown_text(entry.get("title", "")),
                {OK: self.tr("admitted"), FAIL: self.tr("not admitted"), UNKNOWN: self.tr("to check")}[status],
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATUS:
            return theme.brush(STATUS_COLOURS[status])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Id"), self.tr("Course"), self.tr("Admission")][section]


class AdmissionPanel(QtWidgets.QWidget):
    """Courses on the left, the selected course's checklist on the right."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: RoundDraft | None = None
        self.store: AdmissionStore | None = None
        self.media_check: dict | None = None
        self.summary_model = AdmissionSummaryModel(self)
        self.checklist = ChecklistModel(self)
        self.checklist.changed.connect(self._refresh_statuses)
        self.courses = QtWidgets.QTableView()
        self.courses.setModel(self.summary_model)
        self.courses.verticalHeader().hide()
        self.courses.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.courses.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.courses.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.courses.setWordWrap(False)
        self.courses.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.courses.horizontalHeader().setSectionResizeMode(
            AdmissionSummaryModel.COL_TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.courses.horizontalHeader().setSectionResizeMode(
            AdmissionSummaryModel.COL_STATUS, QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )
        self.courses.selectionModel().currentRowChanged.connect(lambda current, _: self._show_entry(current.row()))
        self.items = QtWidgets.QTableView()
        self.items.setModel(self.checklist)
        self.items.verticalHeader().hide()
        self.items.setWordWrap(True)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.COL_ITEM, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.COL_FOUND, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.COL_NOTE, QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChecklistModel.COL_NOTE, 170)
        self.import_button = QtWidgets.QPushButton()
        self.import_button.clicked.connect(lambda: self.import_past_results())
        self.clear_button = QtWidgets.QPushButton()
        self.clear_button.clicked.connect(self._clear_selected_mark)
        self.registry = QtWidgets.QLabel()
        self.registry.setWordWrap(True)
        self.course_title = QtWidgets.QLabel()
        self.course_title.setWordWrap(True)
        font = self.course_title.font()
        font.setBold(True)
        self.course_title.setFont(font)

        right = QtWidgets.QWidget()
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.course_title)
        right_layout.addWidget(self.items, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.courses)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 900])
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.registry, 1)
        top.addWidget(self.import_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def set_context(self, draft: RoundDraft | None, store: AdmissionStore | None, media_check: dict | None) -> None:
        self.draft, self.store, self.media_check = draft, store, media_check
        self.refresh()

    def refresh(self) -> None:
        current = self.courses.currentIndex().row()
        self._refresh_statuses()
        if self.summary_model.rowCount():
            row = current if 0 <= current < self.summary_model.rowCount() else 0
            self.courses.selectRow(row)
            self._show_entry(row)
        else:
            self._show_entry(-1)
        self._show_registry()

    def _refresh_statuses(self) -> None:
        rows = []
        if self.draft is not None and self.store is not None:
            for entry in self.draft.entries:
                rows.append((entry, admission_status(self.store.checklist(entry, self.media_check))))
        current = self.courses.currentIndex().row()
        self.summary_model.set_rows(rows)
        if 0 <= current < len(rows):
            self.courses.selectionModel().blockSignals(True)
            self.courses.selectRow(current)
            self.courses.selectionModel().blockSignals(False)

    def _show_entry(self, row: int) -> None:
        entry = self.summary_model.entry(row)
        self.checklist.set_entry(self.store, entry, self.media_check)
        self.course_title.setText(
            f"{entry.get('id', '')} · {shown_text(entry.get('title', ''))}" if entry else self.tr("No course selected.")
        )
        self.items.resizeRowsToContents()

    def _clear_selected_mark(self) -> None:
        row = self.items.currentIndex().row()
        if row >= 0:
            self.checklist.clear_mark(row)

    def import_past_results(self, path: Path | None = None) -> int:
        """Add the prize-winners of an earlier results file to the registry (rule 9.10)."""
        if self.store is None:
            return 0
        if path is None:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self, self.tr("Results file of an earlier competition"), "", self.tr("Results (*.json);;All files (*)")
            )
            if not name:
                return 0
            path = Path(name)
        try:
            winners = read_past_winners(path)
        except InputError as error:
            show_error(self, error, title=self.tr("Past results"))
            return 0
        added = self.store.add_past_winners(winners)
        self.refresh()
        return added

    def _show_registry(self) -> None:
        winners = self.store.past_winners() if self.store else []
        if not winners:
            self.registry.setText(
                self.tr(
                    "Registry of past winners: empty. Import the results files of earlier "
                    "competitions (with their round files beside them) to apply rule 9.10."
                )
            )
            return
        years = sorted({str(w.year) for w in winners if w.year})
        self.registry.setText(
            self.tr("Registry of past winners: %1 course(s) from %2.")
            .replace("%1", str(len(winners)))
            .replace("%2", ", ".join(years) or "?")
        )

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import past results…"))
        self.clear_button.setText(self.tr("Clear my mark"))
        self.clear_button.setToolTip(self.tr("Back to the automatic judgement (or undecided) for the selected item"))
        self.checklist.retranslate()
        self._show_registry()
        if self.summary_model.rowCount():
            self.summary_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
