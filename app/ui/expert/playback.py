"""What the player reports of the course on screen (where to resume, a video's length, what was
really played) saved to the expert's working store, and the lengths of videos not opened yet."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.round_folder import real_file_inside
from app.models.round_model import Entry
from app.models.workspace_viewing import MediaViewing
from app.ui.qt import QObject

if TYPE_CHECKING:
    from app.ui.expert.page import ExpertPage

log = logging.getLogger(__name__)


class PlaybackReports(QObject):
    """The expert page's player reports, each saved for its own (course, video) only."""

    def __init__(self, page: ExpertPage) -> None:
        super().__init__(page)
        self.page = page
        page.player.position_saved.connect(self.position_saved)
        page.player.duration_known.connect(self.duration_known)
        page.player.played.connect(self.played)

    def _target(self, entry_id: str, media_id: str) -> bool:
        """Whether a report from the player names a video of that entry of the open round (a report
        for anything else is dropped: it must neither be credited elsewhere nor fail to save)."""
        round_file = self.page.round_file
        if self.page.session is None or round_file is None:  # the round is closing: its position was saved
            return False
        entry = round_file.entry(entry_id) if entry_id else None
        if entry is None or all(item.id != media_id for item in entry.media):
            log.warning("playback report for %r/%r dropped: not a video of the open round", entry_id, media_id)
            return False
        return True

    def position_saved(self, entry_id: str, media_id: str, seconds: float) -> None:
        if self._target(entry_id, media_id) and self.page.session is not None:
            self.page.session.set_position(entry_id, media_id, seconds)

    def duration_known(self, entry_id: str, media_id: str, seconds: float) -> None:
        if self._target(entry_id, media_id) and self.page.session is not None:
            self.page.session.set_duration(entry_id, media_id, seconds)

    def played(self, entry_id: str, media_id: str, start_s: float, end_s: float) -> None:
        if end_s >= start_s and self._target(entry_id, media_id) and self.page.session is not None:
            self.page.session.record_played(entry_id, media_id, start_s, end_s)

    def unmeasured_videos(self, entry: Entry, viewing: list[MediaViewing]) -> list[tuple[str, Path]]:
        """The entry's local videos whose length is not known yet."""
        round_file = self.page.round_file
        if round_file is None:
            return []
        folder = round_file.folder
        unknown = {v.media_id for v in viewing if v.duration_s is None}
        files = []
        for item in entry.media:
            path = round_file.media_path(item) if item.id in unknown else None  # None without a folder
            real = real_file_inside(folder, path) if folder and path is not None and path.is_file() else None
            if real is not None:  # a link leading out of the round folder is not read, not even its length
                files.append((item.id, real))
        return files
