"""Which part of an expert's comment may reach the course's authors.

The sheet format (`sarapshy-sheet/1`) has one free-text comment per course and no field marking a
comment as private, and a format changes only with a new version. So the mark is a convention the
expert can use today, in any version of the program: a line that starts with `#комиссияға`,
`#комиссии` or `#commission` (any case, spaces before it allowed). That line and everything after
it are for the commission only: they appear in the chair's board and in the sheet, never in a
feedback letter. Text before the marker line goes to the authors.
"""

from __future__ import annotations

import re

COMMISSION_ONLY_MARKERS = ("#комиссияға", "#комиссии", "#комиссия", "#commission")
_MARKER = re.compile(
    r"^[ \t]*(" + "|".join(re.escape(m) for m in COMMISSION_ONLY_MARKERS) + ")", re.IGNORECASE | re.MULTILINE
)


def public_comment(comment: str) -> str:
    """The part of the comment the authors may read (stripped; empty when it is all private)."""
    found = _MARKER.search(comment)
    return (comment[: found.start()] if found else comment).strip()


def has_commission_only_part(comment: str) -> bool:
    return _MARKER.search(comment) is not None
