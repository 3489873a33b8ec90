import json

import pytest

from app.models.errors import InputError
from app.models.round import parse_round
from app.models.sheet import check_sheet_against_round, parse_sheet
from tests.helpers.factories import round_data, sheet_data


@pytest.fixture
def round_file():
    return parse_round(json.dumps(round_data(), ensure_ascii=False).encode(), "r.round.json")


def parse(data):
    return parse_sheet(json.dumps(data, ensure_ascii=False).encode(), "e1.sheet.json")


def test_a_complete_sheet_fits_its_round(round_file):
    sf = parse(sheet_data(round_file))
    assert check_sheet_against_round(sf.sheet, round_file) == []
    assert sf.sheet.evaluations[0].total == 49


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d["evaluations"][0]["scores"].update(c1=7.0), "evaluations[0].scores.c1"),
        (lambda d: d["evaluations"][0]["scores"].update(c1="7"), "evaluations[0].scores.c1"),
        (lambda d: d["evaluations"][0]["scores"].update(c1=True), "evaluations[0].scores.c1"),
        (lambda d: d.update(revision=0), "revision"),
        (lambda d: d.update(finalized_at="2026-12-17T15:04:05"), "must carry a UTC offset"),
        (lambda d: d.update(round_sha256="abc"), "round_sha256"),
        (lambda d: d["evaluations"].append(dict(d["evaluations"][0])), "evaluated twice"),
        (
            lambda d: d["evaluations"][0].update(recused=True, recusal_reason="relative"),
            "recused entry carries no scores",
        ),
        (lambda d: d.update(signature={"alg": "rsa", "public_key": "", "value": ""}), "signature.alg"),
        (lambda d: d.update(expert="e1"), "unknown field 'expert'"),
    ],
)
def test_malformed_sheets_name_the_place(round_file, mutate, expected):
    data = sheet_data(round_file)
    mutate(data)
    with pytest.raises(InputError) as info:
        parse(data)
    assert "e1.sheet.json" in str(info.value) and expected in str(info.value)


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d.update(round_id="11111111-2222-3333-4444-555555555555"), "belongs to another round"),
        (lambda d: d.update(round_sha256="0" * 64), "round file was edited"),
        (lambda d: d.update(expert_id="e9"), "expert 'e9' is not in the round's commission"),
        (lambda d: d["evaluations"][0]["scores"].update(c1=11), "criterion c1 score 11 is out of range 1–10"),
        (lambda d: d["evaluations"][0]["scores"].update(c1=0), "out of range"),
        (lambda d: d["evaluations"][0]["scores"].pop("c3"), "criterion c3 is not scored"),
        (lambda d: d["evaluations"][0]["scores"].update(c99=5), "criterion 'c99' is not in the round"),
        (lambda d: d["evaluations"].pop(), "neither scored nor recused (incomplete): m03"),
        (lambda d: d["evaluations"][0].update(entry_id="m77"), "entry 'm77' is not in the round"),
        (lambda d: d["evaluations"][0].update(notes=[{"media_id": "v9", "at_s": 3, "text": "x"}]), "video 'v9'"),
    ],
)
def test_sheets_that_do_not_fit_the_round(round_file, mutate, expected):
    data = sheet_data(round_file)
    mutate(data)
    problems = check_sheet_against_round(parse(data).sheet, round_file)
    assert any(expected in p.text for p in problems), problems


def test_recusal_needs_no_scores(round_file):
    data = sheet_data(round_file)
    data["evaluations"][1] = {"entry_id": "m02", "recused": True, "recusal_reason": "менің шәкіртім"}
    assert check_sheet_against_round(parse(data).sheet, round_file) == []
