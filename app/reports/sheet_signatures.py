"""The sheet's signature block: the expert's name and date, the «ҚОЛЫ» line, the place of a
digital stamp, the verification code with its QR and the signing key's fingerprint."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.models.sheet import Sheet
from app.models.signing import key_fingerprint
from app.reports.labels import blank_date, long_date, t
from app.reports.pdf_layout import SignaturePlace, Styles, qr_drawing, text
from app.reports.pdf_signing import STAMP_SIZE, SignatureField

EXPERT_FIELD = "expert"


def _key_line(sheet: Sheet, styles: Styles, lang: str) -> list[Paragraph]:
    """The signing key's fingerprint beside the code: the chair confirms it when the round pins no key."""
    try:
        fingerprint = key_fingerprint(sheet.signature.public_key) if sheet.signature else ""
    except ValueError:
        fingerprint = ""
    return [Paragraph(f"{t('key_fingerprint', lang)}: {fingerprint}", styles.small)] if fingerprint else []


def signature_block(
    sheet: Sheet, code: str, styles: Styles, width: float, lang: str, places: list[SignatureField]
) -> Table:
    """Name and date, the «ҚОЛЫ» line, the place of a digital stamp, and the verification code with its QR."""
    day = long_date(sheet.finalized_at.date(), lang) if sheet.finalized_at else blank_date(lang)
    name = text(sheet.expert_name or sheet.expert_id)
    qr_size = 22 * mm
    code_w = qr_size + 62 * mm
    stamp_w = STAMP_SIZE[0] + 6
    left = [
        Paragraph(f"{t('expert_name', lang)}: <u>{name}</u>", styles.body),
        Paragraph(day, styles.body),
        Spacer(1, 6 * mm),
        Paragraph(f"<b>{t('signature', lang)}</b> ________________________", styles.body),
    ]
    stamp = SignaturePlace(EXPERT_FIELD, STAMP_SIZE[0], STAMP_SIZE[1], places)
    verification = Table(
        [
            [
                qr_drawing(code, qr_size),
                [
                    Paragraph(f"{t('verification_code', lang)}:", styles.small),
                    Paragraph(f"<b>{code}</b>", styles.code),
                    *_key_line(sheet, styles, lang),
                    Paragraph(text(t("verification_hint", lang, rev=sheet.revision)), styles.small),
                ],
            ]
        ],
        colWidths=[qr_size + 4, code_w - qr_size - 4],
    )
    verification.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    block = Table([[left, stamp, verification]], colWidths=[width - stamp_w - code_w, stamp_w, code_w])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return block
