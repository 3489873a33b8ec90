"""Compiling translation catalogues into a private resources folder, for tests that switch language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.paths import resources_dir


def compile_catalogues(root: Path, pattern: str = "*.ts") -> Path:
    """The catalogues matching `pattern` compiled into `root`/translations; returns `root` (for
    `i18n.resources_dir`)."""
    folder = root / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((resources_dir() / "translations").glob(pattern)):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return root
