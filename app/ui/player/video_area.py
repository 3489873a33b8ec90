"""The video area: the engine's picture, or in its place a message saying why the video cannot play."""

from __future__ import annotations

from collections.abc import Sequence

from app.ui import theme
from app.ui.i18n import translate
from app.ui.player.choice import backend_problems
from app.ui.qt import QT_TRANSLATE_NOOP, Qt, QtCore, QtGui, QtWidgets


class MessagePanel(QtWidgets.QWidget):
    """Shown in place of the video when it cannot play; may offer to open a link in the browser."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(theme.VIDEO_MESSAGE[0]))
        palette.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor(theme.VIDEO_MESSAGE[1]))
        self.setPalette(palette)
        self.label = QtWidgets.QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMargin(16)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.link_button = QtWidgets.QPushButton()
        self.link_button.hide()
        self.link_button.clicked.connect(self._open_link)
        self._link = ""
        layout = QtWidgets.QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_message(self, text: str, link: str = "", link_text: str = "", details: str = "") -> None:
        """`details` (why, technically) go to the tooltip, out of the expert's way."""
        self.label.setText(text)
        self.label.setToolTip(details)
        self._link = link
        self.link_button.setText(link_text)
        self.link_button.setVisible(bool(link))

    def _open_link(self) -> None:
        if self._link:
            QtGui.QDesktopServices.openUrl(QtCore.QUrl(self._link))


# What the user reads for each kind of problem (PlaybackSession.problem); %1 is the file, title or link.
MESSAGES: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP(
        "PlayerWidget",
        "The video file is missing:\n%1\n\nCopy the round's media folder next to "
        "the round file, or ask the organiser for it.",
    ),
    "no_source": QT_TRANSLATE_NOOP("PlayerWidget", "The video “%1” has neither a file nor a link in the round file."),
    "undecodable": QT_TRANSLATE_NOOP(
        "PlayerWidget",
        "This video cannot be played:\n%1\n\nThe file may be damaged or in a format "
        "the player does not know. Ask the organiser for another copy.",
    ),
    "stream": QT_TRANSLATE_NOOP(
        "PlayerWidget",
        "The online video could not be opened:\n%1\n\nCheck the Internet connection, or open the link in a browser.",
    ),
    "outside": QT_TRANSLATE_NOOP(
        "PlayerWidget",
        "This video is not played:\n%1\n\nIt is a link to a file outside the round's "
        "folder. Ask the organiser for a copy of the round with the video itself in "
        "its media folder.",
    ),
    "empty": QT_TRANSLATE_NOOP("PlayerWidget", "This course has no videos in the round file: judge it from its link."),
    "no_backend": QT_TRANSLATE_NOOP(
        "PlayerWidget",
        "No video player can run on this computer, so videos cannot be shown "
        "here. Install VLC media player (videolan.org) and restart Sarapshy; the "
        "rest of the program works as usual.",
    ),
}


def _details(lines: Sequence[str]) -> str:
    lines = [line for line in lines if line]
    return translate("PlayerWidget", "Details for the organiser:") + "\n" + "\n".join(lines) if lines else ""


def message_for(kind: str, args: Sequence[str]) -> tuple[str, str, str, str]:
    """(text, link, link text, details) of a PlaybackSession problem, in the interface language."""
    text = translate("PlayerWidget", MESSAGES[kind])
    if args:  # the no_backend text has no %1
        text = text.replace("%1", args[0])
    link, link_text, details = "", "", ""
    if kind == "stream":
        link, link_text = args[0], translate("PlayerWidget", "Open in browser")
    elif kind == "undecodable":
        details = _details(args[1:])
    elif kind == "no_backend":
        details = _details([*backend_problems(), *args])
    return text, link, link_text, details


class VideoArea(QtWidgets.QStackedWidget):
    """The engine's video widget, or the message panel while a problem is shown."""

    def __init__(self, video: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
        self.video = video
        self.message = MessagePanel()
        self.addWidget(video)
        self.addWidget(self.message)
        self._kind = ""
        self._args: tuple[str, ...] = ()

    def show_problem(self, kind: str, args: Sequence[str]) -> None:
        self._kind, self._args = kind, tuple(args)
        self.message.show_message(*message_for(kind, self._args))
        self.setCurrentWidget(self.message)

    def show_video(self) -> None:
        self._kind, self._args = "", ()
        self.setCurrentWidget(self.video)

    def message_text(self) -> str:
        """The message shown instead of the video ('' while the video shows)."""
        return self.message.label.text() if self._kind else ""

    def retranslate(self) -> None:
        if self._kind:
            self.show_problem(self._kind, self._args)
