"""The organiser's round draft: validation as you type, saving, packaging, drafts kept on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.errors import InputError
from app.models.keys import export_public_key, identity_for
from app.models.round import load_round
from app.models.round_data import guess_media_kind
from app.models.round_drafts import store_draft
from app.models.round_edit import RoundDraft, draft_for_round, latest_unsaved_draft
from app.models.round_package import package_round
from app.models.round_text import with_text

ROOT = Path(__file__).resolve().parents[2]


def filled_draft(tmp_path: Path) -> RoundDraft:
    draft = RoundDraft.new(stage="faculty", year=2026)
    draft.set_person("chair", "Сәрсенбаева Әйгерім", "проректор")
    draft.set_person("secretary", "Құрманғали Ұлжан", "ЖИЦДО маманы")
    draft.add_expert("Өмірзақов Ерлан", "доцент", "Ақпараттық жүйелер")
    draft.add_expert("Иванова Мария")
    draft.add_entry(
        "Python тілінде бағдарламалау",
        [{"name": "Ахметов Бауыржан", "degree": "PhD"}],
        faculty="Ақпараттық технологиялар",
        annotation="Қысқа аннотация",
        link="https://moocs.atu.kz/py",
    )
    return draft


def test_a_new_round_lists_what_is_missing_with_places():
    draft = RoundDraft.new()
    places = {(i.place, i.code) for i in draft.errors()}
    assert ("commission.chair.name", "required") in places
    assert ("commission.experts", "no_experts") in places
    warnings = {(i.place, i.code) for i in draft.issues() if i.warning}
    assert ("entries", "no_entries") in warnings
    draft.add_entry("")
    places = {(i.place, i.code) for i in draft.errors()}
    assert ("entries[0].title", "required") in places
    assert ("entries[0].authors[0].name", "required") in places


def test_edits_clear_the_problems_one_by_one(tmp_path):
    draft = filled_draft(tmp_path)
    assert draft.errors() == []
    draft.entries[0]["link"] = "moocs.atu.kz"
    assert [(i.place, i.code) for i in draft.errors()] == [("entries[0].link", "bad_url")]
    draft.entries[0]["link"] = "https://moocs.atu.kz"
    draft.criteria[0]["max"] = 1
    assert [(i.place, i.code) for i in draft.errors()] == [("criteria[0]", "range")]


def test_a_long_annotation_is_a_warning_not_an_error(tmp_path):
    draft = filled_draft(tmp_path)
    draft.entries[0]["annotation"] = {"kk": "ә" * 301, "ru": "коротко"}
    issue = next(i for i in draft.issues() if i.code == "annotation_long")
    assert issue.warning and issue.args == ("301", "300") and issue.place == "entries[0].annotation"
    assert draft.errors() == []


def test_saving_an_invalid_round_names_every_place(tmp_path):
    draft = RoundDraft.new()
    with pytest.raises(InputError) as caught:
        draft.save(tmp_path / "x.round.json")
    text = str(caught.value)
    assert "commission.chair.name" in text and "commission.experts" in text
    assert not (tmp_path / "x.round.json").exists()


def test_round_trip_saves_reloads_and_passes_sarapshy_validate(tmp_path):
    draft = filled_draft(tmp_path)
    draft.data["meeting"] = {"place": "Алматы"}
    draft.data["title"] = with_text(draft.data["title"], "ru", "Лучший МООК – 2026")
    path = tmp_path / "stage.round.json"
    saved = draft.save(path)
    again = load_round(path)
    assert again.sha256 == saved.sha256
    assert again.round.stage == "faculty"
    assert again.round.commission.experts[1].name == "Иванова Мария"
    assert [c.id for c in again.round.criteria] == [f"c{i}" for i in range(1, 8)]
    assert again.round.criteria[6].comment is True
    assert again.round.entries[0].authors[0].degree == "PhD"
    assert not draft.is_modified()
    result = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr
    assert "valid round" in result.stdout and "1 entries" in result.stdout


def test_a_meeting_date_round_trips(tmp_path):
    draft = filled_draft(tmp_path)
    draft.data["meeting"] = {"date": "2026-12-18", "place": "Алматы"}
    assert draft.errors() == []
    assert str(draft.save(tmp_path / "r.round.json").round.meeting.date) == "2026-12-18"


def test_pinning_an_experts_key_file(tmp_path):
    draft = filled_draft(tmp_path)
    key_file = tmp_path / "erlan.key.json"
    exported = export_public_key(identity_for("Өмірзақов  Ерлан"), key_file, name="Өмірзақов Ерлан")
    record, same = draft.pin_expert_key(0, key_file)
    assert same and record.fingerprint == exported.fingerprint
    record, same = draft.pin_expert_key(1, key_file)  # Иванова gets Ерлан's key: allowed, but flagged
    assert not same
    draft.unpin_expert_key(1)
    saved = draft.save(tmp_path / "r.round.json")
    assert saved.round.commission.experts[0].public_key == exported.public_key
    assert saved.round.commission.experts[1].public_key is None
    key_file.write_text(key_file.read_text().replace(exported.public_key[:8], "AAAAAAAA"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        draft.pin_expert_key(1, key_file)
    assert str(key_file) in str(caught.value)


def test_media_kinds_are_guessed_and_order_can_change(tmp_path):
    assert guess_media_kind("Промо-ролик.mp4", has_promo=False) == "promo"
    assert guess_media_kind("promo.mp4", has_promo=True) == "lecture"
    source = tmp_path / "from-author"
    source.mkdir()
    for name in ("lecture 10.mp4", "lecture 2.mp4", "promo.mp4", "notes.txt"):
        (source / name).write_bytes(name.encode() * 100)
    draft = filled_draft(tmp_path)
    added = draft.add_media_folder(0, source)
    assert [m["title"] for m in added] == ["lecture 2", "lecture 10", "promo"]
    assert [m["kind"] for m in added] == ["lecture", "lecture", "promo"]
    assert draft.move_media(0, 2, -5) == 0
    assert [m["id"] for m in draft.entries[0]["media"]] == ["v3", "v1", "v2"]
    pending = [i for i in draft.issues() if i.code == "pending_copy"]
    assert len(pending) == 3 and all(i.warning for i in pending)


def test_package_copies_into_media_per_entry_and_rewrites_paths(tmp_path):
    outside = tmp_path / "downloads"
    outside.mkdir()
    promo = outside / "promo.mp4"
    promo.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    act = outside / "act.pdf"
    act.write_bytes(b"%PDF-1.4 act")
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "old").mkdir()
    lecture = stick / "old" / "l1.mp4"
    lecture.write_bytes(b"lecture bytes")

    draft = filled_draft(tmp_path)
    draft.save(stick / "round.round.json")
    draft.add_media_files(0, [promo, lecture])
    draft.add_attachment(0, act, "implementation_act")
    assert draft.entries[0]["media"][1]["path"] == "old/l1.mp4"  # inside the folder: kept as is
    calls = []
    report = package_round(draft, progress=lambda done, total, text: calls.append((done, total)))
    assert sorted(report.copied) == ["media/m01/act.pdf", "media/m01/l1.mp4", "media/m01/promo.mp4"]
    assert (stick / "media/m01/promo.mp4").read_bytes() == promo.read_bytes()
    assert (stick / "media/m01/l1.mp4").read_bytes() == b"lecture bytes"
    assert lecture.exists()  # the organiser's own file is copied, never moved
    assert calls[-1][0] == calls[-1][1] and len(calls) > 3
    reloaded = load_round(stick / "round.round.json")
    assert [m.path for m in reloaded.round.entries[0].media] == ["media/m01/promo.mp4", "media/m01/l1.mp4"]
    assert reloaded.round.entries[0].attachments[0].path == "media/m01/act.pdf"
    assert reloaded.warnings == [] or all("no videos" not in w.problem for w in reloaded.warnings)
    assert draft.pending == {}
    again = package_round(draft)
    assert again.copied == [] and len(again.unchanged) == 3


def test_a_cancelled_package_leaves_the_round_as_it_was(tmp_path):
    outside = tmp_path / "downloads"
    outside.mkdir()
    big = outside / "lecture.mp4"
    big.write_bytes(os.urandom(4 * 1024 * 1024))
    draft = filled_draft(tmp_path)
    path = tmp_path / "stick" / "round.round.json"
    path.parent.mkdir()
    draft.save(path)
    draft.add_media_files(0, [big])
    draft.save()
    before = path.read_bytes()

    class Stop(Exception):
        pass

    def progress(done, total, text):
        if done > 1024:
            raise Stop()

    with pytest.raises(Stop):
        package_round(draft, progress=progress)
    assert path.read_bytes() == before
    assert list((tmp_path / "stick" / "media" / "m01").iterdir()) == []  # no half-copied file
    assert draft.pending  # still to copy


def test_a_missing_source_is_reported_not_fatal(tmp_path):
    gone = tmp_path / "gone.mp4"
    gone.write_bytes(b"x")
    draft = filled_draft(tmp_path)
    draft.add_media_files(0, [gone])
    gone.unlink()
    assert any(i.code == "missing_file" for i in draft.issues())
    draft.save(tmp_path / "r.round.json")
    report = package_round(draft)
    assert report.copied == [] and report.missing[0].place == "entries[0].media[0].path"


def test_unsaved_edits_survive_as_a_draft(tmp_path):
    draft = filled_draft(tmp_path)
    path = tmp_path / "r.round.json"
    draft.save(path)
    draft.entries[0]["title"] = "Өзгертілген атау"
    store_draft(draft)
    restored, was_restored = draft_for_round(load_round(path))
    assert was_restored and restored.entries[0]["title"] == "Өзгертілген атау"
    assert restored.is_modified()

    fresh = RoundDraft.new()
    fresh.add_expert("Жаңа сарапшы")
    store_draft(fresh)
    kept = latest_unsaved_draft()
    assert kept is not None and kept.round_id == fresh.round_id and kept.experts[0]["name"] == "Жаңа сарапшы"


def test_saved_file_is_plain_readable_json(tmp_path):
    draft = filled_draft(tmp_path)
    path = tmp_path / "r.round.json"
    draft.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Сәрсенбаева Әйгерім" in path.read_text(encoding="utf-8")  # not \u-escaped
    assert "secretary" in data["commission"] and "meeting" not in data


def test_the_draft_as_a_round_finds_files_not_copied_yet(tmp_path):
    outside = tmp_path / "promo.mp4"
    outside.write_bytes(b"video")
    draft = filled_draft(tmp_path)
    draft.add_media_files(0, [outside])
    round_file = draft.round_file()
    item = round_file.round.entries[0].media[0]
    assert item.path == "media/m01/promo.mp4" and round_file.media_path(item) == outside.resolve()


def test_an_opened_round_is_not_modified_until_edited(tmp_path):
    from tests.helpers.factories import round_data, write_round

    data = round_data()
    assert "criteria" not in data  # the default criteria are implicit in the file
    draft = RoundDraft.load(write_round(tmp_path, data))
    draft.entries[0].setdefault("attachments", [])
    assert not draft.is_modified()
    draft.entries[0]["title"] = "Басқа атау"
    assert draft.is_modified()
