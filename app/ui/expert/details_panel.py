"""The cover-letter fields of one entry (form -01): title, authors, faculty and department,
languages, annotation, the course link (opens the browser) and attachments (open with the
system viewer)."""

from __future__ import annotations

import html

from app.models.localized import localized
from app.models.round import RoundFile
from app.models.round_model import Entry
from app.ui import theme
from app.ui.i18n import translate
from app.ui.qt import QtCore, QtGui, QtWidgets, Signal

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class DetailsPanel(QtWidgets.QTextBrowser):
    problem = Signal(str)  # something could not be opened: a message for the user

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open)
        self._round_file: RoundFile | None = None
        self._entry: Entry | None = None
        self._lang = "kk"
        self.setMinimumHeight(120)
        self.problem.connect(self._show_problem)

    def _show_problem(self, message: str) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            translate("ExpertPage", "Cannot open"),
            message,
            QtWidgets.QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.problem_box = box

    def show_entry(self, round_file: RoundFile | None, entry: Entry | None) -> None:
        self._round_file, self._entry = round_file, entry
        self._render()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() in theme.PALETTE_EVENTS:  # light ↔ dark: the labels' colour is in the HTML
            self._render()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self._render()

    def _render(self) -> None:
        entry, lang = self._entry, self._lang
        if entry is None:
            self.setHtml("")
            return
        esc = html.escape
        rows: list[tuple[str, str]] = []
        authors = "<br>".join(esc(", ".join(p for p in (a.name, a.position, a.degree) if p)) for a in entry.authors)
        rows.append((self.tr("Authors"), authors))
        if localized(entry.faculty, lang):
            rows.append((self.tr("Faculty"), esc(localized(entry.faculty, lang))))
        if localized(entry.department, lang):
            rows.append((self.tr("Department"), esc(localized(entry.department, lang))))
        if entry.languages:
            rows.append((self.tr("Languages"), esc(", ".join(LANGUAGE_NAMES.get(c, c) for c in entry.languages))))
        if entry.link:
            rows.append((self.tr("Course link"), f'<a href="{esc(entry.link, quote=True)}">{esc(entry.link)}</a>'))
        if entry.attachments:
            links = []
            for number, item in enumerate(entry.attachments):
                title = item.title or item.path or item.url or item.kind
                links.append(f'<a href="attachment:{number}">{esc(title)}</a>')
            rows.append((self.tr("Attachments"), "<br>".join(links)))
        table = "".join(
            f'<tr><td style="padding-right:10px; color:{theme.css("muted")}; white-space:nowrap;" valign="top">'
            f"{esc(label)}</td><td>{value}</td></tr>"
            for label, value in rows
        )
        annotation = localized(entry.annotation, lang)
        body = f"<h3>{esc(localized(entry.title, lang))}</h3><table>{table}</table>"
        if annotation:
            heading = self.tr("Annotation")
            body += f"<p><b>{esc(heading)}</b><br>{esc(annotation)}</p>"
        self.setHtml(body)

    def _open(self, url: QtCore.QUrl) -> None:
        if url.scheme() == "attachment":
            self._open_attachment(int(url.path()))
        elif url.scheme() in ("http", "https") and not QtGui.QDesktopServices.openUrl(url):
            self.problem.emit(self.tr("No web browser could be started for %1").replace("%1", url.toString()))

    def _open_attachment(self, number: int) -> None:
        if self._entry is None or not 0 <= number < len(self._entry.attachments):
            return
        item = self._entry.attachments[number]
        if item.url:
            QtGui.QDesktopServices.openUrl(QtCore.QUrl(item.url))
            return
        path = self._round_file.media_path(item) if self._round_file else None
        if path is None or not path.exists():
            self.problem.emit(
                self.tr("The attachment %1 is not in the round folder: copy it there next to the round file.").replace(
                    "%1", item.path or ""
                )
            )
            return
        if not QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path))):
            self.problem.emit(self.tr("No program could open %1").replace("%1", str(path)))
