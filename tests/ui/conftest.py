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

XVFB_ADVICE = ('needs a real X display: QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" '
               ".venv/bin/python -m pytest -m xvfb tests/ui")


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


@pytest.fixture
def english_ui(qapp):
    """Run a test with the interface in English (the source strings) and restore it after."""
    from app.ui.i18n import install_language

    install_language(qapp, "en")
    yield qapp
    install_language(qapp, "en")
