"""The commission-only part of a comment (a marker line) never reaches the authors."""

from app.models.comments import has_commission_only_part, public_comment


def test_text_after_the_marker_line_is_for_the_commission_only():
    comment = "Бейнелер сапалы.\nТесттер аз.\n#комиссияға\nАвторы менің бұрынғы студентім"
    assert public_comment(comment) == "Бейнелер сапалы.\nТесттер аз."
    assert has_commission_only_part(comment)


def test_the_marker_in_any_language_and_case_with_text_on_its_line():
    assert public_comment("Хорошо.\n  #КОМИССИИ: плагиат в модуле 3") == "Хорошо."
    assert public_comment("Good.\n#Commission only: weak tests") == "Good."
    assert public_comment("#комиссияға бәрі құпия") == ""


def test_a_hash_inside_a_line_is_not_a_marker():
    assert public_comment("Тег #комиссияға жолдың ортасында") == "Тег #комиссияға жолдың ортасында"
    assert not has_commission_only_part("Жақсы курс")
