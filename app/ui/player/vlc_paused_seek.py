"""Seeking while libvlc is paused, so that the picture really shows the new position.

libvlc 3 loses a seek made while paused, or keeps the old picture, in about one seek of ten
(measured under Xvfb: 3 of 30 with `set_time` + `next_frame`, 2 of 30 when retried). Playing from
the new position with the sound muted and pausing again once libvlc's clock has jumped there and
moved on showed the right picture in 48 of 48 seek sequences (each in and out of full screen);
the picture stops 0.2–0.4 s after the position asked for (libvlc's clock moves in such steps).
While this runs, the player stays "paused" for everyone else.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from app.ui.qt import QObject, QTimer

CHECK_MS = 5
GIVE_UP_S = 2.0  # a clock that never reaches the position (a broken file): pause anyway
# libvlc's clock runs ahead of the picture: pausing as soon as it moved on left the old picture in
# about one seek of twelve; a little further it did not (next_frame() instead froze the clock)
PICTURE_LAG_MS = 120
SETTLE_S = 1.0  # how long its "playing" events are not the user's, without a "paused"


class PausedSeek(QObject):
    """Runs one seek-while-paused at a time; `busy()` is true until libvlc has paused again."""

    def __init__(self, player: Any, restore_sound: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._restore_sound = restore_sound
        self._target: int | None = None  # seeking: libvlc plays until its clock reaches this
        self._from_ms = 0
        self._landed_ms: int | None = None  # the clock's first reading at the new position
        self._queued_ms: int | None = None  # asked for while busy: started once this one is over
        self._settling = False  # asked libvlc to pause again, its "paused" not yet seen
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._check)

    def busy(self) -> bool:
        return self._target is not None or self._settling

    def start(self, ms: int) -> None:
        if self.busy():
            # the clock cannot tell which of two seeks it shows: the newest waits for this one
            self._queued_ms = int(ms)
            return
        player = self._player
        self._from_ms = int(player.get_time())
        if self._from_ms == int(ms):
            return  # already showing it; the clock could not tell the seek from standing still
        player.audio_set_mute(True)
        self._target, self._landed_ms, self._settling = int(ms), None, False
        player.set_time(int(ms))
        player.set_pause(0)
        self._deadline = time.monotonic() + GIVE_UP_S
        self._timer.start()

    def paused(self) -> None:
        """libvlc says it is paused: the seek is over."""
        if self._settling:
            self._settling = False
            self._finish()
            if self._queued_ms is not None:
                ms, self._queued_ms = self._queued_ms, None
                self.start(ms)

    def cancel(self) -> int | None:
        """Playback continues from where libvlc is (the user pressed play, or the video ended);
        returns the position of a seek that was waiting, for the caller to keep."""
        queued, self._queued_ms = self._queued_ms, None
        if self.busy():
            self._finish()
        return queued

    def _finish(self) -> None:
        self._target, self._settling = None, False
        self._timer.stop()
        self._restore_sound()

    def _shown(self, now_ms: int) -> bool:
        """The clock has jumped to the new position and then moved on: pictures from there have
        been shown (pausing at the jump itself left the old picture after a seek backwards)."""
        target = self._target
        assert target is not None
        if self._landed_ms is not None:
            return now_ms >= self._landed_ms + PICTURE_LAG_MS
        if target <= now_ms and (self._from_ms < target or now_ms < self._from_ms):
            self._landed_ms = now_ms
        return False

    def _check(self) -> None:
        if self._settling:
            if time.monotonic() > self._deadline:  # libvlc never said "paused"
                self.paused()
            return
        if self._shown(int(self._player.get_time())) or time.monotonic() > self._deadline:
            self._player.set_pause(1)
            self._target, self._settling = None, True
            self._deadline = time.monotonic() + SETTLE_S
