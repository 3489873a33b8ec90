"""The organiser's page: building a round with real clicks and keys, saving, pinning keys, packaging."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.models.keys import export_public_key, identity_for
from app.models.round import load_round
from app.models.round_drafts import stored_draft
from app.models.round_edit import RoundDraft
from app.ui.organiser.editor import OrganiserPage
from app.ui.organiser.page_tabs import TAB_COMMISSION, TAB_COMPETITION, TAB_ENTRIES
from app.ui.qt import Qt, QtCore, QtWidgets
from tests.helpers.keys import type_text
from tests.helpers.ui_organiser import page, type_into_cell  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[3]


def issue_places(page: OrganiserPage) -> list[str]:
    return [i.place for i in page.issues_model.issues() if not i.warning]


def build_round(qtbot, page: OrganiserPage) -> None:
    page.tabs.setCurrentIndex(TAB_COMMISSION)
    type_text(page.commission.chair_name, "Сәрсенбаева Әйгерім")
    qtbot.mouseClick(page.commission.add_button, Qt.MouseButton.LeftButton)
    # The new expert's name cell opens for typing at once.
    qtbot.waitUntil(
        lambda: (
            isinstance(QtWidgets.QApplication.focusWidget(), QtWidgets.QLineEdit)
            and QtWidgets.QApplication.focusWidget().parent() is page.commission.experts.viewport()
        )
    )
    editor = QtWidgets.QApplication.focusWidget()
    type_text(editor, "Өмірзақов Ерлан")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    page.tabs.setCurrentIndex(TAB_ENTRIES)
    qtbot.mouseClick(page.entries.add_entry_button, Qt.MouseButton.LeftButton)
    type_text(page.entries.fields["title"], "Python тілінде бағдарламалау")
    type_into_cell(qtbot, page.entries.authors, 0, 0, "Ахметов Бауыржан")
    qtbot.keyClicks(page.entries.fields["link"], "https://moocs.atu.kz/py")
    page.entries.annotation.setFocus()
    type_text(page.entries.annotation, "Python негіздері")


def test_problems_follow_typing_and_a_built_round_saves_and_validates(qtbot, page, tmp_path):
    assert set(issue_places(page)) == {"commission.chair.name", "commission.experts"}
    build_round(qtbot, page)
    qtbot.waitUntil(lambda: issue_places(page) == [], timeout=3000)
    assert page.draft.experts[0]["name"] == "Өмірзақов Ерлан"
    assert page.draft.entries[0]["authors"] == [{"name": "Ахметов Бауыржан"}]
    assert page.issues_box.title() == "Nothing blocks saving; 1 thing(s) to note"  # no videos yet

    path = tmp_path / "stage3.round.json"
    with qtbot.waitSignal(page.round_saved) as saved:
        assert page.save_as(path)
    assert saved.args == [path.resolve()]
    round_file = load_round(path)
    assert round_file.round.commission.chair.name == "Сәрсенбаева Әйгерім"
    assert round_file.round.entries[0].annotation == "Python негіздері"
    assert round_file.round.entries[0].link == "https://moocs.atu.kz/py"
    result = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    assert "saved" in page.header.text() and "unsaved" not in page.header.text()


def test_an_invalid_round_is_not_saved_and_the_problem_is_shown(qtbot, page, tmp_path):
    path = tmp_path / "x.round.json"
    assert not page.save_as(path)
    assert not path.exists()
    box = next(
        w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, QtWidgets.QMessageBox) and w.isVisible()
    )
    assert "cannot be saved yet" in box.text() and "chair" in box.text()
    box.close()
    assert page.tabs.currentIndex() == TAB_COMMISSION  # taken to the first problem
    assert page.commission.chair_name.hasFocus()


def test_clicking_a_problem_goes_to_its_field(qtbot, page):
    build_round(qtbot, page)
    page.entries.fields["title"].clear()
    qtbot.keyClicks(page.entries.fields["title"], " ")
    qtbot.keyClick(page.entries.fields["title"], Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: "entries[0].title" in issue_places(page), timeout=3000)
    page.tabs.setCurrentIndex(0)
    row = [i.place for i in page.issues_model.issues()].index("entries[0].title")
    rect = page.issues_view.visualRect(page.issues_model.index(row, 0))
    qtbot.mouseClick(page.issues_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tabs.currentIndex() == TAB_ENTRIES
    assert page.entries.fields["title"].hasFocus()


def test_the_competition_form_scrolls_and_a_problem_brings_its_field_into_view(qtbot, page):
    """On a 768-px laptop the form is taller than its tab: it scrolls, and a problem's field is shown."""
    page.resize(900, 520)
    page.show()
    qtbot.waitExposed(page)
    scroll = page.tabs.competition_scroll
    assert page.tabs.widget(TAB_COMPETITION) is scroll and scroll.widget() is page.competition
    assert page.minimumSizeHint().height() < page.competition.minimumSizeHint().height() + 100
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form is taller than its tab here"
    bar.setValue(0)
    page.tabs.show_place("meeting")
    field = page.competition.meeting_place
    top = field.mapTo(scroll.viewport(), QtCore.QPoint(0, 0)).y()
    assert bar.value() > 0 and top >= 0 and top + field.height() <= scroll.viewport().height()


