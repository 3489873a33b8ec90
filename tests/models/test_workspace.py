import itertools
import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.errors import InputError
from app.models.keys import identity_for, public_key_of
from app.models.round import load_round
from app.models.sheet import check_sheet_against_round, load_sheet
from app.models.signing import key_fingerprint, verification_code, verify_sheet_signature
from app.models.storage import database_path
from app.models.workspace import Workspace
from app.models.workspace_store import NoExpertChosen
from tests.helpers.factories import write_round
from tests.helpers.workspace import fill, round_path, two_video_round, ws  # noqa: F401


def test_mutations_need_a_chosen_expert(round_path):
    ws = Workspace(load_round(round_path))
    assert ws.expert is None
    with pytest.raises(NoExpertChosen):
        ws.set_score("m01", "c1", 5)
    assert ws.scores("m01") == {}
    with pytest.raises(InputError, match="no expert 'e9'"):
        ws.choose_expert("e9")
    ws.close()


def test_invalid_values_are_refused_with_place(ws):
    with pytest.raises(InputError, match=r"m01, criterion c1.*whole number from 1 to 10"):
        ws.set_score("m01", "c1", 11)
    for bad in (0, 7.5, "7", True):
        with pytest.raises(InputError):
            ws.set_score("m01", "c1", bad)
    with pytest.raises(InputError, match="no criterion 'c9'"):
        ws.set_score("m01", "c9", 5)
    with pytest.raises(InputError, match="no entry 'm99'"):
        ws.set_score("m99", "c1", 5)
    with pytest.raises(InputError, match="no video 'v2'"):
        ws.add_note("m02", "v2", 1.0, "x")
    with pytest.raises(InputError, match="needs a reason"):
        ws.set_recusal("m01", "  ")
    with pytest.raises(InputError):
        ws.record_played("m01", "v1", 5.0, 2.0)
    with pytest.raises(InputError):
        ws.set_position("m01", "v1", float("nan"))
    assert ws.scores("m01") == {}


def test_restarting_from_the_database_restores_the_state(round_path):
    ws = Workspace(load_round(round_path))
    ws.choose_expert("e2")
    ws.select_entry("m02")
    ws.set_score("m01", "c1", 9)
    ws.set_score("m01", "c2", 4)
    ws.set_score("m01", "c2", 5)
    ws.set_score("m01", "c3", 6)
    ws.clear_score("m01", "c3")
    ws.set_comment("m01", "«Жалпы әсер»: өте жақсы\nекінші жол")
    note = ws.add_note("m01", "v2", 192.5, "дыбыс нашар")
    ws.add_note("m01", "v1", 3.0, "басы")
    ws.edit_note(note.id, text="дыбыс әлсіз", at_s=190.0)
    gone = ws.add_note("m01", "v1", 4.0, "жойылады")
    ws.delete_note(gone.id)
    ws.set_recusal("m03", "Мен осы курстың авторымын")
    ws.record_played("m01", "v1", 0.0, 10.0)
    ws.set_duration("m01", "v1", 60.0)
    ws.set_position("m01", "v1", 10.0)
    ws.close()

    again = Workspace(load_round(round_path))
    assert again.expert_id == "e2"
    assert again.selected_entry_id == "m02"
    assert again.scores("m01") == {"c1": 9, "c2": 5}
    assert again.comment("m01") == "«Жалпы әсер»: өте жақсы\nекінші жол"
    assert [(n.media_id, n.at_s, n.text) for n in again.notes("m01")] == [
        ("v1", 3.0, "басы"),
        ("v2", 190.0, "дыбыс әлсіз"),
    ]
    assert again.recusal("m03") == (True, "Мен осы курстың авторымын")
    assert again.position("m01", "v1") == 10.0
    assert again.viewing("m01")[0].watched_s == 10.0 and again.viewing("m01")[0].duration_s == 60.0
    again.close()


def test_each_edit_is_committed_at_once(ws, round_path):
    ws.set_score("m01", "c1", 8)
    ws.set_comment("m01", "жазылды")
    other = sqlite3.connect(database_path(ws.round.round_id, "expert"))  # as if the app had crashed now
    assert other.execute("SELECT value FROM scores").fetchall() == [(8,)]
    assert other.execute("SELECT comment FROM entry_state").fetchall() == [("жазылды",)]
    other.close()


def test_experts_sharing_a_computer_do_not_mix(ws):
    ws.set_score("m01", "c1", 8)
    ws.choose_expert("e2")
    assert ws.scores("m01") == {}
    ws.set_score("m01", "c1", 3)
    ws.choose_expert("e1")
    assert ws.scores("m01") == {"c1": 8}


