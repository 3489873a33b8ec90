"""Throw-away certificates for signing tests: a self-signed CA and a signer, as PKCS#12."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID


def _name(common_name: str) -> x509.Name:
    # RFC 5280 bounds a common name at 64 characters, cryptography at 64 UTF-8 bytes, which a Kazakh
    # name of 33 letters passes: the RFC's bound is checked here, cryptography's only warns.
    assert 1 <= len(common_name) <= 64, common_name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        cn = x509.NameAttribute(NameOID.COMMON_NAME, common_name, _validate=False)
    return x509.Name([cn, x509.NameAttribute(NameOID.ORGANIZATION_NAME, "АТУ тест")])


def _key_usage(signer: bool) -> x509.KeyUsage:
    """A signer signs documents (non-repudiation, which pyHanko requires); a CA signs certificates."""
    return x509.KeyUsage(
        digital_signature=signer,
        content_commitment=signer,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signer,
        crl_sign=not signer,
        encipher_only=False,
        decipher_only=False,
    )


def make_ca(common_name: str = "Sarapshy Test CA"):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_key_usage(signer=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_signer_p12(path: Path, common_name: str, ca, passphrase: bytes) -> x509.Certificate:
    ca_key, ca_cert = ca
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signer=True), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    blob = pkcs12.serialize_key_and_certificates(
        common_name.encode("utf-8"), key, cert, [ca_cert], serialization.BestAvailableEncryption(passphrase)
    )
    path.write_bytes(blob)
    return cert


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)
