"""`verify`, `merge`, `validate` and `sheet fill` with `--lang kk|ru`: the statuses, the reasons and
the problems in the chosen language, read without Qt from the same catalogues as the window;
English (the default) as before."""

import ast
import json
import re
from pathlib import Path

from app.cli import main
from tests.helpers.cli import decisions_file, round_path, sheets, write_scores  # noqa: F401 (fixtures)
from tests.helpers.factories import round_data, write_round


def tampered(sheet, tmp_path):
    data = json.loads(sheet.read_text(encoding="utf-8"))
    scores = data["evaluations"][0]["scores"]
    first = next(iter(scores))
    scores[first] = scores[first] - 1
    path = tmp_path / "tampered.sheet.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_verify_in_kazakh(round_path, sheets, tmp_path, capsys):
    not_a_sheet = tmp_path / "not.sheet.json"
    not_a_sheet.write_text('{"format": "sarapshy-sheet/2", "x": 1}', encoding="utf-8")
    args = ["verify", "--round", str(round_path), str(sheets[0]), str(tampered(sheets[0], tmp_path)), str(not_a_sheet)]
    assert main([*args, "--lang", "kk"]) == 1
    ok, changed, broken = capsys.readouterr().out.splitlines()
    assert ok.startswith(f"ДҰРЫС {sheets[0]}  сарапшы e1  нұсқа 1  код ") and "(кілт расталмаған)" in ok
    assert (
        changed.startswith("ҚАТЕ  ") and "қолтаңба сәйкес келмейді: парақ қол қойылғаннан кейін өзгертілген" in changed
    )
    assert "бұл оқылатын бағалау парағының файлы емес: round_id: міндетті өріс жоқ — оны қосыңыз" in broken
    assert main(args) == 1
    english = capsys.readouterr().out
    assert "FAIL  " in english and "the signature does not match the content" in english


