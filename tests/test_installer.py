"""The installer: builds the Linux bundle with build_installer.py, unpacks its archive and runs the
frozen program's --self-test. Slow (a few minutes): run it on its own with `pytest -m installer`.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from tests.helpers.collation import COLLATION_CHECK, KAZAKH_ORDER
from tests.helpers.self_test import STEPS

pytestmark = [pytest.mark.installer, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_S = 1200
# The unpacked bundle may not grow past 150 MB (files only); docs/INSTALLER.md ("Size") says what
# it holds and what was cut to get there.
LINUX_BUNDLE_CEILING_MIB = 150 * 10**6 / 2**20


def bundle_env(home: Path) -> dict[str, str]:
    """The frozen program must stand alone: nothing of the source tree or the venv may leak in."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(SARAPSHY_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    """Build (timed), then unpack the tar.gz as a user would; returns the unpacked program folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (build-time tool): pip install pyinstaller==6.22.3")
    if not sys.platform.startswith("linux"):
        pytest.skip("this test builds the Linux bundle; Windows and macOS builds are made on those systems")
    out = tmp_path_factory.mktemp("installer")
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_installer.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "build"),
            "--no-self-test",
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        cwd=ROOT,
    )
    print(f"\nbuild_installer.py took {time.perf_counter() - started:.0f} s")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    archives = list((out / "dist").glob("Sarapshy-*-linux-*.tar.gz"))
    assert len(archives) == 1, f"expected one archive, found {archives}"
    print(f"archive {archives[0].name}: {archives[0].stat().st_size / 2**20:.1f} MiB")
    with tarfile.open(archives[0]) as tar:
        tar.extractall(out / "unpacked", filter="tar")
    folder = out / "unpacked" / "Sarapshy"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"unpacked: {size / 2**20:.1f} MiB in files ({folder})")
    return folder


