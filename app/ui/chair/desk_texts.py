"""The desk's own lines of text: the subtitle under the round's title, the summary of the sheets,
the report of an import. In the desk's translation context ("ChairDesk")."""

from __future__ import annotations

from app.models.chair import ChairSnapshot, ImportOutcome
from app.models.round import RoundFile
from app.ui.i18n import translate


def summary_text(s: ChairSnapshot | None, has_store: bool) -> str:
    """The line under the desk's title: the sheets by status, who is missing, what waits."""
    if s is None:
        return translate("ChairDesk", "Reading the imported sheets…") if has_store else ""
    counts = {"ok": 0, "rejected": 0, "superseded": 0, "duplicate": 0, "set_aside": 0}
    for row in s.sheets:
        counts[row.status.status] = counts.get(row.status.status, 0) + 1
    text = (
        translate("ChairDesk", "Sheets: %1 accepted, %2 rejected, %3 superseded, %4 duplicates.")
        .replace("%1", str(counts["ok"]))
        .replace("%2", str(counts["rejected"]))
        .replace("%3", str(counts["superseded"]))
        .replace("%4", str(counts["duplicate"]))
    )
    if counts["set_aside"]:
        text += " " + translate("ChairDesk", "Set aside by the chair: %1.").replace("%1", str(counts["set_aside"]))
    waiting = s.experts_without_sheet()
    if waiting:
        names = [expert.name for e in waiting if (expert := s.round.expert(e)) is not None]
        text += " " + translate("ChairDesk", "Waiting for: %1.").replace("%1", ", ".join(names))
    unchecked = [r for r in s.sheets if r.accepted and not r.paper_checked]
    if unchecked:
        text += " " + translate("ChairDesk", "Not yet compared with paper: %1.").replace("%1", str(len(unchecked)))
    if s.unresolved_ties():
        text += " " + translate("ChairDesk", "A tie on a prize place awaits its resolution (Decisions tab).")
    return text


def subtitle_text(rf: RoundFile) -> str:
    rnd = rf.round
    stage = {
        "department": translate("ChairDesk", "department stage"),
        "faculty": translate("ChairDesk", "faculty stage"),
        "university": translate("ChairDesk", "university stage"),
    }[rnd.stage]
    return (
        translate("ChairDesk", "%1 · chair: %2 · %3 entries, %4 experts · prize places: %5")
        .replace("%1", stage)
        .replace("%2", rnd.commission.chair.name)
        .replace("%3", str(len(rnd.entries)))
        .replace("%4", str(len(rnd.commission.experts)))
        .replace("%5", str(rnd.aggregation.places))
    )


def import_report_text(outcome: ImportOutcome) -> tuple[str, str]:
    """What an import did, and how the banner shows it (good / warn / bad)."""
    report = outcome.report
    added = [r for r in outcome.snapshot.sheets if r.file_name in report.added]
    accepted = sum(1 for r in added if r.accepted)
    parts = [
        translate("ChairDesk", "Imported %1 new file(s): %2 accepted, %3 not taken (see the Sheets tab).")
        .replace("%1", str(len(report.added)))
        .replace("%2", str(accepted))
        .replace("%3", str(len(report.added) - accepted))
    ]
    if report.already:
        parts.append(
            translate("ChairDesk", "Already imported before (nothing changed): %1.").replace(
                "%1", ", ".join(report.already)
            )
        )
    for error in report.unreadable:
        parts.append(translate("ChairDesk", "Could not be read: %1").replace("%1", str(error)))
    level = "bad" if report.unreadable else "warn" if accepted < len(report.added) else "good"
    return "<br>".join(parts), level
