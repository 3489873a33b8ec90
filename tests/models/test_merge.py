"""Merging real signed sheet files: every classification, then the results of the accepted ones."""

from __future__ import annotations

import json

import pytest

from app.models.merge import merge_files, merge_sheets
from app.models.results import compute_results
from app.models.results_json import results_sha256, results_to_json
from app.models.sheet_check import check_sheet_source
from app.models.signing import public_key_b64, verification_code
from tests.helpers.merge import KEYS, TABLE, by_file, good_sources, signed_bytes
from tests.helpers.results import make_round, sheet_dict


@pytest.fixture
def round_file():
    return make_round(3, 3)


def test_valid_sheets_are_taken_with_their_verification_codes(round_file):
    sources = good_sources(round_file)
    outcome = merge_sheets(round_file, sources)
    assert [s.status for s in outcome.statuses] == ["ok", "ok", "ok"]
    for (name, raw), status in zip(sources, outcome.statuses, strict=True):
        assert status.code == verification_code(json.loads(raw))
        assert status.expert_id == name.split(".")[0] and status.revision == 1
        assert status.key_pinned is False and status.fingerprint
    assert outcome.left_out == []
    assert outcome.results.panel == ["e1", "e2", "e3"]
    m02 = outcome.results.entry("m02")
    assert m02.recused == ["e3"] and m02.result == pytest.approx((60 + 75) / 2 * 3)
    assert outcome.results.entry("m01").result == 240 and outcome.results.entry("m01").rank == 1
    expected = compute_results(round_file.round, [sf.sheet for sf in outcome.accepted], round_sha256=round_file.sha256)
    assert results_sha256(outcome.results) == results_sha256(expected)
    document = outcome.to_json()
    assert document["round_sha256"] == round_file.sha256
    assert document["sheets"][0] == {
        "file": "e1.sheet.json",
        "status": "ok",
        "expert_id": "e1",
        "revision": 1,
        "code": outcome.statuses[0].code,
        "fingerprint": outcome.statuses[0].fingerprint,
        "sha256": outcome.statuses[0].sha256,
        "key_pinned": False,
    }


def test_a_file_that_is_not_a_sheet_is_rejected_as_malformed(round_file):
    sources = [
        *good_sources(round_file),
        ("broken.sheet.json", b'{"format": "sarapshy-sheet/1", "evalu'),
        ("photo.sheet.json", b"\x89PNG\r\n"),
    ]
    statuses = by_file(merge_sheets(round_file, sources))
    for name in ("broken.sheet.json", "photo.sheet.json"):
        assert statuses[name].status == "rejected" and statuses[name].reason_code == "malformed"
        assert name not in statuses[name].reason  # the status names the file already
    assert "not valid JSON" in statuses["broken.sheet.json"].reason


def test_a_sheet_changed_after_signing_is_rejected(round_file):
    signed = json.loads(signed_bytes(sheet_dict(round_file, "e2", TABLE["e2"])))
    signed["evaluations"][0]["scores"]["c1"] = 100
    sources = [*good_sources(round_file)[:1], ("e2.sheet.json", json.dumps(signed).encode())]
    outcome = merge_sheets(round_file, sources)
    status = by_file(outcome)["e2.sheet.json"]
    assert (status.status, status.reason_code) == ("rejected", "bad_signature")
    assert "does not match the content" in status.reason
    assert status.code == verification_code(signed)  # shown so the chair can compare with the paper
    assert outcome.results.panel == ["e1"] and len(outcome.left_out) == 1


def test_an_unsigned_sheet_is_rejected(round_file):
    raw = json.dumps(sheet_dict(round_file, "e1", TABLE["e1"])).encode()
    status = merge_sheets(round_file, [("e1.sheet.json", raw)]).statuses[0]
    assert (status.status, status.reason_code, status.reason) == (
        "rejected",
        "bad_signature",
        "the sheet is not signed",
    )


def test_a_sheet_of_another_round_or_an_edited_round_is_rejected(round_file):
    other = sheet_dict(round_file, "e1", TABLE["e1"])
    other["round_id"] = "11111111-2222-3333-4444-555555555555"
    stale = sheet_dict(round_file, "e2", TABLE["e2"])
    stale["round_sha256"] = "0" * 64
    statuses = by_file(
        merge_sheets(round_file, [("other.sheet.json", signed_bytes(other)), ("stale.sheet.json", signed_bytes(stale))])
    )
    assert statuses["other.sheet.json"].reason_code == "other_round"
    assert "another round" in statuses["other.sheet.json"].reason
    assert statuses["stale.sheet.json"].reason_code == "round_edited"
    assert "edited" in statuses["stale.sheet.json"].reason


def test_an_expert_outside_the_commission_is_rejected(round_file):
    data = sheet_dict(round_file, "e1", TABLE["e1"])
    data["expert_id"] = "e4"
    status = merge_sheets(round_file, [("e4.sheet.json", signed_bytes(data, "e4"))]).statuses[0]
    assert (status.status, status.reason_code) == ("rejected", "unknown_expert")
    assert "'e4'" in status.reason


def test_the_key_pinned_in_the_round_must_sign_the_sheet():
    round_file = make_round(3, 3, pins={"e1": public_key_b64(KEYS["e1"]), "e2": public_key_b64(KEYS["e1"])})
    outcome = merge_sheets(round_file, good_sources(round_file))
    statuses = by_file(outcome)
    assert statuses["e1.sheet.json"].status == "ok" and statuses["e1.sheet.json"].key_pinned is True
    assert statuses["e2.sheet.json"].reason_code == "key_mismatch"
    assert statuses["e2.sheet.json"].fingerprint in statuses["e2.sheet.json"].reason
    assert statuses["e3.sheet.json"].status == "ok" and statuses["e3.sheet.json"].key_pinned is False


