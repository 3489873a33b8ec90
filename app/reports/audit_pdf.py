"""The chair's audit log as a protocol annex (PDF, A4 landscape, Kazakh, Russian or English)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.models.audit import AuditRecord
from app.models.files import atomic_write_bytes
from app.models.round import RoundFile
from app.reports.audit_events import event_details, event_title, w
from app.reports.fonts import CONDENSED
from app.reports.labels import t
from app.reports.pdf_layout import GRID, SHADE, PageDecor, Styles, build_pdf, text

PAGE = landscape(A4)
MARGINS = (15 * mm, 12 * mm, 15 * mm, 14 * mm)
CELL_SIZE = 7.5


def audit_annex_pdf_bytes(
    round_file: RoundFile, records: list[AuditRecord], problems: list[str], protocol_number: str, lang: str
) -> bytes:
    styles = Styles(base=9)
    width = PAGE[0] - MARGINS[0] - MARGINS[1]
    rnd = round_file.round
    number = protocol_number or "____"
    story = [
        Paragraph(text(w("title", lang)), styles.title),
        Paragraph(text(w("to_protocol", lang, number=number)), styles.centered),
        Paragraph(text(rnd.title_in(lang)), styles.centered),
        Spacer(1, 4 * mm),
    ]
    if problems:
        story.append(Paragraph(f"<b>{text(w('chain_broken', lang))}</b>", styles.body))
        story += [Paragraph("— " + text(p), styles.body) for p in problems]
    elif records:
        story.append(Paragraph(text(w("chain_ok", lang, n=len(records), head=records[-1].hash)), styles.body))
    story.append(Spacer(1, 3 * mm))
    if not records:
        story.append(Paragraph(text(w("empty", lang)), styles.body))
    else:
        cell = styles.cell
        head: list[str | Paragraph] = [
            Paragraph(text(w(k, lang)), styles.head)
            for k in ("col_seq", "col_time", "col_event", "col_details", "col_hash")
        ]
        rows: list[list[str | Paragraph]] = [head]
        for record in records:
            rows.append(
                [
                    str(record.seq),
                    Paragraph(text(record.at.replace("T", " ")), cell),
                    Paragraph(text(event_title(record.event, lang)), cell),
                    Paragraph(text(event_details(record, round_file, lang)), cell),
                    Paragraph(f"{record.hash[:10]}…", cell),
                ]
            )
        widths: list[float] = [24, 76, 120, 0, 66]
        widths[3] = width - sum(widths)
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
                    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
                    ("ALIGN", (0, 0), (0, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    decor = PageDecor(
        header=rnd.regulation or "",
        footer_left=t("protocol_short", lang, number=number),
        footer_middle=w("title", lang),
        page_label=lambda n, m: t("page", lang, n=n, m=m),
        margins=MARGINS,
    )
    return build_pdf(
        story, PAGE, decor, title=w("title", lang), author=rnd.commission.chair.name, subject=rnd.title_in(lang)
    )


def write_audit_pdf(
    round_file: RoundFile,
    records: list[AuditRecord],
    problems: list[str],
    protocol_number: str,
    out_path: str | Path,
    lang: str = "kk",
) -> Path:
    return atomic_write_bytes(out_path, audit_annex_pdf_bytes(round_file, records, problems, protocol_number, lang))
