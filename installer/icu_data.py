"""Linux: Qt's ICU data library (libicudata.so.NN, 31 MB) rebuilt without the data Qt never reads.

Qt uses ICU for collation, case mapping and text codecs. The library also carries CLDR's display
names of units, currencies, languages, regions and time zones, spelled-out numbers, transliterators
and the collation rules of every language: Qt reads its locale data from its own tables, so those
go, except collation for the interface languages (Kazakh, Russian, English) and the root order (the
word-break rules stay whole: ICU's root rules name their dictionaries). The data is filtered with
ICU's own tool (icupkg, Debian icu-devtools) and linked again under the same name and symbol;
without icupkg or gcc the library stays as it is.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

DROPPED_TREES = ("curr/", "lang/", "region/", "unit/", "zone/", "rbnf/", "translit/")
KEPT_COLLATIONS = re.compile(r"coll/(root|kk|ru|en|ucadata|res_index)[^/]*$")


def dropped_items(items: list[str]) -> list[str]:
    dropped = []
    for item in items:
        if item.startswith(DROPPED_TREES) or (item.startswith("coll/") and not KEPT_COLLATIONS.match(item)):
            dropped.append(item)
    return dropped


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
