"""Words of the chair's decisions screens added with readiness, out-of-date decisions, the decisions
file and the audit log (their own translation area, `decisions`)."""

from __future__ import annotations

from app.models.readiness import ReadinessItem, results_text
from app.models.readiness_texts import readiness_text
from app.ui.qt import QtCore


def _fill(template: str, *args: object) -> str:
    for i, value in enumerate(args, start=1):
        template = template.replace(f"%{i}", str(value))
    return template


class DecisionTexts(QtCore.QObject):
    """Translated texts (self.tr in the `DecisionTexts` context)."""

    def readiness(self, item: ReadinessItem) -> str:
        """A readiness item (app.models.readiness) in the interface language."""
        return readiness_text(item, QtCore.QCoreApplication.translate)

    def waits_for(self, blocking: int, notes: int) -> str:
        if blocking:
            return _fill(self.tr("⚠ The protocol waits for %1 item(s) below."), blocking)
        return _fill(self.tr("The protocol can be written; it will state %1 item(s) below."), notes)

    def stale_tie(self, made_on, now) -> str:
        return _fill(
            self.tr("Out of date: decided on the results %1; they are now %2. Not applied."),
            results_text(made_on) or "—",
            results_text(now),
        )

    def confirm_again(self) -> str:
        return self.tr("Confirm again")

    def withdraw(self) -> str:
        return self.tr("Withdraw")

    def settle(self) -> str:
        return self.tr("Settle the selected item…")

    def settle_tip(self) -> str:
        return self.tr(
            "Resolve a tie, confirm or withdraw an out-of-date decision, record a sheet as not "
            "submitted or why it was not compared with paper (or double-click the item)"
        )

    def export_decisions(self) -> str:
        return self.tr("Export the decisions…")

    def import_decisions(self) -> str:
        return self.tr("Import decisions…")

    def decisions_tip(self) -> str:
        return self.tr(
            "The decisions as a file (sarapshy-decisions/1) for «sarapshy merge --decisions», or read from such a file"
        )

    def audit_log(self) -> str:
        return self.tr("Audit log…")

    def decisions_files(self) -> str:
        return self.tr("Decisions files (*.json)")

    def exported(self, path: str) -> str:
        return _fill(self.tr("The decisions are written: %1"), path)

    def written(self, path: str) -> str:
        return _fill(self.tr("Written: %1"), path)

    def imported(self, path: str) -> str:
        return _fill(self.tr("The decisions of %1 are recorded (each one is in the audit log)."), path)

    def not_submitted_question(self, name: str) -> str:
        return _fill(self.tr("Record that %1 did not submit a sheet? The protocol will say so."), name)

    def paper_reason_question(self, file: str) -> str:
        return _fill(self.tr("Why is %1 not compared with its paper copy? The protocol prints this reason."), file)

    def settle_title(self) -> str:
        return self.tr("Before the protocol")

    def stale_question(self, text: str) -> str:
        return _fill(self.tr("%1<br><br>Confirm the resolution on the current results, or withdraw it?"), text)

    def key_hint(self) -> str:
        return self.tr("Open the Sheets tab and decide on the sheet signed with another key.")

    def votes_label(self) -> str:
        return self.tr("Open vote (optional):")

    def votes_for(self) -> str:
        return self.tr("for")

    def votes_against(self) -> str:
        return self.tr("against")

    def votes_abstained(self) -> str:
        return self.tr("abstained")

    def votes_text(self, votes) -> str:
        return _fill(
            self.tr("Vote: %1 for, %2 against, %3 abstained."), votes.in_favour, votes.against, votes.abstained
        )
