"""Linux: stand-ins for Qt Quick and QML (16 MB), which only QtMultimedia's FFmpeg plugin links.

The program's window is widgets; QML is never loaded. On Linux Qt's FFmpeg media plugin still links
libQt6Quick and libQt6Qml, for capturing a QML window (`QQuickWindow::grabWindow`), which the
program never does. Each is replaced by a library of the same name defining only what the other
files of the bundle take from it, with the same symbol versions: functions stop the program with a
message naming them; data (a class's static meta-object) is zero-filled, so a cast to a Quick
class finds no match. What only they needed (QmlModels, QmlMeta, QmlWorkerScript) is then
unneeded and goes with the build's pruning. Built with gcc; without it the originals stay.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# installer/ is not a package (build_installer.py loads its modules by file): the ELF/PE readers
# of the encoder stand-ins are found beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import encoder_stubs

LIBRARIES = ("libQt6Quick.so.6", "libQt6Qml.so.6")
# the Quick/QML libraries themselves (their needs of each other do not count)
FAMILY = ("libQt6Quick", "libQt6Qml")


def defined_symbols(library: Path) -> dict[str, tuple[str, int]]:
    """Dynamic symbol → (nm type letter, size) of an ELF library."""
    output = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    symbols: dict[str, tuple[str, int]] = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 4:
            symbols[parts[3].split("@")[0]] = (parts[2], int(parts[1], 16))
    return symbols


def c_source(library: str, needed: dict[str, tuple[str, int]]) -> str:
    lines = [
        "#include <stdio.h>",
        "#include <stdlib.h>",
        "static void unavailable(const char *name) {",
        f'    fprintf(stderr, "%s of {library} was called; this build of Sarapshy leaves Qt Quick out\\n", name);',
        "    fflush(stderr);",
        "    abort();",
        "}",
    ]
    for name, (kind, size) in sorted(needed.items()):
        if kind in "TtWi":
            lines.append(f'void {name}(void) {{ unavailable("{name}"); }}')
        else:  # data: zero-filled, of the original's size
            lines.append(f"__attribute__((aligned(16))) char {name}[{max(size, 1)}];")
    return "\n".join(lines) + "\n"


def replace_quick_libraries(bundle: Path, qt_lib: Path) -> int:
    """Replace Qt Quick and QML in `qt_lib` by stand-ins; returns the bytes freed (0 without gcc)."""
    targets = [qt_lib / name for name in LIBRARIES if (qt_lib / name).is_file()]
    if not targets or shutil.which("gcc") is None:
        if targets:
            print("gcc not found: Qt Quick and QML stay in the bundle")
        return 0
    stubs = encoder_stubs
    users = [
        p
        for p in bundle.rglob("*.so*")
        if p.is_file() and not p.is_symlink() and not p.name.startswith(FAMILY) and p.read_bytes()[:4] == b"\x7fELF"
    ]
    wanted: set[str] = set()
    for user in users:
        wanted |= stubs._elf_undefined(user)
    before = sum(p.stat().st_size for p in targets)
    with tempfile.TemporaryDirectory() as temporary:
        for path in targets:
            defined = defined_symbols(path)
            needed = {name: defined[name] for name in wanted if name in defined}
            source = Path(temporary) / f"{path.name}.c"
            source.write_text(c_source(path.name, needed), encoding="ascii")
            built = Path(temporary) / path.name
            command = ["gcc", "-O2", "-shared", "-fPIC", "-s", f"-Wl,-soname,{stubs.elf_soname(path)}"]
            versions = stubs._elf_versions(path)
            if versions:
                script = Path(temporary) / f"{path.name}.map"
                text = stubs.version_script(versions, set(needed)) if needed else ""
                # every version the original defines, so that a reference to one of them still binds
                defined_versions = sorted(set(versions.values()))
                text += "".join(f"{version} {{ }};\n" for version in defined_versions if version not in text)
                script.write_text(text, encoding="ascii")
                command.append(f"-Wl,--version-script={script}")
            subprocess.run([*command, "-o", str(built), str(source)], check=True)
            shutil.copyfile(built, path)
    return before - sum(p.stat().st_size for p in targets)
