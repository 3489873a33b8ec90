"""Every way a round file can be broken gives problems with a code (the window translates them by
it) while the English text, which the command line prints, stays as it was."""

import pickle

import pytest

from app.models.errors import InputError, Problem
from app.models.files import read_limited
from app.models.round import load_round
from tests.helpers.broken_rounds import write_broken_rounds


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    return write_broken_rounds(tmp_path_factory.mktemp("broken"))


def refusal(path) -> InputError:
    with pytest.raises(InputError) as info:
        load_round(path)
    return info.value


@pytest.mark.parametrize(
    "name",
    [
        "truncated",
        "unquoted_key",
        "empty",
        "utf16",
        "cp1251",
        "unknown_field",
        "missing_field",
        "no_authors",
        "bad_uuid",
        "duplicate_entry",
        "unknown_language",
        "path_leaves",
        "wrong_format",
        "newer_format",
        "link_leaves",
        "no_file",
    ],
)
def test_each_broken_round_gives_coded_problems(broken, name):
    path, code = broken[name]
    error = refusal(path)
    assert error.code == code
    assert all(p.code for p in error.problems), error.problems


def test_codes_carry_what_the_text_shows(broken):
    assert refusal(broken["unquoted_key"][0]).problems[0].args == (
        "2",
        "3",
        "Expecting property name enclosed in double quotes",
    )
    cp1251 = refusal(broken["cp1251"][0]).problems[0]
    assert cp1251.args[2] == "0xca" and cp1251.place == f"line {cp1251.args[0]}, byte {cp1251.args[1]}"
    assert refusal(broken["unknown_field"][0]).problems[0].args == ("extra_key",)
    no_authors = refusal(broken["no_authors"][0]).problems[0]
    assert (no_authors.place, no_authors.args) == ("entries[0].authors", ("", "1", "0"))
    assert refusal(broken["bad_uuid"][0]).problems[0].args == ("'not-a-uuid'",)
    duplicate = refusal(broken["duplicate_entry"][0]).problems[0]
    assert (duplicate.place, duplicate.args) == ("entries", ("", "m01", "2"))
    assert refusal(broken["unknown_language"][0]).problems[0].args == ("", "de")
    assert refusal(broken["path_leaves"][0]).problems[0].args == ("'../promo.mp4'",)
    assert refusal(broken["newer_format"][0]).problems[0].args == ("sarapshy-round/2", "sarapshy-round/1")
    link = refusal(broken["link_leaves"][0]).problems[0]
    assert link.place == "entries[0].media[0].path" and link.code == "link_leads_outside"


def test_english_texts_are_unchanged(broken):
    texts = {name: str(refusal(broken[name][0])).split(": ", 1)[1] for name in broken}
    assert texts["empty"] == "the file is empty — choose the right file"
    assert texts["unknown_field"] == "extra_key: unknown field 'extra_key' — remove it or correct its spelling"
    assert texts["no_authors"] == "entries[0].authors: List should have at least 1 item after validation, not 0"
    assert texts["unquoted_key"] == (
        "line 2, column 3: not valid JSON (Expecting property name enclosed in double "
        "quotes) — the file is damaged or is not a Sarapshy file"
    )
    assert texts["duplicate_entry"] == (
        "entries: entry id 'm01' is used twice (again at position 2); ids must be unique"
    )
    assert texts["newer_format"] == (
        "format: unknown version 'sarapshy-round/2' of the round format — this program "
        "reads sarapshy-round/1; install a newer Sarapshy"
    )


def test_a_too_large_file_gives_its_size_and_the_limit_in_bytes(tmp_path):
    path = tmp_path / "big.round.json"
    path.write_bytes(b" " * 3000)
    with pytest.raises(InputError) as info:
        read_limited(path, 2048)
    assert (info.value.code, info.value.problems[0].args) == ("too_large", ("3000", "2048"))
    assert "the file is too large (3000 bytes; the limit is 2048 bytes)" in str(info.value)


def test_problems_with_codes_stay_hashable_and_errors_picklable():
    problem = Problem("entries[0].id", "text", "fix", "duplicate_id", ("", "m01", "2"))
    assert problem in {problem} and problem != Problem("entries[0].id", "text", "fix")
    assert Problem("a", "b").code == "" and Problem("a", "b").args == ()
    error = InputError("f.json", "place", "problem", "fix", code="empty_file")
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