def test_the_unpacked_program_passes_its_self_test(unpacked, tmp_path):
    started = time.perf_counter()
    done = subprocess.run(
        [str(unpacked / "Sarapshy"), "--self-test"],
        env=bundle_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    print(f"self-test took {time.perf_counter() - started:.0f} s\n{done.stdout}")
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert "frozen bundle" in lines[0]
    for step in STEPS:
        assert any(line.startswith(f"OK   {step}: ") for line in lines), f"no OK line for {step!r}"
    assert lines[-1] == f"self-test OK: {len(STEPS)} steps"
    # the self-test worked in its own temporary folder, not in the data folder it was given
    assert not (tmp_path / "home" / "keys").exists()


def test_under_x11_the_unpacked_program_plays_video_with_the_system_libvlc(unpacked, tmp_path):
    """The Linux bundle carries no libvlc: the frozen python-vlc must find and run the system's."""
    if shutil.which("xvfb-run") is None or ctypes.util.find_library("vlc") is None:
        pytest.skip(
            "needs xvfb-run and the system libvlc (Debian: xvfb libvlc5 vlc-plugin-base vlc-plugin-video-output)"
        )
    env = bundle_env(tmp_path / "home")
    del env["QT_QPA_PLATFORM"]
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", str(unpacked / "Sarapshy"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "OK   Qt: platform xcb" in done.stdout
    assert re.search(r"^OK   Qt: .*, Kazakh alphabetical order", done.stdout, re.M)  # the system's ICU
    assert re.search(
        r"^OK   video playback: VLC [\d.]+ .* showed a (red|green) \(\d+, \d+, \d+\) frame at [1-9]\d* ms",
        done.stdout,
        re.M,
    ), done.stdout


def bundle_size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def test_the_unpacked_bundle_stays_under_its_size_ceiling(unpacked):
    size = bundle_size_mib(unpacked)
    assert size <= LINUX_BUNDLE_CEILING_MIB, (
        f"the Linux bundle grew to {size:.1f} MiB (ceiling {LINUX_BUNDLE_CEILING_MIB:.2f})"
    )
    # numpy built from source for the bundle (installer/lean_numpy.py): no OpenBLAS, one copy of each loop
    umath = list((unpacked / "_internal" / "numpy" / "_core").glob("_multiarray_umath.*.so"))
    assert len(umath) == 1 and umath[0].stat().st_size < 5 * 2**20, umath
    assert not (unpacked / "_internal" / "numpy.libs").exists()
    # the libraries of PyAV's FFmpeg and of Pillow that the program never calls are the build's
    # failing stand-ins, a few KB each
    internal = unpacked / "_internal"
    stubbed = {
        "av.libs": (
            "libx265", "libSvtAv1Enc", "libvpx", "libwebp-", "libwebpmux", "libaom", "libopenh264", "libsrt",
            "libavdevice", "libgmp", "libvorbis-", "libvorbisenc", "libtwolame", "libgnutls", "libmp3lame",
            "libopencore-amrnb", "libopencore-amrwb",
        ),
        "pillow.libs": ("libtiff-", "libopenjp2-", "libxcb-"),
    }  # fmt: skip
    for folder, prefixes in stubbed.items():
        found = [p for p in (internal / folder).iterdir() if p.name.startswith(prefixes)]
        assert len(found) == len(prefixes) and all(p.stat().st_size < 100_000 for p in found), found
    # Qt Quick/QML are stand-ins too
    stand_ins = [
        internal / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6",
        internal / "PySide6" / "Qt" / "lib" / "libQt6Qml.so.6",
    ]
    assert all(p.stat().st_size < 100_000 for p in stand_ins), stand_ins
    # one FFmpeg: Qt's names are links to PyAV's files (installer/shared_ffmpeg.py)
    for name in ("libavcodec.so.61", "libavformat.so.61", "libavutil.so.59", "libswscale.so.8", "libswresample.so.5"):
        link = internal / "PySide6" / "Qt" / "lib" / name
        assert link.is_symlink() and link.resolve().parent == (internal / "av.libs").resolve(), name
    # the libraries every desktop has are the system's; what only they needed goes with them; lxml goes
    names = {p.name for p in internal.rglob("*")}
    assert not names & {
        "libX11.so.6", "libfontconfig.so.1", "libpulse.so.0", "libcups.so.2", "libQt6QmlModels.so.6",
        "libssl.so.3", "libcrypto.so.3", "libstdc++.so.6", "libkrb5.so.3", "libsqlite3.so.0", "libasound.so.2",
    }  # fmt: skip
    assert not (internal / "lxml").exists() and not [n for n in names if n.startswith(("libXau", "libcrypto-"))]


def test_qt_sorts_and_cases_through_the_system_icu_as_with_its_own(unpacked):
    """Qt's ICU is replaced by stand-ins that pass its calls to the system's ICU
    (installer/icu_shim.py): Qt with them (preloaded in place of its own) sorts Kazakh, Russian,
    English and a fallback language and maps case the same as with its own ICU."""
    qt_lib = unpacked / "_internal" / "PySide6" / "Qt" / "lib"
    stand_ins = sorted(p for p in qt_lib.glob("libicu*.so.*") if not p.is_symlink())
    assert [p.name.split(".")[0] for p in stand_ins] == ["libicudata", "libicui18n", "libicuuc"], stand_ins
    assert all(p.stat().st_size < 64 * 1024 for p in stand_ins), stand_ins
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    whole = subprocess.run([sys.executable, "-c", COLLATION_CHECK], env=env, capture_output=True, text=True, timeout=60)
    shimmed = subprocess.run(
        [sys.executable, "-c", COLLATION_CHECK],
        env={**env, "LD_PRELOAD": ":".join(str(p) for p in stand_ins)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert whole.returncode == 0 and shimmed.returncode == 0, whole.stderr + shimmed.stderr
    assert KAZAKH_ORDER in whole.stdout.splitlines()[0]
    assert shimmed.stdout == whole.stdout and "Could not create collator" not in shimmed.stderr, shimmed.stderr


def test_the_program_answers_on_the_command_line(unpacked, tmp_path):
    done = subprocess.run(
        [str(unpacked / "Sarapshy"), "--version"], env=bundle_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip().startswith("sarapshy ")
    assert "0.0.0+source" not in done.stdout  # the version comes from the package metadata


def test_the_archive_uses_the_system_libvlc_and_leaves_out_unused_qt(unpacked):
    files = [p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*")]
    assert not [f for f in files if Path(f).name.startswith("libvlc")], "libvlc must come from the system"
    for unused in (
        "libQt6WebEngineCore",
        "libQt6Quick3D",
        "libQt6VirtualKeyboard",
        "libqwayland",
        "libqgtk3",
        "QtQml.abi3",
        "QtQuick.abi3",
        "QtCharts",
    ):
        assert not [f for f in files if unused in f], f"{unused} should not be bundled"
    for needed in (
        "QtMultimedia.abi3.so",
        "QtPdf.abi3.so",
        "QtPrintSupport.abi3.so",
        "QtSvg.abi3.so",
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "multimedia/libffmpegmediaplugin.so",
        "resources/fonts/DejaVuSans.ttf",
        "resources/translations/common_kk.qm",
        "resources/icons/sarapshy.svg",
        "resources/icons/sarapshy-256.png",
    ):
        assert [f for f in files if f.endswith(needed)], f"{needed} is missing from the bundle"
    qt_catalogues = [Path(f).stem for f in files if "/Qt/translations/" in f and f.endswith(".qm")]
    assert qt_catalogues and all(name.rsplit("_", 1)[-1] in ("kk", "ru", "en") for name in qt_catalogues)


def test_the_desktop_entry_installs_with_the_unpacked_path_and_removes_cleanly(unpacked, tmp_path):
    desktop = (unpacked / "sarapshy.desktop").read_text(encoding="utf-8")
    assert "Name[kk]=Сарапшы" in desktop and "MimeType=application/x-sarapshy-round+json;" in desktop
    assert (unpacked / "sarapshy.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    script = unpacked / "install-desktop-entry.sh"
    assert os.access(script, os.X_OK)
    subprocess.run([str(script)], env=env, check=True, capture_output=True)
    installed = (tmp_path / "share" / "applications" / "sarapshy.desktop").read_text(encoding="utf-8")
    assert f'Exec="{unpacked}/Sarapshy" gui %f' in installed.splitlines()
    assert (tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "sarapshy.png").is_file()
    assert "*.round.json" in (tmp_path / "share" / "mime" / "packages" / "sarapshy.xml").read_text(encoding="utf-8")
    subprocess.run([str(script), "--remove"], env=env, check=True, capture_output=True)
    assert not (tmp_path / "share" / "applications" / "sarapshy.desktop").exists()


def test_a_missing_part_is_reported_as_failed_not_ok(tmp_path):
    """Run from the source tree with the sheet PDF module made unimportable, as in a broken build."""
    code = (
        "import sys; sys.modules['app.reports.sheet_pdf'] = None\n"
        "from app.selftest import run_self_test; raise SystemExit(run_self_test())"
    )
    env = {**os.environ, "SARAPSHY_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 1, done.stdout + done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert any(line.startswith("FAIL imports: ") and "app.reports.sheet_pdf (" in line for line in lines)
    assert any(line.startswith("FAIL sheet PDF: not available") for line in lines)
    assert any(line.startswith("FAIL PDF signature: skipped: needs the sheet PDF") for line in lines)
    assert any(line.startswith("OK   Excel summary: ") for line in lines)
    assert lines[-1].startswith("self-test FAILED: imports, ") and "sheet PDF, PDF signature" in lines[-1]
