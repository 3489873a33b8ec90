"""Driving the expert's page in tests: the demo round, the window, waiting for it to settle, filling sheets."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.main_window import MainWindow
from app.ui.qt import QtCore, QtWidgets

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled_translations():
    """The window loads the compiled catalogues from resources/translations (as setup builds them)."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py"), "--quiet"], check=True)


@pytest.fixture(scope="session")
def demo_round_path(tmp_path_factory) -> Path:
    """The demo round with its generated videos, written once per test process."""
    from app.demo import write_demo_round

    return write_demo_round(tmp_path_factory.mktemp("demo"))


def open_window(qtbot, round_path: Path, expert_id: str | None = "e1") -> MainWindow:
    window = MainWindow("expert")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.open_round(round_path)
    page = window.page("expert")
    if expert_id is not None and page.stack.currentIndex() == 1:
        page.choose_expert(expert_id)
    answer_conflicts_later(qtbot, page)
    return window


def answer_conflicts_later(qtbot, page) -> None:
    """The demo round suggests a conflict of interest for e1 (same department as a course): the
    dialog that asks about it at the start is put off, as an expert may do."""
    QtWidgets.QApplication.processEvents()
    if page.conflicts.dialog is not None:
        page.conflicts.dialog.later_button.click()
        window = page.window()
        window.activateWindow()
        qtbot.waitUntil(
            lambda: window.isActiveWindow() and QtWidgets.QApplication.focusWidget() is not None, timeout=5000
        )


def settle(page) -> None:
    """Wait until every queued change is on disk and its signals were delivered."""
    QtWidgets.QApplication.processEvents()  # due timers (the progress of every entry) start their work
    page.session.flush()
    QtWidgets.QApplication.processEvents()


def fill_all_but(page, skip_entry: str, skip_criterion: str | None) -> None:
    """Score every entry (through the session, as the keyboard would), leaving one gap."""
    for entry in page.round_file.round.entries:
        for criterion in page.round_file.round.criteria:
            if entry.id == skip_entry and (skip_criterion is None or criterion.id == skip_criterion):
                continue
            page.session.set_score(entry.id, criterion.id, 7)
    settle(page)


def copy_round(demo_round_path: Path, folder: Path, with_media: bool = True) -> Path:
    folder.mkdir(parents=True)
    target = folder / demo_round_path.name
    shutil.copy(demo_round_path, target)
    if with_media:
        shutil.copytree(demo_round_path.parent / "media", folder / "media")
    return target


def wait_for_check(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.media_compliance.details.model.check() is not None, timeout=60_000)


# --- QA #12: the recusal dialog --------------------------------------------------------------------
def run_recusal_dialog(qtbot, page, act) -> str | None:
    """Open the real dialog, let `act(dialog)` answer it, return what the page got."""
    seen = {}

    def answer() -> None:
        dialog = page.recusal.dialog
        if dialog is None or not dialog.isVisible():  # not shown yet (a busy machine): look again
            QtCore.QTimer.singleShot(10, answer)
            return
        seen["width"] = dialog.width()
        seen["wraps"] = dialog.prompt.wordWrap()
        seen["focus"] = dialog.focusWidget() is dialog.reason
        try:
            act(dialog)
        finally:
            seen["left_open"] = dialog.isVisible()
            if seen["left_open"]:
                dialog.reject()  # a failing answer must not leave the test waiting on the dialog

    def give_up() -> None:  # whatever went wrong, never leave the suite waiting on a modal dialog
        dialog = QtWidgets.QApplication.activeModalWidget()
        if dialog is not None and "width" not in seen:
            dialog.reject()

    QtCore.QTimer.singleShot(0, answer)
    QtCore.QTimer.singleShot(10_000, give_up)
    result = page.recusal.ask_reason()
    assert "width" in seen, "the recusal dialog never showed"
    assert seen["width"] < 700 and seen["wraps"] and seen["focus"] and not seen["left_open"], seen
    return result
