"""The protocol's signatures: a line for each member, and the signature fields beside them."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.reports.pdf_layout import SignaturePlace, text
from app.reports.pdf_signing import CHAIR_FIELD, SECRETARY_FIELD, STAMP_SIZE
from app.reports.protocol_context import ProtocolContext


def signatures_section(doc: ProtocolContext) -> list[Flowable]:
    s = doc.styles
    com = doc.rnd.commission
    absent = set(doc.decisions.absent_experts)
    line = "_" * 22
    rows = [[Paragraph(f"<b>{doc.t('chair')}</b>", s.body), line, Paragraph(text(com.chair.name), s.body)]]
    for i, expert in enumerate(com.experts):
        role = Paragraph(f"<b>{text(doc.t('members'))}</b>", s.body) if i == 0 else ""
        mark = f"<i>{doc.t('absent')}</i>" if expert.id in absent else line
        rows.append(
            [role, Paragraph(mark, s.body) if expert.id in absent else mark, Paragraph(text(expert.name), s.body)]
        )
    if com.secretary:
        rows.append(
            [Paragraph(f"<b>{doc.t('secretary')}</b>", s.body), line, Paragraph(text(com.secretary.name), s.body)]
        )
    lines = Table(rows, colWidths=[doc.width * 0.34, doc.width * 0.3, doc.width * 0.36])
    lines.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    stamps = [SignaturePlace(CHAIR_FIELD, STAMP_SIZE[0], STAMP_SIZE[1], doc.places)]
    if com.secretary:
        stamps.append(SignaturePlace(SECRETARY_FIELD, STAMP_SIZE[0], STAMP_SIZE[1], doc.places))
    stamp_row = Table([stamps], colWidths=[doc.width / 2] * len(stamps), hAlign="LEFT")
    stamp_row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 4 * mm), Paragraph(doc.t("signatures"), s.heading), lines, Spacer(1, 4 * mm), stamp_row]