def test_unsaved_work_comes_back_in_a_new_page(qtbot, page):
    build_round(qtbot, page)
    qtbot.waitUntil(
        lambda: (
            stored_draft(page.draft.round_id) is not None and bool(stored_draft(page.draft.round_id)["data"]["entries"])
        ),
        timeout=3000,
    )
    again = OrganiserPage(None)
    qtbot.addWidget(again)
    assert again.draft.round_id == page.draft.round_id
    assert again.draft.entries[0]["title"] == "Python тілінде бағдарламалау"


def test_pinning_a_key_file_shows_its_fingerprint(qtbot, page, tmp_path):
    build_round(qtbot, page)
    key_file = tmp_path / "erlan.json"
    record = export_public_key(identity_for("Өмірзақов Ерлан"), key_file, name="Өмірзақов Ерлан")
    page.tabs.setCurrentIndex(TAB_COMMISSION)
    page.commission.experts.selectRow(0)
    assert page.commission.pin_key(key_file)
    column = page.commission.experts_model.column_index("key")
    assert page.commission.experts_model.index(0, column).data() == record.fingerprint
    path = tmp_path / "r.round.json"
    assert page.save_as(path)
    assert load_round(path).round.commission.experts[0].public_key == record.public_key


def test_media_are_added_ordered_and_packaged_with_progress(qtbot, page, tmp_path):
    build_round(qtbot, page)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    lecture = downloads / "1-lecture.mp4"
    lecture.write_bytes(os.urandom(2 * 1024 * 1024))
    promo = downloads / "promo.mp4"
    promo.write_bytes(os.urandom(300 * 1024))
    page.entries.files.add_media_files([lecture, promo])
    media = page.entries.files.media_model
    assert [media.index(r, media.column_index("kind")).data() for r in range(2)] == ["lecture", "promo"]
    page.entries.files.media.selectRow(1)
    qtbot.mouseClick(page.entries.files.up_button, Qt.MouseButton.LeftButton)
    assert [m["title"] for m in page.draft.entries[0]["media"]] == ["promo", "1-lecture"]
    assert media.index(0, media.column_index("state")).data() == "to copy"

    stick = tmp_path / "stick"
    stick.mkdir()
    assert page.save_as(stick / "round.round.json")
    operation = page.package()
    assert operation is not None
    progress = []
    operation.progressed.connect(lambda done, total, text: progress.append((done, total)))
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    assert page.last_package is not None and sorted(page.last_package.copied) == [
        "media/m01/1-lecture.mp4",
        "media/m01/promo.mp4",
    ]
    assert (stick / "media" / "m01" / "promo.mp4").read_bytes() == promo.read_bytes()
    reloaded = load_round(stick / "round.round.json")
    assert [m.path for m in reloaded.round.entries[0].media] == ["media/m01/promo.mp4", "media/m01/1-lecture.mp4"]
    assert media.index(0, media.column_index("state")).data() == "in the folder"
    report = page.findChild(QtWidgets.QMessageBox, "package_report")
    assert report is not None and "2 file(s) copied" in report.text()


