"""Working data in SQLite (through sqlite-utils): one database per round and role.

Files live in `app.paths.databases_dir()` as `<round_id>.<role>.sqlite`. The connection uses WAL
with `synchronous=FULL`, so every committed transaction survives a crash or power cut; each user
edit is one `transaction(db)`.

Schema changes are ordered migrations per role, recorded in the one-row `schema_version` table.
Before migrating a database that already holds data, the file is copied (SQLite online backup)
to `<name>.v<old version>-<timestamp>.bak` beside it. Migrations are only ever appended: never edit
or reorder one that has shipped.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from app.models.canonical import sha256_hex
from app.models.errors import InputError
from app.paths import databases_dir, owner_only

ROLES = ("expert", "chair", "organiser")

Migration = Callable[[sqlite_utils.Database], None]


def _run(*statements: str) -> Migration:
    """A migration made of plain SQL statements."""

    def migrate(db: sqlite_utils.Database) -> None:
        for statement in statements:
            db.execute(statement)

    return migrate


AUDIT_SCHEMA = _run(
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, event TEXT NOT NULL, details TEXT NOT NULL,
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
    # The head (last seq and hash) is kept apart, so deleting the newest records is detected too.
    """CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL)""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
)

EXPERT_SCHEMA = _run(
    # Singletons of the workspace: chosen expert, selected entry, round digest seen at first open.
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE scores (
        expert_id TEXT NOT NULL, entry_id TEXT NOT NULL, criterion_id TEXT NOT NULL,
        value INTEGER NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (expert_id, entry_id, criterion_id))""",
    """CREATE TABLE entry_state (
        expert_id TEXT NOT NULL, entry_id TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '',
        recused INTEGER NOT NULL DEFAULT 0, recusal_reason TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL, PRIMARY KEY (expert_id, entry_id))""",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT, expert_id TEXT NOT NULL, entry_id TEXT NOT NULL,
        media_id TEXT NOT NULL, at_s REAL NOT NULL, text TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX notes_by_entry ON notes (expert_id, entry_id)",
    # Played intervals, kept merged (disjoint, sorted) per media.
    # Media ids are unique within an entry only, hence (entry_id, media_id) everywhere.
    """CREATE TABLE viewing (
        expert_id TEXT NOT NULL, entry_id TEXT NOT NULL, media_id TEXT NOT NULL,
        start_s REAL NOT NULL, end_s REAL NOT NULL)""",
    "CREATE INDEX viewing_by_media ON viewing (expert_id, entry_id, media_id)",
    """CREATE TABLE media_state (
        expert_id TEXT NOT NULL, entry_id TEXT NOT NULL, media_id TEXT NOT NULL,
        position_s REAL, duration_s REAL, PRIMARY KEY (expert_id, entry_id, media_id))""",
    """CREATE TABLE exports (
        expert_id TEXT NOT NULL, revision INTEGER NOT NULL, code TEXT NOT NULL, path TEXT NOT NULL,
        sha256 TEXT NOT NULL, finalized_at TEXT NOT NULL, snapshot TEXT NOT NULL, sheet TEXT NOT NULL,
        PRIMARY KEY (expert_id, revision))""",
)

CHAIR_SCHEMA = _run(
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT)",
    # Imported sheet files, byte for byte, with their digest: never modified after import.
    """CREATE TABLE imported_sheets (
        sha256 TEXT PRIMARY KEY, file_name TEXT NOT NULL, content BLOB NOT NULL,
        imported_at TEXT NOT NULL, expert_id TEXT, revision INTEGER, status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, entry_id TEXT,
        text TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}', decided_at TEXT NOT NULL)""",
)

ORGANISER_SCHEMA = _run(
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT)",
)

MIGRATIONS: dict[str, list[Migration]] = {
    "expert": [AUDIT_SCHEMA, EXPERT_SCHEMA],
    "chair": [AUDIT_SCHEMA, CHAIR_SCHEMA],
    "organiser": [AUDIT_SCHEMA, ORGANISER_SCHEMA],
}


