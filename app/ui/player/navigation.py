"""Which video of the playlist is open: a row opened, the previous or next one, one chosen by id.

`PlaylistNavigator` keeps the playlist view's current row, the session's open video and the
controls' buttons in step, and says when another video is open (`current_media_changed`).
"""

from __future__ import annotations

from app.ui.player.controls import ControlsBar
from app.ui.player.playlist_view import PlaylistView
from app.ui.player.session import PlaybackSession
from app.ui.qt import QObject, Signal


class PlaylistNavigator(QObject):
    current_media_changed = Signal(str)  # media id of the video just opened

    def __init__(self, session: PlaybackSession, playlist_view: PlaylistView, controls: ControlsBar) -> None:
        super().__init__(session)
        self._session = session
        self._playlist_view = playlist_view
        self._controls = controls

    def select(self, media_id: str, play: bool = False) -> bool:
        for row, item in enumerate(self._playlist_view.playlist_items()):
            if item.media_id == media_id:
                self.open_row(row, play=play)
                return True
        return False

    def previous_video(self) -> None:
        row = self._playlist_view.row_of(self._session.current)
        if row > 0:
            self.open_row(row - 1)

    def next_video(self) -> None:
        row = self._playlist_view.row_of(self._session.current)
        if 0 <= row < self._playlist_view.count() - 1:
            self.open_row(row + 1)

    def row_chosen(self, row: int) -> None:
        items = self._playlist_view.playlist_items()
        if 0 <= row < len(items) and items[row] is not self._session.current:
            self.open_row(row)

    def open_row(self, row: int, play: bool = False) -> None:
        item = self._playlist_view.playlist_items()[row]
        if item is not self._session.current:
            self._playlist_view.mark_current(row)
            self._session.open(item)
            self.current_media_changed.emit(item.media_id)
        if play and (backend := self._session.ready_backend()) is not None:
            backend.play()
        self.update_controls()

    def update_controls(self) -> None:
        row = self._playlist_view.row_of(self._session.current)
        self._controls.enable(self._session.ready_backend() is not None, row, self._playlist_view.count())
