"""Detached CMS signatures (CAdES-BES) over our PDFs: check each signer, merge signers into one file.

A protocol signed through NCALayer is `protocol.pdf` plus `protocol.pdf.cms`: one CMS SignedData
holding every commission member's SignerInfo — the way Kazakh document systems (ezSigner, SIGEX,
Documentolog) keep several signatures of one document. Each member signs the same PDF bytes in
turn; `merge_signers` adds the new SignerInfo (and its certificates) to the file already there.

What is checked here, for each signer:
- the digest: the `messageDigest` signed attribute against the PDF's own digest (SHA-2, and GOST
  34.11-2012 «Streebog», app/reports/streebog.py);
- the structure: the signer's certificate is in the CMS, `contentType` is data, the ESS
  signing-certificate attribute names that certificate, the signing time lies in its validity;
- the signature value: verified mathematically for RSA (PKCS#1 v1.5 and PSS) and ECDSA. GOST 34.10
  signatures (NCA RK's keys since 2024) cannot be verified here: the report says so and tells the
  user to confirm the signature on ezSigner.
What is not checked: the certificate chain up to NCA RK's root and revocation (OCSP needs the
network); the issuer is shown so the user can see who issued the key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.errors import InputError
from app.models.files import atomic_write_bytes, read_limited

if TYPE_CHECKING:  # asn1crypto has no type information: these names say what a value is
    from asn1crypto.cms import SignedData, SignerIdentifier, SignerInfo
    from asn1crypto.x509 import Certificate

MAX_CMS = 16 * 1024 * 1024
MAX_DOCUMENT = 64 * 1024 * 1024  # a protocol is a few hundred KB; pure-Python Streebog takes ~2 s a MB
MAX_SIGNERS = 64

# Streebog under its RFC 7091 OIDs and under the Kazakh (KNCA, Kalkan) ones for GOST 34.11-2015.
STREEBOG = {
    "1.2.643.7.1.1.2.2": (256, "GOST 34.11-2012 (256)"),
    "1.2.643.7.1.1.2.3": (512, "GOST 34.11-2012 (512)"),
    "1.2.398.3.10.1.3.2": (256, "GOST 34.11-2015 (256)"),
    "1.2.398.3.10.1.3.3": (512, "GOST 34.11-2015 (512)"),
}
HASHLIB = {"sha1": "SHA-1", "sha224": "SHA-224", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512"}
GOST_PREFIXES = ("1.2.643.", "1.2.398.3.10.")  # Russian (RFC 7091) and Kazakh (KNCA) GOST arcs

# One word per outcome; the CLI and the window translate them.
OK, CONFIRM_ON_EZSIGNER, BROKEN = "ok", "confirm_on_ezsigner", "broken"


@dataclass(frozen=True)
class SignerReport:
    name: str
    iin: str  # "" when the certificate holds none
    organisation: str
    serial: str  # the certificate's serial number, hex
    issuer: str
    algorithm: str  # e.g. "RSA / SHA-256", "GOST 34.10-2015 / GOST 34.11-2012 (512)"
    signing_time: datetime | None
    digest_matches: bool | None  # None: the digest algorithm is unknown here
    signature: str  # "valid", "invalid", "not verifiable here"
    key_kind: str  # "signing", "authentication", "unknown"
    problems: tuple[str, ...] = ()
    certificate_sha256: str = ""

    @property
    def verdict(self) -> str:
        if (
            self.problems
            or self.digest_matches is not True
            or self.signature == "invalid"
            or self.key_kind == "authentication"
        ):  # an AUTH_ key does not sign documents
            return BROKEN
        return OK if self.signature == "valid" else CONFIRM_ON_EZSIGNER


@dataclass(frozen=True)
class CmsReport:
    document: Path
    document_sha256: str
    signers: list[SignerReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every signer's digest matches and nothing is broken (GOST signatures still need ezSigner)."""
        return bool(self.signers) and all(s.verdict != BROKEN for s in self.signers)


# --- reading ---


