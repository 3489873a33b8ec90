"""Who signs: the list of the commission's experts to choose from, and the confirmation asked before
the page works and signs as the one chosen (its texts are the page's: context "ExpertPage")."""

from __future__ import annotations

from app.models.round import RoundFile
from app.ui.i18n import translate
from app.ui.icons import icon
from app.ui.qt import Qt, QtWidgets, Signal


class ExpertChooser(QtWidgets.QWidget):
    """'Who are you?': one button per expert of the commission; the choice is remembered for the round."""

    chosen = Signal(str)  # a name was clicked and confirmed: work and sign as this expert
    back_requested = Signal()  # "Back to my sheet" or one's own name: keep the expert chosen before

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QtWidgets.QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setWordWrap(True)
        self.buttons: list[QtWidgets.QCommandLinkButton] = []
        self._names: dict[str, str] = {}  # expert id: name
        self._current: str | None = None
        self.confirm_box: QtWidgets.QMessageBox | None = None
        self.confirm_yes: QtWidgets.QPushButton | None = None
        self.button_box = QtWidgets.QWidget()
        self.button_layout = QtWidgets.QVBoxLayout(self.button_box)
        self.button_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(self.button_box)
        column = QtWidgets.QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addSpacing(10)
        column.addWidget(scroll, 1)
        self.back_button = QtWidgets.QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QtWidgets.QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(holder, 1)
        layout.addStretch(0)
        self.retranslate()

    def set_experts(self, round_file: RoundFile) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        while self.button_layout.count():
            self.button_layout.takeAt(0)
        self._names = {expert.id: expert.name for expert in round_file.header.commission.experts}
        for expert in round_file.header.commission.experts:
            details = ", ".join(p for p in (expert.position, expert.department) if p)
            button = QtWidgets.QCommandLinkButton(expert.name, details)
            button.setIcon(icon("go"))  # the style's own arrow is black, lost on a dark palette
            button.setProperty("expert_id", expert.id)
            button.clicked.connect(lambda _=False, eid=expert.id: self.confirm(eid))
            self.button_layout.addWidget(button)
            self.buttons.append(button)
        self.button_layout.addStretch(1)

    def name_of(self, expert_id: str | None) -> str:
        return self._names.get(expert_id or "", "")

    def set_current(self, expert_id: str | None) -> None:
        """Mark who works now (if anyone): the list can then be left unchanged."""
        self._current = expert_id
        for button in self.buttons:
            button.setCheckable(expert_id is not None)
            button.setChecked(button.property("expert_id") == expert_id)
        self.back_button.setVisible(expert_id is not None)

    def confirm(self, expert_id: str) -> None:
        """A name was clicked: ask before signing as that person (one's own name goes back to work)."""
        if expert_id == self._current:
            self.back_requested.emit()
            return
        current = None if self._current is None else self.name_of(self._current)
        box, yes = sign_as_box(self, self.name_of(expert_id), current)

        def answered(button: QtWidgets.QAbstractButton) -> None:
            if button is yes:
                self.chosen.emit(expert_id)

        box.buttonClicked.connect(answered)
        self.confirm_box, self.confirm_yes = box, yes
        box.open()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to my sheet"))
        self.heading.setText(self.tr("Who are you?"))
        self.explanation.setText(
            self.tr(
                "Choose your name in the commission list. The choice is remembered for "
                "this round; your sheet will be signed with this computer's key for you."
            )
        )


def sign_as_box(
    parent: QtWidgets.QWidget, name: str, current_name: str | None
) -> tuple[QtWidgets.QMessageBox, QtWidgets.QPushButton]:
    """'Work and sign as <name>?' and its Yes button; Cancel is the default, so a stray Enter or Space
    chooses nobody. `current_name` is who works now (None: nobody yet). Texts of the expert page."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Question,
        translate("ExpertPage", "Who signs this sheet"),
        translate("ExpertPage", "Work and sign as %1?").replace("%1", name),
        QtWidgets.QMessageBox.StandardButton.NoButton,
        parent,
    )
    if current_name is None:
        box.setInformativeText(
            translate(
                "ExpertPage",
                "Your scores and your sheet will carry this name and this computer's "
                "key for it. Choose only your own name.",
            )
        )
    else:
        box.setInformativeText(
            translate("ExpertPage", "The sheet of %1 stays as it is; you will see and sign the sheet of %2 instead.")
            .replace("%1", current_name)
            .replace("%2", name)
        )
    yes = box.addButton(
        translate("ExpertPage", "Yes, I am %1").replace("%1", name), QtWidgets.QMessageBox.ButtonRole.AcceptRole
    )
    no = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box, yes
