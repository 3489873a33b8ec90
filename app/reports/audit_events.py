"""The wording of the chair's audit log events in Kazakh, Russian and English: the annex (PDF), the
command line and the chair's window show the same words. Plain text, no PDF library."""

from __future__ import annotations

from pathlib import Path

from app.models.audit import AuditRecord
from app.models.localized import Wording
from app.models.round import RoundFile
from app.reports.labels import status_text, t

EVENTS = Wording(
    {
        "import_sheet": {"kk": "Парақ файлы импортталды", "ru": "Импортирован файл листа", "en": "Sheet file imported"},
        "decision:paper_match": {
            "kk": "Қағаз нұсқасымен салыстыру",
            "ru": "Сверка с бумажным экземпляром",
            "en": "Compared with paper",
        },
        "decision:paper_waived": {
            "kk": "Қағазбен салыстырылмау себебі",
            "ru": "Причина, по которой не сверено",
            "en": "Why not compared with paper",
        },
        "decision:tie_resolution": {
            "kk": "Тең баллдар бойынша шешім",
            "ru": "Решение по равенству баллов",
            "en": "Tie resolution",
        },
        "decision:place": {"kk": "Орын", "ru": "Место", "en": "Place"},
        "decision:nominee": {"kk": "Номинант", "ru": "Номинант", "en": "Nominee"},
        "decision:advancing": {
            "kk": "Келесі кезеңге ұсыну",
            "ru": "Рекомендация на следующий этап",
            "en": "Advancing to the next stage",
        },
        "decision:protocol_number": {"kk": "Хаттама нөмірі", "ru": "Номер протокола", "en": "Protocol number"},
        "decision:meeting_date": {"kk": "Отырыс күні", "ru": "Дата заседания", "en": "Meeting date"},
        "decision:absent": {
            "kk": "Отырысқа қатыспады",
            "ru": "Отсутствовал(а) на заседании",
            "en": "Absent from the meeting",
        },
        "decision:not_submitted": {"kk": "Парақ тапсырылмады", "ru": "Лист не сдан", "en": "Sheet not submitted"},
        "import_decisions": {
            "kk": "Шешімдер файлы импортталды",
            "ru": "Импортирован файл решений",
            "en": "Decisions file imported",
        },
        "export_decisions": {
            "kk": "Шешімдер файлы экспортталды",
            "ru": "Экспортирован файл решений",
            "en": "Decisions file exported",
        },
        "write_protocol": {"kk": "Хаттама жазылды", "ru": "Записан протокол", "en": "Protocol written"},
        "write_summary": {"kk": "Excel жиынтығы жазылды", "ru": "Записана сводка Excel", "en": "Excel summary written"},
        "write_letters": {
            "kk": "Авторларға кері байланыс хаттары жазылды",
            "ru": "Записаны письма авторам с отзывом",
            "en": "Feedback letters to the authors written",
        },
        "write_winners_extract": {
            "kk": "Ректорға хаттамадан үзінді жазылды",
            "ru": "Записана выписка из протокола для ректора",
            "en": "Winners extract for the rector written",
        },
        "write_audit": {
            "kk": "Аудит журналы басып шығарылды",
            "ru": "Журнал аудита напечатан",
            "en": "Audit log printed",
        },
        "sign_document": {"kk": "Құжатқа қол қойылды", "ru": "Документ подписан", "en": "Document signed"},
        "export_next_stage": {
            "kk": "Келесі кезеңнің раунды экспортталды",
            "ru": "Экспортирован раунд следующего этапа",
            "en": "Next-stage round exported",
        },
        "set_aside": {"kk": "Парақ шеттетілді", "ru": "Лист отложен", "en": "Sheet set aside"},
        "decision:reconsider_mark": {
            "kk": "Баға қайта қарауға белгіленді",
            "ru": "Оценка отмечена для пересмотра",
            "en": "Score marked for reconsideration",
        },
        "export_reconsideration": {
            "kk": "Қайта қарау сұрауы экспортталды",
            "ru": "Экспортирован запрос на пересмотр",
            "en": "Reconsideration request exported",
        },
        "import_reconsideration": {
            "kk": "Қайта қаралған парақ импортталды",
            "ru": "Импортирован пересмотренный лист",
            "en": "Reconsidered sheet imported",
        },
    }
)
WORDS = Wording(
    {
        "title": {
            "kk": "Хаттамаға қосымша: аудит журналы",
            "ru": "Приложение к протоколу: журнал аудита",
            "en": "Annex to the minutes: audit log",
        },
        "to_protocol": {
            "kk": "№ {number} хаттамаға",
            "ru": "к протоколу № {number}",
            "en": "to the minutes No. {number}",
        },
        "col_seq": {"kk": "№", "ru": "№", "en": "No."},
        "col_time": {"kk": "Уақыты", "ru": "Время", "en": "Time"},
        "col_event": {"kk": "Оқиға", "ru": "Событие", "en": "Event"},
        "col_details": {"kk": "Мәліметтер", "ru": "Подробности", "en": "Details"},
        "col_hash": {"kk": "Хэш (SHA-256)", "ru": "Хеш (SHA-256)", "en": "Hash (SHA-256)"},
        "chain_ok": {
            "kk": "Журнал тізбегі бүтін: {n} жазба, әр жазба алдыңғысының хэшіне байланған; соңғы хэш {head}.",
            "ru": "Цепочка журнала цела: {n} записей, каждая связана с хешем предыдущей; последний хеш {head}.",
            "en": "The log's chain is intact: {n} records, each bound to the hash of the one before; last hash {head}.",
        },
        "chain_broken": {
            "kk": "ЖУРНАЛ ТІЗБЕГІ БҰЗЫЛҒАН:",
            "ru": "ЦЕПОЧКА ЖУРНАЛА НАРУШЕНА:",
            "en": "THE LOG'S CHAIN IS BROKEN:",
        },
        "empty": {"kk": "Журналда жазба жоқ.", "ru": "В журнале нет записей.", "en": "The log has no records."},
        "on": {"kk": "иә", "ru": "да", "en": "yes"},
        "off": {"kk": "алынып тасталды", "ru": "отменено", "en": "withdrawn"},
        "file": {"kk": "файл", "ru": "файл", "en": "file"},
        "order": {"kk": "шешілген реті", "ru": "решённый порядок", "en": "decided order"},
        "made_on": {"kk": "нәтижелері", "ru": "на результатах", "en": "on results"},
    }
)


