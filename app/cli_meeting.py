"""Command-line commands of the commission's meeting: `sarapshy board` (the disagreement board)
and `sarapshy letters` (feedback letters to the authors), and `merge --winners-extract`.
Registered by `app.cli`; thin like it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app import cli_texts as texts
from app.cli_texts import say
from app.models.errors import InputError

if TYPE_CHECKING:
    from app.reports.chair_documents import DocumentInputs

EXIT_OK, EXIT_FAILED = 0, 1


def add_commands(sub) -> None:
    p = sub.add_parser(
        "board",
        help="the disagreement board: courses by the spread of the experts' totals, "
        "each expert's criterion scores side by side, values outside the band marked *",
    )
    p.add_argument("round", type=Path)
    p.add_argument("sheets", nargs="+", type=Path)
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    p.add_argument("--top", type=int, default=0, metavar="N", help="only the N most disputed courses")
    p.set_defaults(handler=cmd_board)

    p = sub.add_parser("letters", help="feedback letters to the MOOCs' authors: one PDF per course")
    p.add_argument("round", type=Path)
    p.add_argument("sheets", nargs="+", type=Path)
    p.add_argument("--decisions", type=Path, metavar="FILE", help="the chair's decisions (sarapshy-decisions/1)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write the letters into")
    p.add_argument(
        "--lang",
        choices=("kk", "ru"),
        help="language of the letters and the messages (default: letters kk, messages en)",
    )
    p.set_defaults(handler=cmd_letters)


def add_merge_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--winners-extract",
        type=Path,
        metavar="OUT.pdf",
        help="write a one-page extract of the protocol for the rector (the winners) here",
    )


def cmd_board(args: argparse.Namespace) -> int:
    from app.models.disagreement import cell_tolerance, disagreement_board, total_tolerance
    from app.models.localized import localized
    from app.models.merge import merge_files
    from app.models.round import load_round
    from app.reports.labels import number
    from app.reports.meeting_labels import PANEL_SIZES, mt

    args.message_lang = args.lang
    round_file = load_round(args.round)
    rnd = round_file.round
    outcome = merge_files(round_file, args.sheets)
    if not outcome.accepted:
        raise InputError(args.round, "", "no valid sheet to merge", "check the sheet files", code="no_valid_sheet")
    lang = args.lang
    cell = cell_tolerance(max(c.max for c in rnd.criteria))
    print(
        mt(
            "board_rule",
            lang,
            cell=number(cell, 1, lang),
            total=number(total_tolerance(rnd.max_total), 1, lang),
            **PANEL_SIZES,
        )
    )
    board = disagreement_board(rnd, outcome.results, {s.sheet.expert_id: s.sheet for s in outcome.accepted})
    criteria = [c.id for c in rnd.criteria]
    for n, course in enumerate(board[: args.top or None], start=1):
        entry = rnd.entry(course.entry_id)
        print()
        print(
            mt(
                "board_course",
                lang,
                n=n,
                entry=course.entry_id,
                title=localized(entry.title, lang) if entry else "",
                sd=number(course.sd, 1, lang),
                spread=number(course.spread, 1, lang),
                k=course.scoring,
            )
        )
        if course.guard != "ok":
            print(mt(f"board_guard_{course.guard}", lang, **PANEL_SIZES))
        print(f"   {'':<24} " + " ".join(f"{c:>4}" for c in criteria) + "      Σ")
        for line in course.lines:
            if line.recused or not line.scores:
                print(f"   {line.name[:24]:<24} {mt('board_recused', lang) if line.recused else '—'}")
                continue
            cells = " ".join(
                f"{line.scores.get(c, ''):>3}{'*' if c in line.flagged_criteria else ' '}" for c in criteria
            )
            total = f"{line.total}{'*' if line.total_flagged else ''}"
            comment = " ".join(line.comment.split())
            print(f"   {line.name[:24]:<24} {cells} {total:>6}  {comment[:80]}")
    return EXIT_OK


def cmd_letters(args: argparse.Namespace) -> int:
    from app.cli import _print_statuses, _read_decisions, _warn_stale_decisions
    from app.models.merge import merge_files
    from app.models.round import load_round
    from app.reports.chair_documents import DocumentInputs, write_letters

    args.message_lang, args.lang = args.lang or "en", args.lang or "kk"
    round_file = load_round(args.round)
    outcome = merge_files(round_file, args.sheets)
    decisions = _read_decisions(args.decisions, round_file)
    _warn_stale_decisions(args.decisions, outcome, decisions, args.message_lang)
    written = write_letters(DocumentInputs.of_files(round_file, outcome, decisions), args.out, args.lang)
    for path in written:
        print(say(args.message_lang, texts.LETTER_WRITTEN, path))
    left_out = [s for s in outcome.statuses if s.status == "rejected"]
    _print_statuses(left_out, args.message_lang)
    return EXIT_FAILED if left_out else EXIT_OK


def write_extract(inputs: DocumentInputs, args: argparse.Namespace) -> None:
    """`merge --winners-extract`: refused with the protocol's blockers (it quotes the protocol)."""
    from app.reports.chair_documents import write_winners_extract

    extract = write_winners_extract(inputs, args.winners_extract, args.lang)
    print(say(args.message_lang, texts.WINNERS_EXTRACT_WRITTEN, extract))
