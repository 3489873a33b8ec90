"""Linux bundles replace Qt's ICU by stand-ins that hand its calls to the system's ICU
(installer/icu_shim.py). Built here from this environment's Qt: with them preloaded Qt sorts and
maps case exactly as with its own ICU; built to find no system ICU, every call fails as ICU's own
failure does and Qt carries on as Qt without ICU."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_installer import load_installer_module
from tests.helpers.collation import COLLATION_CHECK, KAZAKH_ORDER

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("gcc") is None or shutil.which("nm") is None,
    reason="the ICU stand-ins are built for Linux bundles, with gcc and nm",
)


def qt_lib() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib"


def build_stand_ins(folder: Path, system_versions: tuple[int, ...] | None = None) -> list[Path]:
    shim = load_installer_module("icu_shim")
    originals = [p for p in qt_lib().glob("libicu*.so.*") if not p.is_symlink()]
    if len(originals) != 3:
        pytest.skip(f"this PySide6 does not carry its own ICU: {originals}")
    for path in originals:
        shutil.copyfile(path, folder / path.name)
    users = [p for p in qt_lib().glob("libQt6Core.so.*") if not p.is_symlink()]
    kwargs = {} if system_versions is None else {"system_versions": system_versions}
    freed = shim.replace_icu(folder, users=users, **kwargs)
    assert freed > 30 * 2**20  # Qt's ICU is 36 MiB
    return sorted(folder.glob("libicu*.so.*"))


def run_qt(preload: list[Path]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    if preload:
        env["LD_PRELOAD"] = ":".join(str(p) for p in preload)
    return subprocess.run([sys.executable, "-c", COLLATION_CHECK], env=env, capture_output=True, text=True, timeout=60)


def test_qt_sorts_and_cases_through_the_system_icu_exactly_as_with_its_own(tmp_path):
    if not any(Path(d).glob("libicui18n.so.*") for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib")):
        pytest.skip("this system has no ICU")
    stand_ins = build_stand_ins(tmp_path)
    own, shimmed = run_qt([]), run_qt(stand_ins)
    assert own.returncode == 0 and shimmed.returncode == 0, own.stderr + shimmed.stderr
    assert KAZAKH_ORDER in own.stdout.splitlines()[0]
    assert shimmed.stdout == own.stdout
    assert "Could not create collator" not in shimmed.stderr, shimmed.stderr


def test_without_a_system_icu_every_call_fails_as_icu_does_and_qt_carries_on(tmp_path):
    stand_ins = build_stand_ins(tmp_path, system_versions=())
    i18n = ctypes.CDLL(str(next(p for p in stand_ins if p.name.startswith("libicui18n"))))
    version = stand_ins[0].name.rsplit(".", 1)[-1]
    ucol_open = getattr(i18n, f"ucol_open_{version}")
    ucol_open.restype = ctypes.c_void_p
    status = ctypes.c_int(0)
    assert ucol_open(b"kk", ctypes.byref(status)) is None and status.value == 16  # U_UNSUPPORTED_ERROR
    shimmed = run_qt(stand_ins)
    assert shimmed.returncode == 0, shimmed.stderr
    assert "Could not create collator" in shimmed.stderr  # Qt's own words for a collator ICU refused
    assert shimmed.stdout.splitlines()[-1] == "ӘСЕМ ІҢҒ"  # Qt maps case itself
    assert KAZAKH_ORDER not in shimmed.stdout
