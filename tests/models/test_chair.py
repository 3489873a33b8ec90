"""The chair's store: imports kept byte for byte, statuses, decisions, reopening, the next stage.

The helpers at the top build rounds and signed sheets; the chair's window tests import them too.
"""

from __future__ import annotations

import json
import statistics

import pytest

from app.models.audit import AuditLog
from app.models.chair import NO_SHEET, RECUSED, SCORED, ChairStore, outlying_totals
from app.models.errors import InputError
from app.models.next_stage import export_next_stage, next_stage_data
from app.models.results import EntryResult
from app.models.round import load_round
from app.models.storage import open_database
from tests.helpers.chair import make_round, realistic_round, sheet_bytes, signed_sheet, tampered, write_sheet
from tests.helpers.factories import round_data, write_round


@pytest.fixture
def round_file(tmp_path):
    return make_round(tmp_path / "round", entries=4, experts=3)


def _totals(*values: int) -> dict[str, int]:
    return {f"m{i:02d}": v for i, v in enumerate(values, start=1)}


def test_mixed_import_classifies_every_file_and_keeps_bytes(tmp_path, round_file):
    foreign_round = make_round(tmp_path / "other", entries=4, experts=3)
    foreign_data = round_data(entries=4, experts=3)
    foreign_data["round_id"] = "0d7e3f5a-1111-4222-8333-944455566677"
    foreign_round = load_round(write_round(tmp_path / "foreign", foreign_data))

    good1 = signed_sheet(round_file, "e1", _totals(60, 50, 40, 30))
    old2 = signed_sheet(round_file, "e2", _totals(20, 20, 20, 20), revision=1)
    new2 = signed_sheet(round_file, "e2", _totals(58, 52, 41, 33), revision=2)
    good3 = signed_sheet(round_file, "e3", _totals(62, 49, 39, 31))
    sources = [
        ("e1.sheet.json", sheet_bytes(good1)),
        ("e2-old.sheet.json", sheet_bytes(old2)),
        ("e2.sheet.json", sheet_bytes(new2)),
        ("e3.sheet.json", sheet_bytes(good3)),
        ("e1-copy.sheet.json", sheet_bytes(good1, indent=None)),  # same content, other bytes
        ("e3-tampered.sheet.json", sheet_bytes(tampered(good3))),
        ("foreign.sheet.json", sheet_bytes(signed_sheet(foreign_round, "e1", _totals(1 * 7, 7, 7, 7)))),
        ("notes.json", b"{not json"),
    ]
    store = ChairStore(round_file)
    outcome = store.import_sources(sources)
    rows = {r.file_name: r for r in outcome.snapshot.sheets}
    assert len(rows) == len(sources)
    assert {n: r.status.status for n, r in rows.items()} == {
        "e1.sheet.json": "ok",
        "e2-old.sheet.json": "superseded",
        "e2.sheet.json": "ok",
        "e3.sheet.json": "ok",
        "e1-copy.sheet.json": "duplicate",
        "e3-tampered.sheet.json": "rejected",
        "foreign.sheet.json": "rejected",
        "notes.json": "rejected",
    }
    assert "signature does not match" in rows["e3-tampered.sheet.json"].status.reason
    assert "another round" in rows["foreign.sheet.json"].status.reason
    assert rows["notes.json"].status.reason_code == "malformed"
    for name, raw in sources:
        assert store.stored_file(rows[name].sha256) == (name, raw)
    # the accepted code is the one printed on the paper sheet
    assert rows["e1.sheet.json"].status.code and len(rows["e1.sheet.json"].status.code) == 11
    assert rows["e1.sheet.json"].status.fingerprint.count("-") == 3

    # Idempotent: importing the same bytes again adds nothing.
    again = store.import_sources(sources[:3])
    assert again.report.added == [] and again.report.already == [n for n, _ in sources[:3]]
    assert len(again.snapshot.sheets) == len(sources)

    # Results use e1, e2 revision 2 and e3: check against an independent computation.
    results = again.snapshot.results
    assert results.panel == ["e1", "e2", "e3"]
    expected = {
        e: a + b + c
        for e, a, b, c in zip(_totals(0, 0, 0, 0), [60, 50, 40, 30], [58, 52, 41, 33], [62, 49, 39, 31], strict=True)
    }
    assert {e.entry_id: e.result for e in results.entries} == expected
    m01 = results.entry("m01")
    assert m01.sd == pytest.approx(statistics.stdev([60, 58, 62]))
    assert [e.entry_id for e in results.entries] == ["m01", "m02", "m03", "m04"]


