"""The extract of a stage's protocol (хаттамасынан үзінді, regulation 9.5.1–9.5.2) that travels
with the entries sent on to the next stage: the decision about these entries, their results with
each expert's total, the commission's vote where a tie was decided, and the digests that tie the
extract to the round and its results. A4 portrait, Kazakh, Russian or English."""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.models.decisions import Decisions, final_standings
from app.models.localized import Wording, localized
from app.models.merge import MergeOutcome
from app.models.regulation import ADVANCING_BY_STAGE
from app.models.results_json import results_sha256
from app.models.round import RoundFile
from app.reports.competition_name import competition_line
from app.reports.fonts import CONDENSED, SANS_BOLD
from app.reports.labels import long_date, number, t
from app.reports.meeting_labels import mt
from app.reports.pdf_layout import GRID, SHADE, PageDecor, SignaturePlace, Styles, build_pdf, qr_drawing, text
from app.reports.pdf_signing import CHAIR_FIELD, STAMP_SIZE, SignatureField

MARGINS = (20 * mm, 12 * mm, 15 * mm, 15 * mm)

EXTRACT_TEXT = Wording(
    {
        "title_department": {
            "kk": "Кафедра отырысының № {number} ХАТТАМАСЫНАН ҮЗІНДІ",
            "ru": "ВЫПИСКА ИЗ ПРОТОКОЛА № {number} заседания кафедры",
            "en": "EXTRACT FROM MINUTES No. {number} of the department meeting",
        },
        "title_faculty": {
            "kk": "Факультеттің Сараптамалық комиссиясы отырысының № {number} ХАТТАМАСЫНАН ҮЗІНДІ",
            "ru": "ВЫПИСКА ИЗ ПРОТОКОЛА № {number} заседания Экспертной комиссии факультета",
            "en": "EXTRACT FROM MINUTES No. {number} of the faculty Expert Commission meeting",
        },
        "considered": {
            "kk": "Барлығы {n} ЖАОК қаралды, {k} сарапшы бағалады. Төменде келесі кезеңге "
            "ұсынылған ЖАОК-тар (Ереженің 9.5-тармағы бойынша {limit} ЖАОК-қа дейін).",
            "ru": "Всего рассмотрено МООК: {n}, оценивали экспертов: {k}. Ниже — МООК, "
            "рекомендованные на следующий этап (до {limit} МООК по п. 9.5 Положения).",
            "en": "{n} MOOCs were considered and scored by {k} experts. Below are the MOOCs sent on "
            "to the next stage (up to {limit} by clause 9.5 of the Regulation).",
        },
        "decision_department": {
            "kk": "Ереженің 9.5.1-тармағына сәйкес дауыс беру нәтижесі бойынша келесі ЖАОК-тар "
            "факультеттің Сараптамалық комиссиясына ұсынылсын:",
            "ru": "В соответствии с п. 9.5.1 Положения по результатам голосования рекомендовать "
            "Экспертной комиссии факультета следующие МООК:",
            "en": "Under clause 9.5.1 of the Regulation, by the result of the vote, the following "
            "MOOCs are sent to the faculty Expert Commission:",
        },
        "decision_faculty": {
            "kk": "Ереженің 9.5.2-тармағына сәйкес ең үздік ЖАОК-тар «АТУ» АҚ-ның Конкурс комиссиясына ұсынылсын:",
            "ru": "В соответствии с п. 9.5.2 Положения рекомендовать Конкурсной комиссии АО «АТУ» лучшие МООК:",
            "en": "Under clause 9.5.2 of the Regulation, the best MOOCs are sent to the "
            "university Competition Commission:",
        },
        "place": {"kk": "{place}-орын", "ru": "{place} место", "en": "place {place}"},
        "of_max": {
            "kk": "{result} балл (ең көбі {max})",
            "ru": "{result} балл. (из {max})",
            "en": "{result} points (of {max})",
        },
        "tie": {
            "kk": "Тең балл бойынша комиссия шешімі",
            "ru": "Решение комиссии при равенстве баллов",
            "en": "The commission's resolution of a tie",
        },
        "reference": {
            "kk": "Хаттаманың деректері: раунд {round_id}; раунд файлының SHA-256 {round_sha}; "
            "нәтижелер дайджесті (SHA-256) {results_sha}.",
            "ru": "Данные протокола: раунд {round_id}; SHA-256 файла раунда {round_sha}; "
            "дайджест результатов (SHA-256) {results_sha}.",
            "en": "Minutes data: round {round_id}; round file SHA-256 {round_sha}; results digest "
            "(SHA-256) {results_sha}.",
        },
        "true_copy": {"kk": "Үзінді дұрыс.", "ru": "Выписка верна.", "en": "A true extract."},
    }
)


