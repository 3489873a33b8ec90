"""The media check (`sarapshy-media-check/1`) as a plain-text table for the command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.media.check_words import explanation, measurement_text
from app.models.catalogue import Translate, translator
from app.models.localized import Wording

FORM = "Ү.ЖИЦДО-7.5.1-2025-01-02"
MARK_OK, MARK_FAIL, MARK_NOTE = "✓", "✗", "•"

RULE_TITLES = Wording(
    {
        "readable": {"kk": "Файл оқылады", "ru": "Файл читается", "en": "File readable"},
        "container": {"kk": "Контейнер", "ru": "Контейнер", "en": "Container"},
        "video_codec": {"kk": "Бейне кодегі", "ru": "Видеокодек", "en": "Video codec"},
        "resolution": {"kk": "Ажыратымдылық", "ru": "Разрешение", "en": "Resolution"},
        "aspect": {"kk": "Пропорция", "ru": "Соотношение сторон", "en": "Aspect ratio"},
        "filled_frame": {"kk": "Кадр толық толтырылған", "ru": "Кадр заполнен полностью", "en": "Frame fully filled"},
        "audio_codec": {"kk": "Дыбыс кодегі", "ru": "Аудиокодек", "en": "Audio codec"},
        "stereo": {"kk": "Стерео", "ru": "Стерео", "en": "Stereo"},
        "voice_centred": {"kk": "Дауыс ортада", "ru": "Голос по центру", "en": "Voice centred"},
        "duration": {"kk": "Ұзақтығы", "ru": "Длительность", "en": "Duration"},
        "lecture_length": {
            "kk": "Дәріс ұзақтығы (нұсқаулық)",
            "ru": "Длина лекции (ориентир)",
            "en": "Lecture length (guideline)",
        },
        "annotation": {"kk": "Қысқаша аннотация", "ru": "Краткая аннотация", "en": "Short annotation"},
        "promo": {"kk": "Промо-бейне", "ru": "Промо-видео", "en": "Promo video"},
        "online_media": {"kk": "Сілтемедегі бейнелер", "ru": "Видео по ссылке", "en": "Videos by link"},
        "lecture_total": {
            "kk": "Дәрістердің жалпы ұзақтығы (нұсқаулық)",
            "ru": "Общая длина лекций (ориентир)",
            "en": "Total lecture length (guideline)",
        },
    }
)

LABELS = Wording(
    {
        "title": {
            "kk": f"Бейнефайлдарды {FORM} нысанына сәйкестігін тексеру",
            "ru": f"Проверка видеофайлов по форме {FORM}",
            "en": f"Video files checked against form {FORM}",
        },
        "round": {"kk": "Байқау кезеңі", "ru": "Раунд", "en": "Round"},
        "rule": {"kk": "Талап", "ru": "Правило", "en": "Rule"},
        "found": {"kk": "Табылғаны", "ru": "Найдено", "en": "Found"},
        "expected": {"kk": "Күтілетіні", "ru": "Ожидается", "en": "Expected"},
        "pass": {"kk": "сәйкес", "ru": "соответствует", "en": "passes"},
        "fail": {"kk": "сәйкес емес", "ru": "не соответствует", "en": "fails"},
        "entries": {"kk": "Курстар бойынша", "ru": "По курсам", "en": "Per course"},
        "entry": {"kk": "Курс", "ru": "Курс", "en": "Course"},
        "summary": {
            "kk": "Барлығы: {files} файл, {passed} сәйкес, {failed} сәйкес емес",
            "ru": "Итого: файлов {files}, соответствуют {passed}, не соответствуют {failed}",
            "en": "Total: {files} files, {passed} pass, {failed} fail",
        },
        "legend": {
            "kk": f"{MARK_OK} орындалды, {MARK_FAIL} орындалмады, {MARK_NOTE} ақпарат үшін (міндетті емес)",
            "ru": f"{MARK_OK} выполнено, {MARK_FAIL} не выполнено, {MARK_NOTE} для сведения (необязательно)",
            "en": f"{MARK_OK} met, {MARK_FAIL} not met, {MARK_NOTE} for information only",
        },
        "cancelled": {
            "kk": "Тексеру тоқтатылды: тек бір бөлігі тексерілді.",
            "ru": "Проверка прервана: проверена только часть файлов.",
            "en": "The check was cancelled: only some files were checked.",
        },
        "no_files": {
            "kk": "Байқауда бейнефайл жоқ.",
            "ru": "В раунде нет видеофайлов.",
            "en": "The round has no video files.",
        },
    }
)


def format_report(check: dict[str, Any], lang: str = "kk", full: bool = False) -> str:
    """A plain-text table: one block per file, then one per course, then a summary line.

    Unless `full`, rules that are met are left out (a file meeting every rule is one line)."""

    def label(key: str) -> str:
        return LABELS.text(key, lang)

    lines = [label("title"), f"{label('round')}: {check.get('round_id', '')}", label("legend"), ""]
    files = check.get("files", [])
    if not files:
        lines += [label("no_files"), ""]
    for record in files:
        verdict = label("pass") if record["ok"] else label("fail")
        heading = " · ".join(str(record.get(k, "")) for k in ("entry_id", "media_id", "kind", "path"))
        lines.append(f"{heading} — {verdict}")
        lines += _table(_shown(record["checks"], full), lang, label)
        lines += _explanations(_shown(record["checks"], full), translator(lang))
    if files:
        lines.append("")
    if check.get("entries"):
        lines.append(label("entries"))
        for record in check["entries"]:
            verdict = label("pass") if record["ok"] else label("fail")
            lines.append(f"{label('entry')} {record['entry_id']} — {verdict}")
            lines += _table(_shown(record["checks"], full), lang, label)
        lines.append("")
    passed = sum(1 for f in files if f["ok"])
    lines.append(label("summary").format(files=len(files), passed=passed, failed=len(files) - passed))
    if check.get("cancelled"):
        lines.append(label("cancelled"))
    return "\n".join(lines) + "\n"


def _shown(checks: list[dict[str, Any]], full: bool) -> list[dict[str, Any]]:
    return checks if full else [c for c in checks if not c["ok"]]


def _table(checks: list[dict[str, Any]], lang: str, label: Callable[[str], str]) -> list[str]:
    if not checks:
        return []
    words = translator(lang)
    rows = [
        (
            _mark(c),
            rule_title(c["rule"], lang),
            measurement_text(str(c.get("found", "")), words),
            measurement_text(str(c.get("expected", "")), words),
        )
        for c in checks
    ]
    header = ("", label("rule"), label("found"), label("expected"))
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(3)]
    return [
        "  " + "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in (header, *rows)
    ]


def _explanations(checks: list[dict[str, Any]], translate: Translate) -> list[str]:
    """The plain-words line of each failed rule whose values are technical, with the limits it states."""
    lines = []
    for check in checks:
        if not check["ok"]:
            text = explanation(check, translate)
            if text:
                lines.append(f"  {MARK_NOTE} {text}")
    return lines


def rule_title(rule: str, lang: str = "kk") -> str:
    return RULE_TITLES.text_or_key(rule, lang)


def _mark(check: dict[str, Any]) -> str:
    if check["ok"]:
        return MARK_OK
    return MARK_NOTE if check.get("informative") else MARK_FAIL