def load_signed_data(cms: bytes, source: str | Path = "CMS") -> SignedData:
    """The SignedData of a CMS (DER, or base64/PEM as NCALayer and ezSigner save it); InputError otherwise."""
    from asn1crypto import cms as asn1cms

    if len(cms) > MAX_CMS:
        raise InputError(
            source, "", "the file is too large to be a signature", "choose the .cms file", code="cms_not_cms"
        )
    der = cms if cms[:1] == b"\x30" else _from_text(cms, source)
    try:
        info = asn1cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed = info["content"]
        _ = signed.native  # parses everything now, so damage shows here and not halfway through a report
    except (ValueError, TypeError, KeyError):
        raise InputError(
            source,
            "",
            "the file is not a CMS signature (SignedData)",
            "choose the .cms file saved beside the PDF",
            code="cms_not_cms",
        ) from None
    if len(signed["signer_infos"]) > MAX_SIGNERS:
        raise InputError(
            source,
            "",
            f"the signature holds more than {MAX_SIGNERS} signers",
            "choose the .cms file saved beside the PDF",
            code="cms_not_cms",
        )
    return signed


def _from_text(data: bytes, source: str | Path) -> bytes:
    from app.models.ncalayer import decode_cms_text

    try:
        return decode_cms_text(data.decode("ascii"))
    except (UnicodeDecodeError, InputError):
        raise InputError(
            source,
            "",
            "the file is not a CMS signature (SignedData)",
            "choose the .cms file saved beside the PDF",
            code="cms_not_cms",
        ) from None


def verify_cms(document: str | Path, signature: str | Path) -> CmsReport:
    """One report per signer of `signature` (a detached CMS) over the bytes of `document`."""
    document, signature = Path(document), Path(signature)
    data, cms = read_limited(document, MAX_DOCUMENT), read_limited(signature, MAX_CMS)
    return verify_cms_bytes(data, cms, document, signature)


def verify_cms_bytes(data: bytes, cms: bytes, document: str | Path = "", source: str | Path = "CMS") -> CmsReport:
    signed = load_signed_data(cms, source)
    content = signed["encap_content_info"]["content"].native
    problems: tuple[str, ...] = (
        ("the signature carries another document inside it",) if content is not None and content != data else ()
    )
    certificates = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
    signers = [_check_signer(info, data, certificates, problems) for info in signed["signer_infos"]]
    # SignerInfos is a DER SET: its stored order is by bytes, not by who signed first; show by time.
    signers.sort(key=lambda s: (s.signing_time is None, s.signing_time.timestamp() if s.signing_time else 0))
    return CmsReport(Path(document), hashlib.sha256(data).hexdigest(), signers)


def _check_signer(
    info: SignerInfo, data: bytes, certificates: list[Certificate], document_problems: tuple[str, ...]
) -> SignerReport:
    problems = list(document_problems)
    cert = _find_certificate(info["sid"], certificates)
    digest_oid = info["digest_algorithm"]["algorithm"].dotted
    digest_name = info["digest_algorithm"]["algorithm"].native
    document_digest = _digest(digest_oid, digest_name, data)
    listed = [(a["type"].native, a["values"]) for a in info["signed_attrs"]] if info["signed_attrs"] else []
    attrs = {name: values[0] for name, values in listed if len(values)}
    if len(attrs) != len(listed) or any(
        len(values) != 1 for name, values in listed if name in ("message_digest", "content_type", "signing_time")
    ):
        problems.append("a signed attribute is repeated or empty")  # RFC 5652 5.3: one value each
    signing_time = attrs["signing_time"].native if "signing_time" in attrs else None
    if attrs:
        signed_digest = attrs["message_digest"].native if "message_digest" in attrs else None
        if signed_digest is None:
            problems.append("no messageDigest attribute")
        if attrs.get("content_type") is not None and attrs["content_type"].native != "data":
            problems.append("the signed content type is not data")
        digest_matches = None if document_digest is None else signed_digest in _accepted(document_digest, digest_oid)
        signed_bytes = b"\x31" + info["signed_attrs"].dump()[1:]  # signed as a SET, stored [0] IMPLICIT
    else:
        problems.append("no signed attributes (not CAdES-BES)")
        digest_matches = None if document_digest is None else True  # checked by the signature itself
        signed_bytes = data
    if cert is None:
        problems.append("the signer's certificate is not in the signature")
        return SignerReport(
            "?",
            "",
            "",
            _sid_serial(info["sid"]),
            "?",
            digest_name or digest_oid,
            signing_time,
            digest_matches,
            "invalid",
            "unknown",
            tuple(problems),
        )
    if attrs:
        problems.extend(_signing_certificate_problems(attrs, cert))
    if signing_time is not None and not (cert.not_valid_before <= signing_time <= cert.not_valid_after):
        problems.append("the signing time is outside the certificate's validity")
    key_algorithm = cert.public_key.algorithm
    signature = _verify_signature(info, cert, signed_bytes, digest_name)
    if signature == "invalid" and not attrs and digest_matches:
        digest_matches = False  # without attributes a failing signature is all we know of the digest
    subject = cert.subject.native
    return SignerReport(
        name=_person_name(subject) or cert.subject.human_friendly,
        iin=_iin(subject),
        organisation=str(subject.get("organization_name") or ""),
        serial=format(cert.serial_number, "x"),
        issuer=str(cert.issuer.native.get("common_name") or cert.issuer.human_friendly),
        algorithm=f"{_key_algorithm_name(key_algorithm, cert)} / {_digest_label(digest_oid, digest_name)}",
        signing_time=signing_time,
        digest_matches=digest_matches,
        signature=signature,
        key_kind=key_kind(cert),
        problems=tuple(problems),
        certificate_sha256=hashlib.sha256(cert.dump()).hexdigest(),
    )


