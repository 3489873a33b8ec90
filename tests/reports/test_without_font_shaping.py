"""The bundles can leave fontTools and uharfbuzz out (pyHanko's [opentype] extra): the signature stamp is
drawn by reportlab, so signing, the stamp and verifying must come out the same without them. The
signing tests run again in a Python where importing either fails, as in a bundle without them."""

from __future__ import annotations

import pytest

from tests.helpers.without_modules import assert_tests_pass_without

PYHANKO_WITHOUT_SHAPING = """
try:
    import pyhanko.pdf_utils.font.opentype  # pyHanko's own stamp text needs both
except ImportError:
    pass
else:
    raise SystemExit("pyHanko's OpenType fonts still import")
"""


@pytest.mark.timeout(600)
def test_signing_the_stamp_and_verifying_hold_without_fonttools_and_harfbuzz():
    assert_tests_pass_without(
        ["fontTools", "uharfbuzz"],
        [
            "tests/reports/test_pdf_signing.py",
            "tests/reports/test_pdf_trust.py",
            "tests/reports/test_signature_stamp.py",
            "tests/reports/test_protocol_pdf.py::test_chair_then_secretary_sign_the_reserved_fields",
            "tests/cli/test_cli.py::test_merge_writes_protocol_and_summary_and_signs",
        ],
        PYHANKO_WITHOUT_SHAPING,
    )
