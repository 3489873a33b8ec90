"""installer/shared_ffmpeg.py: Qt's player takes PyAV's FFmpeg when the versions allow, on layouts
shaped like the Linux and Windows bundles. (The built bundles are tried by tests/test_installer.py
and tests/test_windows_installer.py, whose self-tests play a clip through the shared copy.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_installer import load_installer_module

shared_ffmpeg = load_installer_module("shared_ffmpeg")

QT_VERSIONS = {"avcodec": "61.19.101", "avformat": "61.7.103", "avutil": "59.39.100", "swscale": "8.3.100"}
QT_VERSIONS["swresample"] = "5.3.100"


def library(path: Path, name: str, version: str, filler: bytes = b"") -> Path:
    ident = shared_ffmpeg.LIBRARIES[name]
    text = ident + version.encode() + b"\x00" if name != "avutil" else b""  # libavutil carries none
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x7fELF" + filler + b"\x00" * 64 + text + b"\x00" * 64)
    return path


def linux_bundle(internal: Path, pyav_versions: dict[str, str]) -> None:
    for name, version in QT_VERSIONS.items():
        major = version.split(".")[0]
        library(internal / "PySide6" / "Qt" / "lib" / f"lib{name}.so.{major}", name, version, b"qt" * 500)
    for name, version in pyav_versions.items():
        library(internal / "av.libs" / f"lib{name}-5efb2ca5.so.{version}", name, version)


def test_linux_qt_names_become_links_to_pyavs_files_when_the_versions_match(tmp_path):
    linux_bundle(tmp_path, {**QT_VERSIONS, "avformat": "61.7.100"})  # a lower micro version is the same ABI
    freed = shared_ffmpeg.share_ffmpeg(tmp_path, windows=False)
    assert freed > 5 * 1000
    for name, version in QT_VERSIONS.items():
        link = tmp_path / "PySide6" / "Qt" / "lib" / f"lib{name}.so.{version.split('.')[0]}"
        assert link.is_symlink() and link.resolve().parent == (tmp_path / "av.libs").resolve()
        assert link.resolve().name.startswith(f"lib{name}-5efb2ca5.so.")
    assert "uses PyAV's FFmpeg (libavcodec.so.61 in av.libs)" in shared_ffmpeg.describe(tmp_path, windows=False)


@pytest.mark.parametrize(
    "change",
    [
        {"avcodec": "62.28.102"},  # PyAV 18: FFmpeg 8
        {"avcodec": "61.3.100"},  # an older minor version than Qt's: Qt may call what it lacks
        {"swscale": "9.5.102"},
    ],
)
def test_linux_both_copies_stay_when_a_version_differs(tmp_path, change):
    linux_bundle(tmp_path, {**QT_VERSIONS, **change})
    assert shared_ffmpeg.share_ffmpeg(tmp_path, windows=False) == 0
    links = [p for p in (tmp_path / "PySide6" / "Qt" / "lib").iterdir() if p.is_symlink()]
    assert links == [] and len(list((tmp_path / "PySide6" / "Qt" / "lib").iterdir())) == 5
    assert "uses its own FFmpeg" in shared_ffmpeg.describe(tmp_path, windows=False)


def test_windows_pyav_dlls_take_qts_names_and_every_importer_is_patched(tmp_path):
    hashes = {name: f"{i:032x}" for i, name in enumerate(QT_VERSIONS)}
    hashed = {name: f"{name}-{version.split('.')[0]}-{hashes[name]}.dll" for name, version in QT_VERSIONS.items()}
    for name, version in QT_VERSIONS.items():
        library(tmp_path / "PySide6" / f"{name}-{version.split('.')[0]}.dll", name, version, b"qt" * 500)
        imports = b"".join(other.encode() + b"\x00" for key, other in hashed.items() if key != name)
        library(tmp_path / "av.libs" / hashed[name], name, version, imports)
    module = tmp_path / "av" / "video" / "frame.pyd"
    module.parent.mkdir(parents=True)
    module.write_bytes(b"MZ" + hashed["avcodec"].upper().encode() + b"\x00" + b"Python311.dll\x00")
    filter_dll = tmp_path / "av.libs" / "avfilter-10-00ff.dll"
    filter_dll.write_bytes(b"MZ" + hashed["avutil"].encode() + b"\x00tail")

    assert shared_ffmpeg.share_ffmpeg(tmp_path, windows=True) > 5 * 1000

    assert sorted(p.name for p in (tmp_path / "PySide6").iterdir()) == []
    names = sorted(p.name for p in (tmp_path / "av.libs").iterdir())
    assert names == sorted(["avfilter-10-00ff.dll", *(f"{n}-{v.split('.')[0]}.dll" for n, v in QT_VERSIONS.items())])
    # same length (the import table points into the file), shorter name, NULs after it
    data = module.read_bytes()
    assert len(data) == 2 + len(hashed["avcodec"]) + 1 + len("Python311.dll") + 1
    assert data.startswith(b"MZavcodec-61.dll\x00\x00") and data.endswith(b"Python311.dll\x00")
    assert filter_dll.read_bytes().startswith(b"MZavutil-59.dll\x00") and filter_dll.read_bytes().endswith(b"\x00tail")
    for path in (tmp_path / "av.libs").iterdir():
        assert not any(h.encode() in path.read_bytes() for h in hashes.values()), path
    assert "uses PyAV's FFmpeg (avcodec-61.dll in av.libs)" in shared_ffmpeg.describe(tmp_path, windows=True)


def test_a_longer_name_is_never_written_over_a_shorter_one():
    with pytest.raises(ValueError):
        shared_ffmpeg.rename_import(b"avcodec-61.dll\x00", "avcodec-61.dll", "avcodec-61-0123.dll")


def test_only_the_name_itself_is_renamed():
    data = b"\x00avcodec-61-ab.dllx\x00\x00avcodec-61-ab.dll\x00"
    assert shared_ffmpeg.rename_import(data, "avcodec-61-ab.dll", "avcodec-61.dll") == (
        b"\x00avcodec-61-ab.dllx\x00\x00avcodec-61.dll\x00\x00\x00\x00"
    )