def test_scores_out_of_range_and_incomplete_sheets_are_rejected(round_file):
    too_high = sheet_dict(round_file, "e1", {"m01": 101, "m02": 60, "m03": 40})
    incomplete = sheet_dict(round_file, "e2", {"m01": 70, "m02": 75})
    statuses = by_file(
        merge_sheets(
            round_file, [("high.sheet.json", signed_bytes(too_high)), ("part.sheet.json", signed_bytes(incomplete))]
        )
    )
    assert statuses["high.sheet.json"].reason_code == "out_of_range"
    assert "101" in statuses["high.sheet.json"].reason
    assert statuses["part.sheet.json"].reason_code == "incomplete"
    assert "m03" in statuses["part.sheet.json"].reason


def test_a_newer_revision_supersedes_the_older(round_file):
    revised = dict(TABLE["e1"], m01=20)
    sources = [
        ("e1-v2.sheet.json", signed_bytes(sheet_dict(round_file, "e1", revised, revision=2))),
        *good_sources(round_file),
    ]
    outcome = merge_sheets(round_file, sources)
    statuses = by_file(outcome)
    assert statuses["e1-v2.sheet.json"].status == "ok"
    assert statuses["e1.sheet.json"].status == "superseded"
    assert statuses["e1.sheet.json"].same_as == "e1-v2.sheet.json"
    assert outcome.results.entry("m01").totals["e1"] == 20
    assert outcome.left_out == []


def test_copies_of_a_sheet_are_duplicates(round_file):
    sources = good_sources(round_file)
    same_bytes = ("copy.sheet.json", sources[0][1])
    reformatted = ("reindented.sheet.json", json.dumps(json.loads(sources[1][1]), ensure_ascii=True, indent=4).encode())
    outcome = merge_sheets(round_file, [*sources, same_bytes, reformatted])
    statuses = by_file(outcome)
    assert (statuses["copy.sheet.json"].status, statuses["copy.sheet.json"].same_as) == ("duplicate", "e1.sheet.json")
    assert (statuses["reindented.sheet.json"].status, statuses["reindented.sheet.json"].same_as) == (
        "duplicate",
        "e2.sheet.json",
    )
    assert outcome.results.panel == ["e1", "e2", "e3"] and outcome.left_out == []
    assert results_sha256(outcome.results) == results_sha256(merge_sheets(round_file, sources).results)


def test_a_copy_of_a_superseded_or_rejected_file_shares_its_fate(round_file):
    old = signed_bytes(sheet_dict(round_file, "e1", TABLE["e1"]))
    new = signed_bytes(sheet_dict(round_file, "e1", TABLE["e1"], revision=2))
    outcome = merge_sheets(
        round_file,
        [
            ("old.sheet.json", old),
            ("old-copy.sheet.json", old),
            ("new.sheet.json", new),
            ("junk", b"[]"),
            ("junk-copy", b"[]"),
        ],
    )
    statuses = by_file(outcome)
    assert statuses["old-copy.sheet.json"].status == "superseded"
    assert statuses["junk-copy"].status == "rejected" and "junk" in statuses["junk-copy"].reason
    assert [sf.sheet.revision for sf in outcome.accepted] == [2]


def test_two_different_sheets_with_the_same_revision_are_a_conflict(round_file):
    a = signed_bytes(sheet_dict(round_file, "e1", TABLE["e1"]))
    b = signed_bytes(sheet_dict(round_file, "e1", dict(TABLE["e1"], m03=41)))
    outcome = merge_sheets(round_file, [("a.sheet.json", a), ("b.sheet.json", b), *good_sources(round_file)[1:]])
    statuses = by_file(outcome)
    assert statuses["a.sheet.json"].reason_code == statuses["b.sheet.json"].reason_code == "conflict"
    assert "a.sheet.json" in statuses["b.sheet.json"].reason
    assert outcome.results.panel == ["e2", "e3"]


def test_the_order_of_the_files_does_not_change_the_results(round_file):
    sources = [*good_sources(round_file), ("junk", b"{}")]
    forward = merge_sheets(round_file, sources)
    backward = merge_sheets(round_file, list(reversed(sources)))
    assert results_sha256(forward.results) == results_sha256(backward.results)
    assert by_file(forward) == by_file(backward)


def test_merge_files_reads_the_files_and_rejects_unreadable_ones_in_place(round_file, tmp_path):
    paths = []
    for name, raw in good_sources(round_file):
        path = tmp_path / name
        path.write_bytes(raw)
        paths.append(path)
    paths.insert(1, tmp_path / "missing.sheet.json")
    outcome = merge_files(round_file, paths)
    assert [s.status for s in outcome.statuses] == ["ok", "rejected", "ok", "ok"]
    assert [s.file for s in outcome.statuses] == [p.name for p in paths]
    missing = outcome.statuses[1]
    assert missing.reason_code == "unreadable" and "does not exist" in missing.reason
    assert outcome.results.panel == ["e1", "e2", "e3"]
    assert results_to_json(outcome)["sheets"][1]["status"] == "rejected"


def test_check_sheet_source_checks_one_file_with_or_without_the_round(round_file, tmp_path):
    stale = sheet_dict(round_file, "e1", TABLE["e1"])
    stale["round_sha256"] = "0" * 64
    path = tmp_path / "e1.sheet.json"
    path.write_bytes(signed_bytes(stale))
    alone = check_sheet_source(path)
    assert alone.ok and alone.code == verification_code(json.loads(path.read_bytes())) and alone.expert_id == "e1"
    against_round = check_sheet_source(path, round_file)
    assert not against_round.ok and against_round.reason_code == "round_edited"
    assert check_sheet_source(tmp_path / "nothing.json").reason_code == "unreadable"