w = WORDS.text
event_title = EVENTS.text_or_key


def event_details(record: AuditRecord, round_file: RoundFile | None, lang: str) -> str:
    """The record's details in a line people read (ids, files, texts; digests shortened)."""
    d = record.details
    rnd = round_file.round if round_file else None

    def expert(expert_id: str | None) -> str:
        found = rnd.expert(expert_id) if rnd and expert_id else None
        return f"{found.name} ({expert_id})" if found else (expert_id or "")

    on = d.get("on", True)
    state = "" if on else f" — {w('off', lang)}"
    event = record.event
    if event == "import_sheet":
        parts = [d.get("file", ""), expert(d.get("expert_id")), status_text(d.get("status", ""), lang)]
        if d.get("revision"):
            parts.append(f"{t('col_revision', lang)} {d['revision']}")
        if d.get("code"):
            parts.append(d["code"])
        if d.get("reason"):
            parts.append(d["reason"])
        return " · ".join(p for p in parts if p)
    if event == "decision:tie_resolution":
        order = " > ".join(d.get("order") or []) or d.get("key", "").replace(",", " = ")
        made_on = ", ".join(f"{k} {v:g}" for k, v in d.get("made_on") or [] if v is not None)
        votes = d.get("votes")
        line = f"{order}: «{d['text']}»" if d.get("text") else order
        if votes:
            line += " " + t("votes", lang, yes=votes[0], no=votes[1], abstained=votes[2])
        if made_on:
            line += f" ({w('made_on', lang)} {made_on})"
        return line + state
    if event in ("decision:paper_match", "decision:paper_waived"):
        reason = f": «{d['text']}»" if d.get("text") else ""
        return f"{d.get('file', '')} · {expert(d.get('expert_id'))}{reason} {d.get('code', '')}".strip() + state
    if event in ("decision:absent", "decision:not_submitted"):
        return expert(d.get("key")) + state
    if event in ("decision:protocol_number", "decision:meeting_date"):
        return str(d.get("text", ""))
    if event in ("decision:nominee", "decision:advancing", "decision:place"):
        extra = f" → {d['place']}" if event == "decision:place" and d.get("place") else ""
        return f"{d.get('key', '')}{extra}" + (f" «{d['text']}»" if d.get("text") else "") + state
    if event in (
        "write_protocol",
        "write_summary",
        "write_letters",
        "write_winners_extract",
        "write_audit",
        "sign_document",
        "export_next_stage",
        "import_decisions",
        "export_decisions",
    ):
        name = Path(d.get("file", "")).name
        extra = d.get("signer", "")
        digest = f"SHA-256 {d['sha256'][:16]}…" if d.get("sha256") else ""
        return " · ".join(p for p in (name, extra, digest) if p)
    if event in ("export_reconsideration", "import_reconsideration", "decision:reconsider_mark"):
        cells = ", ".join(d.get("cells") or []) or d.get("key", "").split("/", 1)[-1]
        parts = [
            Path(d.get("file", "")).name,
            expert(d.get("expert_id")),
            cells,
            f"«{d['text']}»" if d.get("text") else "",
            d.get("status", ""),
            d.get("reason", ""),
            f"SHA-256 {d['sha256'][:16]}…" if d.get("sha256") else "",
        ]
        return " · ".join(p for p in parts if p) + state
    return " · ".join(f"{k}: {v}" for k, v in d.items() if isinstance(v, (str, int, float)) and v != "")[:300]
