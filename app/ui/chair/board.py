"""The chair's meeting tab: the disagreement board, feedback letters to the authors (previewed
before export) and the one-page winners extract for the rector.

The board's numbers come from `app.models.disagreement`; the letters and the extract from
`app.reports` through the chair's store, which refuses them while a decision they rest on is
missing or out of date, and logs what was written.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from app.models.chair import ChairSnapshot, ChairStore, report_decisions
from app.models.disagreement import (
    GUARD_NONE,
    GUARD_WEAK,
    CourseDisagreement,
    cell_tolerance,
    disagreement_board,
    total_tolerance,
)
from app.models.letters import feedback_letters
from app.models.readiness import ReadinessItem
from app.models.refusal import document_blockers
from app.models.regulation import CELL_SHARE, MAX_TOTAL, SCORE_MAX, TOTAL_SHARE
from app.reports import chair_documents
from app.ui import theme
from app.ui.chair.board_models import BoardCoursesModel, CourseLinesModel
from app.ui.chair.decision_texts import DecisionTexts
from app.ui.chair.models.formatting import whole_or_decimal
from app.ui.chair.models.roles import KeyRole
from app.ui.chair.reconsideration_marks import ReconsiderationBar
from app.ui.qt import Qt, QtCore, QtGui, QtPdf, QtWidgets
from app.ui.worker import BackgroundOperation, run_in_background, show_error


class MeetingPanel(QtWidgets.QWidget):
    """The board (courses by disagreement | the selected course's experts side by side) and the
    meeting's documents."""

    message = QtCore.Signal(str, str)  # text, level (info / good / warn / bad) for the desk's banner

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_panel")
        self.snapshot: ChairSnapshot | None = None
        self.language: Callable[[], str] = lambda: "kk"  # the documents' language (the desk's choice)
        self.start_folder: Callable[[], Path] = Path.home
        self.texts = DecisionTexts(self)
        self.previews = tempfile.TemporaryDirectory(prefix="sarapshy-letters-")

        self.rule = QtWidgets.QLabel()
        self.rule.setObjectName("board_rule")
        self.rule.setWordWrap(True)
        self.courses_model = BoardCoursesModel(self)
        self.courses_view = QtWidgets.QTableView()
        self.courses_view.setObjectName("board_courses")
        self.courses_view.setModel(self.courses_model)
        self.courses_view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.courses_view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.courses_view.verticalHeader().hide()
        self.courses_view.horizontalHeader().setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.courses_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_course())
        self.guard = QtWidgets.QLabel()
        self.guard.setObjectName("board_guard")
        self.guard.setWordWrap(True)
        self.lines_model = CourseLinesModel(self)
        self.lines_view = QtWidgets.QTableView()
        self.lines_view.setObjectName("board_lines")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setWordWrap(True)
        self.lines_view.verticalHeader().hide()
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_model.modelReset.connect(self._fit_lines)

        self.preview_button = QtWidgets.QPushButton()
        self.preview_button.setObjectName("preview_letter")
        self.preview_button.clicked.connect(self.preview_letter)
        self.letters_button = QtWidgets.QPushButton()
        self.letters_button.setObjectName("write_letters")
        self.letters_button.clicked.connect(self.write_letters)
        self.extract_button = QtWidgets.QPushButton()
        self.extract_button.setObjectName("write_winners_extract")
        self.extract_button.clicked.connect(self.write_extract)

        right = QtWidgets.QWidget()
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.guard)
        right_layout.addWidget(self.lines_view, 1)
        self.reconsider = ReconsiderationBar(self)  # the second round: marks and requests to experts
        right_layout.addWidget(self.reconsider)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.courses_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.preview_button, self.letters_button, self.extract_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._set_enabled()

    def tab_title(self) -> str:
        return self.tr("Meeting: disagreement and letters")

    def retranslate(self) -> None:
        self.preview_button.setText(self.tr("Preview the letter to the authors…"))
        self.preview_button.setToolTip(self.tr("The selected course's feedback letter, as the authors will read it"))
        self.letters_button.setText(self.tr("Write the letters to the authors…"))
        self.letters_button.setToolTip(
            self.tr(
                "One PDF per course: total, place, mean per criterion and the "
                "panel's comments, without expert names and without comments "
                "for the commission only"
            )
        )
        self.extract_button.setText(self.tr("Write the winners extract for the rector…"))
        self.rule.setText(self.rule_text())
        self._show_course()
        self.reconsider.retranslate()

    def rule_text(self) -> str:
        rnd = self.snapshot.round if self.snapshot else None
        cell = cell_tolerance(max((c.max for c in rnd.criteria), default=SCORE_MAX) if rnd else SCORE_MAX)
        total = total_tolerance(rnd.max_total) if rnd else total_tolerance(MAX_TOTAL)
        return (
            self.tr(
                "Courses are ordered by disagreement: the standard deviation of the experts' totals, then "
                "max − min. ⚑ marks a value outside the band: it differs from the median of the OTHER "
                "experts by more than T. A criterion score: T = %1 points (%2 % of the criterion's maximum; "
                "one step of "
                "the score descriptors). A total: T = %3 points (%4 % of the maximum). With fewer than 3 "
                "scoring experts nothing is marked; with 3–4 the median of the others is weak."
            )
            .replace("%1", whole_or_decimal(cell, 1))
            .replace("%2", whole_or_decimal(CELL_SHARE * 100, 1))
            .replace("%3", whole_or_decimal(total, 1))
            .replace("%4", whole_or_decimal(TOTAL_SHARE * 100, 1))
        )

    # --- showing ---

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        current = self.current_course()
        self.snapshot = snapshot
        board = (
            disagreement_board(snapshot.round, snapshot.results, snapshot.accepted_sheets())
            if snapshot is not None
            else []
        )
        self.courses_model.set_board(snapshot.round if snapshot else None, board)
        row = next((i for i, c in enumerate(board) if current and c.entry_id == current.entry_id), 0)
        if board:
            self.courses_view.selectRow(row)
        self.rule.setText(self.rule_text())
        self._show_course()
        self.reconsider.refresh()

    def current_course(self) -> CourseDisagreement | None:
        index = self.courses_view.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def _show_course(self) -> None:
        course = self.current_course()
        self.lines_model.set_course(self.snapshot.round if self.snapshot else None, course)
        if course is None:
            self.guard.setText("")
        elif course.guard == GUARD_NONE:
            self.guard.setText(
                self.tr(
                    "%1 experts scored this course: with fewer than 3 no outlier can be named, nothing is marked."
                ).replace("%1", str(course.scoring))
            )
        elif course.guard == GUARD_WEAK:
            self.guard.setText(
                self.tr(
                    "%1 experts scored this course: the median of the others rests on %2 "
                    "people, so a mark only says “look here”, not “outlier”."
                )
                .replace("%1", str(course.scoring))
                .replace("%2", str(course.scoring - 1))
            )
        else:
            self.guard.setText(self.tr("%1 experts scored this course.").replace("%1", str(course.scoring)))
        self._set_enabled()

    def _fit_lines(self) -> None:
        self.lines_view.resizeColumnsToContents()
        header = self.lines_view.horizontalHeader()
        for column in range(1, self.lines_model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), 44))
        self.lines_view.resizeRowsToContents()

    def _set_enabled(self) -> None:
        has = self.snapshot is not None and bool(self.snapshot.outcome.accepted)
        self.preview_button.setEnabled(has and self.current_course() is not None)
        self.letters_button.setEnabled(has)
        self.extract_button.setEnabled(has)

    # --- documents ---

    def _refused(self, items: list[ReadinessItem]) -> bool:
        """Say what blocks the document (translated), and whether anything does."""
        if items:
            self.message.emit("<br>".join(self.texts.readiness(i) for i in items), "warn")
        return bool(items)

    def preview_letter(self) -> QtWidgets.QDialog | None:
        s, course = self.snapshot, self.current_course()
        if s is None or course is None or self._refused(document_blockers(s.readiness(), "letters")):
            return None
        from app.reports.letters_pdf import letter_pdf_bytes

        decisions = report_decisions(s)
        letter = next(
            (x for x in feedback_letters(s.round_file, s.outcome, decisions) if x.entry_id == course.entry_id), None
        )
        if letter is None:
            self.message.emit(self.tr("This course has no result, so it gets no letter."), "info")
            return None
        path = Path(self.previews.name) / f"letter-{course.entry_id}.pdf"
        path.write_bytes(letter_pdf_bytes(s.round_file, letter, decisions, self.language()))
        dialog = LetterPreview(path, self.courses_model.title(course), self)
        dialog.open()
        return dialog

    def write_letters(self) -> BackgroundOperation | None:
        s = self.snapshot
        if s is None or self._refused(document_blockers(s.readiness(), "letters")):
            return None
        folder = self.ask_folder(self.tr("Folder for the letters to the authors"))
        if not folder:
            return None
        return run_in_background(
            chair_documents.write_letters_logged,
            ChairStore(s.round_file),
            s,
            folder,
            self.language(),
            parent=self,
            title=self.tr("Writing the letters"),
            on_success=self._letters_written,
            on_error=self._failed,
        )

    def _letters_written(self, paths: list[Path]) -> None:
        where = str(paths[0].parent) if paths else ""
        self.message.emit(
            self.tr("%1 letters written to %2").replace("%1", str(len(paths))).replace("%2", where), "good"
        )

    def write_extract(self) -> BackgroundOperation | None:
        s = self.snapshot
        if s is None or self._refused(document_blockers(s.readiness(), "protocol")):
            return None
        path = self.ask_save_path(
            self.tr("Write the winners extract"), "winners-extract.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        return run_in_background(
            chair_documents.write_document,
            ChairStore(s.round_file),
            s,
            "winners_extract",
            path,
            self.language(),
            parent=self,
            title=self.tr("Writing the winners extract"),
            on_success=lambda written: self.message.emit(self.tr("Written: %1").replace("%1", str(written)), "good"),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException, details: str) -> None:
        show_error(self, exc, details)

    def ask_folder(self, title: str) -> str:
        return QtWidgets.QFileDialog.getExistingDirectory(self, title, str(self.start_folder()))

    def ask_save_path(self, title: str, suggested: str, pattern: str) -> str:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, title, str(self.start_folder() / suggested), pattern)
        return path


class LetterPreview(QtWidgets.QDialog):
    """The letter's pages rendered from the PDF itself (QtPdf), so the chair sees what is exported."""

    def __init__(self, path: Path, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_preview")
        self.setWindowTitle(self.tr("Letter to the authors: %1").replace("%1", title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pages: list[QtGui.QImage] = []
        column = QtWidgets.QVBoxLayout()
        if QtPdf is None:
            column.addWidget(QtWidgets.QLabel(self.tr("PDF pages cannot be shown here (QtPdf is missing).")))
        else:
            document = QtPdf.QPdfDocument(self)
            document.load(str(path))
            for page in range(document.pageCount()):
                size = document.pagePointSize(page)
                image = document.render(page, QtCore.QSize(int(size.width() * 1.4), int(size.height() * 1.4)))
                self.pages.append(image)
                label = QtWidgets.QLabel()
                label.setPixmap(QtGui.QPixmap.fromImage(image))
                label.setStyleSheet(f"background: {theme.PAPER}; border: 1px solid {theme.PAPER_BORDER}")
                column.addWidget(label)
            document.close()
        holder = QtWidgets.QWidget()
        holder.setLayout(column)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(holder)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        self.resize(900, 900)
