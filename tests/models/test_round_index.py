"""A round read before is opened from its index: the same round, built lazily; never a stale one."""

from __future__ import annotations

import json
import os

import pytest

from app.models import round_index
from app.models.errors import InputError
from app.models.round import load_round
from app.models.round_index import IndexedRoundFile, index_folder, load_round_quickly
from app.models.workspace import Workspace
from tests.helpers.factories import round_data, write_round
from tests.helpers.media import many_videos, put_media


def test_second_open_reads_the_index_and_gives_the_same_round(tmp_path):
    data = many_videos(entries=40, videos=10)
    path = write_round(tmp_path / "r", data)
    put_media(tmp_path / "r", data, skip={"media/m05/v3.mp4"})
    first = load_round_quickly(path)
    assert not isinstance(first, IndexedRoundFile)  # read in full, then indexed
    again = load_round_quickly(path)
    assert isinstance(again, IndexedRoundFile)
    assert not again.folder_checked  # 440 local files: left for the background
    full = load_round(path)
    assert again.sha256 == full.sha256
    assert again.entry_ids() == [e.id for e in full.round.entries]
    assert again.header.commission == full.round.commission and again.header.criteria == full.round.criteria
    assert again.entry("m07") == full.round.entry("m07") and again.entry("nope") is None
    assert again.outline() == full.outline()
    assert again.check_folder() == full.warnings
    assert [w.place for w in full.warnings] == ["entries[2].media", "entries[4].media[3].path"]
    assert again.round.model_dump() == full.round.model_dump() and again.data == full.data


def test_entries_are_built_only_when_asked_for(tmp_path):
    path = write_round(tmp_path, many_videos(entries=30, videos=12))
    load_round_quickly(path)
    again = load_round_quickly(path)
    again.entry("m03")
    assert set(again._entries) == {"m03"} and again._round is None
    Workspace(again).close()  # the expert's database needs no entry either
    assert again._round is None
    assert len(again.round.entries) == 30


def test_a_changed_file_is_read_in_full_again(tmp_path):
    data = many_videos(entries=30, videos=12)
    path = write_round(tmp_path, data)
    load_round_quickly(path)
    stat = path.stat()
    data["entries"][0]["title"] = "Курс 1: өзгерген атау"
    write_round(tmp_path, data)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time stamp: the bytes decide
    changed = load_round_quickly(path)
    assert not isinstance(changed, IndexedRoundFile)
    assert changed.entry("m01").title == "Курс 1: өзгерген атау"
    assert load_round_quickly(path).entry("m01").title == "Курс 1: өзгерген атау"


def test_a_broken_round_is_never_indexed(tmp_path):
    data = round_data()
    data["entries"][0]["authors"] = []
    path = write_round(tmp_path, data)
    for _ in range(2):
        with pytest.raises(InputError, match="authors"):
            load_round_quickly(path)
    assert not index_folder().exists() or not list(index_folder().glob("*.json"))


@pytest.mark.parametrize("damage", ["garbage", "other_rules", "overlapping", "truncated"])
def test_a_damaged_or_foreign_index_is_ignored_and_replaced(tmp_path, damage):
    path = write_round(tmp_path, many_videos(entries=30, videos=12))
    load_round_quickly(path)
    (index,) = index_folder().glob("*.json")
    content = index.read_bytes()
    head, _, rest = content.partition(b"\n")
    meta = json.loads(head)
    if damage == "garbage":
        index.write_bytes(b"\x00not json")
    elif damage == "other_rules":
        meta["rules"] = "an older program"
        index.write_bytes(json.dumps(meta).encode() + b"\n" + rest)
    elif damage == "overlapping":
        meta["entries"][1][0] = meta["entries"][0][0]  # two entries with one id
        index.write_bytes(json.dumps(meta).encode() + b"\n" + rest)
    else:
        index.write_bytes(content[: len(content) // 2])
    opened = load_round_quickly(path)  # (truncated: the header line survives, the offsets say the rest is gone)
    assert not isinstance(opened, IndexedRoundFile)
    assert opened.round.model_dump() == load_round(path).round.model_dump()
    assert isinstance(load_round_quickly(path), IndexedRoundFile)  # the index was written anew


def test_a_link_leading_out_of_the_folder_is_still_refused(tmp_path):
    data = many_videos(entries=30, videos=12, with_links=False)
    folder = tmp_path / "round"
    path = write_round(folder, data)
    put_media(folder, data)
    load_round_quickly(path)
    outside = tmp_path / "secret.mp4"
    outside.write_bytes(b"x")
    target = folder / "media" / "m09" / "v4.mp4"
    target.unlink()
    target.symlink_to(outside)
    again = load_round_quickly(path)  # the bytes are the same, the folder is not
    assert isinstance(again, IndexedRoundFile)
    with pytest.raises(InputError, match="leads outside") as caught:
        again.check_folder()
    assert [p.place for p in caught.value.problems] == ["entries[8].media[4].path"]


def test_a_small_round_is_looked_at_while_opening(tmp_path):
    data = round_data(entries=3)
    path = write_round(tmp_path, data)
    load_round_quickly(path)
    small = load_round_quickly(path)
    assert isinstance(small, IndexedRoundFile) and small.folder_checked
    assert [w.place for w in small.warnings] == [f"entries[{i}].media[0].path" for i in range(3)]


def test_only_the_most_recently_used_indexes_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(round_index, "KEEP_INDEXES", 3)
    paths = []
    for number in range(5):
        data = round_data(entries=2)
        data["title"] = f"Кезең {number}"
        paths.append(write_round(tmp_path / str(number), data))
    for path in paths:
        load_round_quickly(path)
        for index in index_folder().glob("*.json"):  # make the order of use unambiguous
            os.utime(index, (index.stat().st_atime, index.stat().st_mtime - 10))
    assert len(list(index_folder().glob("*.json"))) == 3
    assert isinstance(load_round_quickly(paths[4]), IndexedRoundFile)
    assert not isinstance(load_round_quickly(paths[0]), IndexedRoundFile)
