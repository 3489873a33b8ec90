"""What to look at for each of the seven default criteria, from sections 10–11 of the regulation.

The hints are data in three languages (like the criteria titles in the round file), matched to a
round's criterion by its title, so a round with its own criteria simply shows no hints.
"""
from __future__ import annotations

from app.models.localized import localized
from app.models.regulation import MAX_LECTURE_S, MAX_PROMO_S, MIN_HEIGHT, MIN_WIDTH
from app.models.round import DEFAULT_CRITERIA_TITLES, Criterion

_LECTURE, _PROMO, _SIZE = f"{MAX_LECTURE_S / 60:g}", f"{MAX_PROMO_S / 60:g}", f"{MIN_WIDTH}×{MIN_HEIGHT}"
DEFAULT_CRITERIA_HINTS: list[dict[str, str]] = [
    {"kk": "Барлық міндетті бөліктер бар ма (10.4): жұмыс оқу бағдарламасы, промо-бейне, глоссарий, "
           "форум немесе чат; курс кемінде екі тыңдаушылар легінде сынақтан өткен (10.1, 11.2).",
     "ru": "Есть ли все обязательные элементы (10.4): рабочая программа, промо-видео, глоссарий, форум "
           "или чат; курс апробирован не менее чем на двух потоках слушателей (10.1, 11.2).",
     "en": "Are all required parts in place (10.4): a work curriculum, a promo video, a glossary, a forum "
           "or chat; the course was piloted with at least two cohorts of learners (10.1, 11.2)."},
    {"kk": "Мәтіндік блоктар оқуға жеңіл және бейне дәрістерді толықтырады; құрылымы логикалық әрі жүйелі "
           "(10.3, 11.4); дереккөздерге сілтеме дұрыс, мазмұны түпнұсқа және өзекті (10.6).",
     "ru": "Текстовые блоки легко читаются и сопровождают видеолекции; структура логична и "
           "последовательна (10.3, 11.4); источники указаны корректно, содержание оригинально и актуально (10.6).",
     "en": "Text blocks are easy to read and accompany the video lectures; the structure is logical and "
           "consistent (10.3, 11.4); sources are cited correctly, the content is original and up to date (10.6)."},
    {"kk": f"Бейне мен дыбыс анық (10.3); бейне дәріс {_LECTURE} минутқа дейін, промо-бейне {_PROMO} минутқа дейін, "
           f"{_SIZE}, 16:9 (-02 нысаны); медиа байлығы: анимация, көрініс ауысуы (11.6).",
     "ru": f"Чёткое изображение и звук (10.3); видеолекция до {_LECTURE} минут, промо-видео до {_PROMO} минут, "
           f"{_SIZE}, 16:9 (форма -02); насыщенность медиа: анимация, смена планов (11.6).",
     "en": f"Clear picture and sound (10.3); lectures up to {_LECTURE} minutes, the promo video up to {_PROMO} "
           f"minutes, {_SIZE}, 16:9 (form -02); media richness: animation, changes of scene (11.6)."},
    {"kk": "Цифрлық оқу материалдары бар (11.2); бейне, мәтін, тапсырма мен тест үйлесімді, тапсырмалар "
           "түсінікті және автоматты тексеруге бейімделген (11.7).",
     "ru": "Наличие цифровых учебных материалов (11.2); сочетание видео, текста, заданий и тестов, "
           "задания понятны и адаптированы к автоматической проверке (11.7).",
     "en": "Digital teaching materials exist (11.2); video, text, tasks and tests are combined, and the "
           "tasks are clear and suited to automatic grading (11.7)."},
    {"kk": "Әр бөлімде өзара әрекеттесу бар: форум, чат, модерация; кемінде екі лектің оқу нәтижелері "
           "тіркеліп, пайдаланылады (10.1, 10.5); өзара бағалау, бірлескен тапсырмалар (11.5).",
     "ru": "В каждом разделе есть взаимодействие: форум, чат, модерация; результаты обучения не менее "
           "двух потоков зафиксированы и используются (10.1, 10.5); взаимное оценивание, совместные задания (11.5).",
     "en": "Every section has interaction: a forum, chat or moderation; the results of at least two "
           "cohorts are recorded and used (10.1, 10.5); peer review and collaborative tasks (11.5)."},
    {"kk": "Білімді бақылаудың әртүрлі тәсілдері: тест, автоматты тексерілетін есептер, үлгерімі "
           "бақыланатын тапсырмалар; әр бөлім бақылау элементімен аяқталады (11.5, -02 нысаны).",
     "ru": "Разнообразные формы контроля знаний: тесты, автоматически проверяемые задачи, задания с "
           "отслеживанием прогресса; каждый раздел завершается контрольным элементом (11.5, форма -02).",
     "en": "Varied knowledge control: tests, automatically checked problem sets, tasks with progress "
           "tracking; every section ends with a control element (11.5, form -02)."},
    {"kk": "Жаңалығы мен өзектілігі, екі-үш тілде өткізу мүмкіндігі, практикалық бағыты (11.1); "
           "авторлардың ұқсас жобалардағы тәжірибесі (11.3). Әсеріңізді түсініктемеге жазыңыз.",
     "ru": "Новизна и актуальность, возможность проведения на двух-трёх языках, практическая "
           "направленность (11.1); опыт авторов в подобных проектах (11.3). Опишите впечатление в комментарии.",
     "en": "Novelty and relevance, delivery in two or three languages, practical orientation (11.1); "
           "the authors' experience with similar projects (11.3). Write your impression in the comment."},
]


def _default_index(criterion: Criterion) -> int | None:
    title = criterion.title
    for index, default in enumerate(DEFAULT_CRITERIA_TITLES):
        if title == default or (isinstance(title, str) and title in default.values()):
            return index
    return None


def hint_for(criterion: Criterion, lang: str) -> str:
    """The regulation's guidance for a default criterion in `lang`; '' for a criterion of the round's own."""
    index = _default_index(criterion)
    return localized(DEFAULT_CRITERIA_HINTS[index], lang) if index is not None else ""


VIDEO_LECTURES = 2  # "Presence and quality of video lectures", criterion 3 of the regulation


def is_video_criterion(criterion: Criterion) -> bool:
    """The default criterion on video lectures, where the course's form -02 media check belongs."""
    return _default_index(criterion) == VIDEO_LECTURES
