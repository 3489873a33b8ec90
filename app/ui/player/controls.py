"""The player's controls under the video: the time line with its clock, the transport buttons, speed,
sound and the full-screen button. The bar holds the speed, volume and mute settings and says when the
user changes them; what the buttons and the time line ask for goes out as signals."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.i18n import translate
from app.ui.icons import icon
from app.ui.player.playlist import format_time
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

VOLUME_STEP = 5
SPEEDS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
DEFAULT_VOLUME = 80
UNKNOWN_TIME = "–:––"  # a length the engine has not read yet
# The application's SVG icons follow the palette (readable on dark) and stay sharp on high DPI.
ICON_NAMES = {
    "play": "play",
    "pause": "pause",
    "prev": "previous",
    "next": "next",
    "back": "back",
    "forward": "forward",
    "sound": "volume",
    "muted": "muted",
    "full": "fullscreen",
    "normal": "fullscreen-exit",
}


class SeekSlider(QtWidgets.QSlider):
    """A slider that jumps to where it is clicked (instead of stepping a page)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            option = QtWidgets.QStyleOptionSlider()
            self.initStyleOption(option)
            groove = self.style().subControlRect(
                QtWidgets.QStyle.ComplexControl.CC_Slider, option, QtWidgets.QStyle.SubControl.SC_SliderGroove, self
            )
            handle = self.style().subControlRect(
                QtWidgets.QStyle.ComplexControl.CC_Slider, option, QtWidgets.QStyle.SubControl.SC_SliderHandle, self
            )
            if not handle.contains(event.position().toPoint()):
                x = int(event.position().x()) - groove.x() - handle.width() // 2
                span = groove.width() - handle.width()
                value = QtWidgets.QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), x, span)
                self.setValue(value)
                self.sliderMoved.emit(value)
                self.sliderReleased.emit()
                return
        super().mousePressEvent(event)