def _find_certificate(sid: SignerIdentifier, certificates: list[Certificate]) -> Certificate | None:
    if sid.name == "issuer_and_serial_number":
        wanted = sid.chosen
        for cert in certificates:
            if cert.serial_number == wanted["serial_number"].native and cert.issuer == wanted["issuer"]:
                return cert
    else:
        for cert in certificates:
            if cert.key_identifier == sid.chosen.native:
                return cert
    return None


def _sid_serial(sid: SignerIdentifier) -> str:
    return format(sid.chosen["serial_number"].native, "x") if sid.name == "issuer_and_serial_number" else ""


def _digest(oid: str, name: str, data: bytes) -> bytes | None:
    if name in HASHLIB:
        return hashlib.new(name, data).digest()
    if oid in STREEBOG:
        from app.reports.streebog import streebog

        return streebog(data, STREEBOG[oid][0])
    return None


def _accepted(digest: bytes, oid: str) -> tuple[bytes, ...]:
    """The digest as CMS holds it; for Streebog also reversed, as some GOST libraries write it (the
    standard prints its vectors that way). Accepting both costs nothing in security: 2^-255 at most."""
    return (digest, digest[::-1]) if oid in STREEBOG else (digest,)


def _digest_label(oid: str, name: str) -> str:
    return HASHLIB.get(name) or (STREEBOG[oid][1] if oid in STREEBOG else oid)


def _key_algorithm_name(algorithm: str, cert: Certificate) -> str:
    if algorithm == "rsa":
        return "RSA"
    if algorithm == "ec":
        return "ECDSA"
    oid = cert.public_key["algorithm"]["algorithm"].dotted
    if oid.startswith(GOST_PREFIXES):
        return "GOST 34.10-2015" if oid.startswith(("1.2.643.7.", "1.2.398.3.10.1.1.2")) else "GOST 34.10"
    return algorithm


def _verify_signature(info: SignerInfo, cert: Certificate, signed_bytes: bytes, digest_name: str) -> str:
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    if digest_name not in HASHLIB:
        return "not verifiable here"
    try:
        key = load_der_public_key(cert.public_key.dump())
    except (ValueError, UnsupportedAlgorithm):
        return "not verifiable here"
    hash_algorithm = getattr(hashes, digest_name.upper())()
    signature = info["signature"].native
    try:
        scheme = info["signature_algorithm"].signature_algo
    except ValueError:
        scheme = ""
    try:
        if isinstance(key, rsa.RSAPublicKey):
            pad = (
                padding.PSS(mgf=padding.MGF1(hash_algorithm), salt_length=padding.PSS.AUTO)
                if scheme == "rsassa_pss"
                else padding.PKCS1v15()
            )
            key.verify(signature, signed_bytes, pad, hash_algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed_bytes, ec.ECDSA(hash_algorithm))
        else:
            return "not verifiable here"
    except InvalidSignature:
        return "invalid"
    return "valid"


