"""Issue 14, item 8: a second window on the same round and role is refused with a clear message;
a lock left by a process that died does not block."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.round_lock import lock_path
from tests.helpers.factories import round_without_media
from tests.helpers.ui_shell import make_window


@pytest.fixture
def round_path(tmp_path):
    return round_without_media(tmp_path / "round")


def test_a_second_window_on_the_same_round_and_role_is_refused(qtbot, english_ui, round_path):
    first = make_window(qtbot)
    assert first.open_round(round_path)
    second = make_window(qtbot)
    second.show()
    assert not second.open_round(round_path)
    assert second.round_file is None
    text = second.banner.text.text()
    assert "already open as Expert in another Sarapshy window" in text and "switch to that window" in text
    # the same round in another role is fine, and switching the first window to that role is refused
    chair = make_window(qtbot, "chair")
    assert chair.open_round(round_path)
    assert not first.set_role("chair") and first.role == "expert"
    assert "already open as Chair" in first.banner.text.text()
    # once the first window is closed, its round is free
    first.close()
    assert second.open_round(round_path) and second.round_file is not None
    second.close()
    chair.close()


def test_moving_to_another_round_gives_the_first_one_back(qtbot, english_ui, round_path, tmp_path):
    import json

    other = tmp_path / "other" / "other.round.json"
    other.parent.mkdir()
    data = json.loads(round_path.read_text(encoding="utf-8"))
    data["round_id"] = "5d1f3c2a-7b4e-4c1d-9a8f-2026a7c00099"
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    first = make_window(qtbot)
    assert first.open_round(round_path) and first.open_round(other)
    second = make_window(qtbot)
    assert second.open_round(round_path)
    first.close()
    second.close()


HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
print("locked" if lock.tryLock(0) else "failed", flush=True)
sys.stdin.readline()
"""


def test_another_program_holds_the_round_until_it_dies(qtbot, english_ui, round_path):
    from app.models.round import load_round

    path = lock_path(load_round(round_path).round.round_id, "expert")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        window = make_window(qtbot)
        assert not window.open_round(round_path)
        holder.kill()  # a killed process leaves its lock file behind ...
        holder.wait()
        assert Path(path).exists()
        assert window.open_round(round_path)  # ... which is stale at once: its process is gone
        window.close()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_a_second_start_on_the_round_in_use_says_so_and_does_not_blame_the_file(qtbot, english_ui, round_path):
    from app.ui import application

    first = make_window(qtbot)
    assert first.open_round(round_path)
    second = make_window(qtbot)
    application.open_start_round(second)  # the recent list names the round the first window holds
    assert second.round_file is None and second.locked_out is not None
    text = second.banner.text.text()
    assert "already open as Expert" in text and "Correct the round file" not in text
    first.close()
    second.close()
