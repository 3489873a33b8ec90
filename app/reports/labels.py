"""Fixed wording of our documents in Kazakh, Russian and English, and date formatting."""

from __future__ import annotations

from datetime import date

from app.models.localized import Wording

SHEET_FORM_CODE = "Ү.ЖИЦДО-7.5.1-2025-01-03"

TEXT = Wording(
    {
        # Evaluation sheet (form -03)
        "sheet_title": {"kk": "БАҒАЛАУ ПАРАҒЫ", "ru": "ОЦЕНОЧНЫЙ ЛИСТ", "en": "EVALUATION SHEET"},
        "competition": {"kk": "«{title}» конкурсы", "ru": "Конкурс «{title}»", "en": "Competition “{title}”"},
        "col_no": {"kk": "№", "ru": "№", "en": "No."},
        "col_title": {"kk": "ЖАОК атауы", "ru": "Название МООК", "en": "MOOC title"},
        "col_author": {"kk": "Курс авторы", "ru": "Автор курса", "en": "Course author"},
        "col_link": {"kk": "Курсқа сілтеме", "ru": "Ссылка на курс", "en": "Course link"},
        "recused": {
            "kk": "Бағаланбады: мүдделер қақтығысы",
            "ru": "Не оценивался: конфликт интересов",
            "en": "Not scored: conflict of interest",
        },
        "not_scored": {"kk": "бағаланбаған", "ru": "не оценён", "en": "not scored"},
        "see_comment": {
            "kk": "жалғасы төменде, №{n}",
            "ru": "продолжение ниже, №{n}",
            "en": "continued below, No. {n}",
        },
        "comments_heading": {
            "kk": "{n}-бағанға түсініктемелер ({title})",
            "ru": "Комментарии к графе {n} ({title})",
            "en": "Comments on column {n} ({title})",
        },
        "recusal_heading": {"kk": "Бағаламау себептері", "ru": "Причины отвода", "en": "Reasons for recusal"},
        "expert_name": {"kk": "Сарапшының аты-жөні", "ru": "Ф. И. О. эксперта", "en": "Expert's name"},
        "signature": {"kk": "ҚОЛЫ", "ru": "ПОДПИСЬ", "en": "SIGNATURE"},
        "scale_note": {
            "kk": "Ескерту: ЖАОК {lo}-ден {hi}-ға дейінгі критерийлер бойынша бағаланады. "
            "{lo} — өте нашар, {hi} — өте жақсы",
            "ru": "Примечание: МООК оценивается по критериям от {lo} до {hi}. {lo} — очень плохо, {hi} — очень хорошо",
            "en": "Note: each criterion is scored from {lo} to {hi}. {lo} — very poor, {hi} — excellent",
        },
        "levels_annex": {
            "kk": "Қосымша. Критерийлер бойынша бағалау деңгейлері",
            "ru": "Приложение. Уровни оценок по критериям",
            "en": "Annex. Score levels of the criteria",
        },
        "levels_source": {
            "kk": "Анықтама ретінде: Ереженің 10–11-бөлімдері мен Ү.ЖИЦДО-7.5.1-2025-01-02 нысаны бойынша; "
            "жақшада — тармақтары.",
            "ru": "Справочно: по разделам 10–11 Положения и форме Ү.ЖИЦДО-7.5.1-2025-01-02; в скобках — пункты.",
            "en": "For reference: from sections 10–11 of the regulation and form Ү.ЖИЦДО-7.5.1-2025-01-02; "
            "paragraphs in brackets.",
        },
        "levels_criterion": {"kk": "Критерий", "ru": "Критерий", "en": "Criterion"},
        "verification_code": {"kk": "Тексеру коды", "ru": "Код проверки", "en": "Verification code"},
        "key_fingerprint": {"kk": "Кілт", "ru": "Ключ", "en": "Key"},
        "verification_hint": {
            "kk": "Қағаз бен файлды салыстыруға арналған (ревизия {rev})",
            "ru": "Для сверки бумаги и файла (редакция {rev})",
            "en": "Matches this paper to the sheet file (revision {rev})",
        },
        "page": {"kk": "Бет {n} / {m}", "ru": "Стр. {n} из {m}", "en": "Page {n} of {m}"},
        # Protocol
        "protocol_title": {
            "kk": "Конкурс комиссиясы отырысының ХАТТАМАСЫ № {number}",
            "ru": "ПРОТОКОЛ № {number} заседания конкурсной комиссии",
            "en": "MINUTES No. {number} of the Competition Commission meeting",
        },
        "protocol_short": {"kk": "Хаттама № {number}", "ru": "Протокол № {number}", "en": "Minutes No. {number}"},
        "stage": {"kk": "Кезең", "ru": "Этап", "en": "Stage"},
        "stage_department": {"kk": "кафедра кезеңі", "ru": "этап кафедры", "en": "department stage"},
        "stage_faculty": {"kk": "факультет кезеңі", "ru": "этап факультета", "en": "faculty stage"},
        "stage_university": {"kk": "университет кезеңі", "ru": "университетский этап", "en": "university stage"},
        "present": {"kk": "Қатысқандар", "ru": "Присутствовали", "en": "Present"},
        "chair": {"kk": "Төраға", "ru": "Председатель", "en": "Chair"},
        "secretary": {"kk": "Хатшы", "ru": "Секретарь", "en": "Secretary"},
        "members": {
            "kk": "Комиссия мүшелері (сарапшылар)",
            "ru": "Члены комиссии (эксперты)",
            "en": "Members (experts)",
        },
        "absent": {"kk": "қатыспады", "ru": "отсутствовал(а)", "en": "absent"},
        "agenda": {"kk": "КҮН ТӘРТІБІ", "ru": "ПОВЕСТКА ДНЯ", "en": "AGENDA"},
        "agenda_text": {
            "kk": "«{title}» конкурсына ұсынылған ЖАОК-тарды бағалау қорытындысын шығару және жеңімпаздарды анықтау.",
            "ru": "Подведение итогов оценки МООК, представленных на конкурс «{title}», и определение победителей.",
            "en": "Summing up the evaluation of the MOOCs submitted to “{title}” and determining the winners.",
        },
        "heard": {"kk": "ТЫҢДАЛДЫ", "ru": "СЛУШАЛИ", "en": "HEARD"},
        "heard_text": {
            "kk": "Комиссия төрағасы {chair} {n} ЖАОК бойынша {k} сарапшының бағалау "
            "парақтарының қорытындысын (Ү.ЖИЦДО-7.5.1-2025-01-03 нысаны) таныстырды. "
            "Нәтиже — сарапшылар баллдарының жиынтығы (Ереженің 12.2-тармағы).",
            "ru": "Председатель комиссии {chair} представил(а) итоги оценочных листов "
            "{k} экспертов (форма Ү.ЖИЦДО-7.5.1-2025-01-03) по {n} МООК. "
            "Результат — сумма баллов экспертов (п. 12.2 Положения).",
            "en": "The chair, {chair}, presented the evaluation sheets of {k} experts "
            "(form Ү.ЖИЦДО-7.5.1-2025-01-03) for {n} MOOCs. The result is the sum of "
            "the experts' scores (clause 12.2 of the Regulation).",
        },
        "results": {"kk": "Бағалау нәтижелері", "ru": "Результаты оценки", "en": "Evaluation results"},
        "col_rank": {"kk": "Орын", "ru": "Место", "en": "Rank"},
        "col_title_authors": {
            "kk": "ЖАОК атауы, авторлары",
            "ru": "Название МООК, авторы",
            "en": "MOOC title, authors",
        },
        "col_dept": {"kk": "Кафедра, факультет", "ru": "Кафедра, факультет", "en": "Department, faculty"},
        "col_result": {"kk": "Нәтиже", "ru": "Итог", "en": "Result"},
        "col_mean": {"kk": "Орташа", "ru": "Среднее", "en": "Mean"},
        "expert_totals": {
            "kk": "Сарапшылардың жиынтық баллдары",
            "ru": "Суммы баллов экспертов",
            "en": "Experts' totals",
        },
        "expert_legend": {
            "kk": "С1, С2, … — «Қатысқандар» тізіміндегі сарапшылардың реті.",
            "ru": "Э1, Э2, … — эксперты в порядке списка «Присутствовали».",
            "en": "E1, E2, … — experts in the order of the list of those present.",
        },
        "expert_abbr": {"kk": "С", "ru": "Э", "en": "E"},
        "rescaled_note": {
            "kk": "* — сарапшы бас тартқан ЖАОК: нәтиже қалған сарапшылардың орташасы × {k} "
            "(парақтары есептелген сарапшылар саны).",
            "ru": "* — МООК с отводом эксперта: итог равен среднему остальных экспертов × {k} "
            "(число экспертов, чьи листы учтены).",
            "en": "* — an expert recused: the result is the mean of the other experts × {k} "
            "(the number of experts whose sheets were counted).",
        },
        "decided": {"kk": "ШЕШІЛДІ", "ru": "ПОСТАНОВИЛИ", "en": "DECIDED"},
        "winner": {"kk": "Жеңімпаз", "ru": "Победитель", "en": "Winner"},
        "prize_winner": {
            "kk": "{place}-орын (жүлдегер)",
            "ru": "{place} место (призёр)",
            "en": "Place {place} (prize-winner)",
        },
        "nominees": {"kk": "Номинанттар", "ru": "Номинанты", "en": "Nominees"},
        "advancing": {
            "kk": "Келесі кезеңге ұсынылатын ЖАОК",
            "ru": "МООК, рекомендуемые на следующий этап",
            "en": "MOOCs advancing to the next stage",
        },
        "ties": {
            "kk": "Тең баллдар бойынша төрағаның шешімі",
            "ru": "Решение председателя по равенству баллов",
            "en": "The chair's resolution of ties",
        },
        "votes": {
            "kk": "(дауыс беру: «иә» — {yes}, «қарсы» — {no}, «қалыс» — {abstained})",
            "ru": "(голосование: «за» — {yes}, «против» — {no}, «воздержались» — {abstained})",
            "en": "(vote: {yes} for, {no} against, {abstained} abstained)",
        },
        "notes": {"kk": "Ескертпелер", "ru": "Примечания", "en": "Notes"},
        "note_sheet_not_received": {
            "kk": "{expert}: бағалау парағы түскен жоқ.",
            "ru": "{expert}: оценочный лист не поступил.",
            "en": "{expert}: the evaluation sheet was not received.",
        },
        "note_paper_not_compared": {
            "kk": "{expert}: парақтың файлы қағаз нұсқасымен салыстырылмады ({reason}).",
            "ru": "{expert}: файл листа не сверен с бумажным экземпляром ({reason}).",
            "en": "{expert}: the sheet file was not compared with its paper copy ({reason}).",
        },
        "note_shared_key": {
            "kk": "{expert}: парақ басқа сарапшының парағына да қол қойған кілтпен қол қойылған ({reason}).",
            "ru": "{expert}: лист подписан ключом, которым подписан и лист другого эксперта ({reason}).",
            "en": "{expert}: the sheet is signed with a key that also signs another expert's sheet ({reason}).",
        },
        "note_paper_not_recorded": {
            "kk": "Парақ файлдарының қағаз нұсқаларымен салыстырылуы бағдарламада "
            "тіркелмеген (хаттама командалық жолдан жасалды).",
            "ru": "Сверка файлов листов с бумажными экземплярами в программе не "
            "зафиксирована (протокол составлен из командной строки).",
            "en": "The comparison of the sheet files with their paper copies is not recorded "
            "in the program (the minutes were made from the command line).",
        },
        "tie_unresolved": {"kk": "шешім жазылмаған", "ru": "решение не записано", "en": "no resolution recorded"},
        "agreement": {
            "kk": "Сарапшылар бағаларының келісімділігі",
            "ru": "Согласованность оценок экспертов",
            "en": "Agreement between the experts",
        },
        "agreement_text": {
            "kk": "Кендаллдың конкордация коэффициенті W = {w} (p {p}); ICC(2,1) = {icc1}, "
            "ICC(2,k) = {icck}. Есептеуге {used} ЖАОК алынды{left_out}. {verdict}",
            "ru": "Коэффициент конкордации Кендалла W = {w} (p {p}); ICC(2,1) = {icc1}, "
            "ICC(2,k) = {icck}. В расчёт вошли {used} МООК{left_out}. {verdict}",
            "en": "Kendall's coefficient of concordance W = {w} (p {p}); ICC(2,1) = {icc1}, "
            "ICC(2,k) = {icck}. {used} MOOCs were used{left_out}. {verdict}",
        },
        "agreement_left_out": {
            "kk": " (сарапшы бас тартқан {n} ЖАОК есептелмеді)",
            "ru": " ({n} МООК с отводом эксперта не учтены)",
            "en": " ({n} MOOCs with a recusal were left out)",
        },
        "agreement_none": {
            "kk": "Келісімділікті есептеуге деректер жеткіліксіз.",
            "ru": "Недостаточно данных для расчёта согласованности.",
            "en": "Not enough data to compute agreement.",
        },
        "verdict_strong": {
            "kk": "Келісімділік жоғары.",
            "ru": "Согласованность высокая.",
            "en": "Agreement is strong.",
        },
        "verdict_moderate": {
            "kk": "Келісімділік орташа.",
            "ru": "Согласованность умеренная.",
            "en": "Agreement is moderate.",
        },
        "verdict_weak": {"kk": "Келісімділік төмен.", "ru": "Согласованность низкая.", "en": "Agreement is weak."},
        "chart_caption": {
            "kk": "ЖАОК бойынша сарапшылар баллдарының ауқымы (мин–макс) және орташасы",
            "ru": "Разброс баллов экспертов по МООК (мин–макс) и среднее",
            "en": "Spread of the experts' totals per MOOC (min–max) and mean",
        },
        "sheets": {"kk": "Бағалау парақтары", "ru": "Оценочные листы", "en": "Evaluation sheets"},
        "col_file": {"kk": "Файл", "ru": "Файл", "en": "File"},
        "col_expert": {"kk": "Сарапшы", "ru": "Эксперт", "en": "Expert"},
        "col_revision": {"kk": "Ревизия", "ru": "Редакция", "en": "Revision"},
        "col_status": {"kk": "Күйі", "ru": "Статус", "en": "Status"},
        "signatures": {"kk": "Қолдар", "ru": "Подписи", "en": "Signatures"},
        "digest": {
            "kk": "Нәтижелер дайджесті (SHA-256)",
            "ru": "Дайджест результатов (SHA-256)",
            "en": "Results digest (SHA-256)",
        },
        "no_entries": {"kk": "Бағаланған ЖАОК жоқ.", "ru": "Оценённых МООК нет.", "en": "No MOOC was scored."},
    }
)
TEXT["col_code"] = TEXT["verification_code"]  # the column of the list of sheets: the same words