et = EXTRACT_TEXT.text


def extract_pdf_bytes(
    round_file: RoundFile,
    outcome: MergeOutcome,
    decisions: Decisions,
    advancing: list[str],
    unit: str,
    lang: str = "kk",
) -> bytes:
    rnd, results = round_file.round, outcome.results
    s = Styles(base=9.5)
    width = A4[0] - MARGINS[0] - MARGINS[1]
    number_text = decisions.protocol_number or "____"
    stage = rnd.stage if rnd.stage in ("department", "faculty") else "department"
    meeting = rnd.meeting
    day: date | None = decisions.meeting_date or (meeting.date if meeting else None)
    place_date = Table(
        [
            [
                Paragraph(text(meeting.place if meeting and meeting.place else ""), s.body),
                Paragraph(long_date(day, lang) if day else "", s.right),
            ]
        ],
        colWidths=[width / 2] * 2,
    )
    place_date.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [Paragraph(text(localized(rnd.organization, lang)), s.subtitle)]
    if unit:
        story.append(Paragraph(text(unit), s.subtitle))
    story += [
        Paragraph(text(et(f"title_{stage}", lang, number=number_text)), s.title),
        Spacer(1, 2 * mm),
        place_date,
        Spacer(1, 3 * mm),
        Paragraph(
            f"<b>{text(competition_line(round_file, lang))}</b>, {text(t(f'stage_{rnd.stage}', lang))}", s.centered
        ),
        Spacer(1, 3 * mm),
        Paragraph(t("heard", lang), s.heading),
        Paragraph(
            text(t("heard_text", lang, chair=rnd.commission.chair.name, n=len(rnd.entries), k=len(results.panel))),
            s.body,
        ),
        Paragraph(
            text(et("considered", lang, n=len(rnd.entries), k=len(results.panel), limit=ADVANCING_BY_STAGE[stage])),
            s.body,
        ),
        Spacer(1, 2 * mm),
    ]
    story.append(_table(round_file, outcome, decisions, advancing, lang, s, width))
    story.append(Paragraph(t("decided", lang), s.heading))
    story.append(Paragraph(text(et(f"decision_{stage}", lang)), s.body))
    standing = {x.entry_id: x for x in final_standings(results, decisions)}
    max_result = rnd.max_total * len(results.panel)
    for n, entry_id in enumerate(advancing, start=1):
        entry = rnd.known_entry(entry_id)
        e = standing[entry_id]
        authors = ", ".join(a.name for a in entry.authors)
        score = et("of_max", lang, result=number(e.entry.result, 1, lang), max=max_result)
        story.append(
            Paragraph(
                f"{n}. «{text(localized(entry.title, lang))}» ({text(authors)}) — "
                f"{text(et('place', lang, place=e.place))}, {text(score)}",
                s.body,
            )
        )
    for resolution in decisions.tie_resolutions.values():
        if set(resolution.entries) & set(advancing):
            words = text(resolution.text)
            if resolution.votes:
                v = resolution.votes
                words += " " + text(t("votes", lang, yes=v.in_favour, no=v.against, abstained=v.abstained))
            titles = "; ".join(
                f"«{text(localized(rnd.known_entry(x).title, lang))}»" for x in (resolution.order or resolution.entries)
            )
            story.append(Paragraph(f"<b>{text(et('tie', lang))}:</b> {titles}: {words}", s.body))
    digest = results_sha256(results)
    qr = 22 * mm
    reference = Table(
        [
            [
                qr_drawing(f"sha256:{digest}", qr),
                Paragraph(
                    f"<font name='{CONDENSED}' size='7.5'>"
                    + text(
                        et("reference", lang, round_id=rnd.round_id, round_sha=round_file.sha256, results_sha=digest)
                    )
                    + "</font>",
                    s.small,
                ),
            ]
        ],
        colWidths=[qr + 6, width - qr - 6],
        hAlign="LEFT",
    )
    reference.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 4 * mm), reference]
    places: list[SignatureField] = []
    line = "_" * 22
    com = rnd.commission
    rows = [[Paragraph(f"<b>{t('chair', lang)}</b>", s.body), line, Paragraph(text(com.chair.name), s.body)]]
    if com.secretary:
        rows.append(
            [Paragraph(f"<b>{t('secretary', lang)}</b>", s.body), line, Paragraph(text(com.secretary.name), s.body)]
        )
    lines = Table(rows, colWidths=[width * 0.34, width * 0.3, width * 0.36])
    lines.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                Paragraph(f"<b>{text(et('true_copy', lang))}</b>", s.body),
                lines,
                Spacer(1, 3 * mm),
                SignaturePlace(CHAIR_FIELD, STAMP_SIZE[0], STAMP_SIZE[1], places),
            ]
        )
    )
    decor = PageDecor(
        header=rnd.regulation or "",
        footer_left=mt("extract_short", lang, number=number_text),
        footer_middle=f"SHA-256 {digest[:16]}…",
        page_label=lambda n, m: t("page", lang, n=n, m=m),
        margins=MARGINS,
    )
    return build_pdf(
        story,
        A4,
        decor,
        title=et(f"title_{stage}", lang, number=number_text),
        author=com.chair.name,
        subject=rnd.title_in(lang),
        signature_places=places,
    )


