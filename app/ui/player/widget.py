"""The embedded video player: video area, controls, the entry's playlist, shortcuts, fullscreen.

The window connects it to storage: `position_for` (a callable media id → saved ms or None) is
asked when a video opens (and `duration_for`, media id → known length in ms or None, lets the
clock and playlist show lengths before the engine has read them), `position_saved(media_id, ms)` is
emitted as playback goes on, and
`played_interval(media_id, start_s, end_s)` reports every stretch really played (the viewing
record). `time_changed(media_id, seconds)` and `current_time()` let the sheet pin notes to the
video; `seek_to(media_id, seconds)` jumps back to a note.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.models.round import real_file_inside
from app.ui import theme
from app.ui.icons import icon
from app.ui.player.backend import BackendUnavailable, PlaybackState, PlayerBackend
from app.ui.player.choice import backend_problems, create_backend
from app.ui.player.playlist import PlaylistItem, format_time
from app.ui.qt import QT_TRANSLATE_NOOP, QImage, QKeySequence, QShortcut, Qt, QtCore, QtGui, QTimer, QtWidgets, Signal

log = logging.getLogger(__name__)

SKIP_MS = 10_000
VOLUME_STEP = 5
SPEEDS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
SAVE_EVERY_MS = 5_000
DEFAULT_VOLUME = 80
PLAYLIST_VISIBLE_ROWS = 5
SHORTCUT_CONTEXT = "PlayerShortcuts"
UNKNOWN_TIME = "–:––"  # a length the engine has not read yet


@dataclass(frozen=True)
class Shortcut:
    action: str  # PlayerWidget method called
    keys: tuple[str, ...]  # QKeySequence portable text
    description: str  # English; translate with translate(SHORTCUT_CONTEXT, description)


# The player's keyboard shortcuts, for the Help window too. They work while the player (or
# anything in it) has the focus, and in fullscreen.
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("toggle_play", ("Space", "K"), QT_TRANSLATE_NOOP("PlayerShortcuts", "Play or pause")),
    Shortcut("skip_back", ("Left", "J"), QT_TRANSLATE_NOOP("PlayerShortcuts", "Back 10 seconds")),
    Shortcut("skip_forward", ("Right", "L"), QT_TRANSLATE_NOOP("PlayerShortcuts", "Forward 10 seconds")),
    Shortcut("go_to_start", ("Home",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Go to the beginning")),
    Shortcut("slower", ("[",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Slower")),
    Shortcut("faster", ("]",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Faster")),
    Shortcut("normal_speed", ("=",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Normal speed")),
    Shortcut("volume_up", ("Up",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Louder")),
    Shortcut("volume_down", ("Down",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Quieter")),
    Shortcut("toggle_mute", ("M",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Sound off or on")),
    Shortcut("toggle_fullscreen", ("F", "F11"), QT_TRANSLATE_NOOP("PlayerShortcuts", "Full screen (Esc leaves it)")),
    Shortcut("previous_video", ("PgUp",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Previous video")),
    Shortcut("next_video", ("PgDown",), QT_TRANSLATE_NOOP("PlayerShortcuts", "Next video")),
)


def shortcut_table() -> list[tuple[str, str]]:
    """(keys as the user's system writes them, translated description) for the Help window."""
    rows = []
    for item in SHORTCUTS:
        keys = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in item.keys)
        rows.append((keys, QtCore.QCoreApplication.translate(SHORTCUT_CONTEXT, item.description)))
    return rows


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


class MessagePanel(QtWidgets.QWidget):
    """Shown in place of the video when it cannot play; may offer to open a link in the browser."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(theme.VIDEO_MESSAGE[0]))
        palette.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor(theme.VIDEO_MESSAGE[1]))
        self.setPalette(palette)
        self.label = QtWidgets.QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMargin(16)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.link_button = QtWidgets.QPushButton()
        self.link_button.hide()
        self.link_button.clicked.connect(self._open_link)
        self._link = ""
        layout = QtWidgets.QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_message(self, text: str, link: str = "", link_text: str = "", details: str = "") -> None:
        """`details` (why, technically) go to the tooltip, out of the expert's way."""
        self.label.setText(text)
        self.label.setToolTip(details)
        self._link = link
        self.link_button.setText(link_text)
        self.link_button.setVisible(bool(link))

    def _open_link(self) -> None:
        if self._link:
            QtGui.QDesktopServices.openUrl(QtCore.QUrl(self._link))


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


