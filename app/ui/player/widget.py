"""The embedded video player: video area, controls, the entry's playlist, shortcuts, full screen.

The window connects it to storage: `position_for` (a callable media id → saved ms or None) is
asked when a video opens (and `duration_for`, media id → known length in ms or None, lets the
clock and playlist show lengths before the engine has read them; both are kept by `session`),
`position_saved(media_id, ms)` is emitted as playback goes on, and
`played_interval(media_id, start_s, end_s)` reports every stretch really played (the viewing
record). `time_changed(media_id, seconds)` and `current_time()` let the sheet pin notes to the
video; `seek_to(media_id, seconds)` jumps back to a note.

The widget composes its parts: `session` (the engine and the open video, session.py), `video_area`,
`controls` (controls.py), `playlist_view`, `navigator` (which video is open, navigation.py) and
`fullscreen` (fullscreen.py). Tests and callers that only need a part use the part itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ui.player.backend import PlaybackState, PlayerBackend
from app.ui.player.controls import ControlsBar
from app.ui.player.fullscreen import FullscreenSwitch
from app.ui.player.navigation import PlaylistNavigator
from app.ui.player.playlist import PlaylistItem
from app.ui.player.playlist_view import PlaylistView
from app.ui.player.session import PlaybackSession
from app.ui.player.shortcuts import bind_shortcuts
from app.ui.player.video_area import VideoArea
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal


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
        self.session = session = PlaybackSession(self, backend, position_for, duration_for)

        self._body = QtWidgets.QWidget()
        self._body.setObjectName("playerBody")
        self._body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        video = session.backend.video_widget() if session.backend is not None else QtWidgets.QWidget()
        self.video_area = VideoArea(video)
        self.controls = ControlsBar()
        self.playlist_view = PlaylistView(session.known_duration)
        body = QtWidgets.QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 4)
        body.setSpacing(4)
        body.addWidget(self.video_area, 1)
        body.addWidget(self.controls)
        body.addWidget(self.playlist_view)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._body)
        self.fullscreen = FullscreenSwitch(self, layout, self._body, self.playlist_view)
        self.navigator = PlaylistNavigator(session, self.playlist_view, self.controls)

        if session.backend is not None:
            video.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            if hasattr(video, "double_clicked"):
                video.double_clicked.connect(self.fullscreen.toggle)
        self._wire()
        self.retranslate_ui()
        self.navigator.update_controls()
        if session.backend is None:
            session.show_no_backend()

    def _wire(self) -> None:
        session, controls, playlist, navigator = self.session, self.controls, self.playlist_view, self.navigator
        controls.previous_clicked.connect(navigator.previous_video)
        controls.play_clicked.connect(session.toggle_play)
        controls.next_clicked.connect(navigator.next_video)
        controls.back_clicked.connect(session.skip_back)
        controls.forward_clicked.connect(session.skip_forward)
        controls.fullscreen_clicked.connect(self.fullscreen.toggle)
        controls.seek_requested.connect(self.seek_ms)
        controls.speed_changed.connect(lambda rate: session.backend.set_rate(rate) if session.backend else None)
        controls.volume_changed.connect(lambda v: session.backend.set_volume(v) if session.backend else None)
        controls.muted_changed.connect(lambda on: session.backend.set_muted(on) if session.backend else None)
        playlist.row_activated.connect(lambda row: navigator.open_row(row, play=True))
        playlist.row_chosen.connect(navigator.row_chosen)
        navigator.current_media_changed.connect(self.current_media_changed)
        self.fullscreen.changed.connect(controls.show_fullscreen)
        self.fullscreen.changed.connect(self.fullscreen_changed)
        session.clock_changed.connect(controls.show_clock)
        session.position_changed.connect(controls.show_position)
        session.duration_changed.connect(self._on_duration)
        session.state_changed.connect(lambda state: controls.show_playing(state == PlaybackState.PLAYING.value))
        session.state_changed.connect(self.state_changed)
        session.problem_changed.connect(self._on_problem)
        session.time_changed.connect(self.time_changed)
        session.position_saved.connect(self.position_saved)
        session.played_interval.connect(self.played_interval)
        session.connect_backend(controls.volume())
        slots: dict[str, Callable[[], None]] = {
            "toggle_play": session.toggle_play,
            "skip_back": session.skip_back,
            "skip_forward": session.skip_forward,
            "go_to_start": session.go_to_start,
            "slower": controls.slower,
            "faster": controls.faster,
            "normal_speed": controls.normal_speed,
            "volume_up": controls.volume_up,
            "volume_down": controls.volume_down,
            "toggle_mute": controls.toggle_mute,
            "toggle_fullscreen": self.fullscreen.toggle,
            "previous_video": navigator.previous_video,
            "next_video": navigator.next_video,
        }
        self._shortcuts = bind_shortcuts(self._body, slots)

    # --- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.controls.retranslate()
        self.playlist_view.retranslate()
        self.video_area.retranslate()

    # --- playlist -----------------------------------------------------------------------------
    def close_media(self) -> None:
        """Save the position of the video showing and stop it (which reports its last played
        stretch), leaving the playlist as it is; the next `set_playlist` starts from nothing."""
        self.session.save_position()
        self.session.close()

    def set_playlist(self, items: Sequence[PlaylistItem], current: str | None = None) -> None:
        """Show these videos (e.g. `playlist_for_entry(...)`) and open `current` or the first."""
        self.close_media()
        self.playlist_view.set_items(items)
        if not items:
            if self.session.backend is not None:
                self.session.show_problem("empty")
            self.current_media_changed.emit("")
            self.navigator.update_controls()
            return
        ids = [i.media_id for i in items]
        self.navigator.open_row(ids.index(current) if current in ids else 0)

    def playlist(self) -> list[PlaylistItem]:
        return self.playlist_view.playlist_items()

    # --- transport ----------------------------------------------------------------------------
    def play(self) -> None:
        if (backend := self.session.ready_backend()) is not None:
            backend.play()

    def pause(self) -> None:
        if (backend := self.session.ready_backend()) is not None:
            backend.pause()

    def seek_ms(self, ms: int) -> None:
        if (backend := self.session.ready_backend()) is not None:
            backend.seek(int(ms))

    def seek_to(self, media_id: str, seconds: float) -> bool:
        """Open `media_id` if another video is showing, go to `seconds` and play from there."""
        current = self.session.current
        if (current is None or current.media_id != media_id) and not self.navigator.select(media_id):
            return False
        backend = self.session.ready_backend()
        if backend is None:
            return False
        backend.seek(round(seconds * 1000))
        backend.play()
        return True

    def current_media_id(self) -> str:
        return self.session.current.media_id if self.session.current else ""

    def current_time(self) -> float:
        """Seconds into the current video (for pinning a note)."""
        return self.session.current_time()

    def state(self) -> PlaybackState:
        return self.session.backend.state() if self.session.backend is not None else PlaybackState.ERROR

    def save_position(self) -> None:
        """Emit `position_saved` for the current video (on pause, switch, close, every few s)."""
        self.session.save_position()

    # --- what the session reports -------------------------------------------------------------
    def _on_duration(self, position_ms: int, duration_ms: int) -> None:
        self.controls.show_length(position_ms, duration_ms)
        if self.session.current is not None:
            self.playlist_view.refresh(self.session.current)

    def _on_problem(self) -> None:
        problem = self.session.problem
        if problem is None:
            self.video_area.show_video()
        else:
            self.video_area.show_problem(problem.kind, problem.args)
        self.navigator.update_controls()

    # --- engine and shutdown ---------------------------------------------------------------
    def backend_name(self) -> str:
        return self.session.backend.name() if self.session.backend is not None else ""

    @property
    def backend(self) -> PlayerBackend | None:
        """The media engine; None when none runs here, or after `shutdown()`."""
        return self.session.backend

    def shutdown(self) -> None:
        """Save the position and free the engine; call before the window closes."""
        self.session.save_position()
        self.fullscreen.set(False)
        self.session.release()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
