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
from app.ui.demo_round import demo_round_path, open_start_round
from app.ui.i18n import DEFAULT_LANGUAGE, install_language
from app.ui.icons import icon
from app.ui.qt import QApplication, QtGui, QTimer
from app.ui.widgets.settings import app_settings

log = logging.getLogger(__name__)

SELF_TEST_MS = 1500
# The interface font on Windows: the system's, Segoe UI (Tahoma on older systems and under Wine).
WINDOWS_UI_FONTS = ("Segoe UI", "Tahoma")
SANS_SERIF_FALLBACKS = ("Arial", "Microsoft Sans Serif", "Liberation Sans", "DejaVu Sans", "Noto Sans")


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
