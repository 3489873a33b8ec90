"""The one module every GUI file imports Qt through.

    from app.ui.qt import QtCore, QtGui, QtWidgets, Signal, Slot, Qt

Binding quirks are settled here once: PySide6 names (`Signal`, `Slot`, `Property`), `QAction` and
`QShortcut` living in QtGui, and QtMultimedia being optional (it may be missing from a trimmed
bundle; the player then says so instead of the program failing to start), and likewise QtPdf and
QtPrintSupport (printing then says so).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets
from PySide6.QtCore import Property, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

try:  # optional: absent from a bundle built without the multimedia add-on
    from PySide6 import QtMultimedia, QtMultimediaWidgets
except ImportError:  # pragma: no cover - depends on the installation
    QtMultimedia = None  # type: ignore[assignment]
    QtMultimediaWidgets = None  # type: ignore[assignment]

try:  # printing support, and QtPdf (in PySide6-Addons 6.11) which renders PDF pages to print them
    from PySide6 import QtPrintSupport
except ImportError:  # pragma: no cover - depends on the installation
    QtPrintSupport = None  # type: ignore[assignment]
try:
    from PySide6 import QtPdf
except ImportError:  # pragma: no cover - depends on the installation
    QtPdf = None  # type: ignore[assignment]

QT_VERSION: str = QtCore.qVersion()

# What Qt passes as an index to an item model's methods (rowCount, data, flags, ...): overrides take both.
ModelIndex = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def qapp() -> QApplication:
    """The running QApplication (there must be one)."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication has been created yet")
    return app  # type: ignore[return-value]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, the one lupdate looks for
    """Marks `text` for translation in `context` and returns it as it is (PySide6's own is typed as
    returning object, which would make every marked text an object to the type checker)."""
    return text


def platform_name() -> str:
    """Qt's windowing platform: 'xcb', 'wayland', 'windows', 'cocoa', 'offscreen', ..."""
    return QtGui.QGuiApplication.platformName()


__all__ = [
    "QT_TRANSLATE_NOOP",
    "QT_VERSION",
    "ModelIndex",
    "Property",
    "QAction",
    "QActionGroup",
    "QApplication",
    "QIcon",
    "QImage",
    "QKeySequence",
    "QObject",
    "QShortcut",
    "QThread",
    "QTimer",
    "Qt",
    "QtCore",
    "QtGui",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtPdf",
    "QtPrintSupport",
    "QtSvg",
    "QtWidgets",
    "Signal",
    "Slot",
    "platform_name",
    "qapp",
]
