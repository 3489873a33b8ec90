"""The chair's "Export the next-stage round…": the advancing entries as a next-stage package
(regulation 9.5) — a round file of the next stage, the media, and the protocol extract — written
into a new, empty folder, off the UI thread. What blocks the protocol blocks the package."""

from __future__ import annotations

from pathlib import Path

from app.models.errors import InputError
from app.reports.chair_documents import export_next_stage_package
from app.ui.error_text import fill
from app.ui.qt import QtCore, QtWidgets
from app.ui.stage_errors import stage_error_text
from app.ui.worker import run_in_background

translate = QtCore.QCoreApplication.translate


def ask_package_folder(desk) -> str:
    """A new folder for the package: the chosen folder itself when empty, else a new one inside it."""
    start = desk._start_folder()
    folder = QtWidgets.QFileDialog.getExistingDirectory(
        desk, translate("NextStagePackage", "Where to write the next-stage package"), str(start)
    )
    return folder


def package_folder(chosen: str | Path, round_stage: str, protocol_number: str) -> Path:
    """The chosen folder if it is empty; otherwise a new subfolder named for the stage and protocol."""
    chosen = Path(chosen)
    if chosen.is_dir() and any(chosen.iterdir()):
        base = f"{round_stage}-protocol-{protocol_number or 'x'}-package"
        candidate, n = chosen / base, 1
        while candidate.exists():
            n += 1
            candidate = chosen / f"{base}-{n}"
        return candidate
    return chosen


def export_package(desk) -> None:
    s = desk.snapshot
    blocked = desk.decisions.readiness_model.blocking()
    if blocked:
        desk.show_message(
            translate(
                "NextStagePackage",
                "The next-stage package carries the protocol's extract: it can be written when the protocol can.",
            )
            + "<br>"
            + "<br>".join(desk.decisions.blocker_texts()),
            "warn",
        )
        return
    chosen = ask_package_folder(desk)
    if not chosen:
        return
    folder = package_folder(chosen, s.round.stage, s.decisions.protocol_number)
    lang = desk.decisions.protocol_language()
    desk.operation = run_in_background(
        export_next_stage_package,
        desk.store,
        s,
        folder,
        lang,
        parent=desk,
        title=translate("NextStagePackage", "Writing the next-stage package"),
        on_success=lambda package: _written(desk, package),
        on_error=lambda exc, details: _failed(desk, exc, details),
    )
    desk.operation.finished.connect(desk._set_enabled)
    desk._set_enabled()


def _written(desk, package) -> None:
    text = translate(
        "NextStagePackage",
        "The next-stage package is written to %1: the round file, %2 entries with "
        "their files, and the protocol extract %3. Send the whole folder to the next "
        "stage.",
    )
    desk.show_message(fill(text, (str(package.folder), str(len(package.entries)), package.extract_path.name)), "good")


def _failed(desk, exc: BaseException, details: str) -> None:
    if isinstance(exc, InputError):
        desk.show_message(stage_error_text(exc), "bad")
    else:
        desk._failed(exc, details)
