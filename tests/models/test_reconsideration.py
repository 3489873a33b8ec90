"""The second round for flagged cells: the chair's request (signed, bound to round, expert and sheet),
the expert's revision answering it (a changed score needs a justification) and the merge's check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.models.errors import InputError
from app.models.merge import merge_sheets
from app.models.reconsider_answer import Answer, build_revised_sheet
from app.models.reconsider_request import MarkedCell, build_request
from app.models.reconsideration import load_request, parse_request
from app.models.round import RoundFile, load_round
from app.models.sheet import Reconsideration, SheetFile, parse_sheet
from app.models.sheet_build import build_signed_sheet
from tests.helpers.factories import round_data, write_round


def _as_file(sheet: dict, name: str = "e1.sheet.json") -> SheetFile:
    return parse_sheet(json.dumps(sheet, ensure_ascii=False, indent=2).encode("utf-8"), name, path=Path(name))


def _sheet(rf: RoundFile, expert_id: str, score: int, revision: int = 1) -> SheetFile:
    evaluations = [
        {"entry_id": e.id, "scores": {c.id: score for c in rf.round.criteria}, "comment": "Жақсы"}
        for e in rf.round.entries
    ]
    return _as_file(build_signed_sheet(rf, expert_id, evaluations, revision), f"{expert_id}-r{revision}.sheet.json")


@pytest.fixture
def rf(tmp_path: Path) -> RoundFile:
    return load_round(write_round(tmp_path, round_data(entries=3, experts=3)))


@pytest.fixture
def request_file(rf: RoundFile, tmp_path: Path):
    sheet = _sheet(rf, "e1", 7)
    raw = build_request(
        rf,
        sheet,
        [MarkedCell("m01", "c2", "Неге 7? Басқалар 3 қойды."), MarkedCell("m02", "c5", "Видео сапасын қайта қараңыз")],
    )
    path = tmp_path / "e1.reconsideration.json"
    path.write_bytes(raw)
    return sheet, path


def test_a_request_round_trips_with_its_cells_scores_and_questions(rf, request_file):
    sheet, path = request_file
    req = load_request(path)
    r = req.request
    assert r.format == "sarapshy-reconsideration/1"
    assert (r.round_id, r.round_sha256, r.expert_id) == (rf.round.round_id, rf.sha256, "e1")
    assert (r.sheet.sha256, r.sheet.revision) == (sheet.sha256, 1)
    assert [(c.entry_id, c.criterion_id, c.score) for c in r.cells] == [("m01", "c2", 7), ("m02", "c5", 7)]
    assert r.cells[0].question == "Неге 7? Басқалар 3 қойды."
    assert r.chair_name == "Сәрсенбаева Әйгерім" and req.fingerprint.count("-") == 3


def test_a_question_left_empty_or_an_unscored_cell_is_refused(rf):
    sheet = _sheet(rf, "e1", 7)
    with pytest.raises(InputError) as exc:
        build_request(rf, sheet, [MarkedCell("m01", "c2", "  "), MarkedCell("m09", "c2", "?")])
    assert [p.code for p in exc.value.problems] == ["reconsider_question_empty", "reconsider_cell_unscored"]


def test_a_tampered_request_is_refused_with_a_clear_message(rf, request_file):
    _, path = request_file
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cells"][0]["question"] = "Бағаны 10-ға көтеріңіз"
    with pytest.raises(InputError) as exc:
        parse_request(json.dumps(data, ensure_ascii=False).encode("utf-8"), "e1.reconsideration.json")
    assert exc.value.code == "request_tampered"
    assert "changed after the chair signed it" in str(exc.value)
    del data["signature"]
    with pytest.raises(InputError) as exc:
        parse_request(json.dumps(data, ensure_ascii=False).encode("utf-8"), "e1.reconsideration.json")
    assert exc.value.code == "request_unsigned"


def test_a_request_for_another_expert_or_another_round_is_refused(rf, request_file, tmp_path):
    _, path = request_file
    req = load_request(path)
    other_expert_sheet = _sheet(rf, "e2", 7)
    with pytest.raises(InputError) as exc:
        build_revised_sheet(rf, other_expert_sheet, req, [Answer("m01", "c2", 7), Answer("m02", "c5", 7)])
    assert exc.value.code == "request_other_expert"
    assert "addressed to Сарапшы 1 Өмірзақ, not to you (expert e2)" in str(exc.value)
    data = round_data(entries=3, experts=3)
    data["round_id"] = "11111111-2222-4333-8444-555555555555"
    other = load_round(write_round(tmp_path / "other", data))
    with pytest.raises(InputError) as exc:
        build_revised_sheet(other, _sheet(other, "e1", 7), req, [])
    assert exc.value.code == "request_other_round" and "another round" in str(exc.value)
    edited = round_data(entries=3, experts=3)
    edited["year"] = 2027
    with pytest.raises(InputError) as exc:
        build_revised_sheet(load_round(write_round(tmp_path / "edited", edited)), _sheet(rf, "e1", 7), req, [])
    assert exc.value.code == "request_round_edited"


def test_a_request_on_another_revision_of_the_sheet_is_refused(rf, request_file):
    _, path = request_file
    newer = _sheet(rf, "e1", 6, revision=2)
    with pytest.raises(InputError) as exc:
        build_revised_sheet(rf, newer, load_request(path), [Answer("m01", "c2", 6), Answer("m02", "c5", 6)])
    assert exc.value.code == "request_other_sheet" and "revision 1" in str(exc.value)


def test_a_changed_score_without_justification_is_refused_by_the_model_and_the_builder(rf, request_file):
    sheet, path = request_file
    with pytest.raises(ValidationError, match="justification"):
        Reconsideration(
            request_sha256="a" * 64, entry_id="m01", criterion_id="c2", before=7, after=4, justification="  "
        )
    assert Reconsideration(request_sha256="a" * 64, entry_id="m01", criterion_id="c2", before=7, after=7).after == 7
    req = load_request(path)
    with pytest.raises(InputError) as exc:
        build_revised_sheet(rf, sheet, req, [Answer("m01", "c2", 4, " "), Answer("m02", "c5", 7)])
    assert [p.code for p in exc.value.problems] == ["justification_required"]
    with pytest.raises(InputError) as exc:
        build_revised_sheet(rf, sheet, req, [Answer("m01", "c2", 4, "Қайта қарадым")])
    assert [p.code for p in exc.value.problems] == ["reconsider_unanswered"]
    with pytest.raises(InputError) as exc:
        build_revised_sheet(
            rf, sheet, req, [Answer("m01", "c2", 11, "x"), Answer("m02", "c5", 7), Answer("m03", "c1", 2, "x")]
        )
    assert sorted(p.code for p in exc.value.problems) == ["reconsider_not_requested", "reconsider_out_of_range"]


def _revise(rf, sheet, req) -> SheetFile:
    revised = build_revised_sheet(
        rf, sheet, req, [Answer("m01", "c2", 4, "Бейнелер шынымен толық емес"), Answer("m02", "c5", 7)]
    )
    return _as_file(revised, "e1-r2.sheet.json")


def test_the_revision_changes_only_the_requested_cells_and_lists_each_answer(rf, request_file):
    sheet, path = request_file
    req = load_request(path)
    new = _revise(rf, sheet, req)
    assert new.sheet.revision == 2 and new.sheet.format == "sarapshy-sheet/2"
    assert new.sheet.evaluation("m01").scores["c2"] == 4
    assert [(x.entry_id, x.criterion_id, x.before, x.after, x.request_sha256) for x in new.sheet.reconsiderations] == [
        ("m01", "c2", 7, 4, req.sha256),
        ("m02", "c5", 7, 7, req.sha256),
    ]
    changed = {
        (e.entry_id, c)
        for e in new.sheet.evaluations
        for c, v in (e.scores or {}).items()
        if v != sheet.sheet.evaluation(e.entry_id).scores[c]
    }
    assert changed == {("m01", "c2")}


def _merge(rf, files: list[SheetFile], requests):
    return merge_sheets(rf, [(f.name, f.raw) for f in files], requests)


def test_the_merge_takes_a_revision_that_fits_its_request(rf, request_file):
    sheet, path = request_file
    req = load_request(path)
    new = _revise(rf, sheet, req)
    outcome = _merge(rf, [sheet, new, _sheet(rf, "e2", 7), _sheet(rf, "e3", 7)], [req])
    statuses = {s.file: s for s in outcome.statuses}
    assert statuses["e1-r2.sheet.json"].status == "ok" and statuses["e1-r1.sheet.json"].status == "superseded"
    assert outcome.results.entry("m01").totals["e1"] == 7 * 7 - 3


def test_the_merge_refuses_a_revision_without_its_request_or_the_sheet_it_revises(rf, request_file):
    sheet, path = request_file
    req = load_request(path)
    new = _revise(rf, sheet, req)
    outcome = _merge(rf, [sheet, new], [])
    status = next(s for s in outcome.statuses if s.file == new.name)
    assert status.status == "rejected" and status.reason_code == "reconsideration"
    assert "request" in status.reason and "import that request file" in status.reason
    # the previous revision stays in force, visibly
    assert next(s for s in outcome.statuses if s.file == sheet.name).status == "ok"
    outcome = _merge(rf, [new], [req])
    assert "is not among the imported files" in outcome.statuses[0].reason


def test_a_score_changed_outside_the_request_is_refused_naming_the_cell(rf, request_file):
    """Re-signing a revision that also changes an unrequested cell (with the expert's own key)."""
    from app.models.keys import sign_as_expert

    sheet, path = request_file
    req = load_request(path)
    data = json.loads(_revise(rf, sheet, req).raw)
    data["evaluations"][2]["scores"]["c7"] = 10
    data["reconsiderations"][1].update(before=6, justification="x")
    resigned = sign_as_expert({k: v for k, v in data.items() if k != "signature"}, "Сарапшы 1 Өмірзақ", None)
    sneaky = _as_file(resigned, "e1-r2b.sheet.json")
    outcome = _merge(rf, [sheet, sneaky], [req])
    status = next(s for s in outcome.statuses if s.file == sneaky.name)
    assert status.status == "rejected"
    assert "m03/c7: the score changed 7 → 10 without being requested" in status.reason
    assert "m02/c5: 'before' is 6" in status.reason


def test_a_signed_sheet_whose_changed_score_has_no_justification_is_rejected_by_the_merge(rf, request_file):
    from app.models.keys import sign_as_expert

    sheet, path = request_file
    req = load_request(path)
    data = json.loads(_revise(rf, sheet, req).raw)
    data["reconsiderations"][0]["justification"] = ""
    resigned = sign_as_expert({k: v for k, v in data.items() if k != "signature"}, "Сарапшы 1 Өмірзақ", None)
    raw = json.dumps(resigned, ensure_ascii=False).encode("utf-8")
    outcome = merge_sheets(rf, [(sheet.name, sheet.raw), ("bare.sheet.json", raw)], [req])
    status = outcome.statuses[1]
    assert status.status == "rejected" and status.reason_code == "malformed"
    assert "reconsiderations[0]: a changed score needs a written justification" in status.reason


def test_an_answer_may_not_undo_a_revision_made_in_between(rf, request_file, tmp_path):
    """Two requests on revision 1: answering the second after the first would drop the first answer."""
    sheet, path = request_file
    first = load_request(path)
    second_path = tmp_path / "second.json"
    second_path.write_bytes(build_request(rf, sheet, [MarkedCell("m03", "c1", "Тағы бір сұрақ")]))
    second = load_request(second_path)
    r2 = _revise(rf, sheet, first)  # m01/c2 7 → 4
    r3 = _as_file(build_revised_sheet(rf, sheet, second, [Answer("m03", "c1", 7)], revision=3), "e1-r3.sheet.json")
    outcome = _merge(rf, [sheet, r2, r3], [first, second])
    status = next(s for s in outcome.statuses if s.file == r3.name)
    assert status.status == "rejected"
    assert "m01/c2: the score changed 4 → 7 without being requested (compared with revision 2)" in status.reason
    assert next(s for s in outcome.statuses if s.file == r2.name).status == "ok"
