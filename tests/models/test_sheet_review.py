"""The review before signing, without a window: soft warnings per course."""

from __future__ import annotations

from app.models.sheet_review import (
    LITTLE_WATCHED,
    MEDIA_BREACH,
    NO_COMMENT,
    RECUSED,
    ReviewRow,
    media_breaches_by_entry,
)


def row(**changes) -> ReviewRow:
    values = dict(
        entry_id="m01",
        number=1,
        total=49,
        max_total=70,
        recused=False,
        recusal_reason="",
        comment_empty=False,
        watched=1.0,
        media_breaches=0,
    )
    values.update(changes)
    return ReviewRow(**values)


def test_warnings_of_a_course():
    assert row().warnings == ()
    assert row(comment_empty=True, watched=0.2, media_breaches=2).warnings == (NO_COMMENT, LITTLE_WATCHED, MEDIA_BREACH)
    assert row(watched=0.5).warnings == ()
    assert row(watched=None, media_breaches=None).warnings == ()  # unknown is not a warning
    assert row(recused=True, comment_empty=True, watched=0.0).warnings == (RECUSED,)


def test_media_breaches_count_files_breaking_a_rule_but_not_informative_or_missing_ones():
    check = {
        "files": [
            {"entry_id": "m01", "ok": False, "checks": [{"rule": "aspect", "ok": False}]},
            {"entry_id": "m01", "ok": True, "checks": [{"rule": "duration", "ok": False, "informative": True}]},
            {"entry_id": "m02", "ok": False, "missing": True, "checks": [{"rule": "readable", "ok": False}]},
        ]
    }
    assert media_breaches_by_entry(check) == {"m01": 1, "m02": 0}
    assert media_breaches_by_entry(None) is None
    assert media_breaches_by_entry({"cancelled": True, "files": []}) is None
