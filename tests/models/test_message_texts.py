"""Every text the core can show a user has its Kazakh and Russian version: each problem code raised
anywhere in app/models, app/media, app/reports and the command line (collected from the source, so
a new `InputError(..., code=...)` without a translation fails here), the sheet statuses, the media
check's values and the command line's own lines. Rendered without Qt, as the command line does."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app import cli_texts
from app.media import check_words
from app.models import readiness_texts, status_text
from app.models.catalogue import english, translator
from app.models.errors import InputError, Problem
from app.models.messages import TEMPLATES, input_error_in, problem_text

ROOT = Path(__file__).resolve().parents[2]
CORE = [
    ROOT / "app" / "models",
    ROOT / "app" / "media",
    ROOT / "app" / "reports",
    ROOT / "app" / "cli.py",
    ROOT / "app" / "cli_meeting.py",
    ROOT / "app" / "cli_reconsider.py",
]
# Problems built from items that carry their own codes and are shown by their own screen: the round
# editor's issues (app/ui/organiser/texts.py, "OrganiserTexts"; the editor refuses to save before).
SHOWN_ELSEWHERE = {"round_edit.py": 2, "round_package.py": 1}
# Codes made at run time: pydantic's error types (their templates are listed in TEMPLATES), the
# protocol's readiness items ("readiness_" + the item's code, app/models/readiness.py).
DYNAMIC_PREFIXES = ("readiness_",)
# calls whose code is their n-th positional argument
CODE_ARGUMENT = {
    "Problem": 3,
    "CodedValueError": 0,
    "SheetProblem": 2,
    "_error": 0,
    "_unsafe": 1,
    "_bad": 3,
    "_problem": 3,
}


def core_files() -> list[Path]:
    return sorted(p for root in CORE for p in ([root] if root.is_file() else root.rglob("*.py")))


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", "")


def _code_expression(call: ast.Call) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "code" and (_name(call) in ("InputError", "Problem") or _is_super_init(call)):
            return keyword.value
    position = CODE_ARGUMENT.get(_name(call))
    return call.args[position] if position is not None and len(call.args) > position else None


def _strings(expression: ast.expr) -> list[str]:
    """The code strings an expression can give: a constant, either branch of `a if c else b`, `"p" + x`."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return [expression.value]
    if isinstance(expression, ast.IfExp):
        return _strings(expression.body) + _strings(expression.orelse)
    if isinstance(expression, ast.BinOp):
        return [s + "…" for s in _strings(expression.left)]
    return []


def raised_codes() -> dict[str, str]:
    """code → where it is first raised, for every code written in the core's source."""
    codes: dict[str, str] = {}
    for path in core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                expression = _code_expression(node)
                for code in _strings(expression) if expression is not None else []:
                    codes.setdefault(code, f"{path.relative_to(ROOT)}:{node.lineno}")
    return codes


def _is_super_init(call: ast.Call) -> bool:
    """`super().__init__(…)`: in the core only InputError's subclasses call it with a problem."""
    return (
        _name(call) == "__init__"
        and isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Call)
        and _name(call.func.value) == "super"
    )


def _problem_calls(tree: ast.AST) -> list[ast.Call]:
    """InputError(…) and Problem(…), and `super().__init__(…)` in InputError's subclasses."""
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n) in ("InputError", "Problem")]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "InputError" for b in node.bases):
            calls += [n for n in ast.walk(node) if isinstance(n, ast.Call) and _is_super_init(n)]
    return calls


def uncoded_problems() -> dict[str, int]:
    """file name → how many problems made there carry no code (and no coded problems)."""
    found: dict[str, int] = {}
    for path in core_files():
        for node in _problem_calls(ast.parse(path.read_text(encoding="utf-8"))):
            keywords = {k.arg for k in node.keywords}
            if not ({"code", "problems"} & keywords or (_name(node) == "Problem" and len(node.args) >= 4)):
                found[path.name] = found.get(path.name, 0) + 1
    return found


def test_every_problem_the_core_raises_carries_a_code():
    assert uncoded_problems() == SHOWN_ELSEWHERE


def test_every_code_the_core_raises_has_a_template():
    codes = raised_codes()
    assert len(codes) > 100  # the collection itself works
    known = set(TEMPLATES) | set(status_text.PROBLEMS)
    missing = {
        code: where for code, where in codes.items() if code not in known and not code.startswith(DYNAMIC_PREFIXES)
    }
    assert not missing


