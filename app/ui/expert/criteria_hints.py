"""What to look at for each of the seven default criteria: the data and rules live in
app/models/descriptors.py beside the score levels, which the sheet PDF prints too."""

from __future__ import annotations

from app.models.descriptor_texts import DEFAULT_CRITERIA_HINTS
from app.models.descriptors import VIDEO_LECTURES, hint_for, is_video_criterion

__all__ = ["DEFAULT_CRITERIA_HINTS", "VIDEO_LECTURES", "hint_for", "is_video_criterion"]
