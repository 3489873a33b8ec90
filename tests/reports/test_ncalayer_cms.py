"""Signing the protocol through a stand-in NCALayer, and checking the CMS with openssl and verify-cms."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from app.cli import main
from app.models.errors import InputError
from app.models.ncalayer import sign_request, sign_with_ncalayer
from app.reports.cms import BROKEN, CONFIRM_ON_EZSIGNER, OK, _digest, signature_path, verify_cms, verify_cms_bytes
from app.reports.ncalayer_signing import sign_pdf_with_ncalayer
from app.reports.streebog import streebog as streebog_digest
from tests.helpers.ncalayer_stand_in import (
    CA_CERT,
    CHAIR,
    CHAIR_AUTH_KEY,
    SECRETARY,
    StandInNcaLayer,
    cades_detached,
    make_person,
    small_protocol,
)

AUTH = CHAIR_AUTH_KEY


@pytest.fixture()
def protocol(tmp_path) -> Path:
    return small_protocol(tmp_path / "protocol.pdf")


def _sign(tmp_path: Path, pdf: Path, person, behaviour: str = "sign"):
    folder = tmp_path / f"tls-{person.iin}-{behaviour}"
    folder.mkdir(exist_ok=True)
    with StandInNcaLayer(folder, person, behaviour) as nca:
        result = sign_pdf_with_ncalayer(pdf, url=nca.url, cafile=nca.cert_path, locale="kk")
    return result, nca


def _openssl_verify(pdf: Path, cms: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    ca = tmp_path / "nca-test-root.pem"
    ca.write_bytes(CA_CERT.public_bytes(serialization.Encoding.PEM))
    return subprocess.run(
        [
            "openssl",
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            str(cms),
            "-content",
            str(pdf),
            "-CAfile",
            str(ca),
            "-purpose",
            "any",
            "-out",
            "/dev/null" if Path("/dev/null").exists() else str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def test_two_members_sign_in_turn_into_one_cms_that_openssl_verifies(tmp_path, protocol, capsys):
    first, nca = _sign(tmp_path, protocol, CHAIR)
    request = nca.requests[0]
    assert request == sign_request(protocol.read_bytes(), "kk")  # the published basics.sign shape
    second, _ = _sign(tmp_path, protocol, SECRETARY)
    assert first.cms_path == second.cms_path == signature_path(protocol) == tmp_path / "protocol.pdf.cms"
    assert first.tls_fingerprint and first.ncalayer_version == "1.4"

    checked = _openssl_verify(protocol, first.cms_path, tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "Verification successful" in checked.stderr

    report = verify_cms(protocol, first.cms_path)
    assert sorted((s.name, s.iin, s.verdict) for s in report.signers) == [
        ("ТӨРАҒАЕВА ӘЛИЯ СЕРІКҚЫЗЫ", "850101400123", OK),
        ("ХАТШЫОВ ІҢКӘР БОЛАТҰЛЫ", "900202300456", OK),
    ]
    [chair] = [s for s in report.signers if s.iin == CHAIR.iin]
    assert chair.serial == format(CHAIR.cert.serial_number, "x")
    assert chair.issuer.startswith("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ")
    assert chair.algorithm == "RSA / SHA-256" and chair.signature == "valid" and chair.digest_matches
    assert chair.signing_time is not None and chair.key_kind == "signing"

    assert main(["verify-cms", str(protocol), "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "ТӨРАҒАЕВА ӘЛИЯ СЕРІКҚЫЗЫ — ДҰРЫС" in out and "ЖСН: 850101400123" in out
    assert "ХАТШЫОВ ІҢКӘР БОЛАТҰЛЫ — ДҰРЫС" in out and "сәйкес келеді" in out


def test_one_changed_byte_of_the_pdf_is_a_mismatch_for_openssl_and_for_us(tmp_path, protocol, capsys):
    result, _ = _sign(tmp_path, protocol, CHAIR)
    data = bytearray(protocol.read_bytes())
    data[data.index(b"ReportLab")] ^= 0x01
    protocol.write_bytes(bytes(data))
    assert _openssl_verify(protocol, result.cms_path, tmp_path).returncode != 0
    report = verify_cms(protocol, result.cms_path)
    assert report.signers[0].digest_matches is False and report.signers[0].verdict == BROKEN
    assert main(["verify-cms", str(protocol), str(result.cms_path), "--lang", "en"]) == 1
    assert "DOES NOT MATCH" in capsys.readouterr().out


def test_an_ecdsa_signature_is_verified_too(tmp_path, protocol):
    person = make_person("ЕРЛАНОВ ЕРЛАН", "ЕРЛАНҰЛЫ", "880303300789", elliptic=True)
    result, _ = _sign(tmp_path, protocol, person)
    assert _openssl_verify(protocol, result.cms_path, tmp_path).returncode == 0
    [signer] = verify_cms(protocol, result.cms_path).signers
    assert signer.algorithm == "ECDSA / SHA-256" and signer.signature == "valid" and signer.verdict == OK
    forged = bytearray(result.cms_path.read_bytes())
    forged[-5] ^= 0x01  # inside the ECDSA signature value
    assert verify_cms_bytes(protocol.read_bytes(), bytes(forged)).signers[0].verdict == BROKEN


def test_a_changed_signature_byte_is_broken(tmp_path, protocol):
    result, _ = _sign(tmp_path, protocol, CHAIR)
    cms = bytearray(result.cms_path.read_bytes())
    cms[-10] ^= 0x01  # inside the RSA signature value, the last field of the only SignerInfo
    report = verify_cms_bytes(protocol.read_bytes(), bytes(cms))
    assert report.signers[0].signature == "invalid" and not report.ok


@pytest.mark.parametrize("behaviour, code", [("cancel", "ncalayer_cancelled"), ("refuse", "ncalayer_refused")])
def test_cancel_and_refusal_save_nothing(tmp_path, protocol, behaviour, code):
    with pytest.raises(InputError) as caught:
        _sign(tmp_path, protocol, CHAIR, behaviour)
    assert caught.value.code == code
    assert not signature_path(protocol).exists()


def test_an_authentication_key_is_refused_and_nothing_is_saved(tmp_path, protocol):
    with pytest.raises(InputError) as caught:
        _sign(tmp_path, protocol, AUTH)
    assert caught.value.code == "ncalayer_auth_key" and "AUTH" in str(caught.value)
    assert not signature_path(protocol).exists()


def test_a_protocol_written_again_does_not_collect_signatures_beside_old_ones(tmp_path, protocol):
    _sign(tmp_path, protocol, CHAIR)
    old = signature_path(protocol).read_bytes()
    protocol.write_bytes(protocol.read_bytes().replace(b"ReportLab", b"ReportLbb"))  # a new version
    with pytest.raises(InputError) as caught:
        _sign(tmp_path, protocol, SECRETARY)
    assert caught.value.code == "cms_other_version"
    assert signature_path(protocol).read_bytes() == old


def test_the_same_key_cannot_sign_twice(tmp_path, protocol):
    _sign(tmp_path, protocol, CHAIR)
    before = signature_path(protocol).read_bytes()
    with pytest.raises(InputError) as caught:
        _sign(tmp_path, protocol, CHAIR)
    assert caught.value.code == "cms_same_signer"
    assert signature_path(protocol).read_bytes() == before


def test_ncalayer_not_running_is_a_clear_error(protocol):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError) as caught:
        sign_with_ncalayer(protocol.read_bytes(), url=f"wss://127.0.0.1:{port}")
    assert caught.value.code == "ncalayer_not_running"


def test_only_the_loopback_address_is_used(protocol):
    with pytest.raises(InputError) as caught:
        sign_with_ncalayer(protocol.read_bytes(), url="wss://192.0.2.1:13579")
    assert caught.value.code == "ncalayer_not_loopback"


def test_without_a_ca_file_the_own_certificate_of_ncalayer_is_accepted_on_loopback(tmp_path, protocol):
    with StandInNcaLayer(tmp_path, CHAIR) as nca:
        answer = sign_with_ncalayer(protocol.read_bytes(), url=nca.url)
    assert verify_cms_bytes(protocol.read_bytes(), answer.cms).ok


def test_cancel_while_waiting_closes_the_connection(tmp_path, protocol):
    with StandInNcaLayer(tmp_path, CHAIR) as nca, pytest.raises(InputError) as caught:
        sign_with_ncalayer(protocol.read_bytes(), url=nca.url, cafile=nca.cert_path, cancelled=lambda: True)
    assert caught.value.code == "ncalayer_cancelled"


def test_streebog_matches_the_standard_examples():
    # GOST R 34.11-2012 / RFC 6986, example M1, in the byte order CMS and OpenSSL use
    m1 = b"012345678901234567890123456789012345678901234567890123456789012"
    assert _digest("1.2.643.7.1.1.2.3", "", m1).hex() == (
        "1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa00ad30f8767b3a82384c6574f024c311"
        "e2a481332b08ef7f41797891c1646f48"
    )
    assert _digest("1.2.643.7.1.1.2.2", "", m1).hex() == (
        "9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500"
    )


@pytest.mark.parametrize(
    "oid, label, reverse",
    [
        ("1.2.643.7.1.1.2.3", "GOST 34.11-2012 (512)", False),
        ("1.2.398.3.10.1.3.3", "GOST 34.11-2015 (512)", False),
        ("1.2.398.3.10.1.3.3", "GOST 34.11-2015 (512)", True),
    ],
)
def test_a_gost_digest_is_checked_and_the_user_sent_to_ezsigner(protocol, oid, label, reverse):
    from asn1crypto import cms

    data = protocol.read_bytes()
    signed = cms.ContentInfo.load(cades_detached(data, CHAIR))
    info = signed["content"]["signer_infos"][0]
    streebog = streebog_digest(data, 512)[:: -1 if reverse else 1]
    attrs = info["signed_attrs"]
    for attr in attrs:
        if attr["type"].native == "message_digest":
            attr["values"] = [streebog]
    info["signed_attrs"] = attrs
    info["digest_algorithm"] = {"algorithm": oid}
    der = signed.dump(force=True)
    report = verify_cms_bytes(data, der)
    assert report.signers[0].digest_matches is True
    assert report.signers[0].verdict == CONFIRM_ON_EZSIGNER and report.ok
    assert label in report.signers[0].algorithm
    assert verify_cms_bytes(data + b" ", der).signers[0].verdict == BROKEN


@pytest.mark.parametrize("content", [b"not a signature", b"\x30\x03\x02\x01\x01", b""])
def test_bad_signature_files_exit_2(tmp_path, protocol, content, capsys):
    bad = tmp_path / "bad.cms"
    bad.write_bytes(content)
    assert main(["verify-cms", str(protocol), str(bad)]) == 2
    assert "not a CMS signature" in capsys.readouterr().err
    assert main(["verify-cms", str(protocol), str(tmp_path / "missing.cms")]) == 2
