"""Builds the installable Sarapshy for the platform this runs on (PyInstaller, onedir).

    python build_installer.py                 # build, check (--self-test) and package
    python build_installer.py --no-package    # only the folder dist/Sarapshy (or dist/Sarapshy.app)
    python build_installer.py --vlc-dir DIR   # Windows/macOS: the VLC installation to bundle
    python build_installer.py --target windows  # on Linux: the Windows setup, built and tried under Wine

Steps: compile the translations, render the icon from resources/icons/sarapshy.svg, run
PyInstaller (name and version from the package metadata; resources bundled as data; unused Qt
modules left out), prune Qt plugins, catalogues and libraries the program never loads, run the bundle's
`--self-test`, then package:
- Linux: `Sarapshy-<version>-linux-<arch>.tar.gz` with a .desktop file, the icon and a script
  adding both to the menu; the system's libvlc is used (not bundled).
- Windows: libvlc.dll, libvlccore.dll and plugins\\ copied from the VLC installation into the
  bundle when one is given, else QtMultimedia plays; a setup program built by NSIS
  (installer/sarapshy.nsi) when makensis is found, else a zip. On Linux, `--target windows`
  does all of this under Wine and then tries the setup (installer/windows_on_linux.py).
- macOS: Sarapshy.app (with VLC's libraries when --vlc-dir is given) and a dmg when hdiutil exists.

PyInstaller is a build-time tool, not a dependency of the program: `pip install pyinstaller`.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
INSTALLER = ROOT / "installer"
RESOURCES = ROOT / "resources"
ICON_SVG = RESOURCES / "icons" / "sarapshy.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEFAULT_VLC_DIR = {"win32": r"C:\Program Files\VideoLAN\VLC"}
SELF_TEST_TIMEOUT_S = 300

# Python modules the program never imports: left out so PyInstaller does not pull in their Qt
# libraries and plugins. Kept: QtCore, QtGui, QtWidgets, QtMultimedia(+Widgets) for the fallback
# player (its bindings import QtNetwork, so that stays too), QtSvg and QtPdf (printing). The
# QtOpenGL bindings go (8.5 MB); Linux keeps the Qt6OpenGL library that Qt's FFmpeg player links.
# QtCharts goes: the chair's chart is painted by the program (app/ui/chair/spread_plot.py).
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAsyncio",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)
# Other packages of the development environment that must not end up in the bundle.
# (aiohttp stays although the program is offline: pyHanko imports it to reserve signature fields.)
# numpy's random, fft and polynomial: numpy loads them only on first use, and the program uses none.
# Dropped modules whose importers catch the ImportError: lxml's extras, Pillow's WebP and Tk parts.
UNUSED_PACKAGES = (
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "xdist",
    "hypothesis",
    "scipy",
    "IPython",
    "PyInstaller",
    "setuptools",
    "pip",
    "numpy.random",
    "numpy.fft",
    "numpy.polynomial",
    # lxml (5 MB): openpyxl falls back to the standard library's XML when it is missing, and pyHanko
    # guards every use (XMP metadata; a later revision's changed /Metadata is then reported as a
    # suspicious change, the stricter verdict). The program's own PDFs carry no XMP: their signing
    # and verifying, and the Excel summary, are tested without lxml (tests/reports/test_without_lxml.py).
    "lxml",
    # Pillow's WebP codec, Tk bridge and FreeType text drawing (the program reads PNG and JPEG
    # images only and draws no text with Pillow: reportlab and pyHanko have their own font engines)
    "PIL._webp",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL.ImageCms",
    # development tools that pydantic's optional mypy plugin pulls in where they are installed
    "pydantic.mypy",
    "pydantic.v1.mypy",
    "mypy",
    "ast_serialize",
    "librt",
    # Python's line editing for the interactive prompt (with ncurses), which the program has not;
    # numpy's Fortran wrapper generator and distutils; pydoc's help topics
    "readline",
    "numpy.f2py",
    "numpy.distutils",
    "distutils",
    "pydoc_data",
    # the codecs of Chinese, Japanese and Korean legacy encodings (the program reads and writes
    # UTF-8, and cp1251 for old tables); Windows Python has them inside python311.dll
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    # parts of the standard library and of packages that no code path of the program imports
    # (checked by the self-test's import of every module and its documents): pydantic's copy of
    # its version 1, numpy's test tools, the test and documentation tools of
    # Python, process pools, the pure-Python decimal (the C one is used), websockets' asyncio, Trio
    # and legacy clients (the NCALayer client is websockets.sync)
    "pydantic.v1",
    "numpy.testing",
    "unittest",
    "doctest",
    "pydoc",
    "multiprocessing",
    "_pydecimal",
    "websockets.asyncio",
    "websockets.legacy",
    "websockets.trio",
    # reportlab guesses a text's encoding with it only to read an XMP file given by name; our PDFs
    # carry no XMP
    "charset_normalizer",
    # pyHanko's OpenType text engine, no longer used: the signature stamp is drawn by reportlab
    "fontTools",
    "uharfbuzz",
)
# Qt plugins no build needs: other windowing systems, excluded modules, and Linux extras whose
# libraries clash with the desktop's own (the GTK theme) or pull in QtQuick (the virtual keyboard).
# Without the Wayland plugins Qt runs through XWayland, which the embedded VLC player needs anyway.
PRUNED_QT_PLUGINS = (
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "qmltooling",
    "sqldrivers",
    "networkinformation",
    "tls",
    "position",
    "sensors",
    "texttospeech",
    "webview",
    "designer",
    "egldeviceintegrations",
    "platforms/libqwayland",
    "platforms/libqvnc",
    "platforms/libqlinuxfb",
    "platforms/libqeglfs",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimal.",
    "platforms/qdirect2d",
    "platformthemes/libqgtk3",
    "platforminputcontexts/libqtvirtualkeyboard",
    # Windows names: the minimal platform, the virtual keyboard (it pulls in QtQuick), touch
    "platforms/qminimal.",
    "platforminputcontexts/qtvirtualkeyboard",
    "generic/qtuiotouch",
    # Linux: input from touch screens and devices without a windowing system (the eglfs and
    # linuxfb platforms, which are gone); under X11 the xcb platform reads every device itself
    "generic/libqevdev",
    "generic/libqtuiotouch",
    # image formats the program never reads (it shows PNG, JPEG, SVG and ICO)
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqtiff",
    "imageformats/libqwbmp",
    "imageformats/libqwebp",
    "imageformats/libqpdf",
    "imageformats/qicns",
    "imageformats/qtga",
    "imageformats/qtiff",
    "imageformats/qwbmp",
    "imageformats/qwebp",
    "imageformats/qpdf",
)
# Single files the program never loads, relative to the bundled files' folder:
# - opengl32sw.dll: Qt's software OpenGL, used only where the graphics driver lacks OpenGL 2; the
#   window is widgets and the video is drawn through Direct3D 11 (Qt's RHI) on Windows.
# - Pillow's AVIF codec: loaded only to open AVIF images, which the program never reads.
# - the translations' sources (.ts): the program loads the compiled .qm files.
UNUSED_FILES = ("PySide6/opengl32sw.dll", "PIL/_avif.", "resources/translations/*.ts")
# Linux: libraries of X11, fonts, sound, printing and the session bus that every desktop
# distribution installs (as AppImage's exclude list does); the program uses the system's, and what
# only they needed (GnuTLS, Kerberos, Avahi, libsndfile and its codecs ...) goes with them.
LINUX_SYSTEM_LIBRARIES = (
    "libX11.so.6",
    "libX11-xcb.so.1",
    "libXext.so.6",
    "libXrender.so.1",
    "libxcb.so.1",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libexpat.so.1",
    "libz.so.1",
    "libglib-2.0.so.0",
    "libgobject-2.0.so.0",
    "libgthread-2.0.so.0",
    "libdbus-1.so.3",
    "libsystemd.so.0",
    "libpulse.so.0",
    "libpulse-simple.so.0",
    "libcups.so.2",
    "libasound.so.2",
    # also on every desktop distribution the bundle runs on (it needs glibc 2.36, so Debian 12,
    # Ubuntu 23.04 or newer): OpenSSL 3, Kerberos (CUPS needs it), the C++ runtime, SQLite,
    # the compressors, libffi, libuuid, xkbcommon and XRandR
    "libssl.so.3",
    "libcrypto.so.3",
    "libgssapi_krb5.so.2",
    "libkrb5.so.3",
    "libk5crypto.so.3",
    "libkrb5support.so.0",
    "libcom_err.so.2",
    "libkeyutils.so.1",
    "libstdc++.so.6",
    "libsqlite3.so.0",
    "libzstd.so.1",
    "liblzma.so.5",
    "libbz2.so.1.0",
    "libbz2.so.1",
    "libffi.so.8",
    "libuuid.so.1",
    "libbrotlicommon.so.1",
    "libbrotlidec.so.1",
    "libxkbcommon.so.0",
    "libXrandr.so.2",
)
# Shared libraries kept even when no other file names them: the bootloader and glibc load these.
ALWAYS_KEPT_LIBRARIES = ("libpython", "libgcc_s")
QT_LANGUAGES = ("kk", "ru", "en")  # Qt's own catalogues kept (the interface languages)


@dataclass(frozen=True)
class Project:
    """What the package metadata says about the program being built."""

    name: str  # the distribution name, e.g. "sarapshy"
    display_name: str  # e.g. "Sarapshy": the bundle, the executable and the menu entry
    version: str


def project_metadata() -> Project:
    """Name and version from the installed package, or from pyproject.toml in a bare checkout."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        declared = tomllib.load(handle)["project"]
    name = declared["name"]
    try:
        version = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        version = declared["version"]
    return Project(name, name[:1].upper() + name[1:], version)