def test_reopening_shows_the_same_state_and_the_audit_log_holds_it(round_file):
    sheets = [
        (f"e{i}.sheet.json", sheet_bytes(signed_sheet(round_file, f"e{i}", _totals(60 - i, 50, 40, 30))))
        for i in (1, 2, 3)
    ]
    store = ChairStore(round_file)
    first = store.import_sources(sheets).snapshot
    row = first.sheets[0]
    store.set_paper_checked(row, True)
    store.set_protocol_number("7")
    store.set_nominee("m03", True, "Үздік бейне дәріс")
    store.set_absent("e2", True)
    store.set_absent("e2", False)

    reopened = ChairStore(load_round(round_file.path)).snapshot()
    assert [(r.file_name, r.status) for r in reopened.sheets] == [(r.file_name, r.status) for r in first.sheets]
    assert [r.paper_checked for r in reopened.sheets] == [True, False, False]
    assert reopened.decisions.protocol_number == "7"
    assert reopened.decisions.nominees == {"m03": "Үздік бейне дәріс"}
    assert reopened.decisions.absent == []

    db = open_database(round_file.round.round_id, "chair")
    try:
        log = AuditLog(db)
        records = log.records()
        assert log.verify_chain() == []
    finally:
        db.close()
    assert [r.event for r in records].count("import_sheet") == 3
    paper = [r for r in records if r.event == "decision:paper_match"]
    assert paper[0].details["code"] == row.status.code and paper[0].details["fingerprint"] == row.status.fingerprint
    assert paper[0].details["on"] is True


def test_paper_match_refused_for_a_rejected_sheet(round_file):
    store = ChairStore(round_file)
    snapshot = store.import_sources([("x.sheet.json", b"[]")]).snapshot
    with pytest.raises(InputError, match="only an accepted sheet"):
        store.set_paper_checked(snapshot.sheets[0], True)


def test_tie_on_a_prize_place_blocks_the_protocol_until_resolved(round_file):
    store = ChairStore(round_file)
    sheets = [
        ("e1.sheet.json", sheet_bytes(signed_sheet(round_file, "e1", _totals(60, 50, 50, 30)))),
        ("e2.sheet.json", sheet_bytes(signed_sheet(round_file, "e2", _totals(60, 51, 51, 30)))),
    ]
    snapshot = store.import_sources(sheets).snapshot
    assert snapshot.results.prize_ties == [["m02", "m03"]]
    assert snapshot.unresolved_ties() == [["m02", "m03"]]
    assert any("m02, m03" in p for p in snapshot.protocol_blockers())

    store.set_tie_resolution(["m03", "m02"], "Ашық дауыс беру: 2 – 1, m03 екінші орын", order=["m03", "m02"])
    resolved = store.snapshot()
    assert not any("m02, m03" in p for p in resolved.protocol_blockers())
    assert resolved.decisions.tie_resolutions[("m02", "m03")].text.startswith("Ашық дауыс")
    assert [e.entry_id for e in resolved.final_order()] == ["m01", "m03", "m02", "m04"]

    # Withdrawing it (empty text) blocks again; a new sheet that breaks the tie unblocks.
    store.set_tie_resolution(["m02", "m03"], "  ")
    assert store.snapshot().unresolved_ties() == [["m02", "m03"]]
    with pytest.raises(ValueError):
        store.set_tie_resolution(["m02", "m03"], "text", order=["m02", "m04"])


def test_coverage_grid_shows_scored_recused_and_missing(round_file):
    store = ChairStore(round_file)
    sheet = signed_sheet(round_file, "e1", _totals(60, 50, 40, 30), recused={"m02": "менің курсым"})
    snapshot = store.import_sources([("e1.sheet.json", sheet_bytes(sheet))]).snapshot
    grid = snapshot.coverage()
    assert grid["e1"] == {"m01": SCORED, "m02": RECUSED, "m03": SCORED, "m04": SCORED}
    assert set(grid["e2"].values()) == {NO_SHEET}
    assert snapshot.experts_without_sheet() == ["e2", "e3"]


def test_advancing_limits_follow_the_stage(tmp_path):
    department = make_round(tmp_path / "dep", entries=5, experts=2, stage="department")
    store = ChairStore(department)
    store.set_advancing(["m02", "m01", "m05"])
    assert store.decisions().advancing == ["m02", "m01", "m05"]
    store.set_advancing(["m01", "m02"])
    assert store.decisions().advancing == ["m01", "m02"]
    with pytest.raises(InputError, match="at most 3"):
        store.set_advancing(["m01", "m02", "m03", "m04"])

    faculty = make_round(tmp_path / "fac", entries=5, experts=2, stage="faculty")
    with pytest.raises(InputError, match="at most 2"):
        ChairStore(faculty).set_advancing(["m01", "m02", "m03"])
    university = make_round(tmp_path / "uni", entries=5, experts=2, stage="university")
    with pytest.raises(InputError, match="at most 0"):
        ChairStore(university).set_advancing(["m01"])
    with pytest.raises(InputError, match="last one"):
        next_stage_data(university, ["m01"])


