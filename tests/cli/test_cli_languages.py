"""`verify`, `merge`, `validate` and `sheet fill` with `--lang kk|ru`: the statuses, the reasons and
the problems in the chosen language, read without Qt from the same catalogues as the window;
English (the default) as before."""

import json

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
