"""The protocol lists who recused from which course, and the suggested conflicts an expert dismissed."""

from __future__ import annotations

import pytest

from app.models.decisions import Decisions
from app.models.merge import merge_files
from app.reports.protocol_pdf import write_protocol_pdf
from tests.helpers.conflicts import DISMISS_REASON, exported_sheets, round_file  # noqa: F401 (fixture)
from tests.helpers.pdftext import pdf_text


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "kk",
            [
                "Мүдделер қақтығысы",
                "Бағалаудан бас тартқан сарапшылар (мүдделер қақтығысы):",
                (
                    "С1. Ахметов Асқар Бекұлы — «Курс 2: Қазақ тілі және ғылым» курсын бағаламады. Себебі: Авторымын "
                    "(ұсынылған қақтығыс расталды: курс авторларының бірі)"
                ),
                "С2. Петрова Ольга Николаевна — «Курс 3: Қазақ тілі және ғылым» курсын бағаламады.",
                "Ұсынылған, бірақ сарапшы қабылдамаған қақтығыстар (сарапшы курсты бағалады):",
                (
                    "С1. Ахметов Асқар Бекұлы — «Курс 1: Қазақ тілі және ғылым»: "
                    "кафедрасы курстың кафедрасымен бірдей. "
                    f"Сарапшының түсіндірмесі: {DISMISS_REASON}"
                ),
                "автормен тегі бірдей (жұмсақ белгі, туыстығы анық емес). Сарапшының түсіндірмесі: жазылмаған",
            ],
        ),
        (
            "ru",
            [
                "Конфликт интересов",
                "Эксперты, заявившие самоотвод (конфликт интересов):",
                (
                    "— не оценивал(а) курс «Курс 2: Қазақ тілі және ғылым». Причина: Авторымын "
                    "(предложенный конфликт подтверждён: один из авторов курса)"
                ),
                "Предложенные конфликты, отклонённые экспертом (эксперт оценил курс):",
                f"та же кафедра, что у курса. Пояснение эксперта: {DISMISS_REASON}",
            ],
        ),
    ],
)
def test_the_protocol_lists_recusals_and_dismissed_suggestions(round_file, tmp_path, lang, expected):
    outcome = merge_files(round_file, exported_sheets(round_file, tmp_path))
    assert [s.status for s in outcome.statuses] == ["ok"] * 3
    out = write_protocol_pdf(round_file, outcome, Decisions(protocol_number="5"), tmp_path / "p.pdf", lang)
    flat = " ".join(pdf_text(out).split())
    for text in expected:
        assert text in flat


def test_the_sheet_pdf_notes_the_dismissed_suggestions(round_file, tmp_path):
    from app.models.sheet import load_sheet
    from app.reports.sheet_pdf import write_sheet_pdf

    path = exported_sheets(round_file, tmp_path)[0]
    out = write_sheet_pdf(round_file, load_sheet(path).sheet, tmp_path / "e1.pdf", "kk")
    flat = " ".join(pdf_text(out).split())
    assert (
        "Ұсынылған, бірақ мен қабылдамаған мүдделер қақтығысы 1. Курс 1: Қазақ тілі және ғылым. "
        f"кафедрасы курстың кафедрасымен бірдей. {DISMISS_REASON}"
    ) in flat
    assert "3. Курс 3: Қазақ тілі және ғылым. автормен тегі бірдей" in flat