def test_suggested_advancing_takes_the_best_ranked(tmp_path):
    faculty = make_round(tmp_path / "fac", entries=4, experts=2, stage="faculty")
    store = ChairStore(faculty)
    snapshot = store.import_sources(
        [(f"e{i}.sheet.json", sheet_bytes(signed_sheet(faculty, f"e{i}", _totals(30, 60, 45, 50)))) for i in (1, 2)]
    ).snapshot
    assert snapshot.suggested_advancing() == ["m02", "m04"]


def test_exported_next_stage_round_validates_with_exactly_the_chosen_entries(tmp_path):
    department = make_round(tmp_path / "dep", entries=5, experts=3, stage="department", media=True)
    store = ChairStore(department)
    out = tmp_path / "next" / "faculty.round.json"
    out.parent.mkdir()
    exported = export_next_stage(store, out, ["m04", "m02"])

    again = load_round(out)
    assert again.sha256 == exported.sha256
    rnd = again.round
    assert rnd.stage == "faculty"
    assert rnd.round_id != department.round.round_id
    assert [e.id for e in rnd.entries] == ["m04", "m02"]
    assert [c.model_dump() for c in rnd.criteria] == [c.model_dump() for c in department.round.criteria]
    assert rnd.commission == department.round.commission
    for entry in rnd.entries:
        for item in entry.media:
            assert again.media_path(item).read_bytes() == f"video of {entry.id}".encode()
    assert not (out.parent / "media" / "m01").exists()
    assert again.warnings == []
    records = AuditLog(open_database(department.round.round_id, "chair")).records()
    assert records[-1].event == "export_next_stage" and records[-1].details["entries"] == ["m04", "m02"]


def test_import_paths_reads_folders_and_reports_unreadable_files(tmp_path, round_file):
    folder = tmp_path / "sheets"
    write_sheet(folder, "e1.sheet.json", signed_sheet(round_file, "e1", _totals(60, 50, 40, 30)))
    write_sheet(folder, "e2.json", signed_sheet(round_file, "e2", _totals(60, 50, 40, 30)))
    (folder / "readme.txt").write_text("not a sheet")
    (folder / "copy.round.json").write_text("{}")
    outcome = ChairStore(round_file).import_paths([folder, tmp_path / "missing.sheet.json"])
    assert sorted(outcome.report.added) == ["e1.sheet.json", "e2.json"]
    assert len(outcome.report.unreadable) == 1 and "does not exist" in str(outcome.report.unreadable[0])


def test_outlying_totals_are_far_from_the_others_median():
    entry = EntryResult(
        "m01", 1, 0, {"e1": 60, "e2": 58, "e3": 62, "e4": 45}, None, None, None, None, [], [], False, False, False, {}
    )
    assert outlying_totals(entry, 70) == {"e4"}
    assert outlying_totals(entry, 200) == set()


def test_realistic_round_has_a_recusal_a_tie_and_an_outlier(tmp_path):
    round_file, paths = realistic_round(tmp_path / "r")
    snapshot = ChairStore(round_file).import_paths(paths).snapshot
    assert all(r.accepted for r in snapshot.sheets)
    results = snapshot.results
    assert results.prize_ties == [["m02", "m03"]]
    m05 = results.entry("m05")
    assert m05.recused == ["e3"] and m05.rescaled
    assert "e5" in snapshot.outlying_totals(results.entry("m09"))


def test_the_store_and_sarapshy_merge_give_the_same_results(tmp_path):
    from app.models.merge import merge_files
    from app.models.results_json import results_sha256

    round_file, paths = realistic_round(tmp_path / "r")
    extra = write_sheet(
        tmp_path / "r" / "sheets", "e4-edited.sheet.json", tampered(json.loads(paths[3].read_text(encoding="utf-8")))
    )
    files = [*paths, extra]
    snapshot = ChairStore(round_file).import_paths(files).snapshot
    cli = merge_files(round_file, files)
    assert results_sha256(snapshot.results) == results_sha256(cli.results)
    assert [(s.file, s.status, s.reason) for s in snapshot.outcome.statuses] == [
        (s.file, s.status, s.reason) for s in cli.statuses
    ]
