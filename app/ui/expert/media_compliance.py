"""Form -02 compliance of the shown course's videos, under the video-lectures criterion.

One line (a summary) that expands into the rules, broken ones first: the organiser's
`EntryComplianceWidget` holds the results. A video file missing from this computer breaks no rule
of the course: it is shown as not checked, never as a red ✘. The page runs the round's check once per round opened,
in the background without a dialog (the measurements are cached by file fingerprint, so opening
the round again is quick) and after the round has painted, so it never delays the opening.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.round import RoundFile
from app.ui import theme
from app.ui.organiser.compliance_view import STATUS_ROLE, ComplianceModel, EntryComplianceWidget, check_media
from app.ui.qt import ModelIndex, Qt, QtCore, QtGui, QtWidgets
from app.ui.worker import BackgroundOperation, run_in_background

START_DELAY_MS = 400  # let the entry, the player and the progress column go first
NOT_CHECKED = "missing"  # STATUS_ROLE of a rule of a file that is not on this computer
BROKEN_COLOUR, MET_COLOUR, NOT_CHECKED_COLOUR, GREY = "error", "ok", "warning", "muted"  # theme colours


@dataclass(frozen=True)
class Counts:
    files: int  # the course's video files
    missing: int  # not on this computer, so not checked
    failing: int  # checked and breaking a rule
    course_broken: int  # course-wide rules broken

    @property
    def checked(self) -> int:
        return self.files - self.missing


class ExpertComplianceModel(ComplianceModel):
    """The organiser's table of rules, where a file missing from this computer reads "not checked"."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        self._missing_files: set[tuple[str, str]] = set()
        self._shown_entry: str | None = None
        super().__init__(parent)

    def set_check(self, check: dict | None, entry_id: str | None = None) -> None:
        self._missing_files = {
            (f.get("entry_id", ""), f.get("path", "")) for f in (check or {}).get("files", []) if f.get("missing")
        }
        self._shown_entry = entry_id
        super().set_check(check, entry_id)

    def counts_with_missing(self) -> Counts:
        files, failing, course_broken = self.counts()
        missing = sum(
            1 for entry_id, _path in self._missing_files if self._shown_entry is None or entry_id == self._shown_entry
        )
        return Counts(files, missing, failing - missing, course_broken)  # counts() has them failing

    def _is_missing(self, row: int) -> bool:
        entry_id, path, _kind, _check = self._rows[row]
        return bool(path) and (entry_id, path) in self._missing_files

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._is_missing(index.row()):
            return super().data(index, role)
        column = index.column()
        if role == STATUS_ROLE:
            return NOT_CHECKED
        if role == Qt.ItemDataRole.DisplayRole and column == self.COL_RESULT:
            return self.tr("– not checked")
        if role == Qt.ItemDataRole.DisplayRole and column == self.COL_FOUND:
            return self.missing_text()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_RESULT:
            return theme.brush(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._rows[index.row()][1]}: {self.missing_text()}"
        return super().data(index, role)

    def missing_text(self) -> str:
        return self.tr("the video file is missing from this computer, so it was not checked")


