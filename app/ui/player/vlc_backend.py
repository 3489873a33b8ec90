"""libvlc through python-vlc, drawing into a native child window of ours.

libvlc is optional (vlc_library.py): when it cannot be loaded the player falls back to
QtMultimedia. Events arrive on libvlc's own threads;
their handlers only emit a Qt signal (queued to the UI thread) and never call back into libvlc.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from app.ui import theme
from app.ui.player.backend import WINDOW_SYSTEM, BackendUnavailable, PlaybackState, PlayerBackend
from app.ui.player.vlc_library import emitter, idle_players, libvlc_version, live_players, load_libvlc, vlc_module
from app.ui.player.vlc_paused_seek import PausedSeek
from app.ui.qt import QImage, QObject, Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, platform_name

log = logging.getLogger(__name__)

POLL_MS = 200
PARSE_TIMEOUT_MS = 5000
# Platforms where libvlc can draw into a window of ours.
EMBEDDABLE_PLATFORMS = ("xcb", "windows", "cocoa")


class VlcSurface(QtWidgets.QWidget):
    """A native window libvlc draws into; black when nothing plays."""

    native_window_changed = Signal()
    double_clicked = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(theme.VIDEO_BACKGROUND))
        self.setPalette(palette)
        self.setMinimumSize(160, 90)

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.WinIdChange:
            self.native_window_changed.emit()
        return super().event(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        QtGui.QPainter(self).fillRect(event.rect(), QtGui.QColor(theme.VIDEO_BACKGROUND))

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        self.double_clicked.emit()


class _EventBridge(QObject):
    """Lives on the UI thread; libvlc threads only emit its signals (delivered queued)."""

    state = Signal(str)
    length = Signal(int)
    time = Signal(int)
    vout = Signal(int)
    parsed = Signal(int)  # the number of the media whose headers libvlc has read


class VlcBackend(PlayerBackend):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if platform_name() not in EMBEDDABLE_PLATFORMS:
            raise BackendUnavailable(f"libvlc cannot draw into a {platform_name()!r} window", WINDOW_SYSTEM)
        self._instance = load_libvlc()
        vlc = vlc_module()
        self._vlc = vlc
        self._player = idle_players.pop() if idle_players else self._instance.media_player_new()
        self._player.video_set_mouse_input(False)  # clicks reach our widget, not libvlc
        self._player.video_set_key_input(False)
        # Without this, Qt gives the surface's siblings native windows too; after the player's body
        # has moved into the full-screen window and back, X then reports libvlc's window as fully
        # obscured, and libvlc stops drawing: a black picture while the time runs.
        QtCore.QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontCreateNativeWidgetSiblings)
        self._surface = VlcSurface()
        self._surface.native_window_changed.connect(self._attach)
        self._bridge = _EventBridge(self)
        self._bridge.state.connect(self._on_state)
        self._bridge.length.connect(self._set_duration)
        self._bridge.time.connect(self._on_time)
        self._saw_video = False
        self._bridge.vout.connect(self._on_vout)
        self._bridge.parsed.connect(self._on_parsed)
        self._media_number = 0
        self._reading: tuple[Any, Any] | None = None  # (media, its event manager) being read
        E = vlc.EventType
        bridge = self._bridge
        self._handlers = {  # kept referenced: libvlc holds only raw pointers to them
            E.MediaPlayerOpening: emitter(bridge.state, lambda e: "opening"),
            E.MediaPlayerPlaying: emitter(bridge.state, lambda e: "playing"),
            E.MediaPlayerPaused: emitter(bridge.state, lambda e: "paused"),
            E.MediaPlayerStopped: emitter(bridge.state, lambda e: "stopped"),
            E.MediaPlayerEndReached: emitter(bridge.state, lambda e: "ended"),
            E.MediaPlayerEncounteredError: emitter(bridge.state, lambda e: "error"),
            E.MediaPlayerLengthChanged: emitter(bridge.length, lambda e: int(e.u.new_length)),
            E.MediaPlayerTimeChanged: emitter(bridge.time, lambda e: int(e.u.new_time)),
            E.MediaPlayerVout: emitter(bridge.vout, lambda e: 1),
        }
        events = self._player.event_manager()
        for kind, handler in self._handlers.items():
            events.event_attach(kind, handler)
        live_players.add(self)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_time)
        self._volume = 100
        self._muted = False
        self._pause_when_playing = False
        self._pausing = False
        self._paused_seek = PausedSeek(self._player, self._apply_sound, self)

    def name(self) -> str:
        return f"VLC {libvlc_version()}"

    def video_widget(self) -> QtWidgets.QWidget:
        return self._surface

    def _attach(self) -> None:
        handle = int(self._surface.winId())
        platform = platform_name()
        if platform == "xcb":
            self._player.set_xwindow(handle)
        elif platform == "windows":
            self._player.set_hwnd(handle)
        elif platform == "cocoa":
            self._player.set_nsobject(handle)

    def _open(self, source: str) -> None:
        self._attach()
        self._saw_video = False
        self._pause_when_playing = self._pausing = False
        self._paused_seek.cancel()
        media = self._instance.media_new(source) if "://" in source else self._instance.media_new_path(source)
        self._player.set_media(media)
        self._stop_reading()
        if "://" in source:
            media.release()
        else:
            self._read_length(media)
        self._set_state(PlaybackState.STOPPED)

    def _read_length(self, media: Any) -> None:
        """Have libvlc read the file's headers now: without it the length is known only once
        playback starts, and a restored position cannot be shown on the seek bar before."""
        self._media_number += 1
        events = media.event_manager()
        events.event_attach(
            self._vlc.EventType.MediaParsedChanged, emitter(self._bridge.parsed, lambda e, n=self._media_number: n)
        )
        self._reading = (media, events)  # both kept alive while libvlc may call back
        media.parse_with_options(self._vlc.MediaParseFlag.local, PARSE_TIMEOUT_MS)

    def _stop_reading(self) -> None:
        if self._reading is None:
            return
        media, events = self._reading
        self._reading = None
        events.event_detach(self._vlc.EventType.MediaParsedChanged)  # no callback runs after this
        media.parse_stop()
        media.release()

    def _on_parsed(self, number: int) -> None:
        if self._reading is not None and number == self._media_number:
            self._set_duration(int(self._reading[0].get_duration()))

    def play(self) -> None:
        if self._player.get_media() is None:
            return
        if self._paused_seek.busy() and self._state == PlaybackState.PAUSED:
            self._paused_seek.cancel()
            self._player.set_pause(0)  # libvlc may already be playing for the seek: then no event
            self._set_state(PlaybackState.PLAYING)
            self._poll.start()
            return
        if self._state in (PlaybackState.ENDED, PlaybackState.ERROR):
            self._player.stop()  # libvlc will not restart an ended media otherwise
            self._saw_video = False
        self._attach()
        self._pause_when_playing = self._pausing = False
        if self._state != PlaybackState.PLAYING:
            if self._state == PlaybackState.STOPPED:
                self._set_state(PlaybackState.LOADING)
            self._player.play()
        self._poll.start()

    def pause(self) -> None:
        if self._state == PlaybackState.PLAYING:
            self._pausing = True
            self._player.set_pause(1)
        elif self._state == PlaybackState.LOADING:
            self._pause_when_playing = True  # libvlc ignores a pause before it plays

    def stop(self) -> None:
        self._paused_seek.cancel()
        self._player.stop()
        self._poll.stop()

    def _seek(self, ms: int) -> None:
        if self._state == PlaybackState.ENDED or self._pausing:
            # a seek while libvlc is still pausing moves the clock but leaves the old picture:
            # done once the pause has landed (see PlayerBackend._set_state)
            self._pending_seek_ms = ms
            return
        if self._state == PlaybackState.PAUSED:
            self._paused_seek.start(ms)
        else:
            self._player.set_time(int(ms))

    def set_rate(self, rate: float) -> None:
        self._player.set_rate(float(rate))

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        self._player.audio_set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if not self._paused_seek.busy():
            self._apply_sound()

    def _apply_sound(self) -> None:
        self._player.audio_set_volume(self._volume)
        self._player.audio_set_mute(self._muted)

    def has_video(self) -> bool:
        return self._saw_video or bool(self._player.has_vout())

    def snapshot(self, path: str | Path | None = None) -> QImage | None:
        if not self._player.has_vout():
            return None
        target = Path(path) if path else Path(tempfile.mkstemp(suffix=".png", prefix="sarapshy-")[1])
        try:
            if self._player.video_take_snapshot(0, str(target), 0, 0) != 0 or not target.exists():
                return None
            image = QImage(str(target))
            return None if image.isNull() else image
        finally:
            if path is None:
                target.unlink(missing_ok=True)

    def release(self) -> None:
        if self not in live_players:
            return
        super().release()
        live_players.discard(self)
        self._poll.stop()
        self._paused_seek.cancel()
        self._player.stop()
        events = self._player.event_manager()
        for kind in self._handlers:
            events.event_detach(kind)
        self._player.set_media(None)
        self._stop_reading()
        idle_players.append(self._player)

    # --- events, on the UI thread -------------------------------------------------------------
    def _on_vout(self, _: int) -> None:
        if self._player.has_vout():
            self._saw_video = True

    def _on_time(self, ms: int) -> None:
        if not self._paused_seek.busy():  # the seek's own clock is not the user's position
            self._set_position(ms)

    def _poll_time(self) -> None:
        if self._state == PlaybackState.PLAYING:
            self._set_position(int(self._player.get_time()))
            self._set_duration(int(self._player.get_length()))

    def _on_state(self, what: str) -> None:
        if what == "opening":
            self._set_state(PlaybackState.LOADING)
        elif what == "playing":
            if self._paused_seek.busy():
                return
            if self._pause_when_playing:
                self._pause_when_playing = False
                self._pausing = True
                self._player.set_pause(1)
            self._apply_sound()
            self._set_duration(int(self._player.get_length()))
            self._set_state(PlaybackState.PLAYING)
        elif what == "paused":
            self._paused_seek.paused()
            self._pausing = False
            self._set_state(PlaybackState.PAUSED)
        elif what == "stopped":
            self._poll.stop()
            if self._state not in (PlaybackState.ENDED, PlaybackState.ERROR):
                self._set_state(PlaybackState.STOPPED)
        elif what == "ended":
            waiting_seek = self._paused_seek.cancel()  # a paused seek so near the end ran past it
            self._poll.stop()
            if not self._saw_video and self._player.get_length() <= 0:
                self._fail("no video could be decoded from this file")
                return
            if self._duration_ms:
                self._set_position(self._duration_ms)
            self._set_state(PlaybackState.ENDED)
            self.media_ended.emit()
            if waiting_seek is not None:
                self.seek(waiting_seek)  # kept for the next play, as any seek after the end
        elif what == "error":
            self._paused_seek.cancel()
            self._poll.stop()
            self._fail("the video could not be opened or decoded")

    def _fail(self, message: str) -> None:
        self._set_state(PlaybackState.ERROR)
        self.error.emit(message)
