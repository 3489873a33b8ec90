"""The background-work helper: results and errors arrive on the UI thread, cancel works, and
errors become dialogs rather than crashes."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import time
import weakref

import pytest

from app.models.errors import InputError
from app.ui.qt import Qt, QtWidgets
from app.ui.worker import BackgroundOperation, OperationCancelled, run_in_background, show_error


def count_to(n: int, progress) -> int:
    total = 0
    for i in range(1, n + 1):
        total += i
        progress(i, n, f"step {i}")
    return total


def test_success_arrives_on_ui_thread_with_progress(qtbot):
    seen: dict = {"progress": [], "threads": set()}

    def on_success(result):
        seen["result"] = result
        seen["threads"].add(threading.current_thread() is threading.main_thread())

    def on_progress(done, total, text):
        seen["progress"].append((done, total, text))
        seen["threads"].add(threading.current_thread() is threading.main_thread())

    op = BackgroundOperation(count_to, (5,))
    op.progressed.connect(on_progress)
    op.succeeded.connect(on_success)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    assert seen["result"] == 15
    assert seen["progress"][-1] == (5, 5, "step 5")
    assert seen["threads"] == {True}
    assert not op.is_running()


def test_function_without_progress_parameter_is_called_plainly(qtbot):
    op = BackgroundOperation(sorted, ([3, 1, 2],))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        op.start()
    assert blocker.args == [[1, 2, 3]]


def test_cancel_stops_the_function_at_its_next_progress_report(qtbot):
    started = threading.Event()
    steps: list[int] = []

    def slow(progress) -> None:
        for i in range(1000):
            started.set()
            progress(i, 1000)
            steps.append(i)
            time.sleep(0.005)

    cancelled: list[bool] = []
    op = run_in_background(
        slow,
        on_success=lambda r: cancelled.append(False),
        on_cancel=lambda: cancelled.append(True),
        show_progress=False,
    )
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert cancelled == [True]
    assert len(steps) < 1000


def test_cancel_button_of_progress_dialog_cancels(qtbot):
    def wait_for_cancel(progress) -> str:
        while True:
            progress(0, 0, "waiting")
            time.sleep(0.01)

    outcome: list[str] = []
    op = run_in_background(wait_for_cancel, title="Test", on_cancel=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: op.dialog.isVisible(), timeout=5000)
    assert op.dialog.labelText() == "waiting"
    cancel_button = op.dialog.findChild(QtWidgets.QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)


def test_input_error_goes_to_on_error_with_its_message(qtbot):
    def bad() -> None:
        raise InputError("round.json", "entries[2].media[0].path", "file not found", "copy the video")

    errors: list = []
    run_in_background(bad, on_error=lambda exc, details: errors.append((exc, details)), show_progress=False)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    exc, details = errors[0]
    assert isinstance(exc, InputError)
    assert "Traceback" in details and "bad" in details


def test_input_error_without_handler_opens_a_clear_message(qtbot):
    def bad() -> None:
        raise InputError("round.json", "entries[2]", "no title", "add a title")

    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    run_in_background(bad, parent=parent, show_progress=False)
    qtbot.waitUntil(lambda: parent.findChild(QtWidgets.QMessageBox) is not None, timeout=5000)
    box = parent.findChild(QtWidgets.QMessageBox)
    assert "round.json" in box.text() and "entries[2]" in box.text() and "add a title" in box.text()
    assert box.icon() == QtWidgets.QMessageBox.Icon.Warning
    assert box.detailedText() == ""
    box.close()


def test_unexpected_error_gives_details_not_a_crash(qtbot):
    def broken() -> None:
        return {}["missing"]

    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    run_in_background(broken, parent=parent, show_progress=False)
    qtbot.waitUntil(lambda: parent.findChild(QtWidgets.QMessageBox) is not None, timeout=5000)
    box = parent.findChild(QtWidgets.QMessageBox)
    assert box.icon() == QtWidgets.QMessageBox.Icon.Critical
    assert "KeyError" in box.informativeText()
    assert "Traceback" in box.detailedText() and "broken" in box.detailedText()
    box.close()


def test_cancelled_exception_raised_directly_counts_as_cancel(qtbot):
    def gives_up() -> None:
        raise OperationCancelled()

    op = BackgroundOperation(gives_up)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.start()


def test_show_error_for_input_error_names_place(qtbot):
    box = show_error(None, InputError("a.sheet.json", "scores.c3", "11 is above the maximum 10", "use 1–10"))
    qtbot.addWidget(box)
    assert "a.sheet.json" in box.text() and "scores.c3" in box.text()


def test_many_signals_and_calls_do_not_abort_the_interpreter():
    """PySide6 6.12.0 lost a reference to True on every emit and to None on every Qt call that
    returns nothing, which aborted CPython 3.11 after minutes of use (progress reports and video
    positions emit thousands of signals). The pinned PySide6 must not do that."""
    script = (
        "import sys\n"
        "import app.ui.qt\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class Emitter(QObject):\n"
        "    ping = Signal(int)\n"
        "app = QCoreApplication([])\n"
        "e = Emitter()\n"
        "e.ping.connect(lambda v: None)\n"
        "true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)\n"
        "for i in range(200_000):\n"
        "    e.ping.emit(i)\n"
        "    e.setObjectName('x')\n"
        "assert sys.getrefcount(True) >= true_before - 100, 'emit leaks references to True'\n"
        "assert sys.getrefcount(None) >= none_before - 100, 'void calls leak references to None'\n"
        "print('done')\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "done" in run.stdout


def test_a_slot_on_finished_sees_the_operation_no_longer_running(qtbot):
    """The chair's desk re-enables its buttons from `finished` by asking is_running(): that must
    already be False then, however the worker and UI threads interleave. A slow `set()` of the
    worker's done-flag widens the window in which the UI thread could get ahead."""

    class SlowEvent(threading.Event):
        def set(self) -> None:
            time.sleep(0.05)
            super().set()

    seen = []
    operation = BackgroundOperation(lambda: 1)
    operation._finished = SlowEvent()
    operation.finished.connect(lambda: seen.append(operation.is_running()))
    operation.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [False]


