import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.canonical import canonical_sha256
from app.models.errors import InputError
from app.models.round import load_round, parse_round
from app.models.round_model import DEFAULT_CRITERIA_TITLES
from tests.helpers.factories import round_data, write_round


def parse(data, folder=None):
    raw = json.dumps(data, ensure_ascii=False).encode()
    return parse_round(raw, "r.round.json")


def error_text(data) -> str:
    with pytest.raises(InputError) as info:
        parse(data)
    return str(info.value)


def test_minimal_round_gets_the_seven_default_criteria():
    rf = parse(round_data())
    titles = [c.title["kk"] for c in rf.round.criteria]
    assert titles[0] == "ЖАОК материалдарының толық жүктелуі"
    assert titles[6] == "Жалпы әсер (бірнеше жолмен жазуға болады)"
    assert [c.comment for c in rf.round.criteria] == [False] * 6 + [True]
    assert all((c.min, c.max) == (1, 10) for c in rf.round.criteria)
    assert rf.round.max_total == 70
    assert len(DEFAULT_CRITERIA_TITLES) == 7


def test_digest_is_sha256_of_the_canonical_form_and_ignores_layout():
    data = round_data()
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    pretty = json.dumps(dict(reversed(list(data.items()))), ensure_ascii=True, indent=4).encode()
    a = parse_round(compact, "a")
    b = parse_round(pretty, "b")
    assert a.sha256 == b.sha256 == canonical_sha256(data)
    data["title"]["kk"] += "!"
    assert parse(data).sha256 != a.sha256


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d.pop("round_id"), "round_id: required field is missing"),
        (lambda d: d.update(extra=1), "extra: unknown field 'extra'"),
        (lambda d: d["entries"][0].update(colour="red"), "entries[0].colour: unknown field"),
        (lambda d: d.update(stage="school"), "stage:"),
        (lambda d: d.update(round_id="not-a-uuid"), "round_id: must be a UUID"),
        (lambda d: d["commission"].update(experts=[]), "commission.experts"),
        (
            lambda d: d["commission"]["experts"].append(dict(d["commission"]["experts"][0])),
            "expert id 'e1' is used twice",
        ),
        (lambda d: d["entries"].append(dict(d["entries"][0])), "entry id 'm01' is used twice"),
        (lambda d: d["entries"][0].update(authors=[]), "entries[0].authors"),
        (lambda d: d["entries"][0]["media"][0].update(path="../outside.mp4"), "leaves the round file's folder"),
        (lambda d: d["entries"][0]["media"][0].update(path="/etc/passwd"), "not an absolute path"),
        (lambda d: d["entries"][0]["media"][0].update(path="C:\\video.mp4"), "not an absolute path"),
        (lambda d: d["entries"][0]["media"][0].update(path="media\\..\\..\\x.mp4"), "leaves the round file's folder"),
        (lambda d: d["entries"][0]["media"][0].update(url="https://x.kz/v"), "exactly one of 'path'"),
        (lambda d: d["entries"][0].update(link="ftp://x.kz/"), "entries[0].link: must be an http"),
        (lambda d: d["entries"][0].update(link="javascript:alert(1)"), "must be an http"),
        (
            lambda d: d.update(criteria=[{"id": "c1", "title": "A", "min": 5, "max": 5}]),
            "min (5) must be below max (5)",
        ),
        (lambda d: d.update(criteria=[{"id": "c1", "title": "A", "max": 10.5}]), "criteria[0].max"),
        (lambda d: d["commission"]["experts"][0].update(public_key="bm90IGEga2V5"), "not an Ed25519 public key"),
        (lambda d: d.update(title={"fr": "Cours"}), "unknown language 'fr'"),
        (lambda d: d.update(title=""), "title: must not be empty"),
    ],
)
def test_bad_rounds_name_the_place(mutate, expected):
    data = round_data()
    mutate(data)
    message = error_text(data)
    assert "r.round.json" in message
    assert expected in message