def current_platform() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    if sys.platform in ("win32", "darwin"):
        return sys.platform
    raise SystemExit(f"build_installer.py: no installer for {sys.platform} (Linux, Windows and macOS only)")


# --- preparation ---------------------------------------------------------------------------------


def build_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py"), "--quiet"], check=True)


def render_icons(out_dir: Path) -> dict[str, Path]:
    """PNGs of the SVG icon at every size, plus the .ico (Windows) and .icns (macOS) made from them.

    Qt's SVG renderer runs in a child process (installer/render_icon.py).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(INSTALLER / "render_icon.py"), str(ICON_SVG), str(out_dir), *map(str, ICON_SIZES)],
        check=True,
        env=env,
    )
    from PIL import Image  # reportlab's dependency, so always installed with the program's packages

    pngs = {size: out_dir / f"sarapshy-{size}.png" for size in ICON_SIZES}
    renders = [Image.open(pngs[size]) for size in ICON_SIZES]  # each size drawn by Qt, not scaled down
    icons = {"png": pngs[256], "ico": out_dir / "sarapshy.ico", "icns": out_dir / "sarapshy.icns"}
    renders[-1].save(icons["ico"], sizes=[(s, s) for s in ICON_SIZES if s <= 256], append_images=renders[:-1])
    renders[-1].save(icons["icns"], append_images=renders[:-1])
    return icons


# --- PyInstaller ---------------------------------------------------------------------------------


def pyinstaller_arguments(project: Project, target: str, icons: dict[str, Path], dist: Path, work: Path) -> list[str]:
    sep = os.pathsep
    args = [
        str(INSTALLER / "launcher.py"),
        "--name",
        project.display_name,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        "--specpath",
        str(work),
        "--runtime-hook",
        str(INSTALLER / "rthook_vlc.py"),
        "--runtime-hook",
        str(INSTALLER / "rthook_ffmpeg.py"),
        # role pages and player engines are imported by name, out of PyInstaller's sight
        "--collect-submodules",
        "app",
        "--collect-submodules",
        "reportlab.graphics.barcode",
        "--copy-metadata",
        project.name,  # app.__version__ reads it at run time
    ]
    for folder in sorted(p for p in RESOURCES.iterdir() if p.is_dir()):
        args += ["--add-data", f"{folder}{sep}resources/{folder.name}"]
    if target == "linux":  # searched before the environment's packages
        lean = load_installer_module("lean_numpy").lean_numpy(importlib.metadata.version("numpy"))
        args += ["--paths", str(lean)] if lean else []
    for module in UNUSED_QT_MODULES:
        args += ["--exclude-module", f"PySide6.{module}"]
    for module in UNUSED_PACKAGES:
        args += ["--exclude-module", module]
    # Not PyInstaller's --strip: it strips every library, and stripping those auditwheel patched
    # (numpy's OpenBLAS) breaks them ("ELF load command ... not page-aligned"). See strip_binaries.
    if target == "win32":
        args += ["--windowed", "--icon", str(icons["ico"])]
    elif target == "darwin":
        args += ["--windowed", "--icon", str(icons["icns"]), "--osx-bundle-identifier", f"kz.edu.{project.name}"]
    return args


def run_pyinstaller(args: list[str]) -> None:
    try:
        import PyInstaller.__main__
    except ImportError:
        raise SystemExit("build_installer.py: PyInstaller is not installed: pip install pyinstaller") from None
    PyInstaller.__main__.run(args)


def bundle_paths(project: Project, target: str, dist: Path) -> tuple[Path, Path]:
    """(what gets packaged, the folder holding the bundled files — sys._MEIPASS at run time)."""
    if target == "darwin":
        app_dir = dist / f"{project.display_name}.app"
        return app_dir, app_dir / "Contents" / "Frameworks"
    folder = dist / project.display_name
    return folder, folder / "_internal"


def prune_bundle(bundle: Path, internal: Path, target: str) -> int:
    """Remove what the program never loads; returns the bytes freed.

    Qt plugins and catalogues first; then, on Linux, the libvlc PyInstaller picked up from the
    system (the system's own libvlc and its plugins must be used together), and every shared
    library that no remaining file needs any more.
    """
    size_before = tree_size(bundle)
    qt = internal / "PySide6" / "Qt"  # Linux and macOS wheels; Windows wheels keep Qt's files in PySide6/
    if not qt.is_dir():
        qt = internal / "PySide6"
    plugins = qt / "plugins"
    doomed: list[Path] = []
    if plugins.is_dir():
        for pattern in PRUNED_QT_PLUGINS:
            folder, _, prefix = pattern.rpartition("/")
            parent = plugins / folder if folder else plugins
            if parent.is_dir():
                doomed += [p for p in parent.iterdir() if p.name.startswith(prefix)]
    translations = qt / "translations"
    if translations.is_dir():
        doomed += [p for p in translations.glob("*.qm") if p.stem.rsplit("_", 1)[-1] not in QT_LANGUAGES]
    for pattern in UNUSED_FILES:
        folder, _, prefix = pattern.rpartition("/")
        if (internal / folder).is_dir():
            doomed += [
                p
                for p in (internal / folder).iterdir()
                if (p.match(prefix) if "*" in prefix else p.name.startswith(prefix))
            ]
    if target == "linux":
        doomed += list(internal.glob("libvlc*.so*"))
        doomed += [internal / name for name in LINUX_SYSTEM_LIBRARIES if (internal / name).exists()]
    for path in doomed:
        shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    if target in ("linux", "win32"):
        freed = load_installer_module("shared_ffmpeg").share_ffmpeg(internal, windows=target == "win32")
        if freed:  # otherwise share_ffmpeg has said why both copies stay
            print(f"Qt's player uses PyAV's FFmpeg: Qt's copy removed, {freed / 2**20:.1f} MiB saved", flush=True)
    if target == "linux":  # before the libraries only they needed go (libsharpyuv)
        stubs = load_installer_module("encoder_stubs")
        stubs.replace_encoder_libraries(internal / "av.libs", windows=False)
        stubs.replace_encoder_libraries(
            internal / "pillow.libs", windows=False, stand_ins=stubs.PILLOW_STAND_INS, package="PIL"
        )
        load_installer_module("blas_stubs").replace_blas(internal / "numpy.libs", windows=False)
        load_installer_module("qt_quick_stubs").replace_quick_libraries(bundle, qt / "lib")
        qt_core = [p for p in (qt / "lib").glob("libQt6Core.so.*") if not p.is_symlink()]
        load_installer_module("icu_shim").replace_icu(qt / "lib", users=qt_core)
        for path in unneeded_libraries(bundle):
            path.unlink()
        for link in [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]:
            link.unlink()
    if target == "win32":
        for path in unneeded_qt_dlls(qt):
            path.unlink()
    return size_before - tree_size(bundle)


def unneeded_qt_dlls(qt: Path) -> list[Path]:
    """Qt's DLLs (PySide6 folder, Windows) that no binding, plugin or other needed DLL imports,
    e.g. QtQuick and QML once the virtual keyboard plugin is gone. Only Qt's own folder: other
    packages' DLL folders (delvewheel) are loaded by a list, not by imports."""
    import pefile  # PyInstaller's own dependency on Windows

    def imports(path: Path) -> set[str]:
        pe = pefile.PE(str(path), fast_load=True)
        pe.parse_data_directories(
            directories=[
                pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
                pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"],
            ]
        )
        entries = getattr(pe, "DIRECTORY_ENTRY_IMPORT", []) + getattr(pe, "DIRECTORY_ENTRY_DELAY_IMPORT", [])
        pe.close()
        return {entry.dll.decode().lower() for entry in entries}

    if not qt.is_dir():
        return []
    libraries = {
        p.name.lower(): p
        for p in qt.glob("*.dll")
        if p.name.lower().startswith(("qt6", "avcodec", "avformat", "avutil", "swresample", "swscale"))
    }
    roots = [p for p in qt.rglob("*") if p.suffix.lower() in (".pyd", ".dll") and p.name.lower() not in libraries]
    needed: set[str] = set()
    queue = list(roots)
    while queue:
        for name in imports(queue.pop()):
            if name in libraries and name not in needed:
                needed.add(name)
                queue.append(libraries[name])
    return sorted(path for name, path in libraries.items() if name not in needed)


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED names of an ELF file (objdump: PyInstaller needs binutils on Linux anyway)."""
    output = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[1] for line in output.splitlines() if line.strip().startswith("NEEDED")]


def has_symbol_table(path: Path) -> bool:
    output = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True).stdout
    return " .symtab " in output


def strip_binaries(bundle: Path) -> int:
    """Strip the symbol tables of the ELF files that still have one; returns the bytes freed.

    Libraries vendored by auditwheel (the `<package>.libs` folders) are left alone: patchelf
    rewrote their layout, and strip then produces files the loader refuses.
    """
    before = tree_size(bundle)
    for path in bundle.rglob("*"):
        if (
            path.is_file()
            and not path.is_symlink()
            and not any(part.endswith(".libs") for part in path.parts)
            and is_elf(path)
            and has_symbol_table(path)
        ):
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
    return before - tree_size(bundle)


def unneeded_libraries(bundle: Path) -> list[Path]:
    """Shared libraries (not extension modules, not Qt plugins) that no other file links to.

    The roots are the executable, Python's extension modules and the Qt plugins; a library stays
    if a root needs it, directly or through other libraries.
    """
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]

    def is_library(path: Path) -> bool:
        name = path.name
        return (
            ".so" in name
            and "plugins" not in path.parts
            and not name.endswith(".abi3.so")
            and ".cpython-" not in name
            and not name.startswith(ALWAYS_KEPT_LIBRARIES)
        )

    libraries: dict[str, list[Path]] = {}
    for path in filter(is_library, files):
        libraries.setdefault(path.name, []).append(path)
    real = {p.resolve(): p for paths in libraries.values() for p in paths}
    for link in (p for p in bundle.rglob("*") if p.is_symlink() and p.exists()):
        if link.resolve() in real:
            libraries.setdefault(link.name, []).append(real[link.resolve()])
    queue = [p for p in files if not is_library(p)]
    kept: set[Path] = set()
    while queue:
        for name in elf_needed(queue.pop()):
            for library in libraries.get(name, []):
                if library not in kept:
                    kept.add(library)
                    queue.append(library)
    return sorted({p for paths in libraries.values() for p in paths if p.is_file()} - kept)


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- VLC -----------------------------------------------------------------------------------------


def bundle_vlc(vlc_dir: Path, internal: Path, target: str) -> None:
    """Copy libvlc, libvlccore and the plugins into <bundle>/vlc (see installer/rthook_vlc.py)."""
    dest = internal / "vlc"
    if target == "win32":
        parts = [vlc_dir / "libvlc.dll", vlc_dir / "libvlccore.dll", vlc_dir / "plugins"]
        targets = [dest / "libvlc.dll", dest / "libvlccore.dll", dest / "plugins"]
    else:  # VLC.app/Contents/MacOS holds lib/ and plugins/
        base = vlc_dir / "Contents" / "MacOS" if (vlc_dir / "Contents").is_dir() else vlc_dir
        parts = [base / "lib", base / "plugins"]
        targets = [dest / "lib", dest / "plugins"]
    missing = [str(p) for p in parts if not p.exists()]
    if missing:
        raise SystemExit(
            f"build_installer.py: --vlc-dir {vlc_dir}: not found: {', '.join(missing)}. "
            "Install VLC (64-bit, same architecture as Python) or give its folder with --vlc-dir."
        )
    for source, target_path in zip(parts, targets, strict=True):
        target_path.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target_path, dirs_exist_ok=True, symlinks=True)
        else:
            shutil.copy2(source, target_path)
    cache = dest / "plugins" / "plugins.dat"  # built for VLC's own folder; libvlc rebuilds it
    if cache.exists():
        cache.unlink()


def sign_ad_hoc(app_bundle: Path) -> None:
    """Sign the .app again (ad hoc) after files were added or removed: macOS on Apple silicon
    refuses to load code whose signature no longer matches the bundle."""
    if shutil.which("codesign") is None:
        print("codesign not found: the .app is left as PyInstaller signed it")
        return
    subprocess.run(["codesign", "--force", "--deep", "--sign", "-", str(app_bundle)], check=True)


# --- the check -----------------------------------------------------------------------------------


def executable(project: Project, target: str, bundle: Path) -> Path:
    if target == "darwin":
        return bundle / "Contents" / "MacOS" / project.display_name
    return bundle / (project.display_name + (".exe" if target == "win32" else ""))


def run_bundle_self_test(exe: Path, work: Path) -> tuple[int, str]:
    """Run `<exe> --self-test` in a fresh data folder; (exit code, its report)."""
    home = work / "self-test-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    env = {**os.environ, "SARAPSHY_HOME": str(home)}
    for variable in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # the bundle must stand alone
        env.pop(variable, None)
    if sys.platform.startswith("linux") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [str(exe), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=SELF_TEST_TIMEOUT_S,
        cwd=work,
    )
    report = done.stdout
    written = home / "self-test.txt"  # windowed builds have no console: the report is in a file
    if not report.strip() and written.exists():
        report = written.read_text(encoding="utf-8")
    if done.returncode != 0 and done.stderr.strip():
        report += "\n" + done.stderr.strip()[-4000:]
    return done.returncode, report


# --- packaging -----------------------------------------------------------------------------------


def package_linux(project: Project, bundle: Path, icons: dict[str, Path], dist: Path) -> Path:
    desktop = (INSTALLER / "sarapshy.desktop.in").read_text(encoding="utf-8")
    desktop = desktop.replace("@EXEC@", project.display_name).replace("@ICON@", project.name)
    (bundle / f"{project.name}.desktop").write_text(desktop, encoding="utf-8")
    shutil.copy2(icons["png"], bundle / f"{project.name}.png")
    shutil.copy2(INSTALLER / "sarapshy-mime.xml", bundle / "sarapshy-mime.xml")
    script = bundle / "install-desktop-entry.sh"
    shutil.copy2(INSTALLER / "install-desktop-entry.sh", script)
    script.chmod(0o755)
    archive = dist / f"{project.display_name}-{project.version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return archive


def find_makensis() -> Path | None:
    found = shutil.which("makensis")
    if found:
        return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        base = os.environ.get(variable)
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return Path(base) / "NSIS" / "makensis.exe"
    return None


def package_windows(project: Project, bundle: Path, icons: dict[str, Path], dist: Path) -> Path:
    """The NSIS setup program (installer/sarapshy.nsi) when makensis is found, else a zip."""
    base_name = f"{project.display_name}-{project.version}-windows-amd64"
    makensis = find_makensis()
    if makensis is not None:
        setup_module = load_installer_module("windows_on_linux")
        return setup_module.make_setup(
            project, bundle, icons["ico"], dist, dist / "makensis.log", makensis=str(makensis)
        )
    print("NSIS (makensis) not found: making a zip instead of a setup program")
    archive = dist / f"{base_name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(bundle.rglob("*")):
            zf.write(path, Path(bundle.name) / path.relative_to(bundle))
    return archive


def package_macos(project: Project, bundle: Path, dist: Path) -> Path:
    if shutil.which("hdiutil") is None:
        print("hdiutil not found: the .app is the result")
        return bundle
    image = dist / f"{project.display_name}-{project.version}-macos-{platform.machine()}.dmg"
    image.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            project.display_name,
            "-srcfolder",
            str(bundle),
            "-ov",
            "-format",
            "UDZO",
            str(image),
        ],
        check=True,
    )
    return image


# --- main ----------------------------------------------------------------------------------------


def load_installer_module(name: str):
    """A module of installer/ by its file (a package named `installer` may be installed as well)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"sarapshy_installer_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the bundle and package go (default dist/)"
    )
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default build/)")
    parser.add_argument(
        "--vlc-dir",
        type=Path,
        default=DEFAULT_VLC_DIR.get(sys.platform),
        help="Windows/macOS: the VLC installation whose libvlc and plugins are bundled "
        r"(Windows default C:\Program Files\VideoLAN\VLC; macOS: e.g. /Applications/VLC.app)",
    )
    parser.add_argument("--no-vlc", action="store_true", help="Windows/macOS: bundle no libvlc (QtMultimedia plays)")
    parser.add_argument("--no-self-test", action="store_true", help="do not run the bundle's --self-test")
    parser.add_argument("--no-package", action="store_true", help="stop after the bundle folder (no archive or setup)")
    parser.add_argument(
        "--target",
        choices=("native", "windows"),
        default="native",
        help="windows (on Linux): build the Windows setup under Wine, then install it in a fresh "
        "Wine prefix, self-test, screenshot and uninstall it (docs/INSTALLER.md)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="--target windows: where the Windows Python, the wheels and the build prefix are kept "
        "between runs (default ~/.cache/sarapshy-build/windows)",
    )
    parser.add_argument(
        "--no-install-test",
        action="store_true",
        help="--target windows: make the setup, but do not try it in a fresh Wine prefix",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    target = current_platform()
    project = project_metadata()
    dist, work = args.dist.resolve(), args.work.resolve()
    if args.target == "windows" and target != "win32":
        return load_installer_module("windows_on_linux").build_windows_setup(
            project, dist, work / "windows", args.cache, args.vlc_dir, try_it=not args.no_install_test
        )
    started = time.perf_counter()
    print(f"Building {project.display_name} {project.version} for {target} into {dist}")

    build_translations()
    icons = render_icons(work / "icons")
    run_pyinstaller(pyinstaller_arguments(project, target, icons, dist, work))
    bundle, internal = bundle_paths(project, target, dist)
    shutil.copytree(
        work / "icons",
        internal / "resources" / "icons",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("*.icns", "*.ico"),
    )
    freed = prune_bundle(bundle, internal, target)
    if target == "linux":
        freed += strip_binaries(bundle)
    if target != "linux" and not args.no_vlc and args.vlc_dir is not None:
        bundle_vlc(args.vlc_dir, internal, target)
    if target == "darwin":
        sign_ad_hoc(bundle)
    size = tree_size(bundle)
    print(f"bundle: {bundle} — {size / 2**20:.1f} MiB ({freed / 2**20:.1f} MiB saved by pruning and stripping)")

    if not args.no_self_test:
        code, report = run_bundle_self_test(executable(project, target, bundle), work)
        print(report.rstrip())
        if code != 0:
            print(f"build_installer.py: the bundle's --self-test failed (exit {code})", file=sys.stderr)
            return 1
    if not args.no_package:
        if target == "linux":
            result = package_linux(project, bundle, icons, dist)
        elif target == "win32":
            result = package_windows(project, bundle, icons, dist)
        else:
            result = package_macos(project, bundle, dist)
        print(
            f"package: {result} — {result.stat().st_size / 2**20:.1f} MiB" if result.is_file() else f"package: {result}"
        )
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
