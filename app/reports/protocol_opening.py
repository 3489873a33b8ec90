"""The protocol's opening: heading, those present and absent with the quorum, the agenda."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.models.localized import localized
from app.models.round_model import Expert
from app.reports.competition_name import competition_line
from app.reports.labels import long_date
from app.reports.meeting_labels import mt
from app.reports.pdf_layout import text
from app.reports.protocol_context import ProtocolContext
from app.reports.winners_extract_pdf import quorum


def heading(doc: ProtocolContext, number_text: str) -> list[Flowable]:
    s = doc.styles
    meeting = doc.rnd.meeting
    day: date | None = doc.decisions.meeting_date or (meeting.date if meeting else None)
    city = meeting.place if meeting and meeting.place else ""
    place_date = Table(
        [[Paragraph(text(city), s.body), Paragraph(long_date(day, doc.lang) if day else "", s.right)]],
        colWidths=[doc.width / 2] * 2,
    )
    place_date.setStyle(
        TableStyle(
            [
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    stage = doc.t(f"stage_{doc.rnd.stage}")
    return [
        Paragraph(text(localized(doc.rnd.organization, doc.lang)), s.subtitle),
        Paragraph(text(doc.t("protocol_title", number=number_text)), s.title),
        Spacer(1, 2 * mm),
        place_date,
        Spacer(1, 3 * mm),
        Paragraph(f"<b>{text(competition_line(doc.rf, doc.lang))}</b>, {text(stage)}", s.centered),
        Spacer(1, 3 * mm),
    ]


def present_members(doc: ProtocolContext) -> list[Flowable]:
    s = doc.styles
    com = doc.rnd.commission
    absent = set(doc.decisions.absent_experts)
    out: list[Flowable] = [
        Paragraph(doc.t("present"), s.heading),
        Paragraph(f"<b>{doc.t('chair')}:</b> {_person(com.chair.name, com.chair.position)}", s.body),
        Paragraph(f"<b>{doc.t('members')}:</b>", s.body),
    ]
    for expert in com.experts:
        if expert.id not in absent:
            out.append(Paragraph(_member_line(doc, expert), s.body, bulletText=None))
    if com.secretary:
        out.append(
            Paragraph(f"<b>{doc.t('secretary')}:</b> {_person(com.secretary.name, com.secretary.position)}", s.body)
        )
    # Absent members apart from those present, then the quorum (present = not recorded absent).
    away = [x for x in com.experts if x.id in absent]
    if away:
        out.append(Paragraph(f"<b>{text(mt('absent_heading', doc.lang))}:</b>", s.body))
        out += [Paragraph(_member_line(doc, x), s.body) for x in away]
    present, members = quorum(doc.rf, doc.decisions)
    out.append(Paragraph(text(mt("quorum", doc.lang, present=present, members=members)), s.body))
    return out


def _member_line(doc: ProtocolContext, expert: Expert) -> str:
    detail = ", ".join(p for p in (expert.position, expert.department) if p)
    return f"{doc.expert_label[expert.id]}. {_person(expert.name, detail)}"


def agenda(doc: ProtocolContext) -> list[Flowable]:
    s = doc.styles
    title = competition_line(doc.rf, doc.lang)
    bare = doc.rnd.title_in(doc.lang)
    chair = doc.rnd.commission.chair.name
    return (
        [
            Paragraph(doc.t("agenda"), s.heading),
            Paragraph(text(doc.t("agenda_text", title=bare)), s.body),
            Paragraph(doc.t("heard"), s.heading),
            Paragraph(text(doc.t("heard_text", chair=chair, n=len(doc.rnd.entries), k=len(doc.results.panel))), s.body),
        ]
        if title
        else []
    )


def _person(name: str, detail: str) -> str:
    return text(name) + (f", {text(detail)}" if detail else "")
