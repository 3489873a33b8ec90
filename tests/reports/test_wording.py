"""Every table of fixed words in Kazakh, Russian and English is a `Wording`, read one way, and
complete: each entry has all three languages with the same {fields}."""

import ast
import importlib
import string
from pathlib import Path

import pytest

from app.models.localized import LANGUAGES, Wording

APP = Path(__file__).resolve().parents[2] / "app"
CORE = ("models", "media", "reports")


def core_modules() -> list[str]:
    return [
        ".".join(path.relative_to(APP.parent).with_suffix("").parts)
        for folder in CORE
        for path in sorted((APP / folder).glob("*.py"))
        if path.name != "__init__.py"
    ]


def is_language_table(node: ast.expr) -> bool:
    """A literal {key: {"kk": …, "ru": …, "en": …}, …} with at least two entries."""
    if not isinstance(node, ast.Dict) or len(node.values) < 2:
        return False
    return all(
        isinstance(v, ast.Dict) and {k.value for k in v.keys if isinstance(k, ast.Constant)} >= set(LANGUAGES)
        for v in node.values
    )


def bare_tables(source: str) -> list[int]:
    tree = ast.parse(source)
    return [
        node.lineno
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and is_language_table(node.value)
    ]


def test_language_tables_of_the_core_are_wordings():
    offenders = [
        f"{name}:{line}"
        for name in core_modules()
        for line in bare_tables((APP.parent / (name.replace(".", "/") + ".py")).read_text(encoding="utf-8"))
    ]
    assert not offenders, "tables of kk/ru/en words that are not a Wording: " + ", ".join(offenders)


def test_the_check_sees_a_bare_table():
    assert bare_tables('T = {"a": {"kk": "1", "ru": "2", "en": "3"}, "b": {"kk": "1", "ru": "2", "en": "3"}}') == [1]
    assert (
        bare_tables('T = Wording({"a": {"kk": "1", "ru": "2", "en": "3"}, "b": {"kk": "", "ru": "", "en": ""}})') == []
    )


def wordings() -> list[tuple[str, Wording]]:
    found = []
    for name in core_modules():
        module = importlib.import_module(name)
        found += [
            (f"{name}.{attr}", value)
            for attr, value in vars(module).items()
            if isinstance(value, Wording) and getattr(module, attr) is value
        ]
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("where, table", wordings(), ids=lambda x: x if isinstance(x, str) else "")
def test_each_entry_has_every_language_with_the_same_fields(where, table):
    problems = []
    for key, words in table.items():
        missing = [lang for lang in LANGUAGES if not words.get(lang)]
        if missing:
            problems.append(f"{key}: no {', '.join(missing)}")
        elif len({frozenset(fields(words[lang])) for lang in LANGUAGES}) != 1:
            problems.append(f"{key}: the languages fill different fields")
    assert not problems, f"{where}: " + "; ".join(problems)


def test_wording_reads_like_the_old_helpers():
    table = Wording(
        {
            "hello": {"kk": "Сәлем, {name}", "ru": "Привет, {name}", "en": "Hello, {name}"},
            "only": {"kk": "", "ru": "", "en": "English only"},
        }
    )
    assert table.text("hello", "kk", name="Әлия") == "Сәлем, Әлия"
    assert table.text("hello", "en") == "Hello, {name}"
    assert table.text("only", "kk") == "English only"
    assert table.text_or_key("unknown_code", "ru") == "unknown_code"