def _sample_args(code: str) -> tuple[str, ...]:
    """Distinct numbers as args (sizes and positions must be numbers), as many as the template names."""
    template = TEMPLATES[code]
    count = max(
        (int(n) for text in (template.problem, template.fix, template.place) for n in re.findall(r"%(\d)", text or "")),
        default=0,
    )
    return tuple(str(7001 + i) for i in range(count))


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_code_renders_translated_with_its_args(code, lang):
    args = _sample_args(code)
    problem = Problem("", "the English text", "", code, args)
    shown, original = problem_text(problem, translator(lang)), problem_text(problem, english)
    assert shown != original, (code, shown)
    for arg in args:
        if arg in original:
            assert arg in shown, (code, arg, shown)
    assert not re.search(r"%\d", shown), shown


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_sheet_statuses_media_values_and_command_line_lines_are_translated(lang):
    words = translator(lang)
    texts = [
        (status_text.CONTEXT, t)
        for t in [
            *status_text.STATUS_WORDS.values(),
            *status_text.REASONS.values(),
            *status_text.PROBLEMS.values(),
            status_text.MORE,
            status_text.KEY,
            status_text.KEY_NOT_CONFIRMED,
            status_text.VERIFIED,
            status_text.TAKEN,
        ]
    ]
    texts += [(check_words.CONTEXT, t) for _, t in check_words.PATTERNS]
    texts += [(check_words.CONTEXT, t) for t in check_words.EXPLANATIONS.values()]
    texts += [
        (cli_texts.CONTEXT, value)
        for name, value in vars(cli_texts).items()
        if name.isupper() and not name.endswith("CONTEXT") and isinstance(value, str)
    ]
    texts += [(readiness_texts.CONTEXT, t) for t in readiness_texts.TEXTS.values()]
    untranslated = [text for context, text in texts if words(context, text) == text]
    assert not untranslated
    for context, text in texts:
        assert sorted(re.findall(r"%\d", words(context, text))) == sorted(re.findall(r"%\d", text)), text


def test_the_catalogues_have_nothing_unfinished():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0 and "0 unfinished string(s)" in done.stdout, done.stdout[-2000:]


def test_a_wrong_pkcs12_passphrase_in_kazakh_and_russian(tmp_path):
    from app.reports.pdf_signing import load_signer
    from tests.helpers.certs import make_ca, make_signer_p12

    p12 = tmp_path / "chair.p12"
    make_signer_p12(p12, "Төраға", make_ca(), b"secret")
    with pytest.raises(InputError) as info:
        load_signer(p12, "wrong")
    assert info.value.code == "p12_wrong_passphrase"
    assert input_error_in(info.value, "kk") == (
        f"{p12}: кілт файлын ашу мүмкін болмады — құпиясөзді тексеріңіз; "
        "файл сертификаты бар PKCS#12 (.p12/.pfx) кілті болуы керек"
    )
    assert "файл ключа не удаётся открыть — проверьте пароль" in input_error_in(info.value, "ru")
    assert input_error_in(info.value, "en") == str(info.value)


def test_an_excel_zip_bomb_is_refused_in_kazakh(tmp_path):
    import zipfile

    from app.models.sheet_table_read import read_table

    path = tmp_path / "scores.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 50_000_000 + b"</a>")
    with pytest.raises(InputError) as info:
        read_table(path)
    text = input_error_in(info.value, "kk")
    assert text.startswith(f"{path}: кітап қабылданбады") and "xl/worksheets/sheet1.xml" in text, text
    assert "workbook" not in text


def test_a_score_table_with_mistakes_in_russian(tmp_path):
    from app.models.round import load_round
    from app.models.sheet_table import evaluations_from_table
    from app.models.sheet_table_read import read_table
    from tests.helpers.factories import round_data, write_round

    round_file = load_round(write_round(tmp_path / "round", round_data(entries=2, experts=1)))
    criteria = [c.id for c in round_file.round.criteria]
    table = tmp_path / "scores.csv"
    table.write_text(
        "entry_id," + ",".join(criteria) + ",comment\n"
        "m01,abc," + ",".join(["5"] * (len(criteria) - 1)) + ",\n"
        "zz9," + ",".join(["5"] * len(criteria)) + ",\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        evaluations_from_table(round_file, read_table(table), table)
    lines = input_error_in(info.value, "ru").splitlines()
    assert (
        lines[0] == f"{table}: строка 2, столбец c1 (B): балл «abc» не является целым числом — впишите целое "
        "число от 1 до 10"
    )
    assert lines[1].startswith(
        f"{table}: строка 3, столбец entry_id (A): в этапе нет курса «zz9» — используйте один из: m01, m02"
    )
    assert (
        lines[2] == f"{table}: entry_id: в таблице нет курсов: m02 — добавьте строку для каждого (баллы или "
        "recused = yes с причиной)"
    )


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_document_refused_over_a_readiness_item_says_it_in_the_language(lang):
    from app.models.readiness import ENGLISH, ReadinessItem
    from app.models.refusal import refuse_blocked

    assert set(readiness_texts.TEXTS) == set(ENGLISH)
    items = [ReadinessItem("protocol_number_missing"), ReadinessItem("tie_unresolved", ("1", "m01, m02"))]
    with pytest.raises(InputError) as caught:
        refuse_blocked(items, "extract.pdf", "protocol")
    shown = input_error_in(caught.value, lang)
    expected = {"kk": "1-орындағы m01, m02 тең баллдары", "ru": "m01, m02"}[lang]
    assert expected in shown and "needs" not in shown and "number yet" not in shown, shown
    assert shown.startswith("extract.pdf: ")
