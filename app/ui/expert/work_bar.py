"""The bar above the expert's work: who signs, what was exported last, whether every change is saved,
and Finalise. Its texts are the page's (translation context "ExpertPage")."""

from __future__ import annotations

from app.ui.expert.undo import NOT_SAVED, SAVED, SAVING
from app.ui.i18n import translate
from app.ui.qt import QtWidgets


class WorkBar(QtWidgets.QWidget):
    """Who signs is a plain text, not a list one arrow key or a turn of the mouse wheel would change:
    another expert is chosen only through the "Change…" button, the list of names and a confirmation."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: str | None = None
        self.expert_label = QtWidgets.QLabel()
        self.expert_name = QtWidgets.QLabel()
        self.expert_name.setObjectName("expertName")
        font = self.expert_name.font()
        font.setBold(True)
        self.expert_name.setFont(font)
        self.change_expert_button = QtWidgets.QPushButton()
        self.change_expert_button.setAutoDefault(False)
        self.export_state = QtWidgets.QLabel()
        self.export_state.setObjectName("exportState")
        self.saved_state = QtWidgets.QLabel()
        self.finalise_button = QtWidgets.QPushButton()
        top = QtWidgets.QHBoxLayout(self)
        top.setContentsMargins(8, 6, 8, 2)
        top.addWidget(self.expert_label)
        top.addWidget(self.expert_name)
        top.addWidget(self.change_expert_button)
        top.addSpacing(16)
        top.addWidget(self.export_state, 1)
        top.addWidget(self.saved_state)
        top.addSpacing(8)
        top.addWidget(self.finalise_button)

    def show_saved_state(self, state: str | None) -> None:
        """SAVING, SAVED, NOT_SAVED or None, in the interface language (again when it changes)."""
        self._saved = state
        texts = {
            SAVING: translate("ExpertPage", "Saving…"),
            SAVED: translate("ExpertPage", "All changes saved"),
            NOT_SAVED: translate("ExpertPage", "Not saved!"),
        }
        self.saved_state.setText(texts.get(state or "", ""))

    def retranslate(self) -> None:
        self.expert_label.setText(translate("ExpertPage", "Expert:"))
        self.change_expert_button.setText(translate("ExpertPage", "Change…"))
        self.change_expert_button.setToolTip(
            translate("ExpertPage", "Work as another member of the commission (asks first)")
        )
        self.finalise_button.setText(translate("ExpertPage", "Finalise…"))
        self.finalise_button.setToolTip(
            translate("ExpertPage", "Check what is missing, then sign and export your sheet (Ctrl+E)")
        )
        self.show_saved_state(self._saved)
