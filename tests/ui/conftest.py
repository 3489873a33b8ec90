"""Fixtures for the GUI tests: one QApplication for the session (pytest-qt's `qapp`/`qtbot`),
a private data folder per test, and the testing switches (silent audio for libvlc).

Tests marked `xvfb` need a real X display: `test.sh` runs them in a second pytest process with
`QT_QPA_PLATFORM=xcb` under Xvfb. In a run on another platform they are skipped with that advice.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("SARAPSHY_TESTING", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.ui.qt  # noqa: F401 - first: its binding fixes must precede any signal emitted

XVFB_ADVICE = (
    'needs a real X display: QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" '
    ".venv/bin/python -m pytest -m xvfb tests/ui"
)


def pytest_collection_modifyitems(config, items):
    if os.environ.get("QT_QPA_PLATFORM") == "xcb":
        return
    skip = pytest.mark.skip(reason=XVFB_ADVICE)
    for item in items:
        if "xvfb" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def sarapshy_home(tmp_path, monkeypatch):
    """Each test gets its own data folder."""
    home = tmp_path / "sarapshy-home"
    home.mkdir()
    monkeypatch.setenv("SARAPSHY_HOME", str(home))
    monkeypatch.setenv("SARAPSHY_TESTING", "1")
    return home


@pytest.fixture(scope="session", autouse=True)
def translations_up_to_date():
    """Every test that switches to Kazakh or Russian reads the compiled catalogues: a catalogue
    older than its .ts (after a merge or an edit) would show English, but only in the tests a
    worker happened to run before one that compiles them."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "tools" / "build_translations.py"), "--quiet"], check=True)


@pytest.fixture
def english_ui(qapp):
    """Run a test with the interface in English (the source strings) and restore it after."""
    from app.ui.i18n import install_language

    install_language(qapp, "en")
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def compiled_translations(tmp_path, monkeypatch):
    """Compile every .ts into a private resources folder that `install_language` then reads."""
    import subprocess
    import sys
    from pathlib import Path

    from app.paths import resources_dir
    from app.ui import i18n

    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((resources_dir() / "translations").glob("*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path / "resources")
    return folder


@pytest.fixture(scope="session")
def rgb_clip(tmp_path_factory):
    """4 s: red, green, blue, one second each (H.264 + AAC), then a white second so that a seek
    into blue is not a seek to the very end."""
    from app.media.synth import BLUE, GREEN, RED, write_colour_clip

    return write_colour_clip(
        tmp_path_factory.mktemp("clips") / "rgb.mp4",
        [RED, GREEN, BLUE, (255, 255, 255)],
        seconds_each=1.0,
        size=(320, 180),
        fps=25,
        audio="stereo",
    )


@pytest.fixture(scope="session")
def long_clip(tmp_path_factory):
    """24 s in four 6-second colours, small and quick to make (for skips and resumes)."""
    from app.media.synth import BLUE, GREEN, RED, write_colour_clip

    return write_colour_clip(
        tmp_path_factory.mktemp("clips") / "long.mp4",
        [RED, GREEN, BLUE, (255, 255, 255)],
        seconds_each=6.0,
        size=(160, 90),
        fps=10,
        audio=None,
    )


@pytest.fixture(scope="session")
def corrupt_clip(tmp_path_factory):
    """A file named .mp4 that holds no video at all."""
    import random

    path = tmp_path_factory.mktemp("clips") / "corrupt.mp4"
    path.write_bytes(bytes(random.Random(7).randrange(256) for _ in range(50_000)))
    return path


@pytest.fixture(autouse=True)
def no_message_box_left_open():
    """A message box a test leaves open (e.g. a window closed with its problem box still up) is
    closed after it, so a later test that looks for "the" visible message box finds its own."""
    yield
    from app.ui.qt import QtWidgets

    if QtWidgets.QApplication.instance() is None:
        return
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if isinstance(widget, QtWidgets.QMessageBox) and widget.isVisible():
            widget.close()