def _heading_width(label: str, least: float) -> float:
    """A column wide enough that its one-word heading is not broken inside the word."""
    return max(least, stringWidth(label, SANS_BOLD, 8) + 14)  # the cell pads 6 points a side


def _table(
    round_file: RoundFile,
    outcome: MergeOutcome,
    decisions: Decisions,
    advancing: list[str],
    lang: str,
    s: Styles,
    width: float,
) -> Table:
    rnd, results = round_file.round, outcome.results
    panel = results.panel if len(results.panel) <= 9 else []
    labels = {x.id: f"{t('expert_abbr', lang)}{i}" for i, x in enumerate(rnd.commission.experts, start=1)}
    fixed = [20, _heading_width(t("col_rank", lang), 30), *[24] * len(panel), _heading_width(t("col_result", lang), 40)]
    rest = width - sum(fixed)
    widths = [*fixed[:2], rest * 0.62, rest * 0.38, *fixed[2:]]
    head = ["№", t("col_rank", lang), t("col_title_authors", lang), t("col_dept", lang)]
    head += [labels[x] for x in panel] + [t("col_result", lang)]
    rows: list[list[str | Paragraph]] = [[Paragraph(text(h), s.head) for h in head]]
    standing = {x.entry_id: x for x in final_standings(results, decisions)}
    for n, entry_id in enumerate(advancing, start=1):
        entry = rnd.known_entry(entry_id)
        e = standing[entry_id].entry
        authors = ", ".join(a.name for a in entry.authors)
        dept = ", ".join(p for p in (localized(entry.department, lang), localized(entry.faculty, lang)) if p)
        row: list[str | Paragraph] = [
            str(n),
            str(standing[entry_id].place or ""),
            Paragraph(f"{text(localized(entry.title, lang))}<br/><i>{text(authors)}</i>", s.cell),
            Paragraph(text(dept), s.cell),
        ]
        row += [str(e.totals[x]) if x in e.totals else ("—" if x in e.recused else "") for x in panel]
        row.append(number(e.result, 1, lang) + ("*" if e.rescaled else ""))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("ALIGN", (0, 0), (1, -1), "CENTER"),
                ("ALIGN", (4, 1), (-1, -1), "CENTER"),
            ]
        )
    )
    return table
