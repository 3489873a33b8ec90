"""Compiles the Qt translation sources (resources/translations/*.ts) into .qm catalogues.

Run by the set-up scripts and the installer build; a .qm newer than its .ts is left alone.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def find_lrelease() -> list[str]:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return [found]


def build(force: bool = False, quiet: bool = False) -> list[Path]:
    built = []
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        return built
    lrelease = find_lrelease()
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    if built and not quiet:
        print(f"built {len(built)} translation catalogue(s)")
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild every catalogue")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    build(force=args.force, quiet=args.quiet)


if __name__ == "__main__":
    main()
