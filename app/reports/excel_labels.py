"""The Excel summary's own wording (sheet names and column headings the documents' labels lack)."""

from __future__ import annotations

from app.models.localized import Wording

XL_TEXT = Wording(
    {
        "summary": {"kk": "Қорытынды", "ru": "Итоги", "en": "Summary"},
        "criteria": {"kk": "Критерийлер", "ru": "Критерии", "en": "Criteria"},
        "agreement": {"kk": "Келісімділік", "ru": "Согласованность", "en": "Agreement"},
        "sheets": {"kk": "Парақтар", "ru": "Листы", "en": "Sheets"},
        "entry_id": {"kk": "Коды", "ru": "Код", "en": "Id"},
        "sd": {"kk": "Стандартты ауытқу", "ru": "Стандартное отклонение", "en": "SD"},
        "min": {"kk": "Мин", "ru": "Мин", "en": "Min"},
        "max": {"kk": "Макс", "ru": "Макс", "en": "Max"},
        "n": {"kk": "Бағалар саны", "ru": "Число оценок", "en": "Scores"},
        "decision": {"kk": "Шешім", "ru": "Решение", "en": "Decision"},
        "comment": {"kk": "Түсініктеме", "ru": "Комментарий", "en": "Comment"},
        "criterion": {"kk": "Критерий", "ru": "Критерий", "en": "Criterion"},
        "scale": {"kk": "Шкала", "ru": "Шкала", "en": "Scale"},
        "statistic": {"kk": "Көрсеткіш", "ru": "Показатель", "en": "Statistic"},
        "value": {"kk": "Мәні", "ru": "Значение", "en": "Value"},
        "spearman": {
            "kk": "Қалғандармен Спирмен корреляциясы",
            "ru": "Корреляция Спирмена с остальными",
            "en": "Spearman vs the rest",
        },
        "flag": {"kk": "Назар аудару керек", "ru": "Требует внимания", "en": "Flagged"},
        "yes": {"kk": "иә", "ru": "да", "en": "yes"},
        "digest": {"kk": "SHA-256", "ru": "SHA-256", "en": "SHA-256"},
        "reason": {"kk": "Себебі", "ru": "Причина", "en": "Reason"},
        "entries_used": {"kk": "Есептелген ЖАОК", "ru": "МООК в расчёте", "en": "Entries used"},
        "left_out": {"kk": "Есептелмеген ЖАОК", "ru": "Не вошли в расчёт", "en": "Entries left out"},
        "nominee": {"kk": "Номинант", "ru": "Номинант", "en": "Nominee"},
    }
)

xt = XL_TEXT.text
