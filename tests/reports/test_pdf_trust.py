"""verify-pdf reports trust, not only integrity (issue 14, item 9): the reproductions, checked with pdfsig too."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.cli import main
from app.reports.pdf_signing import CHANGES_NONE, CHANGES_SIGNATURES, sign_pdf, verify_pdf
from tests.helpers.certs import make_ca, make_signer_p12, pem
from tests.helpers.pdftext import write_one_line_pdf

CHAIR = "Әлия Төрағаева"


def self_signed_p12(path: Path, common_name: str, passphrase: bytes) -> x509.Certificate:
    """What an attacker makes in a minute: a key and a self-signed certificate with someone's name."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "АТУ тест"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"x", key, cert, None, serialization.BestAvailableEncryption(passphrase))
    )
    return cert


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("trust")
    plain = write_one_line_pdf(folder / "plain.pdf", "protocol")
    ca = make_ca()
    chair_cert = make_signer_p12(folder / "chair.p12", CHAIR, ca, b"c")
    make_signer_p12(folder / "secretary.p12", "Іңкәр Хатшыова", ca, b"s")
    self_signed_p12(folder / "attacker.p12", CHAIR, b"a")
    genuine, twice, forged = folder / "genuine.pdf", folder / "twice.pdf", folder / "forged.pdf"
    sign_pdf(plain, genuine, folder / "chair.p12", "c")
    sign_pdf(genuine, twice, folder / "secretary.p12", "s")
    sign_pdf(plain, forged, folder / "attacker.p12", "a")  # "re-signed" by the attacker under the chair's name
    (folder / "ca.pem").write_bytes(pem(ca[1]))
    (folder / "chair.pem").write_bytes(pem(chair_cert))
    return {
        "folder": folder,
        "genuine": genuine,
        "twice": twice,
        "forged": forged,
        "ca": folder / "ca.pem",
        "chair": folder / "chair.pem",
        "chair_cert": chair_cert,
    }


def _pdfsig(path: Path) -> list[dict[str, str]]:
    """pdfsig's text, one dict per signature (it exits 0 whatever it finds)."""
    text = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    blocks = re.split(r"^Signature #\d+:$", text, flags=re.M)[1:]
    out = []
    for block in blocks:
        fields = dict(re.findall(r"^  - ([^:\n]+): (.*)$", block, flags=re.M))
        fields["whole"] = "Total document signed" in block
        out.append(fields)
    return out


def test_an_attackers_self_signed_certificate_with_the_chairs_name_is_not_trusted(pdfs, capsys):
    [report] = verify_pdf(pdfs["forged"])
    assert report.signer == CHAIR and report.intact and report.valid
    assert not report.trusted and not report.ok
    assert main(["verify-pdf", str(pdfs["forged"])]) == 1
    assert "UNTRUSTED" in capsys.readouterr().out
    # naming the real chair's certificate (or its CA) does not make the forgery trusted
    assert main(["verify-pdf", str(pdfs["forged"]), "--trust", str(pdfs["chair"]), "--trust", str(pdfs["ca"])]) == 1
    out = capsys.readouterr().out
    fingerprint = pdfs["chair_cert"].fingerprint(hashes.SHA256()).hex()
    assert "UNTRUSTED" in out and fingerprint not in out


def test_the_genuine_protocol_is_trusted_only_against_the_named_certificates(pdfs, capsys):
    assert main(["verify-pdf", str(pdfs["genuine"])]) == 1  # nothing named: not trusted
    capsys.readouterr()
    assert main(["verify-pdf", str(pdfs["genuine"]), "--trust", str(pdfs["chair"])]) == 0
    out = capsys.readouterr().out
    assert "valid, trusted" in out
    assert f"certificate SHA-256: {pdfs['chair_cert'].fingerprint(hashes.SHA256()).hex()}" in out
    assert "issuer: Sarapshy Test CA" in out and "covers: the whole file; changed after it: nothing" in out
    assert main(["verify-pdf", str(pdfs["twice"]), "--trust", str(pdfs["ca"])]) == 0


def test_a_corrupted_subfilter_is_reported_unverifiable_not_unsigned(pdfs, tmp_path, capsys):
    data = pdfs["genuine"].read_bytes()
    corrupted = tmp_path / "subfilter.pdf"
    corrupted.write_bytes(data.replace(b"/SubFilter /ETSI.CAdES.detached", b"/SubFilter /ETSI.CAdES.detachXX"))
    [report] = verify_pdf(corrupted, [pdfs["ca"].read_bytes()])
    assert not report.verifiable and not report.ok
    assert main(["verify-pdf", str(corrupted), "--trust", str(pdfs["ca"])]) == 1
    out = capsys.readouterr().out
    assert "UNVERIFIABLE" in out and "no digital signatures" not in out
    [poppler] = _pdfsig(corrupted)  # poppler agrees: it sees a signature it cannot verify
    assert poppler["Signature Type"] == "unknown"


@pytest.mark.parametrize("damage", [b"0 9999", b"zz zzz"])
def test_a_corrupted_xref_is_a_clear_message_not_a_crash(pdfs, tmp_path, capsys, damage):
    data = bytearray(pdfs["genuine"].read_bytes())
    at = data.index(b"\nxref\n", data.index(b"/ByteRange")) + 6  # the signing revision's table
    data[at : at + len(damage)] = damage
    corrupted = tmp_path / "xref.pdf"
    corrupted.write_bytes(bytes(data))
    assert main(["verify-pdf", str(corrupted)]) == 2
    err = capsys.readouterr().err
    assert str(corrupted) in err and "damaged" in err


def test_an_unsigned_pdf_fails_the_check(pdfs, tmp_path, capsys):
    plain = pdfs["folder"] / "plain.pdf"
    assert main(["verify-pdf", str(plain)]) == 1
    assert "no digital signatures" in capsys.readouterr().out


def test_a_file_that_is_not_a_certificate_is_bad_input(pdfs, capsys):
    assert main(["verify-pdf", str(pdfs["genuine"]), "--trust", str(pdfs["genuine"])]) == 2
    assert "not an X.509 certificate" in capsys.readouterr().err


def test_our_report_agrees_with_pdfsig(pdfs, tmp_path):
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(pdfs["twice"].read_bytes())
    data[data.index(b"ReportLab")] ^= 0x01
    tampered.write_bytes(bytes(data))
    for path, poppler_valid in ((pdfs["twice"], "Signature is Valid."), (tampered, "Digest Mismatch.")):
        ours = verify_pdf(path, [pdfs["ca"].read_bytes()])
        theirs = _pdfsig(path)
        assert [r.field for r in ours] == [p["Signature Field Name"] for p in theirs]
        assert [r.signer for r in ours] == [p["Signer Certificate Common Name"] for p in theirs]
        assert [r.covers_whole_file for r in ours] == [p["whole"] for p in theirs]
        assert all(p["Signature Validation"] == poppler_valid for p in theirs)
        assert all(r.intact == (poppler_valid == "Signature is Valid.") for r in ours)
    first, second = verify_pdf(pdfs["twice"], [pdfs["ca"].read_bytes()])
    assert (first.changes_after, second.changes_after) == (CHANGES_SIGNATURES, CHANGES_NONE)
