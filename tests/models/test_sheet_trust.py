"""Issue 14, items 5 and 6: key continuity, one key for two experts, the code covering the key, and
one bad file (or a file that makes any check raise) never blocking the merge or the chair's round."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.cli import main
from app.models import sheet_check as check_module
from app.models.audit import AuditLog
from app.models.chair import ChairStore
from app.models.errors import InputError
from app.models.merge import merge_sheets
from app.models.round import load_round
from app.models.signing import key_fingerprint, public_key_b64, sign_sheet, verification_code, verify_sheet_signature
from app.models.storage import open_database
from tests.helpers.factories import round_data, write_round
from tests.helpers.merge import KEYS, TABLE, by_file, good_sources, signed_bytes
from tests.helpers.results import make_round, sheet_dict
from tests.helpers.sheets import HUGE_NUMBER_SHEET, write_signed


@pytest.fixture
def round_file():
    return make_round(3, 3)


def forged_revision(round_file, expert_id="e1", revision=2, key=None) -> bytes:
    """What an attacker hands in: a newer revision of someone's sheet, signed with a fresh key."""
    data = sheet_dict(round_file, expert_id, dict(TABLE[expert_id], m01=1), revision=revision)
    return json.dumps(sign_sheet(data, key or Ed25519PrivateKey.generate())).encode()


# --- item 5: key continuity --------------------------------------------------------------------


def test_a_newer_revision_under_another_key_is_a_conflict_not_a_supersede(round_file):
    sources = [*good_sources(round_file), ("e1-v2.sheet.json", forged_revision(round_file))]
    outcome = merge_sheets(round_file, sources)
    statuses = by_file(outcome)
    for name in ("e1.sheet.json", "e1-v2.sheet.json"):
        assert statuses[name].status == "rejected" and statuses[name].reason_code == "key_changed"
        assert "different keys" in statuses[name].reason
    # both keys are named so the chair can compare them with the paper sheet
    assert statuses["e1.sheet.json"].fingerprint in statuses["e1-v2.sheet.json"].reason
    assert statuses["e1-v2.sheet.json"].fingerprint in statuses["e1.sheet.json"].reason
    assert "e1" not in outcome.results.panel and outcome.results.entry("m01").totals.get("e1") is None
    assert {s.file for s in outcome.left_out} == {"e1.sheet.json", "e1-v2.sheet.json"}


def test_an_older_revision_under_another_key_is_a_conflict_too(round_file):
    sources = [
        ("e1-v2.sheet.json", signed_bytes(sheet_dict(round_file, "e1", TABLE["e1"], revision=2))),
        ("e1-old.sheet.json", forged_revision(round_file, revision=1)),
    ]
    statuses = by_file(merge_sheets(round_file, sources))
    assert {s.reason_code for s in statuses.values()} == {"key_changed"}


def test_revisions_under_the_same_key_still_supersede(round_file):
    sources = [*good_sources(round_file), ("e1-v2.sheet.json", forged_revision(round_file, key=KEYS["e1"]))]
    statuses = by_file(merge_sheets(round_file, sources))
    assert statuses["e1-v2.sheet.json"].status == "ok" and statuses["e1.sheet.json"].status == "superseded"


def test_one_key_signing_sheets_of_two_experts_is_flagged(round_file):
    sources = good_sources(round_file)
    sources[1] = ("e2.sheet.json", signed_bytes(sheet_dict(round_file, "e2", TABLE["e2"]), expert_id="e1"))
    outcome = merge_sheets(round_file, sources)
    statuses = by_file(outcome)
    assert statuses["e1.sheet.json"].flag == statuses["e2.sheet.json"].flag == "shared_key"
    assert "e2" in statuses["e1.sheet.json"].flag_reason and "e1" in statuses["e2.sheet.json"].flag_reason
    assert statuses["e3.sheet.json"].flag == ""
    assert {s.file for s in outcome.flagged} == {"e1.sheet.json", "e2.sheet.json"}
    assert outcome.to_json()["sheets"][0]["flag"] == "shared_key"


def test_the_verification_code_covers_the_public_key(round_file):
    content = sheet_dict(round_file, "e1", TABLE["e1"])
    genuine, resigned = sign_sheet(content, KEYS["e1"]), sign_sheet(content, Ed25519PrivateKey.generate())
    assert verification_code(genuine) != verification_code(resigned)
    assert verify_sheet_signature(genuine).code == verification_code(genuine)
    assert verify_sheet_signature(resigned).code == verification_code(resigned)
    # the signature itself is unchanged: over the content alone, so sarapshy-sheet/1 files stay valid
    assert verification_code(content) != verification_code(genuine)


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli_round(tmp_path):
    return write_round(tmp_path / "round", round_data(entries=3, experts=3))


