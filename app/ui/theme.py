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

from collections.abc import Callable

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


# --- semantic colours ------------------------------------------------------------------------------
# The one place the interface's colours are written down. Each meaning has a colour for a light window
# and one for a dark window; `colour()` picks by the lightness of the palette's window colour, so the
# colours read on whatever palette is in force (the platform's own, or the dark one above). Text colours
# keep a WCAG contrast of at least 4.5 against the window, the base and their own background.
SEMANTIC: dict[str, tuple[str, str]] = {
    # text
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5a00", "#f0c060"),
    "ok": ("#1b7a2f", "#7fd48a"),
    "info": ("#1d4f86", "#8fc1ff"),
    "muted": ("#5f6368", "#a8aab0"),
    # backgrounds: a flagged cell, a banner
    "error_background": ("#fde7e7", "#4a2326"),
    "warning_background": ("#fff4d6", "#45381a"),
    "ok_background": ("#e3f4e3", "#1f3d24"),
    "info_background": ("#e3f0fb", "#1f3348"),
    "muted_background": ("#ececec", "#3a3c41"),
    # banner borders
    "error_border": ("#b3261e", "#c2554f"),
    "warning_border": ("#d9a400", "#a8840f"),
    "ok_border": ("#1b7a2f", "#3f8f4c"),
    "info_border": ("#2f6db5", "#4a7fba"),
}
TEXT_ROLES = ("error", "warning", "ok", "info", "muted")
# Series in charts (Tableau 10: tells ten series apart on light and dark backgrounds alike).
CHART_SERIES = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
# A heat map from the lowest to the highest value: (light end, dark end), the same on any palette.
HEAT_ENDS = ("#f7fbff", "#08519c")
# Things that are not part of the window's look: video is shown on black, a printed page is white.
VIDEO_BACKGROUND = "#000000"
VIDEO_MESSAGE = ("#202024", "#ebebeb")  # (background, text) of a message shown in place of a video
PAPER = "#ffffff"
PAPER_BORDER = "#999999"


def current_palette() -> QtGui.QPalette:
    return QtGui.QGuiApplication.palette()


def window_is_dark(palette: QtGui.QPalette | None = None) -> bool:
    palette = palette if palette is not None else current_palette()
    return palette.color(QtGui.QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, palette: QtGui.QPalette | None = None) -> QtGui.QColor:
    """The colour meaning `name` ("error", "warning_background", …) on `palette` (the application's)."""
    light, dark = SEMANTIC[name]
    return QtGui.QColor(dark if window_is_dark(palette) else light)


def css(name: str, palette: QtGui.QPalette | None = None) -> str:
    """`colour()` as "#rrggbb" for style sheets and rich text."""
    return colour(name, palette).name()


def brush(name: str, palette: QtGui.QPalette | None = None) -> QtGui.QBrush:
    return QtGui.QBrush(colour(name, palette))


def text_style(name: str, bold: bool = False) -> str:
    """A style sheet colouring a label's text with the meaning `name`."""
    return f"color: {css(name)}" + ("; font-weight: bold" if bold else "")


def banner_style(level: str, selector: str = "") -> str:
    """A style sheet for a message strip of `level` (error, warning, ok, info); `selector` scopes it."""
    level = level if f"{level}_background" in SEMANTIC else "error"
    box = f"background: {css(level + '_background')}; border: 1px solid {css(level + '_border')}; border-radius: 4px"
    if not selector:
        return f"{box}; color: {css(level)}; padding: 6px"
    return f"{selector} {{ {box}; }} {selector} QLabel {{ color: {css(level)}; }}"


def blend(start: QtGui.QColor, end: QtGui.QColor, share: float) -> QtGui.QColor:
    """The colour `share` of the way from `start` (0) to `end` (1)."""
    mix = lambda a, b: round(a + (b - a) * share)  # noqa: E731
    return QtGui.QColor(mix(start.red(), end.red()), mix(start.green(), end.green()), mix(start.blue(), end.blue()))


def heat(share: float) -> QtGui.QColor:
    """The heat-map colour of `share` (0 = the lowest value, 1 = the highest)."""
    light, dark = (QtGui.QColor(c) for c in HEAT_ENDS)
    return blend(light, dark, share)


def text_on(background: QtGui.QColor) -> QtGui.QColor:
    """Black or white, whichever reads on `background`."""
    return QtGui.QColor(PAPER if background.lightness() < 128 else "#000000")


def contrast(a: QtGui.QColor, b: QtGui.QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QtGui.QColor) -> float:
        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# --- style sheets that follow the palette --------------------------------------------------------
PALETTE_EVENTS = (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.ApplicationPaletteChange)


class PaletteFollower(QtCore.QObject):
    """Sets `style()` on its widget again whenever the palette changes (light ↔ dark, or the desktop's
    own palette), so a style sheet made of semantic colours is recoloured while the program runs."""

    def __init__(self, widget: QtWidgets.QWidget, style: Callable[[], str]) -> None:
        super().__init__(widget)
        self.setObjectName("paletteFollower")
        self.widget = widget
        self.style = style
        widget.installEventFilter(self)  # its own palette changed
        # A child widget with a style sheet keeps its own palette: it hears of the application's only here.
        app = QtCore.QCoreApplication.instance()
        if isinstance(app, QtGui.QGuiApplication) and hasattr(app, "paletteChanged"):
            app.paletteChanged.connect(self.restyle)

    def restyle(self, *_palette: object) -> None:
        wanted = self.style()
        if self.widget.styleSheet() != wanted:  # setting a style sheet may itself change the palette
            self.widget.setStyleSheet(wanted)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self.widget and event.type() in PALETTE_EVENTS:
            self.restyle()
        return False


def follow_palette(widget: QtWidgets.QWidget, style: Callable[[], str]) -> PaletteFollower:
    """Style `widget` with `style()` now and again on every palette change."""
    follower = PaletteFollower(widget, style)
    follower.restyle()
    return follower
