"""The chair's decisions: protocol number, tie resolutions, nominees, advancing entries, documents."""

from __future__ import annotations

from pathlib import Path

from app.models.chair import ChairSnapshot
from app.models.regulation import NEXT_STAGE
from app.ui.chair.decision_texts import DecisionTexts
from app.ui.chair.models.absent_experts import AbsentExpertsModel
from app.ui.chair.models.decision_entries import DecisionEntriesModel
from app.ui.chair.models.roles import KeyRole
from app.ui.chair.panels import table_view
from app.ui.chair.readiness_view import ReadinessModel
from app.ui.chair.tie_list import TieList
from app.ui.preferences import preference
from app.ui.printing import action_button
from app.ui.qt import QAction, Qt, QtWidgets, Signal
from app.ui.widgets.coloured_text import colour_text


class DecisionsPanel(QtWidgets.QWidget):
    """Widgets only: every change is emitted for the desk to record in the chair's store."""

    protocol_number_changed = Signal(str)
    resolve_tie_requested = Signal(list)  # the tied entry ids
    export_next_stage_requested = Signal()
    take_suggestion_requested = Signal()
    protocol_requested = Signal()
    summary_requested = Signal()
    sign_requested = Signal()
    settle_requested = Signal(object)  # a readiness item (app.models.readiness.ReadinessItem)
    confirm_tie_requested = Signal(list)  # an out-of-date resolution's entries
    withdraw_tie_requested = Signal(list)
    export_decisions_requested = Signal()
    import_decisions_requested = Signal()
    audit_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None

        self.protocol_number = QtWidgets.QLineEdit()
        self.protocol_number.setObjectName("protocol_number")
        self.protocol_number.setMaximumWidth(160)
        self.protocol_number.editingFinished.connect(
            lambda: self.protocol_number_changed.emit(self.protocol_number.text())
        )
        self.protocol_label = QtWidgets.QLabel()
        self.protocol_label.setBuddy(self.protocol_number)
        self.language = QtWidgets.QComboBox()
        self.language.setObjectName("protocol_language")
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("Русский", "ru")
        self._language_chosen = False  # until the chair picks one, documents follow the interface
        self.language.activated.connect(lambda _: setattr(self, "_language_chosen", True))
        self.language_label = QtWidgets.QLabel()
        self.language_label.setBuddy(self.language)

        self.ties_box = TieList(self)
        self.ties_box.resolve_requested.connect(self.resolve_tie_requested)
        self.ties_box.confirm_requested.connect(self.confirm_tie_requested)
        self.ties_box.withdraw_requested.connect(self.withdraw_tie_requested)

        self.model = DecisionEntriesModel(self)
        self.view = table_view(self.model, "decisions_table", stretch=DecisionEntriesModel.ENTRY)
        self.view.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
            | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
            | QtWidgets.QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.entries_box = QtWidgets.QGroupBox()
        self.advancing_note = QtWidgets.QLabel()
        self.advancing_note.setObjectName("advancing_note")
        self.advancing_note.setWordWrap(True)
        self.export_button = QtWidgets.QPushButton()
        self.export_button.setObjectName("export_next_stage")
        self.export_button.clicked.connect(self.export_next_stage_requested)
        self.suggestion_button = QtWidgets.QPushButton()
        self.suggestion_button.setObjectName("take_suggestion")
        self.suggestion_button.clicked.connect(self.take_suggestion_requested)
        entries_layout = QtWidgets.QVBoxLayout(self.entries_box)
        entries_layout.addWidget(self.view, 1)
        entries_layout.addWidget(self.advancing_note)
        export_row = QtWidgets.QHBoxLayout()
        export_row.addWidget(self.suggestion_button)
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        entries_layout.addLayout(export_row)

        self.absent_model = AbsentExpertsModel(self)
        self.absent_view = QtWidgets.QListView()
        self.absent_view.setObjectName("absent_experts")
        self.absent_view.setModel(self.absent_model)
        self.absent_view.setFlow(QtWidgets.QListView.Flow.LeftToRight)
        self.absent_view.setWrapping(True)
        self.absent_view.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.absent_view.setSpacing(2)
        self.absent_view.setMaximumHeight(56)
        self.absent_label = QtWidgets.QLabel()
        self.absent_label.setBuddy(self.absent_view)

        self.documents_box = QtWidgets.QGroupBox()
        self.blockers = QtWidgets.QLabel()
        self.blockers.setObjectName("protocol_blockers")
        self.blockers.setWordWrap(True)
        self.texts = DecisionTexts(self)
        # What blocks the protocol and what it will state, from the core (ChairSnapshot.readiness).
        self.readiness_model = ReadinessModel(self)
        self.readiness_view = QtWidgets.QListView()
        self.readiness_view.setObjectName("readiness_list")
        self.readiness_view.setModel(self.readiness_model)
        self.readiness_view.setWordWrap(True)
        self.readiness_view.setMaximumHeight(110)
        self.readiness_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.readiness_view.doubleClicked.connect(lambda index: self.settle_requested.emit(index.data(KeyRole)))
        self.settle_button = _button("settle_readiness", self._settle_current)
        self.export_decisions_button = _button("export_decisions", self.export_decisions_requested)
        self.import_decisions_button = _button("import_decisions", self.import_decisions_requested)
        self.audit_button = _button("audit_log", self.audit_requested)
        self.protocol_button = QtWidgets.QPushButton()
        self.protocol_button.setObjectName("write_protocol")
        self.protocol_button.clicked.connect(self.protocol_requested)
        self.summary_button = QtWidgets.QPushButton()
        self.summary_button.setObjectName("write_summary")
        self.summary_button.clicked.connect(self.summary_requested)
        self.sign_button = QtWidgets.QPushButton()
        self.sign_button.setObjectName("sign_protocol")
        self.sign_button.clicked.connect(self.sign_requested)
        documents = QtWidgets.QGridLayout(self.documents_box)
        documents.addWidget(self.protocol_label, 0, 0)
        documents.addWidget(self.protocol_number, 0, 1)
        documents.addWidget(self.language_label, 0, 2)
        documents.addWidget(self.language, 0, 3)
        documents.setColumnStretch(4, 1)
        documents.addWidget(self.absent_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        documents.addWidget(self.absent_view, 1, 1, 1, 4)
        readiness = QtWidgets.QVBoxLayout()
        readiness.addWidget(self.blockers)
        readiness.addWidget(self.readiness_view)
        settle_row = QtWidgets.QHBoxLayout()
        settle_row.addWidget(self.settle_button)
        settle_row.addStretch(1)
        settle_row.addWidget(self.export_decisions_button)
        settle_row.addWidget(self.import_decisions_button)
        settle_row.addWidget(self.audit_button)
        readiness.addLayout(settle_row)
        documents.addLayout(readiness, 2, 0, 1, 5)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.protocol_button)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        documents.addLayout(buttons, 3, 0, 1, 5)
        # Print, view and check the last protocol (or another PDF): the desk supplies the actions.
        self.document: Path | None = None
        self.document_label = QtWidgets.QLabel()
        self.document_label.setObjectName("current_document")
        self.document_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document_label.setWordWrap(True)
        # one row per group of actions: in one row the Kazakh labels made the chair's window wider
        # than a 1366-pixel laptop screen
        self.document_row = QtWidgets.QVBoxLayout()
        self.document_buttons: list[QtWidgets.QToolButton] = []
        documents.addWidget(self.document_label, 4, 0, 1, 5)
        documents.addLayout(self.document_row, 5, 0, 1, 5)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.documents_box)
        layout.addWidget(self.ties_box)
        layout.addWidget(self.entries_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        if not self._language_chosen:
            self.language.setCurrentIndex(max(0, self.language.findData(str(preference("reports/language")))))
        self.documents_box.setTitle(self.tr("Documents"))
        self.protocol_label.setText(self.tr("Protocol No.:"))
        self.absent_label.setText(self.tr("Absent from the meeting:"))
        self.absent_view.setToolTip(
            self.tr("Tick the commission members who were not at the meeting: the protocol marks them absent.")
        )
        self.language_label.setText(self.tr("Language of the documents:"))
        self.protocol_button.setText(self.tr("Protocol (PDF)…"))
        self.summary_button.setText(self.tr("Excel summary…"))
        self.sign_button.setText(self.tr("Sign a PDF with a certificate…"))
        self.sign_button.setToolTip(
            self.tr(
                "Adds a digital signature (PKCS#12 key, .p12) to the protocol; "
                "the chair and the secretary can sign the same file in turn."
            )
        )
        self.ties_box.setTitle(self.tr("Ties on prize places"))
        self.entries_box.setTitle(self.tr("Nominees and entries advancing to the next stage"))
        self.export_button.setText(self.tr("Export the next-stage round…"))
        self.suggestion_button.setText(self.tr("Advance the best ranked"))
        self.settle_button.setText(self.texts.settle())
        self.settle_button.setToolTip(self.texts.settle_tip())
        self.export_decisions_button.setText(self.texts.export_decisions())
        self.import_decisions_button.setText(self.texts.import_decisions())
        for button in (self.export_decisions_button, self.import_decisions_button):
            button.setToolTip(self.texts.decisions_tip())
        self.audit_button.setText(self.texts.audit_log())
        self.show_document(self.document)
        self.model.retranslate()
        self.refresh()

    def add_document_actions(self, actions: list[QAction]) -> None:
        """A row with a button for each action (they follow the actions' text and enabled state)."""
        row = QtWidgets.QHBoxLayout()
        for action in actions:
            button = action_button(action)
            self.document_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.document_row.addLayout(row)

    def show_document(self, path: Path | None) -> None:
        self.document = path
        self.document_label.setText(
            self.tr("Document to print or check: %1").replace("%1", path.name)
            if path
            else self.tr("Write the protocol to print it, open it or check its signatures (or choose another PDF).")
        )
        self.document_label.setToolTip(str(path) if path else "")

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.snapshot = snapshot
        self.absent_model.set_snapshot(snapshot)
        if not self._language_chosen:
            self.language.setCurrentIndex(max(0, self.language.findData(str(preference("reports/language")))))
        self.model.set_snapshot(snapshot)
        self.refresh()

    def update_decisions(self, snapshot: ChairSnapshot) -> None:
        """The same results with new decisions: refresh in place (no model reset)."""
        self.snapshot = snapshot
        self.model.snapshot = snapshot
        self.absent_model.snapshot = snapshot
        self.refresh()

    def refresh(self) -> None:
        """Update everything that depends on the decisions (after each one is recorded)."""
        s = self.snapshot
        self.model.refresh_decisions()
        self.absent_model.refresh_decisions()
        if (
            s is not None
            and self.protocol_number.text() != s.decisions.protocol_number
            and not self.protocol_number.hasFocus()
        ):
            self.protocol_number.setText(s.decisions.protocol_number)
        self.ties_box.fill(s)
        self._fill_advancing()
        self.readiness_model.set_snapshot(s)
        blockers = self.blocker_texts()
        notes = len(self.readiness_model.items) - len(self.readiness_model.blocking())
        self.blockers.setText(
            "<br>".join("⚠ " + b for b in blockers) if s is None else self.texts.waits_for(len(blockers), notes)
        )
        self.blockers.setVisible(bool(blockers) or bool(notes))
        colour_text(self.blockers, "error" if blockers else "info")
        self.readiness_view.setVisible(bool(self.readiness_model.items))
        self.settle_button.setVisible(bool(self.readiness_model.items))
        for button in (self.export_decisions_button, self.import_decisions_button, self.audit_button):
            button.setEnabled(s is not None)
        ready = s is not None and not blockers
        self.protocol_button.setEnabled(ready)
        self.summary_button.setEnabled(s is not None and bool(s.outcome.accepted))
        self.sign_button.setEnabled(s is not None)

    def blocker_texts(self) -> list[str]:
        """What blocks the protocol, in the interface language (the core says what, once)."""
        if self.snapshot is None:
            return [self.tr("Open a round first.")]
        return [self.texts.readiness(item) for item in self.readiness_model.blocking()]

    def _settle_current(self) -> None:
        index = self.readiness_view.currentIndex()
        if not index.isValid() and self.readiness_model.rowCount():
            index = self.readiness_model.index(0)
        if index.isValid():
            self.settle_requested.emit(index.data(KeyRole))

    def _fill_advancing(self) -> None:
        s = self.snapshot
        limit = s.advancing_limit() if s else 0
        self.suggestion_button.setVisible(bool(limit))
        if s is None:
            self.advancing_note.setText("")
            self.export_button.setEnabled(False)
            return
        stage = s.round.stage
        suggested = s.suggested_advancing()
        self.suggestion_button.setEnabled(
            bool(suggested) and suggested != s.decisions.advancing and not (limit and self._tie_at_the_limit(s, limit))
        )
        self.view.setColumnHidden(DecisionEntriesModel.ADVANCES, not limit)
        if not limit:
            self.advancing_note.setText(
                self.tr("At the university stage the commission determines the winners; nothing advances further.")
            )
            self.export_button.setEnabled(False)
            return
        rule = (
            self.tr("At the department stage up to %1 entries advance to the faculty (regulation 9.5.1).")
            if stage == "department"
            else self.tr("At the faculty stage the best %1 advance to the university (regulation 9.5.2).")
        ).replace("%1", str(limit))
        chosen = len(s.decisions.advancing)
        text = rule + " " + self.tr("Chosen: %1 of %2.").replace("%1", str(chosen)).replace("%2", str(limit))
        if not chosen and suggested:
            text += " " + self.tr("Suggested by the ranking: %1.").replace("%1", ", ".join(suggested))
            if self._tie_at_the_limit(s, limit):
                text += " " + self.tr("A tie crosses the limit: resolve it before choosing.")
        elif stage == "faculty" and s.decisions.advancing and s.decisions.advancing != suggested[:chosen]:
            text += " " + self.tr("Note: these are not the best ranked entries.")
        text += " " + self.tr(
            "The exported round carries this commission over as a starting point: "
            "the organiser replaces it with the %1 commission."
        ).replace("%1", self._stage_name(NEXT_STAGE.get(stage, "")))
        self.advancing_note.setText(text)
        self.export_button.setEnabled(bool(chosen))

    @staticmethod
    def _tie_at_the_limit(s: ChairSnapshot, limit: int) -> bool:
        """The last entry that fits and the first that does not share their place."""
        ranked = [e for e in s.final_order() if e.rank is not None]
        return len(ranked) > limit and s.place(ranked[limit - 1]) == s.place(ranked[limit])

    def _stage_name(self, stage: str) -> str:
        return {"faculty": self.tr("faculty"), "university": self.tr("university")}.get(stage, stage)

    def protocol_language(self) -> str:
        return self.language.currentData()


def _button(name: str, slot) -> QtWidgets.QPushButton:
    button = QtWidgets.QPushButton()
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button
