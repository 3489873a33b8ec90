"""The chair's second round on the disagreement board: mark a flagged score with a question, export the
expert's signed request (logged), import the expert's answer (logged, checked against the request)."""

from __future__ import annotations

from app.models.reconsider_annex import annex_rows
from app.models.reconsider_answer import Answer, build_revised_sheet
from app.models.reconsideration import load_request
from app.models.sheet import load_sheet
from app.ui.chair.board_models import FLAGGED_ROLE
from app.ui.qt import Qt
from tests.helpers.chair import realistic_round, write_sheet
from tests.helpers.ui_chair import open_desk, wait_idle

QUESTION = "Басқа сарапшылардың бағасы әлдеқайда төмен: қайта қараңыз"


def test_the_chair_marks_exports_and_imports_the_answer(qtbot, english_ui, tmp_path, monkeypatch):
    round_file, paths = realistic_round(tmp_path / "round")
    desk = open_desk(qtbot, round_file)
    desk.import_paths(paths)
    qtbot.waitUntil(lambda: desk.snapshot is not None and len(desk.snapshot.outcome.accepted) == 7, timeout=20_000)
    board = desk.board
    desk.tabs.setCurrentWidget(board)
    bar = board.reconsider
    assert not bar.mark_button.isEnabled() and not bar.export_button.isEnabled()
    board.courses_view.selectRow(next(i for i, c in enumerate(board.courses_model.courses) if c.entry_id == "m09"))
    lines = board.lines_model
    e5 = next(r for r in range(lines.rowCount()) if lines.lines[r].expert_id == "e5")
    column = next(c for c in range(1, lines.columnCount()) if lines.index(e5, c).data(FLAGGED_ROLE))
    board.lines_view.setCurrentIndex(lines.index(e5, column))
    assert bar.mark_button.isEnabled()
    criterion_id = lines.criteria[column - 1].id
    score = lines.lines[e5].scores[criterion_id]
    monkeypatch.setattr(bar, "ask_question", lambda title, suggested: QUESTION)
    qtbot.mouseClick(bar.mark_button, Qt.MouseButton.LeftButton)
    assert bar.marked.count() == 1 and QUESTION in bar.marked.item(0).text()

    monkeypatch.setattr(bar, "ask_folder", lambda: str(tmp_path / "requests"))
    (tmp_path / "requests").mkdir()
    written = bar.export_requests()
    assert len(written) == 1 and bar.marked.count() == 0
    request = load_request(written[0])
    cell = request.request.cells[0]
    assert (request.request.expert_id, cell.entry_id, cell.criterion_id, cell.score, cell.question) == (
        "e5",
        "m09",
        criterion_id,
        score,
        QUESTION,
    )
    events = [r.event for r in desk.store.audit_log()[0]]
    assert "decision:reconsider_mark" in events and events[-1] == "export_reconsideration"

    e5_sheet = load_sheet(next(p for p in paths if p.name == "e5.sheet.json"))
    revised = build_revised_sheet(
        round_file, e5_sheet, request, [Answer("m09", criterion_id, score - 3, "Бейнелерді қайта көрдім")]
    )
    answer = write_sheet(tmp_path / "answers", "e5-r2.sheet.json", revised)
    desk.import_paths([answer])
    wait_idle(qtbot, desk)
    qtbot.waitUntil(lambda: any(s.file == "e5-r2.sheet.json" for s in desk.snapshot.outcome.statuses), timeout=20_000)
    status = next(s for s in desk.snapshot.outcome.statuses if s.file == "e5-r2.sheet.json")
    assert status.status == "ok", status.reason
    records = desk.store.audit_log()[0]
    answered = next(r for r in records if r.event == "import_reconsideration")
    assert answered.details["cells"] == [f"m09/{criterion_id}: {score} → {score - 3}"]
    rows = annex_rows(round_file, [s.sheet for s in desk.snapshot.outcome.accepted], desk.snapshot.outcome.requests)
    assert [(r.expert_id, r.before, r.after, r.question) for r in rows] == [("e5", score, score - 3, QUESTION)]
