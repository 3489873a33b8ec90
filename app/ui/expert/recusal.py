"""Declaring a conflict of interest for the course on screen (regulation 14.1), with its reason, and
withdrawing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.errors import InputError
from app.models.localized import localized
from app.ui.i18n import translate
from app.ui.qt import QObject, Qt, QtCore, QtGui, QtWidgets
from app.ui.widgets.coloured_text import colour_text
from app.ui.worker import show_error

if TYPE_CHECKING:
    from app.ui.expert.page import ExpertPage


class RecusalDialog(QtWidgets.QDialog):
    """The reason for a conflict of interest: a wrapped prompt over a few lines of text. Enter starts a
    new line as in any text box, Ctrl+Enter or the OK button confirms, Escape cancels."""

    PROMPT_CHARS = 64  # characters a line: the prompt wraps instead of widening the dialog

    def __init__(self, title: str, prompt: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QtWidgets.QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QtWidgets.QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(title)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.prompt.setBuddy(self.reason)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        # Qt's Kazakh "Cancel" is «Бас тарту», the very word for a recusal: say "do not declare" plainly
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Do not declare"))
        self.reason.installEventFilter(self)  # Ctrl+Enter confirms; plain Enter stays a new line
        self.refusal = QtWidgets.QLabel()  # why OK did nothing; kept in the layout so nothing jumps
        colour_text(self.refusal, "error")
        self.refusal.setWordWrap(True)
        self.reason.textChanged.connect(self.refusal.clear)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * self.PROMPT_CHARS
        self.prompt.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        self.reason.setFocus()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.reason
            and isinstance(event, QtGui.QKeyEvent)
            and event.type() == QtCore.QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        """A recusal goes into the signed sheet with its reason: without one the dialog stays open."""
        if not self.reason.toPlainText().strip():
            self.refusal.setText(self.tr("Write the reason: a recusal without one is not accepted."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


class Recusal(QObject):
    """The expert page's part: asks for the reason, saves the recusal and shows the course locked.
    Its texts are the page's (translation context "ExpertPage")."""

    def __init__(self, page: ExpertPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: RecusalDialog | None = None

    def ask_reason(self) -> str | None:
        """The reason for a conflict of interest, or None if the expert changed their mind."""
        entry = self.page.sheet.current_entry()
        title = localized(entry.title, self.page.lang) if entry else ""
        dialog = RecusalDialog(
            translate("ExpertPage", "Declare a conflict of interest"),
            translate(
                "ExpertPage",
                "You will not score «%1». Say briefly why (for example: I am a co-author "
                "of the course). The reason goes into your signed sheet.",
            ).replace("%1", title),
            self.page,
        )
        self.dialog = dialog
        try:
            return dialog.reason.toPlainText() if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted else None
        finally:
            self.dialog = None
            dialog.deleteLater()

    def declare(self) -> None:
        page = self.page
        entry_id = page.current_entry_id
        if page.session is None or entry_id is None or page.sheet.is_recused():
            return
        reason = self.ask_reason()
        if reason is None:
            return
        try:
            page.session.set_recusal(entry_id, reason)
        except InputError as exc:
            show_error(page, exc, title=translate("ExpertPage", "Declare a conflict of interest"))
            return
        page.sheet.set_recused(True, reason.strip())

    def withdraw(self) -> None:
        page = self.page
        if page.session is None or page.current_entry_id is None:
            return
        page.session.clear_recusal(page.current_entry_id)
        page.show_entry(page.current_entry_id)
