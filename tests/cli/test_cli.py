"""The command line as a user runs it: real files in, exit codes and messages out."""

import json
import subprocess
import sys

import pytest

from app.cli import main
from app.models.round import load_round
from tests.helpers.cli import decisions_file, fill, round_path, sheets, write_scores  # noqa: F401
from tests.helpers.factories import round_data, write_round


def test_validate_accepts_a_good_round_and_explains_a_bad_one(round_path, tmp_path, capsys):
    assert main(["validate", str(round_path)]) == 0
    assert "valid round — 3 entries, 3 experts, 7 criteria" in capsys.readouterr().out
    data = round_data()
    data["entries"][1]["media"][0]["path"] = "../../etc/passwd"
    bad = write_round(tmp_path / "bad", data)
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "entries[1].media[0].path" in err and "leaves the round file's folder" in err
    assert "Traceback" not in err


def test_merge_writes_results_in_rank_order(round_path, sheets, tmp_path, capsys):
    out = tmp_path / "results.json"
    assert main(["merge", str(round_path), *map(str, sheets), "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["format"] == "sarapshy-results/1"
    assert [e["entry_id"] for e in results["entries"]] == ["m01", "m02", "m03"]
    first = results["entries"][0]
    assert first["result"] == 63 + 56 + 70 and first["rank"] == 1
    third = results["entries"][2]
    # e3 recused from m03: the mean of the other two totals times the panel of three, marked.
    assert third["rescaled"] is True and third["result"] == pytest.approx((35 + 28) / 2 * 3)
    assert {s["status"] for s in results["sheets"]} == {"ok"}


def test_merge_leaves_out_tampered_and_reports_exit_1(round_path, sheets, tmp_path, capsys):
    tampered = tmp_path / "tampered.sheet.json"
    data = json.loads(sheets[0].read_text(encoding="utf-8"))
    data["evaluations"][2]["scores"]["c1"] = 10
    tampered.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "results.json"
    assert main(["merge", str(round_path), str(sheets[1]), str(sheets[2]), str(tampered), "--json", str(out)]) == 1
    captured = capsys.readouterr()
    assert "tampered.sheet.json" in captured.err and "signature does not match" in captured.err
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["panel"] == ["e2", "e3"]


def test_verify_lists_each_sheet_with_its_code(round_path, sheets, tmp_path, capsys):
    assert main(["verify", "--round", str(round_path), *map(str, sheets)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(line.startswith("OK") for line in lines)
    code = lines[0].split("code ")[1].split()[0]
    assert len(code) == 11 and code[5] == "-"
    # the same sheet checked against an edited round fails, naming why
    data = round_data(entries=3, experts=3)
    data["title"]["kk"] += " (түзетілген)"
    edited = write_round(tmp_path / "edited", data)
    assert main(["verify", "--round", str(edited), str(sheets[0])]) == 1
    assert "round file was edited" in capsys.readouterr().out


def test_a_new_revision_supersedes_the_old_one(round_path, sheets, tmp_path, capsys):
    newer = fill(round_path, "e1", {"m01": [1] * 7, "m02": [1] * 7, "m03": [1] * 7}, tmp_path, revision=2)
    out = tmp_path / "r.json"
    assert main(["merge", str(round_path), *map(str, sheets), str(newer), "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    statuses = {s["file"]: s["status"] for s in results["sheets"]}
    assert statuses[sheets[0].name] == "superseded"
    assert results["entries"][-1]["totals"]["e1"] == 7


def test_sheet_fill_rejects_out_of_range_scores_with_row_and_column(round_path, tmp_path, capsys):
    table = write_scores(tmp_path / "bad.csv", {"m01": [9, 9, 11, 9, 9, 9, 9], "m02": [7] * 7, "m03": [5] * 7})
    out = tmp_path / "x.sheet.json"
    assert main(["sheet", "fill", str(round_path), "--expert", "e1", "--scores", str(table), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and "11" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b'{"format": "sarapshy-sheet/9"}'])
def test_broken_sheet_files_are_reported_not_crashing(round_path, tmp_path, capsys, content):
    broken = tmp_path / "broken.sheet.json"
    broken.write_bytes(content)
    assert main(["verify", str(broken)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAIL") and "broken.sheet.json" in out


def test_missing_round_file_is_exit_2_with_a_message(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.round.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_merge_sign_without_protocol_is_refused(round_path, sheets, tmp_path, capsys):
    assert main(["merge", str(round_path), str(sheets[0]), "--sign", str(tmp_path / "k.p12")]) == 2
    assert "--protocol" in capsys.readouterr().err


def test_python_dash_m_app_runs_as_a_program(round_path):
    done = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(round_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "valid round" in done.stdout


def test_demo_round_validates_and_checks_media(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "demo")]) == 0
    round_path = tmp_path / "demo" / "demo.round.json"
    assert load_round(round_path).round.stage == "university"
    check = tmp_path / "media.json"
    # the demo deliberately carries three videos that break form -02
    assert main(["check-media", str(round_path), "--json", str(check)]) == 1
    files = json.loads(check.read_text(encoding="utf-8"))["files"]
    assert sum(not f["ok"] for f in files) == 3


def test_merge_writes_protocol_and_summary_and_signs(round_path, sheets, tmp_path, capsys, monkeypatch):
    from tests.helpers.certs import make_ca, make_signer_p12, pem
    from tests.helpers.pdftext import pdf_text

    p12 = tmp_path / "chair.p12"
    signer_cert = make_signer_p12(p12, "Сәрсенбаева Әйгерім", make_ca(), b"secret")
    (tmp_path / "chair.pem").write_bytes(pem(signer_cert))
    monkeypatch.setenv("SARAPSHY_P12_PASSPHRASE", "secret")
    protocol, xlsx = tmp_path / "protocol.pdf", tmp_path / "summary.xlsx"
    assert (
        main(
            [
                "merge",
                str(round_path),
                *map(str, sheets),
                "--protocol",
                str(protocol),
                "--xlsx",
                str(xlsx),
                "--sign",
                str(p12),
                "--decisions",
                str(decisions_file(tmp_path)),
            ]
        )
        == 0
    )
    assert xlsx.stat().st_size > 0
    text = pdf_text(protocol)
    assert "ХАТТАМАСЫ" in text and "Курс 1: Қазақ тілі және ғылым" in text
    capsys.readouterr()
    assert main(["verify-pdf", str(protocol)]) == 1  # not trusted until its certificate is named
    capsys.readouterr()
    assert main(["verify-pdf", str(protocol), "--trust", str(tmp_path / "chair.pem")]) == 0
    report = capsys.readouterr().out
    assert "Сәрсенбаева Әйгерім" in report and "valid" in report
    data = bytearray(protocol.read_bytes())
    middle = len(data) // 3
    data[middle] = (data[middle] + 1) % 256
    protocol.write_bytes(bytes(data))
    assert main(["verify-pdf", str(protocol)]) == 1


def test_merge_refuses_a_protocol_over_an_unresolved_prize_tie(round_path, tmp_path, capsys):
    tied = [fill(round_path, "e1", {"m01": [8] * 7, "m02": [8] * 7, "m03": [8] * 7}, tmp_path)]
    protocol = tmp_path / "protocol.pdf"
    assert main(["merge", str(round_path), str(tied[0]), "--protocol", str(protocol)]) == 2
    err = capsys.readouterr().err
    assert "The tie of m01, m02, m03 on place 1 needs the commission's written resolution" in err
    assert "--decisions FILE" in err
    assert not protocol.exists()


def test_no_command_opens_the_window_and_self_test_is_routed(monkeypatch):
    import app.cli as cli

    calls = []
    monkeypatch.setattr(cli, "cmd_gui", lambda args: calls.append(("gui", getattr(args, "round", None))) or 0)
    monkeypatch.setattr(cli, "cmd_self_test", lambda args: calls.append(("self-test", None)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["--self-test"]) == 0
    assert calls == [("gui", None), ("self-test", None)]