def test_delivered_turns_true_only_after_every_slot_of_the_outcome_has_run(qtbot):
    """Tests wait on `delivered` instead of sleeping: it must not be True while the function has
    returned but its outcome has not yet reached the UI thread's slots."""
    release = threading.Event()
    operation = BackgroundOperation(lambda: release.wait(5) and 7)
    order: list[str] = []
    operation.succeeded.connect(lambda value: order.append(f"succeeded {value} delivered={operation.delivered}"))
    operation.finished.connect(lambda: order.append(f"finished delivered={operation.delivered}"))
    operation.start()
    assert not operation.delivered
    release.set()
    assert operation.wait(5)
    assert not operation.delivered  # returned, but the outcome waits in the event loop
    qtbot.waitUntil(lambda: operation.delivered, timeout=5000)
    assert order == ["succeeded 7 delivered=False", "finished delivered=False"]


class Window(QtWidgets.QWidget):
    """A window that starts an operation on its own method and keeps it, as the chair's desk does."""

    def __init__(self, fails: bool) -> None:
        super().__init__()
        self.fails = fails
        self.outcome = ""
        self.operation = run_in_background(
            self.work,
            parent=self,
            on_success=self.succeeded,
            on_error=self.failed,
        )

    def succeeded(self, _result: int) -> None:
        self.outcome = "succeeded"

    def failed(self, _exc: BaseException, _details: str) -> None:
        self.outcome = "failed"

    def work(self, progress) -> int:
        progress(1, 2, "half")
        if self.fails:
            raise ValueError("broken")  # its traceback holds this frame, and so the window
        return 1


def finished_window(qtbot, fails: bool) -> list[weakref.ref]:
    """Weak references to a window and its operation, once the operation is over and its thread gone."""
    window = Window(fails)
    operation = window.operation
    qtbot.waitUntil(lambda: operation.delivered and bool(window.outcome), timeout=5000)
    assert window.outcome == ("failed" if fails else "succeeded")
    qtbot.waitUntil(lambda: not any(t.name.startswith("bg-") for t in threading.enumerate()), timeout=5000)
    qtbot.wait(10)  # the progress dialog's deferred deletion
    return [weakref.ref(window), weakref.ref(operation)]


@pytest.mark.parametrize("fails", [False, True], ids=["succeeded", "failed"])
def test_a_finished_operation_and_its_window_go_with_their_last_reference(qtbot, fails):
    """Not left to Python's cyclic garbage collector, which would destroy the window's Qt objects in
    the middle of a collection (whenever one happens to run, while other work runs in the background),
    after it has already emptied their Python attributes."""
    gc.collect()
    gc.disable()
    try:
        refs = finished_window(qtbot, fails)  # its references are gone with its frame
        assert [ref() for ref in refs] == [None, None]
    finally:
        gc.enable()
