"""The form -02 media check in the window: a table model of the check file, the organiser's panel
that runs the check in the background, and a small widget with one course's results that the
expert's page can put beside criterion 3.

    widget = EntryComplianceWidget()          # shows "not checked yet" until given a result
    widget.set_check(check)                   # a `sarapshy-media-check/1` document (dict) or None
    widget.set_entry("m03")                   # the course to show
    runner = MediaCheckRunner(parent=widget)  # runs `check_round_media` with progress and Cancel
    runner.checked.connect(widget.set_check)
    runner.start(round_file)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.media.check_words import explanation
from app.media.compliance import check_round_media
from app.models.errors import InputError
from app.models.regulation import LECTURE_NORM_S, MIN_HEIGHT, MIN_SECTION_VIDEO_S, MIN_WIDTH
from app.models.round import RoundFile
from app.ui import theme
from app.ui.organiser.texts import filled, measurement_text, media_kind_name, minutes, rule_name
from app.ui.qt import ModelIndex, QObject, Qt, QtCore, QtGui, QtWidgets, Signal
from app.ui.worker import BackgroundOperation, Progress, run_in_background, show_error

STATUS_ROLE = Qt.ItemDataRole.UserRole + 10  # "ok", "fail", "info" (informative, not a rule)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 11
PASS, BROKEN, INFO = "ok", "fail", "info"


def check_media(round_file: RoundFile, progress: Progress) -> dict[str, Any]:
    """Background job: the media check of a round, cancellable from the progress dialog."""
    return check_round_media(round_file, progress=progress, cancelled=lambda: progress.cancelled)


def check_status(check: dict) -> str:
    if check.get("informative"):
        return INFO
    return PASS if check.get("ok") else BROKEN


class ComplianceModel(QtCore.QAbstractTableModel):
    """One row per rule per file (and per course for the course-wide rules)."""

    COL_ENTRY, COL_FILE, COL_RULE, COL_RESULT, COL_FOUND, COL_EXPECTED = range(6)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._check: dict | None = None
        self._entry: str | None = None
        self._rows: list[tuple[str, str, str, dict]] = []  # entry id, file, kind, check

    def set_check(self, check: dict | None, entry_id: str | None = None) -> None:
        self.beginResetModel()
        self._check, self._entry = check, entry_id
        self._rows = self._flatten()
        self.endResetModel()

    def set_entry(self, entry_id: str | None) -> None:
        self.set_check(self._check, entry_id)

    def check(self) -> dict | None:
        return self._check

    def _flatten(self) -> list[tuple[str, str, str, dict]]:
        if not self._check:
            return []
        rows = []
        for record in self._check.get("files", []):
            if self._entry is None or record.get("entry_id") == self._entry:
                for check in record.get("checks", []):
                    rows.append((record.get("entry_id", ""), record.get("path", ""), record.get("kind", ""), check))
        for record in self._check.get("entries", []):
            if self._entry is None or record.get("entry_id") == self._entry:
                for check in record.get("checks", []):
                    rows.append((record.get("entry_id", ""), "", "", check))
        order = {BROKEN: 0, INFO: 2, PASS: 1}
        return sorted(rows, key=lambda r: order[check_status(r[3])]) if self._entry else rows

    def counts(self) -> tuple[int, int, int]:
        """Files checked, files breaking a rule, course-wide rules broken."""
        if not self._check:
            return 0, 0, 0
        files = [f for f in self._check.get("files", []) if self._entry is None or f.get("entry_id") == self._entry]
        entries = [e for e in self._check.get("entries", []) if self._entry is None or e.get("entry_id") == self._entry]
        broken = sum(1 for e in entries for c in e.get("checks", []) if check_status(c) == BROKEN)
        return len(files), sum(1 for f in files if not f.get("ok")), broken

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry_id, path, kind, check = self._rows[index.row()]
        status = check_status(check)
        column = index.column()
        if role == STATUS_ROLE:
            return status
        if role == ENTRY_ROLE:
            return entry_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_ENTRY:
                return entry_id
            if column == self.COL_FILE:
                if not path:
                    return self.tr("the course")
                shown = path.rsplit("/", 1)[-1] if self._entry else path
                return f"{shown} ({media_kind_name(kind)})"
            if column == self.COL_RULE:
                return rule_name(check.get("rule", ""))
            if column == self.COL_RESULT:
                return {
                    PASS: self.tr("✔ meets"),
                    BROKEN: self.tr("✘ breaks"),
                    INFO: self.tr("ℹ informative") if not check.get("ok") else self.tr("ℹ informative, met"),
                }[status]
            if column == self.COL_FOUND:
                return measurement_text(check.get("found", ""))
            if column == self.COL_EXPECTED:
                return measurement_text(check.get("expected", ""))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_RESULT:
            return theme.brush({PASS: "ok", BROKEN: "error", INFO: "muted"}[status])
        if role == Qt.ItemDataRole.FontRole and status == INFO:
            font = QtGui.QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if status == INFO:
                return self.tr(
                    "Informative: a norm of the Aktobe regulation, not an ATU rule; it does not "
                    "count against the course."
                )
            tip = (
                f"{path or self.tr('the course')}: {measurement_text(check.get('found', ''))} → "
                f"{measurement_text(check.get('expected', ''))}"
            )
            plain = explanation(check, QtCore.QCoreApplication.translate)
            return f"{tip}\n{plain}" if plain else tip
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Course"),
            self.tr("File"),
            self.tr("Rule"),
            self.tr("Result"),
            self.tr("Found"),
            self.tr("Expected"),
        ][section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))


class ProblemsOnlyProxy(QtCore.QSortFilterProxyModel):
    """Hides the rules that are met when `only_problems` is on."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_problems = on
        self.endFilterChange(QtCore.QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: ModelIndex) -> bool:
        if not self.only_problems:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.sourceModel().data(index, STATUS_ROLE) == BROKEN


