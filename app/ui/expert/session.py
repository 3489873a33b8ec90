"""The expert's working store seen from the window: every database call runs on one thread of its own.

A score change reaches the disk (one committed SQLite transaction, fsync included) on that
thread, so neither the user's typing nor the painting of video ever waits for the disk. Changes
are applied in the order they were made. Rare operations whose result the window needs at once
(adding a note, finalising) wait for their answer with `call()`; frequent ones (scores, comment,
playback position) are queued and report back through signals.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from app.media.probe import probe
from app.models.expert_progress import watched_by_entry, watched_of_entry
from app.models.round import RoundFile
from app.models.workspace import Workspace
from app.models.workspace_notes import NoteRecord
from app.models.workspace_sheet import EntryProgress, ExportRecord
from app.models.workspace_viewing import MediaViewing
from app.ui.qt import QObject, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class OpenedState:
    expert_id: str | None
    selected_entry_id: str | None
    round_changed: bool
    last_export: ExportRecord | None


@dataclass(frozen=True)
class EntryState:
    entry_id: str
    scores: dict[str, int]
    comment: str
    recused: bool
    recusal_reason: str
    notes: list[NoteRecord]
    viewing: list[MediaViewing] = field(default_factory=list)


class StoreThread(QObject):
    """One thread of its own owns a store (`self._workspace`, opened and closed on that thread): `call`
    waits for an answer, `post` queues a change and reports a failure through `failed`."""

    failed = Signal(object, str)  # exception, formatted traceback

    def __init__(self, parent: QObject | None = None, thread_name: str = "store") -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._workspace: Any = None
        self._closed = False

    def close(self) -> None:
        """Write what is queued, close the store and stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._stop_helpers()

        def close_workspace() -> None:
            if self._workspace is not None:
                self._workspace.close()
                self._workspace = None

        self._executor.submit(close_workspace)
        self._executor.shutdown(wait=True)

    def _stop_helpers(self) -> None:
        """Stop other threads of the subclass's (once closing), before the store closes."""

    @property
    def is_open(self) -> bool:
        return not self._closed

    # --- the two ways of calling the store -------------------------------------------------------
    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(workspace, *args)` on the database thread and wait for its result (or exception)."""
        return self._executor.submit(self._with_workspace, fn, args).result()

    def post(self, fn: Callable[..., Any], *args: Any) -> Future[Any] | None:
        """Queue `fn(workspace, *args)`; a failure is reported through `failed`. None once closed."""
        if self._closed:
            return None
        future = self._executor.submit(self._with_workspace, fn, args)
        future.add_done_callback(self._report_failure)
        return future

    def flush(self) -> None:
        """Wait until everything queued so far is on disk."""
        if not self._closed:
            self._executor.submit(lambda: None).result()

    def _with_workspace(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        return fn(self._workspace, *args)

    def _report_failure(self, future: Future[Any]) -> None:
        exc = future.exception()
        if exc is not None:
            details = "".join(traceback.format_exception(exc))
            log.warning("a change could not be saved: %s", exc)
            self.failed.emit(exc, details)


class ExpertSession(StoreThread):
    """Owns the `Workspace` of one round; its signals arrive on the UI thread."""

    progress_changed = Signal(object)  # EntryProgress, after a change was committed
    all_progress_loaded = Signal(object, object)  # {entry_id: EntryProgress}, {entry_id: WatchedTime}
    watched_changed = Signal(str, object)  # entry id, WatchedTime | None
    committed = Signal()  # some change reached the disk

    def __init__(
        self,
        round_file: RoundFile,
        parent: QObject | None = None,
        workspace_factory: Callable[[RoundFile], Workspace] = Workspace,
    ) -> None:
        super().__init__(parent, "expert-db")
        self.round_file = round_file
        # Reading video lengths takes milliseconds per file: never in the way of a commit.
        self._prober = ThreadPoolExecutor(max_workers=1, thread_name_prefix="expert-probe")
        self._workspace: Workspace | None = None
        self._pending_comments: dict[str, str] = {}
        self._pending_lock = threading.Lock()
        self._factory = workspace_factory

    # --- opening and closing ---------------------------------------------------------------------
    def open(self) -> OpenedState:
        """Open (creating or migrating) the working database; raises InputError if it cannot."""
        return self.call(self._open)

    def _open(self, _: None) -> OpenedState:
        self._workspace = self._factory(self.round_file)
        ws = self._workspace
        return OpenedState(ws.expert_id, ws.selected_entry_id, ws.round_changed, ws.last_export())

    def _stop_helpers(self) -> None:
        self._prober.shutdown(wait=True, cancel_futures=True)

    # --- reads -------------------------------------------------------------------------------------
    def load_all_progress(self) -> None:
        """Progress and watched time of every entry, delivered by `all_progress_loaded`."""

        def load(ws: Workspace) -> None:
            progress, watched = ws.all_progress(), watched_by_entry(ws)
            self.all_progress_loaded.emit(progress, watched)

        self.post(load)

    def entry_state(self, entry_id: str) -> EntryState:
        def read(ws: Workspace) -> EntryState:
            recused, reason = ws.recusal(entry_id)
            return EntryState(
                entry_id,
                ws.scores(entry_id),
                ws.comment(entry_id),
                recused,
                reason,
                ws.notes(entry_id),
                ws.viewing(entry_id),
            )

        return self.call(read)

    # --- queued changes ----------------------------------------------------------------------------
    def set_score(self, entry_id: str, criterion_id: str, value: int | None) -> Future[None] | None:
        def write(ws: Workspace) -> None:
            if value is None:
                ws.clear_score(entry_id, criterion_id)
            else:
                ws.set_score(entry_id, criterion_id, value)
            self._after_change(ws, entry_id)

        return self.post(write)

    def set_comment(self, entry_id: str, text: str) -> None:
        """Typing queues at most one write per entry: it saves the newest text when its turn comes."""
        with self._pending_lock:
            queued = entry_id in self._pending_comments
            self._pending_comments[entry_id] = text
        if queued:
            return

        def write(ws: Workspace) -> None:
            with self._pending_lock:
                latest = self._pending_comments.pop(entry_id)
            ws.set_comment(entry_id, latest)
            self._after_change(ws, entry_id)

        self.post(write)

    def select_entry(self, entry_id: str) -> None:
        self.post(lambda ws: ws.select_entry(entry_id))

    def record_played(self, entry_id: str, media_id: str, start_s: float, end_s: float) -> None:
        def write(ws: Workspace) -> None:
            ws.record_played(entry_id, media_id, start_s, end_s)
            self.watched_changed.emit(entry_id, watched_of_entry(ws, entry_id))

        self.post(write)

    def set_duration(self, entry_id: str, media_id: str, duration_s: float) -> None:
        def write(ws: Workspace) -> None:
            ws.set_duration(entry_id, media_id, duration_s)
            self.watched_changed.emit(entry_id, watched_of_entry(ws, entry_id))

        self.post(write)

    def learn_durations(self, entry_id: str, files: list[tuple[str, Path]]) -> None:
        """Read the length of videos the player has not opened yet, so the list can show how much
        of the course was watched as a percentage; unreadable files are left to the player to report."""

        def read_all() -> None:
            for media_id, path in files:
                if self._closed:
                    return
                try:
                    duration = probe(path).duration_s
                except Exception:  # noqa: BLE001 - a broken file is the player's to explain
                    continue
                if duration:
                    self.set_duration(entry_id, media_id, duration)

        if files and not self._closed:
            self._prober.submit(read_all)

    def set_position(self, entry_id: str, media_id: str, position_s: float) -> None:
        self.post(lambda ws: ws.set_position(entry_id, media_id, position_s))

    # --- changes the window waits for --------------------------------------------------------------
    def choose_expert(self, expert_id: str) -> None:
        self.call(lambda ws: ws.choose_expert(expert_id))

    def set_recusal(self, entry_id: str, reason: str) -> None:
        def write(ws: Workspace) -> None:
            ws.set_recusal(entry_id, reason)
            self._after_change(ws, entry_id)

        self.call(write)

    def clear_recusal(self, entry_id: str) -> None:
        def write(ws: Workspace) -> None:
            ws.clear_recusal(entry_id)
            self._after_change(ws, entry_id)

        self.call(write)

    def add_note(self, entry_id: str, media_id: str, at_s: float, text: str) -> NoteRecord:
        def write(ws: Workspace) -> NoteRecord:
            note = ws.add_note(entry_id, media_id, at_s, text)
            self._after_change(ws, entry_id)
            return note

        return self.call(write)

    def edit_note(self, note: NoteRecord, text: str) -> NoteRecord:
        def write(ws: Workspace) -> NoteRecord:
            updated = ws.edit_note(note.id, text=text)
            self._after_change(ws, note.entry_id)
            return updated

        return self.call(write)

    def delete_note(self, note: NoteRecord) -> None:
        def write(ws: Workspace) -> None:
            ws.delete_note(note.id)
            self._after_change(ws, note.entry_id)

        self.call(write)

    def _after_change(self, ws: Workspace, entry_id: str) -> None:
        self.committed.emit()
        self.progress_changed.emit(ws.progress(entry_id))


__all__ = ["EntryProgress", "EntryState", "ExpertSession", "OpenedState"]
