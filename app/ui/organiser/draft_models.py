"""Qt table models over the lists of a `RoundDraft` (experts, criteria, courses, authors, videos,
attachments, problems). Each model edits the draft's own lists in place and says so with `edited`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.models.regulation import SCORE_MAX, SCORE_MIN
from app.models.round_checks import Issue
from app.models.round_edit import RoundDraft
from app.models.round_text import shown_text, text_in, with_shown_text, with_text
from app.models.signing import key_fingerprint
from app.ui.i18n import translate
from app.ui.organiser.texts import attachment_kind_name, issue_text, media_kind_name, place_text
from app.ui.qt import ModelIndex, Qt, QtCore, QtWidgets, Signal

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dict (or Issue)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value (e.g. a kind code)


@dataclass
class Column:
    key: str
    title: Callable[[], str]
    get: Callable[[dict], Any]
    set: Callable[[dict, Any], None] | None = None
    check: bool = False  # a check box column
    display: Callable[[Any], str] | None = None


def field(key: str, default: Any = "") -> tuple[Callable[[dict], Any], Callable[[dict, Any], None]]:
    def get(row: dict) -> Any:
        return row.get(key, default)

    def put(row: dict, value: Any) -> None:
        row[key] = value

    return get, put


def shown_field(key: str) -> tuple[Callable[[dict], Any], Callable[[dict, Any], None]]:
    """A localised field edited in one box (the first language version present)."""

    def get(row: dict) -> str:
        return shown_text(row.get(key, ""))

    def put(row: dict, value: str) -> None:
        row[key] = with_shown_text(row.get(key, ""), value)

    return get, put


def language_field(key: str, lang: str) -> tuple[Callable[[dict], Any], Callable[[dict, Any], None]]:
    def get(row: dict) -> str:
        return text_in(row.get(key, ""), lang)

    def put(row: dict, value: str) -> None:
        row[key] = with_text(row.get(key, ""), lang, value)

    return get, put


class DictTableModel(QtCore.QAbstractTableModel):
    """Rows are dicts of a live list in the draft; columns say how to read and write them."""

    edited = Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self.columns: list[Column] = self.make_columns()

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[dict]:
        return self._rows

    def refresh(self) -> None:
        """The list changed underneath (rows added, removed or moved)."""
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        value = column.get(row)
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return value
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(value) if column.display else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(value) if column.display else str(value or "")
            return text if len(text) > 30 else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].set is not None:
            flags |= (
                Qt.ItemFlag.ItemIsUserCheckable if self.columns[index.column()].check else Qt.ItemFlag.ItemIsEditable
            )
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.set is None:
            return False
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if column.get(self._rows[index.row()]) == value:
            return False
        column.set(self._rows[index.row()], value)
        first, last = self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(first, last)
        self.edited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))


class ExpertsModel(DictTableModel):
    def make_columns(self) -> list[Column]:
        return [
            Column("id", lambda: self.tr("Id"), lambda r: r.get("id", "")),
            Column("name", lambda: self.tr("Full name"), *field("name")),
            Column("position", lambda: self.tr("Position"), *field("position")),
            Column("department", lambda: self.tr("Department"), *field("department")),
            Column(
                "key",
                lambda: self.tr("Pinned key"),
                lambda r: _fingerprint(r.get("public_key")),
                display=lambda v: v or self.tr("not pinned"),
            ),
        ]


class CriteriaModel(DictTableModel):
    def make_columns(self) -> list[Column]:
        return [
            Column("id", lambda: self.tr("Id"), lambda r: r.get("id", "")),
            Column("title_kk", lambda: self.tr("Title (Kazakh)"), *language_field("title", "kk")),
            Column("title_ru", lambda: self.tr("Title (Russian)"), *language_field("title", "ru")),
            Column("title_en", lambda: self.tr("Title (English)"), *language_field("title", "en")),
            Column("min", lambda: self.tr("Min"), *_int_field("min", SCORE_MIN)),
            Column("max", lambda: self.tr("Max"), *_int_field("max", SCORE_MAX)),
            Column("comment", lambda: self.tr("Comment"), *field("comment", False), check=True),
        ]


class EntriesModel(DictTableModel):
    """The courses; a warning icon marks those with problems (`set_problem_counts`)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.problem_counts: dict[int, int] = {}

    def make_columns(self) -> list[Column]:
        return [
            Column("id", lambda: self.tr("Id"), lambda r: r.get("id", "")),
            Column("title", lambda: self.tr("Course"), lambda r: shown_text(r.get("title", ""))),
            Column(
                "authors",
                lambda: self.tr("Authors"),
                lambda r: ", ".join(a.get("name", "") for a in r.get("authors", []) if a.get("name")),
            ),
            Column("videos", lambda: self.tr("Videos"), lambda r: len(r.get("media", []))),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == 0
            and role == Qt.ItemDataRole.DecorationRole
            and self.problem_counts.get(index.row())
        ):
            return QtWidgets.QApplication.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
        return super().data(index, role)

    def set_problem_counts(self, counts: dict[int, int]) -> None:
        if counts != self.problem_counts:
            self.problem_counts = counts
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))


