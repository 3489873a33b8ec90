"""Every number the regulation sets, each beside the paragraph that sets it: the one home of these
rules. The rest of the program imports them from here.

The regulation is АТУ-ЖИЦДО-ІӘЕ-7.5.1-2025-01 «Үздік жаппай ашық онлайн курсқа арналған конкурс
туралы ереже», version 4.0, with its forms -01 (cover letter), -02 (MOOC format) and -03
(evaluation sheet). It sets no quorum for the commission's meeting: the protocol states who was
present, and no number here decides whether a meeting may proceed.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise
from typing import Final

# --- 9.5: three stages, and how many MOOCs each sends on -------------------------------------------

STAGES: Final = ("department", "faculty", "university")
# The stage that receives a stage's chosen MOOCs (the university stage is the last).
NEXT_STAGE: Final[dict[str, str]] = dict(pairwise(STAGES))
PREVIOUS_STAGE: Final[dict[str, str]] = {later: earlier for earlier, later in NEXT_STAGE.items()}
# A department sends up to three MOOCs to the faculty, a faculty the best two to the university.
ADVANCING_BY_STAGE: Final[dict[str, int]] = {"department": 3, "faculty": 2}

# --- form Ү.ЖИЦДО-7.5.1-2025-01-02: the MOOC's format ----------------------------------------------

MAX_SHORT_ANNOTATION_CHARS: Final = 300  # "short annotation ≤ 300 characters"
MAX_PROMO_S: Final = 180.0  # "promo video ≤ 3 minutes"
MAX_LECTURE_S: Final = 900.0  # "video lectures ≤ 15 minutes each"
MAX_DURATION_S: Final[dict[str, float]] = {"promo": MAX_PROMO_S, "lecture": MAX_LECTURE_S}  # by media kind
VIDEO_CONTAINER: Final = "mp4"  # "container mp4"
VIDEO_CODEC: Final = "h264"  # "codec H.264"
MIN_WIDTH: Final = 1280  # "resolution at least 1280×720"
MIN_HEIGHT: Final = 720
WIDESCREEN: Final = Fraction(16, 9)  # "aspect ratio 16:9"
# "Audio: codecs AAC, AC3, OGG, mp3" (OGG audio is Vorbis: the decoder's name for it).
AUDIO_CODECS: Final = ("aac", "ac3", "vorbis", "mp3")

# Informative, not ATU rules: the K. Zhubanov Aktobe Regional University norms on MOOC development
# (video lectures of 10–15 minutes; at least 40–50 minutes of video per section).
LECTURE_NORM_S: Final = (600.0, 900.0)
MIN_SECTION_VIDEO_S: Final = 40 * 60

# --- form Ү.ЖИЦДО-7.5.1-2025-01-03: the evaluation sheet -------------------------------------------

# "ЖАОК 1-ден 10-ға дейінгі критерийлер бойынша бағаланады. 1 — өте нашар, 10 — өте жақсы"
SCORE_MIN: Final = 1
SCORE_MAX: Final = 10
CRITERIA_COUNT: Final = 7  # columns 1–7; column 8 is their sum (at most 7 × 10 = 70)
COMMENT_CRITERION: Final = 7  # column 7, "overall impression", also takes written words
MAX_TOTAL: Final = CRITERIA_COUNT * SCORE_MAX  # column 8 of the form's own criteria

# --- 14.1: the corruption risk of commission members ----------------------------------------------
# The regulation names the risk, not a number. These are the program's reading of it: where one
# expert's score lies far from the others', the commission's board shows it (app.models.disagreement).
# A value is flagged when it differs from the median of the OTHER experts' values by more than
# a share of its scale's maximum.
TOTAL_SHARE: Final = 0.15  # of the maximum total: 0.15 × 70 = 10.5 points
# One criterion is noisier relative to its scale than a sum of seven (about √7 times); 0.2 × 10 = 2
# points is one step of the score descriptors (1–2, 3–4, 5–6, 7–8, 9–10).
CELL_SHARE: Final = 0.2
MIN_PANEL_FOR_FLAGS: Final = 3  # fewer scoring experts: no value is flagged
MIN_PANEL_FOR_STRONG_FLAGS: Final = 5  # 3–4 scoring experts: flags are stated as weak
