"""A strip above the page that explains a problem with the round (a broken file, missing videos)."""
from __future__ import annotations

from app.ui.qt import QtWidgets, Qt


class MessageBanner(QtWidgets.QFrame):
    """The message is selectable (to copy a path from it); "✕" hides it until the next message."""

    STYLES = {"error": ("#fde7e7", "#b3261e", "#5c1010"), "warning": ("#fff4d6", "#d9a400", "#5a3d00"),
              "info": ("#e3f0fb", "#2f6db5", "#0f3560")}

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QtWidgets.QToolButton()
        self.close_button.setObjectName("hideMessage")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        tip = self.tr("Hide this message")
        self.close_button.setToolTip(tip)
        self.close_button.setAccessibleName(tip)

    def show_message(self, text: str, level: str = "error") -> None:
        background, border, colour = self.STYLES.get(level, self.STYLES["error"])
        self.setStyleSheet(f"#messageBanner {{ background: {background}; border: 1px solid {border}; }}"
                           f" #messageBanner QLabel {{ color: {colour}; }}")
        self.text.setText(text)
        self.level = level
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.level = ""
        self.hide()
