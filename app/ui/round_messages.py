"""What the window says when a round is not opened or is incomplete, and when an expert's sheet file
is given where a round was expected. The texts keep the "MainWindow" translation context."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.models.errors import InputError
from app.models.round import RoundFile
from app.ui.error_text import input_error_text, problem_text
from app.ui.i18n import translate
from app.ui.opened_files import grouped_problems, missing_media_count

CONTEXT = "MainWindow"
PROBLEMS_SHOWN = 3  # a refused round's banner shows this many kinds of problem, then "… and N more"


def not_opened_message() -> str:
    return translate(CONTEXT, "The round was not opened")


def other_file_text(path: Path, kind: str) -> str:
    """Why a video, picture, PDF, … is not opened as a round (`kind` as `not_a_round_kind` says)."""
    texts = {
        "video": translate(CONTEXT, "«%1» is a video, not a round file: open the round's .round.json file."),
        "audio": translate(CONTEXT, "«%1» is a sound recording, not a round file: open the round's .round.json file."),
        "image": translate(CONTEXT, "«%1» is a picture, not a round file: open the round's .round.json file."),
        "pdf": translate(CONTEXT, "«%1» is a PDF document, not a round file: open the round's .round.json file."),
        "office": translate(
            CONTEXT, "«%1» is an office document, not a round file: open the round's .round.json file."
        ),
        "archive": translate(
            CONTEXT, "«%1» is an archive, not a round file: unpack it, then open the round's .round.json file."
        ),
    }
    return texts[kind].replace("%1", path.name)


def round_error_heading() -> str:
    return translate(CONTEXT, "This round file cannot be opened:")


def round_error_summary(error: InputError) -> str:
    """The refused round's problems: a few, each kind once (all of them: `input_error_text`)."""
    groups = grouped_problems(error)
    if len(groups) == 1 and not groups[0][1]:
        return input_error_text(error)
    lines = [f"{error.file}:"] if error.file else []
    for problem, more in groups[:PROBLEMS_SHOWN]:
        line = "• " + problem_text(problem)
        if more:
            line += " " + translate(CONTEXT, "(the same in %n more place(s))", "", more)
        lines.append(line)
    hidden = sum(1 + more for _, more in groups[PROBLEMS_SHOWN:])
    if hidden:
        lines.append(translate(CONTEXT, "… and %n more problem(s): «Show all» lists them.", "", hidden))
    return "\n".join(lines)


def missing_media_text(round_file: RoundFile) -> str:
    """What to do about the round's missing videos; empty when none is missing."""
    missing, local = missing_media_count(round_file)
    if not missing:
        return ""
    folder = round_file.folder
    media_folder = folder / "media" if folder else None
    if missing == local and media_folder is not None and not media_folder.exists():
        return translate(
            CONTEXT,
            "The round's media folder is missing: %1. Copy the «media» folder from the round's USB "
            "stick or shared drive next to the round file, then reload the round (F5). You can "
            "still score the courses and open their links.",
        ).replace("%1", str(media_folder))
    return translate(
        CONTEXT,
        "%n video(s) of this round are missing from the round folder. Copy them next to the "
        "round file, then reload the round (F5); the player says which one is missing.",
        "",
        missing,
    )


# --- an expert's sheet file given where a round was expected ------------------------------------------
def sheet_intro(path: Path, sheet: Mapping[str, object]) -> str:
    expert = str(sheet.get("expert_name") or sheet.get("expert_id") or "?")
    return (
        translate(CONTEXT, "«%1» is an expert's sheet file (%2), not a round file.")
        .replace("%1", path.name)
        .replace("%2", expert)
    )


def sheet_without_round(round_id: str, known: Path | None) -> str:
    """Advice for a sheet given while no round is open (`known`: its round among the recent ones)."""
    if known is not None:
        return translate(
            CONTEXT,
            "Open its round first (%1), then import the sheet on the chair's desk: Role → Chair → Import sheet files…",
        ).replace("%1", str(known))
    return translate(
        CONTEXT,
        "Open its round file first (round id %1, the *.round.json the organiser sent), "
        "then import the sheet on the chair's desk: Role → Chair → Import sheet "
        "files…",
    ).replace("%1", round_id or "?")


def sheet_of_another_round(round_id: str, open_id: str) -> str:
    return (
        translate(CONTEXT, "It belongs to another round (id %1), not to the open one (%2): open that round first.")
        .replace("%1", round_id or "?")
        .replace("%2", open_id)
    )


def desk_not_available() -> str:
    return translate(CONTEXT, "The chair's desk is not available in this installation.")


def sheet_imported() -> str:
    return translate(CONTEXT, "It is imported on the chair's desk.")