class MediaCheckRunner(QObject):
    """Runs the media check of a round off the UI thread, with a progress dialog and Cancel."""

    checked = Signal(object)  # the media check document
    cancelled = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.operation: BackgroundOperation | None = None

    def start(self, round_file: RoundFile) -> BackgroundOperation:
        owner = self.parent()
        parent = owner if isinstance(owner, QtWidgets.QWidget) else None
        self.operation = run_in_background(
            check_media,
            round_file,
            parent=parent,
            title=self.tr("Checking the videos against form -02…"),
            on_success=self.checked.emit,
            on_cancel=self.cancelled.emit,
        )
        return self.operation

    def is_running(self) -> bool:
        return self.operation is not None and self.operation.is_running()


class EntryComplianceWidget(QtWidgets.QWidget):
    """One course's form -02 results, compact: a summary line and the rules, broken ones first."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComplianceModel(self)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        for column in (ComplianceModel.COL_ENTRY, ComplianceModel.COL_FOUND, ComplianceModel.COL_EXPECTED):
            self.table.hideColumn(column)  # in the tooltip of each row
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ComplianceModel.COL_RULE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self._entry: str | None = None
        self.retranslate()

    def set_check(self, check: dict | None) -> None:
        self.model.set_check(check, self._entry or "")
        self._show_summary()

    def set_entry(self, entry_id: str) -> None:
        self._entry = entry_id
        self.model.set_entry(entry_id)
        self._show_summary()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._show_summary()

    def _show_summary(self) -> None:
        files, failing, course_broken = self.model.counts()
        if self.model.check() is None:
            text = self.tr("The videos have not been checked against form -02 yet.")
        elif files == 0:
            text = self.tr("No video files to check for this course.")
        elif failing == 0 and course_broken == 0:
            text = self.tr("Form -02: all %1 videos meet the technical rules.").replace("%1", str(files))
        else:
            text = (
                self.tr("Form -02: %1 of %2 videos break a rule; %3 course-wide rule(s) broken.")
                .replace("%1", str(failing))
                .replace("%2", str(files))
                .replace("%3", str(course_broken))
            )
        self.summary.setText(text)
        self.table.setVisible(self.model.rowCount() > 0)


class MediaCheckPanel(QtWidgets.QWidget):
    """The organiser's media check: run it, see every rule of every file, filter to problems."""

    checked = Signal(object)

    def __init__(self, round_source: Callable[[], RoundFile], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._round_source = round_source
        self.runner = MediaCheckRunner(self)
        self.runner.checked.connect(self.show_check)
        self.model = ComplianceModel(self)
        self.proxy = ProblemsOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.run_button = QtWidgets.QPushButton()
        self.run_button.clicked.connect(self.run_check)
        self.only_problems = QtWidgets.QCheckBox()
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.legend = QtWidgets.QLabel()
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ComplianceModel.COL_FOUND, QtWidgets.QHeaderView.ResizeMode.Stretch)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.only_problems)
        top.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.retranslate()

    def run_check(self) -> BackgroundOperation | None:
        try:
            round_file = self._round_source()
        except InputError as error:
            show_error(self, error, title=self.tr("Media check"))
            return None
        return self.runner.start(round_file)

    def show_check(self, check: dict | None) -> None:
        self.model.set_check(check)
        self._show_summary()
        if check is not None:
            self.checked.emit(check)

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Check the videos"))
        self.run_button.setToolTip(
            filled(
                self.tr(
                    "Probe every video file of the round against form -02 (mp4, H.264, "
                    "≥ %1×%2, 16:9, filled frame, audio, stereo, length)"
                ),
                MIN_WIDTH,
                MIN_HEIGHT,
            )
        )
        self.only_problems.setText(self.tr("Only broken rules"))
        self.legend.setText(
            filled(
                self.tr(
                    "ℹ Informative rows are norms of the Aktobe regulation (lecture %1–%2 min, "
                    "≥ %3 min of video per section): shown for information, not ATU rules."
                ),
                *map(minutes, (*LECTURE_NORM_S, MIN_SECTION_VIDEO_S)),
            )
        )
        self.model.retranslate()
        self._show_summary()

    def _show_summary(self) -> None:
        check = self.model.check()
        if check is None:
            self.summary.setText(
                self.tr(
                    "Not checked yet. The check reads every video file in the round folder "
                    "(and files still to be copied) and keeps its measurements, so a second "
                    "run is quick."
                )
            )
            return
        files, failing, course_broken = self.model.counts()
        text = (
            self.tr("%1 video files checked: %2 meet every rule, %3 break at least one; %4 course-wide rule(s) broken.")
            .replace("%1", str(files))
            .replace("%2", str(files - failing))
            .replace("%3", str(failing))
            .replace("%4", str(course_broken))
        )
        if check.get("cancelled"):
            text += " " + self.tr("(Cancelled: only part of the files were checked.)")
        self.summary.setText(text)
