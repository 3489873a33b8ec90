"""The chair's window keeps decisions with their results: a sheet that breaks a resolved tie shows
the resolution out of date and blocks the protocol; the chair settles what blocks it from one list;
the decisions file goes out and comes back; the audit log is shown with its chain and printed."""

from __future__ import annotations

import json

from app.ui.qt import Qt, QtWidgets
from tests.helpers.chair import make_round, signed_sheet, write_sheet
from tests.helpers.pdftext import pdf_text
from tests.helpers.ui_chair import ENTRY_KEY, import_by_button, open_desk, readiness_text, wait_idle

BEFORE = {"m01": 68, "m02": 60, "m03": 60, "m04": 62, "m05": 30}
BREAKS_THE_TIE = {"m01": 68, "m02": 50, "m03": 40, "m04": 62, "m05": 30}


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _ranking(desk):
    model = desk.ranking.model
    return [
        (model.data(model.index(r, 0), ENTRY_KEY), model.data(model.index(r, model.RANK)))
        for r in range(model.rowCount())
    ]


def test_a_sheet_that_breaks_the_tie_shows_the_resolution_out_of_date(qtbot, english_ui, monkeypatch, tmp_path):
    rf = make_round(tmp_path / "round", entries=5, experts=5, places=3)
    folder = tmp_path / "in"
    first = [write_sheet(folder, f"e{i}.sheet.json", signed_sheet(rf, f"e{i}", BEFORE)) for i in range(1, 5)]
    desk = open_desk(qtbot, rf)
    import_by_button(qtbot, desk, monkeypatch, first)
    desk.tabs.setCurrentWidget(desk.decisions)
    monkeypatch.setattr(desk, "ask_save_path", lambda *args: "")
    desk.store.set_tie_resolution(["m02", "m03"], "Open vote: m03 third", order=["m03", "m02"])
    desk._refresh_decisions(reorder=True)
    assert _ranking(desk)[2:4] == [("m03", "3"), ("m02", "4")]

    import_by_button(
        qtbot, desk, monkeypatch, [write_sheet(folder, "e5.sheet.json", signed_sheet(rf, "e5", BREAKS_THE_TIE))]
    )
    qtbot.waitUntil(lambda: len(desk.snapshot.results.panel) == 5)
    # The window never shows 280 above 290, says the resolution is out of date, and blocks the protocol.
    assert _ranking(desk)[2:4] == [("m02", "3"), ("m03", "4")]
    assert (
        "The resolution of the tie m03 = m02 was made on the results m02 240, m03 240; they are now "
        "m02 290, m03 280" in readiness_text(desk)
    )
    desk.tabs.setCurrentWidget(desk.decisions)
    assert desk.decisions.findChild(QtWidgets.QPushButton, "confirm_tie_m02_m03") is None  # no longer tied
    withdraw = desk.decisions.findChild(QtWidgets.QPushButton, "withdraw_tie_m02_m03")
    assert withdraw is not None
    qtbot.waitUntil(withdraw.isVisible)  # shown through the event loop, as a new child of a shown widget
    assert not desk.decisions.protocol_button.isEnabled()
    _click(qtbot, withdraw)
    assert "The resolution of the tie" not in readiness_text(desk)
    assert desk.snapshot.decisions.tie_resolutions == {}

    # The rest is settled from the readiness list: a number, paper for each sheet (one waived).
    desk.decisions.protocol_number.setText("7")
    desk.decisions.protocol_number.editingFinished.emit()
    monkeypatch.setattr(desk.decision_actions, "ask_text", lambda question: "the paper copy comes by post")
    view = desk.decisions.readiness_view
    while desk.decisions.readiness_model.blocking():
        view.setCurrentIndex(desk.decisions.readiness_model.index(0))
        _click(qtbot, desk.decisions.settle_button)
    assert desk.decisions.protocol_button.isEnabled()
    assert readiness_text(desk).count("was not compared with its paper copy (the paper copy comes by post)") == 5

    # The decisions file goes out and back in.
    out = tmp_path / "decisions.json"
    monkeypatch.setattr(desk, "ask_save_path", lambda *args: str(out))
    _click(qtbot, desk.decisions.export_decisions_button)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "sarapshy-decisions/1" and document["protocol_number"] == "7"
    document["protocol_number"] = "8"
    document["tie_resolutions"] = [{"entries": ["m03", "m02"], "text": "stale words"}]
    out.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(desk.decision_actions, "ask_open_decisions", lambda: str(out))
    _click(qtbot, desk.decisions.import_decisions_button)
    assert desk.snapshot.decisions.protocol_number == "8"
    # a resolution for entries no longer tied is taken, and at once out of date
    assert "The resolution of the tie m03 = m02" in readiness_text(desk)
    assert not desk.decisions.protocol_button.isEnabled()
    # a file naming an entry not in the round changes nothing and says where
    out.write_text(json.dumps({"nominees": ["m99"]}), encoding="utf-8")
    _click(qtbot, desk.decisions.import_decisions_button)
    assert "nominees[0]" in desk.banner.message() and "m99" in desk.banner.message()

    # The audit log, with its chain, printed as an annex.
    _click(qtbot, desk.decisions.audit_button)
    dialog = desk.decision_actions.audit_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "chain is intact" in dialog.chain.text()
    events = [dialog.model.data(dialog.model.index(r, dialog.model.EVENT)) for r in range(dialog.model.rowCount())]
    assert "Sheet file imported" in events and "Tie resolution" in events and "Decisions file imported" in events
    annex = tmp_path / "annex.pdf"
    monkeypatch.setattr(desk, "ask_save_path", lambda *args: str(annex))
    _click(qtbot, dialog.print_button)
    wait_idle(qtbot, desk)
    assert "Annex to the minutes" in pdf_text(annex) or "аудит журналы" in pdf_text(annex)
    dialog.close()