def test_merge_exits_1_on_a_forged_revision_and_prints_each_key(cli_round, tmp_path, capsys):
    own = {e: Ed25519PrivateKey.generate() for e in ("e1", "e2", "e3")}
    files = [write_signed(tmp_path, cli_round, e, key) for e, key in own.items()]
    forged = write_signed(tmp_path, cli_round, "e1", Ed25519PrivateKey.generate(), revision=2)
    assert main(["merge", str(cli_round), *map(str, files), str(forged), "--json", str(tmp_path / "r.json")]) == 1
    captured = capsys.readouterr()
    assert "different keys" in captured.err and forged.name in captured.err
    for key in own.values():
        assert key_fingerprint(public_key_b64(key)) in captured.out + captured.err
    assert "key not confirmed" in captured.out
    assert json.loads((tmp_path / "r.json").read_text())["panel"] == ["e2", "e3"]


def test_merge_exits_1_when_one_key_signs_for_two_experts(cli_round, tmp_path, capsys):
    key = Ed25519PrivateKey.generate()
    files = [write_signed(tmp_path, cli_round, e, key) for e in ("e1", "e2")]
    assert main(["merge", str(cli_round), *map(str, files)]) == 1
    assert "FLAG" in capsys.readouterr().err


def test_verify_prints_the_fingerprint_and_whether_the_round_pins_the_key(tmp_path, capsys):
    key = Ed25519PrivateKey.generate()
    data = round_data(entries=3, experts=3)
    data["commission"]["experts"][0]["public_key"] = public_key_b64(key)
    pinned_round = write_round(tmp_path / "round", data)
    e1 = write_signed(tmp_path, pinned_round, "e1", key)
    e2 = write_signed(tmp_path, pinned_round, "e2", Ed25519PrivateKey.generate())
    assert main(["verify", "--round", str(pinned_round), str(e1), str(e2)]) == 0
    line1, line2 = capsys.readouterr().out.splitlines()
    assert key_fingerprint(public_key_b64(key)) in line1 and "not confirmed" not in line1
    assert "key not confirmed" in line2


# --- item 6: one bad file never blocks the meeting -------------------------------------------


def test_a_5000_digit_number_is_a_rejected_file_for_merge(round_file):
    outcome = merge_sheets(round_file, [("huge.sheet.json", HUGE_NUMBER_SHEET), *good_sources(round_file)])
    huge = by_file(outcome)["huge.sheet.json"]
    assert huge.status == "rejected" and "line 1, column 44" in huge.reason and "out of range" in huge.reason
    assert outcome.results.panel == ["e1", "e2", "e3"]


