"""What the expert looks at, and what each score level means, for the seven default criteria.

Both come from sections 10–11 of the regulation and form Ү.ЖИЦДО-7.5.1-2025-01-02 (the paragraphs
are cited in the texts), in Kazakh, Russian and English; the texts live in `descriptor_texts`. They
are matched to a round's criterion by its title (the titles of form -03, DEFAULT_CRITERIA_TITLES),
so a round with criteria of its own shows neither: the regulation says nothing about them.

The score levels are five bands of the criterion's range. For the regulation's 1–10 they are 1–2,
3–4, 5–6, 7–8 and 9–10; a default criterion given another range keeps five bands cut in proportion
(1–5: one score each; 0–10: 0–2, 3–4, 5–6, 7–8, 9–10; 0–100: 0–20 … 81–100), and a range of fewer than
five scores shows only the bands some score falls in, its lowest in the first and its highest in the last.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.descriptor_texts import DEFAULT_CRITERIA_DESCRIPTORS, DEFAULT_CRITERIA_HINTS
from app.models.localized import localized
from app.models.round_model import DEFAULT_CRITERIA_TITLES, Criterion

BAND_COUNT = 5


@dataclass(frozen=True)
class Band:
    """One score level of a criterion: the scores `low`…`high` and what they mean."""

    index: int  # 0 (lowest) … BAND_COUNT - 1
    low: int
    high: int
    text: str

    def scores(self) -> str:
        """'7–8', or '7' for a band of one score."""
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"

    def contains(self, score: int) -> bool:
        return self.low <= score <= self.high


def default_index(criterion: Criterion) -> int | None:
    """Which of the seven default criteria this is (by its title, in any language), or None."""
    title = criterion.title
    for index, default in enumerate(DEFAULT_CRITERIA_TITLES):
        if title == default or (isinstance(title, str) and title in default.values()):
            return index
    return None


def hint_for(criterion: Criterion, lang: str) -> str:
    """The regulation's guidance for a default criterion in `lang`; '' for a criterion of the round's own."""
    index = default_index(criterion)
    return localized(DEFAULT_CRITERIA_HINTS[index], lang) if index is not None else ""


VIDEO_LECTURES = 2  # "Presence and quality of video lectures", criterion 3 of the regulation


def is_video_criterion(criterion: Criterion) -> bool:
    """The default criterion on video lectures, where the course's form -02 media check belongs."""
    return default_index(criterion) == VIDEO_LECTURES


def band_index(criterion: Criterion, score: int) -> int:
    """The band (0 … BAND_COUNT - 1) a score of the criterion's range falls in. A range of five scores or
    more is cut in five equal parts (1–10 gives 1–2, 3–4, 5–6, 7–8, 9–10); a shorter one puts its scores
    on the bands in proportion, rounded half up, so its lowest is the first band and its highest the last."""
    count = criterion.max - criterion.min + 1
    offset = min(max(score, criterion.min), criterion.max) - criterion.min
    if count >= BAND_COUNT:
        return offset * BAND_COUNT // count
    span = count - 1
    return (2 * (BAND_COUNT - 1) * offset + span) // (2 * span)


def bands_for(criterion: Criterion, lang: str) -> list[Band]:
    """The score levels of a default criterion in `lang`, lowest first; [] for a criterion of the round's own
    (and only the bands some score falls in when its range has fewer than five scores)."""
    index = default_index(criterion)
    if index is None:
        return []
    texts = DEFAULT_CRITERIA_DESCRIPTORS[index]
    scores: dict[int, list[int]] = {}
    for score in range(criterion.min, criterion.max + 1):
        scores.setdefault(band_index(criterion, score), []).append(score)
    return [
        Band(band, members[0], members[-1], localized(texts[band], lang)) for band, members in sorted(scores.items())
    ]


def band_for(criterion: Criterion, score: int | None, lang: str) -> Band | None:
    """The score level `score` falls in; None without a score or for a criterion of the round's own."""
    if score is None:
        return None
    index = band_index(criterion, score)
    return next((band for band in bands_for(criterion, lang) if band.index == index), None)


def has_descriptors(criteria: list[Criterion]) -> bool:
    """Whether any of these criteria is one of the regulation's seven (so has score levels)."""
    return any(default_index(c) is not None for c in criteria)
