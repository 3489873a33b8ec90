"""The verify-cms report as text in Kazakh, Russian or English (the command line prints it)."""

from __future__ import annotations

from app.models.localized import Wording
from app.reports.cms import BROKEN, CONFIRM_ON_EZSIGNER, OK, CmsReport, SignerReport

LABELS = Wording(
    {
        "document": {"kk": "Құжат", "ru": "Документ", "en": "Document"},
        "signers": {"kk": "Қол қоюшылар: {n}", "ru": "Подписавших: {n}", "en": "Signers: {n}"},
        "iin": {"kk": "ЖСН", "ru": "ИИН", "en": "IIN"},
        "serial": {"kk": "Сертификат нөмірі", "ru": "Серийный номер сертификата", "en": "Certificate serial"},
        "issuer": {"kk": "Берген", "ru": "Издатель", "en": "Issuer"},
        "algorithm": {"kk": "Алгоритм", "ru": "Алгоритм", "en": "Algorithm"},
        "time": {"kk": "Қол қойылған уақыт", "ru": "Время подписи", "en": "Signing time"},
        "time_unknown": {"kk": "көрсетілмеген", "ru": "не указано", "en": "not stated"},
        "digest": {"kk": "Файлдың хэші", "ru": "Хэш файла", "en": "File digest"},
        "digest_yes": {"kk": "сәйкес келеді", "ru": "совпадает", "en": "matches"},
        "digest_no": {
            "kk": "СӘЙКЕС КЕЛМЕЙДІ: файл қол қойылғаннан кейін өзгерген",
            "ru": "НЕ СОВПАДАЕТ: файл изменён после подписи",
            "en": "DOES NOT MATCH: the file was changed after signing",
        },
        "digest_unknown": {
            "kk": "алгоритмі белгісіз, тексерілмеді",
            "ru": "алгоритм неизвестен, не проверен",
            "en": "unknown algorithm, not checked",
        },
        "signature": {"kk": "Қолтаңба", "ru": "Подпись", "en": "Signature"},
        "valid": {
            "kk": "математикалық тексерілді, дұрыс",
            "ru": "проверена математически, верна",
            "en": "verified mathematically, valid",
        },
        "invalid": {"kk": "ДҰРЫС ЕМЕС", "ru": "НЕВЕРНА", "en": "INVALID"},
        "not verifiable here": {
            "kk": "мұнда тексерілмейді (ГОСТ): ezSigner-де растаңыз",
            "ru": "здесь не проверяется (ГОСТ): подтвердите на ezSigner",
            "en": "not verifiable here (GOST): confirm it on ezSigner",
        },
        "key": {"kk": "Кілт", "ru": "Ключ", "en": "Key"},
        "signing": {"kk": "қол қою кілті", "ru": "ключ подписи", "en": "signing key"},
        "authentication": {
            "kk": "АУТЕНТИФИКАЦИЯ кілті (AUTH_): құжатқа қол қоюға арналмаған",
            "ru": "ключ АУТЕНТИФИКАЦИИ (AUTH_): не для подписи документов",
            "en": "AUTHENTICATION key (AUTH_): not for signing documents",
        },
        "unknown": {"kk": "мақсаты белгісіз", "ru": "назначение не указано", "en": "purpose not stated"},
        "problem": {"kk": "Ақау", "ru": "Нарушение", "en": "Problem"},
        OK: {"kk": "ДҰРЫС", "ru": "ВЕРНО", "en": "VALID"},
        CONFIRM_ON_EZSIGNER: {
            "kk": "ХЭШ СӘЙКЕС; ҚОЛТАҢБАНЫ ezSigner-ДЕ РАСТАҢЫЗ",
            "ru": "ХЭШ СОВПАДАЕТ; ПОДПИСЬ ПОДТВЕРДИТЕ НА ezSigner",
            "en": "DIGEST MATCHES; CONFIRM THE SIGNATURE ON ezSigner",
        },
        BROKEN: {"kk": "БҰЗЫЛҒАН", "ru": "НАРУШЕНА", "en": "BROKEN"},
        "no_signers": {
            "kk": "Қолтаңба файлында қол қоюшы жоқ.",
            "ru": "В файле подписи нет подписавших.",
            "en": "The signature file holds no signer.",
        },
        "chain_note": {
            "kk": "Сертификаттың ҰКО тізбегі мен кері қайтарылуы мұнда тексерілмейді (желі қажет): "
            "ezSigner-де тексеріңіз.",
            "ru": "Цепочка сертификата до НУЦ РК и отзыв здесь не проверяются (нужна сеть): проверьте на ezSigner.",
            "en": "The certificate's chain to NCA RK and its revocation are not checked here (that needs "
            "the network): check them on ezSigner.",
        },
    }
)


label = LABELS.text_or_key


def format_cms_report(report: CmsReport, lang: str = "en") -> str:
    lines = [
        f"{label('document', lang)}: {report.document} (SHA-256 {report.document_sha256})",
        label("signers", lang).format(n=len(report.signers)),
    ]
    if not report.signers:
        lines.append(label("no_signers", lang))
    for number, signer in enumerate(report.signers, 1):
        lines += ["", *signer_lines(number, signer, lang)]
    lines += ["", label("chain_note", lang)]
    return "\n".join(lines) + "\n"


def signer_lines(number: int, signer: SignerReport, lang: str) -> list[str]:
    when = signer.signing_time.isoformat(timespec="seconds") if signer.signing_time else label("time_unknown", lang)
    digest = {True: "digest_yes", False: "digest_no", None: "digest_unknown"}[signer.digest_matches]
    head = f"{number}. {signer.name} — {label(signer.verdict, lang)}"
    lines = [
        head,
        f"   {label('iin', lang)}: {signer.iin or '—'}",
        f"   {label('serial', lang)}: {signer.serial}",
        f"   {label('issuer', lang)}: {signer.issuer}",
        f"   {label('algorithm', lang)}: {signer.algorithm}",
        f"   {label('time', lang)}: {when}",
        f"   {label('digest', lang)}: {label(digest, lang)}",
        f"   {label('signature', lang)}: {label(signer.signature, lang)}",
        f"   {label('key', lang)}: {label(signer.key_kind, lang)}",
    ]
    lines += [f"   {label('problem', lang)}: {problem}" for problem in signer.problems]
    return lines
