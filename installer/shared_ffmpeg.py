"""One FFmpeg in the bundle: Qt's player (QtMultimedia's FFmpeg plugin) uses PyAV's libraries.

PySide6's wheels carry their own FFmpeg 7.1 (libavcodec 61, libavformat 61, libavutil 59,
libswscale 8, libswresample 5) for QtMultimedia; PyAV's wheels carry another for probing,
checking and making clips. When both are the same major versions, and PyAV's are at least as new
in their minor version (FFmpeg keeps the ABI within a major version and only adds to it in a
minor one), Qt's copies go and Qt's plugin loads PyAV's:

- Linux: Qt's file names (libavcodec.so.61 ...) become links to PyAV's files in av.libs. The
  dynamic loader opens each file once, whichever of the two names asks first.
- Windows: PyAV's DLLs lose the hash delvewheel gave their names (avcodec-61-<hash>.dll becomes
  avcodec-61.dll, the name Qt's plugin imports), and every PyAV file importing them is patched
  to the shorter name in place; installer/rthook_ffmpeg.py puts av.libs on PATH, where Qt's
  plugin looks for the DLLs it imports.

With other versions (e.g. a PyAV built on FFmpeg 8) both copies stay and the build says so.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

# FFmpeg library → the identification text it carries ("Lavc61.19.101"), whose version is
# the library's own, in ELF and PE files alike
LIBRARIES = {"avcodec": b"Lavc", "avformat": b"Lavf", "avutil": b"Lavu", "swscale": b"SwS", "swresample": b"SwR"}


def library_version(path: Path, ident: bytes) -> tuple[int, ...] | None:
    """(major, minor, micro) from the identification text; (major,) from the file name where the
    library carries no such text (libavutil); None when neither says."""
    found = re.search(re.escape(ident) + rb"(\d+)\.(\d+)\.(\d+)\x00", path.read_bytes())
    if found:
        return tuple(int(part) for part in found.groups())
    named = re.search(r"\.so\.(\d+)" if ".so." in path.name else r"^[a-z]+-(\d+)", path.name)
    return (int(named.group(1)),) if named else None


def compatible(qt: tuple[int, ...] | None, pyav: tuple[int, ...] | None) -> bool:
    """Same major version, and PyAV's minor version at least Qt's where both are known."""
    if qt is None or pyav is None or qt[0] != pyav[0]:
        return False
    return len(qt) < 2 or len(pyav) < 2 or pyav[1] >= qt[1]


def share_ffmpeg(internal: Path, windows: bool) -> int:
    """Let Qt's player use PyAV's FFmpeg and remove Qt's; returns the bytes freed (0 when the
    versions differ or either copy is missing)."""
    qt_folder = internal / "PySide6" if windows else internal / "PySide6" / "Qt" / "lib"
    av_libs = internal / "av.libs"
    pairs: dict[str, tuple[Path, Path]] = {}
    for name, ident in LIBRARIES.items():
        if windows:
            qt_files = list(qt_folder.glob(f"{name}-[0-9]*.dll"))
            pyav_files = list(av_libs.glob(f"{name}-[0-9]*.dll"))
        else:
            qt_files = [p for p in qt_folder.glob(f"lib{name}.so.[0-9]*") if not p.is_symlink()]
            pyav_files = [p for p in av_libs.glob(f"lib{name}-*.so.*") if not p.is_symlink()]
        if len(qt_files) != 1 or len(pyav_files) != 1:
            return 0
        qt_file, pyav_file = qt_files[0], pyav_files[0]
        qt_version, pyav_version = library_version(qt_file, ident), library_version(pyav_file, ident)
        if not compatible(qt_version, pyav_version):
            print(f"Qt's {qt_file.name} ({qt_version}) and PyAV's {pyav_file.name} ({pyav_version}) differ: both stay")
            return 0
        if name == "avcodec" and (qt_version is None or len(qt_version) < 3):
            print(f"Qt's {qt_file.name} carries no version text: both FFmpeg copies stay")
            return 0
        pairs[name] = (qt_file, pyav_file)
    freed = sum(qt_file.stat().st_size for qt_file, _ in pairs.values())
    if windows:
        _share_on_windows(pairs, av_libs, internal / "av")
    else:
        for qt_file, pyav_file in pairs.values():
            qt_file.unlink()
            qt_file.symlink_to(Path("..", "..", "..", "av.libs", pyav_file.name))
    return freed


def _share_on_windows(pairs: dict[str, tuple[Path, Path]], av_libs: Path, av_package: Path) -> None:
    renames = {pyav_file.name: qt_file.name for qt_file, pyav_file in pairs.values()}
    users = [*av_libs.glob("*.dll"), *av_package.rglob("*.pyd")]
    for user in users:
        data = original = user.read_bytes()
        for old, new in renames.items():
            data = rename_import(data, old, new)
        if data != original:
            user.write_bytes(data)
    for qt_file, pyav_file in pairs.values():
        qt_file.unlink()
        shutil.move(pyav_file, av_libs / qt_file.name)


def rename_import(data: bytes, old: str, new: str) -> bytes:
    """A PE file's bytes with the imported DLL name `old` shortened to `new` in place (padded with
    NULs: the name is a NUL-terminated text the import table points at). Windows matches DLL
    names without regard to case; delvewheel writes them as the file is named."""
    if len(new) > len(old):
        raise ValueError(f"{new} is longer than {old}: it cannot replace it in place")
    pattern = re.compile(re.escape(old.encode("ascii")) + b"\x00", re.IGNORECASE)
    replacement = new.encode("ascii") + b"\x00" * (len(old) - len(new) + 1)
    return pattern.sub(replacement, data)


def describe(internal: Path, windows: bool) -> str:
    """One line saying which FFmpeg Qt's player loads in a built bundle."""
    av_libs = internal / "av.libs"
    if windows:
        own = sorted(p.name for p in (internal / "PySide6").glob("avcodec-[0-9]*.dll"))
        shared = sorted(p.name for p in av_libs.glob("avcodec-[0-9]*.dll") if p.name.count("-") == 1)
    else:
        links = list((internal / "PySide6" / "Qt" / "lib").glob("libavcodec.so.[0-9]*"))
        own = [p.name for p in links if not p.is_symlink()]
        shared = [p.name for p in links if p.is_symlink() and p.resolve().parent == av_libs.resolve()]
    if shared and not own:
        return f"Qt's player uses PyAV's FFmpeg ({shared[0]} in av.libs); Qt's own copy is not bundled"
    return f"Qt's player uses its own FFmpeg ({', '.join(own) or 'none found'})"
