"""The `sarapshy` command line: parses, calls the models and reports, prints, returns exit codes.

Exit codes: 0 success; 1 some input was checked and found failing (a sheet, a PDF signature, a
media file) or left out of a merge; 2 bad input or usage (the message says the file and place).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app import cli_texts as texts
from app.cli_meeting import add_commands, add_merge_options, write_extract
from app.cli_reconsider import add_commands as add_reconsider_commands
from app.cli_texts import say
from app.models.catalogue import Translate, translator
from app.models.errors import InputError, Problem

if TYPE_CHECKING:
    from app.models.sheet_check import SheetStatus
    from app.reports.chair_documents import DocumentInputs

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
PASSPHRASE_ENV = "SARAPSHY_P12_PASSPHRASE"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # No command at all opens the window (the --self-test flag shares the `handler` slot, so it is
    # present but None then).
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", None) or cmd_gui
    try:
        return handler(args)
    except InputError as exc:
        from app.models.messages import input_error_in

        print(input_error_in(exc, _lang(args)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(say(_lang(args), texts.INTERRUPTED), file=sys.stderr)
        return 130
    except Exception:  # noqa: BLE001 - a bug, not bad input: keep the details for the report, show a short line
        log = _write_crash_log()
        print(say(_lang(args), texts.INTERNAL_ERROR, log), file=sys.stderr)
        return 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sarapshy", description="Evaluation of MOOCs by an expert commission.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        dest="handler",
        action="store_const",
        const=cmd_self_test,
        help="check that every part of the program works (one line per step), then exit",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the window (the demo round when no round is given)")
    p.add_argument("round", nargs="?", type=Path, help="a round file to open")
    p.add_argument("--role", choices=("expert", "chair", "organiser"), help="open in this role")
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)  # open, check the page, exit
    p.set_defaults(handler=cmd_gui)

    p = sub.add_parser("demo", help="write a complete demo round (round file and generated videos) into DIR")
    p.add_argument("dir", type=Path)
    _add_message_lang(p)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser(
        "validate",
        help="check a round file; exit 0, or 2 with what is wrong and where; lists the suggested conflicts of interest",
    )
    p.add_argument("round", type=Path)
    _add_message_lang(p)
    p.set_defaults(handler=cmd_validate)

    p = sub.add_parser("sheet", help="work with sheet files")
    sheet_sub = p.add_subparsers(title="sheet commands", metavar="ACTION", required=True)
    f = sheet_sub.add_parser("fill", help="sign a sheet from a CSV/XLSX table with this machine's key")
    f.add_argument("round", type=Path)
    f.add_argument("--expert", required=True, help="the expert's id in the round")
    f.add_argument("--scores", required=True, type=Path, help="CSV or XLSX table of scores")
    f.add_argument("--out", required=True, type=Path, help="the sheet file to write")
    f.add_argument("--revision", type=int, default=1, help="revision number (a correction is a new revision)")
    _add_message_lang(f)
    f.set_defaults(handler=cmd_sheet_fill)

    p = sub.add_parser("verify", help="check sheet files: one line each; exit 1 if any fails")
    p.add_argument("--round", type=Path, help="also check that the sheets fit this round")
    p.add_argument("sheets", nargs="+", type=Path)
    _add_message_lang(p)
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("merge", help="merge valid sheets into the results, the protocol and the summary")
    p.add_argument("round", type=Path)
    p.add_argument("sheets", nargs="+", type=Path)
    p.add_argument("--protocol", type=Path, help="write the protocol PDF here")
    p.add_argument("--xlsx", type=Path, help="write the Excel summary here")
    p.add_argument("--json", type=Path, help="write the results file (sarapshy-results/1) here")
    p.add_argument(
        "--sign",
        type=Path,
        metavar="KEY.p12",
        help=f"sign the protocol with this PKCS#12 file (passphrase from ${PASSPHRASE_ENV} or a prompt)",
    )
    p.add_argument(
        "--lang",
        choices=("kk", "ru", "en"),
        help="language of the protocol, the summary and the messages (default: documents kk, messages en)",
    )
    p.add_argument(
        "--decisions",
        type=Path,
        metavar="FILE",
        help="the chair's decisions (sarapshy-decisions/1): protocol number, tie resolutions, places, "
        "absent experts, nominees, advancing entries",
    )
    add_merge_options(p)
    p.add_argument(
        "--requests",
        nargs="*",
        type=Path,
        default=[],
        metavar="REQ",
        help="the chair's reconsideration requests, to check the revisions answering them",
    )
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser(
        "verify-pdf",
        help="list a PDF's digital signatures with their certificates; exit 1 if "
        "any is broken, unverifiable or not trusted, or there is none",
    )
    p.add_argument("pdf", type=Path)
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT",
        help="a certificate (PEM/DER) to trust: the signer's own or its issuer's; repeatable",
    )
    _add_message_lang(p)
    p.set_defaults(handler=cmd_verify_pdf)

    p = sub.add_parser(
        "verify-cms",
        help="check a detached CMS (NCALayer signature) over a PDF: each signer; "
        "exit 0 all good, 1 mismatch or broken, 2 bad input",
    )
    p.add_argument("pdf", type=Path, metavar="PROTOCOL.pdf")
    p.add_argument("cms", type=Path, nargs="?", metavar="PROTOCOL.pdf.cms", help="default: the PDF's name + .cms")
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    p.set_defaults(handler=cmd_verify_cms)

    p = sub.add_parser(
        "export-documentolog",
        help="write the protocol without interactive parts, with its "
        "SHA-256, as a file to register and sign in Documentolog",
    )
    p.add_argument("pdf", type=Path, metavar="PROTOCOL.pdf")
    p.add_argument("--out", type=Path, help="default: PROTOCOL_documentolog.pdf beside it")
    _add_message_lang(p)
    p.set_defaults(handler=cmd_export_documentolog)

    p = sub.add_parser("check-media", help="probe every video of a round against form -02")
    p.add_argument("round", type=Path)
    p.add_argument("--json", type=Path, help="write the media check file here")
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    p.set_defaults(handler=cmd_check_media)

    p = sub.add_parser("audit", help="the chair's audit log of a round and its chain check; exit 1 if broken")
    p.add_argument("round", type=Path)
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="print it as a protocol annex (PDF)")
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    p.set_defaults(handler=cmd_audit)
    add_commands(sub)
    add_reconsider_commands(sub, sheet_sub)

    p = sub.add_parser(
        "next-stage",
        help="write the advancing entries as a next-stage package (round file, media, the protocol extract)",
    )
    p.add_argument("round", type=Path)
    p.add_argument("sheets", nargs="+", type=Path)
    p.add_argument(
        "--decisions",
        type=Path,
        metavar="FILE",
        required=True,
        help="the chair's decisions (sarapshy-decisions/1); 'advancing' decides a tie across the limit",
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="an empty folder for the package")
    p.add_argument(
        "--lang",
        choices=("kk", "ru", "en"),
        help="language of the extract and the messages (default: extract kk, messages en)",
    )
    p.set_defaults(handler=cmd_next_stage)

    p = sub.add_parser("gather", help="one next-stage round from several lower-stage packages")
    p.add_argument("out", type=Path, metavar="OUT.round.json")
    p.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE", help="package folders (or their package.json)")
    p.add_argument(
        "--stage", choices=("faculty", "university"), help="the stage of the round to make (default: the packages' own)"
    )
    _add_message_lang(p)
    p.set_defaults(handler=cmd_gather)
    return parser


# --- commands -----------------------------------------------------------------------------------


def _add_message_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang",
        dest="message_lang",
        choices=("kk", "ru", "en"),
        default="en",
        help="language of the messages (default en)",
    )


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from app.ui.application import run_gui
    except ImportError as exc:
        print(say(_lang(args), texts.NO_WINDOW, exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    return run_gui(
        round_path=getattr(args, "round", None),
        role=getattr(args, "role", None),
        self_test=getattr(args, "self_test", False),
    )


def cmd_self_test(args: argparse.Namespace) -> int:
    from app.selftest import run_self_test

    return run_self_test()


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import write_demo_round

    path = write_demo_round(args.dir)
    print(say(args.message_lang, texts.DEMO_WRITTEN, path))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from app.models.round import load_round

    round_file = load_round(args.round)
    rnd = round_file.round
    lang = args.message_lang
    for warning in round_file.warnings:
        print(say(lang, texts.WARNING, args.round, _problem_in(warning, lang)), file=sys.stderr)
    print(
        say(
            lang,
            texts.VALID_ROUND,
            args.round,
            len(rnd.entries),
            len(rnd.commission.experts),
            len(rnd.criteria),
            round_file.sha256,
        )
    )
    from app.models.conflicts import suggest_conflicts
    from app.reports.conflicts_text import suggestion_lines

    print("\n".join(suggestion_lines(rnd, suggest_conflicts(rnd), lang)))
    return EXIT_OK


def cmd_sheet_fill(args: argparse.Namespace) -> int:
    from app.models.files import atomic_write_text
    from app.models.round import load_round
    from app.models.sheet_table import fill_sheet_from_table
    from app.models.signing import verification_code

    round_file = load_round(args.round)
    sheet = fill_sheet_from_table(round_file, args.expert, args.scores, revision=args.revision)
    atomic_write_text(args.out, json.dumps(sheet, ensure_ascii=False, indent=2) + "\n")
    print(
        say(args.message_lang, texts.SHEET_SIGNED, args.out, args.expert, sheet["revision"], verification_code(sheet))
    )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from app.models.round import load_round
    from app.models.sheet_check import check_sheet_source
    from app.models.status_text import accepted_text, reason_text, status_word

    round_file = load_round(args.round) if args.round else None
    words, english = translator(args.message_lang), args.message_lang == "en"
    failed = False
    for path in args.sheets:
        status = check_sheet_source(path, round_file)
        shown = _printable(path)
        if status.ok:
            print(f"{status_word('ok', words):<5} {shown}  {accepted_text(status, words)}  {_key_text(status, words)}")
        else:
            failed = True
            print(
                f"{status_word('fail', words):<5} {shown}: {reason_text(status, words, english)}"
                + (f"  {_key_text(status, words)}" if status.fingerprint else "")
            )
    return EXIT_FAILED if failed else EXIT_OK


def _key_text(status: SheetStatus, words: Translate) -> str:
    from app.models.status_text import key_text

    return key_text(status.fingerprint, status.key_pinned, words)


def _problem_in(problem: Problem, lang: str) -> str:
    from app.models.messages import problem_text

    return problem.describe() if lang == "en" else problem_text(problem, translator(lang))


def _lang(args: argparse.Namespace) -> str:
    """The language of the messages the command was given (English when it has none)."""
    return getattr(args, "message_lang", None) or "en"


def _printable(path: Path | str) -> str:
    """A user's path as the terminal can show it (undecodable bytes escaped, not a crash)."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def cmd_merge(args: argparse.Namespace) -> int:
    from app.models.files import atomic_write_text
    from app.models.merge import merge_files
    from app.models.round import load_round

    args.message_lang, args.lang = args.lang or "en", args.lang or "kk"
    round_file = load_round(args.round)
    if args.sign and not args.protocol:
        raise InputError(
            None, "--sign", "there is no protocol to sign", "add --protocol P.pdf", code="sign_no_protocol"
        )
    passphrase = _p12_passphrase(args.sign, args.message_lang) if args.sign else None
    from app.models.reconsideration import load_request

    outcome = merge_files(round_file, args.sheets, [load_request(p) for p in args.requests])
    decisions = _read_decisions(args.decisions, round_file)
    _warn_stale_decisions(args.decisions, outcome, decisions, args.message_lang)
    _print_statuses(outcome.statuses, args.message_lang)
    if not outcome.accepted:
        raise InputError(
            args.round, "", "no valid sheet to merge", "check the sheets listed above", code="no_valid_sheet"
        )
    _print_conflicts(round_file, outcome, args.message_lang)
    if args.json:
        from app.models.decisions import results_document

        document = results_document(outcome, decisions)
        atomic_write_text(args.json, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        print(say(args.message_lang, texts.RESULTS_WRITTEN, args.json))
    if args.xlsx or args.protocol or args.winners_extract:
        from app.reports import chair_documents

        inputs = chair_documents.DocumentInputs.of_files(round_file, outcome, decisions)
        if args.xlsx:
            chair_documents.write_summary(inputs, args.xlsx, args.lang)
            print(say(args.message_lang, texts.EXCEL_WRITTEN, args.xlsx))
        if args.protocol:
            _write_protocol(inputs, args, passphrase)
        if args.winners_extract:
            write_extract(inputs, args)
    left_out = [s for s in outcome.statuses if s.status == "rejected"]
    return EXIT_FAILED if left_out or outcome.flagged else EXIT_OK


def _print_statuses(statuses: list[SheetStatus], lang: str) -> None:
    """One line per sheet of a merge: taken, or why not (rejected ones on stderr)."""
    from app.models.status_text import accepted_text, flag_text, reason_text, status_word

    words, english = translator(lang), lang == "en"
    for status in statuses:
        line = f"{status_word(status.status, words):<10} {_printable(status.file)}"
        line += (
            f"  {reason_text(status, words, english)}"
            if status.reason
            else f"  {accepted_text(status, words, with_revision=False)}"
        )
        if status.fingerprint:
            line += f"  {_key_text(status, words)}"
        print(line, file=sys.stderr if status.status == "rejected" else sys.stdout)
        if status.flag:
            flag = flag_text(status, statuses, words, english)
            print(f"{status_word('flag', words):<10} {_printable(status.file)}  {flag}", file=sys.stderr)


def _print_conflicts(round_file, outcome, lang: str) -> None:
    """The suggested conflicts of interest an expert dismissed (with the reason) or left unanswered."""
    from app.models.conflicts import conflict_summary
    from app.reports.conflicts_text import merge_lines

    summary = conflict_summary(round_file.round, [f.sheet for f in outcome.accepted])
    for line in merge_lines(round_file.round, summary, lang):
        print(line)


def _read_decisions(path: Path | None, round_file):
    from app.models.decisions import Decisions
    from app.models.decisions_file import read_decisions

    return read_decisions(path, round_file) if path else Decisions()


def _warn_stale_decisions(path: Path | None, outcome, decisions, lang: str) -> None:
    from app.models.decisions import stale_decisions
    from app.models.readiness import stale_item

    for stale in stale_decisions(outcome.results, decisions):
        print(say(lang, texts.STALE_NOT_APPLIED, path, texts.readiness_in(stale_item(stale), lang)), file=sys.stderr)


def _write_protocol(inputs: DocumentInputs, args: argparse.Namespace, passphrase: bytes | None) -> None:
    from app.models.readiness import protocol_notes
    from app.reports.chair_documents import write_protocol
    from app.reports.pdf_signing import CHAIR_FIELD, sign_pdf

    path, lang, p12 = args.protocol, args.lang, args.sign
    _refuse_blocked(path, inputs.readiness, args, inputs.round_file, inputs.outcome, inputs.decisions)
    for note in protocol_notes(inputs.readiness):
        print(f"{path}: {texts.readiness_in(note, args.message_lang)}")  # the text says the protocol states it
    write_protocol(inputs, path, lang)
    if p12:
        field = sign_pdf(path, path, p12, passphrase, field_name=CHAIR_FIELD, lang=lang)
        print(say(args.message_lang, texts.PROTOCOL_SIGNED, field, path))
    else:
        print(say(args.message_lang, texts.PROTOCOL_WRITTEN, path))


def _refuse_blocked(path, items, args: argparse.Namespace, round_file, outcome, decisions) -> None:
    """What blocks the protocol (and so a next-stage package), with the decisions file to write."""
    from app.models.decisions_file import snippet_for_readiness
    from app.models.readiness import blocking

    blocked, lang = blocking(items), args.message_lang
    if blocked:
        for item in blocked:
            print(say(lang, texts.NOT_MADE, path, texts.readiness_in(item, lang)), file=sys.stderr)
        where = args.decisions or say(lang, texts.A_DECISIONS_FILE)
        print(say(lang, texts.PUT_DECISIONS, where), file=sys.stderr)
        print(snippet_for_readiness(round_file, outcome.results, decisions, blocked, translator(lang)), file=sys.stderr)
        raise InputError(
            path,
            "",
            "the protocol cannot be made yet (see above)",
            "give the chair's decisions with --decisions FILE",
            code="protocol_blocked_cli",
        )


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    from app.reports.pdf_signing import read_certificates, verify_pdf
    from app.reports.signature_texts import changes_text

    lang = args.message_lang
    reports = verify_pdf(args.pdf, trust_roots=read_certificates(args.trust))
    if not reports:
        print(say(lang, texts.NO_SIGNATURES, args.pdf))
        return EXIT_FAILED
    for report in reports:
        when = report.time.isoformat(timespec="seconds") if report.time else say(lang, texts.TIME_UNKNOWN)
        if not report.verifiable:
            state = texts.UNVERIFIABLE
        elif not report.valid:
            state = texts.INTACT_NOT_VALID if report.intact else texts.BROKEN
        else:
            state = texts.VALID_TRUSTED if report.trusted else texts.VALID_UNTRUSTED
        print(f"{report.field}: {report.signer} — {when} — {say(lang, state)}")
        if report.certificate_sha256:
            print(say(lang, texts.CERTIFICATE, report.certificate_sha256))
            print(say(lang, texts.ISSUER, report.issuer))
        coverage = texts.WHOLE_FILE if report.covers_whole_file else texts.NOT_WHOLE_FILE
        print(say(lang, texts.COVERS, say(lang, coverage), changes_text(report.changes_after, translator(lang))))
        print(f"  {report.problem or report.summary}")
    return EXIT_OK if all(report.ok for report in reports) else EXIT_FAILED


def cmd_verify_cms(args: argparse.Namespace) -> int:
    from app.reports.cms import signature_path, verify_cms
    from app.reports.cms_text import format_cms_report

    args.message_lang = args.lang
    report = verify_cms(args.pdf, args.cms or signature_path(args.pdf))
    print(format_cms_report(report, args.lang), end="")
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_export_documentolog(args: argparse.Namespace) -> int:
    from app.reports.registration_copy import write_registration_copy

    copy = write_registration_copy(args.pdf, args.out)
    print(say(args.message_lang, texts.DOCUMENTOLOG_WRITTEN, copy.pdf, copy.pages))
    print(say(args.message_lang, texts.CHECKSUM, copy.sha256, copy.checksum_file.name))
    return EXIT_OK


def cmd_check_media(args: argparse.Namespace) -> int:
    from app.media.compliance import check_round_media, format_report
    from app.models.files import atomic_write_text
    from app.models.round import load_round

    args.message_lang = args.lang
    round_file = load_round(args.round)
    check = check_round_media(round_file, progress=_print_progress)
    print(format_report(check, args.lang))
    if args.json:
        atomic_write_text(args.json, json.dumps(check, ensure_ascii=False, indent=2) + "\n")
        print(say(args.message_lang, texts.MEDIA_CHECK_WRITTEN, args.json))
    return EXIT_OK if check["ok"] else EXIT_FAILED


def cmd_audit(args: argparse.Namespace) -> int:
    from app.models.chair import ChairStore
    from app.models.round import load_round
    from app.reports.audit_events import event_details, event_title

    args.message_lang = lang = args.lang
    round_file = load_round(args.round)
    store = ChairStore(round_file)
    records, problems = store.audit_log()
    for record in records:
        print(
            f"{record.seq:>4}  {record.at}  {event_title(record.event, args.lang)}: "
            f"{event_details(record, round_file, args.lang)}"
        )
    if problems:
        for problem in problems:
            print(say(lang, texts.CHAIN_BROKEN, problem), file=sys.stderr)
    elif records:
        print(say(lang, texts.CHAIN_INTACT_LAST, len(records), records[-1].hash))
    else:
        print(say(lang, texts.CHAIN_INTACT, 0))
    if args.pdf:
        from app.reports.chair_documents import write_audit_annex

        print(say(lang, texts.AUDIT_ANNEX_WRITTEN, write_audit_annex(store, args.pdf, args.lang)))
    return EXIT_FAILED if problems else EXIT_OK


def cmd_next_stage(args: argparse.Namespace) -> int:
    from app.models.merge import merge_files
    from app.models.round import load_round
    from app.reports.next_stage_package import make_package

    args.message_lang, args.lang = args.lang or "en", args.lang or "kk"
    round_file = load_round(args.round)
    outcome = merge_files(round_file, args.sheets)
    decisions = _read_decisions(args.decisions, round_file)
    _warn_stale_decisions(args.decisions, outcome, decisions, args.message_lang)
    _print_statuses([s for s in outcome.statuses if s.status == "rejected"], args.message_lang)
    from app.models.readiness import protocol_readiness

    items = protocol_readiness(round_file, outcome, decisions)
    _refuse_blocked(args.out, items, args, round_file, outcome, decisions)
    package = make_package(
        round_file, outcome, decisions, args.out, args.lang, readiness_items=items, progress=_print_progress
    )
    lang = args.message_lang
    print(say(lang, texts.PACKAGE_WRITTEN, package.folder))
    print(
        say(
            lang, texts.PACKAGE_CONTENTS, package.round_path.name, package.extract_path.name, ", ".join(package.entries)
        )
    )
    return EXIT_OK


def cmd_gather(args: argparse.Namespace) -> int:
    from app.models.gather_texts import flag_text
    from app.models.stage_gather import gather_packages
    from app.models.status_text import status_word

    report = gather_packages(args.out, args.packages, args.stage, progress=_print_progress)
    lang, flag_word = args.message_lang, status_word("flag", translator(args.message_lang))
    print(say(lang, texts.GATHERED, args.out, texts.stage_in(report.stage, lang), len(report.entries)))
    for new_id, (unit, old_id) in report.entries.items():
        renamed = old_id != new_id
        print(
            say(lang, texts.GATHERED_RENAMED if renamed else texts.GATHERED_ENTRY, f"{new_id:<12}", unit or "—", old_id)
        )
    for flag in report.flags:
        print(f"{flag_word}  {flag_text(flag, translator(lang))}", file=sys.stderr)
    print(say(lang, texts.SET_COMMISSION))
    return EXIT_FAILED if report.flags else EXIT_OK


# --- helpers ------------------------------------------------------------------------------------


def _print_progress(done: int, total: int, text: str) -> None:
    if sys.stderr.isatty():
        print(f"\r[{done}/{total}] {text[:60]:<60}", end="" if done < total else "\n", file=sys.stderr)


def _p12_passphrase(p12: Path, lang: str = "en") -> bytes | None:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value.encode("utf-8")
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(say(lang, texts.PASSPHRASE_PROMPT, p12)).encode("utf-8") or None
    raise InputError(
        p12,
        "",
        "the passphrase of the signing key is needed",
        f"set {PASSPHRASE_ENV}, or run the command in a terminal to be asked for it",
        code="passphrase_needed",
        args=(PASSPHRASE_ENV,),
    )


def _write_crash_log() -> Path:
    from app.paths import data_dir

    try:
        path = data_dir() / "crash.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        traceback.print_exc()
        return Path("(stderr)")


if __name__ == "__main__":
    raise SystemExit(main())
