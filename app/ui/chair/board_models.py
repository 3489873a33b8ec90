"""Qt item models of the disagreement board: the courses by disagreement, and for one course each
expert's criterion scores, total and comment side by side. The numbers and flags come from
`app.models.disagreement`; these models only show them."""

from __future__ import annotations

from typing import Any

from app.models.disagreement import CourseDisagreement, ExpertLine, cell_tolerance, total_tolerance
from app.models.localized import localized
from app.models.round_model import Criterion, Round
from app.ui import theme
from app.ui.chair.models.formatting import DASH, number, whole_or_decimal
from app.ui.chair.models.roles import (
    ALIGN,
    BACKGROUND,
    CENTER_ALIGN,
    DISPLAY,
    FOREGROUND,
    NUMBER_ALIGN,
    TOOLTIP,
    KeyRole,
    RoleHandler,
    answer,
)
from app.ui.i18n import current_language
from app.ui.qt import ModelIndex, Qt, QtCore, QtGui

FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 40  # True for a value outside the band


class BoardCoursesModel(QtCore.QAbstractTableModel):
    """One row per course, the most disputed first; KeyRole gives the CourseDisagreement."""

    COURSE, SD, SPREAD, EXPERTS, FLAGS = range(5)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.round: Round | None = None
        self.courses: list[CourseDisagreement] = []
        self._handlers: dict[int, RoleHandler] = {
            KeyRole: lambda row, col: self.courses[row],
            DISPLAY: self.display,
            TOOLTIP: lambda row, col: self.course_tooltip(row) if col == self.COURSE else None,
            ALIGN: lambda row, col: NUMBER_ALIGN if col != self.COURSE else None,
            BACKGROUND: self.background,
        }

    def set_board(self, rnd: Round | None, courses: list[CourseDisagreement]) -> None:
        self.beginResetModel()
        self.round, self.courses = rnd, list(courses)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.courses)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            return (self.tr("Course"), self.tr("SD"), self.tr("Max − min"), self.tr("Experts"), self.tr("Flags"))[
                section
            ]
        if role == TOOLTIP:
            return (
                self.tr("The course's title"),
                self.tr("Sample standard deviation of the experts' totals"),
                self.tr("The highest expert's total minus the lowest"),
                self.tr("Experts who scored the course"),
                self.tr("Values outside the tolerance band (criterion scores and totals)"),
            )[section]
        return None

    def title(self, course: CourseDisagreement) -> str:
        entry = self.round.entry(course.entry_id) if self.round else None
        return localized(entry.title, current_language()) if entry else course.entry_id

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        return answer(self._handlers, index, role)

    def display(self, row: int, col: int) -> str:
        course = self.courses[row]
        return (
            self.title(course),
            number(course.sd, 1),
            number(course.spread, 0),
            str(course.scoring),
            str(course.flags) if course.flags else "",
        )[col]

    def course_tooltip(self, row: int) -> str:
        course = self.courses[row]
        return f"{course.entry_id}: {self.title(course)}"

    def background(self, row: int, col: int) -> QtGui.QColor | None:
        flagged = col == self.FLAGS and self.courses[row].flags
        return theme.colour("warning_background") if flagged else None


class CourseLinesModel(QtCore.QAbstractTableModel):
    """One row per expert for the selected course: name, each criterion's score, total, comment.
    A value outside the band has a coloured background, a ⚑ and a tooltip with the rule."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.round: Round | None = None
        self.course: CourseDisagreement | None = None
        self._handlers: dict[int, RoleHandler] = {
            FLAGGED_ROLE: self.flagged,
            KeyRole: lambda row, col: self.lines[row].expert_id,
            DISPLAY: self.display,
            TOOLTIP: self.tooltip,
            BACKGROUND: self.background,
            FOREGROUND: lambda row, col: theme.colour("warning") if self.flagged(row, col) else None,
            ALIGN: lambda row, col: CENTER_ALIGN if self._kind(col) in ("criterion", "total") else None,
        }

    def set_course(self, rnd: Round | None, course: CourseDisagreement | None) -> None:
        self.beginResetModel()
        self.round, self.course = rnd, course
        self.endResetModel()

    @property
    def criteria(self) -> list[Criterion]:
        return list(self.round.criteria) if self.round else []

    @property
    def lines(self) -> list[ExpertLine]:
        return self.course.lines if self.course else []

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.criteria) + 3

    def _kind(self, column: int) -> str:
        n = len(self.criteria)
        return "expert" if column == 0 else "criterion" if column <= n else "total" if column == n + 1 else "comment"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind = self._kind(section)
        if kind == "criterion":
            criterion = self.criteria[section - 1]
            if role == DISPLAY:
                return self.tr("C%1").replace("%1", str(section))
            if role == TOOLTIP:
                return f"{section}. {localized(criterion.title, current_language())} ({criterion.min}–{criterion.max})"
            return None
        if role == DISPLAY:
            return {"expert": self.tr("Expert"), "total": self.tr("Total"), "comment": self.tr("Comment")}[kind]
        return None

    def flagged(self, row: int, column: int) -> bool:
        """Whether the cell's value lies outside the tolerance band."""
        line, kind = self.lines[row], self._kind(column)
        if kind == "criterion":
            return self.criteria[column - 1].id in line.flagged_criteria
        return kind == "total" and line.total_flagged

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        return answer(self._handlers, index, role)

    def display(self, row: int, column: int) -> str:
        line, kind = self.lines[row], self._kind(column)
        if kind == "expert":
            return line.name
        if kind == "comment":
            return " ".join(line.comment.split())
        if line.recused:
            return self.tr("recused") if kind == "total" else ""
        if kind == "criterion":
            score = line.scores.get(self.criteria[column - 1].id)
            value = DASH if score is None else str(score)
        else:
            value = DASH if line.total is None else str(line.total)
        return f"⚑ {value}" if self.flagged(row, column) else value

    def tooltip(self, row: int, column: int) -> str | None:
        kind = self._kind(column)
        if kind == "comment":
            return self.lines[row].comment or None
        return self.flag_tooltip(kind, column) if self.flagged(row, column) else None

    def background(self, row: int, column: int) -> QtGui.QColor | None:
        if self.flagged(row, column):
            return theme.colour("warning_background")
        return theme.colour("muted_background") if self.lines[row].recused and self._kind(column) != "expert" else None

    def flag_tooltip(self, kind: str, column: int) -> str:
        if kind == "criterion":
            tolerance = cell_tolerance(self.criteria[column - 1].max)
        else:
            tolerance = total_tolerance(self.round.max_total if self.round else 0)
        return self.tr("Outside the band: differs from the median of the other experts by more than %1 points").replace(
            "%1", whole_or_decimal(tolerance, 1)
        )
