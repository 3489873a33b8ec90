"""Running tests again in a Python where some installed modules cannot be imported, as in a bundle
that leaves them out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNNER = """
import sys
for name in {blocked!r}:
    sys.modules[name] = None  # import NAME / from NAME import ... now raise ImportError
{checks}
import pytest
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:xdist", *sys.argv[1:]]))
"""


def assert_tests_pass_without(blocked: list[str], tests: list[str], checks: str = "") -> None:
    """Runs `tests` (pytest node ids) in a fresh Python where the `blocked` modules fail to import,
    after the Python statements `checks`; all of them must pass."""
    done = subprocess.run(
        [sys.executable, "-c", RUNNER.format(blocked=blocked, checks=checks), *tests],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=580,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout, done.stdout[-2000:]
