"""What the window says when a file is not opened as a round, and when an expert's sheet file is given
where a round was expected. The texts keep the "MainWindow" translation context (the counted ones,
"%n video(s)…", stay in MainWindow: lupdate marks them as plural forms only in a `tr` call)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.ui.i18n import translate


def not_opened_message() -> str:
    return translate("MainWindow", "The round was not opened")


def other_file_text(path: Path, kind: str) -> str:
    """Why a video, picture, PDF, … is not opened as a round (`kind` as `not_a_round_kind` says)."""
    texts = {
        "video": translate("MainWindow", "«%1» is a video, not a round file: open the round's .round.json file."),
        "audio": translate(
            "MainWindow", "«%1» is a sound recording, not a round file: open the round's .round.json file."
        ),
        "image": translate("MainWindow", "«%1» is a picture, not a round file: open the round's .round.json file."),
        "pdf": translate("MainWindow", "«%1» is a PDF document, not a round file: open the round's .round.json file."),
        "office": translate(
            "MainWindow", "«%1» is an office document, not a round file: open the round's .round.json file."
        ),
        "archive": translate(
            "MainWindow", "«%1» is an archive, not a round file: unpack it, then open the round's .round.json file."
        ),
    }
    return texts[kind].replace("%1", path.name)


def round_error_heading() -> str:
    return translate("MainWindow", "This round file cannot be opened:")


# --- an expert's sheet file given where a round was expected ------------------------------------------
def sheet_intro(path: Path, sheet: Mapping[str, object]) -> str:
    expert = str(sheet.get("expert_name") or sheet.get("expert_id") or "?")
    return (
        translate("MainWindow", "«%1» is an expert's sheet file (%2), not a round file.")
        .replace("%1", path.name)
        .replace("%2", expert)
    )


def sheet_without_round(round_id: str, known: Path | None) -> str:
    """Advice for a sheet given while no round is open (`known`: its round among the recent ones)."""
    if known is not None:
        return translate(
            "MainWindow",
            "Open its round first (%1), then import the sheet on the chair's desk: Role → Chair → Import sheet files…",
        ).replace("%1", str(known))
    return translate(
        "MainWindow",
        "Open its round file first (round id %1, the *.round.json the organiser sent), "
        "then import the sheet on the chair's desk: Role → Chair → Import sheet "
        "files…",
    ).replace("%1", round_id or "?")


def sheet_of_another_round(round_id: str, open_id: str) -> str:
    return (
        translate("MainWindow", "It belongs to another round (id %1), not to the open one (%2): open that round first.")
        .replace("%1", round_id or "?")
        .replace("%2", open_id)
    )


def desk_not_available() -> str:
    return translate("MainWindow", "The chair's desk is not available in this installation.")


def sheet_imported() -> str:
    return translate("MainWindow", "It is imported on the chair's desk.")
