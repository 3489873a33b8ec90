"""The admission checklist: automatic items, the organiser's marks, past winners (rule 9.10)."""

from __future__ import annotations

import json

import pytest

from app.models.admission import (
    FAIL,
    OK,
    UNKNOWN,
    AdmissionStore,
    Mark,
    admission_status,
    entry_checklist,
    read_past_winners,
)
from app.models.audit import AuditLog
from app.models.errors import InputError
from app.models.round import load_round
from tests.helpers.factories import ROUND_ID, round_data, write_round

ENTRY = {
    "id": "m01",
    "title": "Python тілінде бағдарламалау",
    "faculty": "АТ",
    "department": "АЖ",
    "authors": [{"name": "Ахметов Бауыржан"}],
    "annotation": "Қысқа аннотация",
    "link": "https://moocs.atu.kz/py",
    "media": [
        {"id": "v1", "kind": "promo", "path": "media/m01/promo.mp4"},
        {"id": "v2", "kind": "lecture", "path": "media/m01/l1.mp4"},
    ],
    "attachments": [{"kind": "implementation_act", "title": "Енгізу актісі", "path": "media/m01/act.pdf"}],
}


def statuses(items):
    return {item.key: item.status for item in items}


def test_automatic_items_come_from_the_fields_and_the_media_check():
    check = {
        "files": [{"entry_id": "m01", "media_id": "v1", "ok": True}, {"entry_id": "m01", "media_id": "v2", "ok": False}]
    }
    items = statuses(entry_checklist(ENTRY, check))
    assert items["cover_letter"] == OK and items["short_annotation"] == OK and items["promo_video"] == OK
    assert items["videos_compliant"] == FAIL
    assert items["not_previous_winner"] == UNKNOWN  # no past results imported yet
    assert items["implementation_act"] == OK  # the attachment stands for it
    assert items["work_curriculum"] == UNKNOWN and items["platform_certificate"] == UNKNOWN
    check["files"][1]["ok"] = True
    assert statuses(entry_checklist(ENTRY, check))["videos_compliant"] == OK
    assert statuses(entry_checklist(ENTRY, None))["videos_compliant"] == UNKNOWN


def test_long_annotation_missing_fields_and_no_promo_fail():
    entry = {**ENTRY, "annotation": {"kk": "а" * 301}, "link": None, "media": []}
    items = {i.key: i for i in entry_checklist(entry)}
    assert items["short_annotation"].status == FAIL and items["short_annotation"].args == ("301", "300")
    assert items["cover_letter"].status == FAIL and items["cover_letter"].args == ("link",)
    assert items["promo_video"].status == FAIL


def test_the_organisers_marks_decide_and_override():
    marks = {
        key: Mark(True)
        for key in ("work_curriculum", "glossary", "forum_or_chat", "two_cohorts", "platform_certificate")
    }
    marks["implementation_act"] = Mark(False, "акт қол қойылмаған")
    marks["not_previous_winner"] = Mark(True, "2025 жылы басқа курс")
    check = {"files": [{"entry_id": "m01", "ok": True}, {"entry_id": "m01", "ok": True}]}
    items = entry_checklist(ENTRY, check, marks=marks)
    by_key = {i.key: i for i in items}
    assert by_key["implementation_act"].status == FAIL and by_key["implementation_act"].note == "акт қол қойылмаған"
    assert by_key["not_previous_winner"].overridden and by_key["not_previous_winner"].status == OK
    assert admission_status(items) == FAIL
    marks["implementation_act"] = Mark(True)
    assert admission_status(entry_checklist(ENTRY, check, marks=marks)) == OK


def results_file(folder, ranks: dict[str, int], places: int = 3):
    document = {
        "format": "sarapshy-results/1",
        "round_id": ROUND_ID,
        "round_sha256": "0" * 64,
        "method": "sum",
        "places": places,
        "panel": ["e1"],
        "entries": [{"entry_id": e, "rank": r} for e, r in sorted(ranks.items(), key=lambda x: x[1])],
    }
    path = folder / "results-2025.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_past_winners_come_from_a_results_file_and_its_round(tmp_path):
    data = round_data(entries=4)
    data["year"] = 2025
    data["entries"][1]["title"] = "Python тілінде бағдарламалау"
    data["entries"][1]["authors"] = [{"name": "Ахметов  Бауыржан"}, {"name": "Сейітова Айгүл"}]
    write_round(tmp_path / "2025", data)
    results = results_file(tmp_path / "2025", {"m02": 1, "m01": 2, "m03": 3, "m04": 4}, places=2)
    winners = read_past_winners(results)  # the round file is found beside the results
    assert [(w.entry_id, w.rank, w.year) for w in winners] == [("m02", 1, 2025), ("m01", 2, 2025)]

    items = {i.key: i for i in entry_checklist(ENTRY, winners=winners)}
    assert items["not_previous_winner"].status == FAIL and items["not_previous_winner"].args == ("1", "2025")
    other = {**ENTRY, "title": "Жаңа курс"}
    assert statuses(entry_checklist(other, winners=winners))["not_previous_winner"] == OK


def test_results_without_their_round_are_refused_with_a_fix(tmp_path):
    results = results_file(tmp_path, {"m01": 1})
    with pytest.raises(InputError) as caught:
        read_past_winners(results)
    assert "same folder" in str(caught.value) and caught.value.fix
    other = round_data()
    other["round_id"] = "11111111-2222-4333-8444-555555555555"
    with pytest.raises(InputError):
        read_past_winners(results, write_round(tmp_path / "other", other))


def test_marks_and_registry_are_kept_in_the_organisers_database(tmp_path):
    round_path = write_round(tmp_path / "2025", round_data(entries=2))
    winners = read_past_winners(results_file(tmp_path / "2025", {"m01": 1, "m02": 2}))
    store = AdmissionStore("9b2e4f7c-0000-4000-8000-000000000001")
    store.set_mark("m01", "glossary", True, "глоссарий бар")
    store.set_mark("m01", "forum_or_chat", False)
    assert store.add_past_winners(winners) == 2
    assert store.add_past_winners(winners) == 0  # the same round again replaces, not doubles
    store.close()

    again = AdmissionStore("9b2e4f7c-0000-4000-8000-000000000001")
    assert again.marks("m01") == {"glossary": Mark(True, "глоссарий бар"), "forum_or_chat": Mark(False, "")}
    assert len(again.past_winners()) == 2
    again.set_mark("m01", "glossary", None, "")
    assert "glossary" not in again.marks("m01")
    entry = load_round(round_path).round.entries[0]
    assert statuses(again.checklist(entry))["not_previous_winner"] == FAIL  # m01 of 2025 is itself
    events = [r.event for r in AuditLog(again.db).records()]
    assert events.count("admission_mark") == 3 and "past_winners_imported" in events
    again.close()
