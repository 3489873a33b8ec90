"""The chair's meeting tab: the disagreement board (Qt models over the core), the letter preview
and the letters, refused while a tie is unresolved; the winners extract."""

from __future__ import annotations

import subprocess

from app.ui.chair.board_models import FLAGGED_ROLE
from app.ui.qt import Qt
from tests.helpers.chair import realistic_round
from tests.helpers.ui_chair import open_desk, store_records


def _pdf_text(path) -> str:
    return " ".join(
        subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )


def _wait(qtbot, operation):
    qtbot.waitUntil(lambda: operation.delivered, timeout=20_000)


def test_board_orders_courses_and_flags_the_outlying_expert(qtbot, english_ui, tmp_path):
    round_file, paths = realistic_round(tmp_path / "round")
    desk = open_desk(qtbot, round_file)
    desk.import_paths(paths)
    qtbot.waitUntil(lambda: desk.snapshot is not None and len(desk.snapshot.outcome.accepted) == 7, timeout=20_000)
    board = desk.board
    desk.tabs.setCurrentWidget(board)
    model = board.courses_model
    assert model.rowCount() == 10
    assert model.courses[0].entry_id == "m09"  # e5's outlying total makes it the most disputed
    sds = [c.sd for c in model.courses]
    assert sds == sorted(sds, reverse=True)
    assert "T = 2 points" in board.rule.text() and "T = 10.5 points" in board.rule.text()
    board.courses_view.selectRow(0)
    lines = board.lines_model
    assert lines.rowCount() == 7
    e5 = next(r for r in range(7) if lines.lines[r].expert_id == "e5")
    total_column = lines.columnCount() - 2
    assert lines.index(e5, total_column).data(FLAGGED_ROLE) is True
    assert lines.index(e5, total_column).data().startswith("⚑")
    assert "more than 10.5 points" in lines.index(e5, total_column).data(Qt.ItemDataRole.ToolTipRole)
    assert not any(lines.index(r, total_column).data(FLAGGED_ROLE) for r in range(7) if r != e5)
    assert board.guard.text() == "7 experts scored this course."
    # m05: e3 recused, six experts scored
    board.courses_view.selectRow(next(i for i, c in enumerate(model.courses) if c.entry_id == "m05"))
    e3 = next(r for r in range(7) if lines.lines[r].expert_id == "e3")
    assert lines.index(e3, total_column).data() == "recused"


def test_letters_wait_for_the_tie_then_preview_and_write_without_expert_names(qtbot, english_ui, monkeypatch, tmp_path):
    round_file, paths = realistic_round(tmp_path / "round")
    desk = open_desk(qtbot, round_file)
    desk.import_paths(paths)
    qtbot.waitUntil(lambda: desk.snapshot is not None and len(desk.snapshot.outcome.accepted) == 7, timeout=20_000)
    board = desk.board
    board.courses_view.selectRow(0)
    # the tie on third place is not resolved: no preview, no letters, and the banner says why
    qtbot.mouseClick(board.preview_button, Qt.MouseButton.LeftButton)
    assert "tie" in desk.banner.message()
    monkeypatch.setattr(board, "ask_folder", lambda *a: str(tmp_path / "letters"))
    qtbot.mouseClick(board.letters_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "letters").exists()

    desk.store.set_tie_resolution(["m02", "m03"], "Ашық дауыс беру: 5 – 2")
    for row in desk.store.snapshot().sheets:  # a letter's numbers rest on sheets compared with paper
        desk.store.set_paper_checked(row, True)
    desk._refresh_decisions(reorder=True)
    board.courses_view.selectRow(0)
    dialog = board.preview_letter()
    assert dialog is not None and dialog.pages and not dialog.pages[0].isNull()
    dialog.close()
    operation = board.write_letters()
    _wait(qtbot, operation)
    letters = sorted((tmp_path / "letters").glob("*.pdf"))
    assert len(letters) == 10
    for letter in letters:
        flat = _pdf_text(letter)
        for expert in round_file.round.commission.experts:
            assert expert.name not in flat
        assert "Курстың жиынтық баллы" in flat
    assert "write_letters" in [r.event for r in store_records(desk)]


def test_winners_extract_from_the_window(qtbot, english_ui, monkeypatch, tmp_path):
    from tests.helpers.chair import make_ready

    round_file, paths = realistic_round(tmp_path / "round")
    desk = open_desk(qtbot, round_file)
    desk.import_paths(paths)
    qtbot.waitUntil(lambda: desk.snapshot is not None and len(desk.snapshot.outcome.accepted) == 7, timeout=20_000)
    desk.store.set_tie_resolution(["m02", "m03"], "Ашық дауыс беру: 5 – 2")
    make_ready(desk.store, "11")
    desk._show(desk.store.snapshot())
    out = tmp_path / "extract.pdf"
    monkeypatch.setattr(desk.board, "ask_save_path", lambda *a: str(out))
    qtbot.mouseClick(desk.board.extract_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "write_winners_extract" in [r.event for r in store_records(desk)], timeout=20_000)
    flat = _pdf_text(out)
    assert "№ 11 хаттамасынан ҮЗІНДІ" in flat and "Жеңімпаз:" in flat


def test_the_board_speaks_kazakh(qtbot, qapp, tmp_path):
    from app.ui.i18n import install_language

    round_file, paths = realistic_round(tmp_path / "round")
    desk = open_desk(qtbot, round_file)
    desk.import_paths(paths)
    qtbot.waitUntil(lambda: desk.snapshot is not None and len(desk.snapshot.outcome.accepted) == 7, timeout=20_000)
    try:
        install_language(qapp, "kk")
        desk.retranslate()
        assert desk.tabs.tabText(desk.tabs.indexOf(desk.board)) == "Отырыс: келіспеушілік және хаттар"
        assert "Критерий баллы: T = 2 балл" in desk.board.rule.text()
        assert "Жиынтық: T = 10,5 балл" in desk.board.rule.text()
        assert desk.board.lines_model.headerData(1, Qt.Orientation.Horizontal) == "К1"
        assert desk.board.letters_button.text() == "Авторларға хаттарды жазу…"
    finally:
        install_language(qapp, "en")
