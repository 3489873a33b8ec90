"""A small stand-in for numpy's OpenBLAS (scipy-openblas, 20 MB on Windows, 25 MB on Linux).

numpy links its BLAS/LAPACK library, but the program never reaches it: its arithmetic is
element-wise (sums, means, standard deviations, ranks, sorts); the few scalar products it needs
are written without `np.dot`/`@` (app/models/stats.py, app/media/analysis.py), and it uses no
`numpy.linalg`. numpy itself calls BLAS once when it is imported: a float32 dot product of two
ones (its sanity check). So the library is replaced by one of the same name in which

- the float32 dot product (`sdot`) is computed, in plain C, for numpy's import check;
- every other function (float64 products, matrix products, LAPACK: solve, eigenvalues ...) stops
  the program with a message naming the function, instead of returning a wrong number. A build
  in which something does reach them fails its self-test or tests; it does not print a protocol.

Compiled when the bundle is built (gcc on Linux, mingw-w64 for Windows on Linux); without a
compiler the original stays.
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

LIBRARY_PREFIX = "libscipy_openblas"

# numpy's ILP64 OpenBLAS names its functions scipy_cblas_<name>64_ (CBLAS) and scipy_<name>_64_
# (Fortran BLAS/LAPACK), with 64-bit integers. Computed: only numpy's import check's dot product.
COMPUTED = {"scipy_cblas_sdot64_"}
# BLAS: a negative increment walks the vector from its end
SDOT = """float {name}(int64_t n, const float *x, int64_t incx, const float *y, int64_t incy) {{
    double s = 0;
    if (incx < 0) x += (1 - n) * incx;
    if (incy < 0) y += (1 - n) * incy;
    for (int64_t i = 0; i < n; i++) s += (double)x[i * incx] * y[i * incy];
    return (float)s;
}}"""


def library_files(libs: Path, windows: bool) -> list[Path]:
    suffix = ".dll" if windows else ".so"
    if not libs.is_dir():
        return []
    return sorted(
        p for p in libs.iterdir() if p.name.startswith(LIBRARY_PREFIX) and suffix in p.name and not p.is_symlink()
    )


def imported_functions(package: Path, library: Path, windows: bool) -> set[str]:
    """The functions of `library` that numpy's extension modules (under `package`) import."""
    stubs = encoder_stubs
    names: set[str] = set()
    for module in package.rglob("*.pyd" if windows else "*.so"):
        if windows:
            names |= stubs._pe_imports(module).get(library.name.lower(), set())
        else:
            names |= stubs._elf_undefined(module)
    if not windows:
        names &= stubs._elf_defined(library)
    return names


def c_source(functions: set[str]) -> str:
    lines = [
        "#include <stdint.h>",
        "#include <stdio.h>",
        "#include <stdlib.h>",
        "static void unavailable(const char *name) {",
        '    fprintf(stderr, "numpy reached BLAS/LAPACK function %s, which this build of Sarapshy leaves out\\n",'
        " name);",
        "    fflush(stderr);",
        "    abort();",
        "}",
    ]
    for name in sorted(functions):
        if name in COMPUTED:
            lines.append(SDOT.format(name=name))
        else:
            lines.append(f'void {name}(void) {{ unavailable("{name}"); }}')
    return "\n".join(lines) + "\n"


def replace_blas(numpy_libs: Path, windows: bool, compiler: str | None = None) -> int:
    """Replace numpy's OpenBLAS in `numpy_libs` (its wheel's numpy.libs folder) by the stand-in;
    returns the bytes freed (0 without a compiler). Libraries only OpenBLAS needed (Linux:
    libgfortran, libquadmath) are left to the build's unneeded-library pruning."""
    compiler = compiler or ("x86_64-w64-mingw32-gcc" if windows else "gcc")
    targets = library_files(numpy_libs, windows)
    if not targets or shutil.which(compiler) is None:
        if targets:
            print(f"{compiler} not found: numpy's OpenBLAS stays in the bundle")
        return 0
    package = numpy_libs.parent / "numpy"
    before = sum(p.stat().st_size for p in targets)
    with tempfile.TemporaryDirectory() as temporary:
        for path in targets:
            functions = imported_functions(package, path, windows)
            source = Path(temporary) / f"{path.name}.c"
            source.write_text(c_source(functions), encoding="ascii")
            built = Path(temporary) / path.name
            command = [compiler, "-O2", "-shared", "-s", "-o", str(built), str(source)]
            if not windows:
                command += ["-fPIC", f"-Wl,-soname,{path.name}"]
            subprocess.run(command, check=True)
            shutil.copyfile(built, path)
    return before - sum(p.stat().st_size for p in targets)
