"""One window per round and role: a lock file beside the role's working database.

Two windows on one round in the same role would each overwrite the other's work (a comment typed
in one is replaced by the other's autosave). The window takes a `QLockFile` for every (round,
role) it shows and refuses a round or role another window holds. QLockFile works on Windows and
POSIX alike, and a lock left by a process that died (power cut, killed) is stale: the process it
names is gone, so the next window takes it over at once.
"""

from __future__ import annotations

from app.models.storage import database_path
from app.ui.qt import QtCore


class RoundLocks:
    """The (round id, role) pairs this window holds."""

    def __init__(self) -> None:
        self._held: dict[tuple[str, str], QtCore.QLockFile] = {}

    def holds(self, round_id: str, role: str) -> bool:
        return (round_id, role) in self._held

    def acquire(self, round_id: str, role: str) -> bool:
        """Take the lock of `role` on the round; False while another window (or program) holds it."""
        if (round_id, role) in self._held:
            return True
        lock = QtCore.QLockFile(lock_path(round_id, role))
        lock.setStaleLockTime(0)  # stale only when its process is gone: a long session keeps its lock
        if not lock.tryLock(0):
            return False
        self._held[(round_id, role)] = lock
        return True

    def acquire_all(self, round_id: str, roles: list[str]) -> str | None:
        """Every role or none: the first role held elsewhere (its locks taken here are given back)."""
        taken: list[str] = []
        for role in roles:
            if self.holds(round_id, role):
                continue
            if not self.acquire(round_id, role):
                for other in taken:
                    self.release(round_id, other)
                return role
            taken.append(role)
        return None

    def release(self, round_id: str, role: str) -> None:
        lock = self._held.pop((round_id, role), None)
        if lock is not None:
            lock.unlock()

    def keep_only(self, round_id: str | None) -> None:
        """Give back the locks of every other round (the window moved on to `round_id`)."""
        for held_round, role in list(self._held):
            if held_round != round_id:
                self.release(held_round, role)


def lock_path(round_id: str, role: str) -> str:
    database = database_path(round_id, role)
    return str(database.with_name(database.name + ".lock"))
