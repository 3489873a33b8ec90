"""What the player plays: the engine, the video open in it, and what was learnt of each file.

`PlaybackSession` opens a playlist item in the engine (or says why it cannot: `problem`), drives it
(play, pause, seek), and turns the engine's events into what the player shows and the window stores:
the clock, the length, positions to resume from and the stretches really played.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.models.round_folder import real_file_inside
from app.ui.player.backend import BackendUnavailable, PlaybackState, PlayerBackend
from app.ui.player.choice import create_backend
from app.ui.player.playlist import PlaylistItem
from app.ui.qt import QImage, QObject, QtWidgets, Signal

SKIP_MS = 10_000
SAVE_EVERY_MS = 5_000


@dataclass(frozen=True)
class Problem:
    """Why the open video does not play: a kind the video area words (`message_for`) and its values."""

    kind: str
    args: tuple[str, ...] = ()


class PlaybackSession(QObject):
    clock_changed = Signal(int, int)  # position ms, length ms (0: not known yet) of a video just opened
    position_changed = Signal(int)  # ms
    duration_changed = Signal(int, int)  # position ms, length ms: the engine has read the length
    state_changed = Signal(str)  # a PlaybackState value
    problem_changed = Signal()  # `problem` was set or cleared
    time_changed = Signal(str, float)  # media id, seconds
    position_saved = Signal(str, int)  # media id, ms
    played_interval = Signal(str, float, float)  # media id, start s, end s

    def __init__(
        self,
        owner: QtWidgets.QWidget,
        backend: PlayerBackend | None = None,
        position_for: Callable[[str], int | None] | None = None,
        duration_for: Callable[[str], int | None] | None = None,
    ) -> None:
        """Without `backend`, the first engine that runs here, made a child of `owner`."""
        super().__init__(owner)
        self.position_for = position_for
        self.duration_for = duration_for
        self.current: PlaylistItem | None = None
        self.problem: Problem | None = None
        # What this session learnt itself, per file (media ids repeat from one course to the next):
        self._positions: dict[str, int] = {}
        self._durations: dict[str, int] = {}
        self._last_saved_ms = 0
        self._backend_problem = ""
        if backend is None:
            try:
                backend = create_backend(owner)
            except BackendUnavailable as exc:
                self._backend_problem = str(exc)
        elif backend.parent() is None:
            backend.setParent(owner)
        self.backend = backend

    def connect_backend(self, volume: int) -> None:
        b = self.backend
        if b is None:
            return
        b.position_changed.connect(self._on_position)
        b.duration_changed.connect(self._on_duration)
        b.state_changed.connect(self._on_state)
        b.error.connect(self._on_error)
        b.media_ended.connect(self._on_ended)
        b.played_interval.connect(self.played_interval)
        b.set_volume(volume)

    def show_problem(self, kind: str, *args: str) -> None:
        self.problem = Problem(kind, args)
        self.problem_changed.emit()

    def show_no_backend(self) -> None:
        self.show_problem("no_backend", self._backend_problem)

    # --- opening and closing ------------------------------------------------------------------
    def open(self, item: PlaylistItem) -> None:
        """Make `item` the current video (the one before is saved and closed) and load it."""
        self.save_position()
        self.close()
        self.current = item
        self._last_saved_ms = self._resume_position(item)
        self.clock_changed.emit(self._last_saved_ms, self.known_duration(item))
        if self.backend is None:
            self.show_no_backend()
            return
        if item.source is None:
            self.show_problem("no_source", item.title)
            return
        source = item.source
        if item.path is not None:
            if not Path(item.path).is_file():
                self.show_problem("missing", str(item.path))
                return
            if item.root is not None:
                real = real_file_inside(item.root, item.path)
                if real is None:
                    self.show_problem("outside", str(item.path))
                    return
                source = str(real)
        self.problem = None
        self.problem_changed.emit()
        self.backend.load(source, item.media_id, start_ms=self._last_saved_ms)

    def close(self) -> None:
        """Stop the current video, which reports its last played stretch; nothing is current after."""
        # forget the current video first: stopping reports position 0, which must not be saved
        current, self.current = self.current, None
        if self.backend is not None and current is not None:
            self.backend.finish_run()
            self.backend.stop()

    def release(self) -> None:
        """Free the engine; nothing plays any more."""
        if self.backend is not None:
            self.backend.release()
            self.backend = None
            self._backend_problem = "closed"

    @staticmethod
    def _file_key(item: PlaylistItem) -> str:
        return item.source or item.media_id

    def known_duration(self, item: PlaylistItem) -> int:
        """The length in ms from this session or from storage; 0 when not known yet."""
        known = self._durations.get(self._file_key(item)) or (
            self.duration_for(item.media_id) if self.duration_for else None
        )
        return max(0, int(known or 0))

    def _resume_position(self, item: PlaylistItem) -> int:
        saved = self.position_for(item.media_id) if self.position_for else None
        if saved is None:
            saved = self._positions.get(self._file_key(item), 0)
        return max(0, int(saved or 0))

    # --- transport ----------------------------------------------------------------------------
    def ready_backend(self) -> PlayerBackend | None:
        """The backend when a video is open and playable, else None."""
        if self.current is None or self.problem is not None:
            return None
        return self.backend

    def toggle_play(self) -> None:
        if (backend := self.ready_backend()) is not None:
            backend.toggle()

    def skip(self, delta_ms: int) -> None:
        if (backend := self.ready_backend()) is not None:
            backend.seek(backend.position() + int(delta_ms))

    def skip_back(self) -> None:
        self.skip(-SKIP_MS)

    def skip_forward(self) -> None:
        self.skip(SKIP_MS)

    def go_to_start(self) -> None:
        if (backend := self.ready_backend()) is not None:
            backend.seek(0)

    def current_time(self) -> float:
        """Seconds into the current video (for pinning a note)."""
        backend = self.ready_backend()
        return backend.position() / 1000.0 if backend is not None else 0.0

    def snapshot(self, path: str | Path | None = None) -> QImage | None:
        backend = self.ready_backend()
        return backend.snapshot(path) if backend is not None else None

    def save_position(self) -> None:
        """Emit `position_saved` for the current video (on pause, switch, close, every few s)."""
        backend, current = self.ready_backend(), self.current
        if backend is None or current is None or backend.state() == PlaybackState.ENDED:
            return
        ms = backend.position()
        self._positions[self._file_key(current)] = ms
        self._last_saved_ms = ms
        self.position_saved.emit(current.media_id, ms)

    # --- engine events ------------------------------------------------------------------------
    def _on_position(self, ms: int) -> None:
        self.position_changed.emit(ms)
        if self.current is not None:
            self.time_changed.emit(self.current.media_id, ms / 1000.0)
            playing = self.backend is not None and self.backend.state() == PlaybackState.PLAYING
            if playing and abs(ms - self._last_saved_ms) >= SAVE_EVERY_MS:
                self.save_position()

    def _on_duration(self, ms: int) -> None:
        if self.backend is None:  # arrived after release()
            return
        if self.current is not None:
            self._durations[self._file_key(self.current)] = ms
        self.duration_changed.emit(self.backend.position(), ms)

    def _on_state(self, state: str) -> None:
        if state == PlaybackState.PAUSED.value:
            self.save_position()
        self.state_changed.emit(state)

    def _on_ended(self) -> None:
        if self.current is not None:
            self._positions[self._file_key(self.current)] = 0
            self._last_saved_ms = 0
            self.position_saved.emit(self.current.media_id, 0)  # start again next time

    def _on_error(self, detail: str) -> None:
        item = self.current
        if item is None:
            return
        if item.is_stream:
            self.show_problem("stream", item.url or "", detail)
        else:
            self.show_problem("undecodable", str(item.path or ""), detail)
