"""The bundles' stand-in for numpy's OpenBLAS (installer/blas_stubs.py): numpy runs on it, the
program's numbers come out the same as with OpenBLAS, and anything that does reach a left-out
BLAS/LAPACK function stops the program instead of getting a wrong number.

numpy is copied (with its libraries) into a temporary folder, its OpenBLAS replaced there as the
build does, and the program's code runs against that copy in a child process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from build_installer import load_installer_module

ROOT = Path(__file__).resolve().parent.parent

# The results of random rounds and the audio balance of a generated clip, as JSON.
PROGRAM_NUMBERS = """
import json, random, sys, tempfile
from pathlib import Path
import numpy
from app.media import analysis, synth
from app.models.results_json import results_to_json
from tests.models.test_results import results_of

rng = random.Random(20261204)
out = {"numpy": numpy.__file__, "results": []}
for experts in (2, 3, 5, 9):
    for entries in (2, 4, 7, 12):
        table = [[rng.randint(0, 100) for _ in range(experts)] for _ in range(entries)]
        out["results"].append(results_to_json(results_of(table)))
with tempfile.TemporaryDirectory() as folder:
    clip = synth.write_offcentre_clip(Path(folder) / "off.mp4")
    out["balance"] = repr(analysis.measure_balance(clip, None))
print(json.dumps(out, sort_keys=True))
"""


@pytest.fixture(scope="module")
def stubbed_numpy(tmp_path_factory) -> Path:
    """A folder holding a copy of numpy whose OpenBLAS is the stand-in (for PYTHONPATH)."""
    if not sys.platform.startswith("linux") or shutil.which("gcc") is None or shutil.which("nm") is None:
        pytest.skip("the stand-in is built here with gcc and binutils (Linux)")
    site = Path(numpy.__file__).resolve().parent.parent
    if not (site / "numpy.libs").is_dir():
        pytest.skip("this numpy was not installed from a wheel carrying OpenBLAS in numpy.libs")
    folder = tmp_path_factory.mktemp("stubbed-numpy")
    shutil.copytree(site / "numpy", folder / "numpy", ignore=shutil.ignore_patterns("tests", "__pycache__"))
    shutil.copytree(site / "numpy.libs", folder / "numpy.libs")
    freed = load_installer_module("blas_stubs").replace_blas(folder / "numpy.libs", windows=False)
    assert freed > 10 * 2**20, f"the stand-in freed only {freed} bytes"
    return folder


def run_python(code: str, pythonpath: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_the_programs_numbers_are_the_same_on_the_stand_in_as_on_openblas(stubbed_numpy):
    with_openblas = run_python(PROGRAM_NUMBERS, str(ROOT))
    with_stand_in = run_python(PROGRAM_NUMBERS, os.pathsep.join([str(stubbed_numpy), str(ROOT)]))
    assert with_openblas.returncode == 0, with_openblas.stderr[-3000:]
    assert with_stand_in.returncode == 0, with_stand_in.stderr[-3000:]
    real, stand_in = json.loads(with_openblas.stdout), json.loads(with_stand_in.stdout)
    assert real["numpy"] != stand_in["numpy"] and stand_in["numpy"].startswith(str(stubbed_numpy))
    assert real["results"] and stand_in["results"] == real["results"]
    assert "rms_left" in real["balance"] and stand_in["balance"] == real["balance"]


def test_the_stand_in_computes_numpys_import_check_and_stops_on_anything_else(stubbed_numpy):
    path = os.pathsep.join([str(stubbed_numpy), str(ROOT)])
    dots = run_python(
        "import numpy as np; a = np.arange(1.0, 6.0, dtype=np.float32); b = a[::-1].copy()\n"
        "print(np.dot(a, b), np.dot(a[::2], b[::2]), np.sum(a.astype(float) * b))",
        path,
    )
    assert dots.returncode == 0, dots.stderr
    assert dots.stdout.split() == ["35.0", "19.0", "35.0"]  # 1·5+2·4+3·3+4·2+5·1; 1·5+3·3+5·1 (strided)
    for product in ("np.dot(np.ones(3), np.ones(3))", "np.ones((3, 3)) @ np.ones((3, 3))", "np.linalg.inv(np.eye(2))"):
        stopped = run_python(f"import numpy as np; print({product})", path)
        assert stopped.returncode != 0 and not stopped.stdout.strip(), (product, stopped.stdout)
        assert "which this build of Sarapshy leaves out" in stopped.stderr, stopped.stderr[-2000:]