def test_viewing_counts_distinct_seconds(ws):
    assert ws.record_played("m01", "v1", 0.0, 10.0) == 10.0
    assert ws.record_played("m01", "v1", 5.0, 15.0) == 15.0  # overlap counted once
    assert ws.record_played("m01", "v1", 30.0, 40.0) == 25.0  # gap
    assert ws.record_played("m01", "v1", 15.0, 30.0) == 40.0  # bridges both
    assert ws.record_played("m01", "v1", 2.0, 3.0) == 40.0  # inside: nothing new
    assert ws.played_intervals("m01", "v1") == [(0.0, 40.0)]
    assert ws.watched_seconds("m01", "v2") == 0.0
    ws.set_duration("m01", "v1", 35.0)
    assert ws.watched_seconds("m01", "v1") == 35.0  # never more than the video
    views = {v.media_id: v for v in ws.viewing("m01")}
    assert views["v1"].watched_s == 35.0 and views["v2"].watched_s == 0.0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 30)), max_size=12))
def test_watched_seconds_is_the_union_of_intervals(tmp_path_factory, intervals):
    folder = tmp_path_factory.mktemp("union")
    rf = load_round(write_round(folder, two_video_round()))
    ws = Workspace(rf, db=_fresh_db(folder))
    ws.choose_expert("e1")
    seconds = set()
    for start, length in intervals:
        ws.record_played("m01", "v1", float(start), float(start + length))
        seconds.update(range(start, start + length))
    assert ws.watched_seconds("m01", "v1") == len(seconds)
    spans = ws.played_intervals("m01", "v1")
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))  # disjoint, sorted, not touching
    ws.close()


def _fresh_db(folder):
    from app.models.storage import open_database_at

    return open_database_at(folder / "ws.expert.sqlite", "expert")


def test_progress_and_missing_items(ws):
    n = len(ws.round.criteria)
    assert ws.progress("m01").filled == 0 and ws.progress("m01").total == n
    ws.set_score("m01", "c1", 5)
    ws.set_score("m01", "c2", 6)
    p = ws.progress("m01")
    assert (p.filled, p.done, p.recused, p.exported, p.changed_since_export) == (2, False, False, False, True)
    fill(ws, "m02")
    ws.set_recusal("m03", "бірге жұмыс істеймін")
    progress = ws.all_progress()
    assert list(progress) == ["m01", "m02", "m03"]
    assert progress["m02"].done and progress["m03"].done and progress["m03"].recused
    assert progress["m01"] == ws.progress("m01")
    missing = ws.missing_items()
    assert [(m.entry_id, m.criterion_id) for m in missing] == [("m01", f"c{i}") for i in range(3, n + 1)]
    ws.clear_score("m01", "c1")
    ws.clear_score("m01", "c2")
    assert [(m.entry_id, m.criterion_id) for m in ws.missing_items()] == [("m01", None)]


def test_recusal_hides_but_keeps_scores(ws):
    fill(ws, "m01", 8)
    ws.set_recusal("m01", "туысым")
    assert ws.progress("m01").recused
    evaluation = ws.build_evaluations()[0]
    assert evaluation == {"entry_id": "m01", "recused": True, "recusal_reason": "туысым"}
    ws.clear_recusal("m01")
    assert ws.scores("m01") == {c.id: 8 for c in ws.round.criteria}


def test_finalise_refuses_while_incomplete(ws, tmp_path):
    fill(ws, "m01")
    with pytest.raises(InputError) as err:
        ws.finalise_and_export(tmp_path / "e1.sheet.json")
    text = str(err.value)
    assert "entry m02 is neither scored nor recused" in text and "entry m03" in text
    assert not (tmp_path / "e1.sheet.json").exists()
    assert ws.last_export() is None


