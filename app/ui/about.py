"""Help → About Sarapshy: the version, the video player in use (and those not used, with why), Qt and
the data folder. Texts in the "MainWindow" translation context."""

from __future__ import annotations

from app import __version__
from app.paths import data_dir
from app.ui.i18n import translate
from app.ui.qt import QT_VERSION, Qt, QtWidgets


def about_text() -> str:
    try:
        from app.ui.player.choice import active_backend_name, backend_problems

        backend = active_backend_name()
        problems = backend_problems()
    except ImportError:
        backend, problems = "", []
    player = backend or translate("MainWindow", "none (video cannot be played)")
    lines = [
        translate("MainWindow", "Sarapshy %1 — evaluation of MOOCs by an expert commission").replace("%1", __version__),
        translate("MainWindow", "Video player: %1").replace("%1", player),
    ]
    if problems:
        lines.append(translate("MainWindow", "Not used: %1").replace("%1", "; ".join(problems)))
    lines.append(translate("MainWindow", "Qt %1").replace("%1", QT_VERSION))
    lines.append(translate("MainWindow", "Data folder: %1").replace("%1", str(data_dir())))
    return "\n".join(lines)


def show_about(parent: QtWidgets.QWidget) -> QtWidgets.QMessageBox:
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(translate("MainWindow", "About Sarapshy"))
    box.setIcon(QtWidgets.QMessageBox.Icon.Information)
    box.setText(about_text())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
