import itertools
import sqlite3

import pytest
import rfc8785

from app.models.audit import AuditLog
from app.models.storage import open_database, open_database_at


@pytest.fixture
def log(tmp_path):
    db = open_database_at(tmp_path / "a.chair.sqlite", "chair")
    log = AuditLog(db)
    log.append("import", {"file": "e1.sheet.json", "sha256": "ab" * 32, "code": "ABCDE-FGHIJ"})
    log.append("import", {"file": "Әлия.sheet.json", "revision": 2})
    log.append("decision", {"kind": "tie", "text": "Төраға шешімі: m03 бірінші орын", "score": 65.5})
    log.append("export", {"file": "protocol.pdf"})
    return log


def test_records_are_chained_and_verify(log):
    records = log.records()
    assert [r.seq for r in records] == [1, 2, 3, 4]
    assert records[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(records))
    assert records[2].details["text"] == "Төраға шешімі: m03 бірінші орын"
    assert log.verify_chain() == []


def test_the_application_cannot_update_or_delete(log):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        log.db.execute("UPDATE audit_log SET event = 'x' WHERE seq = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        log.db.execute("DELETE FROM audit_log WHERE seq = 1")
    assert log.verify_chain() == []


def _tamper(log, *statements):
    """What someone editing the file with an SQLite tool could do."""
    log.db.execute("DROP TRIGGER audit_log_no_update")
    log.db.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        log.db.execute(statement)


def test_edited_details_are_detected(log):
    _tamper(log, "UPDATE audit_log SET details = replace(details, 'm03', 'm04') WHERE seq = 3")
    problems = log.verify_chain()
    assert problems == ["record 3 (decision) was changed after it was written"]


def test_edited_time_or_event_is_detected(log):
    _tamper(log, "UPDATE audit_log SET at = '2020-01-01T00:00:00+05:00' WHERE seq = 1")
    assert any("record 1" in p for p in log.verify_chain())


def test_recomputed_hash_still_breaks_the_link(log):
    import json

    from app.models.audit import record_hash

    r = log.records()[1]
    details = dict(r.details, revision=3)
    forged = record_hash(r.seq, r.at, r.event, details, r.prev_hash)
    _tamper(log, f"UPDATE audit_log SET details = '{json.dumps(details)}', hash = '{forged}' WHERE seq = 2")
    assert log.verify_chain() == ["record 3 does not follow the record before it (the chain is broken)"]


def test_deleted_record_in_the_middle_is_detected(log):
    _tamper(log, "DELETE FROM audit_log WHERE seq = 2")
    problems = log.verify_chain()
    assert "records 2–2 are missing" in problems
    assert any("record 3 does not follow" in p for p in problems)


def test_deleted_newest_record_is_detected(log):
    _tamper(log, "DELETE FROM audit_log WHERE seq = 4")
    assert log.verify_chain() == ["the log should end with record 4; records were removed from its end"]


def test_chain_continues_across_reopening():
    db = open_database("round-x", "expert")
    AuditLog(db).append("finalise", {"revision": 1})
    db.close()
    db = open_database("round-x", "expert")
    log = AuditLog(db)
    log.append("export", {"revision": 1})
    assert [r.seq for r in log.records()] == [1, 2]
    assert log.verify_chain() == []


def test_unhashable_details_are_refused_before_writing(log):
    with pytest.raises(rfc8785.CanonicalizationError):
        log.append("decision", {"x": float("nan")})
    assert len(log.records()) == 4 and log.verify_chain() == []
