"""Windows cannot remove or move a folder while a file in it is open (WinError 32): every page must
close its databases when the window closes. On Linux the open files are looked up in /proc."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from app.paths import data_dir
from app.selftest import open_files_under
from tests.helpers.ui_organiser import page  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open files are listed from /proc")


def test_open_files_under_names_an_open_database_and_forgets_it_once_closed(tmp_path):
    (tmp_path / "sub").mkdir()
    connection = sqlite3.connect(tmp_path / "sub" / "x.sqlite")
    connection.execute("create table t (a)")
    assert open_files_under(tmp_path) == [(tmp_path / "sub" / "x.sqlite").resolve()]
    connection.close()
    assert open_files_under(tmp_path) == []


def test_the_organiser_page_closes_its_database_when_the_window_shuts_it_down(page):
    held = [p.name for p in open_files_under(data_dir())]
    assert any(name.endswith(".organiser.sqlite") for name in held), held  # the admission store is open
    page.shutdown()
    assert open_files_under(data_dir()) == []
    assert page.store is None


def test_the_self_test_clean_up_step_fails_naming_a_database_left_open(tmp_path, monkeypatch):
    import io

    from app import selftest

    monkeypatch.setattr(selftest, "RELEASE_TIMEOUT_S", 0.2)
    work = tmp_path / "work"
    (work / "data" / "rounds").mkdir(parents=True)
    connection = sqlite3.connect(work / "data" / "rounds" / "r.organiser.sqlite")
    connection.execute("pragma journal_mode=wal")
    connection.execute("create table t (a)")
    test = selftest.SelfTest(work, io.StringIO())
    assert not test.step("clean-up", test.remove_work_folder)
    _, _, detail = test.results[-1]
    assert detail.startswith("still open: data/rounds/r.organiser.sqlite") and "r.organiser.sqlite-shm" in detail
    assert work.exists()
    connection.close()
    assert test.step("clean-up", test.remove_work_folder)
    assert not work.exists()