def test_verify_in_russian_names_the_problems_of_a_sheet_against_its_round(round_path, sheets, tmp_path, capsys):
    data = round_data(entries=3, experts=3)
    data["title"]["ru"] += " (исправлено)"
    edited = write_round(tmp_path / "edited", data)
    assert main(["verify", "--round", str(edited), str(sheets[0]), "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    assert "ОШИБКА" in out and "файл этапа изменён после составления этого листа" in out, out


def test_merge_with_a_wrong_passphrase_in_kazakh_and_english(round_path, sheets, tmp_path, capsys, monkeypatch):
    from tests.helpers.certs import make_ca, make_signer_p12

    p12 = tmp_path / "chair.p12"
    make_signer_p12(p12, "Төраға", make_ca(), b"secret")
    monkeypatch.setenv("SARAPSHY_P12_PASSPHRASE", "wrong")
    args = [
        "merge",
        str(round_path),
        *map(str, sheets),
        "--protocol",
        str(tmp_path / "p.pdf"),
        "--sign",
        str(p12),
        "--decisions",
        str(decisions_file(tmp_path)),
    ]
    assert main([*args, "--lang", "kk"]) == 2
    err = capsys.readouterr().err
    assert f"{p12}: кілт файлын ашу мүмкін болмады — құпиясөзді тексеріңіз" in err
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"{p12}: the key file cannot be opened" in err and "Traceback" not in err


def test_merge_lines_in_russian_and_the_protocol_in_russian(round_path, sheets, tmp_path, capsys):
    out_json = tmp_path / "results.json"
    assert main(["merge", str(round_path), *map(str, sheets), "--json", str(out_json), "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert out.count("ВЕРНО") == 3 and f"результаты записаны: {out_json}" in out, out


def test_merge_without_lang_keeps_english_lines_and_a_kazakh_protocol(round_path, sheets, tmp_path, capsys):
    assert main(["merge", str(round_path), *map(str, sheets), "--json", str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK ") and "results written:" in out


def test_validate_in_russian(round_path, tmp_path, capsys):
    assert main(["validate", str(round_path), "--lang", "ru"]) == 0
    assert "файл этапа корректен — курсов: 3, экспертов: 3, критериев: 7" in capsys.readouterr().out
    data = round_data()
    data["entries"][1]["media"][0]["path"] = "../../etc/passwd"
    bad = write_round(tmp_path / "bad", data)
    assert main(["validate", str(bad), "--lang", "ru"]) == 2
    err = capsys.readouterr().err
    assert "entries[1].media[0].path" in err and "leaves the round file's folder" not in err


def test_sheet_fill_explains_a_bad_table_in_kazakh(round_path, tmp_path, capsys):
    table = write_scores(tmp_path / "scores.csv", {"m01": ["abc", *[5] * 6], "m02": [5] * 7, "zz9": [5] * 7})
    assert (
        main(
            [
                "sheet",
                "fill",
                str(round_path),
                "--expert",
                "e1",
                "--scores",
                str(table),
                "--out",
                str(tmp_path / "s.json"),
                "--lang",
                "kk",
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert f"{table}: 2-жол, c1 (B) бағаны: «abc» балы бүтін сан емес" in err, err
    assert "кезеңде «zz9» курсы жоқ" in err and "кестеде мына курстар жоқ: m03" in err


# --- no English sentence printed past the translator ---------------------------------------------

CLI_MODULES = sorted((Path(__file__).resolve().parents[2] / "app").glob("cli*.py"))
# literal words a command may print as they are: the board's column of totals
MACHINE_WORDS = {"Σ"}


def _literal_words(node: ast.AST) -> list[str]:
    """The string constants a print argument is made of, not counting those passed to a call
    (say(), the renderers): the text printed as written in the code."""
    if isinstance(node, ast.Call):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Subscript):
        return _literal_words(node.value)  # a key (sheet["revision"]) is not printed
    if isinstance(node, ast.FormattedValue):
        return _literal_words(node.value)  # the format spec (":<10") is layout
    return [word for child in ast.iter_child_nodes(node) for word in _literal_words(child)]


def untranslated_prints(source: str) -> list[tuple[int, str]]:
    """(line, text) of each print whose own literal text holds a letter."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
            for arg in node.args:
                for word in _literal_words(arg):
                    if re.search(r"[^\W\d_]", word) and word.strip() not in MACHINE_WORDS:
                        found.append((node.lineno, word))
    return found


def test_every_printed_sentence_of_the_command_line_goes_through_the_translator():
    assert len(CLI_MODULES) >= 3
    leftovers = {p.name: untranslated_prints(p.read_text(encoding="utf-8")) for p in CLI_MODULES}
    assert not any(leftovers.values()), leftovers


def test_the_check_catches_an_english_line_in_any_form():
    assert untranslated_prints('print(f"{path}: not made: {item}")') == [(1, ": not made: ")]
    assert untranslated_prints('print("interrupted", file=sys.stderr)') == [(1, "interrupted")]
    assert untranslated_prints('print("a" + (f" was {x}" if x else ""))') == [(1, "a"), (1, " was ")]
    assert untranslated_prints("print(say(lang, texts.DONE, path))") == []
    assert untranslated_prints('print(f"{word:<10} {path}  {say(lang, X)}")') == []


# --- each command's own lines in Kazakh ------------------------------------------------------------

ENGLISH_SENTENCE = re.compile(r"\b[A-Za-z]{2,}(?:,? [A-Za-z']{2,}){2,}")


def assert_kazakh(text: str, *phrases: str) -> None:
    """Each phrase is there, and no run of three English words is left (paths, codes and hashes are
    single words)."""
    for phrase in phrases:
        assert phrase in text, (phrase, text)
    assert not ENGLISH_SENTENCE.findall(text), (ENGLISH_SENTENCE.findall(text), text)


def test_sheet_fill_and_merge_say_what_they_wrote_in_kazakh(round_path, sheets, tmp_path, capsys, monkeypatch):
    from tests.helpers.certs import make_ca, make_signer_p12

    scores = write_scores(tmp_path / "e1.csv", {"m01": [9] * 7, "m02": [7] * 7, "m03": [5] * 7})
    out = tmp_path / "e1.sheet.json"
    args = ["sheet", "fill", str(round_path), "--expert", "e1", "--scores", str(scores), "--out", str(out)]
    assert main([*args, "--lang", "kk"]) == 0
    assert_kazakh(capsys.readouterr().out, "e1 сарапшының қол қойылған парағы, 1-нұсқа, тексеру коды ")

    p12 = tmp_path / "chair.p12"
    make_signer_p12(p12, "Төраға", make_ca(), b"secret")
    monkeypatch.setenv("SARAPSHY_P12_PASSPHRASE", "secret")
    protocol, xlsx, results = tmp_path / "p.pdf", tmp_path / "s.xlsx", tmp_path / "r.json"
    merge = ["merge", str(round_path), *map(str, sheets), "--decisions", str(decisions_file(tmp_path))]
    merge += ["--protocol", str(protocol), "--xlsx", str(xlsx), "--json", str(results), "--sign", str(p12)]
    assert main([*merge, "--lang", "kk"]) == 0
    assert_kazakh(
        capsys.readouterr().out,
        f"нәтижелер жазылды: {results}",
        f"Excel жиынтығы жазылды: {xlsx}",
        f"{protocol}: Хаттамада көрсетіледі: қағазбен салыстыру тіркелмеген.",
        f"хаттама жазылды және оған қол қойылды (chair): {protocol}",
    )


def test_a_blocked_protocol_and_an_out_of_date_decision_are_explained_in_kazakh(round_path, tmp_path, capsys):
    from tests.helpers.cli import fill

    tied = fill(round_path, "e1", {"m01": [8] * 7, "m02": [8] * 7, "m03": [5] * 7}, tmp_path)
    protocol = tmp_path / "p.pdf"
    assert main(["merge", str(round_path), str(tied), "--protocol", str(protocol), "--lang", "kk"]) == 2
    assert_kazakh(
        capsys.readouterr().err,
        f"{protocol}: жасалмады: 1-орындағы m01, m02 тең баллдары комиссияның жазбаша шешімін қажет етеді.",
        "Төрағаның шешімдерін шешімдер файлына жазыңыз (пішімі sarapshy-decisions/1)",
        "хаттаманы әзірге жасау мүмкін емес (жоғарыда қараңыз)",
        '"protocol_number": "<нөмірі>"',  # the suggested decisions file's parts to fill in
        '"text": "<56 баллдағы тең нәтиже туралы комиссияның шешімі; курстарды ең үздігінен бастап атаңыз>"',
    )
    stale = decisions_file(tmp_path, tie_resolutions=[{"entries": ["m03", "m01"], "text": "Ашық дауыс беру"}])
    merge = ["merge", str(round_path), str(tied), "--decisions", str(stale), "--lang", "kk"]
    assert main(merge) == 0
    assert_kazakh(capsys.readouterr().err.splitlines()[0], f"{stale}: қолданылмады, ескірген: m03 = m01 тең баллдары")


def test_verify_pdf_and_export_documentolog_in_kazakh(round_path, sheets, tmp_path, capsys, monkeypatch):
    from tests.helpers.certs import make_ca, make_signer_p12, pem

    p12 = tmp_path / "chair.p12"
    cert = make_signer_p12(p12, "Сәрсенбаева Әйгерім", make_ca(), b"secret")
    (tmp_path / "chair.pem").write_bytes(pem(cert))
    monkeypatch.setenv("SARAPSHY_P12_PASSPHRASE", "secret")
    protocol, unsigned = tmp_path / "p.pdf", tmp_path / "unsigned.pdf"
    merge = ["merge", str(round_path), *map(str, sheets), "--decisions", str(decisions_file(tmp_path))]
    assert main([*merge, "--protocol", str(unsigned)]) == 0
    assert main([*merge, "--protocol", str(protocol), "--sign", str(p12)]) == 0
    capsys.readouterr()
    assert main(["verify-pdf", str(unsigned), "--lang", "kk"]) == 1
    assert_kazakh(capsys.readouterr().out, f"{unsigned}: цифрлық қолтаңба жоқ")
    assert main(["verify-pdf", str(protocol), "--lang", "kk"]) == 1
    untrusted = capsys.readouterr().out
    assert "жарамды, бірақ СЕНІМСІЗ" in untrusted and "  берген орталық: " in untrusted
    assert "  қамтиды: бүкіл файлды; қол қойылғаннан кейін өзгертілген: ештеңе" in untrusted
    assert main(["verify-pdf", str(protocol), "--trust", str(tmp_path / "chair.pem"), "--lang", "kk"]) == 0
    assert "Сәрсенбаева Әйгерім — " in (trusted := capsys.readouterr().out) and "— жарамды, сенімді" in trusted
    assert "certificate" not in trusted and "covers" not in trusted
    assert main(["export-documentolog", str(protocol), "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert_kazakh(
        out, "Documentolog-қа арналған файл жазылды: ", "бет, интерактивті бөліктері жоқ)", "файлында да бар)"
    )


def test_letters_and_the_winners_extract_in_kazakh(tmp_path, capsys):
    from tests.helpers.cli import meeting_files

    round_path, _rf, sheets, decisions = meeting_files(tmp_path)
    out = tmp_path / "letters"
    letters = ["letters", str(round_path), *map(str, sheets), "--decisions", str(decisions), "--out", str(out)]
    assert main([*letters, "--lang", "kk"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all(line.startswith("хат жазылды: ") for line in lines)
    assert main(letters) == 0 and "letter written: " in capsys.readouterr().out  # English without --lang
    extract = tmp_path / "extract.pdf"
    merge = ["merge", str(round_path), *map(str, sheets), "--decisions", str(decisions)]
    assert main([*merge, "--winners-extract", str(extract), "--lang", "kk"]) == 0
    assert_kazakh(capsys.readouterr().out.splitlines()[-1], f"жеңімпаздар туралы үзінді жазылды: {extract}")
    no_number = tmp_path / "no-number.pdf"
    merge = ["merge", str(round_path), *map(str, sheets), "--winners-extract", str(no_number), "--lang", "kk"]
    assert main(merge) == 2 and not no_number.exists()
    assert_kazakh(capsys.readouterr().err, f"{no_number}: Хаттаманың нөмірі әлі берілмеген.")


def test_next_stage_and_gather_in_kazakh(tmp_path, capsys):
    from tests.helpers.stages import _decisions, _department, _sheets

    a = _department(tmp_path / "a", "Ақпараттық жүйелер кафедрасы", "Цифрлық факультет", ["Python", "Деректер"])
    sheets = _sheets(a, {x: {"m01": 9, "m02": 7} for x in ("e1", "e2", "e3")}, tmp_path / "sheets")
    capsys.readouterr()
    pkg = tmp_path / "pkg"
    args = ["next-stage", str(a), *map(str, sheets), "--out", str(pkg), "--lang", "kk", "--decisions"]
    assert main([*args, str(_decisions(tmp_path, "7"))]) == 0
    assert_kazakh(
        capsys.readouterr().out,
        f"келесі кезеңге арналған пакет жазылды: {pkg}",
        "  кезең файлы: ",
        "; хаттамадан үзінді: ",
        "; курстар: m01, m02",
    )
    faculty = tmp_path / "faculty" / "faculty.round.json"
    assert main(["gather", str(faculty), str(pkg), "--lang", "kk"]) == 0
    assert_kazakh(
        capsys.readouterr().out,
        f"{faculty}: факультет кезеңі, курстар саны: 2",
        "— Ақпараттық жүйелер кафедрасы ұсынған",
        "кезең сарапшыларға жіберілмес бұрын, кез келген кезеңдегідей, оның комиссиясын белгілеңіз",
    )


def test_the_second_round_in_kazakh(tmp_path, capsys):
    from tests.helpers.cli import answer_request, reconsider_panel

    round_path, _rf, sheets = reconsider_panel(tmp_path)
    req = tmp_path / "e1.reconsideration.json"
    request = ["reconsider", "request", str(round_path), *map(str, sheets), "--expert", "e1"]
    request += ["--flagged", "Неге 9?", "--cell", "m02:c1:Неге 5?", "--out", str(req), "--lang", "kk"]
    assert main(request) == 0
    assert_kazakh(capsys.readouterr().out, f"{req}: e1 сарапшыға 1-нұсқа бойынша қайта қарау сұрауы, ұяшықтар: 8")
    assert main(["reconsider", "show", str(req), "--lang", "kk"]) == 0
    assert_kazakh(
        capsys.readouterr().out, "сарапшыға", "төрағадан сұрау", "парақтың 1-нұсқасы", "m01/c1  балл 9  Неге 9?"
    )
    code, revised = answer_request(tmp_path, round_path, str(req), sheets[0], "m01,c1,9,", "--lang", "kk")
    assert code == 0
    assert_kazakh(
        capsys.readouterr().out, f"{revised}: e1 сарапшы парағының 2-нұсқасы, қайта қаралған ұяшықтар: 8, өзгергені: 0"
    )


def test_the_demo_round_and_the_audit_chain_in_kazakh(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "demo"), "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert_kazakh(out, f"демо кезең жазылды: {tmp_path / 'demo'}")
    round_file = out.split(": ", 1)[1].strip()
    assert main(["audit", round_file, "--lang", "kk"]) == 0
    assert_kazakh(capsys.readouterr().out, "тізбек бүтін: 0 жазба")


def test_gather_names_a_course_sent_twice_in_kazakh(tmp_path, capsys):
    from tests.helpers.stages import _package

    a = _package(tmp_path, "A", ["Химия", "Физика"], [9, 8], capsys)
    b = _package(tmp_path, "B", ["Тарих", "Химия"], [7, 6], capsys)
    capsys.readouterr()
    assert main(["gather", str(tmp_path / "f" / "faculty.round.json"), str(a), str(b), "--lang", "kk"]) == 1
    assert_kazakh(capsys.readouterr().err, "НАЗАР АУДАРЫҢЫЗ  m01 мен m02-2 бір курс сияқты (атауы мен авторы бірдей)")
