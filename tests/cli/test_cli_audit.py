"""`sarapshy audit ROUND --pdf OUT`: the chair's audit log with the chain's check, as a protocol annex."""

from __future__ import annotations

from app.cli import main
from app.models.chair import ChairStore
from app.models.storage import open_database
from tests.helpers.chair import make_round, sheet_bytes, signed_sheet
from tests.helpers.pdftext import assert_only_embedded_fonts, pdf_text


def _round_with_history(tmp_path):
    rf = make_round(tmp_path / "round", entries=3, experts=2)
    store = ChairStore(rf)
    totals = {"m01": 60, "m02": 50, "m03": 40}
    store.import_sources([("e1.sheet.json", sheet_bytes(signed_sheet(rf, "e1", totals)))])
    row = store.snapshot().sheets[0]
    store.set_paper_checked(row, True)
    store.set_not_submitted("e2", True)
    store.set_protocol_number("14")
    return rf, store


def test_the_audit_log_prints_as_an_annex_in_each_language(tmp_path, capsys):
    rf, store = _round_with_history(tmp_path)
    assert main(["audit", str(rf.path), "--pdf", str(tmp_path / "annex.pdf"), "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "Парақ файлы импортталды: e1.sheet.json · Сарапшы 1 Өмірзақ (e1) · қабылданды" in out
    assert "тізбек бүтін: 4 жазба" in out and "chain intact" not in out
    flat = " ".join(pdf_text(tmp_path / "annex.pdf").split())
    assert "Хаттамаға қосымша: аудит журналы" in flat and "№ 14 хаттамаға" in flat
    assert "Журнал тізбегі бүтін: 4 жазба" in flat
    assert "Қағаз нұсқасымен салыстыру" in flat and "Парақ тапсырылмады" in flat
    assert_only_embedded_fonts(tmp_path / "annex.pdf")
    records, problems = store.audit_log()
    assert records[-1].event == "write_audit" and problems == []
    for lang, words in (("ru", "Приложение к протоколу: журнал аудита"), ("en", "Annex to the minutes: audit log")):
        assert main(["audit", str(rf.path), "--pdf", str(tmp_path / f"{lang}.pdf"), "--lang", lang]) == 0
        assert words in " ".join(pdf_text(tmp_path / f"{lang}.pdf").split())


def test_a_broken_chain_is_printed_and_exits_1(tmp_path, capsys):
    rf, store = _round_with_history(tmp_path)
    db = open_database(store.round_id, "chair")
    try:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET details = replace(details, '14', '15') WHERE seq = 4")
        db.conn.commit()
    finally:
        db.close()
    assert main(["audit", str(rf.path), "--pdf", str(tmp_path / "annex.pdf")]) == 1
    assert "record 4 (decision:protocol_number) was changed after it was written" in capsys.readouterr().err
    flat = " ".join(pdf_text(tmp_path / "annex.pdf").split())
    assert "THE LOG'S CHAIN IS BROKEN:" in flat and "record 4" in flat
