"""The entry list of the expert page: a table model over the round's entries and a filter proxy.

Rows are built lazily by `data()`: opening a round does no work per entry beyond storing the list of
ids, so a round of a thousand entries opens as fast as one of six. An entry itself is asked of the
round only for the rows shown (a round opened from its index builds an entry when first asked for).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from app.models.expert_progress import WatchedTime
from app.models.localized import localized
from app.models.round_model import Entry
from app.models.workspace_sheet import EntryProgress
from app.ui import theme
from app.ui.player.playlist import format_time
from app.ui.qt import ModelIndex, Qt, QtCore, QtGui

NUMBER, TITLE, PROGRESS, WATCHED = range(4)
COLUMN_COUNT = 4

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # one of the STATUS_* keys below
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 3  # changed since the last export
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # lower-case text the filter searches
FILLED_ROLE = Qt.ItemDataRole.UserRole + 5  # criteria scored
WATCHED_ROLE = Qt.ItemDataRole.UserRole + 6  # fraction watched (float) or None

STATUS_NOT_STARTED, STATUS_IN_PROGRESS, STATUS_DONE, STATUS_RECUSED = "todo", "started", "done", "recused"

# Filter keys of the proxy.
FILTER_ALL, FILTER_OPEN, FILTER_DONE, FILTER_RECUSED, FILTER_CHANGED = "all", "open", "done", "recused", "changed"


def status_of(progress: EntryProgress | None) -> str:
    if progress is None or (progress.filled == 0 and not progress.recused):
        return STATUS_NOT_STARTED
    if progress.recused:
        return STATUS_RECUSED
    return STATUS_DONE if progress.done else STATUS_IN_PROGRESS


class EntryTableModel(QtCore.QAbstractTableModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._entry_of: Callable[[str], Entry | None] = lambda _id: None
        self._row_of: dict[str, int] = {}
        self._progress: dict[str, EntryProgress] = {}
        self._watched: dict[str, WatchedTime] = {}
        self._criteria_count = 0
        self._lang = "kk"
        self._search_cache: dict[str, str] = {}

    # --- content ---------------------------------------------------------------------------------
    def set_entries(self, entry_ids: list[str], entry_of: Callable[[str], Entry | None], criteria_count: int) -> None:
        """The entries `entry_ids` in this order; `entry_of(id)` gives one when a row needs it."""
        self.beginResetModel()
        self._ids = list(entry_ids)
        self._entry_of = entry_of
        self._row_of = {entry_id: row for row, entry_id in enumerate(self._ids)}
        self._progress = {}
        self._watched = {}
        self._search_cache = {}
        self._criteria_count = criteria_count
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._search_cache = {}
        self._emit_all()

    def set_all_progress(self, progress: dict[str, EntryProgress], watched: dict[str, WatchedTime]) -> None:
        self._progress = dict(progress)
        self._watched = dict(watched)
        self._emit_all()

    def set_progress(self, progress: EntryProgress) -> None:
        self._progress[progress.entry_id] = progress
        self._emit_row(progress.entry_id)

    def set_watched(self, entry_id: str, watched: WatchedTime | None) -> None:
        if watched is None:
            self._watched.pop(entry_id, None)
        else:
            self._watched[entry_id] = watched
        self._emit_row(entry_id)

    def progress(self, entry_id: str) -> EntryProgress | None:
        return self._progress.get(entry_id)

    def entry(self, row: int) -> Entry | None:
        return self._entry_of(self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: str) -> int:
        return self._row_of.get(entry_id, -1)

    def entry_ids(self) -> list[str]:
        return list(self._ids)

    def changed_count(self) -> int:
        return sum(1 for p in self._progress.values() if p.changed_since_export)

    def _emit_row(self, entry_id: str) -> None:
        row = self._row_of.get(entry_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def _emit_all(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NUMBER: self.tr("No."),
                TITLE: self.tr("Course"),
                PROGRESS: self.tr("Scored"),
                WATCHED: self.tr("Watched"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                PROGRESS: self.tr("Criteria scored of all criteria; ✓ done, ✎ changed since the last exported sheet"),
                WATCHED: self.tr("How much of the course's videos you have played"),
            }.get(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED_ROLES or not index.isValid():  # a view asks a dozen roles per cell
            return None
        entry_id = self._ids[index.row()]
        progress = self._progress.get(entry_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column, entry_id, progress)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return self._title(entry_id)
            if column == PROGRESS:
                text = self._status_texts()[status_of(progress)]
                if progress is not None and progress.changed_since_export and progress.exported:
                    text += "\n" + self.tr("Changed since the last exported sheet")
                return text
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (NUMBER, PROGRESS, WATCHED):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _status_brushes().get(status_of(progress)) if column == PROGRESS else None
        if role == Qt.ItemDataRole.FontRole:
            changed = progress is not None and progress.changed_since_export and progress.exported
            return _italic_font() if changed else None
        if role == ENTRY_ID_ROLE:
            return entry_id
        if role == STATUS_ROLE:
            return status_of(progress)
        if role == CHANGED_ROLE:
            return bool(progress and progress.changed_since_export and progress.exported)
        if role == FILLED_ROLE:
            return progress.filled if progress else 0
        if role == WATCHED_ROLE:
            watched = self._watched.get(entry_id)
            return watched.fraction if watched else None
        if role == SEARCH_ROLE:
            return self._search_text(entry_id)
        return None

    def _title(self, entry_id: str) -> str:
        entry = self._entry_of(entry_id)
        return localized(entry.title, self._lang) if entry is not None else entry_id

    def _display(self, row: int, column: int, entry_id: str, progress: EntryProgress | None):
        if column == NUMBER:
            return str(row + 1)
        if column == TITLE:
            return self._title(entry_id)
        if column == PROGRESS:
            if progress is None:
                return "…"
            text = self.tr("recused") if progress.recused else f"{progress.filled}/{progress.total}"
            if progress.done and not progress.recused:
                text += " ✓"
            if progress.changed_since_export and progress.exported:
                text += " ✎"
            return text
        if column == WATCHED:
            entry = self._entry_of(entry_id)
            if entry is None or not entry.media:
                return ""
            watched = self._watched.get(entry_id)
            if watched is None or watched.watched_s <= 0:
                return "0%"  # nothing played is nothing, whatever the videos' lengths
            fraction = watched.fraction
            return f"{round(fraction * 100)}%" if fraction is not None else format_time(int(watched.watched_s * 1000))
        return None

    def widest_texts(self, column: int) -> list[str]:
        """The widest texts a column can show (for sizing it without looking at every row)."""
        if column == NUMBER:
            return [str(max(len(self._ids), 99))]
        if column == PROGRESS:
            return [f"{self._criteria_count}/{self._criteria_count} ✓ ✎", self.tr("recused") + " ✎"]
        if column == WATCHED:
            return ["100%", "0:00:00"]
        return []

    def _status_texts(self) -> dict[str, str]:
        return {
            STATUS_NOT_STARTED: self.tr("not started"),
            STATUS_IN_PROGRESS: self.tr("in progress"),
            STATUS_DONE: self.tr("done"),
            STATUS_RECUSED: self.tr("recused"),
        }

    def _search_text(self, entry_id: str) -> str:
        text = self._search_cache.get(entry_id)
        if text is None:
            entry = self._entry_of(entry_id)
            parts = (
                [entry_id]
                if entry is None
                else [
                    localized(entry.title, self._lang),
                    *(a.name for a in entry.authors),
                    localized(entry.faculty, self._lang),
                    localized(entry.department, self._lang),
                    entry.id,
                ]
            )
            text = " ".join(parts).casefold()
            self._search_cache[entry_id] = text
        return text


_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        ENTRY_ID_ROLE,
        STATUS_ROLE,
        CHANGED_ROLE,
        SEARCH_ROLE,
        FILLED_ROLE,
        WATCHED_ROLE,
    }
)
STATUS_COLOURS = {STATUS_DONE: "ok", STATUS_RECUSED: "warning", STATUS_IN_PROGRESS: "info"}


def _status_brushes() -> dict[str, QtGui.QBrush]:
    return _status_brushes_on(theme.window_is_dark())  # light ↔ dark while the program runs


@cache
def _status_brushes_on(dark: bool) -> dict[str, QtGui.QBrush]:
    return {status: theme.brush(colour) for status, colour in STATUS_COLOURS.items()}


@cache
def _italic_font() -> QtGui.QFont:
    font = QtGui.QFont()
    font.setItalic(True)
    return font


class EntryFilterProxy(QtCore.QSortFilterProxyModel):
    """Filters by a search text (title, authors, faculty, department) and by status."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = FILTER_ALL
        self.setDynamicSortFilter(False)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QtCore.QSortFilterProxyModel.Direction.Rows)

    def set_status(self, key: str) -> None:
        self.beginFilterChange()
        self._status = key
        self.endFilterChange(QtCore.QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._text and self._status == FILTER_ALL:
            return True  # no work per row when nothing is filtered (a round may hold a thousand entries)
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._text and self._text not in model.data(index, SEARCH_ROLE):
            return False
        if self._status == FILTER_ALL:
            return True
        status = model.data(index, STATUS_ROLE)
        if self._status == FILTER_OPEN:
            return status in (STATUS_NOT_STARTED, STATUS_IN_PROGRESS)
        if self._status == FILTER_DONE:
            return status == STATUS_DONE
        if self._status == FILTER_RECUSED:
            return status == STATUS_RECUSED
        if self._status == FILTER_CHANGED:
            return bool(model.data(index, CHANGED_ROLE))
        return True
