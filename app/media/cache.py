"""A small SQLite cache of media measurements, keyed by the file's fingerprint.

The fingerprint is the size plus a SHA-256 of the first and last megabyte, so a round folder
copied to another drive or machine (new path, new modification time) still hits the cache,
while a re-exported video (new bytes) does not.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from app.paths import data_dir

CACHE_FILE = "media-check-cache.sqlite"
EDGE_BYTES = 1 << 20
# Bump when what is measured changes, so old entries are ignored.
ANALYSIS_VERSION = 1


def fingerprint(path: Path | str) -> str:
    path = Path(path)
    size = path.stat().st_size
    digest = hashlib.sha256()
    with path.open("rb") as file:
        digest.update(file.read(EDGE_BYTES))
        if size > EDGE_BYTES:
            file.seek(max(EDGE_BYTES, size - EDGE_BYTES))
            digest.update(file.read(EDGE_BYTES))
    return f"v{ANALYSIS_VERSION}:{size}:{digest.hexdigest()}"


class MediaCache:
    """Opens the database for each call, so it may be used from any thread."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else data_dir() / CACHE_FILE

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            with closing(self._connect()) as db:
                row = db.execute("SELECT analysis FROM media_analysis WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None  # an unreadable cache is only a cache: measure again
        return json.loads(row[0]) if row else None

    def put(self, key: str, analysis: dict[str, Any]) -> None:
        try:
            with closing(self._connect()) as db, db:
                db.execute(
                    "INSERT OR REPLACE INTO media_analysis (key, analysis) VALUES (?, ?)",
                    (key, json.dumps(analysis, ensure_ascii=False)),
                )
        except sqlite3.DatabaseError:
            pass

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5)
        db.execute("CREATE TABLE IF NOT EXISTS media_analysis (key TEXT PRIMARY KEY, analysis TEXT NOT NULL)")
        return db
