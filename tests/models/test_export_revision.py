"""Issue 14, item 7: an export reserves its revision number before the file is written, so a crash
between the file's rename and the database's commit never lets two different files share a revision."""

from __future__ import annotations

import pytest

from app.models import workspace_sheet as workspace_module
from app.models.errors import InputError
from app.models.files import atomic_write_bytes
from app.models.round import load_round
from app.models.sheet import load_sheet
from app.models.workspace import Workspace
from tests.helpers.workspace import fill, round_path, ws  # noqa: F401 (fixtures)


class Killed(BaseException):
    """What a power cut looks like to the code after it: nothing more runs (not an Exception)."""


def test_a_kill_after_the_rename_does_not_let_the_next_export_reuse_the_revision(ws, round_path, tmp_path, monkeypatch):
    for entry_id in ("m01", "m02", "m03"):
        fill(ws, entry_id, 7)

    def write_then_die(path, data):
        atomic_write_bytes(path, data)  # the file is complete and renamed into place ...
        raise Killed()  # ... and the process dies before the database commits

    first = tmp_path / "first.sheet.json"
    with monkeypatch.context() as patch, pytest.raises(Killed):
        patch.setattr(workspace_module, "atomic_write_bytes", write_then_die)
        ws.finalise_and_export(first)
    ws.close()
    assert load_sheet(first).sheet.revision == 1  # a valid revision 1 is out there

    again = Workspace(load_round(round_path))
    assert again.last_export() is None  # the database never learned of it
    again.set_score("m02", "c3", 9)
    sheet, _ = again.finalise_and_export(tmp_path / "second.sheet.json")
    assert sheet["revision"] == 2
    assert again.last_export().revision == 2
    third, _ = again.finalise_and_export(tmp_path / "third.sheet.json")
    assert third["revision"] == 3
    again.close()


def test_a_failed_write_leaves_no_export_record_and_the_number_is_not_reused(ws, tmp_path):
    for entry_id in ("m01", "m02", "m03"):
        fill(ws, entry_id, 7)
    with pytest.raises(InputError, match="the folder does not exist"):
        ws.finalise_and_export(tmp_path / "no-such-folder" / "x.sheet.json")
    assert ws.last_export() is None
    sheet, _ = ws.finalise_and_export(tmp_path / "ok.sheet.json")
    assert sheet["revision"] == 2 and ws.last_export().revision == 2
