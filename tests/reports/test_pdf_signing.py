"""Signing our PDFs with PKCS#12 keys: two signers in turn, tampering detected by us and by poppler."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.models.errors import InputError
from app.reports.pdf_signing import SignatureField, reserve_signature_fields, sign_pdf, verify_pdf
from tests.helpers.certs import make_ca, make_signer_p12, pem
from tests.helpers.pdftext import write_one_line_pdf

KAZAKH = "Хаттама: әғқңөұүһі ӘҒҚҢӨҰҮҺІ"


@pytest.fixture(scope="module")
def signed(tmp_path_factory) -> dict[str, Path]:
    home = tmp_path_factory.mktemp("home")
    mp = pytest.MonkeyPatch()
    mp.setenv("SARAPSHY_HOME", str(home))
    folder = tmp_path_factory.mktemp("pdf")
    plain = write_one_line_pdf(folder / "plain.pdf", KAZAKH)
    reserved = folder / "reserved.pdf"
    reserved.write_bytes(
        reserve_signature_fields(
            plain.read_bytes(),
            [SignatureField("chair", 0, (60, 100, 290, 146)), SignatureField("secretary", 0, (300, 100, 530, 146))],
        )
    )
    ca = make_ca()
    chair_cert = make_signer_p12(folder / "chair.p12", "Әлия Төрағаева", ca, b"chair-pass")
    make_signer_p12(folder / "secretary.p12", "Іңкәр Хатшыова", ca, b"sec-pass")
    once = folder / "once.pdf"
    twice = folder / "twice.pdf"
    assert sign_pdf(reserved, once, folder / "chair.p12", "chair-pass") == "chair"
    assert sign_pdf(once, twice, folder / "secretary.p12", b"sec-pass") == "secretary"
    yield {"folder": folder, "plain": plain, "once": once, "twice": twice, "ca": pem(ca[1]), "chair_cert": chair_cert}
    mp.undo()


def _pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


def _flip_one_signed_byte(source: Path, target: Path) -> None:
    data = bytearray(source.read_bytes())
    at = data.index(b"ReportLab")  # the producer string of the first revision, inside every signed range
    data[at] ^= 0x01
    target.write_bytes(bytes(data))


def test_two_signers_in_turn_are_both_valid(signed):
    reports = verify_pdf(signed["twice"])
    assert [(r.field, r.signer) for r in reports] == [("chair", "Әлия Төрағаева"), ("secretary", "Іңкәр Хатшыова")]
    assert all(r.intact and r.valid for r in reports)
    assert [r.covers_whole_file for r in reports] == [False, True]
    assert all(r.time is not None for r in reports)


def test_trust_is_reported_only_with_the_issuing_root(signed):
    assert all("UNTRUSTED" in r.summary for r in verify_pdf(signed["twice"]))
    assert all(":TRUSTED" in r.summary for r in verify_pdf(signed["twice"], trust_roots=[signed["ca"]]))


def test_poppler_says_valid_for_both_signatures(signed):
    text = _pdfsig(signed["twice"])
    assert text.count("Signature is Valid.") == 2
    assert "Әлия Төрағаева" in text and "Іңкәр Хатшыова" in text


def test_one_changed_byte_breaks_the_signatures(signed):
    tampered = signed["folder"] / "tampered.pdf"
    _flip_one_signed_byte(signed["twice"], tampered)
    reports = verify_pdf(tampered)
    assert len(reports) == 2
    assert not any(r.intact or r.valid for r in reports)
    text = _pdfsig(tampered)
    assert "Signature is Valid." not in text
    assert text.count("Digest Mismatch.") == 2


def test_an_added_revision_after_signing_is_not_whole_file(signed):
    import io

    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed["once"].read_bytes()))
    info = writer.root  # change the catalogue: a modification the signature does not permit
    info[NameObject("/Lang")] = TextStringObject("ru")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    edited = signed["folder"] / "edited.pdf"
    edited.write_bytes(out.getvalue())
    [report] = verify_pdf(edited)
    assert report.intact and not report.covers_whole_file
    assert not report.valid


def test_stamp_text_is_kazakh_and_extractable(signed):
    text = subprocess.run(
        ["pdftotext", "-raw", str(signed["twice"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert KAZAKH in text
    fonts = subprocess.run(["pdffonts", str(signed["twice"])], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), fonts


def test_wrong_passphrase_is_a_clear_error(signed):
    with pytest.raises(InputError, match="passphrase"):
        sign_pdf(signed["plain"], signed["folder"] / "x.pdf", signed["folder"] / "chair.p12", "wrong")


def test_signing_a_signed_field_again_is_refused(signed):
    with pytest.raises(InputError, match="already signed"):
        sign_pdf(
            signed["once"], signed["folder"] / "x.pdf", signed["folder"] / "chair.p12", "chair-pass", field_name="chair"
        )


def test_unreserved_document_gets_a_new_field(signed):
    out = signed["folder"] / "plain-signed.pdf"
    assert sign_pdf(signed["plain"], out, signed["folder"] / "chair.p12", "chair-pass") == "Signature1"
    [report] = verify_pdf(out)
    assert report.valid and report.covers_whole_file


def test_unsigned_and_non_pdf_files(signed, tmp_path):
    assert verify_pdf(signed["plain"]) == []
    bogus = tmp_path / "bogus.pdf"
    bogus.write_text("not a pdf")
    with pytest.raises(InputError):
        verify_pdf(bogus)
