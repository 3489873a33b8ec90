"""Full screen: the player's body (video and controls, without the playlist) moves into a window of
its own covering the screen, and back into the player when the user leaves (Esc, the button, F)."""

from __future__ import annotations

from app.ui.player.playlist_view import PlaylistView
from app.ui.qt import QObject, Qt, QtGui, QTimer, QtWidgets, Signal


class FullscreenHost(QtWidgets.QWidget):
    """The top-level window the player's body moves into for full screen."""

    exit_requested = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle("Sarapshy")
        # the default palette: the controls under the (black) video must stay readable
        self.body_layout = QtWidgets.QVBoxLayout(self)
        self.body_layout.setContentsMargins(0, 0, 0, 0)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.exit_requested.emit()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        event.ignore()
        self.exit_requested.emit()


class FullscreenSwitch(QObject):
    """Moves `body` between `home` (into `home_layout`) and a FullscreenHost; `changed(on)` after."""

    changed = Signal(bool)

    def __init__(
        self,
        home: QtWidgets.QWidget,
        home_layout: QtWidgets.QBoxLayout,
        body: QtWidgets.QWidget,
        playlist: PlaylistView,
    ) -> None:
        super().__init__(home)
        self._home, self._home_layout, self._body, self._playlist = home, home_layout, body, playlist
        self._host: FullscreenHost | None = None

    def host(self) -> FullscreenHost | None:
        """The full-screen window while it is shown."""
        return self._host

    def is_on(self) -> bool:
        return self._host is not None

    def set(self, on: bool) -> None:
        if on == self.is_on():
            return
        if on:
            self._host = FullscreenHost()
            self._host.exit_requested.connect(lambda: self.set(False))
            self._host.body_layout.addWidget(self._body)
            self._playlist.hide()
            # the screen the player is on; the explicit geometry also covers desktops without a
            # window manager honouring full-screen requests
            self._host.setGeometry((self._home.screen() or QtWidgets.QApplication.primaryScreen()).geometry())
            self._host.showFullScreen()
            self._host.raise_()
            self._host.activateWindow()
            self._body.setFocus()
        else:
            host, self._host = self._host, None
            if host is None:
                return  # is_on() said otherwise above
            self._home_layout.addWidget(self._body)
            self._body.show()  # addWidget shows a re-parented widget only later, from the event loop
            self._playlist.show_if_several()
            host.hide()
            host.deleteLater()
            self._home.activateWindow()
            self._take_focus()
            # again once the window is active: activation can hand the focus to another widget
            QTimer.singleShot(0, self, self._take_focus)
        self.changed.emit(on)

    def toggle(self) -> None:
        self.set(not self.is_on())

    def _take_focus(self) -> None:
        if self._host is None:
            self._body.setFocus(Qt.FocusReason.OtherFocusReason)
