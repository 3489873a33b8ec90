"""The welcome screen: what the three roles do, and a first step for each.

Shown by `app.ui.comfort` on the first start (and at every start if the user ticks the box), and
from Help → Welcome. It only asks; the window does the work (signals below).
"""

from __future__ import annotations

from app.ui.icons import icon
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

ROLES = ("expert", "chair", "organiser")


class RoleCard(QtWidgets.QFrame):
    """An icon, the role's name and two lines on what it does."""

    def __init__(self, role: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"welcome_{role}")
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Maximum)
        self.picture = QtWidgets.QLabel()
        self.picture.setPixmap(icon(role).pixmap(QtCore.QSize(40, 40), self.devicePixelRatioF()))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QtWidgets.QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        words = QtWidgets.QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text, 1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.picture)
        layout.addLayout(words, 1)


class WelcomeDialog(QtWidgets.QDialog):
    demo_requested = Signal()
    open_requested = Signal()
    create_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowIcon(icon("sarapshy"))
        self.heading = QtWidgets.QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.cards = {role: RoleCard(role) for role in ROLES}

        self.demo_button = QtWidgets.QPushButton(icon("demo"), "")
        self.demo_button.setObjectName("welcome_demo")
        self.open_button = QtWidgets.QPushButton(icon("open"), "")
        self.open_button.setObjectName("welcome_open")
        self.create_button = QtWidgets.QPushButton(icon("new"), "")
        self.create_button.setObjectName("welcome_create")
        for button in (self.demo_button, self.open_button, self.create_button):
            button.setIconSize(QtCore.QSize(22, 22))
            button.setMinimumHeight(36)
            # Each replaces the round open in the window: only a click or Space on it does that.
            # Enter anywhere in the window only closes it (the Close button is the default).
            button.setAutoDefault(False)
        self.demo_button.clicked.connect(lambda: self._finish(self.demo_requested))
        self.open_button.clicked.connect(lambda: self._finish(self.open_requested))
        self.create_button.clicked.connect(lambda: self._finish(self.create_requested))

        self.at_start = QtWidgets.QCheckBox()
        self.at_start.setObjectName("welcome_at_start")
        self.close_button = QtWidgets.QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for card in self.cards.values():
            layout.addWidget(card)
        actions = QtWidgets.QHBoxLayout()
        for button in (self.demo_button, self.open_button, self.create_button):
            actions.addWidget(button, 1)
        layout.addSpacing(8)
        layout.addLayout(actions)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.at_start, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.setMinimumWidth(720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText(self.tr("Welcome to Sarapshy"))
        self.intro.setText(
            self.tr(
                "The program for the commission that evaluates massive open online courses "
                "(MOOCs). It works without the Internet. Choose your role in the Role menu; "
                "the guide for each role is in Help (F1)."
            )
        )
        texts = {
            "expert": (
                self.tr("Expert"),
                self.tr(
                    "Watches each course's videos and scores it on the evaluation sheet beside the "
                    "player; every score is saved at once.\nAt the end signs and exports the sheet "
                    "file for the chair and prints the sheet."
                ),
            ),
            "chair": (
                self.tr("Chair"),
                self.tr(
                    "Imports the experts' signed sheets and sees at once which are valid, missing or "
                    "changed.\nLooks at the ranking, resolves ties and writes the protocol and the "
                    "Excel summary."
                ),
            ),
            "organiser": (
                self.tr("Organiser or secretary"),
                self.tr(
                    "Builds the round: the competition, the commission, the criteria and the "
                    "courses with their videos.\nChecks the videos and packages the round folder "
                    "for the experts."
                ),
            ),
        }
        for role, (title, text) in texts.items():
            self.cards[role].title.setText(title)
            self.cards[role].text.setText(text)
        self.demo_button.setText(self.tr("Try the demo round"))
        self.demo_button.setToolTip(self.tr("Six sample courses and five experts, to try every role safely"))
        self.open_button.setText(self.tr("Open a round file…"))
        self.open_button.setToolTip(self.tr("The .round.json file you received from the organiser"))
        self.create_button.setText(self.tr("Create a new round"))
        self.create_button.setToolTip(self.tr("For the organiser or secretary"))
        self.at_start.setText(self.tr("Show this window at every start"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        # The size hint is worked out for a narrower width; wrapped texts need less height at ours.
        width = max(self.width(), self.minimumWidth())
        layout = self.layout()
        if layout is not None:
            self.resize(width, layout.totalHeightForWidth(width))
        super().showEvent(event)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish(self, signal) -> None:
        self.accept()
        signal.emit()
