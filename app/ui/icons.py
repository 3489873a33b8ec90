"""Sarapshy's own icons: line drawings in `resources/icons/*.svg`, sharp at any size and scale.

    from app.ui.icons import icon
    button.setIcon(icon("play"))

The drawings use `currentColor`; each icon is painted in the text colour of the palette in force
when it is drawn (so the same icon reads on the light and the dark palette), and in the palette's
disabled text colour for a disabled button. Rendering happens at the requested device-pixel size,
so on a 200 % screen the icon is drawn from the vector, not scaled up from a small bitmap.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.paths import resources_dir
from app.ui.qt import QtCore, QtGui, QtSvg, QtWidgets

APP_ICON = "sarapshy"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_names() -> list[str]:
    """Every icon that can be asked for by name (the application icon included)."""
    return sorted(p.stem for p in icons_dir().glob("*.svg"))


@cache
def _svg_source(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    if not path.exists():
        raise KeyError(f"no icon named {name!r} in {icons_dir()} (known: {', '.join(icon_names())})")
    return path.read_text(encoding="utf-8")


def _colour_for(mode: QtGui.QIcon.Mode, colour: QtGui.QColor | None) -> QtGui.QColor:
    if colour is not None and mode != QtGui.QIcon.Mode.Disabled:
        return colour
    palette = QtWidgets.QApplication.palette() if QtWidgets.QApplication.instance() else QtGui.QPalette()
    group = (
        QtGui.QPalette.ColorGroup.Disabled if mode == QtGui.QIcon.Mode.Disabled else QtGui.QPalette.ColorGroup.Active
    )
    role = (
        QtGui.QPalette.ColorRole.HighlightedText
        if mode == QtGui.QIcon.Mode.Selected
        else QtGui.QPalette.ColorRole.ButtonText
    )
    return palette.color(group, role)


def render_svg(name: str, size: QtCore.QSize, colour: QtGui.QColor) -> QtGui.QImage:
    """The named drawing painted in `colour` onto a transparent image of `size` device pixels."""
    source = _svg_source(name).replace("currentColor", colour.name())
    renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(source.encode("utf-8")))
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QtCore.QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


class SvgIconEngine(QtGui.QIconEngine):
    """Paints one drawing at whatever size and mode Qt asks for."""

    def __init__(self, name: str, colour: QtGui.QColor | None = None) -> None:
        super().__init__()
        _svg_source(name)  # fail now, with the list of names, rather than paint nothing later
        self.name = name
        self.colour = colour

    def paint(
        self, painter: QtGui.QPainter, rect: QtCore.QRect, mode: QtGui.QIcon.Mode, state: QtGui.QIcon.State
    ) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixels = QtCore.QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        image = render_svg(self.name, pixels, _colour_for(mode, self.colour))
        painter.drawImage(QtCore.QRectF(rect), image)

    def pixmap(self, size: QtCore.QSize, mode: QtGui.QIcon.Mode, state: QtGui.QIcon.State) -> QtGui.QPixmap:
        return QtGui.QPixmap.fromImage(render_svg(self.name, size, _colour_for(mode, self.colour)))

    def scaledPixmap(
        self, size: QtCore.QSize, mode: QtGui.QIcon.Mode, state: QtGui.QIcon.State, scale: float
    ) -> QtGui.QPixmap:
        pixels = QtCore.QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QtGui.QPixmap.fromImage(render_svg(self.name, pixels, _colour_for(mode, self.colour)))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QtCore.QSize, mode: QtGui.QIcon.Mode, state: QtGui.QIcon.State) -> QtCore.QSize:
        return size

    def clone(self) -> SvgIconEngine:
        return SvgIconEngine(self.name, self.colour)

    def key(self) -> str:
        return "SarapshySvg"


def icon(name: str, colour: QtGui.QColor | str | None = None) -> QtGui.QIcon:
    """The named icon (see `icon_names()`); `colour` fixes its colour, else the palette decides.

    The application icon keeps its own colours."""
    if name == APP_ICON:
        return QtGui.QIcon(str(icons_dir() / f"{APP_ICON}.svg"))
    fixed = QtGui.QColor(colour) if colour is not None else None
    return QtGui.QIcon(SvgIconEngine(name, fixed))