def _signing_certificate_problems(attrs: dict[str, Any], cert: Certificate) -> list[str]:
    """CAdES-BES binds the certificate into the signed attributes (ESS signing-certificate v1 or v2)."""
    for name, _default in (("signing_certificate_v2", "sha256"), ("signing_certificate", "sha1")):
        if name not in attrs:
            continue
        try:
            first = attrs[name]["certs"][0]
            if name == "signing_certificate_v2":
                algorithm = first["hash_algorithm"]["algorithm"]
                expected = _digest(algorithm.dotted, algorithm.native, cert.dump())
            else:
                expected = hashlib.sha1(cert.dump()).digest()
        except (KeyError, IndexError, ValueError):
            return ["the signing-certificate attribute is damaged"]
        if expected is not None and first["cert_hash"].native != expected:
            return ["the signing-certificate attribute names another certificate"]
        return []
    return []  # absent: CMS without CAdES' binding; the certificate is still the one the signature verifies with


def _person_name(subject: dict[str, Any]) -> str:
    name = str(subject.get("common_name") or "")
    patronymic = str(subject.get("given_name") or "")  # NCA RK puts the patronymic in G
    return f"{name} {patronymic}" if patronymic and patronymic not in name else name


def _iin(subject: dict[str, Any]) -> str:
    serial = str(subject.get("serial_number") or "")
    return serial[3:] if serial.upper().startswith("IIN") else ""


def key_kind(cert: Certificate) -> str:
    """ "signing" for a key made to sign documents, "authentication" for an NCA RK AUTH_ key."""
    usage = cert.key_usage_value.native if cert.key_usage_value else set()
    purposes = cert.extended_key_usage_value.native if cert.extended_key_usage_value else []
    if "non_repudiation" in usage:
        return "signing"
    if "client_auth" in purposes or "key_encipherment" in usage:
        return "authentication"
    return "unknown"


# --- several signers in one file ---


def merge_signers(existing: bytes, addition: bytes) -> bytes:
    """`existing` with the signers of `addition` added (both detached CMS over the same document)."""
    from asn1crypto import cms as asn1cms

    first = load_signed_data(existing, "CMS")
    second = load_signed_data(addition, NAME_NEW)
    if (
        first["encap_content_info"]["content"].native is not None
        or second["encap_content_info"]["content"].native is not None
    ):
        raise InputError(NAME_NEW, "", "only detached signatures can be joined", "sign again", code="cms_not_cms")
    present = {_signer_key(i) for i in first["signer_infos"]}
    for info in second["signer_infos"]:
        if _signer_key(info) in present:
            raise InputError(
                NAME_NEW,
                "",
                "this key has already signed the document",
                "the next member signs with their own key",
                code="cms_same_signer",
            )
    digests = _unique(list(first["digest_algorithms"]) + list(second["digest_algorithms"]))
    certificates = _unique(list(first["certificates"] or []) + list(second["certificates"] or []))
    merged = asn1cms.SignedData(
        {
            "version": max(first["version"].native, second["version"].native, key=_version_rank),
            "digest_algorithms": digests,
            "encap_content_info": first["encap_content_info"],
            "certificates": certificates,
            "signer_infos": list(first["signer_infos"]) + list(second["signer_infos"]),
        }
    )
    merged_bytes: bytes = asn1cms.ContentInfo({"content_type": "signed_data", "content": merged}).dump()
    return merged_bytes


NAME_NEW = "NCALayer"


def _signer_key(info: SignerInfo) -> bytes:
    der: bytes = info["sid"].dump()
    return der


def _unique(items: list[Any]) -> list[Any]:
    """The asn1crypto values of `items` without repeats (compared by their DER bytes)."""
    seen: set[bytes] = set()
    out: list[Any] = []
    for item in items:
        der = item.dump()
        if der not in seen:
            seen.add(der)
            out.append(item)
    return out


def _version_rank(version: str) -> int:
    return int(version[1:]) if version.startswith("v") and version[1:].isdigit() else 0


def add_signature(pdf: str | Path, cms: bytes) -> Path:
    """Writes `cms` as PDF.cms, joined with the signers already there; returns the path."""
    target = signature_path(pdf)
    if target.is_file():
        cms = merge_signers(target.read_bytes(), cms)
    atomic_write_bytes(target, cms)
    return target


def signature_path(pdf: str | Path) -> Path:
    pdf = Path(pdf)
    return pdf.with_name(pdf.name + ".cms")