class AuthorsModel(DictTableModel):
    def make_columns(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Full name"), *field("name")),
            Column("position", lambda: self.tr("Position"), *field("position")),
            Column("degree", lambda: self.tr("Degree, title"), *field("degree")),
        ]


class MediaModel(DictTableModel):
    """The videos of one course, in the order the experts will see them."""

    def __init__(self, draft_of: Callable[[], RoundDraft | None], parent: QtCore.QObject | None = None) -> None:
        self._draft_of = draft_of
        super().__init__(parent)

    def make_columns(self) -> list[Column]:
        return [
            Column("id", lambda: self.tr("Id"), lambda r: r.get("id", "")),
            Column("kind", lambda: self.tr("Kind"), *field("kind", "lecture"), display=media_kind_name),
            Column("title", lambda: self.tr("Title"), *field("title")),
            Column("location", lambda: self.tr("File or link"), lambda r: r.get("path") or r.get("url", "")),
            Column("state", lambda: self.tr("State"), self._state),
        ]

    def _state(self, row: dict) -> str:
        return location_state(self._draft_of(), row)


class AttachmentsModel(MediaModel):
    def make_columns(self) -> list[Column]:
        return [
            Column("kind", lambda: self.tr("Document"), *field("kind", "other"), display=attachment_kind_name),
            Column("title", lambda: self.tr("Title"), *field("title")),
            Column("location", lambda: self.tr("File or link"), lambda r: r.get("path") or r.get("url", "")),
            Column("state", lambda: self.tr("State"), self._state),
        ]


def location_state(draft: RoundDraft | None, row: dict) -> str:
    if row.get("url"):
        return translate("MediaModel", "link")
    relative = row.get("path", "")
    source = draft.source_of(relative) if draft else None
    if source is None or not source.is_file():
        return translate("MediaModel", "missing")
    if draft and relative in draft.pending:
        return translate("MediaModel", "to copy")
    return translate("MediaModel", "in the folder")


class IssuesModel(QtCore.QAbstractListModel):
    """The draft's problems: errors first (they block saving), then warnings."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._issues: list[Issue] = []
        self._data: dict = {}

    def set_issues(self, issues: list[Issue], data: dict) -> None:
        self.beginResetModel()
        self._issues, self._data = list(issues), data
        self.endResetModel()

    def issues(self) -> list[Issue]:
        return self._issues

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._issues)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self._issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{place_text(issue.place, self._data)}: {issue_text(issue.code, issue.args, issue.text)}"
        if role == Qt.ItemDataRole.DecorationRole:
            icon = (
                QtWidgets.QStyle.StandardPixmap.SP_MessageBoxInformation
                if issue.warning
                else QtWidgets.QStyle.StandardPixmap.SP_MessageBoxCritical
            )
            return QtWidgets.QApplication.style().standardIcon(icon)
        if role == ROW_ROLE:
            return issue
        if role == Qt.ItemDataRole.ToolTipRole:
            return issue.place
        return None


class ChoiceDelegate(QtWidgets.QStyledItemDelegate):
    """Edits a code column with a combo box of (code, translated label) choices."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent, option, index):
        combo = QtWidgets.QComboBox(parent)
        for code, label in self._choices():
            combo.addItem(label, code)
        combo.activated.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _int_field(key: str, default: int) -> tuple[Callable[[dict], Any], Callable[[dict, Any], None]]:
    def get(row: dict) -> int:
        return row.get(key, default)

    def put(row: dict, value: Any) -> None:
        with contextlib.suppress(TypeError, ValueError):  # not a number: the field keeps its value
            row[key] = int(value)

    return get, put


def _fingerprint(public_key: str | None) -> str:
    if not public_key:
        return ""
    try:
        return key_fingerprint(public_key)
    except ValueError:
        return "?"


__all__ = [
    "ROW_ROLE",
    "VALUE_ROLE",
    "AttachmentsModel",
    "AuthorsModel",
    "ChoiceDelegate",
    "CriteriaModel",
    "DictTableModel",
    "EntriesModel",
    "ExpertsModel",
    "IssuesModel",
    "MediaModel",
]
