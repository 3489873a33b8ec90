"""The look at a large round's folder after it opened from its index (off the UI thread, once the
window has painted): missing videos are then explained in the window's banner, and a link leading out
of the folder refuses the round as if it had been read in full."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.models.errors import InputError
from app.models.round_index import IndexedRoundFile
from app.ui.qt import QObject
from app.ui.worker import BackgroundOperation, run_in_background

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class RoundFolderCheck(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.operation: BackgroundOperation | None = None  # the look at the folder of the round shown

    def start(self, round_file: IndexedRoundFile) -> None:
        if self._window.round_file is round_file and self.operation is None:
            self.operation = run_in_background(
                round_file.check_folder,
                show_progress=False,
                on_success=self._looked_at,
                on_error=self._failed,
            )

    def cancel(self) -> None:
        """Another round (or none) is shown: stop looking, and forget what the look would report."""
        if self.operation is not None and self.operation.is_running():
            self.operation.cancel()
        self.operation = None

    def _current(self) -> bool:
        """Whether the signal being handled comes from the look at the folder of the round shown now."""
        sender = self.sender()
        return self.operation is not None and (sender is None or sender is self.operation)

    def _looked_at(self, _warnings: list) -> None:
        if self._current() and self._window.round_file is not None:
            self._window.explain_media(self._window.round_file)

    def _failed(self, exc: BaseException, details: str) -> None:
        if not self._current():
            return
        window = self._window
        if not isinstance(exc, InputError):
            log.error("looking at the round folder failed: %s", details)
            exc = InputError(
                window.round_file.path if window.round_file else None,
                "",
                f"the round folder cannot be read ({exc})",
                "check the folder, then reload (F5)",
            )
        window.set_round(None)
        window.round_error = exc
        window.show_round_error()
