"""Google Forms responses → round entries: reading CSV/XLSX, mapping columns, duplicates."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.models.applications import applications_from_table, apply_import, plan_import
from app.models.applications_mapping import check_mapping, field_of_header, remember_mapping, suggest_mapping
from app.models.applications_table import read_table
from app.models.errors import InputError
from app.models.round_edit import RoundDraft

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "google_forms_kk.csv"


def xlsx_copy(tmp_path: Path) -> Path:
    """The same responses as Google Sheets would export them to .xlsx."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Форма жауаптары 1"
    with FIXTURE.open(encoding="utf-8", newline="") as src:
        for row in csv.reader(src):
            sheet.append(row)
    path = tmp_path / "responses.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("make", [lambda tmp: FIXTURE, xlsx_copy], ids=["csv", "xlsx"])
def test_kazakh_export_is_mapped_and_imported(tmp_path, make):
    table = read_table(make(tmp_path))
    mapping = suggest_mapping(table.headers)
    assert {name: table.headers[i] for name, i in mapping.items()} == {
        "timestamp": "Уақыт белгісі",
        "email": "Электрондық пошта мекенжайы",
        "faculty": "Факультет",
        "department": "Кафедра",
        "title": "Курс атауы",
        "authors": "Автор(лар)дың аты-жөні",
        "position": "Автордың лауазымы",
        "degree": "Ғылыми дәрежесі, атағы",
        "annotation": "Курстың қысқаша аннотациясы (300 таңбаға дейін)",
        "link": "Курсқа қол жеткізу сілтемесі",
        "languages": "Курс қай тілде өткізіледі?",
        "promo": "Промо-бейнероликтің сілтемесі",
    }
    assert check_mapping(mapping) == []

    draft = RoundDraft.new()
    plan = plan_import(applications_from_table(table, mapping), draft)
    # Row 5 resubmits row 2's course (same title, a shared author): the later row is kept.
    assert [a.row for a in plan.new] == [3, 4, 5]
    assert [(d.application.row, d.of) for d in plan.duplicates] == [(2, "row 5")]
    assert [(p.row, p.field) for p in plan.problems] == [(6, "title")]

    ids = apply_import(plan, draft)
    assert ids == ["m01", "m02", "m03"]
    bread = draft.entry("m01")
    assert bread["title"] == "Нан пісіру технологиясы"
    assert bread["authors"] == [{"name": "Нұрланова Жанар Серікқызы", "position": "профессор", "degree": "т.ғ.д."}]
    assert bread["link"] == "https://moocs.atu.kz/course/bread"
    assert bread["languages"] == ["kk"]
    python = draft.entry("m03")
    assert python["languages"] == ["kk", "ru", "en"]
    assert python["annotation"].endswith("(түзетілген нұсқа).")

    # Importing the same file again doubles nothing: every course is already in the round.
    again = plan_import(applications_from_table(table, mapping), draft)
    assert again.new == []
    assert sorted(d.of for d in again.duplicates) == ["m01", "m02", "m03", "m03"]


def test_authors_positions_and_degrees_pair_up():
    table = read_table(FIXTURE)
    apps = applications_from_table(table, suggest_mapping(table.headers))
    assert apps[0].authors() == [
        {"name": "Ахметов Бауыржан Қайратұлы", "position": "аға оқытушы", "degree": "PhD"},
        {"name": "Сейітова Айгүл Маратқызы", "position": "доцент", "degree": "т.ғ.к."},
    ]
    assert apps[0].values["promo"].startswith("https://")


@pytest.mark.parametrize(
    "header, field",
    [
        ("Отметка времени", "timestamp"),
        ("Название курса (МООК)", "title"),
        ("ФИО автора(ов)", "authors"),
        ("Ученая степень, звание", "degree"),
        ("Краткая аннотация курса", "annotation"),
        ("Ссылка для доступа к курсу", "link"),
        ("Язык обучения", "languages"),
        ("Ссылка на промо-видео", "promo"),
        ("Timestamp", "timestamp"),
        ("MOOC title", "title"),
        ("Author(s) full name", "authors"),
        ("Link to access the course", "link"),
        ("Language(s) of instruction", "languages"),
        ("ЖАОК атауы", "title"),
        ("Курсты әзірлеушілер (аты-жөні)", "authors"),
        ("Факультеттің атауы", "faculty"),
        ("Кафедраның атауы", "department"),
        ("Сіздің сүйікті түсіңіз", None),
    ],
)
def test_headers_in_three_languages(header, field):
    assert field_of_header(header) == field


def test_short_annotation_is_preferred_to_the_full_one():
    headers = ["Название курса", "ФИО автора", "Полная аннотация", "Краткая аннотация"]
    assert suggest_mapping(headers)["annotation"] == 3


def test_the_organisers_choice_is_remembered(tmp_path):
    headers = ["Отметка времени", "Сұрақ 1", "Сұрақ 2"]
    assert "title" not in suggest_mapping(headers)
    remember_mapping(headers, {"title": 1, "authors": 2})
    assert suggest_mapping(["Сұрақ 2", "Сұрақ 1"]) == {"authors": 0, "title": 1}
    remember_mapping(headers, {"authors": 2})  # the organiser left out the title and the time
    assert suggest_mapping(headers) == {"authors": 2}


def test_excel_csv_in_windows_1251_with_semicolons(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("Название курса;ФИО автора\nОсновы права;Серикова Дана\n".encode("cp1251"))
    table = read_table(path)
    assert table.headers == ["Название курса", "ФИО автора"]
    assert table.rows == [["Основы права", "Серикова Дана"]]


@pytest.mark.parametrize("content, problem", [(b"", "empty"), (b"PK\x03\x04broken zip", "cannot be read")])
def test_bad_files_are_named_with_a_fix(tmp_path, content, problem):
    path = tmp_path / "responses.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_table(path)
    assert str(path) in str(caught.value) and problem in str(caught.value) and caught.value.fix


def test_a_missing_title_column_is_reported():
    assert check_mapping({"authors": 0}) == ["title"]
