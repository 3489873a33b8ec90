import sqlite3

import pytest

from app.models.errors import InputError
from app.models.storage import (
    MIGRATIONS,
    database_path,
    open_database,
    open_database_at,
    schema_version,
    transaction,
)
from app.paths import databases_dir


def test_open_database_uses_wal_and_latest_schema():
    db = open_database("0b9e1f6c-2d1e-4c57-9a57-7d6f3b7a1c11", "expert")
    path = databases_dir() / "0b9e1f6c-2d1e-4c57-9a57-7d6f3b7a1c11.expert.sqlite"
    assert path.exists()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert schema_version(db) == len(MIGRATIONS["expert"])
    assert {"scores", "notes", "audit_log", "schema_version"} <= set(db.table_names())


def test_odd_round_ids_give_safe_file_names():
    path = database_path("../../etc/Әлия", "chair")
    assert path.parent == databases_dir()
    assert path.name.startswith("round-") and path.name.endswith(".chair.sqlite")
    with pytest.raises(ValueError):
        database_path("r1", "hacker")


def _counting_migration(calls, table):
    def migrate(db):
        calls.append(table)
        db.execute(f"CREATE TABLE {table} (x INTEGER)")

    return migrate


def test_migration_runs_once_and_backs_up_first(tmp_path):
    path = tmp_path / "r.expert.sqlite"
    calls = []
    first = [_counting_migration(calls, "t1")]
    db = open_database_at(path, "expert", first)
    db.execute("INSERT INTO t1 VALUES (41)")
    db.close()
    assert calls == ["t1"]
    assert not list(tmp_path.glob("*.bak"))  # a new database has nothing to back up

    second = [*first, _counting_migration(calls, "t2")]
    db = open_database_at(path, "expert", second)
    assert calls == ["t1", "t2"]
    assert schema_version(db) == 2
    db.close()
    backups = list(tmp_path.glob("r.expert.sqlite.v1-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT x FROM t1").fetchall() == [(41,)]
    assert old.execute("SELECT name FROM sqlite_master WHERE name = 't2'").fetchall() == []
    old.close()

    db = open_database_at(path, "expert", second)  # nothing left to do: no rerun, no new backup
    db.close()
    assert calls == ["t1", "t2"]
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_failed_migration_rolls_back_and_keeps_version(tmp_path):
    path = tmp_path / "r.chair.sqlite"
    open_database_at(path, "chair", [_counting_migration([], "t1")]).close()

    def broken(db):
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        open_database_at(path, "chair", [_counting_migration([], "t1"), broken])
    db = open_database_at(path, "chair", [_counting_migration([], "t1")])
    assert schema_version(db) == 1 and "half" not in db.table_names()


def test_newer_schema_and_wrong_role_are_refused(tmp_path):
    path = tmp_path / "r.sqlite"
    open_database_at(path, "expert", [_counting_migration([], "a"), _counting_migration([], "b")]).close()
    with pytest.raises(InputError, match="newer Sarapshy"):
        open_database_at(path, "expert", [_counting_migration([], "a")])
    with pytest.raises(InputError, match="expert database, not the chair"):
        open_database_at(path, "chair", [])


def test_damaged_database_file_is_a_clear_error(tmp_path):
    path = tmp_path / "r.expert.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError, match="damaged"):
        open_database_at(path, "expert")


def test_transaction_commits_or_rolls_back_as_a_whole(tmp_path):
    path = tmp_path / "t.organiser.sqlite"
    db = open_database_at(path, "organiser")
    with transaction(db):
        db.execute("INSERT INTO state VALUES ('a', '1')")
        with transaction(db):  # nested: joins the outer one
            db["state"].insert({"key": "b", "value": "2"})
    with pytest.raises(ZeroDivisionError), transaction(db):
        db.execute("INSERT INTO state VALUES ('c', '3')")
        db["state"].insert({"key": "d", "value": "4"})
        raise ZeroDivisionError  # whatever fails inside the transaction
    # a second connection sees exactly what was committed
    other = sqlite3.connect(path)
    assert sorted(other.execute("SELECT key FROM state").fetchall()) == [("a",), ("b",)]
    other.close()
