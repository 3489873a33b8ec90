"""The media check in the window (real generated videos) and the admission checklist."""

from __future__ import annotations

import pytest

from app.media.synth import write_colour_clip
from app.models.admission import AdmissionStore, Mark
from app.models.round_edit import RoundDraft
from app.ui.organiser.admission_view import ChecklistModel
from app.ui.organiser.compliance_view import STATUS_ROLE, ComplianceModel, EntryComplianceWidget
from app.ui.organiser.editor import OrganiserPage
from app.ui.organiser.page_tabs import TAB_ADMISSION, TAB_MEDIA
from app.ui.qt import Qt
from tests.helpers.ui_organiser import show_page

GREEN, RED = (0, 200, 0), (200, 0, 0)


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clips")
    good = write_colour_clip(folder / "promo.mp4", [GREEN], seconds_each=1.0, size=(1280, 720))
    small = write_colour_clip(folder / "lecture-1.mp4", [RED], seconds_each=1.0, size=(640, 360))
    return good, small


@pytest.fixture
def page(qtbot, english_ui, clips):
    draft = RoundDraft.new()
    draft.set_person("chair", "Төраға", "")
    draft.add_expert("Сарапшы")
    draft.add_entry(
        "Курс бір",
        [{"name": "Автор"}],
        annotation="Қысқа",
        link="https://moocs.atu.kz/1",
        faculty="АТ",
        department="АЖ",
    )
    draft.add_media_files(0, list(clips))
    draft.add_entry("Курс екі", [{"name": "Басқа автор"}])
    widget = show_page(qtbot)
    widget._use_draft(draft)
    return widget


def run_check(qtbot, page: OrganiserPage) -> dict:
    operation = page.check_media()
    assert operation is not None
    with qtbot.waitSignal(page.media_panel.checked, timeout=60000) as got:
        pass
    return got.args[0]


def rows_of(model: ComplianceModel) -> list[tuple[str, str, str]]:
    return [
        (
            model.index(r, model.COL_FILE).data(),
            model.data(model.index(r, 0), STATUS_ROLE),
            model.index(r, model.COL_RULE).data(),
        )
        for r in range(model.rowCount())
    ]


def test_media_check_runs_in_the_background_and_lists_every_rule(qtbot, page):
    check = run_check(qtbot, page)
    assert page.tabs.currentIndex() == TAB_MEDIA
    rows = rows_of(page.media_panel.model)
    small = [r for r in rows if r[0].startswith("media/m01/lecture-1.mp4")]
    assert ("media/m01/lecture-1.mp4 (lecture)", "fail", "Resolution at least 1280×720") in small
    promo = [r for r in rows if r[0].startswith("media/m01/promo.mp4")]
    assert all(status == "ok" for _, status, _ in promo), promo
    informative = [r for r in rows if r[1] == "info"]
    assert informative and all("Aktobe" in rule or "links" in rule for _, _, rule in informative)
    assert "2 video files checked: 1 meet every rule, 1 break at least one" in page.media_panel.summary.text()

    page.media_panel.only_problems.click()
    shown = page.media_panel.proxy
    assert shown.rowCount() > 0
    assert all(shown.data(shown.index(r, 0), STATUS_ROLE) == "fail" for r in range(shown.rowCount()))
    assert check["round_id"] == page.draft.round_id
    assert AdmissionStore(page.draft.round_id).last_media_check()["files"] == check["files"]


def test_the_entry_widget_for_the_expert_page(qtbot, page):
    check = run_check(qtbot, page)
    widget = EntryComplianceWidget()
    qtbot.addWidget(widget)
    assert widget.summary.text() == "The videos have not been checked against form -02 yet."
    widget.set_entry("m01")
    widget.set_check(check)
    assert widget.summary.text() == "Form -02: 1 of 2 videos break a rule; 0 course-wide rule(s) broken."
    first = widget.model.index(0, ComplianceModel.COL_RULE)
    assert widget.model.data(first, STATUS_ROLE) == "fail"  # broken rules come first
    widget.set_entry("m02")
    assert widget.summary.text() == "No video files to check for this course."


def test_admission_uses_the_check_and_keeps_the_organisers_ticks(qtbot, page):
    run_check(qtbot, page)
    page.tabs.setCurrentIndex(TAB_ADMISSION)
    panel = page.admission
    assert panel.summary_model.rowCount() == 2
    assert panel.summary_model.index(0, 2).data() == "not admitted"  # a video breaks form -02
    model: ChecklistModel = panel.checklist
    items = {i.key: i for i in model.items()}
    assert items["videos_compliant"].status == "fail"
    assert items["short_annotation"].status == "ok" and items["cover_letter"].status == "ok"

    row = [i.key for i in model.items()].index("glossary")
    index = model.index(row, ChecklistModel.COL_DONE)
    panel.items.setCurrentIndex(index)
    panel.items.setFocus()
    qtbot.keyClick(panel.items, Qt.Key.Key_Space)
    assert {i.key: i.status for i in model.items()}["glossary"] == "ok"
    assert AdmissionStore(page.draft.round_id).marks("m01")["glossary"] == Mark(True, "")
    qtbot.keyClick(panel.items, Qt.Key.Key_Space)
    assert AdmissionStore(page.draft.round_id).marks("m01")["glossary"] == Mark(False, "")
    panel.items.setCurrentIndex(index)
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert "glossary" not in AdmissionStore(page.draft.round_id).marks("m01")


def test_the_media_check_values_and_a_plain_words_line_in_kazakh(qtbot, qapp):
    from app.ui.i18n import install_language

    check = {
        "format": "sarapshy-media-check/1",
        "round_id": "r",
        "ok": False,
        "entries": [],
        "files": [
            {
                "entry_id": "m01",
                "media_id": "v1",
                "kind": "lecture",
                "path": "media/l1.mp4",
                "ok": False,
                "checks": [
                    {"rule": "stereo", "ok": False, "found": "1 channel (mono)", "expected": "2 channels (stereo)"},
                    {
                        "rule": "voice_centred",
                        "ok": False,
                        "found": "L−R +20.6 dB, correlation 0.94",
                        "expected": "|L−R| <= 3 dB, correlation >= 0.5",
                    },
                ],
            },
            {
                "entry_id": "m01",
                "media_id": "v2",
                "kind": "promo",
                "path": "media/p.mp4",
                "ok": False,
                "missing": True,
                "checks": [
                    {
                        "rule": "readable",
                        "ok": False,
                        "found": "the video file is missing",
                        "expected": "a readable video file",
                    }
                ],
            },
        ],
    }
    install_language(qapp, "kk")
    try:
        model = ComplianceModel()
        model.set_check(check)
        found = {
            model.index(r, model.COL_FOUND).data(): model.index(r, model.COL_EXPECTED).data()
            for r in range(model.rowCount())
        }
        assert found["1 арна (моно)"] == "2 арна (стерео)"
        assert (
            found["сол − оң +20.6 дБ, арналардың ұқсастығы 0.94"]
            == "сол − оң ±3 дБ аралығында, арналардың ұқсастығы ≥ 0.5"
        )
        assert found["бейне файл жоқ"] == "оқылатын бейне файл"
        voice = next(r for r in range(model.rowCount()) if "сол − оң" in model.index(r, model.COL_FOUND).data())
        tip = model.data(model.index(voice, 0), Qt.ItemDataRole.ToolTipRole)
        assert "Дауыс ортадан естілуі керек" in tip and "айырмасы 3 дБ-ден аспайды" in tip and "кемінде 0.5" in tip
    finally:
        install_language(qapp, "en")
