"""Run a plain-Python function off the UI thread, with progress, cancel and error dialogs.

    op = run_in_background(build_protocol, round_file, sheets, parent=window,
                           title=self.tr("Writing the protocol"),
                           on_success=self.protocol_written)

If the function has a `progress` parameter it receives a `Progress`: call `progress(done, total,
text)` as work advances (total 0 means "unknown"). Once the user presses Cancel, the next call raises
`OperationCancelled`, so any function that reports progress can be cancelled; long loops that do
not report can poll `progress.cancelled`.

Outcomes arrive on the UI thread: `on_success(result)`; on error `on_error(exc, details)` when
given, otherwise a dialog (`InputError` → its clear one-line message, anything else → a short
message with the traceback under "Details"); on cancel `on_cancel()`. Nothing escapes as a crash.
"""

from __future__ import annotations

import inspect
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from app.models.errors import InputError
from app.ui.error_text import input_error_text
from app.ui.qt import QObject, Qt, QtCore, QtWidgets, Signal

log = logging.getLogger(__name__)

# A progress dialog appears only for work that lasts longer than this.
PROGRESS_DIALOG_DELAY_MS = 400


class OperationCancelled(Exception):
    """Raised inside the background function once the user asked to cancel."""


class Progress:
    """Handed to the background function; thread-safe."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise OperationCancelled()
        self._report(int(done), int(total), str(text))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class BackgroundOperation(QObject):
    """One run of a function in a background thread; its signals arrive on the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, formatted traceback
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker thread; queued to this object's (the UI) thread.
    _done = Signal(str, object, str)

    def __init__(
        self, fn: Callable[..., Any], args: tuple = (), kwargs: dict | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self._kwargs = dict(kwargs or {})
        self.progress = Progress(self.progressed.emit)
        self.delivered = False  # True once the outcome's signals (and `finished`) have been emitted
        if accepts_progress(fn):
            self._kwargs["progress"] = self.progress
        self._thread: threading.Thread | None = None
        self._finished = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: ProgressDialog | None = None  # shown by run_in_background(show_progress=True)
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> BackgroundOperation:
        _running.add(self)  # keep the operation alive until it has delivered its outcome
        self._thread = threading.Thread(target=self._run, name=f"bg-{_name(self._fn)}", daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def is_running(self) -> bool:
        return not self._finished.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the function has returned (its outcome is still delivered by the event loop)."""
        return self._finished.wait(timeout_s)

    def _run(self) -> None:
        outcome, value, details = "succeeded", None, ""
        try:
            value = self._fn(*self._args, **self._kwargs)
        except OperationCancelled:
            outcome = "cancelled"
        except BaseException as exc:  # noqa: BLE001 - everything goes to the UI thread, nothing kills the app
            details = "".join(traceback.format_exception(exc))
            outcome, value = "failed", without_tracebacks(exc)
        else:
            if self.progress.cancelled:
                outcome, value = "cancelled", None
        # The function and its arguments often refer back to the window that started the run (a bound
        # method, a closure over `self`), which refers to this operation: a cycle that only Python's
        # cyclic garbage collector would free, destroying this QObject inside a collection (on any
        # thread, at any moment). Dropped here, the operation goes when its last reference does.
        self._fn, self._args, self._kwargs = _ran, (), {}
        # Mark the run over before the outcome is queued: a slot connected to `finished` must see
        # is_running() == False, whichever thread gets to run first.
        self._finished.set()
        try:
            self._done.emit(outcome, value, details)
        except RuntimeError:  # the application was torn down while this ran: nobody is left to tell
            log.debug("outcome of %s dropped: the application has quit", self._thread.name if self._thread else "?")

    def _deliver(self, outcome: str, value: object, details: str) -> None:
        try:
            if outcome == "succeeded":
                self.result = value
                self.succeeded.emit(value)
            elif outcome == "failed":
                self.error = value  # type: ignore[assignment]
                self.failed.emit(value, details)
            else:
                self.cancelled.emit()
        finally:
            self.finished.emit()
            self.delivered = True
            _running.discard(self)


_running: set[BackgroundOperation] = set()


def _ran(*_args: Any, **_kwargs: Any) -> None:
    """Stands for an operation's function once it has run (the operation keeps no reference to it)."""


def without_tracebacks(exc: BaseException) -> BaseException:
    """`exc` (and the exceptions it was raised from or during) without their tracebacks.

    A traceback holds the frames of the failed call, and so the window the function came from: kept
    with the error (which the window keeps), it would tie the window to its operation in a cycle.
    The formatted traceback goes with the error as text."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is not None and id(current) not in seen:
            seen.add(id(current))
            current.__traceback__ = None
            pending += [current.__cause__, current.__context__]
    return exc


def accepts_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__name__", type(fn).__name__)


class ProgressDialog(QtWidgets.QProgressDialog):
    """Shows an operation's progress; its Cancel button cancels the operation."""

    def __init__(self, operation: BackgroundOperation, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(PROGRESS_DIALOG_DELAY_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.setMinimumWidth(420)
        self._operation: BackgroundOperation | None = operation
        self.canceled.connect(self._cancel)
        operation.progressed.connect(self.show_progress)
        operation.finished.connect(self._close)
        self.setValue(0)  # starts the minimum-duration timer

    def show_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        else:
            self.setRange(0, 0)  # busy indicator
        if text:
            self.setLabelText(text)

    def _cancel(self) -> None:
        if self._operation is not None:
            self.setLabelText(self.tr("Cancelling…"))
            self._operation.cancel()

    def _close(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()
        # the operation refers to this dialog: without this reference back, neither waits for the
        # cyclic garbage collector to be freed
        self._operation = None


def show_error(
    parent: QtWidgets.QWidget | None, exc: BaseException, details: str = "", title: str = ""
) -> QtWidgets.QMessageBox:
    """Open (without blocking) a dialog for an error and return it.

    An `InputError` is the user's to fix: its message says what and where. Anything else is our
    fault: a short apology with the technical details folded away for a bug report.
    """
    translate = QtCore.QCoreApplication.translate
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(title or translate("Worker", "Sarapshy"))
    if isinstance(exc, InputError):
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setText(input_error_text(exc))
    else:
        log.error("unexpected error in a background operation:\n%s", details or exc)
        box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
        box.setText(translate("Worker", "Something went wrong and the operation was not completed."))
        box.setInformativeText(
            translate("Worker", "Your saved work is not affected. Error: %1").replace(
                "%1", f"{type(exc).__name__}: {exc}"
            )
        )
        box.setDetailedText(details or "".join(traceback.format_exception(exc)))
    box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    parent: QtWidgets.QWidget | None = None,
    title: str = "",
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_progress: bool = True,
    **kwargs: Any,
) -> BackgroundOperation:
    """Start `fn(*args, **kwargs)` in a background thread and return its operation."""
    operation = BackgroundOperation(fn, args, kwargs)
    if on_success is not None:
        operation.succeeded.connect(on_success)
    if on_cancel is not None:
        operation.cancelled.connect(on_cancel)
    if on_error is not None:
        operation.failed.connect(on_error)
    else:
        operation.failed.connect(lambda exc, details: show_error(parent, exc, details, title))
    if show_progress:
        operation.dialog = ProgressDialog(
            operation, title or QtCore.QCoreApplication.translate("Worker", "Working…"), parent
        )
    return operation.start()
