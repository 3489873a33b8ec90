"""Typing as our users do: `QTest.keyClicks` only handles ASCII (it asserts on other characters),
and our users type Kazakh, so `type_text` sends real key events carrying the text, as the keyboard
layout or input method does."""

from __future__ import annotations

from app.ui.qt import QApplication, Qt, QtCore, QtGui, QtWidgets


def type_text(widget: QtWidgets.QWidget, text: str) -> None:
    for char in text:
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QtGui.QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
