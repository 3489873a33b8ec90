"""What the player widget needs from a media engine, whichever one runs underneath.

A backend is a QObject that owns a video widget and re-emits the engine's events as its own
signals, always on the UI thread. It also records which stretches of each video were really
played (`played_interval`), for the viewing record of the evaluation sheet.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from app.ui.qt import QImage, QObject, QtWidgets, Signal

# A jump of the clock larger than this (while playing) is a seek, not playback.
CONTINUOUS_GAP_MS = 3000
# A long uninterrupted run is reported in pieces of this length, so little is lost on a crash.
INTERVAL_FLUSH_MS = 10_000


class PlaybackState(str, Enum):
    STOPPED = "stopped"  # nothing loaded, or stopped
    LOADING = "loading"  # opening / buffering
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"
    ERROR = "error"


# Why an engine cannot run (BackendUnavailable.kind).
NOT_INSTALLED = "not_installed"  # its library is missing or does not load
CANNOT_START = "cannot_start"  # it loads but does not start
WINDOW_SYSTEM = "window_system"  # it cannot draw into windows of this desktop


class BackendUnavailable(RuntimeError):
    """The media engine cannot run on this machine (library missing, no video output...).

    The text is a technical detail (English, for logs and support); `kind` says which of
    the kinds above it is, so the user reads a translated reason instead.
    """

    def __init__(self, detail: str, kind: str = "") -> None:
        super().__init__(detail)
        self.kind = kind


class PlayerBackend(QObject):
    position_changed = Signal(int)  # ms
    duration_changed = Signal(int)  # ms
    state_changed = Signal(str)  # a PlaybackState value
    error = Signal(str)  # a message for the user (English; the widget translates kinds)
    media_ended = Signal()
    played_interval = Signal(str, float, float)  # media id, start s, end s

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.media_id = ""
        self.source = ""
        self._state = PlaybackState.STOPPED
        self._position_ms = 0
        self._duration_ms = 0
        self._pending_seek_ms: int | None = None
        self._run_start_ms: int | None = None
        self._run_last_ms = 0

    # --- what every engine implements ---------------------------------------------------------
    def name(self) -> str:
        raise NotImplementedError

    def video_widget(self) -> QtWidgets.QWidget:
        raise NotImplementedError

    def _open(self, source: str) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _seek(self, ms: int) -> None:
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        raise NotImplementedError

    def set_volume(self, percent: int) -> None:
        raise NotImplementedError

    def set_muted(self, muted: bool) -> None:
        raise NotImplementedError

    def snapshot(self, path: str | Path | None = None) -> QImage | None:
        """The frame on screen as an image (also written to `path` if given); None without video."""
        raise NotImplementedError

    def has_video(self) -> bool:
        """True once a video frame has been produced (proof of playback, unlike the state)."""
        raise NotImplementedError

    def release(self) -> None:
        """Free the engine; the backend is unusable afterwards."""
        self._close_run()

    # --- shared behaviour ---------------------------------------------------------------------
    def load(self, source: str | Path, media_id: str = "", start_ms: int = 0) -> None:
        """Open a file path or an http(s) URL; playback starts with `play()`."""
        self._close_run()
        self.media_id = media_id
        self.source = str(source)
        self._position_ms = max(0, start_ms)
        self._duration_ms = 0
        self._pending_seek_ms = start_ms if start_ms > 0 else None
        self._open(self.source)

    def finish_run(self) -> None:
        """Report the stretch played so far now, under the media open now (an engine may report
        its stop later, when another video is already loaded)."""
        self._close_run()

    def toggle(self) -> None:
        if self._state == PlaybackState.PLAYING:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        ms = max(0, int(ms))
        if self._duration_ms:
            ms = min(ms, self._duration_ms)
        self._close_run()
        self._position_ms = ms
        if self._state in (PlaybackState.PLAYING, PlaybackState.PAUSED):
            self._seek(ms)
        else:
            self._pending_seek_ms = ms  # applied once the engine can seek
        self.position_changed.emit(ms)

    def state(self) -> PlaybackState:
        return self._state

    def position(self) -> int:
        return self._position_ms

    def duration(self) -> int:
        return self._duration_ms

    # --- for the engines ----------------------------------------------------------------------
    def _set_state(self, state: PlaybackState) -> None:
        if state == self._state:
            return
        if state != PlaybackState.PLAYING:
            self._close_run()
        self._state = state
        if state in (PlaybackState.PLAYING, PlaybackState.PAUSED) and self._pending_seek_ms is not None:
            ms, self._pending_seek_ms = self._pending_seek_ms, None
            self._seek(ms)
            self._position_ms = ms
        self.state_changed.emit(state.value)

    def _set_duration(self, ms: int) -> None:
        if ms > 0 and ms != self._duration_ms:
            self._duration_ms = ms
            self.duration_changed.emit(ms)

    def _set_position(self, ms: int) -> None:
        if ms < 0 or self._pending_seek_ms is not None:
            return
        self._track(ms)
        if ms != self._position_ms:
            self._position_ms = ms
            self.position_changed.emit(ms)

    def _track(self, ms: int) -> None:
        if self._state != PlaybackState.PLAYING:
            self._run_last_ms = ms
            return
        if self._run_start_ms is None:
            self._run_start_ms = ms
        elif not 0 <= ms - self._run_last_ms <= CONTINUOUS_GAP_MS:
            self._close_run()
            self._run_start_ms = ms
        self._run_last_ms = ms
        if ms - self._run_start_ms >= INTERVAL_FLUSH_MS:
            self._close_run()
            self._run_start_ms = ms

    def _close_run(self) -> None:
        start, end = self._run_start_ms, self._run_last_ms
        self._run_start_ms = None
        if start is not None and end > start and self.media_id:
            self.played_interval.emit(self.media_id, start / 1000.0, end / 1000.0)
