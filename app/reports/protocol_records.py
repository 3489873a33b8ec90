"""The protocol's records: the experts' agreement, the results' digest, the annex of sheet files."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.reports.charts import spread_chart
from app.reports.fonts import CONDENSED
from app.reports.labels import number, status_text
from app.reports.meeting_labels import mt
from app.reports.pdf_layout import Cell, qr_drawing, text
from app.reports.protocol_cells import CELL_SIZE, Fitter, fit_heading, grid_style
from app.reports.protocol_context import ProtocolContext


def agreement_section(doc: ProtocolContext) -> list[Flowable]:
    s = doc.styles
    a = doc.results.agreement
    out: list[Flowable] = [Paragraph(doc.t("agreement"), s.heading)]
    if a.kendall_w is None:
        return [*out, Paragraph(doc.t("agreement_none"), s.body)]
    left_out = doc.t("agreement_left_out", n=len(a.entries_left_out)) if a.entries_left_out else ""
    verdict = "verdict_strong" if a.kendall_w >= 0.7 else "verdict_moderate" if a.kendall_w >= 0.4 else "verdict_weak"
    if a.kendall_p is None:
        p = "= —"
    else:
        p = f"< {number(0.001, 3, doc.lang)}" if a.kendall_p < 0.001 else f"= {number(a.kendall_p, 3, doc.lang)}"
    paragraph = doc.t(
        "agreement_text",
        w=number(a.kendall_w, 2, doc.lang),
        p=p,
        icc1=number(a.icc2_1, 2, doc.lang),
        icck=number(a.icc2_k, 2, doc.lang),
        used=a.entries_used,
        left_out=left_out,
        verdict=doc.t(verdict),
    )
    chart = spread_chart(
        doc.results.entries, doc.rnd.max_total, doc.width, labels={e: doc.title_of(e) for e in doc.entries}
    )
    return [
        KeepTogether(
            [
                *out,
                Paragraph(text(paragraph), s.body),
                Spacer(1, 2 * mm),
                chart,
                Paragraph(doc.t("chart_caption"), s.small),
            ]
        )
    ]


def sheets_section(doc: ProtocolContext) -> list[Flowable]:
    s = doc.styles
    return [
        CondPageBreak(40 * mm),
        Paragraph(doc.t("sheets"), s.table_heading),
        Paragraph(text(mt("see_appendix", doc.lang)), s.body),
        Spacer(1, 3 * mm),
        _digest_table(doc),
    ]


def sheets_appendix(doc: ProtocolContext) -> list[Flowable]:
    """The sheets as a secretary files them: an annex after the signatures, on its own page."""
    s = doc.styles
    head: list[Cell] = [Paragraph(doc.t(k), s.head) for k in ("col_file", "col_expert", "col_revision", "col_code")]
    head += [Paragraph(text(mt("col_key", doc.lang)), s.head), Paragraph(doc.t("col_status"), s.head)]
    rows = [head]
    revision_w = fit_heading(doc.t("col_revision"), 40)
    key_w = max(60, stringWidth("WWWW-WWWW-WWWW-WWWW", CONDENSED, CELL_SIZE) + 8)
    status_w = fit_heading(status_text("superseded", doc.lang), 60)
    fixed = revision_w + 72 + key_w + status_w
    fit = Fitter(s, [(doc.width - fixed) / 2, (doc.width - fixed) / 2, revision_w, 72, key_w, status_w])
    for status in doc.outcome.statuses:
        expert = doc.rnd.expert(status.expert_id) if status.expert_id else None
        rows.append(
            [
                fit.cell(status.file, 0),
                fit.cell(expert.name if expert else status.expert_id or "", 1),
                "" if status.revision is None else str(status.revision),
                status.code,
                fit.cell(status.fingerprint, 4),
                fit.cell(status_text(status.status, doc.lang), 5),
            ]
        )
    table = Table(rows, colWidths=fit.widths, repeatRows=1)
    table.setStyle(grid_style(numbers_from=2))
    return [PageBreak(), Paragraph(text(mt("appendix", doc.lang)), s.heading), table]


def _digest_table(doc: ProtocolContext) -> Table:
    qr_size = 24 * mm
    digest = Table(
        [
            [
                qr_drawing(f"sha256:{doc.digest}", qr_size),
                Paragraph(
                    f"{doc.t('digest')}:<br/><font name='{CONDENSED}' size='7.5'>{doc.digest}</font>",
                    doc.styles.small,
                ),
            ]
        ],
        colWidths=[qr_size + 6, doc.width - qr_size - 6],
        hAlign="LEFT",
    )
    digest.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return digest
