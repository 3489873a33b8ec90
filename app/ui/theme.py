"""Colours and keyboard focus: a dark palette that follows the system, and a visible focus ring.

`apply_theme(app)` reads the "ui/theme" preference (auto/light/dark). In "auto" it follows
`QStyleHints.colorScheme()` and keeps following it while the program runs. The dark look is Fusion
with a dark palette (native styles on Windows draw light controls whatever the palette says);
the light look is the platform's own style and palette, restored as they were at start.

`FocusRing` draws a 2-pixel ring in the highlight colour around the widget that has the keyboard
focus when it got there by keyboard (Tab, a shortcut), whatever the style draws by itself, so
someone working without a mouse always sees where they are.
"""

from __future__ import annotations

from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, qapp

_original: dict[str, object] = {}
_follower: SchemeFollower | None = None


def dark_palette() -> QtGui.QPalette:
    """A calm dark palette with enough contrast for text (WCAG AA for body text and disabled hints)."""
    P, G = QtGui.QPalette.ColorRole, QtGui.QPalette.ColorGroup
    colours = {
        P.Window: "#2b2d31",
        P.WindowText: "#e8e8ea",
        P.Base: "#1f2023",
        P.AlternateBase: "#27292d",
        P.ToolTipBase: "#3a3d43",
        P.ToolTipText: "#f0f0f0",
        P.PlaceholderText: "#9a9ca3",
        P.Text: "#e8e8ea",
        P.Button: "#35383e",
        P.ButtonText: "#e8e8ea",
        P.BrightText: "#ff6b6b",
        P.Light: "#4a4d54",
        P.Midlight: "#3e4147",
        P.Mid: "#2f3136",
        P.Dark: "#1b1c1f",
        P.Shadow: "#000000",
        P.Highlight: "#3d8fd6",
        P.HighlightedText: "#ffffff",
        P.Link: "#7ab8ff",
        P.LinkVisited: "#b89cff",
    }
    palette = QtGui.QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QtGui.QColor(colour))
    for role in (P.WindowText, P.Text, P.ButtonText):
        palette.setColor(G.Disabled, role, QtGui.QColor("#85878d"))
    palette.setColor(G.Disabled, P.Highlight, QtGui.QColor("#4a4d54"))
    if hasattr(P, "Accent"):
        palette.setColor(P.Accent, QtGui.QColor("#3d8fd6"))
    return palette


def system_is_dark(app: QtGui.QGuiApplication) -> bool:
    hints = app.styleHints()
    if hasattr(hints, "colorScheme"):  # Qt 6.5+
        return hints.colorScheme() == Qt.ColorScheme.Dark
    window = app.palette().color(QtGui.QPalette.ColorRole.Window)
    return window.lightness() < 128


def wants_dark(app: QtGui.QGuiApplication, choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return system_is_dark(app)


def _remember_original(app: QtWidgets.QApplication) -> None:
    if not _original:
        _original["style"] = app.style().name()
        _original["palette"] = QtGui.QPalette(app.palette())


def apply_colours(app: QtWidgets.QApplication, dark: bool) -> None:
    _remember_original(app)
    if dark:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif is_dark(app):  # back from dark: the platform's own look as it was at start
        if app.style().name().lower() != str(_original["style"]).lower():
            app.setStyle(str(_original["style"]))
        app.setPalette(_original["palette"])  # type: ignore[arg-type]
    app.setProperty("sarapshyDark", dark)


def is_dark(app: QtWidgets.QApplication) -> bool:
    return bool(app.property("sarapshyDark"))


class SchemeFollower(QtCore.QObject):
    """Re-applies the colours when the system switches between light and dark."""

    def __init__(self, app: QtWidgets.QApplication) -> None:
        super().__init__(app)
        self.app = app
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.refresh)

    def refresh(self, *_args) -> None:
        from app.ui.preferences import preference

        dark = wants_dark(self.app, str(preference("ui/theme")))
        if dark != is_dark(self.app) or not _original:
            apply_colours(self.app, dark)


def apply_theme(app: QtWidgets.QApplication) -> bool:
    """Apply the colour preference now and follow the system from now on; returns True when dark."""
    global _follower
    if _follower is None or _follower.app is not app:
        _follower = SchemeFollower(app)
    from app.ui.preferences import preference

    dark = wants_dark(app, str(preference("ui/theme")))
    apply_colours(app, dark)
    return dark


# --- focus -----------------------------------------------------------------------------------------
class FocusRing(QtWidgets.QWidget):
    """A ring drawn over the window around the focused widget, ignoring the mouse.

    It follows the focus through `QApplication.focusChanged` and tracks the one focused widget's
    moves and resizes with an event filter (no application-wide filter: that would cost a Python
    call per event while videos play). A focus that arrives with a mouse button down is not ringed.
    """

    WIDTH = 2

    def __init__(self, window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QtWidgets.QWidget | None = None
        self.hide()
        qapp().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
        if self.target is not None:
            try:
                self.target.removeEventFilter(self)
                self.target.destroyed.disconnect(self._target_gone)
            except (RuntimeError, TypeError):  # the widget was deleted meanwhile
                pass
        self.target = None
        window = self.parentWidget()
        if (
            new is None
            or new.window() is not window
            or new is self
            or QtGui.QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        ):
            self.hide()
            return
        self.target = new
        new.installEventFilter(self)
        new.destroyed.connect(self._target_gone)
        self.follow()

    def _target_gone(self, *_args) -> None:
        self.target = None
        self.hide()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind in (QtCore.QEvent.Type.Move, QtCore.QEvent.Type.Resize, QtCore.QEvent.Type.Show):
            QtCore.QTimer.singleShot(0, self.follow)
        elif kind == QtCore.QEvent.Type.Hide or kind == QtCore.QEvent.Type.MouseButtonPress:
            self.hide()
        return False

    def follow(self) -> None:
        target = self.target
        window = self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(window, QtCore.QPoint(0, 0))
        rect = QtCore.QRect(top_left, target.size()).adjusted(
            -self.WIDTH - 1, -self.WIDTH - 1, self.WIDTH + 1, self.WIDTH + 1
        )
        visible = self._visible_rect(target, window)
        self.setGeometry(
            rect.intersected(visible.adjusted(-self.WIDTH - 1, -self.WIDTH - 1, self.WIDTH + 1, self.WIDTH + 1))
        )
        self._ring = QtCore.QRect(rect.topLeft() - self.geometry().topLeft(), rect.size())
        self.show()
        self.raise_()
        self.update()

    @staticmethod
    def _visible_rect(target: QtWidgets.QWidget, window: QtWidgets.QWidget) -> QtCore.QRect:
        """The part of the window where `target` can be seen (inside scroll areas' viewports)."""
        rect = QtCore.QRect(QtCore.QPoint(0, 0), window.size())
        parent = target.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent.parentWidget(), QtWidgets.QAbstractScrollArea):
                rect = rect.intersected(QtCore.QRect(parent.mapTo(window, QtCore.QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        return rect

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        pen = QtGui.QPen(self.palette().color(QtGui.QPalette.ColorRole.Highlight), self.WIDTH)
        painter.setPen(pen)
        ring = getattr(self, "_ring", self.rect())
        half = self.WIDTH / 2
        painter.drawRoundedRect(QtCore.QRectF(ring).adjusted(half, half, -half, -half), 3, 3)
        painter.end()
