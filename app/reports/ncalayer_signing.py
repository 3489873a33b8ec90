"""Signing the protocol PDF through NCALayer: ask, check what came back, add it to PROTOCOL.pdf.cms.

Nothing NCALayer returns is saved unchecked: the CMS must verify over the exact bytes that were sent
(digest, structure and, for RSA/ECDSA, the signature itself) and the key must be a signing key, not
an authentication (AUTH_) one. The PDF is read once; if it changes on disk while the user is typing
the key's password, the file is refused rather than a signature saved beside a different document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.models.errors import InputError
from app.models.files import read_limited
from app.models.ncalayer import MAX_DOCUMENT, NCALAYER_URL, sign_with_ncalayer
from app.reports.cms import BROKEN, MAX_CMS, SignerReport, add_signature, signature_path, verify_cms_bytes


@dataclass(frozen=True)
class NcaLayerSignature:
    signer: SignerReport
    cms_path: Path
    ncalayer_version: str
    tls_fingerprint: str


def sign_pdf_with_ncalayer(
    pdf: str | Path,
    *,
    url: str = NCALAYER_URL,
    cafile: str | Path | None = None,
    locale: str = "kk",
    cancelled: Callable[[], bool] = lambda: False,
) -> NcaLayerSignature:
    pdf = Path(pdf)
    data = read_limited(pdf, MAX_DOCUMENT)
    _require_matching_signatures(pdf, data)  # before NCALayer asks anyone for a password
    answer = sign_with_ncalayer(data, url=url, cafile=cafile, locale=locale, cancelled=cancelled)
    report = verify_cms_bytes(data, answer.cms, pdf, "NCALayer")
    if len(report.signers) != 1:
        raise InputError(
            "NCALayer",
            "",
            "NCALayer returned a signature without exactly one signer",
            "restart NCALayer and try again",
            code="ncalayer_bad_answer",
        )
    signer = report.signers[0]
    if signer.key_kind == "authentication":
        raise InputError(
            "NCALayer",
            "",
            f"{signer.name} chose an authentication key (AUTH_…): it is not for signing documents",
            "sign again and choose the signing key (its file name starts with RSA_ or GOST512_)",
            code="ncalayer_auth_key",
            args=(signer.name,),
        )
    if signer.verdict == BROKEN:
        raise InputError(
            "NCALayer",
            "",
            "the signature NCALayer returned does not match the protocol: "
            + "; ".join(signer.problems or ("digest or signature mismatch",)),
            "nothing was saved; sign again",
            code="ncalayer_bad_signature",
        )
    with_digest = hashlib.sha256(pdf.read_bytes()).hexdigest() if pdf.is_file() else ""
    if with_digest != report.document_sha256:
        raise InputError(
            pdf,
            "",
            "the protocol changed on disk while it was being signed",
            "nothing was saved; sign again",
            code="ncalayer_pdf_changed",
        )
    return NcaLayerSignature(signer, add_signature(pdf, answer.cms), answer.version, answer.tls_fingerprint)


def _require_matching_signatures(pdf: Path, data: bytes) -> None:
    """The signatures already beside the PDF must be over these very bytes: a protocol written again
    after some members signed must not collect new signatures next to old ones over another text."""
    existing = signature_path(pdf)
    if not existing.is_file():
        return
    report = verify_cms_bytes(data, read_limited(existing, MAX_CMS), pdf, existing)
    if any(signer.digest_matches is False for signer in report.signers):
        raise InputError(
            existing,
            "",
            "these signatures are over another version of the protocol",
            "move this .cms file away (keep it with its own PDF), then sign the new protocol",
            code="cms_other_version",
        )
