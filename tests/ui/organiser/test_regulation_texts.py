"""The organiser's screens state the regulation's numbers from app.models.regulation, in every language."""

import pytest

from app.ui.organiser import texts


@pytest.mark.parametrize(
    "lang, annotation, duration",
    [
        ("kk", "Қысқаша аннотация ≤ 300 таңба", "Ұзақтығы (промо ≤ 3 мин, дәріс ≤ 15 мин)"),
        ("ru", "Краткая аннотация ≤ 300 символов", "Длительность (промо ≤ 3 мин, лекция ≤ 15 мин)"),
        ("en", "Short annotation ≤ 300 characters", "Length (promo ≤ 3 min, lecture ≤ 15 min)"),
    ],
)
def test_media_rules_show_the_regulation(qapp, compiled_translations, lang, annotation, duration):
    from app.ui.i18n import install_language

    install_language(qapp, lang)
    try:
        assert texts.rule_name("annotation") == annotation
        assert texts.rule_name("duration") == duration
        assert "1280×720" in texts.rule_name("resolution")
        assert "10–15" in texts.rule_name("lecture_length") and "40" in texts.rule_name("lecture_total")
    finally:
        install_language(qapp, "en")


def test_a_changed_limit_is_shown_everywhere(english_ui, monkeypatch):
    monkeypatch.setattr(texts, "MAX_SHORT_ANNOTATION_CHARS", 250)
    monkeypatch.setattr(texts, "MAX_LECTURE_S", 20 * 60.0)
    assert texts.rule_name("annotation") == "Short annotation ≤ 250 characters"
    assert texts.item_name("short_annotation") == "Short annotation up to 250 characters"
    assert texts.rule_name("duration") == "Length (promo ≤ 3 min, lecture ≤ 20 min)"
