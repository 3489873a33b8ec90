"""Suggested conflicts of interest in words (kk/ru/en): the command line's lines and the protocol's
section listing who recused from which course and which suggestions were dismissed, with reasons."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from app.models.conflicts import DISMISSED, ConflictSummary, Suggestion
from app.models.localized import Wording, localized
from app.models.round_model import Round
from app.models.sheet import Sheet
from app.reports.pdf_layout import Styles, text

CONFLICT_TEXT = Wording(
    {
        "ground_department": {
            "kk": "кафедрасы курстың кафедрасымен бірдей",
            "ru": "та же кафедра, что у курса",
            "en": "same department as the course",
        },
        "ground_faculty": {
            "kk": "курстың факультетінен",
            "ru": "с факультета курса",
            "en": "from the course's faculty",
        },
        "ground_author": {
            "kk": "курс авторларының бірі",
            "ru": "один из авторов курса",
            "en": "one of the course's authors",
        },
        "ground_surname": {
            "kk": "автормен тегі бірдей (жұмсақ белгі, туыстығы анық емес)",
            "ru": "общая фамилия с автором (мягкий признак, родство не установлено)",
            "en": "shares a surname with an author (a soft hint: kinship is not established)",
        },
        "heading": {"kk": "Мүдделер қақтығысы", "ru": "Конфликт интересов", "en": "Conflicts of interest"},
        "recusals": {
            "kk": "Бағалаудан бас тартқан сарапшылар (мүдделер қақтығысы):",
            "ru": "Эксперты, заявившие самоотвод (конфликт интересов):",
            "en": "Experts who recused themselves (conflict of interest):",
        },
        "recusal_line": {
            "kk": "{expert} — «{course}» курсын бағаламады. Себебі: {reason}",
            "ru": "{expert} — не оценивал(а) курс «{course}». Причина: {reason}",
            "en": "{expert} did not score “{course}”. Reason: {reason}",
        },
        "recusal_suggested": {
            "kk": " (ұсынылған қақтығыс расталды: {grounds})",
            "ru": " (предложенный конфликт подтверждён: {grounds})",
            "en": " (a suggested conflict, confirmed: {grounds})",
        },
        "no_recusals": {
            "kk": "Бағалаудан бас тартқан сарапшы жоқ.",
            "ru": "Самоотводов не заявлено.",
            "en": "No expert recused.",
        },
        "dismissed": {
            "kk": "Ұсынылған, бірақ сарапшы қабылдамаған қақтығыстар (сарапшы курсты бағалады):",
            "ru": "Предложенные конфликты, отклонённые экспертом (эксперт оценил курс):",
            "en": "Suggested conflicts the expert dismissed (the expert scored the course):",
        },
        "dismissed_line": {
            "kk": "{expert} — «{course}»: {grounds}. Сарапшының түсіндірмесі: {reason}",
            "ru": "{expert} — «{course}»: {grounds}. Пояснение эксперта: {reason}",
            "en": "{expert} — “{course}”: {grounds}. The expert's explanation: {reason}",
        },
        "no_reason": {
            "kk": "жазылмаған (жұмсақ белгі)",
            "ru": "не указано (мягкий признак)",
            "en": "none given (a soft hint)",
        },
        "unanswered": {
            "kk": "Ұсынылған, сарапшы жауап бермеген қақтығыстар:",
            "ru": "Предложенные конфликты без ответа эксперта:",
            "en": "Suggested conflicts the expert did not answer:",
        },
        "unanswered_line": {
            "kk": "{expert} — «{course}»: {grounds}",
            "ru": "{expert} — «{course}»: {grounds}",
            "en": "{expert} — “{course}”: {grounds}",
        },
        # the expert's sheet (PDF)
        "sheet_dismissed": {
            "kk": "Ұсынылған, бірақ мен қабылдамаған мүдделер қақтығысы",
            "ru": "Предложенные конфликты интересов, отклонённые мной",
            "en": "Suggested conflicts of interest I dismissed",
        },
        # the command line
        "suggested_heading": {
            "kk": "Ұсынылған мүдделер қақтығысы (сарапшы, курс, негіздер):",
            "ru": "Предлагаемые конфликты интересов (эксперт, курс, основания):",
            "en": "Suggested conflicts of interest (expert, course, grounds):",
        },
        "suggested_line": {
            "kk": "  {expert_id} {expert} — {entry_id} «{course}»: {grounds}",
            "ru": "  {expert_id} {expert} — {entry_id} «{course}»: {grounds}",
            "en": "  {expert_id} {expert} — {entry_id} “{course}”: {grounds}",
        },
        "suggested_none": {
            "kk": "Ұсынылған мүдделер қақтығысы жоқ.",
            "ru": "Предлагаемых конфликтов интересов нет.",
            "en": "No conflict of interest is suggested.",
        },
        "suggested_note": {
            "kk": "Әр сарапшы өз ұсыныстарын бағалауды бастағанда растайды немесе қабылдамайды.",
            "ru": "Каждый эксперт подтверждает или отклоняет свои предложения в начале оценки.",
            "en": "Each expert confirms or dismisses their suggestions when starting to score.",
        },
        "merge_dismissed": {"kk": "ҚАБЫЛДАНБАДЫ", "ru": "ОТКЛОНЁН", "en": "DISMISSED"},
        "merge_unanswered": {"kk": "ЖАУАПСЫЗ", "ru": "БЕЗ ОТВЕТА", "en": "UNANSWERED"},
    }
)


def ct(key: str, lang: str, **values: object) -> str:
    return CONFLICT_TEXT.text(key, lang, **values)


def grounds_text(grounds: Sequence[str], lang: str) -> str:
    return "; ".join(ct(f"ground_{g}", lang) for g in grounds)


def _course(rnd: Round, entry_id: str, lang: str) -> str:
    entry = rnd.entry(entry_id)
    return localized(entry.title, lang) if entry is not None else entry_id


def _expert(rnd: Round, expert_id: str) -> str:
    expert = rnd.expert(expert_id)
    return expert.name if expert is not None else expert_id


def suggestion_lines(rnd: Round, suggestions: Sequence[Suggestion], lang: str) -> list[str]:
    """`sarapshy validate`: a heading and one line per suggested pair (or a line saying there is none)."""
    if not suggestions:
        return [ct("suggested_none", lang)]
    lines = [ct("suggested_heading", lang)]
    for s in suggestions:
        lines.append(
            ct(
                "suggested_line",
                lang,
                expert_id=s.expert_id,
                expert=_expert(rnd, s.expert_id),
                entry_id=s.entry_id,
                course=_course(rnd, s.entry_id, lang),
                grounds=grounds_text(s.grounds, lang),
            )
        )
    return [*lines, ct("suggested_note", lang)]


def merge_lines(rnd: Round, summary: ConflictSummary, lang: str) -> list[str]:
    """`sarapshy merge`: the suggested pairs an expert dismissed (with the reason) or left unanswered."""
    lines = []
    for d in summary.dismissed:
        lines.append(
            f"{ct('merge_dismissed', lang):<10} {d.expert_id} — {d.entry_id}: {grounds_text(d.grounds, lang)}"
            f" — {d.reason or ct('no_reason', lang)}"
        )
    for u in summary.unanswered:
        lines.append(
            f"{ct('merge_unanswered', lang):<10} {u.expert_id} — {u.entry_id}: {grounds_text(u.grounds, lang)}"
        )
    return lines


def conflict_section(
    rnd: Round, summary: ConflictSummary, lang: str, styles: Styles, expert_label: dict[str, str]
) -> list[Flowable]:
    """The protocol's section: who recused from which course (and why), then the dismissed and the
    unanswered suggestions. `expert_label`: E1, E2… as the protocol numbers the members."""

    def who(expert_id: str) -> str:
        label = expert_label.get(expert_id, "")
        return f"{label}. {_expert(rnd, expert_id)}" if label else _expert(rnd, expert_id)

    out: list[Flowable] = [Paragraph(text(ct("heading", lang)), styles.heading)]
    if summary.recusals:
        out.append(Paragraph(text(ct("recusals", lang)), styles.body))
        for r in summary.recusals:
            line = ct(
                "recusal_line",
                lang,
                expert=who(r.expert_id),
                course=_course(rnd, r.entry_id, lang),
                reason=r.reason or "—",
            )
            if r.grounds:
                line += ct("recusal_suggested", lang, grounds=grounds_text(r.grounds, lang))
            out.append(Paragraph("— " + text(line), styles.item))
    else:
        out.append(Paragraph(text(ct("no_recusals", lang)), styles.body))
    if summary.dismissed:
        out.append(Paragraph(text(ct("dismissed", lang)), styles.body))
        for d in summary.dismissed:
            out.append(
                Paragraph(
                    "— "
                    + text(
                        ct(
                            "dismissed_line",
                            lang,
                            expert=who(d.expert_id),
                            course=_course(rnd, d.entry_id, lang),
                            grounds=grounds_text(d.grounds, lang),
                            reason=d.reason or ct("no_reason", lang),
                        )
                    ),
                    styles.item,
                )
            )
    if summary.unanswered:
        out.append(Paragraph(text(ct("unanswered", lang)), styles.body))
        for u in summary.unanswered:
            out.append(
                Paragraph(
                    "— "
                    + text(
                        ct(
                            "unanswered_line",
                            lang,
                            expert=who(u.expert_id),
                            course=_course(rnd, u.entry_id, lang),
                            grounds=grounds_text(u.grounds, lang),
                        )
                    ),
                    styles.item,
                )
            )
    return out


def sheet_dismissals(rnd: Round, sheet: Sheet, lang: str, styles: Styles) -> list[Flowable]:
    """The sheet PDF's note of the suggestions the expert dismissed, with their reasons (the expert
    signs the paper too): course number and title, grounds, reason."""
    numbers = {e.id: n for n, e in enumerate(rnd.entries, 1)}
    dismissed = [a for a in sheet.conflict_answers if a.answer == DISMISSED]
    if not dismissed:
        return []
    out: list[Flowable] = [Paragraph(text(ct("sheet_dismissed", lang)), styles.heading)]
    for a in sorted(dismissed, key=lambda a: numbers.get(a.entry_id, 0)):
        out.append(
            Paragraph(
                f"<b>{numbers.get(a.entry_id, '')}. {text(_course(rnd, a.entry_id, lang))}.</b> "
                f"{text(grounds_text(a.grounds, lang))}. {text(a.reason or ct('no_reason', lang))}",
                styles.item,
            )
        )
    return out