class PlayerWidget(QtWidgets.QWidget):
    current_media_changed = Signal(str)  # media id ('' when nothing is open)
    time_changed = Signal(str, float)  # media id, seconds
    position_saved = Signal(str, int)  # media id, ms: store it to resume later
    played_interval = Signal(str, float, float)  # media id, start s, end s: really played
    state_changed = Signal(str)  # a PlaybackState value
    fullscreen_changed = Signal(bool)

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        backend: PlayerBackend | None = None,
        position_for: Callable[[str], int | None] | None = None,
        duration_for: Callable[[str], int | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.position_for = position_for
        self.duration_for = duration_for
        self._items: list[PlaylistItem] = []
        self._current: PlaylistItem | None = None
        # What this widget learnt itself, per file (media ids repeat from one course to the next):
        self._positions: dict[str, int] = {}
        self._durations: dict[str, int] = {}
        self._last_saved_ms = 0
        self._volume = DEFAULT_VOLUME
        self._muted = False
        self._speed_index = SPEEDS.index(1.0)
        self._host: FullscreenHost | None = None
        self._message_kind = ""
        self._message_args: tuple[str, ...] = ()
        self._backend_problem = ""

        if backend is None:
            try:
                backend = create_backend(self)
            except BackendUnavailable as exc:
                self._backend_problem = str(exc)
        elif backend.parent() is None:
            backend.setParent(self)
        self.backend = backend
        self._build()
        self._connect_backend()
        self._install_shortcuts()
        self.retranslate_ui()
        self._update_controls()
        if self.backend is None:
            self._show_message("no_backend", self._backend_problem)

    # --- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        # The application's SVG icons follow the palette (readable on dark) and stay sharp on high DPI.
        self._icons = {
            k: icon(v)
            for k, v in {
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
            }.items()
        }

        self._body = QtWidgets.QWidget()
        self._body.setObjectName("playerBody")
        self._body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._stack = QtWidgets.QStackedWidget()
        self._stack.setMinimumSize(320, 180)
        self._stack.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
        if self.backend is not None:
            video = self.backend.video_widget()
            video.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            if hasattr(video, "double_clicked"):
                video.double_clicked.connect(self.toggle_fullscreen)
        else:
            video = QtWidgets.QWidget()
        self._video = video
        self._message = MessagePanel()
        self._stack.addWidget(video)
        self._stack.addWidget(self._message)

        self._time_label = QtWidgets.QLabel(format_time(0))
        self._duration_label = QtWidgets.QLabel(format_time(0))
        for label in (self._time_label, self._duration_label):
            label.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        self._seek = SeekSlider()
        self._seek.setRange(0, 0)
        self._seek.sliderMoved.connect(lambda v: self._time_label.setText(format_time(v)))
        self._seek.sliderReleased.connect(lambda: self.seek_ms(self._seek.value()))
        seek_row = QtWidgets.QHBoxLayout()
        seek_row.addWidget(self._time_label)
        seek_row.addWidget(self._seek, 1)
        seek_row.addWidget(self._duration_label)

        def button(icon_key: str, slot: Callable[[], None], text: str = "") -> QtWidgets.QToolButton:
            b = QtWidgets.QToolButton()
            b.setIcon(self._icons[icon_key])
            if text:
                b.setText(text)
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(slot)
            return b

        self._prev_button = button("prev", self.previous_video)
        self._play_button = button("play", self.toggle_play)
        self._play_button.setIconSize(QtCore.QSize(28, 28))
        self._next_button = button("next", self.next_video)
        self._back_button = button("back", self.skip_back, "10")
        self._forward_button = button("forward", self.skip_forward, "10")
        self._speed = QtWidgets.QComboBox()
        self._speed.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for speed in SPEEDS:
            self._speed.addItem(f"{speed:g}×", speed)
        self._speed.setCurrentIndex(self._speed_index)
        self._speed.currentIndexChanged.connect(self._set_speed_index)
        self._mute_button = button("sound", self.toggle_mute)
        self._volume_slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        self._volume_slider.setRange(0, 100)
        self._volume_slider.setValue(self._volume)
        self._volume_slider.setFixedWidth(90)
        self._volume_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._volume_slider.valueChanged.connect(self.set_volume)
        self._fullscreen_button = button("full", self.toggle_fullscreen)

        controls = QtWidgets.QHBoxLayout()
        for widget in (
            self._prev_button,
            self._play_button,
            self._next_button,
            self._back_button,
            self._forward_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        for control in (self._speed, self._mute_button, self._volume_slider, self._fullscreen_button):
            controls.addWidget(control)

        self._playlist = QtWidgets.QListWidget()
        self._playlist.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
        self._playlist.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._playlist.itemActivated.connect(lambda item: self._open_row(self._playlist.row(item), play=True))
        self._playlist.currentRowChanged.connect(self._playlist_row_changed)

        for row in (seek_row, controls):
            row.setContentsMargins(6, 0, 6, 0)
        body = QtWidgets.QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 4)
        body.setSpacing(4)
        body.addWidget(self._stack, 1)
        body.addLayout(seek_row)
        body.addLayout(controls)
        body.addWidget(self._playlist)

        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._body)

    def _connect_backend(self) -> None:
        b = self.backend
        if b is None:
            return
        b.position_changed.connect(self._on_position)
        b.duration_changed.connect(self._on_duration)
        b.state_changed.connect(self._on_state)
        b.error.connect(self._on_error)
        b.media_ended.connect(self._on_ended)
        b.played_interval.connect(self.played_interval)
        b.set_volume(self._volume)

    def _install_shortcuts(self) -> None:
        self._shortcuts: list[QShortcut] = []
        for item in SHORTCUTS:
            for key in item.keys:
                shortcut = QShortcut(QKeySequence(key), self._body)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(getattr(self, item.action))
                self._shortcuts.append(shortcut)

    # --- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        tips = {
            self._prev_button: self.tr("Previous video (PgUp)"),
            self._play_button: self.tr("Play or pause (Space)"),
            self._next_button: self.tr("Next video (PgDown)"),
            self._back_button: self.tr("Back 10 seconds (Left arrow)"),
            self._forward_button: self.tr("Forward 10 seconds (Right arrow)"),
            self._speed: self.tr("Playback speed ([ slower, ] faster)"),
            self._mute_button: self.tr("Sound off or on (M)"),
            self._volume_slider: self.tr("Volume (Up and Down arrows)"),
            self._fullscreen_button: self.tr("Full screen (F; Esc leaves it)"),
            self._seek: self.tr("Position in the video: click or drag"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
        self._back_button.setText(self.tr("10 s"))
        self._forward_button.setText(self.tr("10 s"))
        self._back_button.setAccessibleName(self.tr("Back 10 seconds"))
        self._forward_button.setAccessibleName(self.tr("Forward 10 seconds"))
        self._play_button.setAccessibleName(self.tr("Play or pause"))
        self._playlist.setAccessibleName(self.tr("Videos of this course"))
        for row, item in enumerate(self._items):
            self._playlist.item(row).setText(self._item_text(item))
        if self._message_kind:
            self._show_message(self._message_kind, *self._message_args)

    def _kind_text(self, kind: str) -> str:
        return {"promo": self.tr("Promo video"), "lecture": self.tr("Lecture")}.get(kind, self.tr("Video"))

    def _item_text(self, item: PlaylistItem) -> str:
        text = f"{self._kind_text(item.kind)}: {item.title}"
        duration = self._known_duration(item)
        if duration:
            text += f"  ({format_time(duration)})"
        if item.is_stream:
            text += "  " + self.tr("[online]")
        return text

    # --- playlist -----------------------------------------------------------------------------
    def close_media(self) -> None:
        """Save the position of the video showing and stop it (which reports its last played
        stretch), leaving the playlist as it is; the next `set_playlist` starts from nothing."""
        self.save_position()
        self._close_current()

    def set_playlist(self, items: Sequence[PlaylistItem], current: str | None = None) -> None:
        """Show these videos (e.g. `playlist_for_entry(...)`) and open `current` or the first."""
        self.close_media()
        self._items = list(items)
        self._playlist.blockSignals(True)
        self._playlist.clear()
        for item in self._items:
            row = QtWidgets.QListWidgetItem(self._item_text(item))
            row.setData(Qt.ItemDataRole.UserRole, item.media_id)
            row.setToolTip(item.source or "")
            self._playlist.addItem(row)
        self._playlist.blockSignals(False)
        self._fit_playlist_height()
        self._playlist.setVisible(len(self._items) > 1)
        if not self._items:
            self._current = None
            if self.backend is not None:
                self._show_message("empty")
            self.current_media_changed.emit("")
            self._update_controls()
            return
        ids = [i.media_id for i in self._items]
        self._open_row(ids.index(current) if current in ids else 0)

    def _fit_playlist_height(self) -> None:
        rows = min(max(len(self._items), 1), PLAYLIST_VISIBLE_ROWS)
        row_height = self._playlist.sizeHintForRow(0) if self._items else self.fontMetrics().height()
        self._playlist.setFixedHeight(rows * row_height + 2 * self._playlist.frameWidth() + 2)

    def playlist(self) -> list[PlaylistItem]:
        return list(self._items)

    def select(self, media_id: str, play: bool = False) -> bool:
        for row, item in enumerate(self._items):
            if item.media_id == media_id:
                self._open_row(row, play=play)
                return True
        return False

    def previous_video(self) -> None:
        row = self._current_row()
        if row > 0:
            self._open_row(row - 1)

    def next_video(self) -> None:
        row = self._current_row()
        if 0 <= row < len(self._items) - 1:
            self._open_row(row + 1)

    def _current_row(self) -> int:
        return self._items.index(self._current) if self._current in self._items else -1

    def _playlist_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._items) and self._items[row] is not self._current:
            self._open_row(row)

    def _open_row(self, row: int, play: bool = False) -> None:
        item = self._items[row]
        if item is not self._current:
            self.save_position()
            self._close_current()
            self._current = item
            self._playlist.blockSignals(True)
            self._playlist.setCurrentRow(row)
            self._playlist.blockSignals(False)
            self._open(item)
            self.current_media_changed.emit(item.media_id)
        if play:
            self.play()
        self._update_controls()

    def _open(self, item: PlaylistItem) -> None:
        self._last_saved_ms = self._resume_position(item)
        self._show_clock(self._last_saved_ms, self._known_duration(item))
        if self.backend is None:
            self._show_message("no_backend", self._backend_problem)
            return
        if item.source is None:
            self._show_message("no_source", item.title)
            return
        source = item.source
        if item.path is not None:
            if not Path(item.path).is_file():
                self._show_message("missing", str(item.path))
                return
            if item.root is not None:
                real = real_file_inside(item.root, item.path)
                if real is None:
                    self._show_message("outside", str(item.path))
                    return
                source = str(real)
        self._hide_message()
        self.backend.load(source, item.media_id, start_ms=self._last_saved_ms)

    def _close_current(self) -> None:
        # forget the current video first: stopping reports position 0, which must not be saved
        current, self._current = self._current, None
        if self.backend is not None and current is not None:
            self.backend.finish_run()
            self.backend.stop()

    @staticmethod
    def _file_key(item: PlaylistItem) -> str:
        return item.source or item.media_id

    def _known_duration(self, item: PlaylistItem) -> int:
        """The length in ms from this session or from storage; 0 when not known yet."""
        known = self._durations.get(self._file_key(item)) or (
            self.duration_for(item.media_id) if self.duration_for else None
        )
        return max(0, int(known or 0))

    def _show_clock(self, position_ms: int, duration_ms: int) -> None:
        """Time, length and seek bar; the bar can place the position only once the length is known."""
        self._time_label.setText(format_time(position_ms))
        self._duration_label.setText(format_time(duration_ms) if duration_ms else UNKNOWN_TIME)
        self._seek.setRange(0, duration_ms)
        self._seek.setValue(position_ms)

    def _resume_position(self, item: PlaylistItem) -> int:
        saved = self.position_for(item.media_id) if self.position_for else None
        if saved is None:
            saved = self._positions.get(self._file_key(item), 0)
        return max(0, int(saved or 0))

    # --- transport ----------------------------------------------------------------------------
    def _ready(self) -> bool:
        return self._ready_backend() is not None

    def _ready_backend(self) -> PlayerBackend | None:
        """The backend when a video is open and playable, else None."""
        if self._current is None or self._message_kind:
            return None
        return self.backend

    def play(self) -> None:
        if (backend := self._ready_backend()) is not None:
            backend.play()

    def pause(self) -> None:
        if (backend := self._ready_backend()) is not None:
            backend.pause()

    def toggle_play(self) -> None:
        if (backend := self._ready_backend()) is not None:
            backend.toggle()

    def seek_ms(self, ms: int) -> None:
        if (backend := self._ready_backend()) is not None:
            backend.seek(int(ms))

    def skip(self, delta_ms: int) -> None:
        if (backend := self._ready_backend()) is not None:
            backend.seek(backend.position() + int(delta_ms))

    def skip_back(self) -> None:
        self.skip(-SKIP_MS)

    def skip_forward(self) -> None:
        self.skip(SKIP_MS)

    def go_to_start(self) -> None:
        self.seek_ms(0)

    def seek_to(self, media_id: str, seconds: float) -> bool:
        """Open `media_id` if another video is showing, go to `seconds` and play from there."""
        if (self._current is None or self._current.media_id != media_id) and not self.select(media_id):
            return False
        backend = self._ready_backend()
        if backend is None:
            return False
        backend.seek(round(seconds * 1000))
        backend.play()
        return True

    def current_media_id(self) -> str:
        return self._current.media_id if self._current else ""

    def current_time(self) -> float:
        """Seconds into the current video (for pinning a note)."""
        backend = self._ready_backend()
        return backend.position() / 1000.0 if backend is not None else 0.0

    def state(self) -> PlaybackState:
        return self.backend.state() if self.backend is not None else PlaybackState.ERROR

    # --- speed and sound ----------------------------------------------------------------------
    def speed(self) -> float:
        return SPEEDS[self._speed_index]

    def set_speed(self, rate: float) -> None:
        nearest = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - rate))
        self._speed.setCurrentIndex(nearest)

    def slower(self) -> None:
        self._speed.setCurrentIndex(max(0, self._speed_index - 1))

    def faster(self) -> None:
        self._speed.setCurrentIndex(min(len(SPEEDS) - 1, self._speed_index + 1))

    def normal_speed(self) -> None:
        self.set_speed(1.0)

    def _set_speed_index(self, index: int) -> None:
        self._speed_index = index
        if self.backend is not None:
            self.backend.set_rate(SPEEDS[index])

    def volume(self) -> int:
        return self._volume

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        if self._volume_slider.value() != self._volume:
            self._volume_slider.setValue(self._volume)
        if self.backend is not None:
            self.backend.set_volume(self._volume)

    def volume_up(self) -> None:
        self.set_volume(self._volume + VOLUME_STEP)

    def volume_down(self) -> None:
        self.set_volume(self._volume - VOLUME_STEP)

    def is_muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._mute_button.setIcon(self._icons["muted" if muted else "sound"])
        if self.backend is not None:
            self.backend.set_muted(self._muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self._muted)

    # --- fullscreen ---------------------------------------------------------------------------
    def is_fullscreen(self) -> bool:
        return self._host is not None

    def set_fullscreen(self, on: bool) -> None:
        if on == self.is_fullscreen():
            return
        if on:
            self._host = FullscreenHost()
            self._host.exit_requested.connect(lambda: self.set_fullscreen(False))
            self._host.body_layout.addWidget(self._body)
            self._playlist.hide()
            # the screen the player is on; the explicit geometry also covers desktops without a
            # window manager honouring full-screen requests
            self._host.setGeometry((self.screen() or QtWidgets.QApplication.primaryScreen()).geometry())
            self._host.showFullScreen()
            self._host.raise_()
            self._host.activateWindow()
            self._body.setFocus()
        else:
            host, self._host = self._host, None
            if host is None:
                return  # is_fullscreen() said otherwise above
            self._layout.addWidget(self._body)
            self._body.show()  # addWidget shows a re-parented widget only later, from the event loop
            self._playlist.setVisible(len(self._items) > 1)
            host.hide()
            host.deleteLater()
            self.activateWindow()
            self._take_focus()
            # again once the window is active: activation can hand the focus to another widget
            QTimer.singleShot(0, self, self._take_focus)
        self._fullscreen_button.setIcon(self._icons["normal" if on else "full"])
        self.fullscreen_changed.emit(on)

    def _take_focus(self) -> None:
        if self._host is None:
            self._body.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.is_fullscreen())

    # --- backend events -----------------------------------------------------------------------
    def _on_position(self, ms: int) -> None:
        if not self._seek.isSliderDown():
            self._seek.setValue(ms)
            self._time_label.setText(format_time(ms))
        if self._current is not None:
            self.time_changed.emit(self._current.media_id, ms / 1000.0)
            playing = self.backend is not None and self.backend.state() == PlaybackState.PLAYING
            if playing and abs(ms - self._last_saved_ms) >= SAVE_EVERY_MS:
                self.save_position()

    def _on_duration(self, ms: int) -> None:
        if self.backend is None:  # arrived after shutdown()
            return
        if self._seek.isSliderDown():
            self._seek.setRange(0, ms)
            self._duration_label.setText(format_time(ms))
        else:  # a restored position waited for the length to be placed on the bar
            self._show_clock(self.backend.position(), ms)
        if self._current is not None:
            self._durations[self._file_key(self._current)] = ms
            row = self._current_row()
            self._playlist.item(row).setText(self._item_text(self._current))

    def _on_state(self, state: str) -> None:
        playing = state == PlaybackState.PLAYING.value
        self._play_button.setIcon(self._icons["pause" if playing else "play"])
        if state == PlaybackState.PAUSED.value:
            self.save_position()
        self.state_changed.emit(state)

    def _on_ended(self) -> None:
        if self._current is not None:
            self._positions[self._file_key(self._current)] = 0
            self._last_saved_ms = 0
            self.position_saved.emit(self._current.media_id, 0)  # start again next time

    def _on_error(self, detail: str) -> None:
        item = self._current
        if item is None:
            return
        if item.is_stream:
            self._show_message("stream", item.url or "", detail)
        else:
            self._show_message("undecodable", str(item.path or ""), detail)

    def save_position(self) -> None:
        """Emit `position_saved` for the current video (on pause, switch, close, every few s)."""
        backend, current = self._ready_backend(), self._current
        if backend is None or current is None or backend.state() == PlaybackState.ENDED:
            return
        ms = backend.position()
        self._positions[self._file_key(current)] = ms
        self._last_saved_ms = ms
        self.position_saved.emit(current.media_id, ms)

    # --- messages in the video area -----------------------------------------------------------
    def _show_message(self, kind: str, *args: str) -> None:
        self._message_kind, self._message_args = kind, args
        link, link_text, details = "", "", ""
        if kind == "missing":
            text = self.tr(
                "The video file is missing:\n%1\n\nCopy the round's media folder next to "
                "the round file, or ask the organiser for it."
            ).replace("%1", args[0])
        elif kind == "no_source":
            text = self.tr("The video “%1” has neither a file nor a link in the round file.").replace("%1", args[0])
        elif kind == "undecodable":
            text = self.tr(
                "This video cannot be played:\n%1\n\nThe file may be damaged or in a format "
                "the player does not know. Ask the organiser for another copy."
            ).replace("%1", args[0])
            details = self._details(args[1:])
        elif kind == "stream":
            text = self.tr(
                "The online video could not be opened:\n%1\n\nCheck the Internet "
                "connection, or open the link in a browser."
            ).replace("%1", args[0])
            link, link_text = args[0], self.tr("Open in browser")
        elif kind == "outside":
            text = self.tr(
                "This video is not played:\n%1\n\nIt is a link to a file outside the round's "
                "folder. Ask the organiser for a copy of the round with the video itself in "
                "its media folder."
            ).replace("%1", args[0])
        elif kind == "empty":
            text = self.tr("This course has no videos in the round file: judge it from its link.")
        else:  # no_backend
            text = self.tr(
                "No video player can run on this computer, so videos cannot be shown "
                "here. Install VLC media player (videolan.org) and restart Sarapshy; the "
                "rest of the program works as usual."
            )
            details = self._details([*backend_problems(), *args])
        self._message.show_message(text, link, link_text, details)
        self._stack.setCurrentWidget(self._message)
        self._update_controls()

    def _details(self, lines: Sequence[str]) -> str:
        lines = [line for line in lines if line]
        return self.tr("Details for the organiser:") + "\n" + "\n".join(lines) if lines else ""

    def _hide_message(self) -> None:
        self._message_kind, self._message_args = "", ()
        self._stack.setCurrentWidget(self._video)
        self._update_controls()

    def message_text(self) -> str:
        """The message shown instead of the video ('' while the video shows)."""
        return self._message.label.text() if self._message_kind else ""

    def _update_controls(self) -> None:
        ready = self._ready()
        for widget in (self._play_button, self._back_button, self._forward_button, self._seek, self._speed):
            widget.setEnabled(ready)
        row = self._current_row()
        self._prev_button.setEnabled(row > 0)
        self._next_button.setEnabled(0 <= row < len(self._items) - 1)
        self._prev_button.setVisible(len(self._items) > 1)
        self._next_button.setVisible(len(self._items) > 1)

    # --- snapshots and shutdown ---------------------------------------------------------------
    def snapshot(self, path: str | Path | None = None) -> QImage | None:
        backend = self._ready_backend()
        return backend.snapshot(path) if backend is not None else None

    def backend_name(self) -> str:
        return self.backend.name() if self.backend is not None else ""

    def shutdown(self) -> None:
        """Save the position and free the engine; call before the window closes."""
        self.save_position()
        if self._host is not None:
            self.set_fullscreen(False)
        if self.backend is not None:
            self.backend.release()
            self.backend = None
            self._backend_problem = "closed"

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
