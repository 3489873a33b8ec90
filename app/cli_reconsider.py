"""Command-line commands of the second round for flagged cells (docs/RECONSIDERATION.md):
`sarapshy reconsider request` (the chair), `sarapshy reconsider show` and `sarapshy sheet reconsider`
(the expert). Registered by `app.cli`; thin like it."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

from app import cli_texts as texts
from app.cli_texts import say
from app.models.errors import InputError

EXIT_OK = 0
ANSWER_COLUMNS = ("entry_id", "criterion_id", "score", "justification")


def add_commands(sub: Any, sheet_sub: Any) -> None:
    from app.cli import _add_message_lang  # loaded already: app.cli registers these commands

    p = sub.add_parser("reconsider", help="the second round for flagged cells: the chair's requests to experts")
    actions = p.add_subparsers(title="reconsider commands", metavar="ACTION", required=True)
    r = actions.add_parser("request", help="write a signed reconsideration request for one expert (the chair)")
    r.add_argument("round", type=Path)
    r.add_argument("sheets", nargs="+", type=Path, help="the sheet files, as for merge")
    r.add_argument("--expert", required=True, help="the expert's id in the round")
    r.add_argument(
        "--cell",
        action="append",
        default=[],
        metavar="ENTRY:CRITERION:QUESTION",
        help="a cell to reconsider and the question to the expert; repeatable",
    )
    r.add_argument(
        "--flagged",
        metavar="QUESTION",
        help="also every cell of this expert flagged on the disagreement board, with this question",
    )
    r.add_argument(
        "--requests",
        nargs="*",
        type=Path,
        default=[],
        metavar="REQ",
        help="earlier requests, to check revisions answering them",
    )
    r.add_argument("--out", required=True, type=Path, help="the request file to write")
    _add_message_lang(r)
    r.set_defaults(handler=cmd_request)

    s = actions.add_parser("show", help="print a request: the cells, the scores and the chair's questions")
    s.add_argument("request", type=Path)
    s.add_argument("--round", type=Path, help="also check that the request fits this round")
    _add_message_lang(s)
    s.set_defaults(handler=cmd_show)

    f = sheet_sub.add_parser("reconsider", help="answer a reconsideration request with a new revision of the sheet")
    f.add_argument("round", type=Path)
    f.add_argument("--request", required=True, type=Path, help="the chair's request file")
    f.add_argument("--sheet", required=True, type=Path, help="the sheet file the request refers to")
    f.add_argument(
        "--answers",
        required=True,
        type=Path,
        help="CSV (UTF-8): entry_id, criterion_id, score, justification — one line per requested "
        "cell; the same score keeps it, a changed one needs a justification",
    )
    f.add_argument("--out", required=True, type=Path, help="the revised sheet file to write")
    _add_message_lang(f)
    f.set_defaults(handler=cmd_sheet_reconsider)


def cmd_request(args: argparse.Namespace) -> int:
    from app.models.disagreement import disagreement_board
    from app.models.files import atomic_write_bytes
    from app.models.merge import merge_files
    from app.models.reconsider_request import MarkedCell, build_request
    from app.models.reconsideration import load_request
    from app.models.round import load_round

    round_file = load_round(args.round)
    outcome = merge_files(round_file, args.sheets, [load_request(p) for p in args.requests])
    sheet_file = next((s for s in outcome.accepted if s.sheet.expert_id == args.expert), None)
    if sheet_file is None:
        raise InputError(
            None,
            "--expert",
            f"no accepted sheet of expert {args.expert!r} among the files",
            "give the expert's sheet file (sarapshy merge lists why a sheet is left out)",
            code="reconsider_expert_not_accepted",
            args=(args.expert,),
        )
    cells: dict[tuple[str, str], MarkedCell] = {}
    for text in args.cell:
        parts = text.split(":", 2)
        if len(parts) != 3:
            raise InputError(
                None,
                "--cell",
                f"{text!r} is not ENTRY:CRITERION:QUESTION",
                "e.g. --cell m01:c3:'Why 9?'",
                code="reconsider_cell_option",
                args=(text,),
            )
        cells[(parts[0], parts[1])] = MarkedCell(parts[0], parts[1], parts[2])
    if args.flagged:
        sheets = {s.sheet.expert_id: s.sheet for s in outcome.accepted}
        for course in disagreement_board(round_file.round, outcome.results, sheets):
            for line in course.lines:
                if line.expert_id == args.expert:
                    for cid in sorted(line.flagged_criteria):
                        cells.setdefault((course.entry_id, cid), MarkedCell(course.entry_id, cid, args.flagged))
    raw = build_request(round_file, sheet_file, list(cells.values()))
    atomic_write_bytes(args.out, raw)
    req = load_request(args.out)
    print(
        say(
            args.message_lang,
            texts.REQUEST_WRITTEN,
            args.out,
            args.expert,
            sheet_file.sheet.revision,
            len(req.request.cells),
            req.fingerprint,
        )
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from app.models.reconsideration import check_request, load_request
    from app.models.round import load_round

    req = load_request(args.request)
    if args.round:
        check_request(req, load_round(args.round))
    r = req.request
    lang = args.message_lang
    print(say(lang, texts.REQUEST_TO, r.expert_name, r.expert_id, r.chair_name, req.fingerprint))
    print(say(lang, texts.REQUEST_ON, r.sheet.revision, r.sheet.code, req.sha256))
    for cell in r.cells:
        print(say(lang, texts.REQUEST_CELL, cell.entry_id, cell.criterion_id, cell.score, cell.question))
    return EXIT_OK


def cmd_sheet_reconsider(args: argparse.Namespace) -> int:
    from app.models.files import atomic_write_text
    from app.models.reconsider_answer import build_revised_sheet
    from app.models.reconsideration import load_request
    from app.models.round import load_round
    from app.models.sheet import load_sheet
    from app.models.signing import verification_code

    round_file = load_round(args.round)
    revised = build_revised_sheet(
        round_file, load_sheet(args.sheet), load_request(args.request), read_answers(args.answers)
    )
    atomic_write_text(args.out, json.dumps(revised, ensure_ascii=False, indent=2) + "\n")
    changed = sum(x["before"] != x["after"] for x in revised["reconsiderations"])
    print(
        say(
            args.message_lang,
            texts.SHEET_REVISED,
            args.out,
            revised["revision"],
            revised["expert_id"],
            len(revised["reconsiderations"]),
            changed,
            verification_code(revised),
        )
    )
    return EXIT_OK


def read_answers(path: Path) -> list[Any]:
    """The answers table: a UTF-8 CSV with the columns of `ANSWER_COLUMNS`."""
    from app.models.files import read_limited
    from app.models.reconsider_answer import Answer

    try:
        text = read_limited(path, 4 * 1024 * 1024).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            path, "", "the table is not UTF-8 text", "save it as CSV (UTF-8)", code="answers_not_utf8"
        ) from None
    rows = list(csv.DictReader(text.splitlines()))
    if not rows or any(c not in rows[0] for c in ANSWER_COLUMNS[:3]):
        raise InputError(
            path,
            "header",
            "the header must name entry_id, criterion_id, score (and justification)",
            "add the header line",
            code="answers_header",
        )
    answers = []
    for n, row in enumerate(rows, start=2):
        try:
            score = int((row.get("score") or "").strip())
        except ValueError:
            raise InputError(
                path,
                f"line {n}",
                f"the score {row.get('score')!r} is not a whole number",
                "write the score kept or the new one",
                code="answers_not_whole",
                args=(str(n), str(row.get("score"))),
            ) from None
        answers.append(
            Answer(
                (row.get("entry_id") or "").strip(),
                (row.get("criterion_id") or "").strip(),
                score,
                row.get("justification") or "",
            )
        )
    return answers
