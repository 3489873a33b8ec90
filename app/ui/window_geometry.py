"""The main window's size and place: kept between starts, and never larger than the screen it is on."""

from __future__ import annotations

from app.ui.qt import Qt, QtCore, QtGui, QtWidgets
from app.ui.widgets.settings import app_settings

GEOMETRY_KEY = "ui/geometry"
DEFAULT_WINDOW_SIZE = (1500, 920)  # on a first start, where the screen has room for it


def restore_geometry(window: QtWidgets.QWidget) -> None:
    geometry = app_settings().value(GEOMETRY_KEY)
    if isinstance(geometry, QtCore.QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_WINDOW_SIZE)
    fit_to_screen(window)


def fit_to_screen(window: QtWidgets.QWidget) -> None:
    """On a screen smaller than the window (a 1366×768 laptop, or a size saved on a larger monitor)
    the window fills the screen instead of running off its edges."""
    screen = window.screen() or QtGui.QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    if window.width() <= available.width() and window.height() <= available.height():
        return
    window.resize(min(window.width(), available.width()), min(window.height(), available.height()))
    window.move(available.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_geometry(window: QtWidgets.QWidget) -> None:
    settings = app_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()
