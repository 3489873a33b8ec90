"""PAdES signatures on our PDFs with a PKCS#12 file (pyHanko), and their verification.

Signing is incremental, so the chair and then the secretary can sign the same protocol and both
signatures stay valid. The visible stamp is in Kazakh, drawn with DejaVu Sans rescaled to
1000 units/em (stock DejaVu's 2048 units/em makes pyHanko spread the letters out).

Our documents reserve empty signature fields where the stamps belong (see `reserve_signature_fields`);
signing fills the named field, or the first empty one, or adds a field at the foot of the last page.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.models.errors import InputError
from app.models.files import atomic_write_bytes
from app.reports.fonts import stamp_font_path

STAMP_TEXT = {
    "kk": "Электрондық қолтаңба\nҚол қойған: %(signer)s\nУақыты: %(ts)s",
    "ru": "Электронная подпись\nПодписал: %(signer)s\nВремя: %(ts)s",
    "en": "Digital signature\nSigned by: %(signer)s\nTime: %(ts)s",
}
STAMP_SIZE = (230, 46)  # points: wide enough for a long name at 7 pt
FALLBACK_MARGIN = 36


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
    intact: bool          # the signed bytes are unchanged
    valid: bool           # intact, the cryptography checks out and later changes are permitted ones
    covers_whole_file: bool
    summary: str


def reserve_signature_fields(pdf: bytes, fields: list[SignatureField]) -> bytes:
    """The same PDF with empty signature fields added (an incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for spec in fields:
        box = tuple(int(round(v)) for v in spec.box)
        append_signature_field(writer, SigFieldSpec(spec.name, on_page=spec.page, box=box))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def load_signer(p12_path: str | Path, passphrase: bytes | str | None):
    """The pyHanko signer in a PKCS#12 file; a wrong passphrase or a damaged file is an InputError."""
    from pyhanko.sign.signers import SimpleSigner

    path = Path(p12_path)
    if not path.is_file():
        raise InputError(path, "", "the key file does not exist", "choose the .p12 file issued to you")
    if isinstance(passphrase, str):
        passphrase = passphrase.encode("utf-8")
    try:
        signer = SimpleSigner.load_pkcs12(str(path), passphrase=passphrase)
    except (ValueError, TypeError, OSError):
        signer = None
    if signer is None:
        raise InputError(path, "", "the key file cannot be opened",
                         "check the passphrase; the file must be a PKCS#12 (.p12/.pfx) key with its certificate")
    return signer


def signer_name(signer) -> str:
    subject = signer.signing_cert.subject.native
    return subject.get("common_name") or signer.signing_cert.subject.human_friendly


def sign_pdf(pdf_in: str | Path, pdf_out: str | Path, p12_path: str | Path,
             passphrase: bytes | str | None, *, field_name: str | None = None,
             reason: str | None = None, location: str | None = None, lang: str = "kk") -> str:
    """Signs `pdf_in` into `pdf_out` (may be the same path; written atomically). Returns the field used."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter, enumerate_sig_fields
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
    from pyhanko.stamp import TextStampStyle

    signer = load_signer(p12_path, passphrase)
    source = Path(pdf_in)
    try:
        data = source.read_bytes()
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        existing = [(name, value) for name, value, _ in enumerate_sig_fields(writer)]
    except (OSError, PdfReadError) as exc:
        raise InputError(source, "", f"the PDF cannot be read ({exc})", "choose a PDF written by Sarapshy") from None
    empty = [name for name, value in existing if value is None]
    new_field = None
    if field_name is None:
        field_name = empty[0] if empty else _free_field_name(n for n, _ in existing)
    elif field_name in {n for n, _ in existing} and field_name not in empty:
        raise InputError(source, f"signature field {field_name!r}", "this field is already signed",
                         "sign a copy of the unsigned document, or use another field")
    if field_name not in empty:
        new_field = SigFieldSpec(field_name, on_page=-1, box=_fallback_box(len(existing)))

    style = TextStampStyle(
        stamp_text=STAMP_TEXT.get(lang, STAMP_TEXT["kk"]),
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(stamp_font_path()), font_size=7)),
        border_width=1,
        timestamp_format="%Y-%m-%d %H:%M:%S %Z",
    )
    meta = PdfSignatureMetadata(field_name=field_name, subfilter=SigSeedSubFilter.PADES,
                                reason=reason, location=location, name=signer_name(signer))
    pdf_signer = PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=new_field)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out, appearance_text_params={"signer": signer_name(signer)})
    atomic_write_bytes(pdf_out, out.getvalue())
    return field_name


def verify_pdf(path: str | Path, trust_roots: list[bytes] | None = None) -> list[SignatureReport]:
    """One report per signature, in signing order. A file without signatures gives an empty list."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    source = Path(path)
    try:
        data = source.read_bytes()
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except (OSError, PdfReadError) as exc:
        raise InputError(source, "", f"the PDF cannot be read ({exc})", "choose the PDF file itself") from None
    reports = []
    # pyHanko logs a traceback for every certificate it cannot chain to a trusted root; we report
    # trust (or its absence) ourselves, so keep that out of the user's terminal.
    logging.getLogger("pyhanko.sign.validation").setLevel(logging.CRITICAL)
    for sig in signatures:
        context = ValidationContext(trust_roots=_load_roots(trust_roots) if trust_roots else [],
                                    allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context)
        except Exception as exc:  # a damaged signature dictionary must still be reported, not crash
            reports.append(SignatureReport(sig.field_name, "?", None, False, False, False,
                                           f"cannot be checked: {exc}"))
            continue
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        valid = bool(status.intact and status.valid and (status.docmdp_ok or status.modification_level is None))
        name = status.signing_cert.subject.native.get("common_name") or status.signing_cert.subject.human_friendly
        reports.append(SignatureReport(sig.field_name, name, status.signer_reported_dt,
                                       bool(status.intact), valid, whole, status.summary()))
    return reports


def _load_roots(roots: list[bytes]):
    from asn1crypto import pem, x509

    certs = []
    for blob in roots:
        if pem.detect(blob):
            _, _, blob = pem.unarmor(blob)
        certs.append(x509.Certificate.load(blob))
    return certs


def _free_field_name(taken) -> str:
    taken = set(taken)
    n = 1
    while f"Signature{n}" in taken:
        n += 1
    return f"Signature{n}"


def _fallback_box(index: int) -> tuple[int, int, int, int]:
    """Stamps without a reserved place go up the left edge of the last page's foot, one above another."""
    w, h = STAMP_SIZE
    y = FALLBACK_MARGIN + index * (h + 4)
    return (FALLBACK_MARGIN, y, FALLBACK_MARGIN + w, y + h)
