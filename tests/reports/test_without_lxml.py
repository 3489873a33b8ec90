"""The bundles leave lxml out (build_installer.py, UNUSED_PACKAGES): the signed PDFs and the Excel
summary must come out and verify the same without it. The signing and Excel tests run again in a
Python where importing lxml fails, as in the bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WITHOUT_LXML = """
import sys
sys.modules["lxml"] = None  # import lxml / from lxml import etree now raise ImportError
import openpyxl.xml
assert openpyxl.xml.LXML is False, "openpyxl still uses lxml"
import pytest
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:xdist", *sys.argv[1:]]))
"""


@pytest.mark.timeout(600)
def test_signing_verifying_and_the_excel_summary_hold_without_lxml():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            WITHOUT_LXML,
            "tests/reports/test_pdf_signing.py",
            "tests/reports/test_pdf_trust.py",
            "tests/reports/test_excel.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=580,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout, done.stdout[-2000:]
