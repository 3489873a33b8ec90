"""Linux: Qt's ICU data library (libicudata.so.NN, 31 MB) rebuilt with only the data Qt reads.

Qt6Core calls ICU for three things (nm -D: ucol_*, ucnv_*, ucal_*, u_strToUpper/Lower): collation
(QCollator, which Qt's file dialogs use too), text codecs other than UTF-8/16/32 and Latin-1, and
time-zone display names. Case mapping and the Unicode properties are compiled into libicuuc, not
read from the data. So the data keeps the collation rules of the root order and the interface
languages (Kazakh, Russian, English) with the tables they build on (ucadata), the converter alias
table, the locales' index and shared key pool, and the root, Kazakh, Russian and English locale
bundles; the rest goes: break-iterator rules and dictionaries, the legacy code pages, CLDR's
display names of units, currencies, languages, regions and zones, spelled-out numbers,
transliterators, character names, the collation of every other language. A Qt asked for another
code page (the program reads and writes UTF-8 only) reports it unavailable, as Qt built without
ICU does; a zone's display name falls back to its abbreviation. The data is filtered with ICU's
own tool (icupkg, Debian icu-devtools) and linked again under the same name and symbol; without
icupkg or gcc the library stays as it is.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

KEPT_ITEMS = re.compile(
    r"(coll/(root|kk|ru|en|ucadata|res_index|pool)[^/]*"
    r"|(root|kk|ru|en|res_index|pool)\.res|cnvalias\.icu)$"
)


def dropped_items(items: list[str]) -> list[str]:
    return [item for item in items if not KEPT_ITEMS.match(item)]


def filter_icu_data(qt_lib: Path) -> int:
    """Rebuild libicudata.so.NN in `qt_lib` with fewer items; returns the bytes freed."""
    libraries = [p for p in qt_lib.glob("libicudata.so.*") if not p.is_symlink()]
    if len(libraries) != 1 or shutil.which("icupkg") is None or shutil.which("gcc") is None:
        if libraries:
            print("icupkg (Debian icu-devtools) or gcc not found: Qt's ICU data stays whole")
        return 0
    library = libraries[0]
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$", symbols, re.MULTILINE)
    if not found:
        print(f"{library.name}: no icudtNN_dat symbol; left as it is")
        return 0
    address, size, symbol, version = int(found.group(1), 16), int(found.group(2), 16), found.group(3), found.group(4)
    offset = file_offset(library, address)
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        (work / "kept").mkdir()  # icupkg names the items after the package file: the same name
        whole, kept = work / f"icudt{version}l.dat", work / "kept" / f"icudt{version}l.dat"
        whole.write_bytes(library.read_bytes()[offset : offset + size])
        items = subprocess.run(["icupkg", "-l", str(whole)], capture_output=True, text=True, check=True).stdout.split()
        (work / "dropped.txt").write_text("\n".join(dropped_items(items)) + "\n", encoding="ascii")
        subprocess.run(
            ["icupkg", "-r", str(work / "dropped.txt"), str(whole), str(kept)], check=True, capture_output=True
        )
        assembly = work / "data.S"
        assembly.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
            f'{symbol}:\n.incbin "{kept}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        built = work / library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{soname(library)}", "-o", str(built), str(assembly)],
            check=True,
        )
        shutil.copyfile(built, library)
    return before - library.stat().st_size


def file_offset(library: Path, address: int) -> int:
    headers = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True).stdout
    for line in headers.splitlines():
        parts = re.findall(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+)", line)
        if parts:
            _, start, position, length = parts[0]
            if int(start, 16) <= address < int(start, 16) + int(length, 16):
                return address - int(start, 16) + int(position, 16)
    raise ValueError(f"{library}: address {address:#x} is in no section")


def soname(library: Path) -> str:
    dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return found.group(1) if found else library.name
