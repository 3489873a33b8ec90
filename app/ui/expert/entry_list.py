"""The expert page's list of courses: search, the status filter and the table. Its texts are the
page's (translation context "ExpertPage")."""

from __future__ import annotations

from app.ui.expert.entry_model import (
    ENTRY_ID_ROLE,
    FILTER_ALL,
    FILTER_CHANGED,
    FILTER_DONE,
    FILTER_OPEN,
    FILTER_RECUSED,
    NUMBER,
    PROGRESS,
    TITLE,
    WATCHED,
    EntryFilterProxy,
    EntryTableModel,
)
from app.ui.i18n import translate
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal


class EntryList(QtWidgets.QWidget):
    """The courses of the round with their progress; the arrows choose a course, Enter starts scoring it."""

    entry_chosen = Signal(str)  # the current row is now this entry
    open_requested = Signal()  # Enter on the list: the keyboard goes to the sheet

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_model = EntryTableModel(self)
        self.proxy = EntryFilterProxy(self)
        self.proxy.setSourceModel(self.entry_model)
        self.search = QtWidgets.QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_filter = QtWidgets.QComboBox()
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_status(self.status_filter.currentData() or FILTER_ALL)
        )
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the list (to the player, then the sheet); the arrows choose the course and
        # Enter starts scoring it. Qt's default walks the cells and changes the course every 4th Tab.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 6)
        filters = QtWidgets.QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def show_entry(self, entry_id: str) -> bool:
        """Make the entry the current row (showing every course again if the filter hides it)."""
        row = self.entry_model.row_of(entry_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.entry_model.index(row, TITLE))
        if not proxy_index.isValid():  # hidden by the filter: show everything again
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.entry_model.index(row, TITLE))
        self.table.setCurrentIndex(proxy_index)
        self.table.scrollTo(proxy_index)
        return True

    def step(self, step: int) -> None:
        """The next (1) or previous (-1) course of the list as it is filtered."""
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + step
        if 0 <= row < self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, TITLE))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _current_row_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        entry_id = current.data(ENTRY_ID_ROLE) if current.isValid() else None
        if entry_id:
            self.entry_chosen.emit(entry_id)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QtGui.QKeyEvent)
            and event.type() == QtCore.QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.open_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self, lang: str) -> None:
        self.search.setPlaceholderText(translate("ExpertPage", "Find a course, an author, a faculty…"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for key, text in (
            (FILTER_ALL, translate("ExpertPage", "All courses")),
            (FILTER_OPEN, translate("ExpertPage", "Still to score")),
            (FILTER_DONE, translate("ExpertPage", "Done")),
            (FILTER_RECUSED, translate("ExpertPage", "Recused")),
            (FILTER_CHANGED, translate("ExpertPage", "Changed since export")),
        ):
            self.status_filter.addItem(text, key)
        self.status_filter.setCurrentIndex(max(0, current))
        self.status_filter.blockSignals(False)
        self.entry_model.set_language(lang)
        self.size_columns()

    def size_columns(self) -> None:
        """Widths from the texts a column can hold, never from its rows: ResizeToContents would
        measure every entry on each change, and a round of a thousand entries would crawl."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        padding = 18
        for column in (NUMBER, PROGRESS, WATCHED):
            texts = self.entry_model.widest_texts(column)
            header = self.entry_model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max([metrics.horizontalAdvance(t) for t in texts] + [header_metrics.horizontalAdvance(header) + 8])
            self.table.setColumnWidth(column, width + padding)