class MediaComplianceLine(QtWidgets.QWidget):
    """A summary line with a ▸ button that shows the course's form -02 rules."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaCompliance")
        self.details = EntryComplianceWidget()
        self.details.summary.hide()  # the line says it shorter
        self.model = ExpertComplianceModel(self.details)
        self.details.model = self.model
        self._show_model(self.details.table, self.model)
        self.details.table.setMaximumHeight(self.fontMetrics().height() * 14)
        # The sheet's column is narrow: rule names wrap rather than end in "…" (a course has few rows).
        self.details.table.setWordWrap(True)
        self.details.table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.details.hide()
        self.toggle = QtWidgets.QToolButton()
        self.toggle.setObjectName("mediaComplianceToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._expand)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("mediaComplianceSummary")
        font = self.summary.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.summary.setFont(font)
        self.summary.installEventFilter(self)  # a click on the line opens it too
        line = QtWidgets.QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2)
        line.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.summary, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.details)
        self._progress = ""
        self._operation: BackgroundOperation | None = None
        self._pending: RoundFile | None = None
        self._start_timer = QtCore.QTimer(self)  # owned: it dies with the widget, unlike a singleShot lambda
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_DELAY_MS)
        self._start_timer.timeout.connect(self._start)
        self.retranslate()

    # --- the check of the round ------------------------------------------------------------------
    def check_round(self, round_file: RoundFile | None) -> None:
        """Forget the previous round's results; check `round_file`'s videos shortly, in the background."""
        self._start_timer.stop()
        self._pending = None
        if self._operation is not None and self._operation.is_running():
            self._operation.cancel()
        self._operation = None
        self._progress = ""
        self.details.set_check(None)
        self._show_summary()
        if round_file is not None:  # whether it has videos at all is found out in the background too
            self._pending = round_file
            self._start_timer.start()

    def _start(self) -> None:
        round_file, self._pending = self._pending, None
        if round_file is None:
            return
        self._progress = self.tr("Checking the videos against form -02…")
        self._show_summary()
        # Bound methods, not lambdas: their connections end with this widget if the window closes first.
        operation = run_in_background(
            check_media, round_file, show_progress=False, on_success=self._checked, on_error=self._failed
        )
        operation.progressed.connect(self._show_progress)
        self._operation = operation

    def _current(self) -> bool:
        """Whether the signal being handled comes from the check of the round shown now."""
        sender = self.sender()
        return sender is None or sender is self._operation

    def is_checking(self) -> bool:
        return self._operation is not None and self._operation.is_running()

    def set_check(self, check: dict | None) -> None:
        self._progress = ""
        self.details.set_check(check)
        self._show_summary()

    def _checked(self, check: dict) -> None:
        if self._current():
            self.set_check(check)

    def _show_progress(self, done: int, total: int, _text: str = "") -> None:
        if not self._current():
            return
        self._progress = (
            self.tr("Checking the videos against form -02… %1 of %2 files")
            .replace("%1", str(done))
            .replace("%2", str(total))
            if total
            else self._progress
        )
        self._show_summary()

    def _failed(self, exc: BaseException, _details: str = "") -> None:
        if not self._current():
            return
        self._progress = self.tr("The videos could not be checked against form -02: %1").replace("%1", str(exc))
        self._show_summary()

    # --- the course shown --------------------------------------------------------------------------
    def set_entry(self, entry_id: str | None) -> None:
        self.details.set_entry(entry_id or "")
        self._show_summary()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.summary
            and event.type() == QtCore.QEvent.Type.MouseButtonRelease
            and self.toggle.isEnabled()
        ):
            self.toggle.toggle()
            return True
        return super().eventFilter(watched, event)

    def _expand(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)
        self._name_toggle()

    def summary_text(self) -> str:
        """One short line: the full counts are in the rules below it."""
        if self._progress:
            return self._progress
        if self.details.model.check() is None:
            return self.tr("Form -02: the videos are not checked yet")
        counts = self.model.counts_with_missing()
        if counts.files == 0:
            return self.tr("Form -02: no video files to check")
        missing = self.tr("not checked: %n video file(s) are missing from this computer", "", counts.missing)
        if counts.failing or counts.course_broken:
            text = (
                self.tr("✘ Form -02: %1 of %2 videos break a rule")
                .replace("%1", str(counts.failing))
                .replace("%2", str(counts.checked))
            )
            if counts.course_broken:
                text += "; " + self.tr("%n course-wide rule(s) broken", "", counts.course_broken)
            return text + ("; " + missing if counts.missing else "")
        if counts.missing == counts.files:
            return self.tr("Form -02 not checked: %n video file(s) are missing from this computer", "", counts.missing)
        if counts.missing:
            return (
                self.tr("Form -02: the %1 videos checked meet the rules").replace("%1", str(counts.checked))
                + "; "
                + missing
            )
        return self.tr("✔ Form -02: all %1 videos meet the rules").replace("%1", str(counts.files))

    def _summary_colour(self) -> str:
        if self._progress or self.details.model.check() is None:
            return ""
        counts = self.model.counts_with_missing()
        if counts.failing or counts.course_broken:
            return BROKEN_COLOUR
        if counts.missing:
            return NOT_CHECKED_COLOUR
        return MET_COLOUR if counts.files else ""

    def _show_summary(self) -> None:
        colour = self._summary_colour()
        self.summary.setText(self.summary_text())
        if colour:
            palette = self.summary.palette()
            palette.setColor(QtGui.QPalette.ColorRole.WindowText, theme.colour(colour))
            self.summary.setPalette(palette)
            self.summary.setForegroundRole(QtGui.QPalette.ColorRole.WindowText)
        else:
            self.summary.setPalette(self.palette())
            self.summary.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        has_rules = self.details.model.rowCount() > 0
        self.toggle.setEnabled(has_rules)
        self.summary.setCursor(Qt.CursorShape.PointingHandCursor if has_rules else Qt.CursorShape.ArrowCursor)
        if not has_rules and self.toggle.isChecked():
            self.toggle.setChecked(False)

    @staticmethod
    def _show_model(table: QtWidgets.QTableView, model: ComplianceModel) -> None:
        """A new model resets the header: the found and expected values stay in each row's tooltip."""
        table.setModel(model)
        for column in (ComplianceModel.COL_ENTRY, ComplianceModel.COL_FOUND, ComplianceModel.COL_EXPECTED):
            table.hideColumn(column)
        table.horizontalHeader().setSectionResizeMode(
            ComplianceModel.COL_RULE, QtWidgets.QHeaderView.ResizeMode.Stretch
        )

    def _name_toggle(self) -> None:
        tip = self.tr("Hide the rules") if self.toggle.isChecked() else self.tr("Show each rule of form -02")
        self.toggle.setToolTip(tip)
        self.toggle.setAccessibleName(tip)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() in theme.PALETTE_EVENTS and hasattr(self, "_progress"):  # the summary: colour in its palette
            self._show_summary()

    def retranslate(self) -> None:
        if self.is_checking():
            self._progress = self.tr("Checking the videos against form -02…")
        self.details.retranslate()
        self._name_toggle()
        self._show_summary()