def test_a_5000_digit_number_is_refused_by_validate_verify_and_merge_with_its_place(cli_round, tmp_path, capsys):
    bad = tmp_path / "huge.json"
    bad.write_bytes(HUGE_NUMBER_SHEET)
    assert main(["validate", str(bad)]) == 2
    assert "line 1, column 44" in capsys.readouterr().err
    assert main(["verify", str(bad)]) == 1
    assert "out of range" in capsys.readouterr().out
    good = write_signed(tmp_path, cli_round, "e2", Ed25519PrivateKey.generate())
    assert main(["merge", str(cli_round), str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert "REJECTED" in captured.err and "OK" in captured.out


def test_any_exception_while_checking_one_file_rejects_that_file_only(round_file, monkeypatch):
    real = check_module.parse_sheet

    def fragile(raw, source, path=None):
        if b"boom" in raw:
            raise RuntimeError("a library failed on this file")
        return real(raw, source, path)

    monkeypatch.setattr(check_module, "parse_sheet", fragile)
    outcome = merge_sheets(round_file, [("boom.json", b'{"boom": 1}'), *good_sources(round_file)])
    boom = by_file(outcome)["boom.json"]
    assert boom.status == "rejected" and boom.reason_code == "unreadable" and "RuntimeError" in boom.reason
    assert outcome.results.panel == ["e1", "e2", "e3"]


def chair_round(tmp_path):
    from tests.helpers.chair import make_round as chair_make_round

    return chair_make_round(tmp_path / "round")


def test_a_bad_file_imported_once_never_breaks_the_chairs_round(tmp_path):
    from tests.helpers.chair import sheet_bytes, signed_sheet

    round_file = chair_round(tmp_path)
    totals = {e.id: 40 for e in round_file.round.entries}
    store = ChairStore(round_file)
    imported = store.import_sources(
        [("huge.sheet.json", HUGE_NUMBER_SHEET), ("e1.sheet.json", sheet_bytes(signed_sheet(round_file, "e1", totals)))]
    )
    rows = {r.file_name: r for r in imported.snapshot.sheets}
    assert rows["huge.sheet.json"].status.status == "rejected" and rows["e1.sheet.json"].accepted
    reopened = ChairStore(load_round(round_file.path)).snapshot()  # every later open works
    assert [r.status.status for r in reopened.sheets] == ["rejected", "ok"]
    assert "out of range" in reopened.sheets[0].status.reason


def test_the_chair_sets_a_forged_revision_aside_and_the_real_sheet_counts_again(tmp_path):
    from tests.helpers.chair import sheet_bytes, signed_sheet

    round_file = chair_round(tmp_path)
    totals = {e.id: 40 for e in round_file.round.entries}
    store = ChairStore(round_file)
    real = signed_sheet(round_file, "e1", totals)
    forged = sign_sheet(
        dict(signed_sheet(round_file, "e1", dict.fromkeys(totals, 70), revision=2)), Ed25519PrivateKey.generate()
    )
    snapshot = store.import_sources(
        [("e1.sheet.json", sheet_bytes(real)), ("e1-v2.sheet.json", sheet_bytes(forged))]
    ).snapshot
    assert [r.status.reason_code for r in snapshot.sheets] == ["key_changed", "key_changed"]
    assert not snapshot.outcome.accepted
    forged_row = snapshot.sheets[1]
    with pytest.raises(InputError):
        store.set_aside(forged_row, "  ")
    store.set_aside(forged_row, "the key differs from the one on the signed paper sheet")
    after = ChairStore(load_round(round_file.path)).snapshot()
    assert [r.status.status for r in after.sheets] == ["ok", "set_aside"]
    assert "signed paper" in after.sheets[1].status.reason and after.sheets[1].status.expert_id == "e1"
    assert after.results.entry(round_file.round.entries[0].id).totals["e1"] == 40
    db = open_database(round_file.round.round_id, "chair")
    try:
        logged = [r.details for r in AuditLog(db).records() if r.event == "decision:set_aside"]
        assert AuditLog(db).verify_chain() == []
    finally:
        db.close()
    assert logged and logged[0]["file"] == "e1-v2.sheet.json" and logged[0]["on"] is True
    store.set_aside(after.sheets[1], "", aside=False)  # taken back: the conflict is back
    assert [r.status.reason_code for r in store.snapshot().sheets] == ["key_changed", "key_changed"]


def test_sheets_are_written_as_version_2_and_version_1_sheets_still_read():
    from app.models.sheet import SHEET_FORMAT, parse_sheet

    assert SHEET_FORMAT == "sarapshy-sheet/2"
    for version in ("sarapshy-sheet/1", "sarapshy-sheet/2"):
        data = {
            "format": version,
            "round_id": "r",
            "round_sha256": "ab" * 32,
            "expert_id": "e1",
            "revision": 1,
            "finalized_at": "2026-12-17T15:04:05+05:00",
            "evaluations": [],
        }
        assert parse_sheet(json.dumps(data).encode(), "x.sheet.json").sheet.format == version
    data["format"] = "sarapshy-sheet/3"
    with pytest.raises(InputError) as caught:
        parse_sheet(json.dumps(data).encode(), "x.sheet.json")
    assert caught.value.code == "format_version"


def test_a_shared_key_flag_reads_in_kazakh_and_names_the_other_expert(round_file):
    from app.models.catalogue import english, translator
    from app.models.status_text import flag_text

    sources = good_sources(round_file)
    sources[1] = ("e2.sheet.json", signed_bytes(sheet_dict(round_file, "e2", TABLE["e2"]), expert_id="e1"))
    outcome = merge_sheets(round_file, sources)
    e1 = by_file(outcome)["e1.sheet.json"]
    kk = flag_text(e1, outcome.statuses, translator("kk"))
    assert kk == (
        f"{e1.fingerprint} кілтімен e2 сарапшыларының парақтарына да қол қойылған: бір адам басқасының атынан "
        "қол қойған болуы мүмкін; қол қойылған қағаз парақтармен салыстырыңыз"
    )
    assert flag_text(e1, outcome.statuses, english, english=True) == e1.flag_reason
    assert flag_text(e1, outcome.statuses, english) == e1.flag_reason  # the same words either way in English
