"""The one module every GUI file imports Qt through.

    from app.ui.qt import QtCore, QtGui, QtWidgets, Signal, Slot, Qt

Binding quirks are settled here once: PySide6 names (`Signal`, `Slot`, `Property`), `QAction` and
`QShortcut` living in QtGui, and QtMultimedia being optional (it may be missing from a trimmed
bundle; the player then says so instead of the program failing to start).
"""
from __future__ import annotations

import ctypes
import sys

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Property, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

try:  # optional: absent from a bundle built without the multimedia add-on
    from PySide6 import QtMultimedia, QtMultimediaWidgets
except ImportError:  # pragma: no cover - depends on the installation
    QtMultimedia = None  # type: ignore[assignment]
    QtMultimediaWidgets = None  # type: ignore[assignment]

QT_VERSION: str = QtCore.qVersion()

# Far more references than a program can ever lose (2**48).
_BOOL_REFERENCE_RESERVE = 1 << 48


def guard_bool_refcounts() -> bool:
    """Work around a reference-counting bug of PySide6 6.12.0 (measured here).

    `SignalInstance.emit()` returns True, and a failed `disconnect()` returns False, without taking
    a reference: every emit from Python drops one reference to True; likewise every Qt call that
    returns nothing (`setText`, `update`, `processEvents`...) drops one reference to None. On CPython 3.11 True then
    reaches zero after a few thousand emits (minutes of video playback) and the interpreter aborts
    with "Fatal Python error: bool_dealloc". From CPython 3.12 True and False are immortal and
    nothing needs doing; on 3.11 we give them the same protection by reserving references up front.
    Returns True when the guard was applied.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for value in (True, False, None):
        refcount = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt opens every PyObject
        if refcount.value != sys.getrefcount(value) - 1:  # not the layout we expect: leave it
            return False
        refcount.value += _BOOL_REFERENCE_RESERVE
    return True


_BOOL_GUARD_APPLIED = guard_bool_refcounts()


def qapp() -> QApplication:
    """The running QApplication (there must be one)."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication has been created yet")
    return app  # type: ignore[return-value]


def platform_name() -> str:
    """Qt's windowing platform: 'xcb', 'wayland', 'windows', 'cocoa', 'offscreen', ..."""
    return QtGui.QGuiApplication.platformName()


__all__ = [
    "Property", "QAction", "QActionGroup", "QApplication", "QIcon", "QImage", "QKeySequence",
    "QObject", "QShortcut", "QT_VERSION", "QThread", "QTimer", "Qt", "QtCore", "QtGui",
    "QtMultimedia", "QtMultimediaWidgets", "QtWidgets", "Signal", "Slot", "platform_name", "qapp",
]
