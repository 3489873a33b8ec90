"""Compiling translation catalogues into a private resources folder, for tests that switch language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import resources_dir
from app.ui import i18n


def compile_catalogues(root: Path, pattern: str = "*.ts") -> Path:
    """The catalogues matching `pattern` compiled into `root`/translations; returns `root` (for
    `i18n.resources_dir`)."""
    folder = root / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((resources_dir() / "translations").glob(pattern)):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return root


@pytest.fixture(scope="module")
def common_catalogues(tmp_path_factory):
    """The `common` catalogues (the error texts' area) and those of areas that add templates to it
    (`ncalayer`: app/ui/ncalayer.py), compiled once for this module."""
    root = compile_catalogues(tmp_path_factory.mktemp("resources"), "common_*.ts")
    return compile_catalogues(root, "ncalayer_*.ts")


@pytest.fixture
def language(qapp, common_catalogues, monkeypatch):
    monkeypatch.setattr(i18n, "resources_dir", lambda: common_catalogues)

    def switch(lang: str) -> None:
        i18n.install_language(qapp, lang)

    yield switch
    i18n.install_language(qapp, "en")
