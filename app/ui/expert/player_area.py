"""The player beside the sheet: the shared `PlayerWidget` when it can run, else a message.

The expert page talks only to this adapter, so the sheet stays usable whatever happens to video
playback (no engine, a missing file, a video that does not decode).
"""

from __future__ import annotations

import logging

from app.models.round import RoundFile
from app.models.round_model import Entry
from app.ui.player.playlist import playlist_for_entry
from app.ui.qt import Qt, QtWidgets, Signal

log = logging.getLogger(__name__)


def _player_class():
    try:
        from app.ui.player.widget import PlayerWidget
    except ImportError as exc:  # the player package is not installed in this build
        log.info("no player widget: %s", exc)
        return None
    return PlayerWidget


class PlayerArea(QtWidgets.QWidget):
    # Each playback belongs to the entry whose playlist it came from, from start to stop: the
    # entry id travels with every report, so one made while the page switches course (the player
    # saves the old video's position and closes its last stretch then) lands on the old course.
    time_changed = Signal()  # the current video or its time changed
    position_saved = Signal(str, str, float)  # entry id, media id, seconds: where to resume
    duration_known = Signal(str, str, float)  # entry id, media id, seconds
    played = Signal(str, str, float, float)  # entry id, media id, start s, end s (really played)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._positions: dict[str, float] = {}
        self._durations: dict[str, float] = {}
        self._entry_id = ""  # whose videos the player holds now
        self.player = None
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(200)
        cls = _player_class()
        if cls is not None:
            try:
                self.player = cls(self, position_for=self._position_ms, duration_for=self._duration_ms)
            except Exception as exc:  # the player must never take the sheet down with it
                log.exception("the player could not start")
                self.message.setText(self.tr("The video player could not start: %1").replace("%1", str(exc)))
        if self.player is None:
            if not self.message.text():
                self.message.setText(
                    self.tr(
                        "The video player is not available in this installation. "
                        "You can still score the courses and open their links."
                    )
                )
            layout.addWidget(self.message)
            return
        layout.addWidget(self.player)
        self.player.position_saved.connect(self._on_position_saved)
        self.player.played_interval.connect(
            lambda media_id, start, end: self.played.emit(self._entry_id, media_id, start, end)
        )
        self.player.current_media_changed.connect(lambda _media: self.time_changed.emit())
        self.player.time_changed.connect(lambda _media, _s: self.time_changed.emit())
        if self.player.backend is not None:
            self.player.backend.duration_changed.connect(self._on_duration)

    # --- what the page asks ----------------------------------------------------------------------
    def set_entry(
        self,
        round_file: RoundFile | None,
        entry: Entry | None,
        positions: dict[str, float],
        durations: dict[str, float] | None = None,
    ) -> None:
        """Show the entry's videos (promo first), each resuming where the expert left it; `durations`
        are the lengths already measured (seconds), shown before a video is opened."""
        if self.player is not None:
            self.player.close_media()  # the last position and stretch go to the entry they belong to
        self._entry_id = entry.id if entry is not None else ""
        self._positions = dict(positions)
        self._durations = dict(durations or {})
        if self.player is not None:
            items = playlist_for_entry(round_file, entry) if round_file is not None and entry is not None else []
            self.player.set_playlist(items)
        self.time_changed.emit()

    def current_media_id(self) -> str | None:
        if self.player is None:
            return None
        return self.player.current_media_id() or None

    def current_time(self) -> float:
        return float(self.player.current_time()) if self.player is not None else 0.0

    def seek_to(self, media_id: str, seconds: float) -> None:
        if self.player is not None:
            self.player.seek_to(media_id, seconds)

    def pause(self) -> None:
        if self.player is not None:
            self.player.save_position()
            self.player.pause()

    def shutdown(self) -> None:
        if self.player is not None:
            self.player.shutdown()

    def backend_name(self) -> str:
        return self.player.backend_name() if self.player is not None else ""

    # --- remembered positions --------------------------------------------------------------------
    def _position_ms(self, media_id: str) -> int | None:
        seconds = self._positions.get(media_id)
        return int(seconds * 1000) if seconds is not None else None

    def _duration_ms(self, media_id: str) -> int | None:
        seconds = self._durations.get(media_id)
        return int(seconds * 1000) if seconds else None

    def _on_position_saved(self, media_id: str, ms: int) -> None:
        seconds = max(0.0, ms / 1000.0)
        self._positions[media_id] = seconds
        self.position_saved.emit(self._entry_id, media_id, seconds)

    def _on_duration(self, ms: int) -> None:
        media_id = self.current_media_id()
        if media_id and ms > 0:
            self._durations[media_id] = ms / 1000.0
            self.duration_known.emit(self._entry_id, media_id, ms / 1000.0)