def test_cancelling_the_package_keeps_the_round_file(qtbot, page, tmp_path, monkeypatch):
    import app.models.round_package as round_package

    monkeypatch.setattr(round_package, "COPY_CHUNK", 64 * 1024)
    build_round(qtbot, page)
    big = tmp_path / "big.mp4"
    big.write_bytes(os.urandom(8 * 1024 * 1024))
    page.entries.files.add_media_files([big])
    assert page.save_as(tmp_path / "stick.round.json")
    before = (tmp_path / "stick.round.json").read_bytes()
    operation = page.package()
    operation.cancel()  # what the progress dialog's Cancel button does
    with qtbot.waitSignal(operation.cancelled, timeout=10000):
        pass
    assert (tmp_path / "stick.round.json").read_bytes() == before
    assert page.draft.entries[0]["media"][0]["path"] in page.draft.pending
    assert (
        not any(p.name.endswith(".partial") for p in (tmp_path / "media").rglob("*"))
        if (tmp_path / "media").exists()
        else True
    )


def test_opening_a_saved_round_and_switching_language(qtbot, page, tmp_path, qapp):
    draft = RoundDraft.new(stage="department", year=2026)
    draft.set_person("chair", "Төраға Аты", "")
    draft.add_expert("Сарапшы Бір")
    draft.add_entry("Курс", [{"name": "Автор"}])
    round_file = draft.save(tmp_path / "dep.round.json")
    page.set_round(load_round(tmp_path / "dep.round.json"))
    assert page.draft.path == round_file.path
    assert page.competition.stage.currentData() == "department"
    assert page.entries.entries_model.rowCount() == 1

    from app.ui.i18n import install_language

    install_language(qapp, "kk")
    page.retranslate()
    kazakh_tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    install_language(qapp, "en")
    page.retranslate()
    english_tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert english_tabs[0] == "Competition"
    assert all(k != e for k, e in zip(kazakh_tabs, english_tabs, strict=True)), kazakh_tabs


def test_page_actions_are_named(page):
    names = [a.text() for a in page.page_actions()]
    assert "Save round" in names and "Package for experts…" in names and all(names)
    assert isinstance(page.page_actions()[0], QtCore.QObject)


def test_checking_videos_of_an_unfinished_round_says_what_to_fix(qtbot, page):
    qtbot.mouseClick(page.media_panel.run_button, Qt.MouseButton.LeftButton)
    box = next(
        w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, QtWidgets.QMessageBox) and w.isVisible()
    )
    assert box.text().startswith("Fix these first, then check the videos:")
    assert "Commission › chair › name: must be filled in" in box.text()
    box.close()
    assert page.media_panel.model.check() is None


def test_a_videos_kind_is_chosen_in_the_table(qtbot, page, tmp_path):
    build_round(qtbot, page)
    clip = tmp_path / "intro.mp4"
    clip.write_bytes(b"x" * 100)
    page.entries.files.add_media_files([clip])
    media = page.entries.files.media_model
    assert page.draft.entries[0]["media"][0]["kind"] == "lecture"
    view = page.entries.files.media
    index = media.index(0, media.column_index("kind"))
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QtWidgets.QApplication.focusWidget()
    assert isinstance(combo, QtWidgets.QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["promo", "lecture", "other"]
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert page.draft.entries[0]["media"][0]["kind"] == "promo"
    assert index.data() == "promo"
    qtbot.waitUntil(lambda: not any(i.code == "no_promo" for i in page.issues_model.issues()), timeout=3000)
