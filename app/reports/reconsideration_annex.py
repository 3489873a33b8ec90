"""The protocol's annex on the second round: per course and criterion, each expert's score before
and after the chair's reconsideration request, with the chair's question and the expert's written
justification (the revisions the merge accepted; app/models/reconsideration.py)."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.models.localized import Wording, localized
from app.models.merge import MergeOutcome
from app.models.reconsider_annex import AnnexRow, annex_rows
from app.models.round import RoundFile
from app.reports.fonts import CONDENSED
from app.reports.pdf_layout import GRID, SHADE, Styles, text

TEXT = Wording(
    {
        "title": {
            "kk": "Қосымша. Қайта қарауға жіберілген бағалар (екінші айналым)",
            "ru": "Приложение. Оценки, направленные на пересмотр (второй тур)",
            "en": "Annex. Scores sent back for reconsideration (second round)",
        },
        "intro": {
            "kk": "Төраға сарапшыға қайта қарауға жіберген әр баға: бұрынғы баға → жаңа баға, төрағаның "
            "сұрағы және сарапшының жазбаша негіздемесі. Сарапшы әр ұяшықты қол қойылған бағалау "
            "парағының жаңа редакциясында қайта қарады.",
            "ru": "Каждая оценка, которую председатель направил эксперту на пересмотр: прежняя оценка → "
            "новая, вопрос председателя и письменное обоснование эксперта. Эксперт пересмотрел каждую "
            "ячейку в новой редакции подписанного оценочного листа.",
            "en": "Each score the chair sent back to an expert: the score before → after, the chair's "
            "question and the expert's written justification. The expert reconsidered each cell in a "
            "new revision of the signed evaluation sheet.",
        },
        "course": {"kk": "Курс", "ru": "Курс", "en": "Course"},
        "criterion": {"kk": "Критерий", "ru": "Критерий", "en": "Criterion"},
        "expert": {"kk": "Сарапшы", "ru": "Эксперт", "en": "Expert"},
        "change": {"kk": "Бұрын → кейін", "ru": "Было → стало", "en": "Before → after"},
        "question": {"kk": "Төрағаның сұрағы", "ru": "Вопрос председателя", "en": "The chair's question"},
        "justification": {
            "kk": "Сарапшының негіздемесі",
            "ru": "Обоснование эксперта",
            "en": "The expert's justification",
        },
        "kept": {"kk": "(баға өзгермеді)", "ru": "(оценка сохранена)", "en": "(score kept)"},
    }
)


def rt(key: str, lang: str) -> str:
    return TEXT.text(key, lang)


def reconsideration_annex(
    round_file: RoundFile, outcome: MergeOutcome, lang: str, styles: Styles, width: float
) -> list[Flowable]:
    """The annex's flowables (a new page), or nothing when no accepted sheet answers a request."""
    rows = annex_rows(round_file, [s.sheet for s in outcome.accepted], outcome.requests)
    if not rows:
        return []
    s = styles
    rnd = round_file.round
    entries = {e.id: e for e in rnd.entries}
    criteria = {c.id: (n, c) for n, c in enumerate(rnd.criteria, start=1)}
    head: list[Flowable | str] = [
        Paragraph(text(rt(k, lang)), s.head)
        for k in ("course", "criterion", "expert", "change", "question", "justification")
    ]
    data: list[list[Flowable | str]] = [head]
    for row in rows:
        entry = entries.get(row.entry_id)
        number, crit = criteria.get(row.criterion_id, (0, None))
        course = f"{row.entry_id}. {localized(entry.title, lang)}" if entry else row.entry_id
        criterion = f"{number}. {localized(crit.title, lang)}" if crit else row.criterion_id
        data.append(
            [
                Paragraph(text(course), s.cell),
                Paragraph(text(criterion), s.cell),
                Paragraph(text(row.expert_name or row.expert_id), s.cell),
                Paragraph(text(_change(row, lang)), s.cell_center),
                Paragraph(text(row.question), s.cell),
                Paragraph(text(row.justification), s.cell),
            ]
        )
    shares = (0.17, 0.17, 0.13, 0.1, 0.2, 0.23)
    table = Table(data, colWidths=[width * x for x in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [
        PageBreak(),
        Paragraph(text(rt("title", lang)), s.heading),
        Paragraph(text(rt("intro", lang)), s.body),
        Spacer(1, 8),
        table,
    ]


def _change(row: AnnexRow, lang: str) -> str:
    return f"{row.before} → {row.after}" + ("" if row.before != row.after else f"\n{rt('kept', lang)}")
