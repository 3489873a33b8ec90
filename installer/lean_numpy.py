"""Linux: the bundle's numpy built from numpy's own source, for size (4.9 MiB of libraries against
the wheel's 9.8).

numpy's Linux wheel carries a copy of each inner loop for every x86 generation it may meet (SSE to
AVX-512, with Highway's and x86-simd-sort's sorting kernels) and links OpenBLAS. The program's
arithmetic is small (a commission's totals, a clip's frames and audio sums), so the bundle gets the
same numpy release compiled once for the x86-64 baseline, optimised for size, with numpy's own
lapack_lite in place of BLAS/LAPACK (numpy's supported `allow-noblas` build). Windows keeps the
wheel: built with MSVC it is 3.5 MiB, and its OpenBLAS is a stand-in (installer/blas_stubs.py).

pip builds it (meson-python, from PyPI) with gcc and g++; the result is unpacked once into the
build cache and given to PyInstaller ahead of the environment's numpy. Without a compiler, or when
the build fails, the environment's numpy is bundled as before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

BUILD_OPTIONS = (
    "-Dallow-noblas=true",
    "-Dblas=none",
    "-Dlapack=none",
    "-Dcpu-baseline=min",
    "-Dcpu-dispatch=none",
    "-Dbuildtype=minsize",
)


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sarapshy-build" / "linux"


def lean_numpy(version: str, cache: Path | None = None) -> Path | None:
    """A folder holding the lean build of numpy `version` (its `numpy` package and dist-info),
    built on first use (about 4 minutes on 2 cores) and kept in `cache`; None when it cannot be built."""
    folder = (cache or default_cache()) / f"numpy-{version}-lean"
    if (folder / "numpy" / "__init__.py").is_file():
        return folder
    missing = [tool for tool in ("gcc", "g++") if shutil.which(tool) is None]
    if missing:
        print(f"{' and '.join(missing)} not found: the bundle gets numpy's wheel (9.8 MiB of libraries)")
        return None
    print(f"building numpy {version} from source for the bundle (once; kept in {folder.parent})", flush=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as temporary:
        wheels = Path(temporary) / "wheels"
        command = [sys.executable, "-m", "pip", "wheel", "--no-cache-dir", "--no-deps", "--no-binary", "numpy"]
        command += ["--wheel-dir", str(wheels), f"numpy=={version}"]
        command += [f"--config-settings=setup-args={option}" for option in BUILD_OPTIONS]
        done = subprocess.run(command, capture_output=True, text=True)
        built = sorted(wheels.glob("numpy-*.whl"))
        if done.returncode != 0 or len(built) != 1:
            print(f"numpy's build failed: the bundle gets numpy's wheel\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
            return None
        unpacked = Path(temporary) / "unpacked"
        with zipfile.ZipFile(built[0]) as wheel:
            wheel.extractall(unpacked)
        unpacked.rename(folder)
    return folder