def test_finalise_and_export_writes_a_signed_sheet_that_fits_the_round(ws, round_path, tmp_path):
    fill(ws, "m01", 8)
    ws.set_score("m01", "c7", 9)
    ws.set_comment("m01", "Жақсы курс")
    ws.add_note("m01", "v2", 12.25, "слайд бұлыңғыр")
    ws.record_played("m01", "v1", 0.0, 20.0)
    ws.set_duration("m01", "v1", 30.0)
    fill(ws, "m02", 6)
    ws.set_recusal("m03", "Мен осы курстың авторымын")
    out = tmp_path / "e1.sheet.json"
    sheet, code = ws.finalise_and_export(out)

    loaded = load_sheet(out)
    assert loaded.data == sheet
    assert check_sheet_against_round(loaded.sheet, load_round(round_path)) == []
    check = verify_sheet_signature(loaded.data)
    assert check.ok and check.code == code == verification_code(sheet)
    assert (
        check.fingerprint == ws.key_fingerprint() == key_fingerprint(public_key_of(identity_for("Сарапшы 1 Өмірзақ")))
    )
    assert sheet["revision"] == 1 and sheet["expert_id"] == "e1"
    assert sheet["round_sha256"] == ws.round_file.sha256
    assert sheet["finalized_at"][-6] in "+-" and sheet["finalized_at"][-3] == ":"
    m01, m02, m03 = loaded.sheet.evaluations
    assert m01.scores["c1"] == 8 and m01.scores["c7"] == 9 and m01.comment == "Жақсы курс"
    assert [(n.media_id, n.at_s, n.text) for n in m01.notes] == [("v2", 12.25, "слайд бұлыңғыр")]
    assert [(v.media_id, v.watched_s, v.duration_s) for v in m01.viewing] == [("v1", 20.0, 30.0)]
    assert m02.total == 6 * len(ws.round.criteria)
    assert m03.recused and m03.scores is None and m03.recusal_reason == "Мен осы курстың авторымын"

    record = ws.last_export()
    assert (record.revision, record.code) == (1, code)
    events = [(r.event, r.details.get("revision")) for r in ws.audit.records()]
    assert events == [("finalise", 1), ("export", 1)]
    assert ws.audit.verify_chain() == []
    assert not any(p.changed_since_export for p in ws.all_progress().values())
    assert all(p.exported for p in ws.all_progress().values())


def test_correction_is_a_new_revision_and_changes_are_tracked_per_entry(ws, round_path, tmp_path):
    for e in ("m01", "m02", "m03"):
        fill(ws, e, 7)
    _first, code1 = ws.finalise_and_export(tmp_path / "r1.sheet.json")
    ws.record_played("m02", "v1", 0.0, 5.0)  # watching more is not a change
    assert not ws.progress("m02").changed_since_export
    ws.set_score("m02", "c3", 9)
    assert ws.progress("m02").changed_since_export
    assert not ws.progress("m01").changed_since_export
    ws.set_score("m02", "c3", 7)  # back to what was exported
    assert not ws.progress("m02").changed_since_export
    ws.set_score("m02", "c3", 10)
    ws.close()

    again = Workspace(load_round(round_path))  # change tracking survives a restart
    assert again.all_progress()["m02"].changed_since_export
    second, code2 = again.finalise_and_export(tmp_path / "r2.sheet.json")
    assert second["revision"] == 2 and code2 != code1
    assert not again.progress("m02").changed_since_export
    assert [r.event for r in again.audit.records()] == ["finalise", "export"] * 2
    again.close()


def test_pinned_key_of_another_computer_blocks_export(tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.models.signing import public_key_b64

    data = two_video_round()
    data["commission"]["experts"][0]["public_key"] = public_key_b64(Ed25519PrivateKey.generate())
    ws = Workspace(load_round(write_round(tmp_path / "pinned", data)))
    ws.choose_expert("e1")
    for e in ("m01", "m02", "m03"):
        fill(ws, e)
    with pytest.raises(InputError, match="pins another key"):
        ws.finalise_and_export(tmp_path / "x.sheet.json")
    assert not (tmp_path / "x.sheet.json").exists()
    assert ws.last_export() is None and ws.audit.records() == []
    ws.close()


def test_edited_round_is_noticed(round_path):
    Workspace(load_round(round_path)).close()
    data = json.loads(round_path.read_text("utf-8"))
    data["entries"][0]["title"] = "Жаңа атау"
    round_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    ws = Workspace(load_round(round_path))
    assert ws.round_changed
    ws.close()


def test_all_viewing_matches_per_entry_viewing(ws):
    ws.record_played("m01", "v2", 10.0, 70.0)
    ws.set_duration("m01", "v2", 50.0)
    ws.set_position("m01", "v2", 70.0)
    ws.record_played("m03", "v1", 0.0, 1.5)
    everything = ws.all_viewing()
    assert list(everything) == ["m01", "m02", "m03"]
    for entry_id, views in everything.items():
        assert views == ws.viewing(entry_id)
    v2 = everything["m01"][1]
    assert (v2.media_id, v2.watched_s, v2.duration_s, v2.position_s) == ("v2", 50.0, 50.0, 70.0)
    viewing = {ev["entry_id"]: ev.get("viewing") for ev in ws.build_evaluations()}
    assert viewing == {
        "m01": [{"media_id": "v2", "watched_s": 50.0, "duration_s": 50.0}],
        "m02": None,
        "m03": [{"media_id": "v1", "watched_s": 1.5}],
    }
