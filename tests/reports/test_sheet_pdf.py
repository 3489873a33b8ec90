"""The evaluation-sheet PDF (form Ү.ЖИЦДО-7.5.1-2025-01-03), read back with poppler."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.descriptors import bands_for
from app.models.round import load_round
from app.models.round_model import DEFAULT_CRITERIA, DEFAULT_CRITERIA_TITLES
from app.models.signing import verification_code
from app.reports.pdf_signing import sign_pdf, verify_pdf
from app.reports.sheet_pdf import write_sheet_pdf
from tests.helpers.certs import make_ca, make_signer_p12
from tests.helpers.factories import round_data, sheet_data, write_round
from tests.helpers.pdftext import assert_only_embedded_fonts, pdf_pages, pdf_text

LONG_TITLE = (
    "Ақпараттық-коммуникациялық технологиялар және цифрлық трансформация: жасанды интеллект "
    "негіздері мен қолданбалы әдістері"
)
LONG_COMMENT = "Курс өте жақсы құрылымдалған, бейнедәрістер сапалы. " * 6 + "Тест тапсырмалары аз."
LETTERS = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ"


@pytest.fixture
def round_and_sheet(tmp_path):
    data = round_data(entries=30, experts=2)
    data["entries"][1]["title"] = LONG_TITLE
    data["entries"][2]["title"] = f"Әріптер: {LETTERS}"
    rf = load_round(write_round(tmp_path / "round", data))
    sheet = sheet_data(rf)
    sheet["evaluations"][1]["comment"] = LONG_COMMENT
    sheet["evaluations"][1]["scores"]["c3"] = 10
    sheet["evaluations"][3] = {"entry_id": "m04", "recused": True, "recusal_reason": "Автор — әріптесім."}
    del sheet["evaluations"][5]["scores"]["c2"]  # an incomplete row has no total
    return rf, sheet


def test_form_text_survives_in_kazakh(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    out = write_sheet_pdf(rf, sheet, tmp_path / "sheet.pdf")
    text = pdf_text(out)
    flat = " ".join(text.split())  # rotated headings come out one word a line
    assert "БАҒАЛАУ ПАРАҒЫ" in text
    assert "«„АТУ“ АҚ-ның үздік жаппай ашық онлайн курсы – 2026» конкурсы" in text
    assert "««" not in text and "»»" not in text
    for heading in (
        "ЖАОК атауы",
        "Курс авторы",
        "Курсқа сілтеме",
        "Жалпы әсер",
        "Цифрлық білім беру",
        "Барлық көрсеткіштер бойынша",
    ):
        assert heading in flat, heading
    assert f"Әріптер: {LETTERS}" in text
    assert "Сарапшының аты-жөні: Сарапшы 1 Өмірзақ" in text
    assert "«17» желтоқсан 2026 ж." in text and "ҚОЛЫ" in text
    assert "Ескерту: ЖАОК 1-ден 10-ға дейінгі критерийлер бойынша бағаланады. 1 — өте нашар, 10 — өте жақсы" in text
    assert "Бағаланбады: мүдделер қақтығысы" in text and "Автор — әріптесім." in text
    assert_only_embedded_fonts(out)


def _row(flat: str, number: int) -> str:
    """Table row `number` from its author cell to the next row's author cell (so it ends with the
    next row's number and title)."""
    start = flat.index(f"Автор {number} ")
    return flat[start : flat.index(f"Автор {number + 1} ", start)]


