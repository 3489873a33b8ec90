"""Decisions never drift from the results: a tie resolution is recorded against the results it was
made on; a sheet that changes them makes it out of date (not applied, blocking the protocol); one
function gives the final places to the window, «ШЕШІЛДІ», the results table, the Excel and the JSON.

The round: 5 entries, 5 experts, 3 prize places. Four sheets tie m02 and m03 on third place (240);
the commission puts m03 third. The fifth sheet breaks the tie: m02 290, m03 280.
"""

from __future__ import annotations

import csv
import json
import subprocess

import pytest

from app.models.chair import ChairStore, report_decisions
from app.models.errors import InputError
from app.reports.chair_documents import write_document
from app.reports.protocol_pdf import write_protocol_pdf
from tests.helpers.chair import make_round, sheet_bytes, signed_sheet
from tests.helpers.pdftext import pdf_text

BEFORE = {"m01": 68, "m02": 60, "m03": 60, "m04": 62, "m05": 30}
BREAKS_THE_TIE = {"m01": 68, "m02": 50, "m03": 40, "m04": 62, "m05": 30}
KEEPS_THE_TIE = {"m01": 68, "m02": 50, "m03": 50, "m04": 62, "m05": 30}
WORDS = "Ашық дауыс беру: m03 үшінші орынға (4 – 1)"


def _sheet(rf, expert_id, totals):
    return f"{expert_id}.sheet.json", sheet_bytes(signed_sheet(rf, expert_id, totals))


@pytest.fixture
def resolved(tmp_path):
    """The store after four sheets and the commission's resolution putting m03 third."""
    rf = make_round(tmp_path / "round", entries=5, experts=5, places=3)
    store = ChairStore(rf)
    store.import_sources([_sheet(rf, f"e{i}", BEFORE) for i in range(1, 5)])
    store.set_tie_resolution(["m02", "m03"], WORDS, order=["m03", "m02"])
    return rf, store


def _ready(store):
    """Meet every other readiness item: a number, every sheet compared with paper."""
    store.set_protocol_number("7")
    for row in store.snapshot().sheets:
        if row.accepted and not row.paper_checked:
            store.set_paper_checked(row, True)
    return store.snapshot()


def _decided_line(flat: str, place_label: str) -> str:
    start = flat.index(place_label)
    return flat[start : start + 90]


def test_a_sheet_that_breaks_the_tie_never_places_the_lower_result_above(resolved, tmp_path):
    rf, store = resolved
    before = store.snapshot()
    assert [e.entry_id for e in before.final_order()] == ["m01", "m04", "m03", "m02", "m05"]
    assert before.place(before.results.entry("m03")) == 3

    after = store.import_sources([_sheet(rf, "e5", BREAKS_THE_TIE)]).snapshot
    m02, m03 = after.results.entry("m02"), after.results.entry("m03")
    assert (m02.result, m03.result) == (290, 280)
    # The window's order and places: 290 is third, 280 fourth, whatever was decided before.
    assert [e.entry_id for e in after.final_order()] == ["m01", "m04", "m02", "m03", "m05"]
    assert after.place(m02) == 3 and after.place(m03) == 4
    # The resolution is out of date, shown to the chair, and blocks the protocol.
    assert before.stale_ties() == set() and after.stale_ties() == {("m02", "m03")}
    stale = [i for i in after.readiness() if i.code == "tie_out_of_date"]
    assert stale and stale[0].blocking
    assert "m02 240, m03 240" in stale[0].describe() and "m02 290, m03 280" in stale[0].describe()
    after = _ready(store)
    with pytest.raises(InputError, match="out of date"):
        write_document(store, after, "protocol", tmp_path / "p.pdf", "kk")
    with pytest.raises(InputError, match="out of date"):  # the writer itself refuses it too
        write_protocol_pdf(rf, after.outcome, after.as_decisions(), tmp_path / "p.pdf")
    assert not (tmp_path / "p.pdf").exists()

    # Withdrawn, the protocol gives third place to 290.
    store.set_tie_resolution(["m02", "m03"], "")
    final = store.snapshot()
    assert final.protocol_blockers() == []
    flat = " ".join(pdf_text(write_document(store, final, "protocol", tmp_path / "p.pdf", "kk")).split())
    third = _decided_line(flat, "3-орын (жүлдегер):")
    assert "Курс 2" in third and "290" in third and "Курс 3" not in third
    assert WORDS not in flat


