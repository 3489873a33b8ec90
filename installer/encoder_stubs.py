"""Stand-ins for libraries of PyAV's FFmpeg (and of Pillow) that the program never calls.

PyAV's wheels link FFmpeg against encoders the program never uses (x265, SVT-AV1, libvpx, WebP,
libaom, OpenH264, TwoLAME, Vorbis, LAME, OpenCORE AMR), network and capture parts it never opens (GnuTLS, SRT with
OpenSSL 1.1, GMP for encrypted RTMP, the capture devices of libavdevice, libiconv for subtitles)
and, in older pins, Intel's oneVPL. The bundled program encodes only H.264 (libx264) with AAC audio
(the demo round and the self-test; app/media/synth.py, whose other formats serve the tests) and
decodes with FFmpeg's own decoders and dav1d, so
FFmpeg never opens these. Its libraries still link them, so each is replaced by a small library
of the same name exporting the same functions, every one of which fails (returns an error code,
NULL or an empty text): FFmpeg's codec list and PyAV's import stay as they were, and opening one
of those codecs by name fails instead of working. PILLOW_STAND_INS do the same for Pillow's
TIFF, JPEG 2000 and X11-grab libraries on Linux.

The stand-ins are compiled when the bundle is built (gcc on Linux, mingw-w64 for Windows on
Linux); without a compiler the originals stay.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StandIn:
    prefix: str  # the library's file name starts with it (a hash and a version follow)
    fails_with: str  # what every function returns, as C
    empty_text: tuple[str, ...] = ()  # functions returning a text: "" instead
    no_pointer: tuple[str, ...] = ()  # functions returning a pointer or flags: NULL / 0 instead
    succeeds: tuple[str, ...] = ()  # set-up functions FFmpeg calls at start: 0 (success) instead


STAND_INS = (
    StandIn("libx265", "0"),  # x265_api_get: no API
    StandIn("libSvtAv1Enc", "0x80001000"),  # EB_ErrorInsufficientResources
    StandIn(
        "libvpx",
        "1",  # VPX_CODEC_ERROR
        empty_text=(
            "vpx_codec_build_config",
            "vpx_codec_err_to_string",
            "vpx_codec_error",
            "vpx_codec_error_detail",
            "vpx_codec_version_str",
        ),
        no_pointer=(
            "vpx_codec_vp8_cx",
            "vpx_codec_vp8_dx",
            "vpx_codec_vp9_cx",
            "vpx_codec_vp9_dx",
            "vpx_codec_get_caps",
            "vpx_codec_get_cx_data",
            "vpx_codec_get_frame",
            "vpx_img_wrap",
            "vpx_codec_version",
        ),
    ),
    StandIn("libwebp-", "0"),  # WebP*: false / NULL
    StandIn("libwebpmux", "0"),
    # Intel's oneVPL (Quick Sync hardware codecs): FFmpeg opens it only when a QSV codec or
    # hardware context is asked for by name, which the program never does (it decodes in software)
    StandIn("libvpl", "-3", no_pointer=("MFXLoad", "MFXCreateConfig")),  # MFX_ERR_UNSUPPORTED; no loader
    # Linux: GnuTLS, for FFmpeg's https/tls protocols (the program opens local files only); its
    # nettle, hogweed, gmp and libunistring then go too. avformat_network_init, which PyAV calls
    # when imported, initialises it: that one succeeds.
    StandIn(
        "libgnutls",
        "-50",  # GNUTLS_E_INVALID_REQUEST
        empty_text=("gnutls_strerror", "gnutls_check_version"),
        no_pointer=("gnutls_certificate_type_get", "gnutls_certificate_get_peers"),
        succeeds=("gnutls_global_init", "gnutls_global_deinit"),
    ),
    # AV1 by libaom: FFmpeg decodes AV1 with dav1d (bundled) and encodes none here
    StandIn(
        "libaom",
        "1",  # AOM_CODEC_ERROR
        empty_text=(
            "aom_codec_build_config",
            "aom_codec_err_to_string",
            "aom_codec_error",
            "aom_codec_error_detail",
            "aom_codec_version_str",
        ),
        no_pointer=(
            "aom_codec_av1_cx",
            "aom_codec_av1_dx",
            "aom_codec_get_caps",
            "aom_codec_get_cx_data",
            "aom_codec_get_frame",
            "aom_img_wrap",
            "aom_codec_version",
        ),
    ),
    # Cisco's OpenH264: FFmpeg's own H.264 decoder comes first and libx264 encodes
    StandIn("libopenh264", "1", no_pointer=("WelsGetCodecVersion",)),
    # SRT streaming (and, on Linux, the OpenSSL 1.1 only it uses): the program opens local files
    StandIn("libsrt", "-1", empty_text=("srt_getlasterror_str",)),
    # Windows: GNU libiconv, which FFmpeg opens only to re-encode subtitles given a character set
    StandIn("libiconv", "-1"),  # (iconv_t)-1, (size_t)-1
    # GMP, for the Diffie-Hellman of the encrypted RTMP protocol (rtmpe): never opened here
    StandIn("libgmp", "0", empty_text=("__gmpz_get_str",)),
    # libvorbis and its encoder (FFmpeg's own decoder plays Vorbis; the program makes no Vorbis)
    # and TwoLAME (MPEG audio layer II, which FFmpeg encodes itself); libogg goes with them
    StandIn("libvorbisenc", "-130", empty_text=("vorbis_version_string",)),  # OV_EIMPL
    StandIn("libvorbis-", "-130", empty_text=("vorbis_version_string",)),
    StandIn("libtwolame", "-1", no_pointer=("twolame_init",), empty_text=("get_twolame_version",)),
    # LAME, the MP3 encoder (FFmpeg decodes MP3 itself; the bundled program writes AAC only: the
    # demo round and the self-test; synth's MP3 writer serves the tests, which run from source)
    StandIn("libmp3lame", "-1", no_pointer=("lame_init",)),
    # OpenCORE's AMR speech codecs: FFmpeg's own AMR-NB and AMR-WB decoders come first
    StandIn("libopencore-amrnb", "0"),  # Decoder/Encoder_Interface_init: NULL
    StandIn("libopencore-amrwb", "0"),  # D_IF_init: NULL
    # FFmpeg's capture devices (X11 grabbing, ALSA, DirectShow, VfW): PyAV registers them when
    # imported, which succeeds; nothing opens one. Linux: libasound and libxcb go with it.
    StandIn(
        "avdevice-",
        "-22",  # AVERROR(EINVAL)
        empty_text=("avdevice_configuration", "avdevice_license"),
        no_pointer=("avdevice_version",),
        succeeds=("avdevice_register_all",),
    ),
)
# Windows: helper DLLs that only the replaced libraries imported (libwebp: libsharpyuv; the C++
# libraries x265, SVT-AV1, SRT, OpenH264: libstdc++, libgcc_s; SRT: OpenSSL 1.1; Vorbis: libogg);
# removed once nothing else in av.libs imports them
HELPERS_OF_REPLACED = ("libsharpyuv", "libstdc++", "libgcc_s", "libcrypto-1_1", "libssl-1_1", "libogg")


# Pillow's libraries (Linux: pillow.libs; Windows links them into _imaging) that the program
# never reaches: reportlab imports Pillow, but the program puts no image into a PDF and reads
# none with Pillow (openpyxl only checks that Pillow is there). TIFF (with its zstd and xz),
# JPEG 2000, and X11 screen grabbing (libxcb, libXau) go; libjpeg stays.
PILLOW_STAND_INS = (
    StandIn("libtiff-", "0", empty_text=("TIFFGetVersion",)),  # NULL / 0: TIFF's failure values
    StandIn("libopenjp2-", "0", empty_text=("opj_version",)),  # OPJ_FALSE / NULL
    StandIn("libxcb-", "1", no_pointer=("xcb_connect", "xcb_get_setup")),  # has_error: 1
)


def library_files(libs: Path, windows: bool, stand_ins: tuple[StandIn, ...] = STAND_INS) -> dict[Path, StandIn]:
    """The libraries in `libs` (e.g. av.libs, PyAV's bundled FFmpeg) to replace. FFmpeg's own
    libraries are named without "lib" on Windows (avdevice-61-….dll) and with it on Linux
    (libavdevice-….so.61): a prefix matches both."""
    found: dict[Path, StandIn] = {}
    suffix = ".dll" if windows else ".so"
    for path in sorted(libs.iterdir()) if libs.is_dir() else []:
        for stand_in in stand_ins:
            named = path.name.startswith((stand_in.prefix, f"lib{stand_in.prefix}"))
            if named and suffix in path.name and not path.is_symlink():
                found[path] = stand_in
    return found


def imported_functions(libs: Path, library: Path, windows: bool, package: Path) -> set[str]:
    """The functions of `library` that the other libraries in `libs` and the extension modules of
    `package` (e.g. av, whose libraries av.libs holds) import."""
    names: set[str] = set()
    modules = [p for p in package.rglob("*") if p.suffix in (".pyd", ".so")] if package.is_dir() else []
    for other in [*libs.iterdir(), *modules]:
        if other == library or other.is_symlink() or not other.is_file():
            continue
        if windows:
            names |= _pe_imports(other).get(library.name.lower(), set())
        else:
            names |= _elf_undefined(other)
    if not windows:
        names &= _elf_defined(library)
    return names


def c_source(functions: set[str], stand_in: StandIn) -> str:
    lines = ["#include <stdint.h>", 'static const char empty[1] = "";']
    for name in sorted(functions):
        if name in stand_in.succeeds:
            lines.append(f"intptr_t {name}(void) {{ return 0; }}")
        elif name in stand_in.empty_text:
            lines.append(f"const char *{name}(void) {{ return empty; }}")
        elif name in stand_in.no_pointer:
            lines.append(f"intptr_t {name}(void) {{ return 0; }}")
        else:
            lines.append(f"intptr_t {name}(void) {{ return (intptr_t){stand_in.fails_with}; }}")
    return "\n".join(lines) + "\n"


def replace_encoder_libraries(
    libs: Path,
    windows: bool,
    compiler: str | None = None,
    stand_ins: tuple[StandIn, ...] = STAND_INS,
    package: str = "av",
) -> int:
    """Replace the never-called libraries in `libs` (PyAV's av.libs by default) by failing
    stand-ins; returns the bytes freed (0 when no compiler is found). On Windows, libsharpyuv
    (needed by libwebp only) and the C++ and OpenSSL 1.1 runtimes only the replaced ones used go too."""
    compiler = compiler or ("x86_64-w64-mingw32-gcc" if windows else "gcc")
    targets = library_files(libs, windows, stand_ins)
    if not targets or shutil.which(compiler) is None:
        if targets:
            print(f"{compiler} not found: the never-called libraries in {libs.name} stay in the bundle")
        return 0
    before = sum(p.stat().st_size for p in libs.iterdir() if p.is_file())
    functions = {path: imported_functions(libs, path, windows, libs.parent / package) for path in targets}
    with tempfile.TemporaryDirectory() as temporary:
        for path, stand_in in targets.items():
            source = Path(temporary) / f"{path.name}.c"
            source.write_text(c_source(functions[path], stand_in), encoding="ascii")
            built = Path(temporary) / path.name
            command = [compiler, "-O2", "-shared", "-s", "-o", str(built), str(source)]
            if not windows:
                command += ["-fPIC", f"-Wl,-soname,{elf_soname(path)}"]
                versions = _elf_versions(path)
                if versions:  # the users ask for MFXLoad@LIBVPL_2.0: the stand-in must define it so
                    script = Path(temporary) / f"{path.name}.map"
                    script.write_text(version_script(versions, functions[path]), encoding="ascii")
                    command += [f"-Wl,--version-script={script}"]
            subprocess.run(command, check=True)
            shutil.copyfile(built, path)
    if windows:
        removed = True
        while removed:  # libstdc++ goes first, then libgcc_s that only it (and libvpl) imported
            users = {name for other in libs.glob("*.dll") for name in _pe_imports(other)}
            unused = [p for p in libs.glob("*.dll") if p.name.startswith(HELPERS_OF_REPLACED)]
            unused = [p for p in unused if p.name.lower() not in users]
            for path in unused:
                path.unlink()
            removed = bool(unused)
    return before - sum(p.stat().st_size for p in libs.iterdir() if p.is_file())


def version_script(versions: dict[str, str], functions: set[str]) -> str:
    """A linker version script giving each function the version the original defined it with."""
    by_version: dict[str, list[str]] = {}
    for name in sorted(functions):
        if name in versions:
            by_version.setdefault(versions[name], []).append(name)
    unversioned = sorted(n for n in functions if n not in versions)  # any version satisfies them
    if by_version and unversioned:
        by_version[next(iter(by_version))] += unversioned
    blocks = [f"{version} {{ global: {' '.join(f'{n};' for n in names)} }};" for version, names in by_version.items()]
    return "\n".join(blocks) + "\n"


def _elf_versions(path: Path) -> dict[str, str]:
    """Function name → the version it is defined with (name@@VERSION) in an ELF library."""
    output = subprocess.run(
        ["nm", "-D", "--defined-only", "--with-symbol-versions", str(path)], capture_output=True, text=True, check=True
    ).stdout
    found = (line.split()[-1] for line in output.splitlines() if "@@" in line)
    return {name: version for name, _, version in (symbol.partition("@@") for symbol in found) if name != version}


def elf_soname(path: Path) -> str:
    output = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    for line in output.splitlines():
        if line.strip().startswith("SONAME"):
            return line.split()[1]
    return path.name


def _pe_imports(path: Path) -> dict[str, set[str]]:
    """DLL name (lower case) → the functions a 64-bit PE file imports from it, by name. Read here
    rather than with objdump, which misses import tables that delvewheel moved to a new section."""
    data = path.read_bytes()
    header = struct.unpack_from("<I", data, 0x3C)[0]
    sections_count, optional_size = (
        struct.unpack_from("<H", data, header + 6)[0],
        struct.unpack_from("<H", data, header + 20)[0],
    )
    optional = header + 24
    import_rva = struct.unpack_from("<I", data, optional + 112 + 8)[0]  # PE32+: data directory 1
    sections = [
        struct.unpack_from("<IIII", data, optional + optional_size + 40 * i + 8) for i in range(sections_count)
    ]  # (virtual size, RVA, raw size, raw offset)

    def offset(rva: int) -> int:
        for virtual_size, start, raw_size, raw in sections:
            if start <= rva < start + max(virtual_size, raw_size):
                return int(rva - start + raw)
        raise ValueError(f"{path.name}: RVA {rva:#x} is in no section")

    def text(rva: int) -> str:
        at = offset(rva)
        return data[at : data.index(b"\0", at)].decode("ascii")

    imports: dict[str, set[str]] = {}
    descriptor = offset(import_rva) if import_rva else None
    while descriptor is not None:
        lookup, _, _, name, first = struct.unpack_from("<IIIII", data, descriptor)
        if not name:
            break
        functions = imports.setdefault(text(name).lower(), set())
        thunk = offset(lookup or first)
        while (entry := struct.unpack_from("<Q", data, thunk)[0]) != 0:
            if not entry >> 63:  # by name: hint (2 bytes), then the name
                functions.add(text(entry + 2))
            thunk += 8
        descriptor += 20
    return imports


def _elf_undefined(path: Path) -> set[str]:
    output = subprocess.run(
        ["nm", "-D", "--undefined-only", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return {line.split()[-1].split("@")[0] for line in output.splitlines() if line.strip()}


def _elf_defined(path: Path) -> set[str]:
    output = subprocess.run(
        ["nm", "-D", "--defined-only", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[-1].split("@")[0] for line in output.splitlines() if line.strip()}
