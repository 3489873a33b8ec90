"""A row of score cells (1 … 10) chosen by mouse or keyboard.

Keys: a digit picks that score (0 means 10), Left/Right (or Down/Up) step, Home/End pick the
lowest/highest, Delete or Backspace clears. Tab moves on like any other field.
"""

from __future__ import annotations

from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

CELL_MIN_WIDTH = 26
CELL_HEIGHT = 30


class ScoreSelector(QtWidgets.QWidget):
    """Emits `value_changed(value)` (an int, or None when cleared) only for the user's own changes."""

    value_changed = Signal(object)
    hovered = Signal(object)  # the score under the mouse (an int), or None when it leaves the cells

    def __init__(self, minimum: int = 1, maximum: int = 10, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum, self._maximum = minimum, maximum
        self._value: int | None = None
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    # --- value -----------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show a value without emitting (e.g. when loading an entry)."""
        if value is not None and not self._minimum <= value <= self._maximum:
            value = None
        if value != self._value:
            self._value = value
            self._update_accessible_value()
            self.update()

    def minimum(self) -> int:
        return self._minimum

    def maximum(self) -> int:
        return self._maximum

    def _choose(self, value: int | None) -> None:
        if not self.isEnabled():
            return
        if value is not None:
            value = max(self._minimum, min(self._maximum, value))
        if value != self._value:
            self.set_value(value)
            self.value_changed.emit(value)

    def _update_accessible_value(self) -> None:
        self.setAccessibleDescription("" if self._value is None else str(self._value))

    # --- geometry --------------------------------------------------------------------------------
    def _count(self) -> int:
        return self._maximum - self._minimum + 1

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(self._count() * (CELL_MIN_WIDTH + 8), CELL_HEIGHT + 4)

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(self._count() * CELL_MIN_WIDTH, CELL_HEIGHT + 4)

    def _cell_rect(self, index: int) -> QtCore.QRectF:
        width = (self.width() - 2) / self._count()
        return QtCore.QRectF(1 + index * width + 1, 2, width - 2, CELL_HEIGHT)

    def cell_center(self, value: int) -> QtCore.QPoint:
        """Where the cell of `value` is (tests click there)."""
        return self._cell_rect(value - self._minimum).center().toPoint()

    def _value_at(self, pos: QtCore.QPointF) -> int | None:
        for index in range(self._count()):
            if self._cell_rect(index).contains(pos):
                return self._minimum + index
        return None

    # --- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        enabled = self.isEnabled()
        group = QtGui.QPalette.ColorGroup.Active if enabled else QtGui.QPalette.ColorGroup.Disabled
        highlight = palette.color(group, QtGui.QPalette.ColorRole.Highlight)
        base = palette.color(group, QtGui.QPalette.ColorRole.Base)
        text = palette.color(group, QtGui.QPalette.ColorRole.Text)
        border = palette.color(group, QtGui.QPalette.ColorRole.Mid)
        chosen_text = palette.color(group, QtGui.QPalette.ColorRole.HighlightedText)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        for index in range(self._count()):
            value = self._minimum + index
            rect = self._cell_rect(index)
            chosen = self._value is not None and value <= self._value
            current = value == self._value
            fill = QtGui.QColor(highlight) if chosen else QtGui.QColor(base)
            if chosen and not current:
                fill.setAlpha(90)
            if not chosen and value == self._hover and enabled:
                fill = QtGui.QColor(highlight)
                fill.setAlpha(40)
            painter.setPen(QtGui.QPen(highlight if current else border, 2 if current else 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(chosen_text if current else text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        if self.hasFocus():
            pen = QtGui.QPen(highlight, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QtCore.QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    # --- input -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            value = self._value_at(event.position())
            if value is not None:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self._choose(value)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        hover = self._value_at(event.position())
        if hover != self._hover:
            self._hover = hover
            self.update()
            self.hovered.emit(hover)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.hovered.emit(None)
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier,):
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            value = 10 if digit == 0 else digit
            if self._minimum <= value <= self._maximum:
                self._choose(value)
            event.accept()
            return
        steps: dict[int, int] = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Plus: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_Minus: -1,
        }
        step = steps.get(key)
        if step is not None:
            if self._value is None:
                self._choose(self._minimum if step > 0 else self._maximum)
            else:
                self._choose(self._value + step)
            event.accept()
        elif key == Qt.Key.Key_Home:
            self._choose(self._minimum)
            event.accept()
        elif key == Qt.Key.Key_End:
            self._choose(self._maximum)
            event.accept()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.EnabledChange:
            self.update()
        super().changeEvent(event)
