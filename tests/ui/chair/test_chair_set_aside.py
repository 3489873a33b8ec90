"""Issue 14, items 5–6 in the chair's window: a forged revision under another key is shown as a
conflict; the chair sets it aside from the sheet list (with a reason) and the real sheet counts."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models.signing import sign_sheet
from app.ui.qt import QtWidgets
from tests.helpers.chair import make_round, signed_sheet, write_sheet
from tests.helpers.sheets import HUGE_NUMBER_SHEET
from tests.helpers.ui_chair import import_by_button, open_desk, statuses, wait_idle


def test_the_chair_sets_a_forged_revision_aside_from_the_sheet_list(qtbot, tmp_path, monkeypatch, english_ui):
    round_file = make_round(tmp_path / "round", entries=4, experts=3)
    totals = {e.id: 40 for e in round_file.round.entries}
    folder = tmp_path / "incoming"
    real = write_sheet(folder, "e1.sheet.json", signed_sheet(round_file, "e1", totals))
    forged = write_sheet(
        folder,
        "e1-v2.sheet.json",
        sign_sheet(signed_sheet(round_file, "e1", dict.fromkeys(totals, 70), revision=2), Ed25519PrivateKey.generate()),
    )
    huge = folder / "huge.sheet.json"
    huge.write_bytes(HUGE_NUMBER_SHEET)
    desk = open_desk(qtbot, round_file)
    import_by_button(qtbot, desk, monkeypatch, [real, forged, huge])
    assert statuses(desk) == {
        "e1.sheet.json": "rejected",
        "e1-v2.sheet.json": "rejected",
        "huge.sheet.json": "rejected",
    }
    model = desk.sheets.model
    reasons = [model.data(model.index(r, model.REASON)) for r in range(model.rowCount())]
    assert "signed with different keys" in reasons[0]

    # the action sits in the sheet list's context menu and asks why
    desk.sheets.view.setCurrentIndex(model.index(1, 0))
    action = desk.sheets.set_aside_action
    assert action in desk.sheets.view.actions() and action.isEnabled() and action.text() == "Set the sheet aside…"
    monkeypatch.setattr(
        QtWidgets.QInputDialog,
        "getMultiLineText",
        lambda *a, **k: ("the key differs from the one on the signed paper", True),
    )
    action.trigger()
    wait_idle(qtbot, desk)
    qtbot.waitUntil(lambda: statuses(desk).get("e1-v2.sheet.json") == "set aside")
    assert statuses(desk)["e1.sheet.json"] == "accepted"
    assert "signed paper" in model.data(model.index(1, model.REASON))
    assert desk.snapshot.results.entry(round_file.round.entries[0].id).totals["e1"] == 40

    # taken back, the conflict returns
    desk.sheets.view.setCurrentIndex(model.index(1, 0))
    assert action.text() == "Take the sheet back into the results"
    action.trigger()
    wait_idle(qtbot, desk)
    qtbot.waitUntil(lambda: statuses(desk).get("e1-v2.sheet.json") == "rejected")
    assert statuses(desk)["e1.sheet.json"] == "rejected"
