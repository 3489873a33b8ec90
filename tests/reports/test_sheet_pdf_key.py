"""Issue 14, item 5 on paper: the sheet PDF prints the signing key's fingerprint beside the
verification code, and that code is the one the chair's import shows for the signed file."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models.round import load_round
from app.models.signing import key_fingerprint, public_key_b64, sign_sheet, verification_code, verify_sheet_signature
from app.reports.sheet_pdf import write_sheet_pdf
from tests.helpers.factories import round_data, sheet_data, write_round
from tests.helpers.pdftext import pdf_text


def test_the_sheet_pdf_prints_the_key_fingerprint_beside_the_code(tmp_path):
    round_file = load_round(write_round(tmp_path / "round", round_data(entries=3, experts=2)))
    key = Ed25519PrivateKey.generate()
    signed = sign_sheet(sheet_data(round_file), key)
    fingerprint = key_fingerprint(public_key_b64(key))
    for lang, label in (("kk", "Кілт"), ("ru", "Ключ")):
        text = pdf_text(write_sheet_pdf(round_file, signed, tmp_path / f"sheet-{lang}.pdf", lang))
        assert f"{label}: {fingerprint}" in text
        assert verification_code(signed) in text
    assert verify_sheet_signature(signed).code == verification_code(signed)
    # the same scores re-signed by someone else print another code and another key
    other = sign_sheet(sheet_data(round_file), Ed25519PrivateKey.generate())
    text = pdf_text(write_sheet_pdf(round_file, other, tmp_path / "other.pdf", "kk"))
    assert verification_code(signed) not in text and fingerprint not in text
