"""Starting the window: `sarapshy gui [ROUND] [--role ROLE]` ends up in `run_gui`.

With no round the last round opened (File → Open recent) is opened again; on the first run, or
when that round is gone or no longer opens, the demo round, written once into `<data>/demo` (a few
seconds, with a progress bar). The interface language is the one chosen last time, Kazakh at first.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app import APP_NAME, __version__
from app.paths import data_dir
from app.ui.i18n import DEFAULT_LANGUAGE, install_language
from app.ui.icons import icon
from app.ui.qt import QApplication, QtCore, QtGui, QTimer
from app.ui.widgets.settings import app_settings

log = logging.getLogger(__name__)

DEMO_FOLDER = "demo"
SELF_TEST_MS = 1500
# The interface font on Windows: the system's, Segoe UI (Tahoma on older systems and under Wine).
WINDOWS_UI_FONTS = ("Segoe UI", "Tahoma")
SANS_SERIF_FALLBACKS = ("Arial", "Microsoft Sans Serif", "Liberation Sans", "DejaVu Sans", "Noto Sans")


def demo_round_path() -> Path:
    from app.demo import ROUND_FILE_NAME

    return data_dir() / DEMO_FOLDER / ROUND_FILE_NAME


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named, in the remembered interface language."""
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a QCoreApplication without windows is running: the window needs a QApplication")
    app = existing if existing is not None else QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(icon("sarapshy"))
    use_windows_interface_font(app)
    # The colours are applied by the window's comfort features (install_comfort → apply_theme), once.
    install_language(app, str(app_settings().value("ui/language", DEFAULT_LANGUAGE, type=str)))
    return app


def use_windows_interface_font(app: QApplication) -> None:
    """Windows: draw with Segoe UI (or Tahoma) even where Qt resolved the system font to something
    else, and with neither installed with another sans-serif: the font mapper's fallback for a
    missing font can be a serif. (The bundled DejaVu fonts are for the PDFs.)"""
    if sys.platform != "win32" or QtGui.QGuiApplication.platformName() != "windows":
        return
    font = app.font()
    available = set(QtGui.QFontDatabase.families())
    wanted = next((family for family in (*WINDOWS_UI_FONTS, *SANS_SERIF_FALLBACKS) if family in available), None)
    if wanted is not None and QtGui.QFontInfo(font).family() == wanted:
        return
    font.setStyleHint(QtGui.QFont.StyleHint.SansSerif)
    if wanted is not None:
        font.setFamily(wanted)
    app.setFont(font)


def open_demo_round(window, note: str = "", level: str = "info", details: str = "") -> None:
    """Open the demo round, writing it first (in the background) if this is the first run; `note`
    (why the demo and not the expert's round) is shown in the banner once it is open."""

    def opened(path: Path) -> None:
        # a demo opened in place of the expert's round leaves that round first in the recent list,
        # so the next start tries it again (a USB stick plugged in late, say)
        if window.open_round(path, remember=not note) and note:
            window.banner.show_message(note, level, details)
            window.statusBar().showMessage(note.split("\n")[0], 15000)

    path = demo_round_path()
    if path.exists():
        opened(path)
        return
    from app.demo import write_demo_round
    from app.ui.worker import run_in_background

    title = QtCore.QCoreApplication.translate("Application", "Preparing the demo round")
    window.demo_operation = run_in_background(
        write_demo_round, path.parent, parent=window, title=title, on_success=opened
    )


def open_start_round(window) -> None:
    """The round opened last, as the expert left it; the demo round on the first run, or (with a note)
    when that round is no longer there or no longer opens."""
    recent = window.recent_rounds()
    if not recent:
        open_demo_round(window)
        return
    last = Path(recent[0])
    if not last.is_file():
        note = QtCore.QCoreApplication.translate(
            "Application",
            "The round opened last is no longer there: %1. The demo round is open instead: open "
            "yours with File → Open round…",
        )
        open_demo_round(window, note.replace("%1", str(last)))
        return
    if window.open_round(last) or window.locked_out is not None:
        return  # open in another window: the banner says so, and nothing is wrong with the file
    why = QtCore.QCoreApplication.translate(
        "Application",
        "The round opened last did not open, so the demo round is open instead. Correct the round "
        "file, then open it with File → Open recent.",
    )
    banner = window.banner
    open_demo_round(window, why + "\n" + banner.summary, "warning", banner.details and why + "\n" + banner.details)


def run_gui(round_path: Path | None, role: str | None, self_test: bool = False) -> int:
    """Open the main window; returns the application's exit code.

    `self_test` opens the window, lets it settle, checks that the round and the role page are
    there, prints one line and exits (0 when all is well): a smoke test for installers.
    """
    from app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(role)
    window.show()
    if round_path is not None:
        window.open_round(round_path)
    elif self_test:
        window.open_round(demo_round_path()) if demo_round_path().exists() else None
    else:
        open_start_round(window)
    if self_test:
        return _self_test(app, window, round_path)
    return app.exec()


def _self_test(app: QApplication, window, round_path: Path | None) -> int:
    QTimer.singleShot(SELF_TEST_MS, app.quit)
    app.exec()
    problems = []
    if window.page(window.role) is None:
        problems.append(f"the {window.role} page is missing")
    if round_path is not None and window.round_file is None:
        problems.append(f"the round was not opened: {window.round_error}")
    window.close()
    if problems:
        print("self-test FAILED: " + "; ".join(problems), file=sys.stderr)
        return 1
    entries = len(window.round_file.entry_ids()) if window.round_file else 0
    print(f"self-test OK: {APP_NAME} {__version__}, role {window.role}, {entries} entries")
    return 0
