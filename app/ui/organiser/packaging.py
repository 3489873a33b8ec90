"""Package for experts: copy every video and document into the round folder (saving first), off the
UI thread with a progress bar and Cancel, then say what was copied. Texts in the "OrganiserPage" context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.round_package import PackageReport, package_round
from app.ui.i18n import translate
from app.ui.organiser.texts import place_text
from app.ui.qt import Qt, QtWidgets
from app.ui.worker import BackgroundOperation, run_in_background, show_error

if TYPE_CHECKING:
    from app.ui.organiser.editor import OrganiserPage


def package_for_experts(page: OrganiserPage) -> BackgroundOperation | None:
    if (page.draft.path is None or page.draft.is_modified()) and not page.save():
        return None
    page.tabs.setEnabled(False)  # the copy rewrites the draft: no edits meanwhile
    return run_in_background(
        package_round,
        page.draft,
        parent=page,
        title=translate("OrganiserPage", "Copying the videos into the round folder…"),
        on_success=lambda report: packaged(page, report),
        on_cancel=lambda: package_cancelled(page),
        on_error=lambda error, details: package_failed(page, error, details),
    )


def packaged(page: OrganiserPage, report: PackageReport) -> None:
    page.last_package = report
    page.after_background_edit()
    text = (
        translate("OrganiserPage", "%1 file(s) copied (%2 MB), %3 already in place.")
        .replace("%1", str(len(report.copied)))
        .replace("%2", f"{report.bytes_copied / 1048576:.1f}")
        .replace("%3", str(len(report.unchanged)))
    )
    if report.missing:
        text += (
            "\n"
            + translate("OrganiserPage", "Not found, left as they were:")
            + "\n"
            + "\n".join(
                f"• {place_text(i.place, page.draft.data)}: {i.args[0] if i.args else ''}" for i in report.missing
            )
        )
    page.status_message.emit(text.split("\n")[0])
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information,
        translate("OrganiserPage", "Package for experts"),
        text,
        QtWidgets.QMessageBox.StandardButton.Close,
        page,
    )
    box.setObjectName("package_report")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    page.round_saved.emit(page.draft.path)


def package_cancelled(page: OrganiserPage) -> None:
    page.after_background_edit()
    page.status_message.emit(
        translate(
            "OrganiserPage",
            "Packaging cancelled: the round file is unchanged; copied files are kept and skipped next time.",
        )
    )


def package_failed(page: OrganiserPage, error: BaseException, details: str) -> None:
    page.after_background_edit()
    show_error(page, error, details, title=translate("OrganiserPage", "Package for experts"))
