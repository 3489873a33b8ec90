"""PAdES signatures on our PDFs with a PKCS#12 file (pyHanko), and their verification.

Signing is incremental, so the chair and then the secretary can sign the same protocol and both
signatures stay valid. The visible stamp (signature_stamp) is drawn by reportlab in the document's
language and shows the signing time that the signature itself carries, to the second.

Our documents reserve empty signature fields where the stamps belong (see `reserve_signature_fields`);
signing fills the named field, or the first empty one, or adds a field at the foot of the last page.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import InputError
from app.models.files import atomic_write_bytes, read_limited

if TYPE_CHECKING:
    from asn1crypto.x509 import Certificate
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import BasePdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
    from pyhanko.sign.signers.pdf_signer import PdfSigningSession
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.status import PdfSignatureStatus

    from app.reports.signature_stamp import DrawnStampStyle

STAMP_SIZE = (230, 46)  # points: wide enough for a long name at 7 pt
# the signature fields of the protocol and the winners extract; the chair signs first
CHAIR_FIELD, SECRETARY_FIELD = "chair", "secretary"
FALLBACK_MARGIN = 36
MAX_VERIFIED_PDF = 512 * 1024 * 1024  # checked documents are far smaller; bounded all the same
MAX_CERTIFICATE = 1024 * 1024


@dataclass(frozen=True)
class SignatureField:
    """An empty signature field to reserve in a document: name, 0-based page, box in points."""

    name: str
    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    time: datetime | None
    intact: bool  # the signed bytes are unchanged
    valid: bool  # intact, the cryptography checks out and later changes are permitted ones
    covers_whole_file: bool
    summary: str
    certificate_sha256: str = ""  # hex, of the signer's certificate
    issuer: str = ""
    trusted: bool = False  # the certificate is one the user named, or chains to one
    changes_after: str = ""  # CHANGES_* below
    verifiable: bool = True  # False: the signature could not be checked at all
    problem: str = ""  # why not, when not verifiable

    @property
    def ok(self) -> bool:
        return self.verifiable and self.intact and self.valid and self.trusted


# What was changed in the file after a signature (pyHanko's modification analysis, in words).
CHANGES_NONE = "none"
CHANGES_SIGNATURES = "later signatures or form filling only"
CHANGES_ANNOTATIONS = "annotations added"
CHANGES_OTHER = "other changes: the document was altered after signing"
CHANGES_UNKNOWN = "unknown"


def reserve_signature_fields(pdf: bytes, fields: list[SignatureField]) -> bytes:
    """The same PDF with empty signature fields added (an incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for spec in fields:
        left, bottom, right, top = (round(v) for v in spec.box)
        box = (left, bottom, right, top)
        append_signature_field(writer, SigFieldSpec(spec.name, on_page=spec.page, box=box))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def load_signer(p12_path: str | Path, passphrase: bytes | str | None) -> SimpleSigner:
    """The pyHanko signer in a PKCS#12 file; a wrong passphrase or a damaged file is an InputError."""
    from pyhanko.sign.signers import SimpleSigner

    path = Path(p12_path)
    if not path.is_file():
        raise InputError(
            path, "", "the key file does not exist", "choose the .p12 file issued to you", code="p12_missing"
        )
    if isinstance(passphrase, str):
        passphrase = passphrase.encode("utf-8")
    signer: SimpleSigner | None
    try:
        signer = SimpleSigner.load_pkcs12(str(path), passphrase=passphrase)
    except (ValueError, TypeError, OSError):
        signer = None
    if signer is None:
        raise InputError(
            path,
            "",
            "the key file cannot be opened",
            "check the passphrase; the file must be a PKCS#12 (.p12/.pfx) key with its certificate",
            code="p12_wrong_passphrase",
        )
    return signer


def signer_name(signer: SimpleSigner) -> str:
    return _cert_name(signer.signing_cert)


def sign_pdf(
    pdf_in: str | Path,
    pdf_out: str | Path,
    p12_path: str | Path,
    passphrase: bytes | str | None,
    *,
    field_name: str | None = None,
    reason: str | None = None,
    location: str | None = None,
    lang: str = "kk",
) -> str:
    """Signs `pdf_in` into `pdf_out` (may be the same path; written atomically). Returns the field used."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter, enumerate_sig_fields
    from pyhanko.sign.signers import PdfSignatureMetadata

    from app.reports.signature_stamp import DrawnStampStyle, stamp_lines

    signer = load_signer(p12_path, passphrase)
    source = Path(pdf_in)
    try:
        data = source.read_bytes()
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        existing = [(name, value) for name, value, _ in enumerate_sig_fields(writer)]
    except (OSError, PdfReadError) as exc:
        raise InputError(
            source,
            "",
            f"the PDF cannot be read ({exc})",
            "choose a PDF written by Sarapshy",
            code="pdf_unreadable",
            args=(exc,),
        ) from None
    empty = [name for name, value in existing if value is None]
    new_field = None
    if field_name is None:
        field_name = empty[0] if empty else _free_field_name(n for n, _ in existing)
    elif field_name in {n for n, _ in existing} and field_name not in empty:
        raise InputError(
            source,
            f"signature field {field_name!r}",
            "this field is already signed",
            "sign a copy of the unsigned document, or use another field",
            code="field_signed",
            args=(field_name,),
        )
    if field_name not in empty:
        new_field = SigFieldSpec(field_name, on_page=-1, box=_fallback_box(len(existing)))

    signed_at = signing_time()
    name = signer_name(signer)
    style = DrawnStampStyle(lines=tuple(stamp_lines(lang, name, signed_at)))
    meta = PdfSignatureMetadata(
        field_name=field_name,
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=name,
    )
    pdf_signer = _signer_at(signed_at, meta, signer, style, new_field)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    atomic_write_bytes(pdf_out, out.getvalue())
    return field_name


def signing_time() -> datetime:
    """Now, in the computer's time zone, to the whole second: the stamp shows it and the signature's
    signing time (CMS signingTime, /M) holds it, and both have seconds only."""
    import tzlocal

    return datetime.now(tz=tzlocal.get_localzone()).replace(microsecond=0)


def _signer_at(
    signed_at: datetime,
    meta: PdfSignatureMetadata,
    signer: SimpleSigner,
    style: DrawnStampStyle,
    new_field: SigFieldSpec | None,
) -> PdfSigner:
    """A pyHanko signer whose signature carries `signed_at` (pyHanko would take its own "now", a moment
    later than the one the stamp was drawn with)."""
    from pyhanko.sign.signers import PdfSigner

    class SignerAtTime(PdfSigner):
        def init_signing_session(
            self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
        ) -> PdfSigningSession:
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = signed_at
            return session

    return SignerAtTime(meta, signer=signer, stamp_style=style, new_field_spec=new_field)


def verify_pdf(path: str | Path, trust_roots: list[bytes] | None = None) -> list[SignatureReport]:
    """One report per signature, in signing order. A file without signatures gives an empty list.

    `trust_roots` are the certificates the user names (PEM or DER): a signature is trusted only when
    its certificate is one of them or chains to one. A signature pyHanko cannot read (a damaged
    /SubFilter, a broken CMS) is still listed, as not verifiable, never silently skipped.
    """
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    source = Path(path)
    roots = _load_roots(source, trust_roots or [])
    named = {hashlib.sha256(cert.dump()).hexdigest() for cert in roots}
    # pyHanko logs a traceback for every certificate it cannot chain to a trusted root, and a warning
    # for every signature it skips; we report both ourselves, so keep them out of the user's terminal.
    for name in ("pyhanko.sign.validation", "pyhanko.pdf_utils.reader", "pyhanko.sign.general"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    data = read_limited(source, MAX_VERIFIED_PDF)
    try:  # any damage (a broken cross-reference table raises plain ValueErrors) is bad input, not a crash
        reader = _reader(data)
        signatures = list(reader.embedded_signatures)
        filled = [name for name, _, _ in enumerate_sig_fields(reader, filled_status=True)]
    except Exception as exc:  # noqa: BLE001 - any damage, as said above
        raise InputError(
            source,
            "",
            f"the PDF is damaged and cannot be read ({type(exc).__name__}: {exc})",
            "use the copy the signer sent, or ask for it again",
            code="pdf_damaged",
            args=(f"{type(exc).__name__}: {exc}",),
        ) from None
    reports = []
    for sig in signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context)
        except Exception as exc:  # noqa: BLE001 - a damaged signature dictionary must still be reported, not crash
            reports.append(_unverifiable(sig.field_name, f"cannot be checked: {exc}", _cert_of(sig)))
            continue
        reports.append(_report(sig, status, named))
    listed = {r.field for r in reports}
    for name in filled:
        if name not in listed:  # pyHanko skipped it: an unknown /SubFilter, a missing /Contents…
            reports.append(
                _unverifiable(
                    name,
                    "the signature is of an unknown or damaged kind (/SubFilter, "
                    "/Contents or /ByteRange) and cannot be checked",
                    None,
                )
            )
    unlisted = data.count(b"/ByteRange") - len(reports)
    for n in range(max(0, unlisted)):  # a signature dictionary no form field points to
        reports.append(
            _unverifiable(
                f"(unlisted {n + 1})",
                "a signature dictionary that no signature field lists: it cannot be checked",
                None,
            )
        )
    return reports


def _reader(data: bytes) -> PdfFileReader:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(data), strict=False)


def _report(sig: EmbeddedPdfSignature, status: PdfSignatureStatus, named: set[str]) -> SignatureReport:
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    changes = _changes_after(status, whole)
    valid = bool(
        status.intact
        and status.valid
        and (status.docmdp_ok or status.modification_level is None)
        and changes != CHANGES_OTHER
    )
    cert = status.signing_cert
    fingerprint = hashlib.sha256(cert.dump()).hexdigest()
    trusted = bool(status.trusted) or fingerprint in named
    return SignatureReport(
        sig.field_name,
        _cert_name(cert),
        status.signer_reported_dt,
        bool(status.intact),
        valid,
        whole,
        status.summary(),
        fingerprint,
        _issuer_name(cert),
        trusted,
        changes,
    )


def _changes_after(status: PdfSignatureStatus, whole: bool) -> str:
    from pyhanko.sign.diff_analysis import ModificationLevel

    if whole:
        return CHANGES_NONE
    level = status.modification_level
    return {
        None: CHANGES_UNKNOWN,
        ModificationLevel.NONE: CHANGES_NONE,
        ModificationLevel.LTA_UPDATES: CHANGES_SIGNATURES,
        ModificationLevel.FORM_FILLING: CHANGES_SIGNATURES,
        ModificationLevel.ANNOTATIONS: CHANGES_ANNOTATIONS,
    }.get(level, CHANGES_OTHER)


def _unverifiable(field: str, problem: str, cert: Certificate | None) -> SignatureReport:
    return SignatureReport(
        field,
        _cert_name(cert) if cert is not None else "?",
        None,
        False,
        False,
        False,
        problem,
        hashlib.sha256(cert.dump()).hexdigest() if cert is not None else "",
        _issuer_name(cert) if cert is not None else "",
        False,
        CHANGES_UNKNOWN,
        False,
        problem,
    )


def _cert_of(sig: EmbeddedPdfSignature) -> Certificate | None:
    try:
        return sig.signer_cert
    except Exception:  # noqa: BLE001 - the CMS itself is what is damaged
        return None


def _cert_name(cert: Certificate) -> str:
    return str(cert.subject.native.get("common_name") or cert.subject.human_friendly)


def _issuer_name(cert: Certificate) -> str:
    return str(cert.issuer.native.get("common_name") or cert.issuer.human_friendly)


def read_certificates(paths: list[str | Path]) -> list[bytes]:
    """The bytes of each named certificate file (PEM or DER); a missing file is an InputError."""
    blobs = []
    for path in map(Path, paths):
        blobs.append(read_limited(path, MAX_CERTIFICATE))
        _load_roots(path, [blobs[-1]])
    return blobs


def _load_roots(source: str | Path, roots: list[bytes]) -> list[Certificate]:
    from asn1crypto import pem, x509

    certs = []
    for blob in roots:
        try:
            if pem.detect(blob):
                _, _, blob = pem.unarmor(blob)
            cert = x509.Certificate.load(blob)
            _ = cert.native  # parse it all now
        except (ValueError, TypeError) as exc:
            raise InputError(
                source,
                "",
                f"a named certificate is not an X.509 certificate ({exc})",
                "name the signer's certificate file (.pem, .cer or .crt)",
                code="not_a_certificate",
                args=(str(exc),),
            ) from None
        certs.append(cert)
    return certs


def _free_field_name(names: Iterable[str]) -> str:
    taken = set(names)
    n = 1
    while f"Signature{n}" in taken:
        n += 1
    return f"Signature{n}"


def _fallback_box(index: int) -> tuple[int, int, int, int]:
    """Stamps without a reserved place go up the left edge of the last page's foot, one above another."""
    w, h = STAMP_SIZE
    y = FALLBACK_MARGIN + index * (h + 4)
    return (FALLBACK_MARGIN, y, FALLBACK_MARGIN + w, y + h)