STATUS_TEXT = Wording(
    {
        "ok": {"kk": "қабылданды", "ru": "принят", "en": "accepted"},
        "valid": {"kk": "қабылданды", "ru": "принят", "en": "accepted"},
        "rejected": {"kk": "қабылданбады", "ru": "отклонён", "en": "rejected"},
        "tampered": {"kk": "өзгертілген", "ru": "изменён", "en": "tampered"},
        "outdated": {"kk": "ескірген", "ru": "устаревший", "en": "outdated"},
        "superseded": {"kk": "ескірген ревизия", "ru": "заменён новой редакцией", "en": "superseded"},
        "missing": {"kk": "жоқ", "ru": "отсутствует", "en": "missing"},
        "duplicate": {"kk": "көшірме", "ru": "дубликат", "en": "duplicate"},
        "set_aside": {"kk": "төраға шеттетті", "ru": "отложен председателем", "en": "set aside by the chair"},
    }
)

MONTHS = {
    "kk": [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


t = TEXT.text


def status_text(status: str, lang: str) -> str:
    return STATUS_TEXT.text_or_key(status, lang)


def long_date(day: date, lang: str) -> str:
    """«17» желтоқсан 2026 ж. / «17» декабря 2026 г. / 17 December 2026."""
    month = MONTHS.get(lang, MONTHS["kk"])[day.month - 1]
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    suffix = "г." if lang == "ru" else "ж."
    return f"«{day.day:02d}» {month} {day.year} {suffix}"


def blank_date(lang: str) -> str:
    """The form's empty date line, for a sheet without a date."""
    return {"ru": "«___» __________ 20__ г.", "en": "___ __________ 20__"}.get(lang, "«___» __________ 20__ ж.")


def number(value: float | None, decimals: int, lang: str) -> str:
    """A number as people write it: integers without decimals, a decimal comma in kk and ru."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    shown = f"{value:.{decimals}f}"
    return shown.replace(".", ",") if lang in ("kk", "ru") else shown
