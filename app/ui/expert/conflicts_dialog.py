"""Suggested conflicts of interest, asked of the expert when they start on a round: for each course
the round suggests (app.models.conflicts), confirm (the course is recused in the signed sheet) or
dismiss with a reason (no reason needed when the only ground is a shared surname). The answers
are kept in the workspace and can be revisited from the menu until the sheet is exported, and after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.conflicts import DISMISSED, RECUSED, ConflictAnswer, Suggestion, reason_required
from app.models.errors import InputError
from app.models.localized import localized
from app.models.round import RoundFile
from app.ui.conflict_texts import grounds_text
from app.ui.i18n import current_language
from app.ui.qt import QAction, Qt, QtCore, QtWidgets
from app.ui.widgets.coloured_text import colour_text
from app.ui.worker import show_error

if TYPE_CHECKING:
    from app.ui.expert.page import ExpertPage


@dataclass(frozen=True)
class ChosenAnswer:
    entry_id: str
    answer: str
    reason: str


class SuggestionBox(QtWidgets.QGroupBox):
    """One suggested course: its grounds, the two answers and the reason."""

    def __init__(
        self,
        number: int,
        title: str,
        suggestion: Suggestion,
        previous: ConflictAnswer | None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setTitle(f"{number}. {title}")
        self.grounds = QtWidgets.QLabel()
        self.grounds.setWordWrap(True)
        self.confirm = QtWidgets.QRadioButton()
        self.dismiss = QtWidgets.QRadioButton()
        self.reason = QtWidgets.QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.refusal = QtWidgets.QLabel()
        colour_text(self.refusal, "error")
        self.refusal.setWordWrap(True)
        self.reason.textChanged.connect(self.refusal.clear)
        self.confirm.toggled.connect(self._update_placeholder)
        self.dismiss.toggled.connect(self._update_placeholder)
        answers = QtWidgets.QVBoxLayout()  # one above the other: Kazakh answers are long
        answers.addWidget(self.confirm)
        answers.addWidget(self.dismiss)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.grounds)
        layout.addLayout(answers)
        layout.addWidget(self.reason)
        layout.addWidget(self.refusal)
        if previous is not None and tuple(previous.grounds) == suggestion.grounds:
            (self.confirm if previous.answer == RECUSED else self.dismiss).setChecked(True)
            self.reason.setPlainText(previous.reason)
        self.retranslate()

    def retranslate(self) -> None:
        text = grounds_text(self.suggestion.grounds)
        if self.suggestion.authors:
            text += " — " + ", ".join(self.suggestion.authors)
        self.grounds.setText(self.tr("Why: %1").replace("%1", text))
        self.confirm.setText(self.tr("Confirm: I recuse myself from this course"))
        self.dismiss.setText(self.tr("Dismiss: there is no conflict"))
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self.dismiss.isChecked():
            self.reason.setPlaceholderText(
                self.tr("A shared surname only: a reason is welcome, not required")
                if self.suggestion.soft
                else self.tr("Why is there no conflict? (required, goes into your signed sheet)")
            )
        else:
            self.reason.setPlaceholderText(
                self.tr("The reason for the recusal (optional: the grounds above are used when empty)")
            )

    def chosen(self) -> ChosenAnswer | None:
        """The answer given, or None when neither is chosen; raises ValueError with the refusal shown
        when a reason is missing."""
        if not (self.confirm.isChecked() or self.dismiss.isChecked()):
            return None
        answer = RECUSED if self.confirm.isChecked() else DISMISSED
        reason = self.reason.toPlainText().strip()
        if reason_required(self.suggestion.grounds, answer) and not reason:
            self.refusal.setText(
                self.tr("Write why there is no conflict: a dismissal without a reason is not accepted.")
            )
            raise ValueError(self.suggestion.entry_id)
        if answer == RECUSED and not reason:
            reason = self.tr("Suggested conflict of interest confirmed: %1").replace(
                "%1", grounds_text(self.suggestion.grounds, to_expert=False)
            )  # read by the chair, in the protocol
        return ChosenAnswer(self.suggestion.entry_id, answer, reason)


class ConflictsDialog(QtWidgets.QDialog):
    """The expert's answers to the suggested conflicts; `answers()` after it is accepted."""

    def __init__(
        self,
        round_file: RoundFile,
        suggestions: list[Suggestion],
        previous: dict[str, ConflictAnswer],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        lang = current_language()
        numbers = {entry_id: i for i, entry_id in enumerate(round_file.entry_ids(), start=1)}
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.boxes: list[SuggestionBox] = []
        holder = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(holder)
        for suggestion in suggestions:
            entry = round_file.entry(suggestion.entry_id)
            title = localized(entry.title, lang) if entry is not None else suggestion.entry_id
            box = SuggestionBox(
                numbers.get(suggestion.entry_id, 0), title, suggestion, previous.get(suggestion.entry_id)
            )
            self.boxes.append(box)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        self.buttons = QtWidgets.QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        width = self.fontMetrics().averageCharWidth() * 90
        self.setMinimumWidth(width)
        self.resize(width, min(720, 220 + 190 * len(suggestions)))
        self._answers: list[ChosenAnswer] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possible conflicts of interest"))
        self.intro.setText(
            self.tr(
                "The round's data suggest that you may have a conflict of interest with the courses below (the same "
                "department or faculty, or you among the authors). For each one, confirm it — you will not score the "
                "course — or dismiss it and say why. A shared surname is only a soft hint. Your answers go into your "
                "signed sheet; the chair and the protocol show them."
            )
        )
        self.save_button.setText(self.tr("Save my answers"))
        self.later_button.setText(self.tr("Answer later"))
        for box in self.boxes:
            box.retranslate()

    def accept(self) -> None:
        """Every answered course needs what its answer needs; until then the dialog stays open."""
        answers: list[ChosenAnswer] = []
        refused: list[SuggestionBox] = []
        for box in self.boxes:
            try:
                chosen = box.chosen()
            except ValueError:
                refused.append(box)
                continue
            if chosen is not None:
                answers.append(chosen)
        if refused:
            refused[0].reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._answers = answers
        super().accept()

    def answers(self) -> list[ChosenAnswer]:
        return list(self._answers)


class ConflictReview(QtCore.QObject):
    """The expert page's part: offers the pending suggestions when work starts, and lets the expert
    revisit every answer from the menu."""

    def __init__(self, page: ExpertPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: ConflictsDialog | None = None
        self.action = QAction(page)
        self.action.setObjectName("review_conflicts")
        self.action.triggered.connect(self.review_all)
        page.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Suggested conflicts of &interest…"))
        self.action.setToolTip(self.tr("Confirm or dismiss the conflicts of interest the round's data suggest"))

    def offer_pending(self) -> None:
        """At the start of work: ask about the suggestions not answered yet (none: nothing opens)."""
        self._open(lambda ws: ws.pending_conflicts(), announce_none=False)

    def review_all(self) -> None:
        self._open(lambda ws: ws.conflict_suggestions(), announce_none=True)

    def _open(self, which: Callable[..., list[Suggestion]], announce_none: bool) -> None:
        session, round_file = self.page.session, self.page.round_file
        if (
            session is None
            or round_file is None
            or self.dialog is not None
            or session.call(lambda ws: ws.expert_id) is None
        ):
            return
        suggestions, previous = session.call(lambda ws: (which(ws), ws.conflict_answers()))
        if not suggestions:
            if announce_none:
                self.page.status_message.emit(self.tr("The round's data suggest no conflict of interest for you"))
            return
        self.page.player.pause()
        dialog = ConflictsDialog(round_file, suggestions, previous, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(dialog.answers()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def apply(self, answers: list[ChosenAnswer]) -> None:
        session = self.page.session
        if session is None:
            return
        try:
            session.call(lambda ws: [ws.answer_conflict(a.entry_id, a.answer, a.reason) for a in answers])
        except InputError as exc:
            show_error(self.page, exc, title=self.tr("Possible conflicts of interest"))
        session.load_all_progress()
        if self.page.current_entry_id is not None:
            self.page.show_entry(self.page.current_entry_id)
        recused = sum(a.answer == RECUSED for a in answers)
        self.page.status_message.emit(
            self.tr("%n answer(s) saved", "", len(answers))
            + (" · " + self.tr("%n course(s) recused", "", recused) if recused else "")
        )