def test_unknown_format_version_is_explained():
    data = round_data()
    data["format"] = "sarapshy-round/2"
    assert "unknown version 'sarapshy-round/2'" in error_text(data)
    data["format"] = "sarapshy-sheet/1"
    assert "not a round file" in error_text(data)


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"", "the file is empty"),
        (b"{not json", "line 1, column 2: not valid JSON"),
        (b"[1, 2]", "not an object"),
        ('{"format": "Қ"}'.encode("cp1251", errors="replace") + b"\xd2", "not UTF-8"),
        ("{}".encode("utf-16"), "UTF-16"),
        (b'{"format": "sarapshy-round/1", "format": "x"}', "appears twice"),
    ],
)
def test_undecodable_files_are_refused_clearly(raw, expected):
    with pytest.raises(InputError) as info:
        parse_round(raw, "broken.json")
    assert expected in str(info.value)


def test_load_round_from_disk_checks_size_and_existence(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_round(tmp_path / "missing.round.json")
    with pytest.raises(InputError, match="folder"):
        load_round(tmp_path)
    huge = tmp_path / "huge.round.json"
    with huge.open("wb") as handle:
        handle.truncate(40 * 1024 * 1024)
    with pytest.raises(InputError, match="too large"):
        load_round(huge)


def test_symlink_leaving_the_round_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.mp4"
    outside.write_bytes(b"x")
    folder = tmp_path / "round"
    (folder / "media").mkdir(parents=True)
    (folder / "media" / "link.mp4").symlink_to(outside)
    data = round_data(entries=1)
    data["entries"][0]["media"][0]["path"] = "media/link.mp4"
    with pytest.raises(InputError, match="leads outside"):
        load_round(write_round(folder, data))


def test_missing_media_and_empty_media_are_warnings_not_errors(tmp_path):
    data = round_data(entries=2)
    data["entries"][1]["media"] = []
    rf = load_round(write_round(tmp_path, data))
    texts = [w.problem for w in rf.warnings]
    assert any("is not in the round folder" in t for t in texts)
    assert any("judged from its link" in t for t in texts)
    assert rf.media_path(rf.round.entries[0].media[0]) == tmp_path.resolve() / "media" / "m01" / "promo.mp4"


def test_promo_comes_first():
    data = round_data(entries=1)
    data["entries"][0]["media"] = [
        {"id": "l1", "kind": "lecture", "url": "https://x.kz/1"},
        {"id": "p", "kind": "promo", "url": "https://x.kz/p"},
    ]
    entry = parse(data).round.entries[0]
    assert [m.id for m in entry.ordered_media()] == ["p", "l1"]


@settings(max_examples=60, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
        max_leaves=10,
    )
)
def test_arbitrary_json_never_escapes_as_anything_but_input_error(value):
    raw = json.dumps(value).encode()
    with pytest.raises(InputError):
        parse_round(raw, "fuzz.json")


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_give_input_error(raw):
    with pytest.raises(InputError):
        parse_round(raw, "fuzz.json")


def test_meeting_date_is_read_as_a_date():
    data = round_data()
    data["meeting"] = {"date": "2026-12-18", "place": "Алматы"}
    meeting = parse(data).round.meeting
    assert meeting.date.isoformat() == "2026-12-18" and meeting.place == "Алматы"
    data["meeting"]["date"] = "18.12.2026"
    assert "meeting.date" in error_text(data)


def test_look_ups_by_id_follow_copies_and_edits():
    rnd = parse(round_data(entries=3)).round
    assert rnd.entry("m02").id == "m02" and rnd.expert("e1").id == "e1" and rnd.criterion("c7").comment
    fewer = rnd.model_copy(update={"entries": rnd.entries[:1]})
    assert fewer.entry("m02") is None and rnd.entry("m02") is not None
    rnd.entries.pop()
    assert rnd.entry("m03") is None and rnd.entry("m99") is None


def test_symlinked_folder_leaving_the_round_is_refused_but_links_inside_are_fine(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "promo.mp4").write_bytes(b"x")
    folder = tmp_path / "round"
    (folder / "media" / "m02").mkdir(parents=True)
    (folder / "media" / "m01").symlink_to(outside, target_is_directory=True)
    (folder / "media" / "m02" / "real.mp4").write_bytes(b"x")
    (folder / "media" / "m02" / "promo.mp4").symlink_to(folder / "media" / "m02" / "real.mp4")
    data = round_data(entries=2)
    with pytest.raises(InputError) as info:
        load_round(write_round(folder, data))
    assert "entries[0].media[0].path: leads outside" in str(info.value)
    assert "entries[1]" not in str(info.value)
    data["entries"] = data["entries"][1:]
    assert load_round(write_round(folder, data)).warnings == []
