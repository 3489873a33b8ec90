"""A round with suggested conflicts of interest and the sheets its experts exported about them."""

from __future__ import annotations

import pytest

from app.models.round import load_round
from app.models.workspace import Workspace
from tests.helpers.factories import round_data, write_round


def conflict_round() -> dict:
    """e1 is of m01's department (the round gives it in Russian and Kazakh), co-author of m02 (with
    initials), and shares a surname with an author of m03; e2 is of m03's faculty; e3 has no conflict."""
    data = round_data(entries=4, experts=3)
    experts = data["commission"]["experts"]
    experts[0].update(name="Ахметов Асқар Бекұлы", department="Ақпараттық жүйелер кафедрасы")
    experts[1].update(name="Петрова Ольга Николаевна", department="Ақпараттық технологиялар факультеті")
    experts[2].update(name="Ким Елена", department="Экономика кафедрасы")
    entries = data["entries"]
    entries[0].update(
        department={"ru": "Кафедра «Информационные системы»", "kk": "AҚПАРАТТЫҚ ЖҮЙЕЛЕР кафедрасы"}
    )  # a Latin A typed for the Cyrillic one: still the same
    entries[1]["authors"] = [{"name": "Сейтқалиева Айгүл"}, {"name": "Ахметов А. Б."}]
    entries[2].update(
        authors=[{"name": "Ахметова Динара Болатовна"}],
        faculty={"kk": "Ақпараттық технологиялар факультеті", "en": "Faculty of IT"},
    )
    entries[3].update(department="Тағам технологиясы кафедрасы")
    return data


@pytest.fixture
def round_file(tmp_path):
    return load_round(write_round(tmp_path / "round", conflict_round()))


def fill(ws, entry_id, value=7):
    for c in ws.round.criteria:
        ws.set_score(entry_id, c.id, value)


DISMISS_REASON = "Бір кафедрада, бірақ курсқа қатысым жоқ"


def exported_sheets(round_file, folder) -> list:
    """Signed sheets of the three experts: e1 dismisses m01 (with a reason) and m03 (soft), recuses from
    m02; e2 confirms m03 and recuses; e3 has nothing suggested and scores everything."""
    ws = Workspace(round_file)
    paths = []
    try:
        for expert_id, answers in (
            ("e1", {"m01": ("dismissed", DISMISS_REASON), "m02": ("recused", "Авторымын"), "m03": ("dismissed", "")}),
            ("e2", {"m03": ("recused", "Факультет деканының орынбасарымын")}),
            ("e3", {}),
        ):
            ws.choose_expert(expert_id)
            for entry_id, (answer, reason) in answers.items():
                ws.answer_conflict(entry_id, answer, reason)
            for entry in round_file.round.entries:
                if not ws.recusal(entry.id)[0]:
                    fill(ws, entry.id, 6 + int(expert_id[1]))
            paths.append(folder / f"{expert_id}.sheet.json")
            ws.finalise_and_export(paths[-1])
    finally:
        ws.close()
    return paths
