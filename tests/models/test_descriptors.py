"""Score-level descriptors of the seven default criteria (sections 10–11 of the regulation)."""

from __future__ import annotations

import re

import pytest

from app.models.descriptors import (
    BAND_COUNT,
    DEFAULT_CRITERIA_DESCRIPTORS,
    band_for,
    band_index,
    bands_for,
    has_descriptors,
    hint_for,
)
from app.models.round_model import DEFAULT_CRITERIA, DEFAULT_CRITERIA_TITLES, Criterion

LANGS = ("kk", "ru", "en")
KAZAKH_LETTERS = set("әғқңөұүі")
PARAGRAPH = re.compile(r"\b1[01]\.\d\b|-02")


def test_every_default_criterion_has_five_bands_in_three_languages():
    assert len(DEFAULT_CRITERIA_DESCRIPTORS) == len(DEFAULT_CRITERIA_TITLES) == 7
    for criterion in DEFAULT_CRITERIA:
        per_lang = {lang: bands_for(criterion, lang) for lang in LANGS}
        for lang, bands in per_lang.items():
            assert [b.scores() for b in bands] == ["1–2", "3–4", "5–6", "7–8", "9–10"], (criterion.id, lang)
            assert all(b.text.strip() for b in bands)
            assert len({b.text for b in bands}) == BAND_COUNT  # five different levels, not one text copied
        for index in range(BAND_COUNT):
            texts = [per_lang[lang][index].text for lang in LANGS]
            assert len(set(texts)) == 3, texts  # really three languages, no fallback
        kazakh = " ".join(b.text for b in per_lang["kk"])
        assert KAZAKH_LETTERS & set(kazakh), criterion.id
        assert not re.search(r"[a-zA-Z]{4,}", kazakh.replace("H.264", "")), "English left in the Kazakh text"
        assert not re.search(r"[а-яё]{4,}", " ".join(b.text for b in per_lang["en"]), re.IGNORECASE)


def test_every_band_cites_the_regulation():
    for criterion_bands in DEFAULT_CRITERIA_DESCRIPTORS:
        cited = [bool(PARAGRAPH.search(band["en"])) for band in criterion_bands]
        assert sum(cited) >= 4, criterion_bands[0]["en"]
        for band in criterion_bands:  # the same paragraphs in every language
            refs = {lang: sorted(re.findall(r"\b1[01]\.\d\b", band[lang])) for lang in LANGS}
            assert refs["kk"] == refs["ru"] == refs["en"], band["en"]


@pytest.mark.parametrize(
    "score,expected", [(1, "1–2"), (2, "1–2"), (3, "3–4"), (6, "5–6"), (7, "7–8"), (9, "9–10"), (10, "9–10")]
)
def test_a_score_falls_in_its_band(score, expected):
    band = band_for(DEFAULT_CRITERIA[2], score, "kk")
    assert band is not None and band.scores() == expected and band.contains(score)
    assert band.text == bands_for(DEFAULT_CRITERIA[2], "kk")[band.index].text


def test_no_band_without_a_score_or_for_a_criterion_of_the_rounds_own():
    assert band_for(DEFAULT_CRITERIA[0], None, "kk") is None
    own = Criterion(id="x", title={"kk": "Өз критерийіміз", "ru": "Свой критерий"})
    assert bands_for(own, "kk") == [] and band_for(own, 5, "kk") is None and hint_for(own, "kk") == ""
    assert not has_descriptors([own]) and has_descriptors([own, DEFAULT_CRITERIA[0]])


def test_a_title_in_one_language_still_matches():
    russian_only = Criterion(id="t", title=DEFAULT_CRITERIA_TITLES[5]["ru"])
    assert bands_for(russian_only, "kk")[4].text == DEFAULT_CRITERIA_DESCRIPTORS[5][4]["kk"]


@pytest.mark.parametrize(
    "low,high,expected",
    [
        (1, 5, ["1", "2", "3", "4", "5"]),
        (0, 10, ["0–2", "3–4", "5–6", "7–8", "9–10"]),
        (0, 100, ["0–20", "21–40", "41–60", "61–80", "81–100"]),
        (1, 3, ["1", "2", "3"]),
        (1, 2, ["1", "2"]),
    ],
)
def test_other_ranges_are_cut_in_proportion(low, high, expected):
    criterion = DEFAULT_CRITERIA[0].model_copy(update={"min": low, "max": high})
    bands = bands_for(criterion, "en")
    assert [b.scores() for b in bands] == expected
    # every score is in exactly one band; the lowest score is the worst level, the highest the best
    for score in range(low, high + 1):
        assert sum(b.contains(score) for b in bands) == 1
    assert band_index(criterion, low) == 0 and band_index(criterion, high) == BAND_COUNT - 1
    assert bands[-1].text == DEFAULT_CRITERIA_DESCRIPTORS[0][-1]["en"]
