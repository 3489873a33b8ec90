"""Wording of the meeting's documents (feedback letters, the winners extract, the disagreement
board on the command line, the protocol's additions) in Kazakh, Russian and English."""

from __future__ import annotations

from app.models.localized import Wording
from app.models.regulation import MIN_PANEL_FOR_FLAGS, MIN_PANEL_FOR_STRONG_FLAGS
from app.reports.labels import TEXT as DOCUMENT_TEXT

TEXT = Wording(
    {
        # feedback letter
        "letter_title": {
            "kk": "ЖАОК авторларына кері байланыс хаты",
            "ru": "Письмо авторам МООК с отзывом комиссии",
            "en": "Feedback letter to the MOOC's authors",
        },
        "letter_to": {
            "kk": "ЖАОК авторларына: {authors}",
            "ru": "Авторам МООК: {authors}",
            "en": "To the MOOC's authors: {authors}",
        },
        "letter_greeting": {"kk": "Құрметті әріптестер!", "ru": "Уважаемые коллеги!", "en": "Dear colleagues,"},
        "letter_intro": {
            "kk": "Конкурс комиссиясы «{course}» жаппай ашық онлайн курсын «{title}» конкурсында "
            "бағалады. Төменде бағалау қорытындысы мен комиссияның пікірлері берілген.",
            "ru": "Конкурсная комиссия оценила массовый открытый онлайн-курс «{course}» в конкурсе "
            "«{title}». Ниже приведены итоги оценки и отзывы комиссии.",
            "en": "The competition commission evaluated the MOOC “{course}” in the competition "
            "“{title}”. The results and the commission's comments follow.",
        },
        "letter_result": {"kk": "Курстың жиынтық баллы", "ru": "Итоговый балл курса", "en": "The course's total"},
        "letter_place": {"kk": "Орны", "ru": "Место", "en": "Place"},
        "letter_place_of": {
            "kk": "{n} курстың ішінде {place}-орын",
            "ru": "{place} место из {n} курсов",
            "en": "place {place} of {n} courses",
        },
        "letter_criteria": {
            "kk": "Критерийлер бойынша орташа балл",
            "ru": "Средний балл по критериям",
            "en": "Mean score per criterion",
        },
        "letter_criterion": {"kk": "Критерий", "ru": "Критерий", "en": "Criterion"},
        "letter_mean": {"kk": "Орташа балл ({lo}–{hi})", "ru": "Средний балл ({lo}–{hi})", "en": "Mean ({lo}–{hi})"},
        "letter_comments": {"kk": "Комиссияның пікірлері", "ru": "Отзывы комиссии", "en": "The commission's comments"},
        "letter_no_comments": {
            "kk": "Комиссия мүшелері курсқа жазбаша пікір қалдырмады.",
            "ru": "Члены комиссии не оставили письменных отзывов о курсе.",
            "en": "The commission's members left no written comments on the course.",
        },
        "letter_protocol": {
            "kk": "Негіздеме: конкурс комиссиясы отырысының № {number} хаттамасы.",
            "ru": "Основание: протокол № {number} заседания конкурсной комиссии.",
            "en": "Grounds: minutes No. {number} of the competition commission's meeting.",
        },
        "letter_sign": {
            "kk": "Конкурс комиссиясының төрағасы",
            "ru": "Председатель конкурсной комиссии",
            "en": "Chair of the competition commission",
        },
        "letter_short": {"kk": "Кері байланыс хаты", "ru": "Письмо с отзывом", "en": "Feedback letter"},
        # winners extract
        "extract_title": {
            "kk": "Конкурс комиссиясы отырысының № {number} хаттамасынан ҮЗІНДІ",
            "ru": "ВЫПИСКА из протокола № {number} заседания конкурсной комиссии",
            "en": "EXTRACT from minutes No. {number} of the competition commission's meeting",
        },
        "extract_to": {"kk": "Ректорға", "ru": "Ректору", "en": "To the Rector"},
        "extract_decided": {
            "kk": "Комиссия «{title}» конкурсының жеңімпаздарын анықтады:",
            "ru": "Комиссия определила победителей конкурса «{title}»:",
            "en": "The commission determined the winners of the competition “{title}”:",
        },
        "extract_quorum": {
            "kk": "Отырысқа комиссияның {members} мүшесінің {present}-і қатысты.",
            "ru": "На заседании присутствовали {present} из {members} членов комиссии.",
            "en": "{present} of the commission's {members} members were present.",
        },
        "extract_true_copy": {
            "kk": "Үзінді дұрыс. Комиссия хатшысы",
            "ru": "Выписка верна. Секретарь комиссии",
            "en": "True extract. Secretary of the commission",
        },
        "extract_short": {
            "kk": "Хаттамадан үзінді № {number}",
            "ru": "Выписка из протокола № {number}",
            "en": "Extract from minutes No. {number}",
        },
        # protocol additions
        "quorum": {
            "kk": "Кворум: комиссияның {members} мүшесінің (сарапшылардың) {present}-і қатысты.",
            "ru": "Кворум: присутствуют {present} из {members} членов комиссии (экспертов).",
            "en": "Quorum: {present} of the commission's {members} members (experts) are present.",
        },
        "absent_heading": {"kk": "Қатыспағандар", "ru": "Отсутствовали", "en": "Absent"},
        "vote_line": {
            "kk": "Дауыс беру: «иә» — {yes}, «қарсы» — {no}, «қалыс» — {abstained}.",
            "ru": "Голосовали: «за» — {yes}, «против» — {no}, «воздержались» — {abstained}.",
            "en": "Vote: {yes} for, {no} against, {abstained} abstained.",
        },
        "vote_not_recorded": {
            "kk": "Дауыс беру нәтижесі жазылмаған.",
            "ru": "Итоги голосования не записаны.",
            "en": "The vote was not recorded.",
        },
        "vote_count_differs": {
            "kk": " (дауыс бергендер саны — {voted}, қатысқандар — {present})",
            "ru": " (число голосовавших — {voted}, присутствовавших — {present})",
            "en": " ({voted} voted, {present} present)",
        },
        "appendix": {
            "kk": "Хаттамаға қосымша. Бағалау парақтары",
            "ru": "Приложение к протоколу. Оценочные листы",
            "en": "Annex to the minutes. Evaluation sheets",
        },
        "see_appendix": {
            "kk": "Бағалау парақтарының тізімі хаттамаға қосымшада берілген.",
            "ru": "Список оценочных листов приведён в приложении к протоколу.",
            "en": "The list of evaluation sheets is in the annex to the minutes.",
        },
        # disagreement board (command line)
        "board_rule": {
            "kk": "Ереже: мән қалған сарапшылар мәндерінің медианасынан T-дан артық ерекшеленсе, белгіленеді "
            "(*). Критерий: T = {cell} балл; жиынтық: T = {total} балл. {few} сарапшыдан аз болса, "
            "ештеңе белгіленбейді; {weak} сарапшыда медиана әлсіз.",
            "ru": "Правило: значение помечается (*), если отличается от медианы остальных экспертов более "
            "чем на T. Критерий: T = {cell} балла; сумма: T = {total} балла. Меньше {few} экспертов — "
            "ничего не помечается; при {weak} экспертах медиана слабая.",
            "en": "Rule: a value is marked (*) when it differs from the median of the other experts by "
            "more than T. Criterion: T = {cell} points; total: T = {total} points. Under {few} experts "
            "nothing is marked; with {weak} the median of the others is weak.",
        },
        "board_course": {
            "kk": "{n}. {entry} «{title}»: SD {sd}, ауқым {spread}, {k} сарапшы",
            "ru": "{n}. {entry} «{title}»: SD {sd}, размах {spread}, экспертов: {k}",
            "en": "{n}. {entry} “{title}”: SD {sd}, range {spread}, {k} experts",
        },
        "board_guard_too_few": {
            "kk": "   ({most} немесе одан аз сарапшы: ауытқу анықталмайды)",
            "ru": "   ({most} эксперта или меньше: выброс не определяется)",
            "en": "   ({most} experts or fewer: no outlier can be named)",
        },
        "board_guard_weak": {
            "kk": "   ({weak} сарапшы: қалғандардың медианасы әлсіз, белгі тек назар аударуға)",
            "ru": "   ({weak} эксперта: медиана остальных слабая, пометка — лишь повод взглянуть)",
            "en": "   ({weak} experts: the others' median is weak; a mark only says “look here”)",
        },
        "board_recused": {"kk": "бас тартты", "ru": "отвод", "en": "recused"},
    }
)
TEXT["col_key"] = DOCUMENT_TEXT["key_fingerprint"]  # the sheet's signing key, as the sheet itself names it

# The panel sizes the board's words name (fill them into board_rule and board_guard_*).
PANEL_SIZES: dict[str, object] = {
    "few": MIN_PANEL_FOR_FLAGS,
    "most": MIN_PANEL_FOR_FLAGS - 1,
    "weak": f"{MIN_PANEL_FOR_FLAGS}–{MIN_PANEL_FOR_STRONG_FLAGS - 1}",
}


mt = TEXT.text
