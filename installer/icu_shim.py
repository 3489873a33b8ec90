"""Linux: Qt's own ICU (libicuuc, libicui18n and libicudata, 36 MiB) replaced by small libraries of
the same names that hand Qt's ICU calls to the system's ICU.

Qt6Core is the only file that calls ICU, 31 functions (nm -D): collation (QCollator, which Qt's file
dialogs sort with too), codecs other than UTF and Latin-1, case mapping by locale and time-zone
display names. ICU's C API is stable between versions: only the suffix of its symbols changes
(ucol_open_73, ucol_open_72). Every desktop distribution installs an ICU (libxml2, HarfBuzz and
GLib's users need it), so each stand-in opens the newest libicuuc/libicui18n.so.N the system has
and every function jumps to the system's function of that name. Where a system has no ICU (or
lacks one of the functions), every function fails as ICU does when it cannot serve
(U_UNSUPPORTED_ERROR, NULL, 0), and Qt behaves as Qt built without ICU: code-point order, UTF and
Latin-1 codecs only, case mapping without locale rules.

The stand-ins are compiled when the bundle is built (gcc); without gcc, or when Qt calls an ICU
function this module has no failing body for, Qt's ICU stays.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

U_UNSUPPORTED_ERROR = 16
SYSTEM_VERSIONS = tuple(range(99, 49, -1))  # the newest ICU the system has wins
# The body each function has when the system has no ICU: the same result as ICU's own failure.
# "E" is ICU's UErrorCode* parameter, set to U_UNSUPPORTED_ERROR.
FAILING_BODIES = {
    "ucol_open": "void *(const char *locale, int *E) { fail(E); return 0; }",
    "ucol_close": "void (void *collator) { }",
    "ucol_getSortKey": "int32_t (const void *c, const uint16_t *s, int32_t n, uint8_t *k, int32_t size) { return 0; }",
    "ucol_setAttribute": "void (void *collator, int attribute, int value, int *E) { fail(E); }",
    "ucol_strcoll": "int (const void *c, const uint16_t *a, int32_t an, const uint16_t *b, int32_t bn) { return 0; }",
    "ucal_open": "void *(const uint16_t *zone, int32_t n, const char *locale, int type, int *E) { fail(E); return 0; }",
    "ucal_close": "void (void *calendar) { }",
    "ucal_getCanonicalTimeZoneID": (
        "int32_t (const uint16_t *id, int32_t n, uint16_t *out, int32_t size, int8_t *system, int *E)"
        " { fail(E); return 0; }"
    ),
    "ucal_getTimeZoneDisplayName": (
        "int32_t (const void *cal, int type, const char *locale, uint16_t *out, int32_t size, int *E)"
        " { fail(E); return 0; }"
    ),
    "u_strToLower": (
        "int32_t (uint16_t *out, int32_t size, const uint16_t *s, int32_t n, const char *locale, int *E)"
        " { fail(E); return 0; }"
    ),
    "u_strToUpper": (
        "int32_t (uint16_t *out, int32_t size, const uint16_t *s, int32_t n, const char *locale, int *E)"
        " { fail(E); return 0; }"
    ),
    "ucnv_open": "void *(const char *name, int *E) { fail(E); return 0; }",
    "ucnv_close": "void (void *converter) { }",
    "ucnv_reset": "void (void *converter) { }",
    "ucnv_countAvailable": "int32_t (void) { return 0; }",
    "ucnv_getAvailableName": "const char *(int32_t n) { return 0; }",
    "ucnv_getName": "const char *(const void *converter, int *E) { fail(E); return 0; }",
    "ucnv_getStandardName": "const char *(const char *name, const char *standard, int *E) { fail(E); return 0; }",
    "ucnv_getMaxCharSize": "int8_t (const void *converter) { return 1; }",
    "ucnv_fromUCountPending": "int32_t (const void *converter, int *E) { fail(E); return 0; }",
    "ucnv_toUCountPending": "int32_t (const void *converter, int *E) { fail(E); return 0; }",
    "ucnv_fromUnicode": (
        "void (void *c, char **t, const char *tl, const uint16_t **s, const uint16_t *sl, int32_t *o, int8_t f,"
        " int *E) { fail(E); }"
    ),
    "ucnv_toUnicode": (
        "void (void *c, uint16_t **t, const uint16_t *tl, const char **s, const char *sl, int32_t *o, int8_t f,"
        " int *E) { fail(E); }"
    ),
    "ucnv_getFromUCallBack": "void (const void *c, void **action, const void **context) { none(action, context); }",
    "ucnv_getToUCallBack": "void (const void *c, void **action, const void **context) { none(action, context); }",
    "ucnv_setFromUCallBack": (
        "void (void *c, void *action, const void *context, void **old, const void **old_context, int *E)"
        " { none(old, old_context); fail(E); }"
    ),
    "ucnv_setToUCallBack": (
        "void (void *c, void *action, const void *context, void **old, const void **old_context, int *E)"
        " { none(old, old_context); fail(E); }"
    ),
    "ucnv_cbFromUWriteUChars": "void (void *a, const uint16_t **s, const uint16_t *sl, int32_t o, int *E) { fail(E); }",
    "ucnv_cbToUWriteUChars": "void (void *args, const uint16_t *s, int32_t n, int32_t o, int *E) { fail(E); }",
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE": (
        "void (const void *x, void *args, const uint16_t *u, int32_t n, int32_t cp, int why, int *E) { fail(E); }"
    ),
    "UCNV_TO_U_CALLBACK_SUBSTITUTE": (
        "void (const void *x, void *args, const char *b, int32_t n, int why, int *E) { fail(E); }"
    ),
}
PRELUDE = f"""#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
static void fail(int *E) {{ if (E && *E <= 0) *E = {U_UNSUPPORTED_ERROR}; }}
static void none(void **a, const void **b) {{ if (a) *a = 0; if (b) *b = 0; }}
"""


def shim_source(library: str, own_version: int, functions: Iterable[str], system_versions: Iterable[int]) -> str:
    """C for one stand-in (`library` is "libicuuc" or "libicui18n"): for each function, a failing body,
    a pointer to it, and the exported name_NN that jumps through the pointer; at load, the pointers
    move to the system's functions when the system's `library` has every one of them."""
    names = sorted(functions)
    parts = [PRELUDE]
    for name in names:
        returns, _, rest = FAILING_BODIES[name].partition("(")
        parts.append(f"static {returns.strip()} failing_{name}({rest}")
        parts.append(f'__attribute__((visibility("hidden"))) void *to_{name} = (void *)failing_{name};')
        exported = f"{name}_{own_version}"
        parts.append(
            f'__asm__(".text\\n.globl {exported}\\n.type {exported}, @function\\n{exported}:\\n'
            f'\\tjmp *to_{name}(%rip)\\n.size {exported}, .-{exported}\\n");'
        )
    versions = ", ".join(str(v) for v in system_versions if v != own_version) or "0"
    lookups = "\n".join(f'    found[{i}] = find(system, "{name}", version);' for i, name in enumerate(names))
    moves = "\n".join(f"    to_{name} = found[{i}];" for i, name in enumerate(names))
    parts.append(f"""
