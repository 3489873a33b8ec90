"""An expert's workspace on a test round, and filling its scores."""

from __future__ import annotations

import pytest

from app.models.round import load_round
from app.models.workspace import Workspace
from tests.helpers.factories import round_data, write_round


def two_video_round() -> dict:
    data = round_data(entries=3, experts=2)
    data["entries"][0]["media"].append({"id": "v2", "kind": "lecture", "path": "media/m01/l1.mp4"})
    return data


@pytest.fixture
def round_path(tmp_path):
    return write_round(tmp_path / "round", two_video_round())


@pytest.fixture
def ws(round_path):
    ws = Workspace(load_round(round_path))
    ws.choose_expert("e1")
    yield ws
    ws.close()


def fill(ws, entry_id, value=7):
    for c in ws.round.criteria:
        ws.set_score(entry_id, c.id, value)