class ControlsBar(QtWidgets.QWidget):
    previous_clicked = Signal()
    play_clicked = Signal()
    next_clicked = Signal()
    back_clicked = Signal()
    forward_clicked = Signal()
    fullscreen_clicked = Signal()
    seek_requested = Signal(int)  # ms: the user let go of the time line there
    speed_changed = Signal(float)
    volume_changed = Signal(int)  # percent
    muted_changed = Signal(bool)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = {key: icon(name) for key, name in ICON_NAMES.items()}
        self._volume = DEFAULT_VOLUME
        self._muted = False
        self._speed_index = SPEEDS.index(1.0)

        self.time_label = QtWidgets.QLabel(format_time(0))
        self.duration_label = QtWidgets.QLabel(format_time(0))
        for label in (self.time_label, self.duration_label):
            label.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        self.seek = SeekSlider()
        self.seek.setRange(0, 0)
        self.seek.sliderMoved.connect(lambda v: self.time_label.setText(format_time(v)))
        self.seek.sliderReleased.connect(lambda: self.seek_requested.emit(self.seek.value()))
        seek_row = QtWidgets.QHBoxLayout()
        seek_row.addWidget(self.time_label)
        seek_row.addWidget(self.seek, 1)
        seek_row.addWidget(self.duration_label)

        self.prev_button = self._button("prev", self.previous_clicked.emit)
        self.play_button = self._button("play", self.play_clicked.emit)
        self.play_button.setIconSize(QtCore.QSize(28, 28))
        self.next_button = self._button("next", self.next_clicked.emit)
        self.back_button = self._button("back", self.back_clicked.emit, "10")
        self.forward_button = self._button("forward", self.forward_clicked.emit, "10")
        self.speed_box = QtWidgets.QComboBox()
        self.speed_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(self._speed_index)
        self.speed_box.currentIndexChanged.connect(self._speed_index_changed)
        self.mute_button = self._button("sound", self.toggle_mute)
        self.volume_slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(self._volume)
        self.volume_slider.setFixedWidth(90)
        self.volume_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume_slider.valueChanged.connect(self.set_volume)
        self.fullscreen_button = self._button("full", self.fullscreen_clicked.emit)

        buttons = QtWidgets.QHBoxLayout()
        for widget in (self.prev_button, self.play_button, self.next_button, self.back_button, self.forward_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for control in (self.speed_box, self.mute_button, self.volume_slider, self.fullscreen_button):
            buttons.addWidget(control)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for row in (seek_row, buttons):
            row.setContentsMargins(6, 0, 6, 0)
            layout.addLayout(row)

    def _button(self, icon_key: str, slot: Callable[[], None], text: str = "") -> QtWidgets.QToolButton:
        b = QtWidgets.QToolButton()
        b.setIcon(self._icons[icon_key])
        if text:
            b.setText(text)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.clicked.connect(lambda: slot())  # not `checked`
        return b

    def retranslate(self) -> None:
        tips = {
            self.prev_button: translate("PlayerWidget", "Previous video (PgUp)"),
            self.play_button: translate("PlayerWidget", "Play or pause (Space)"),
            self.next_button: translate("PlayerWidget", "Next video (PgDown)"),
            self.back_button: translate("PlayerWidget", "Back 10 seconds (Left arrow)"),
            self.forward_button: translate("PlayerWidget", "Forward 10 seconds (Right arrow)"),
            self.speed_box: translate("PlayerWidget", "Playback speed ([ slower, ] faster)"),
            self.mute_button: translate("PlayerWidget", "Sound off or on (M)"),
            self.volume_slider: translate("PlayerWidget", "Volume (Up and Down arrows)"),
            self.fullscreen_button: translate("PlayerWidget", "Full screen (F; Esc leaves it)"),
            self.seek: translate("PlayerWidget", "Position in the video: click or drag"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
        self.back_button.setText(translate("PlayerWidget", "10 s"))
        self.forward_button.setText(translate("PlayerWidget", "10 s"))
        self.back_button.setAccessibleName(translate("PlayerWidget", "Back 10 seconds"))
        self.forward_button.setAccessibleName(translate("PlayerWidget", "Forward 10 seconds"))
        self.play_button.setAccessibleName(translate("PlayerWidget", "Play or pause"))

    # --- what the player shows on the bar -----------------------------------------------------
    def show_clock(self, position_ms: int, duration_ms: int) -> None:
        """Time, length and time line; the line can place the position only once the length is known."""
        self.time_label.setText(format_time(position_ms))
        self.duration_label.setText(format_time(duration_ms) if duration_ms else UNKNOWN_TIME)
        self.seek.setRange(0, duration_ms)
        self.seek.setValue(position_ms)

    def show_position(self, ms: int) -> None:
        if not self.seek.isSliderDown():
            self.seek.setValue(ms)
            self.time_label.setText(format_time(ms))

    def show_length(self, position_ms: int, duration_ms: int) -> None:
        if self.seek.isSliderDown():
            self.seek.setRange(0, duration_ms)
            self.duration_label.setText(format_time(duration_ms))
        else:  # a restored position waited for the length to be placed on the line
            self.show_clock(position_ms, duration_ms)

    def show_playing(self, playing: bool) -> None:
        self.play_button.setIcon(self._icons["pause" if playing else "play"])

    def show_fullscreen(self, on: bool) -> None:
        self.fullscreen_button.setIcon(self._icons["normal" if on else "full"])

    def enable(self, ready: bool, row: int, count: int) -> None:
        """`ready`: a video is open and playable; `row` of `count` videos in the playlist (-1: none)."""
        for widget in (self.play_button, self.back_button, self.forward_button, self.seek, self.speed_box):
            widget.setEnabled(ready)
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < count - 1)
        self.prev_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)

    # --- speed --------------------------------------------------------------------------------
    def speed(self) -> float:
        return SPEEDS[self._speed_index]

    def set_speed(self, rate: float) -> None:
        nearest = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - rate))
        self.speed_box.setCurrentIndex(nearest)

    def slower(self) -> None:
        self.speed_box.setCurrentIndex(max(0, self._speed_index - 1))

    def faster(self) -> None:
        self.speed_box.setCurrentIndex(min(len(SPEEDS) - 1, self._speed_index + 1))

    def normal_speed(self) -> None:
        self.set_speed(1.0)

    def _speed_index_changed(self, index: int) -> None:
        self._speed_index = index
        self.speed_changed.emit(SPEEDS[index])

    # --- sound --------------------------------------------------------------------------------
    def volume(self) -> int:
        return self._volume

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        if self.volume_slider.value() != self._volume:
            self.volume_slider.setValue(self._volume)
        self.volume_changed.emit(self._volume)

    def volume_up(self) -> None:
        self.set_volume(self._volume + VOLUME_STEP)

    def volume_down(self) -> None:
        self.set_volume(self._volume - VOLUME_STEP)

    def is_muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self.mute_button.setIcon(self._icons["muted" if muted else "sound"])
        self.muted_changed.emit(self._muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self._muted)