def test_a_resolution_made_on_other_tied_results_must_be_confirmed_again(resolved, tmp_path):
    rf, store = resolved
    after = store.import_sources([_sheet(rf, "e5", KEEPS_THE_TIE)]).snapshot
    assert after.results.prize_ties == [["m02", "m03"]]  # still tied, now at 290
    assert after.stale_ties() == {("m02", "m03")}
    assert [e.entry_id for e in after.final_order()][2:4] == ["m02", "m03"]  # not applied: shared rank
    resolution = after.decisions.tie_resolutions[("m02", "m03")]
    store.confirm_tie_resolution(resolution, after.results)
    confirmed = store.snapshot()
    assert confirmed.stale_ties() == set()
    assert [e.entry_id for e in confirmed.final_order()][2:4] == ["m03", "m02"]
    assert confirmed.place(confirmed.results.entry("m03")) == 3
    events = [r.event for r in _audit(store)]
    assert events.count("decision:tie_resolution") == 2


def _audit(store):
    from app.models.audit import AuditLog
    from app.models.storage import open_database

    db = open_database(store.round_id, "chair")
    try:
        return AuditLog(db).records()
    finally:
        db.close()


def test_one_function_gives_the_places_to_the_protocol_table_the_decision_and_the_excel(resolved, tmp_path):
    rf, store = resolved
    store.import_sources([_sheet(rf, "e5", KEEPS_THE_TIE)])
    snapshot = store.snapshot()
    store.confirm_tie_resolution(snapshot.decisions.tie_resolutions[("m02", "m03")], snapshot.results)
    snapshot = _ready(store)
    from app.models.decisions import final_standings

    decisions = report_decisions(snapshot)
    standings = final_standings(snapshot.results, decisions)
    assert [(s.entry_id, s.place) for s in standings] == [("m01", 1), ("m04", 2), ("m03", 3), ("m02", 4), ("m05", 5)]
    # protocol: the results table's place column and «ШЕШІЛДІ»
    pdf = write_document(store, snapshot, "protocol", tmp_path / "p.pdf", "kk")
    flat = " ".join(pdf_text(pdf).split())  # pdftotext -raw
    assert "3 3 Курс 3: Қазақ тілі және ғылым" in flat and "4 4 Курс 2: Қазақ тілі және ғылым" in flat
    assert "Курс 3" in _decided_line(flat, "3-орын (жүлдегер):")
    assert "4-орын" not in flat  # the fourth is no prize place
    # Excel, recalculated by LibreOffice: the place column holds the decided places
    from app.reports.excel import write_summary_xlsx

    xlsx = write_summary_xlsx(rf, snapshot.outcome, decisions, tmp_path / "s.xlsx")
    out = tmp_path / "csv"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
            "--outdir",
            str(out),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    rows = list(csv.reader(next(out.glob("*.csv")).open(encoding="utf-8")))[3:8]
    assert [(r[2], r[0]) for r in rows] == [("m01", "1"), ("m04", "2"), ("m03", "3"), ("m02", "4"), ("m05", "5")]
    k = 5
    assert [float(r[6 + k]) for r in rows] == [340, 310, 290, 290, 150]


def test_a_place_that_puts_a_lower_result_above_a_higher_one_is_out_of_date(resolved):
    from app.models.decisions import Decisions, final_standings

    rf, store = resolved
    snapshot = store.snapshot()
    decisions = Decisions(protocol_number="1", places={"m05": 1})
    standings = final_standings(snapshot.results, decisions)
    assert standings[0].entry_id == "m01" and [s.place for s in standings if s.entry_id == "m05"] == [5]
    from app.models.readiness import protocol_readiness

    items = protocol_readiness(rf, snapshot.outcome, decisions)
    assert any(i.code == "place_out_of_date" and i.args[:2] == ("m05", "1") for i in items)


def test_the_decisions_file_round_trips_through_the_chair_store(resolved, tmp_path):
    """Export, then import into a fresh store of the same round: the same decisions, a shared place
    stays shared, every imported decision is in the audit log."""
    from app.models.decisions_file import read_decisions

    rf, store = resolved
    store.set_tie_resolution(["m02", "m03"], "Орынды бөліседі")  # shared
    store.set_protocol_number("7")
    store.set_absent("e5", True)
    store.set_nominee("m05", True)
    snapshot = store.snapshot()
    path = store.export_decisions(snapshot, tmp_path / "decisions.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["places"] == {"m02": 3, "m03": 3} and document["absent_experts"] == ["e5"]
    store.set_protocol_number("")
    store.set_tie_resolution(["m02", "m03"], "")
    store.import_decisions(read_decisions(path, rf), store.snapshot(), str(path))
    again = store.snapshot()
    assert again.decisions.protocol_number == "7" and again.decisions.nominees == {"m05": ""}
    resolution = again.decisions.tie_resolutions[("m02", "m03")]
    assert resolution.text == "Орынды бөліседі" and resolution.order == () and again.decisions.places == {}
    assert [s.place for s in again.standings()][2:4] == [3, 3]
    events = [r.event for r in _audit(store)]
    assert "export_decisions" in events and "import_decisions" in events