def test_votes_and_readiness_in_kazakh(qtbot, qapp, compiled_translations, monkeypatch, tmp_path):
    """The tie dialog records the open vote; the readiness list and a bad decisions file read in Kazakh."""
    from app.models.decisions import Votes
    from app.ui.i18n import install_language

    rf = make_round(tmp_path / "round", entries=5, experts=5, places=3)
    folder = tmp_path / "in"
    desk = open_desk(qtbot, rf)
    install_language(qapp, "kk")
    try:
        import_by_button(
            qtbot,
            desk,
            monkeypatch,
            [write_sheet(folder, f"e{i}.sheet.json", signed_sheet(rf, f"e{i}", BEFORE)) for i in range(1, 5)],
        )
        desk.tabs.setCurrentWidget(desk.decisions)
        text = readiness_text(desk)
        assert "3-орындағы m02, m03 тең баллдары комиссияның жазбаша шешімін қажет етеді." in text
        assert "(e5) қабылданған парағы жоқ" in text and "Хаттаманың нөмірі әлі берілмеген." in text
        resolve = desk.decisions.findChild(QtWidgets.QPushButton, "resolve_tie_m02_m03")
        qtbot.waitUntil(resolve.isVisible)
        _click(qtbot, resolve)
        dialog = desk.decision_actions.tie_dialog
        qtbot.waitUntil(dialog.isVisible)
        for spin, value in zip(dialog.vote_spins, (4, 1, 0), strict=True):
            spin.setValue(value)
        assert dialog.vote_spins[0].suffix() == " иә"
        dialog.text.setPlainText("Ашық дауыс беру: орынды бөліседі")
        _click(qtbot, dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok))
        qtbot.waitUntil(lambda: desk.snapshot.unresolved_ties() == [])
        assert desk.snapshot.decisions.tie_resolutions[("m02", "m03")].votes == Votes(4, 1, 0)
        labels = " ".join(label.text() for label in desk.decisions.ties_box.findChildren(QtWidgets.QLabel))
        assert "Дауыс беру: «иә» — 4, «қарсы» — 1, «қалыс» — 0." in labels
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({"tie_resolutions": [{"entries": ["m01", "m99"], "text": "x"}]}), encoding="utf-8")
        monkeypatch.setattr(desk.decision_actions, "ask_open_decisions", lambda: str(bad))
        _click(qtbot, desk.decisions.import_decisions_button)
        assert (
            "tie_resolutions[0].entries[1]: «m99» жұмысы раундта жоқ — раунд файлындағы жұмыс кодтарын "
            "жазыңыз" in desk.banner.message()
        )
    finally:
        install_language(qapp, "en")
