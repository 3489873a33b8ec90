"""The protocol PDF, read back with poppler; signed by the chair and then the secretary."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from app.models.decisions import Decisions, advancing_entries
from app.models.results_json import results_sha256
from app.reports.labels import number
from app.reports.pdf_signing import sign_pdf, verify_pdf
from app.reports.protocol_pdf import write_protocol_pdf
from tests.helpers.certs import make_ca, make_signer_p12
from tests.helpers.factories import round_data
from tests.helpers.panel import merged, round_from_data, scored_sheets, uniform_sheets
from tests.helpers.pdftext import assert_only_embedded_fonts, pdf_pages, pdf_text

TIE_WORDS = "Төраға «Курс 2» курсын бірінші орынға қойды: оның бейнедәрістері толығырақ."


def _round(entries=4, experts=3, stage="university"):
    data = round_data(entries=entries, experts=experts)
    data["stage"] = stage
    data["regulation"] = "АТУ-ЖИЦДО-ІӘЕ-7.5.1-2025-01"
    data["meeting"] = {"place": "Алматы"}
    data["commission"]["experts"][0]["position"] = "профессор"
    data["entries"][0]["department"] = "Ақпараттық жүйелер кафедрасы"
    data["entries"][0]["faculty"] = "Цифрлық технологиялар факультеті"
    return round_from_data(data)


@pytest.fixture
def tied(tmp_path):
    """Entries m01 and m02 tie for first place; e3 recused from m04."""
    rf = _round()
    scores = {
        "e1": {"m01": 9, "m02": 9, "m03": 5, "m04": 4},
        "e2": {"m01": 8, "m02": 8, "m03": 6, "m04": 3},
        "e3": {"m01": 7, "m02": 7, "m03": 6, "m04": None},
    }
    outcome = merged(rf, uniform_sheets(rf, scores))
    decisions = Decisions(
        protocol_number="3",
        tie_resolutions={("m02", "m01"): TIE_WORDS},
        nominees=["m04"],
        absent_experts=["e3"],
        meeting_date=date(2026, 12, 18),
    )
    return rf, outcome, decisions


def test_kazakh_protocol_content(tied, tmp_path):
    rf, outcome, decisions = tied
    out = write_protocol_pdf(rf, outcome, decisions, tmp_path / "p.pdf")
    flat = " ".join(pdf_text(out).split())
    assert "«Алматы технологиялық университеті» АҚ" in flat
    assert "Конкурс комиссиясы отырысының ХАТТАМАСЫ № 3" in flat
    assert "Алматы «18» желтоқсан 2026 ж." in flat
    assert "университет кезеңі" in flat
    assert "Төраға: Сәрсенбаева Әйгерім, төраға" in flat
    assert "С1. Сарапшы 1 Өмірзақ, профессор" in flat
    # absent members apart from those present, then the quorum
    assert "Хатшы: Құрманғали Ұлжан Қатыспағандар: С3. Сарапшы 3 Өмірзақ" in flat
    assert "Кворум: комиссияның 3 мүшесінің (сарапшылардың) 2-і қатысты." in flat
    assert "КҮН ТӘРТІБІ" in flat and "ТЫҢДАЛДЫ" in flat and "ШЕШІЛДІ" in flat
    # results rows: №, rank, title, authors, department/faculty, each expert's total, result, mean
    assert (
        "1 1 Курс 1: Қазақ тілі және ғылым Автор 1 Ақпараттық жүйелер кафедрасы, "
        "Цифрлық технологиялар факультеті 63 56 49 168 56" in flat
    )
    assert "2 1 Курс 2: Қазақ тілі және ғылым Автор 2 63 56 49 168 56" in flat
    assert "4 4 Курс 4: Қазақ тілі және ғылым Автор 4 28 21 — 73,5* 24,50" in flat  # rescaled: 24.5 × 3
    assert "Жеңімпаз: «Курс 1: Қазақ тілі және ғылым» (Автор 1) — 168" in flat
    assert "Жеңімпаз: «Курс 2: Қазақ тілі және ғылым» (Автор 2) — 168" in flat
    assert "Номинанттар: — «Курс 4: Қазақ тілі және ғылым» (Автор 4)" in flat
    assert TIE_WORDS in flat
    w = outcome.results.agreement.kendall_w
    assert f"Кендаллдың конкордация коэффициенті W = {number(w, 2, 'kk')} (p " in flat
    assert "Есептеуге 3 ЖАОК алынды (сарапшы бас тартқан 1 ЖАОК есептелмеді)" in flat
    for status in outcome.statuses:
        assert f"{status.file} " in flat and status.code in flat
    assert results_sha256(outcome.results) in flat
    assert_only_embedded_fonts(out)


def test_signature_block_stays_with_the_decision(tied, tmp_path):
    rf, outcome, decisions = tied
    out = write_protocol_pdf(rf, outcome, decisions, tmp_path / "p.pdf")
    pages = pdf_pages(out)
    signed = next(p for p in range(1, pages + 1) if "Қолдар" in pdf_text(out, p))
    page = " ".join(pdf_text(out, signed).split())
    assert "ШЕШІЛДІ" in page and "Сәрсенбаева Әйгерім" in page and "Құрманғали Ұлжан" in page
    # after the signatures only the annex: the list of sheets
    last = " ".join(pdf_text(out, pages).split())
    assert signed == pages - 1 and last.startswith("Хаттамаға қосымша. Бағалау парақтары")
    assert f"Бет {pages} / {pages}" in last


def test_chair_then_secretary_sign_the_reserved_fields(tied, tmp_path):
    rf, outcome, decisions = tied
    out = write_protocol_pdf(rf, outcome, decisions, tmp_path / "p.pdf")
    ca = make_ca()
    make_signer_p12(tmp_path / "chair.p12", "Сәрсенбаева Әйгерім", ca, b"1")
    make_signer_p12(tmp_path / "sec.p12", "Құрманғали Ұлжан", ca, b"2")
    assert sign_pdf(out, out, tmp_path / "chair.p12", "1") == "chair"
    assert sign_pdf(out, out, tmp_path / "sec.p12", "2") == "secretary"
    reports = verify_pdf(out)
    assert [r.signer for r in reports] == ["Сәрсенбаева Әйгерім", "Құрманғали Ұлжан"]
    assert all(r.valid for r in reports)
    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert pdfsig.count("Signature is Valid.") == 2


def test_russian_protocol(tied, tmp_path):
    rf, outcome, decisions = tied
    flat = " ".join(pdf_text(write_protocol_pdf(rf, outcome, decisions, tmp_path / "p.pdf", lang="ru")).split())
    assert "ПРОТОКОЛ № 3 заседания конкурсной комиссии" in flat
    assert "«18» декабря 2026 г." in flat and "Присутствовали" in flat and "ПОСТАНОВИЛИ" in flat
    assert "Победитель: «Курс 1: Қазақ тілі және ғылым»" in flat
    assert "Отсутствовали: Э3. Сарапшы 3 Өмірзақ" in flat
    assert "Кворум: присутствуют 2 из 3 членов комиссии (экспертов)." in flat


def test_big_panel_totals_in_separate_tables_with_repeated_headers(tmp_path):
    rf = _round(entries=60, experts=20)
    outcome = merged(rf, scored_sheets(rf))
    out = write_protocol_pdf(rf, outcome, Decisions(protocol_number="12"), tmp_path / "p.pdf")
    flat = " ".join(pdf_text(out).split())
    assert "Сарапшылардың жиынтық баллдары" in flat and "С20" in flat
    first = outcome.results.entries[0]
    cells = " ".join(str(first.totals[x]) for x in outcome.results.panel[:10])
    assert f"1 {cells}" in flat  # the first row of the first totals table, left to right
    pages = pdf_pages(out)
    with_results_header = [p for p in range(1, pages + 1) if "ЖАОК атауы, авторлары" in pdf_text(out, p)]
    assert len(with_results_header) >= 2  # the long results table repeats its header


def test_lower_stage_sends_the_best_on(tmp_path):
    rf = _round(entries=5, stage="faculty")
    scores = {x: {f"m0{i}": 10 - i for i in range(1, 6)} for x in ("e1", "e2", "e3")}
    outcome = merged(rf, uniform_sheets(rf, scores))
    assert advancing_entries(rf.round, outcome.results, Decisions()) == ["m01", "m02"]
    flat = " ".join(pdf_text(write_protocol_pdf(rf, outcome, None, tmp_path / "p.pdf")).split())
    assert "Келесі кезеңге ұсынылатын ЖАОК: — «Курс 1: Қазақ тілі және ғылым» (Автор 1) — 189 — «Курс 2" in flat


def test_decisions_resolution_by_any_order_of_the_tied_entries():
    d = Decisions(protocol_number="5", tie_resolutions={("b", "a"): "x"})
    assert d.resolution(["b", "a"]) == "x" and d.resolution(["a", "b"]) == "x"


def test_numbers_are_written_the_local_way():
    assert number(73.5, 1, "kk") == "73,5" and number(73.5, 1, "en") == "73.5"
    assert number(168.0, 1, "ru") == "168" and number(None, 2, "kk") == "—"


def test_no_accepted_sheet_still_gives_a_protocol_and_a_workbook(tmp_path):
    from app.reports.excel import write_summary_xlsx

    rf = _round(entries=3)
    outcome = merged(rf, [])
    flat = " ".join(pdf_text(write_protocol_pdf(rf, outcome, None, tmp_path / "p.pdf")).split())
    assert "Келісімділікті есептеуге деректер жеткіліксіз." in flat and "Қолдар" in flat
    import openpyxl

    book = openpyxl.load_workbook(write_summary_xlsx(rf, outcome, None, tmp_path / "s.xlsx"))
    assert book.sheetnames == ["Қорытынды", "Критерийлер", "Келісімділік", "Парақтар"]


def test_protocol_as_filed_vote_lines_course_names_on_the_chart_and_the_sheets_annex(tmp_path):
    from app.models.decisions import TieResolution, Votes

    rf = _round(entries=4, experts=3)
    scores = {
        "e1": {"m01": 9, "m02": 9, "m03": 5, "m04": 4},
        "e2": {"m01": 8, "m02": 8, "m03": 6, "m04": 3},
        "e3": {"m01": 7, "m02": 7, "m03": 6, "m04": 2},
    }
    outcome = merged(rf, uniform_sheets(rf, scores))
    resolution = TieResolution(("m01", "m02"), TIE_WORDS, ("m02", "m01"), Votes(2, 1, 0))
    decisions = Decisions(protocol_number="4", tie_resolutions={("m01", "m02"): resolution})
    out = write_protocol_pdf(rf, outcome, decisions, tmp_path / "p.pdf")
    flat = " ".join(pdf_text(out).split())
    assert "Дауыс беру: «иә» — 2, «қарсы» — 1, «қалыс» — 0." in flat
    assert "Кворум: комиссияның 3 мүшесінің (сарапшылардың) 3-і қатысты." in flat
    assert "Қатыспағандар" not in flat
    assert "1. Курс 2: Қазақ" in flat  # the chart names the course beside its rank
    last = " ".join(pdf_text(out, pdf_pages(out)).split())
    assert "Файл Сарапшы Ревизия Тексеру коды Кілт Күйі" in last
    for status in outcome.statuses:
        assert f"{status.file} " in last and status.code in last and status.fingerprint in last
    # a resolution without a recorded vote says so
    decisions.tie_resolutions[("m01", "m02")] = TieResolution(("m01", "m02"), TIE_WORDS, ("m02", "m01"))
    flat = " ".join(pdf_text(write_protocol_pdf(rf, outcome, decisions, tmp_path / "q.pdf")).split())
    assert "Дауыс беру нәтижесі жазылмаған." in flat
