"""The bundles leave lxml out (build_installer.py, UNUSED_PACKAGES): the signed PDFs and the Excel
summary must come out and verify the same without it. The signing and Excel tests run again in a
Python where importing lxml fails, as in the bundle."""

from __future__ import annotations

import pytest

from tests.helpers.without_modules import assert_tests_pass_without

OPENPYXL_WITHOUT_LXML = """
import openpyxl.xml
assert openpyxl.xml.LXML is False, "openpyxl still uses lxml"
"""


@pytest.mark.timeout(600)
def test_signing_verifying_and_the_excel_summary_hold_without_lxml():
    assert_tests_pass_without(
        ["lxml"],
        ["tests/reports/test_pdf_signing.py", "tests/reports/test_pdf_trust.py", "tests/reports/test_excel.py"],
        OPENPYXL_WITHOUT_LXML,
    )
