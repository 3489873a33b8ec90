"""The organiser page's tabs: the competition (scrolled), commission, criteria, courses, media check
and admission forms, their names (the "OrganiserPage" translation context), and bringing the field
of a problem's place (`entries[2].media`, `commission.experts[0]`, `meeting`…) into view."""

from __future__ import annotations

import re

from app.ui.i18n import translate
from app.ui.organiser.admission_view import AdmissionPanel
from app.ui.organiser.competition_form import CompetitionForm
from app.ui.organiser.compliance_view import MediaCheckPanel
from app.ui.organiser.entries_panel import EntriesPanel
from app.ui.organiser.round_forms import CommissionPanel, CriteriaPanel
from app.ui.qt import QtWidgets

TAB_COMPETITION, TAB_COMMISSION, TAB_CRITERIA, TAB_ENTRIES, TAB_MEDIA, TAB_ADMISSION = range(6)


class OrganiserTabs(QtWidgets.QTabWidget):
    def __init__(
        self,
        competition: CompetitionForm,
        commission: CommissionPanel,
        criteria: CriteriaPanel,
        entries: EntriesPanel,
        media_panel: MediaCheckPanel,
        admission: AdmissionPanel,
    ) -> None:
        super().__init__()
        self.competition, self.commission, self.criteria = competition, commission, criteria
        self.entries, self.admission = entries, admission
        # The competition's form is taller than a laptop's screen leaves for it: it scrolls.
        self.competition_scroll = QtWidgets.QScrollArea()
        self.competition_scroll.setObjectName("competitionScroll")
        self.competition_scroll.setWidgetResizable(True)
        self.competition_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.competition_scroll.setWidget(competition)
        self.setDocumentMode(True)
        for widget in (self.competition_scroll, commission, criteria, entries, media_panel, admission):
            self.addTab(widget, "")
        self.currentChanged.connect(self._tab_shown)

    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                translate("OrganiserPage", "Competition"),
                translate("OrganiserPage", "Commission"),
                translate("OrganiserPage", "Criteria"),
                translate("OrganiserPage", "Courses"),
                translate("OrganiserPage", "Media check (form -02)"),
                translate("OrganiserPage", "Admission"),
            )
        ):
            self.setTabText(index, text)

    def show_place(self, place: str) -> None:
        """Bring the field of a problem's place into view."""
        match = re.match(r"(\w+)(?:\[(\d+)\])?(?:\.(\w+))?(?:\[(\d+)\])?", place or "")
        if not match:
            return
        key, index, part = match.group(1), match.group(2), match.group(3)
        number = int(index) if index is not None else None
        if key == "entries":
            self.setCurrentIndex(TAB_ENTRIES)
            if number is not None:
                self.entries.select(number, part or "")
        elif key == "commission":
            self.setCurrentIndex(TAB_COMMISSION)
            sub = re.match(r"commission\.(\w+)(?:\[(\d+)\])?", place)
            if sub and sub.group(1) == "experts" and sub.group(2) is not None:
                self.commission.select(int(sub.group(2)))
            else:
                self.commission.select(None, sub.group(1) if sub else "")
        elif key == "criteria":
            self.setCurrentIndex(TAB_CRITERIA)
            self.criteria.select(number)
        else:
            self.setCurrentIndex(TAB_COMPETITION)
            self.competition.focus_field(key)
            focused = self.competition.focusWidget()
            if focused is not None:
                self.competition_scroll.ensureWidgetVisible(focused)

    def _tab_shown(self, index: int) -> None:
        if index == TAB_ADMISSION:
            self.admission.refresh()