static void *find(void *library, const char *name, int version) {{
    char symbol[96];
    snprintf(symbol, sizeof symbol, "%s_%d", name, version);
    return dlsym(library, symbol);
}}

__attribute__((constructor)) static void use_the_system_icu(void) {{
    static const int versions[] = {{{versions}}};
    void *found[{len(names)}];
    for (unsigned v = 0; v < sizeof versions / sizeof versions[0]; v++) {{
        char file[64];
        if (versions[v] == 0) continue;
        snprintf(file, sizeof file, "{library}.so.%d", versions[v]);
        void *system = dlopen(file, RTLD_NOW | RTLD_LOCAL);
        if (!system) continue;
        int version = versions[v];
{lookups}
        for (unsigned i = 0; i < {len(names)}; i++)
            if (!found[i]) {{ dlclose(system); return; }}  /* all of this ICU, or none of it */
{moves}
        return;
    }}
}}
""")
    return "\n".join(parts)


def replace_icu(qt_lib: Path, users: Iterable[Path], system_versions: Iterable[int] = SYSTEM_VERSIONS) -> int:
    """Replace libicuuc.so.NN and libicui18n.so.NN in `qt_lib` by stand-ins that use the system's
    ICU, and libicudata.so.NN by an empty library of that name; `users` are the files whose ICU
    imports the stand-ins must define. Returns the bytes freed; 0 when Qt's ICU stays."""
    originals = {stem: _library(qt_lib, stem) for stem in ("libicuuc", "libicui18n", "libicudata")}
    if None in originals.values() or shutil.which("gcc") is None:
        if shutil.which("gcc") is None:
            print("gcc not found: Qt's ICU stays in the bundle")
        return 0
    own_version = int(str(originals["libicuuc"]).rsplit(".", 1)[-1])
    wanted = _imported_icu_functions(users, own_version)
    unknown = sorted(wanted - FAILING_BODIES.keys())
    if unknown:
        print(f"Qt calls ICU functions installer/icu_shim.py does not know ({', '.join(unknown)}): Qt's ICU stays")
        return 0
    system_versions = tuple(system_versions)
    before = sum(p.stat().st_size for p in originals.values() if p)
    with tempfile.TemporaryDirectory() as temporary:
        built = {}
        for stem, original in originals.items():
            assert original is not None
            source = Path(temporary) / f"{stem}.c"
            if stem == "libicudata":  # named by Qt6Core, which reads nothing from it: the system's ICU has its own
                source.write_text("int sarapshy_icu_data_is_the_system_s;\n", encoding="ascii")
            else:
                functions = wanted & _defined_functions(original, own_version)
                source.write_text(shim_source(stem, own_version, functions, system_versions), encoding="ascii")
            built[stem] = Path(temporary) / original.name
            command = ["gcc", "-O2", "-shared", "-fPIC", "-s", f"-Wl,-soname,{original.name}"]
            subprocess.run([*command, "-o", str(built[stem]), str(source), "-ldl"], check=True)
        for stem, original in originals.items():
            assert original is not None
            shutil.copyfile(built[stem], original)
    return before - sum(p.stat().st_size for p in originals.values() if p)


def _library(qt_lib: Path, stem: str) -> Path | None:
    found = [p for p in qt_lib.glob(f"{stem}.so.*") if not p.is_symlink() and re.fullmatch(r"\d+", p.suffix[1:])]
    return found[0] if len(found) == 1 else None


def _imported_icu_functions(users: Iterable[Path], version: int) -> set[str]:
    suffix = f"_{version}"
    names: set[str] = set()
    for path in users:
        output = subprocess.run(["nm", "-D", "--undefined-only", str(path)], capture_output=True, text=True).stdout
        names |= {line.split()[-1][: -len(suffix)] for line in output.splitlines() if line.endswith(suffix)}
    return names


def _defined_functions(library: Path, version: int) -> set[str]:
    suffix = f"_{version}"
    output = subprocess.run(
        ["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[-1][: -len(suffix)] for line in output.splitlines() if line.endswith(suffix)}
