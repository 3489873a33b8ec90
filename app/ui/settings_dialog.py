"""File → Settings: one editor per declared preference (`app.ui.preferences.PREFERENCES`), plus the
data folder and portable mode.

The dialog only collects values; `SettingsDialog.values()` gives them and `apply_settings()` stores
them and applies what can change at once (language, colours, recent list). What needs a new start
(video engine, data folder) says so.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.paths import program_dir
from app.ui import preferences as prefs
from app.ui.qt import Qt, QtCore, QtGui, QtWidgets


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


class SettingsDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.editors: dict[str, QtWidgets.QWidget] = {}
        self.labels: dict[str, QtWidgets.QLabel] = {}
        self.notes: dict[str, QtWidgets.QLabel] = {}
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for item in prefs.PREFERENCES:
            editor = self._make_editor(item)
            editor.setObjectName(f"pref_{item.key.replace('/', '_')}")
            self.editors[item.key] = editor
            label = QtWidgets.QLabel()
            label.setBuddy(editor)
            self.labels[item.key] = label
            form.addRow(label, editor)
            if item.note:
                note = self._note_label()
                self.notes[item.key] = note
                form.addRow("", note)

        self.data_box = QtWidgets.QGroupBox()
        self.data_path = QtWidgets.QLabel()
        self.data_path.setObjectName("data_folder_path")
        self.data_path.setWordWrap(True)
        self.data_path.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.data_path.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.open_data_button = QtWidgets.QPushButton()
        self.open_data_button.setObjectName("open_data_folder")
        self.open_data_button.clicked.connect(self._open_data_folder)
        self.portable = QtWidgets.QCheckBox()
        self.portable.setObjectName("portable_mode")
        self.portable.setChecked(prefs.is_portable())
        self.portable_note = self._note_label()
        path_row = QtWidgets.QHBoxLayout()
        path_row.addWidget(self.data_path, 1)
        path_row.addWidget(self.open_data_button, 0, Qt.AlignmentFlag.AlignTop)
        data_layout = QtWidgets.QVBoxLayout(self.data_box)
        data_layout.addLayout(path_row)
        data_layout.addWidget(self.portable)
        data_layout.addWidget(self.portable_note)

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
            | QtWidgets.QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.data_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.load()
        self.retranslate()

    @staticmethod
    def _note_label() -> QtWidgets.QLabel:
        note = QtWidgets.QLabel()
        note.setWordWrap(True)
        note.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        font = note.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        note.setFont(font)
        return note

    def _make_editor(self, item: prefs.Preference) -> QtWidgets.QWidget:
        if item.choices:
            combo = QtWidgets.QComboBox()
            for choice in item.choices:
                combo.addItem("", choice.value)
            return combo
        if item.type is int:
            spin = QtWidgets.QSpinBox()
            spin.setRange(item.minimum, item.maximum)
            spin.setMaximumWidth(110)
            return spin
        if item.type is bool:
            return QtWidgets.QCheckBox()
        return QtWidgets.QLineEdit()

    # --- values ------------------------------------------------------------------------------------
    def _show_value(self, key: str, value: object) -> None:
        editor = self.editors[key]
        if isinstance(editor, QtWidgets.QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QtWidgets.QSpinBox) and isinstance(value, int):
            editor.setValue(value)
        elif isinstance(editor, QtWidgets.QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QtWidgets.QLineEdit):
            editor.setText(str(value))

    def load(self) -> None:
        for item in prefs.PREFERENCES:
            self._show_value(item.key, prefs.preference(item.key))

    def restore_defaults(self) -> None:
        for item in prefs.PREFERENCES:
            self._show_value(item.key, item.default)
        self.portable.setChecked(False if _writable(program_dir()) else self.portable.isChecked())

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QtWidgets.QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QtWidgets.QSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QtWidgets.QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QtWidgets.QLineEdit):
                out[key] = editor.text()
        return out

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for item in prefs.PREFERENCES:
            self.labels[item.key].setText(prefs.translated_title(item.title) + ":")
            editor = self.editors[item.key]
            editor.setAccessibleName(prefs.translated_title(item.title))
            if isinstance(editor, QtWidgets.QComboBox):
                for index, choice in enumerate(item.choices):
                    editor.setItemText(index, prefs.choice_title(choice))
            if item.key in self.notes:
                self.notes[item.key].setText(prefs.translated_title(item.note))
        self.data_box.setTitle(self.tr("Data folder"))
        self.data_path.setText(str(prefs.current_data_dir()))
        self.data_path.setAccessibleName(self.tr("Data folder"))
        self.open_data_button.setText(self.tr("Open the folder"))
        self.portable.setText(self.tr("Portable mode: keep the data in the «data» folder next to the program"))
        self.portable_note.setText(self._portable_explanation())

    def _portable_explanation(self) -> str:
        if prefs.data_folder_forced():
            self.portable.setEnabled(False)
            return self.tr(
                "The data folder is set by the SARAPSHY_HOME environment variable, so portable mode has no effect here."
            )
        if not _writable(program_dir()):
            self.portable.setEnabled(False)
            return self.tr(
                "The program's folder cannot be written to (%1), so portable mode cannot be switched here."
            ).replace("%1", str(program_dir()))
        return self.tr(
            "Takes effect when the program is started again. Your data are not moved: copy the "
            "folder shown above into %1 if you want to take them along."
        ).replace("%1", str(prefs.portable_data_dir()))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _open_data_folder(self) -> None:
        QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(prefs.current_data_dir())))


def apply_settings(dialog: SettingsDialog, window: QtWidgets.QMainWindow | None = None) -> list[str]:
    """Store the dialog's values and apply what can change at once; returns the keys that changed.

    A portable-mode switch that the file system refuses is explained in a message box."""
    from app.ui.qt import qapp
    from app.ui.theme import apply_theme

    changed = []
    for key, value in dialog.values().items():
        before = prefs.preference(key)
        after = prefs.set_preference(key, value)
        if after != before:
            changed.append(key)
    if "ui/language" in changed and window is not None and hasattr(window, "set_language"):
        window.set_language(str(prefs.preference("ui/language")))
    if "ui/theme" in changed:
        apply_theme(qapp())
    if "player/backend" in changed:
        prefs.apply_player_preference()
    if "recent/count" in changed:
        prefs.trim_recent_rounds()
    if dialog.portable.isEnabled() and dialog.portable.isChecked() != prefs.is_portable():
        try:
            prefs.set_portable(dialog.portable.isChecked())
            changed.append("portable")
        except OSError as exc:
            QtWidgets.QMessageBox.warning(
                dialog.parentWidget(),
                QtCore.QCoreApplication.translate("SettingsDialog", "Settings"),
                QtCore.QCoreApplication.translate(
                    "SettingsDialog",
                    "Portable mode could not be switched: %1. Check that the program's folder can be written to.",
                ).replace("%1", str(exc)),
            )
    return changed
