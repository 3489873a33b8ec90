"""A strip above the page that explains a problem with the round (a broken file, missing videos)."""

from __future__ import annotations

from app.ui import theme
from app.ui.qt import Qt, QtWidgets


class MessageBanner(QtWidgets.QFrame):
    """The message is selectable (to copy a path from it); "✕" hides it until the next message.

    A long message is shown as a short summary; "Show all" unfolds the full text (also its tooltip)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.details_button = QtWidgets.QToolButton()
        self.details_button.setObjectName("showAllOfMessage")
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._show_details)
        self.close_button = QtWidgets.QToolButton()
        self.close_button.setObjectName("hideMessage")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.summary = ""
        self.details = ""
        self.colours = theme.follow_palette(self, self.style_for_level)  # recoloured when light ↔ dark
        self.details_button.hide()
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        tip = self.tr("Hide this message")
        self.close_button.setToolTip(tip)
        self.close_button.setAccessibleName(tip)
        self.details_button.setText(self.tr("Show less") if self.details_button.isChecked() else self.tr("Show all"))

    def show_message(self, text: str, level: str = "error", details: str = "") -> None:
        """Show `text`; `details`, when given and longer, is the full message behind "Show all"."""
        self.level = level
        self.colours.restyle()
        self.summary = text
        self.details = details if details and details != text else ""
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(self.details))
        self.text.setToolTip(self.details)
        self._show_details(False)
        self.show()

    def style_for_level(self) -> str:
        # scoped by the banner's object name (a dialog may give it its own)
        return theme.banner_style(self.level, "#" + (self.objectName() or "messageBanner")) if self.level else ""

    def message(self) -> str:
        """The text shown now (the summary, or the full message when unfolded)."""
        return self.text.text()

    def _show_details(self, on: bool) -> None:
        self.text.setText(self.details if on and self.details else self.summary)
        self.retranslate()

    def clear(self) -> None:
        self.summary = self.details = ""
        self.text.clear()
        self.text.setToolTip("")
        self.details_button.hide()
        self.level = ""
        self.hide()
