"""A complete, realistic demo round: the round file plus generated videos (`sarapshy demo DIR`).

Six MOOCs of «Алматы технологиялық университеті» АҚ at the university stage of 2026, five
experts, the default criteria. Every course has a promo and one to three lectures, written by the
synthesiser as H.264/AAC 1280×720 clips of a few seconds, each course in its own colours and tone
so the player visibly and audibly changes. Three files break form -02 on purpose: a 4:3 lecture,
a mono lecture, and a lecture 16 minutes long (a still picture at one frame every two seconds).
The output is deterministic: same round_id, same JSON, same videos.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.media import synth

ROUND_ID = "5d1f3c2a-7b4e-4c1d-9a8f-2026a7c00001"
ROUND_FILE_NAME = "demo.round.json"
SIZE = (1280, 720)
FOUR_THREE_SIZE = (1280, 960)
FPS = 10  # solid colours need no smooth motion; fewer frames write faster
LONG_FPS = Fraction(1, 2)  # the 16-minute still lecture: one frame every two seconds
SECONDS_PER_COLOUR = 1.0
LONG_MINUTES = 16.0
WORKERS = 2

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Clip:
    """One video to generate: where, what it looks and sounds like, and how it breaks form -02."""

    path: str
    colours: list[tuple[int, int, int]]
    tone_hz: float
    fault: str | None = None  # None, "four_three", "mono" or "too_long"


@dataclass
class Course:
    id: str
    title: Any
    authors: list[dict[str, str]]
    faculty: str
    department: str
    languages: list[str]
    link: str
    annotation: str
    palette: list[tuple[int, int, int]]
    tone_hz: float
    lectures: list[str]
    faults: dict[int, str] = field(default_factory=dict)  # lecture index → fault


COURSES = [
    Course(
        id="m01",
        title={
            "kk": "Тағам өнімдерін өндіру технологиясының негіздері",
            "ru": "Основы технологии производства пищевых продуктов",
        },
        authors=[
            {"name": "Сейтқалиева Айгүл Маратқызы", "position": "доцент", "degree": "т.ғ.к."},
            {"name": "Бекжанов Нұрлан Асқарұлы", "position": "аға оқытушы", "degree": "PhD"},
        ],
        faculty="Тағам өндірісі технологиясы факультеті",
        department="Тағам технологиясы және қауіпсіздігі кафедрасы",
        languages=["kk", "ru"],
        link="https://mooc.atu.edu.kz/courses/food-technology-basics",
        annotation=(
            "Курс тағам өнімдерін өндірудің негізгі технологиялық процестерін: шикізатты "
            "қабылдауды, өңдеуді, сақтауды және сапасын бақылауды қарастырады. Әр апта "
            "бейнедәрістермен, зертханалық жұмыстардың бейнежазбаларымен және тестпен "
            "аяқталады."
        ),
        palette=[(200, 40, 40), (240, 140, 40), (250, 220, 60), (180, 60, 20)],
        tone_hz=262.0,
        lectures=["1.1 Тағам өндірісінің шикізаты", "1.2 Технологиялық ағындар"],
    ),
    Course(
        id="m02",
        title="Python тілінде бағдарламалау негіздері",
        authors=[{"name": "Жұмабаев Ерлан Серікұлы", "position": "қауымдастырылған профессор", "degree": "PhD"}],
        faculty="Ақпараттық технологиялар және автоматтандыру факультеті",
        department="Ақпараттық жүйелер кафедрасы",
        languages=["kk", "ru", "en"],
        link="https://mooc.atu.edu.kz/courses/python-basics",
        annotation=(
            "Бағдарламалауды жаңа бастаушыларға арналған курс: айнымалылар, шарттар, "
            "циклдер, функциялар, файлдармен жұмыс. Әр тақырыпта автоматты түрде "
            "тексерілетін есептер мен өзін-өзі бақылау тесті бар. Курс үш тілде "
            "қолжетімді."
        ),
        palette=[(30, 90, 200), (40, 180, 230), (20, 50, 140), (90, 140, 250)],
        tone_hz=294.0,
        lectures=["1.1 Айнымалылар мен типтер", "1.2 Шарттар мен циклдер", "1.3 Функциялар"],
    ),
    Course(
        id="m03",
        title="Основы проектирования швейных изделий",
        authors=[{"name": "Ким Елена Викторовна", "position": "доцент", "degree": "к.т.н."}],
        faculty="Жеңіл өнеркәсіп және дизайн факультеті",
        department="Дизайн және сән индустриясы кафедрасы",
        languages=["ru"],
        link="https://mooc.atu.edu.kz/courses/garment-design",
        annotation=(
            "Курс киімді жобалаудың негіздерін үйретеді: дене өлшемдері, негізгі "
            "конструкциялар, үлгілерді модельдеу және сандық жобалау құралдары. "
            "Тыңдаушылар әр модуль соңында өз жобасын ұсынып, өзара бағалау жүргізеді."
        ),
        palette=[(170, 40, 170), (230, 120, 200), (120, 20, 110), (250, 180, 230)],
        tone_hz=330.0,
        lectures=["1.1 Размерные признаки фигуры", "1.2 Базовая конструкция"],
        faults={1: "four_three"},
    ),
    Course(
        id="m04",
        title="Кәсіби қазақ тілі: іскерлік қарым-қатынас",
        authors=[
            {"name": "Әбдірахманова Сәуле Төлегенқызы", "position": "профессор", "degree": "ф.ғ.д."},
            {"name": "Нұрғалиева Мөлдір Бақытқызы", "position": "оқытушы", "degree": "магистр"},
        ],
        faculty="Жалпы білім беру пәндері факультеті",
        department="Қазақ және орыс тілдері кафедрасы",
        languages=["kk"],
        link="https://mooc.atu.edu.kz/courses/business-kazakh",
        annotation=(
            "Курс іскерлік хат жазуға, ресми құжаттарды рәсімдеуге және кәсіби ортада "
            "сөйлеу мәдениетіне үйретеді. Бейнедәрістер нақты жағдаяттарға құрылған, "
            "форумда тыңдаушылар өз мәтіндерін талқылайды."
        ),
        palette=[(30, 150, 70), (120, 210, 90), (20, 90, 50), (190, 230, 120)],
        tone_hz=349.0,
        lectures=["1.1 Іскерлік хат"],
    ),
    Course(
        id="m05",
        title={"ru": "Экономическая теория для инженеров", "kk": "Инженерлерге арналған экономикалық теория"},
        authors=[{"name": "Ахметова Динара Болатовна", "position": "ассоциированный профессор", "degree": "к.э.н."}],
        faculty="Экономика және бизнес факультеті",
        department="Экономика және менеджмент кафедрасы",
        languages=["ru", "kk"],
        link="https://mooc.atu.edu.kz/courses/economics-for-engineers",
        annotation=(
            "Инженерлік мамандық студенттеріне арналған экономика курсы: сұраныс пен "
            "ұсыныс, өндіріс шығындары, инвестициялық жобаларды бағалау. Әр апта "
            "кейс-тапсырмамен және автоматты тестпен аяқталады."
        ),
        palette=[(200, 170, 30), (240, 210, 110), (150, 120, 20), (250, 240, 170)],
        tone_hz=392.0,
        lectures=["1.1 Спрос и предложение", "1.2 Издержки производства"],
        faults={0: "mono"},
    ),
    Course(
        id="m06",
        title={
            "kk": "Тамақ өнеркәсібіндегі стандарттау және сапа менеджменті",
            "ru": "Стандартизация и менеджмент качества в пищевой промышленности",
            "en": "Standardisation and Quality Management in the Food Industry",
        },
        authors=[{"name": "Оспанов Бауыржан Қайратұлы", "position": "доцент", "degree": "т.ғ.к."}],
        faculty="Тағам өндірісі технологиясы факультеті",
        department="Стандарттау және сертификаттау кафедрасы",
        languages=["kk", "ru", "en"],
        link="https://mooc.atu.edu.kz/courses/food-quality-management",
        annotation=(
            "Курс ISO 9001 және ISO 22000 стандарттарының талаптарын, HACCP жүйесін "
            "енгізуді және өндірістегі сапаны бақылау әдістерін түсіндіреді. Тапсырмалар "
            "нақты кәсіпорындардың құжаттарына негізделген."
        ),
        palette=[(20, 160, 160), (90, 220, 210), (10, 100, 110), (160, 240, 230)],
        tone_hz=440.0,
        lectures=["1.1 Сапа менеджменті жүйелері", "1.2 HACCP қағидаттары"],
        faults={1: "too_long"},
    ),
]

EXPERTS = [
    {
        "id": "e1",
        "name": "Тұрсынбаева Гүлмира Ахметқызы",
        "position": "профессор, т.ғ.д.",
        "department": "Тағам технологиясы және қауіпсіздігі кафедрасы",
    },
    {
        "id": "e2",
        "name": "Исмаилов Данияр Маратұлы",
        "position": "қауымдастырылған профессор, PhD",
        "department": "Ақпараттық жүйелер кафедрасы",
    },
    {
        "id": "e3",
        "name": "Петрова Ольга Николаевна",
        "position": "доцент, к.т.н.",
        "department": "Дизайн және сән индустриясы кафедрасы",
    },
    {
        "id": "e4",
        "name": "Қасымов Арман Жанұлы",
        "position": "ЖИЦДО басшысы",
        "department": "Жасанды интеллект және цифрлық даму орталығы",
    },
    {
        "id": "e5",
        "name": "Серікбаева Айжан Нұрланқызы",
        "position": "доцент, э.ғ.к.",
        "department": "Экономика және менеджмент кафедрасы",
    },
]

ROUND_HEAD = {
    "format": "sarapshy-round/1",
    "round_id": ROUND_ID,
    "title": {
        "kk": "«АТУ» АҚ-ның үздік жаппай ашық онлайн курсы – 2026",
        "ru": "Лучший массовый открытый онлайн-курс АО «АТУ» – 2026",
        "en": "Best MOOC of ATU JSC – 2026",
    },
    "organization": {
        "kk": "«Алматы технологиялық университеті» АҚ",
        "ru": "АО «Алматинский технологический университет»",
        "en": "Almaty Technological University JSC",
    },
    "regulation": "АТУ-ЖИЦДО-ІӘЕ-7.5.1-2025-01",
    "stage": "university",
    "year": 2026,
    "meeting": {"date": "2026-12-18", "place": "Алматы"},
    "commission": {
        "chair": {
            "name": "Жақыпова Гүлнар Серікқызы",
            "position": "Цифрландыру жөніндегі проректор, конкурс комиссиясының төрағасы",
        },
        "secretary": {"name": "Омарова Дана Ерланқызы", "position": "ЖИЦДО маманы, комиссия хатшысы"},
        "experts": EXPERTS,
    },
    "aggregation": {"method": "sum", "places": 3},
}


def demo_clips() -> list[Clip]:
    """Every video of the demo round, in a fixed order."""
    clips = []
    for course in COURSES:
        clips.append(Clip(_media_path(course, "promo"), course.palette[:3], course.tone_hz))
        for index, _ in enumerate(course.lectures):
            rotation = course.palette[index + 1 :] + course.palette[: index + 1]
            clips.append(
                Clip(
                    _media_path(course, f"lecture{index + 1}"),
                    rotation[:2],
                    course.tone_hz * (1.25 + 0.25 * index),
                    course.faults.get(index),
                )
            )
    return clips


def demo_round_data() -> dict[str, Any]:
    entries = []
    for course in COURSES:
        media = [{"id": "v1", "kind": "promo", "title": "Промо-бейне", "path": _media_path(course, "promo")}]
        for index, title in enumerate(course.lectures):
            media.append(
                {
                    "id": f"v{index + 2}",
                    "kind": "lecture",
                    "title": title,
                    "path": _media_path(course, f"lecture{index + 1}"),
                }
            )
        entries.append(
            {
                "id": course.id,
                "title": course.title,
                "authors": course.authors,
                "faculty": course.faculty,
                "department": course.department,
                "languages": course.languages,
                "link": course.link,
                "annotation": course.annotation,
                "media": media,
            }
        )
    return {**ROUND_HEAD, "entries": entries}


def write_demo_round(dest: Path | str, progress: Progress | None = None) -> Path:
    """Write the demo round file and its videos into `dest` (created if needed); returns the
    round file's path. `progress(done, total, path)` follows the videos."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    clips = demo_clips()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(write_clip, dest / clip.path, clip) for clip in clips]
        for done, (clip, future) in enumerate(zip(clips, futures, strict=True)):
            if progress is not None:
                progress(done, len(clips), clip.path)
            future.result()
    if progress is not None:
        progress(len(clips), len(clips), ROUND_FILE_NAME)
    round_path = dest / ROUND_FILE_NAME
    text = json.dumps(demo_round_data(), ensure_ascii=False, indent=2) + "\n"
    temporary = round_path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(round_path)
    return round_path


def write_clip(path: Path, clip: Clip) -> Path:
    seconds = SECONDS_PER_COLOUR
    if clip.fault == "too_long":
        return synth.write_long_clip(path, LONG_MINUTES, clip.colours[0], SIZE, fps=LONG_FPS, tone_hz=clip.tone_hz)
    size = FOUR_THREE_SIZE if clip.fault == "four_three" else SIZE
    audio: synth.AudioKind = "mono" if clip.fault == "mono" else "stereo"
    return synth.write_colour_clip(path, clip.colours, seconds, size, FPS, audio=audio, tone_hz=clip.tone_hz)


def _media_path(course: Course, name: str) -> str:
    return f"media/{course.id}/{name}.mp4"