def database_path(round_id: str, role: str) -> Path:
    """`<data>/rounds/<round_id>.<role>.sqlite`; odd round ids are replaced by their digest."""
    _check_role(role)
    name = (
        round_id
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}", round_id)
        else "round-" + sha256_hex(round_id.encode("utf-8"))[:32]
    )
    return databases_dir() / f"{name}.{role}.sqlite"


def open_database(round_id: str, role: str) -> sqlite_utils.Database:
    """The working database of this round for this role, migrated to the current schema."""
    return open_database_at(database_path(round_id, role), role)


def open_database_at(path: str | Path, role: str, migrations: list[Migration] | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` and bring it to the latest schema.

    `migrations` defaults to `MIGRATIONS[role]`; tests pass their own lists.
    """
    _check_role(role)
    path = Path(path)
    steps = MIGRATIONS[role] if migrations is None else migrations
    _create_owner_only(path)
    try:
        db = sqlite_utils.Database(path)
        _configure(db)
    except sqlite3.DatabaseError as exc:
        raise InputError(
            path,
            "",
            f"the working database cannot be opened ({exc})",
            "the file is damaged: restore the newest .bak file beside it, or move it away to start afresh",
            code="db_unopenable",
            args=(exc,),
        ) from None
    try:
        _migrate(db, path, role, steps)
    except BaseException:
        db.close()
        raise
    return db


def _create_owner_only(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (SQLite gives its -wal and -shm files the
    database's permissions), and tighten an existing one. Nothing to do on Windows (see owner_only)."""
    if os.name != "posix":
        return
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    except OSError:
        return  # SQLite reports what is wrong with the path
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if name.exists():
            owner_only(name, 0o600)


def _configure(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA busy_timeout = 5000")
    # WAL may be refused (e.g. some network drives): SQLite then keeps its rollback journal.
    db.conn.execute("PRAGMA journal_mode = WAL").fetchone()
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One committed transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any exception.

    Nested use joins the outer transaction through a savepoint, so helpers that open their own
    transaction can be called inside a larger one.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def schema_version(db: sqlite_utils.Database) -> int:
    if not db["schema_version"].exists():
        return 0
    row = db.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return row[0] if row else 0


def _migrate(db: sqlite_utils.Database, path: Path, role: str, steps: list[Migration]) -> None:
    _check_stored_role(db, path, role)
    current = schema_version(db)
    if current > len(steps):
        raise InputError(
            path,
            "schema_version",
            f"the working database was made by a newer Sarapshy (schema {current}, this one knows {len(steps)})",
            "install the newer Sarapshy again",
            code="db_newer",
            args=(current, len(steps)),
        )
    if current == len(steps):
        return
    if db.table_names():
        backup_database(db, path, current)
    for number, migrate in enumerate(steps[current:], start=current + 1):
        with transaction(db):
            if schema_version(db) >= number:  # another process migrated meanwhile
                continue
            migrate(db)
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1),"
                " role TEXT NOT NULL, version INTEGER NOT NULL, migrated_at TEXT NOT NULL)"
            )
            db.execute(
                "INSERT INTO schema_version (id, role, version, migrated_at) VALUES (1, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET version = excluded.version, migrated_at = excluded.migrated_at",
                [role, number, _now()],
            )


def _check_stored_role(db: sqlite_utils.Database, path: Path, role: str) -> None:
    if not db["schema_version"].exists():
        return
    row = db.execute("SELECT role FROM schema_version WHERE id = 1").fetchone()
    if row and row[0] != role:
        raise InputError(
            path,
            "schema_version",
            f"this is the {row[0]} database, not the {role} one",
            "open the database of the right role",
            code="db_other_role",
            args=(row[0], role),
        )


def backup_database(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the database (consistently, WAL included) to a `.bak` file beside it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    copy = sqlite3.connect(target)
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    return target


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
