"""A broken round file is explained in the interface language: every problem the models give a code
is rendered from a translated template, with its place and values, never in English."""

import re

import pytest

from app.models.errors import InputError, Problem
from app.models.round import load_round
from app.ui.error_text import TEMPLATES, input_error_text, problem_text, translate
from tests.helpers.broken_rounds import write_broken_rounds
from tests.helpers.catalogues import common_catalogues, language  # noqa: F401 (fixtures)

# Names and codes that are the same in every language.
TECHNICAL = {"utf", "json", "uuid", "windows", "base", "http", "https"}


@pytest.fixture(scope="module")
def refusals(tmp_path_factory) -> dict[str, InputError]:
    found = {}
    for name, (path, _) in write_broken_rounds(tmp_path_factory.mktemp("broken")).items():
        with pytest.raises(InputError) as info:
            load_round(path)
        found[name] = info.value
    return found


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}


def english_left(problem: Problem, shown: str) -> set[str]:
    """Words of the English problem and fix still in `shown`, but for the place and the values."""
    values = problem.args[:2] if problem.code == "json_syntax" else problem.args  # its 3rd is json's English
    data = words(problem.place) | words(" ".join(values)) | TECHNICAL
    return {w for w in words(f"{problem.problem} {problem.fix}") - data if re.search(rf"\b{w}\b", shown, re.I)}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_broken_rounds_are_explained_without_english(refusals, language, lang):
    language(lang)
    for name, error in refusals.items():
        shown = input_error_text(error)
        assert shown.startswith(f"{error.file}: "), name
        for problem in error.problems:
            text = problem_text(problem)
            assert text in shown
            assert not english_left(problem, text), f"{name}: {text}"
            assert not re.search(r"%\d", text), f"{name}: {text}"
            if problem.place.startswith("line "):  # a position in the text: translated, numbers kept
                assert re.match(rf"\D*{problem.args[0]}\D+{problem.args[1]}\D*: ", text), f"{name}: {text}"
            elif problem.place:
                assert text.startswith(problem.place + ": "), f"{name}: {text}"


def test_kazakh_and_russian_texts_read_as_meant(refusals, language):
    language("kk")
    assert problem_text(refusals["empty"].problems[0]) == "файл бос — дұрыс файлды таңдаңыз"
    assert problem_text(refusals["unquoted_key"].problems[0]) == (
        "2-жол, 3-баған: JSON қате (қос тырнақшадағы өріс атауы күтілген еді) — файл бүлінген немесе Сарапшы файлы емес"
    )
    assert problem_text(refusals["no_authors"].problems[0]) == (
        "entries[0].authors: тізімде кемінде 1 элемент болуы керек, қазір 0 — жетпейтіндерін қосыңыз"
    )
    assert "UTF-8 мәтіні емес (0xca байты)" in problem_text(refusals["cp1251"].problems[0])
    language("ru")
    assert problem_text(refusals["unknown_field"].problems[0]) == (
        "extra_key: неизвестное поле «extra_key» — удалите его или исправьте написание"
    )
    assert problem_text(refusals["bad_uuid"].problems[0]).startswith(
        "round_id: должно быть UUID (найдено: 'not-a-uuid') — например, "
    )
    assert "Блокноте" in problem_text(refusals["utf16"].problems[0])


def test_english_texts_read_sensibly(refusals, language):
    language("en")
    texts = {name: problem_text(error.problems[0]) for name, error in refusals.items()}
    assert texts["empty"] == "the file is empty — choose the right file"
    assert texts["unquoted_key"] == (
        "line 2, column 3: not valid JSON (a field name in double quotes was expected) "
        "— the file is damaged or is not a Sarapshy file"
    )
    assert texts["no_authors"] == (
        "entries[0].authors: the list needs at least 1 item(s), it has 0 — add the missing ones"
    )
    assert texts["duplicate_entry"] == (
        "entries: the id «m01» is used twice (again at position 2) — ids must be unique"
    )
    assert texts["link_leaves"] == refusals["link_leaves"].problems[0].describe()
    assert all(not re.search(r"%\d", text) for text in texts.values())


def test_a_problem_without_a_code_is_shown_in_english(language):
    language("kk")
    plain = Problem("entries[2].title", "something new went wrong", "fix it so")
    unknown = Problem("x", "odd", "", code="no-such-code")
    assert problem_text(plain) == "entries[2].title: something new went wrong — fix it so"
    assert problem_text(unknown) == "x: odd"
    error = InputError("r.round.json", problems=[plain, Problem("", "the file is empty", "", "empty_file")])
    assert input_error_text(error) == (
        "r.round.json: entries[2].title: something new went wrong — fix it so\n"
        "r.round.json: файл бос — дұрыс файлды таңдаңыз"
    )


def test_sizes_are_shown_in_the_interface_language(language):
    language("ru")
    problem = Problem(
        "",
        "the file is too large (40.0 MB; the limit is 32.0 MB)",
        "…",
        "too_large",
        (str(40 * 1024 * 1024), str(32 * 1024 * 1024)),
    )
    assert problem_text(problem).startswith("файл слишком большой (40.0 МБ; предел — 32.0 МБ)")


def test_every_template_is_translated_into_kazakh(language):
    language("kk")
    texts = {t for template in TEMPLATES.values() for t in (template.problem, template.fix, template.place) if t}
    untranslated = sorted(t for t in texts if translate(t) == t)
    assert not untranslated
