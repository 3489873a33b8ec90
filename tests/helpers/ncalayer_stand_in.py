"""A stand-in for NCALayer, written from its published WebSocket API (module kz.gov.pki.knca.basics).

It listens on 127.0.0.1 (a free port) with TLS under a certificate made here, greets like NCALayer,
sends a heartbeat, and answers `basics.sign` with a detached CAdES-BES CMS made with a test RSA key
whose certificate looks like an NCA RK one (CN, G = patronymic, SERIALNUMBER = IIN…, the e-mail
protection EKU and non-repudiation). The CMS is built here with asn1crypto and signed with
cryptography — not with the code under test. `behaviour` makes it cancel, refuse, or sign with an
authentication (AUTH_) key instead.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = dt.datetime.now(dt.UTC)


@dataclass
class Person:
    surname_name: str
    patronymic: str
    iin: str
    key: rsa.RSAPrivateKey = field(default=None)
    cert: x509.Certificate = field(default=None)


def _ca():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


CA_KEY, CA_CERT = _ca()


def make_person(
    surname_name: str, patronymic: str, iin: str, *, authentication: bool = False, elliptic: bool = False
) -> Person:
    """A key and an NCA-RK-like certificate: signing (RSA_…) or authentication (AUTH_RSA_…); with
    `elliptic`, an ECDSA P-256 key instead (not what NCA RK issues; checks the ECDSA path)."""
    key = (
        ec.generate_private_key(ec.SECP256R1())
        if elliptic
        else rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, surname_name),
            x509.NameAttribute(NameOID.SURNAME, surname_name.split()[0]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.GIVEN_NAME, patronymic),
        ]
    )
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=not authentication,
        key_encipherment=authentication,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    purpose = ExtendedKeyUsageOID.CLIENT_AUTH if authentication else ExtendedKeyUsageOID.EMAIL_PROTECTION
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(CA_CERT.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([purpose]), critical=False)
        .sign(CA_KEY, hashes.SHA256())
    )
    return Person(surname_name, patronymic, iin, key, cert)


def cades_detached(data: bytes, person: Person, when: dt.datetime | None = None) -> bytes:
    """A detached CAdES-BES SignedData over `data`: SHA-256, RSA PKCS#1 v1.5, ESS signing-certificate-v2."""
    from asn1crypto import algos, cms, core, tsp
    from asn1crypto import x509 as asn1x509

    cert = asn1x509.Certificate.load(person.cert.public_bytes(serialization.Encoding.DER))
    ca = asn1x509.Certificate.load(CA_CERT.public_bytes(serialization.Encoding.DER))
    signing_certificate = tsp.SigningCertificateV2(
        {
            "certs": [
                {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "cert_hash": hashlib.sha256(cert.dump()).digest(),
                    "issuer_serial": {
                        "issuer": [asn1x509.GeneralName({"directory_name": cert.issuer})],
                        "serial_number": cert.serial_number,
                    },
                }
            ]
        }
    )
    attrs = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
            cms.CMSAttribute(
                {
                    "type": "signing_time",
                    "values": [cms.Time({"utc_time": core.UTCTime(when or dt.datetime.now(dt.UTC))})],
                }
            ),
            cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(data).digest()]}),
            cms.CMSAttribute({"type": "signing_certificate_v2", "values": [signing_certificate]}),
        ]
    )
    elliptic = isinstance(person.key, ec.EllipticCurvePrivateKey)
    signature = (
        person.key.sign(attrs.dump(), ec.ECDSA(hashes.SHA256()))
        if elliptic
        else person.key.sign(attrs.dump(), padding.PKCS1v15(), hashes.SHA256())
    )
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {"issuer_and_serial_number": {"issuer": cert.issuer, "serial_number": cert.serial_number}}
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": attrs,
            "signature_algorithm": algos.SignedDigestAlgorithm(
                {"algorithm": "sha256_ecdsa" if elliptic else "rsassa_pkcs1v15"}
            ),
            "signature": signature,
        }
    )
    signed = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {"content_type": "data", "content": None},
            "certificates": [cert, ca],
            "signer_infos": [signer],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()


def tls_files(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (what NCALayer serves is its own too) and its key, as PEM files."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "ncalayer-tls.pem", folder / "ncalayer-tls.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


class StandInNcaLayer:
    """Serves in a thread while used as a context manager; `url`, `requests` (what it received)."""

    def __init__(self, folder: Path, person: Person, behaviour: str = "sign") -> None:
        import ssl

        self.person = person
        self.behaviour = behaviour  # "sign", "cancel", "refuse", "silent"
        self.requests: list[dict] = []
        self.cert_path, key_path = tls_files(folder)
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(self.cert_path, key_path)
        self.server = None
        self.thread = None

    def __enter__(self) -> StandInNcaLayer:
        from websockets.sync.server import serve

        self.server = serve(
            self._handle, "127.0.0.1", 0, ssl=self.context, max_size=2**26, open_timeout=60
        )  # a loaded test machine can be slow to shake hands
        self.port = self.server.socket.getsockname()[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.thread.join(10)

    @property
    def url(self) -> str:
        return f"wss://127.0.0.1:{self.port}"

    def _handle(self, connection) -> None:
        connection.send(json.dumps({"result": {"version": "1.4"}}))
        connection.send("--heartbeat--")
        for message in connection:
            request = json.loads(message)
            self.requests.append(request)
            connection.send(json.dumps(self._answer(request)))

    def _answer(self, request: dict) -> dict:
        args = request.get("args") or {}
        params = args.get("signingParams") or {}
        if (
            (request.get("module"), request.get("method"), args.get("format"))
            != ("kz.gov.pki.knca.basics", "sign", "cms")
            or params.get("decode") is not True
            or params.get("encapsulate") is not False
        ):
            return {"status": False, "code": "WRONG_REQUEST", "message": "unsupported request"}
        if self.behaviour == "cancel":
            return {"status": True, "body": {}}
        if self.behaviour == "refuse":
            return {"status": False, "code": "KEY_EXPIRED", "message": "Срок действия сертификата истек"}
        data = base64.b64decode(args["data"])
        cms = cades_detached(data, self.person)
        return {"status": True, "body": {"result": [base64.b64encode(cms).decode("ascii")]}}


CHAIR = make_person("ТӨРАҒАЕВА ӘЛИЯ", "СЕРІКҚЫЗЫ", "850101400123")
SECRETARY = make_person("ХАТШЫОВ ІҢКӘР", "БОЛАТҰЛЫ", "900202300456")
CHAIR_AUTH_KEY = make_person("ТӨРАҒАЕВА ӘЛИЯ", "СЕРІКҚЫЗЫ", "850101400123", authentication=True)


def small_protocol(path: Path) -> Path:
    """A one-page PDF with Kazakh text, standing in for the protocol."""
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import register_fonts

    register_fonts()
    canvas = Canvas(str(path))
    canvas.setFont("DejaVuSans", 12)
    canvas.drawString(72, 700, "Хаттама № 7: әғқңөұүһі")
    canvas.save()
    return path
