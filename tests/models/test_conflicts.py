"""Suggested conflicts of interest: the rules, the expert's answers in the workspace and in the signed
sheet, and the checks that refuse an answer contradicting its sheet."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models.conflicts import (
    ConflictAnswer,
    conflict_summary,
    normalise_text,
    same_person,
    same_surname,
    same_unit,
    suggest_conflicts,
)
from app.models.errors import InputError
from app.models.merge import merge_files, merge_sheets
from app.models.round import parse_round
from app.models.sheet import check_sheet_against_round, load_sheet, parse_sheet
from app.models.signing import sign_sheet, verify_sheet_signature
from app.models.workspace import Workspace
from tests.helpers.conflicts import fill, round_file  # noqa: F401
from tests.helpers.factories import round_data


def test_normalising_kazakh_text():
    assert normalise_text("«Ақпараттық  ЖҮЙЕЛЕР» кафедрасы!") == "ақпараттық жүйелер кафедрасы"
    assert normalise_text("Əлеуметтану") == normalise_text("Әлеуметтану")  # Latin schwa for ә
    assert normalise_text("Сейтқалиeва") == normalise_text("Сейтқалиева")  # Latin e inside Cyrillic
    assert normalise_text("Мұнай-газ ісі") == normalise_text("мұнай газ iсі")  # Latin i for і
    assert normalise_text("Алёна") == normalise_text("Алена")
    assert same_unit("Ақпараттық жүйелер кафедрасы", {"ru": "Кафедра экономики", "kk": "ақпараттық жүйелер"})
    assert not same_unit("", {"kk": ""})
    assert not same_unit("Ақпараттық жүйелер кафедрасы", "Ақпараттық технологиялар кафедрасы")


def test_names_and_surnames():
    assert same_person("Ахметов Асқар Бекұлы", "Ахметов А. Б.")
    assert same_person("Ахметов Асқар Бекұлы", "А.Б. Ахметов")
    assert same_person("Асқар Ахметов", "Ахметов Асқар")
    assert not same_person("Ахметов Асқар Бекұлы", "Ахметов Ержан")
    assert not same_person("Ахметов Асқар", "Ахметов")  # a bare surname is only a soft hint
    assert same_surname("Ахметов Асқар", "Ахметова Динара")  # a family name, masculine and feminine
    assert not same_surname("Ахметов Асқар", "Ахмедов Асқар")


def test_suggestions_with_coded_grounds(round_file):
    found = {(s.expert_id, s.entry_id): s for s in suggest_conflicts(round_file.round)}
    assert set(found) == {("e1", "m01"), ("e1", "m02"), ("e1", "m03"), ("e2", "m03")}
    assert found["e1", "m01"].grounds == ("department",)
    assert found["e1", "m02"].grounds == ("author",) and found["e1", "m02"].authors == ("Ахметов А. Б.",)
    assert found["e1", "m03"].grounds == ("surname",) and found["e1", "m03"].soft
    assert found["e2", "m03"].grounds == ("faculty",) and not found["e2", "m03"].soft


def test_a_dismissal_needs_a_reason_unless_the_ground_is_soft():
    with pytest.raises(ValueError, match="needs a reason"):
        ConflictAnswer(entry_id="m01", grounds=["department"], answer="dismissed", reason="  ")
    ConflictAnswer(entry_id="m03", grounds=["surname"], answer="dismissed")
    with pytest.raises(ValueError):
        ConflictAnswer(entry_id="m01", grounds=["department", "department"], answer="recused")
    with pytest.raises(ValueError):
        ConflictAnswer(entry_id="m01", grounds=["friendship"], answer="recused")


def test_answers_persist_go_into_the_signed_sheet_and_read_back(round_file, tmp_path):
    ws = Workspace(round_file)
    ws.choose_expert("e1")
    assert [s.entry_id for s in ws.pending_conflicts()] == ["m01", "m02", "m03"]
    with pytest.raises(InputError, match="needs a reason"):
        ws.answer_conflict("m01", "dismissed", "")
    with pytest.raises(InputError, match="no conflict of interest is suggested"):
        ws.answer_conflict("m04", "recused", "x")
    ws.answer_conflict("m01", "dismissed", "Бір кафедрада, бірақ курсқа қатысым жоқ")
    ws.answer_conflict("m02", "recused", "Курстың авторымын")
    ws.answer_conflict("m03", "dismissed", "")  # soft: no reason needed
    ws.close()

    ws = Workspace(round_file)  # reopened: the answers are still there
    assert ws.pending_conflicts() == []
    assert ws.recusal("m02") == (True, "Курстың авторымын")
    for entry_id in ("m01", "m03", "m04"):
        fill(ws, entry_id)
    sheet, _code = ws.finalise_and_export(tmp_path / "e1.sheet.json")
    ws.close()
    assert sheet["format"] == "sarapshy-sheet/2"
    assert sheet["conflict_answers"] == [
        {
            "entry_id": "m01",
            "grounds": ["department"],
            "answer": "dismissed",
            "reason": "Бір кафедрада, бірақ курсқа қатысым жоқ",
        },
        {"entry_id": "m02", "grounds": ["author"], "answer": "recused", "reason": "Курстың авторымын"},
        {"entry_id": "m03", "grounds": ["surname"], "answer": "dismissed"},
    ]
    loaded = load_sheet(tmp_path / "e1.sheet.json")
    assert verify_sheet_signature(loaded.data).ok
    assert check_sheet_against_round(loaded.sheet, round_file) == []
    outcome = merge_files(round_file, [tmp_path / "e1.sheet.json"])
    assert [s.status for s in outcome.statuses] == ["ok"]
    summary = conflict_summary(round_file.round, [s.sheet for s in outcome.accepted])
    assert [(r.expert_id, r.entry_id, r.grounds) for r in summary.recusals] == [("e1", "m02", ("author",))]
    assert [(d.entry_id, d.reason) for d in summary.dismissed] == [
        ("m01", "Бір кафедрада, бірақ курсқа қатысым жоқ"),
        ("m03", ""),
    ]
    assert summary.unanswered == []


def test_revisiting_an_answer(round_file):
    ws = Workspace(round_file)
    ws.choose_expert("e1")
    fill(ws, "m01", 8)
    ws.answer_conflict("m01", "recused", "Кафедра меңгерушісімін")
    assert ws.recusal("m01")[0] and ws.progress("m01").recused
    ws.answer_conflict("m01", "dismissed", "Қате: басқа кафедрадамын")
    assert ws.recusal("m01") == (False, "") and ws.scores("m01")["c1"] == 8  # the scores come back
    ws.answer_conflict("m01", "recused", "Кафедра меңгерушісімін")
    ws.clear_recusal("m01")  # withdrawn by hand: the suggestion is asked again
    assert ws.pending_conflicts()[0].entry_id == "m01"
    ws.close()


KEY = Ed25519PrivateKey.generate()


def signed(round_file, answers, recused=("m02",)) -> bytes:
    rnd = round_file.round
    evaluations = [
        {"entry_id": e.id, "recused": True, "recusal_reason": "автор"}
        if e.id in recused
        else {"entry_id": e.id, "scores": {c.id: 7 for c in rnd.criteria}}
        for e in rnd.entries
    ]
    data = {
        "format": "sarapshy-sheet/2",
        "round_id": rnd.round_id,
        "round_sha256": round_file.sha256,
        "expert_id": "e1",
        "expert_name": rnd.expert("e1").name,
        "revision": 1,
        "finalized_at": "2026-12-17T15:04:05+05:00",
        "evaluations": evaluations,
        "conflict_answers": answers,
    }
    return json.dumps(sign_sheet(data, KEY), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "answers, expected",
    [
        (
            [{"entry_id": "m01", "grounds": ["department"], "answer": "recused", "reason": "x"}],
            "entry m01: the expert confirmed the conflict of interest (recused), yet the sheet scores the course",
        ),
        (
            [{"entry_id": "m99", "grounds": ["author"], "answer": "dismissed", "reason": "x"}],
            "names entry 'm99', which is not in the round",
        ),
        (
            [
                {"entry_id": "m02", "grounds": ["author"], "answer": "recused", "reason": "x"},
                {"entry_id": "m02", "grounds": ["author"], "answer": "recused", "reason": "x"},
            ],
            "answered twice",
        ),
    ],
)
def test_inconsistent_answers_are_refused_at_merge(round_file, answers, expected):
    outcome = merge_sheets(round_file, [("e1.sheet.json", signed(round_file, answers))])
    status = outcome.statuses[0]
    assert status.status == "rejected" and status.reason_code == "conflict_answer"
    assert expected in status.reason


def test_a_dismissal_without_reason_is_refused_even_when_signed(round_file):
    raw = signed(round_file, [{"entry_id": "m01", "grounds": ["department"], "answer": "dismissed"}])
    status = merge_sheets(round_file, [("e1.sheet.json", raw)]).statuses[0]
    assert status.status == "rejected" and status.reason_code == "malformed" and "needs a reason" in status.reason


def test_a_forged_answer_breaks_the_signature(round_file):
    raw = signed(round_file, [{"entry_id": "m02", "grounds": ["author"], "answer": "recused", "reason": "автор"}])
    data = json.loads(raw)
    data["conflict_answers"][0]["reason"] = "қате ұсыныс"
    status = merge_sheets(round_file, [("e1.sheet.json", json.dumps(data).encode())]).statuses[0]
    assert status.status == "rejected" and status.reason_code == "bad_signature"


def test_answers_in_a_format_1_sheet_are_refused(round_file):
    data = json.loads(signed(round_file, [{"entry_id": "m02", "grounds": ["author"], "answer": "recused"}]))
    data["format"] = "sarapshy-sheet/1"
    sheet = parse_sheet(json.dumps(data).encode(), "x.sheet.json").sheet
    problems = check_sheet_against_round(sheet, round_file)
    assert [p.kind for p in problems] == ["conflict_answer"] and "sarapshy-sheet/2" in problems[0].text


def test_a_round_without_conflicts_suggests_nothing():
    assert suggest_conflicts(parse_round(json.dumps(round_data()).encode(), "r.json").round) == []