def test_rows_totals_and_long_comment(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    text = pdf_text(write_sheet_pdf(rf, sheet, tmp_path / "sheet.pdf"))
    flat = " ".join(text.split())
    assert _row(flat, 1).endswith(" 49 2 " + LONG_TITLE + " ")
    row2 = _row(flat, 2)
    assert row2.startswith("Автор 2 7 7 10 7 7 7 7") and " 52 3 Әріптер" in row2
    assert "жалғасы төменде, №2" in row2
    assert "Бағаланбады: мүдделер қақтығысы" in _row(flat, 4)
    row6 = _row(flat, 6)
    assert row6.startswith("Автор 6 7 7 7 7 7 7 Жақсы курс 7 Курс 7")  # c2 missing: no total
    assert "7-бағанға түсініктемелер" in flat
    assert LONG_COMMENT in flat


def test_header_repeats_and_pages_are_numbered(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    out = write_sheet_pdf(rf, sheet, tmp_path / "sheet.pdf")
    pages = pdf_pages(out)
    assert pages >= 2
    for page in range(1, pages + 1):
        page_text = pdf_text(out, page)
        assert f"Бет {page} / {pages}" in page_text
        assert "Ү.ЖИЦДО-7.5.1-2025-01-03" in page_text
    assert "ЖАОК атауы" in pdf_text(out, 2)


def test_verification_code_is_printed(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    code = verification_code(sheet)
    text = pdf_text(write_sheet_pdf(rf, sheet, tmp_path / "sheet.pdf"))
    assert text.count(code) >= 2  # beside the signature and in every footer


def test_russian_sheet(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    text = pdf_text(write_sheet_pdf(rf, sheet, tmp_path / "sheet.pdf", lang="ru"))
    assert "ОЦЕНОЧНЫЙ ЛИСТ" in text and "Название МООК" in text and "«17» декабря 2026 г." in text


def test_expert_signs_into_the_reserved_field(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    out = write_sheet_pdf(rf, sheet, tmp_path / "sheet.pdf")
    make_signer_p12(tmp_path / "e1.p12", "Сарапшы 1 Өмірзақ", make_ca(), b"pw")
    assert sign_pdf(out, out, tmp_path / "e1.p12", "pw") == "expert"
    [report] = verify_pdf(out)
    assert report.valid and report.signer == "Сарапшы 1 Өмірзақ"


@pytest.mark.parametrize("with_comment", [False, True])
def test_signatures_never_stand_alone_on_the_last_page(tmp_path, with_comment):
    # Around 11 entries the table fills page 1 and the signature block would fall to page 2 alone.
    for entries in range(9, 14):
        rf = load_round(write_round(tmp_path / str(entries), round_data(entries=entries, experts=1)))
        sheet = sheet_data(rf)
        if with_comment:
            sheet["evaluations"][0]["comment"] = LONG_COMMENT
        out = write_sheet_pdf(rf, sheet, tmp_path / f"{entries}.pdf")
        pages = form_pages(out)  # the score-levels annex follows on pages of its own
        last = " ".join(pdf_text(out, pages).split())
        assert "ҚОЛЫ" in last
        assert f"Курс {entries}:" in last or (with_comment and LONG_COMMENT in last), (entries, pages)
        if pages > 1 and f"Курс {entries}:" in last:
            assert "ЖАОК атауы" in last  # the carried-over rows come under the repeated headings


ANNEX_HEADING = "Қосымша. Критерийлер бойынша бағалау деңгейлері"


def form_pages(path: Path) -> int:
    """The pages of the form itself: those before the score-levels annex."""
    total = pdf_pages(path)
    annex = next(page for page in range(1, total + 1) if ANNEX_HEADING in pdf_text(path, page))
    assert ANNEX_HEADING not in pdf_text(path, annex - 1)
    return annex - 1


def test_the_annex_prints_the_score_levels_in_kazakh(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    out = write_sheet_pdf(rf, sheet, tmp_path / "sheet.pdf")
    form = form_pages(out)
    annex = " ".join(" ".join(pdf_text(out, page).split()) for page in range(form + 1, pdf_pages(out) + 1))
    assert "ҚОЛЫ" in pdf_text(out, form) and "ҚОЛЫ" not in annex  # the annex comes after the signatures
    assert "Ереженің 10–11-бөлімдері" in annex
    for scores in ("1–2", "3–4", "5–6", "7–8", "9–10"):
        assert scores in annex
    for criterion in DEFAULT_CRITERIA:
        for band in bands_for(criterion, "kk"):
            # pdftotext breaks the table's lines; the words and every Kazakh letter come through intact
            for word in band.text.split():
                assert word in annex, (criterion.id, band.scores(), word)
    assert set("әғқңөұүі") <= set(annex)
    assert "Тест те, білімді бақылаудың басқа түрі де жоқ (11.5)." in annex
    assert_only_embedded_fonts(out)


def test_the_annex_follows_the_pdf_language(round_and_sheet, tmp_path):
    rf, sheet = round_and_sheet
    russian = " ".join(pdf_text(write_sheet_pdf(rf, sheet, tmp_path / "ru.pdf", lang="ru")).split())
    english = " ".join(pdf_text(write_sheet_pdf(rf, sheet, tmp_path / "en.pdf", lang="en")).split())
    assert "Приложение. Уровни оценок по критериям" in russian and "Нет ни тестов" in russian
    assert "Annex. Score levels of the criteria" in english and "No tests and no other control" in english
    assert "Тест те" not in russian + english


def test_a_round_of_its_own_criteria_has_no_annex(tmp_path):
    data = round_data(entries=3, experts=1)
    data["criteria"] = [
        {"id": "q1", "title": {"kk": "Өз критерийіміз", "ru": "Свой критерий"}, "max": 5},
        {"id": "q2", "title": "Дизайн", "max": 5},
    ]
    rf = load_round(write_round(tmp_path / "own", data))
    out = write_sheet_pdf(rf, sheet_data(rf), tmp_path / "own.pdf")
    text = pdf_text(out)
    assert "ҚОЛЫ" in text and "Қосымша" not in text and "Ереженің 10–11" not in text


def test_a_default_criterion_with_another_range_prints_its_own_bands(tmp_path):
    data = round_data(entries=3, experts=1)
    data["criteria"] = [
        {"id": "c1", "title": DEFAULT_CRITERIA_TITLES[0], "max": 5},
        {"id": "c2", "title": DEFAULT_CRITERIA_TITLES[1]},
        {"id": "own", "title": "Дизайн"},
    ]
    rf = load_round(write_round(tmp_path / "mixed", data))
    out = write_sheet_pdf(rf, sheet_data(rf, score=3), tmp_path / "mixed.pdf")
    annex = " ".join(pdf_text(out, pdf_pages(out)).split())
    assert "5. -02 нысаны талап" in annex
    assert "1–2. Мәтіндік материалдар жоқ" in annex and "1. Міндетті бөліктердің көбі жоқ" in annex
    assert "Дизайн" not in annex
