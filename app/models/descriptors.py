"""What the expert looks at, and what each score level means, for the seven default criteria.

Both come from sections 10–11 of the regulation and form Ү.ЖИЦДО-7.5.1-2025-01-02 (the paragraphs
are cited in the texts), in Kazakh, Russian and English. They are matched to a round's criterion by
its title (the titles of form -03, DEFAULT_CRITERIA_TITLES), so a round with criteria of its own
shows neither: the regulation says nothing about them.

The score levels are five bands of the criterion's range. For the regulation's 1–10 they are 1–2,
3–4, 5–6, 7–8 and 9–10; a default criterion given another range keeps five bands cut in proportion
(1–5: one score each; 0–10: 0–2, 3–4, 5–6, 7–8, 9–10; 0–100: 0–20 … 81–100), and a range of fewer than
five scores shows only the bands some score falls in, its lowest in the first and its highest in the last.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.localized import localized
from app.models.regulation import MAX_LECTURE_S, MAX_PROMO_S, MIN_HEIGHT, MIN_WIDTH
from app.models.round_model import DEFAULT_CRITERIA_TITLES, Criterion

_LECTURE, _PROMO, _SIZE = f"{MAX_LECTURE_S / 60:g}", f"{MAX_PROMO_S / 60:g}", f"{MIN_WIDTH}×{MIN_HEIGHT}"

BAND_COUNT = 5

DEFAULT_CRITERIA_HINTS: list[dict[str, str]] = [
    {
        "kk": "Барлық міндетті бөліктер бар ма (10.4): жұмыс оқу бағдарламасы, промо-бейне, глоссарий, "
        "форум немесе чат; курс кемінде екі тыңдаушылар легінде сынақтан өткен (10.1, 11.2).",
        "ru": "Есть ли все обязательные элементы (10.4): рабочая программа, промо-видео, глоссарий, форум "
        "или чат; курс апробирован не менее чем на двух потоках слушателей (10.1, 11.2).",
        "en": "Are all required parts in place (10.4): a work curriculum, a promo video, a glossary, a forum "
        "or chat; the course was piloted with at least two cohorts of learners (10.1, 11.2).",
    },
    {
        "kk": "Мәтіндік блоктар оқуға жеңіл және бейне дәрістерді толықтырады; құрылымы логикалық әрі жүйелі "
        "(10.3, 11.4); дереккөздерге сілтеме дұрыс, мазмұны түпнұсқа және өзекті (10.6).",
        "ru": "Текстовые блоки легко читаются и сопровождают видеолекции; структура логична и "
        "последовательна (10.3, 11.4); источники указаны корректно, содержание оригинально и актуально (10.6).",
        "en": "Text blocks are easy to read and accompany the video lectures; the structure is logical and "
        "consistent (10.3, 11.4); sources are cited correctly, the content is original and up to date (10.6).",
    },
    {
        "kk": f"Бейне мен дыбыс анық (10.3); бейне дәріс {_LECTURE} минутқа дейін, промо-бейне {_PROMO} минутқа дейін, "
        f"{_SIZE}, 16:9 (-02 нысаны); медиа байлығы: анимация, көрініс ауысуы (11.6).",
        "ru": f"Чёткое изображение и звук (10.3); видеолекция до {_LECTURE} минут, промо-видео до {_PROMO} минут, "
        f"{_SIZE}, 16:9 (форма -02); насыщенность медиа: анимация, смена планов (11.6).",
        "en": f"Clear picture and sound (10.3); lectures up to {_LECTURE} minutes, "
        f"the promo video up to {_PROMO} minutes, "
        f"{_SIZE}, 16:9 (form -02); media richness: animation, changes of scene (11.6).",
    },
    {
        "kk": "Цифрлық оқу материалдары бар (11.2); бейне, мәтін, тапсырма мен тест үйлесімді, тапсырмалар "
        "түсінікті және автоматты тексеруге бейімделген (11.7).",
        "ru": "Наличие цифровых учебных материалов (11.2); сочетание видео, текста, заданий и тестов, "
        "задания понятны и адаптированы к автоматической проверке (11.7).",
        "en": "Digital teaching materials exist (11.2); video, text, tasks and tests are combined, and the "
        "tasks are clear and suited to automatic grading (11.7).",
    },
    {
        "kk": "Әр бөлімде өзара әрекеттесу бар: форум, чат, модерация; кемінде екі лектің оқу нәтижелері "
        "тіркеліп, пайдаланылады (10.1, 10.5); өзара бағалау, бірлескен тапсырмалар (11.5).",
        "ru": "В каждом разделе есть взаимодействие: форум, чат, модерация; результаты обучения не менее "
        "двух потоков зафиксированы и используются (10.1, 10.5); взаимное оценивание, совместные задания (11.5).",
        "en": "Every section has interaction: a forum, chat or moderation; the results of at least two "
        "cohorts are recorded and used (10.1, 10.5); peer review and collaborative tasks (11.5).",
    },
    {
        "kk": "Білімді бақылаудың әртүрлі тәсілдері: тест, автоматты тексерілетін есептер, үлгерімі "
        "бақыланатын тапсырмалар; әр бөлім бақылау элементімен аяқталады (11.5, -02 нысаны).",
        "ru": "Разнообразные формы контроля знаний: тесты, автоматически проверяемые задачи, задания с "
        "отслеживанием прогресса; каждый раздел завершается контрольным элементом (11.5, форма -02).",
        "en": "Varied knowledge control: tests, automatically checked problem sets, tasks with progress "
        "tracking; every section ends with a control element (11.5, form -02).",
    },
    {
        "kk": "Жаңалығы мен өзектілігі, екі-үш тілде өткізу мүмкіндігі, практикалық бағыты (11.1); "
        "авторлардың ұқсас жобалардағы тәжірибесі (11.3). Әсеріңізді түсініктемеге жазыңыз.",
        "ru": "Новизна и актуальность, возможность проведения на двух-трёх языках, практическая "
        "направленность (11.1); опыт авторов в подобных проектах (11.3). Опишите впечатление в комментарии.",
        "en": "Novelty and relevance, delivery in two or three languages, practical orientation (11.1); "
        "the authors' experience with similar projects (11.3). Write your impression in the comment.",
    },
]

# One tuple per default criterion (in the order of DEFAULT_CRITERIA_TITLES), one text per band, lowest first.
DEFAULT_CRITERIA_DESCRIPTORS: list[tuple[dict[str, str], ...]] = [
    (  # 1. Completeness of uploaded MOOC materials
        {
            "kk": "Міндетті бөліктердің көбі жоқ (10.4): жұмыс оқу бағдарламасы, промо-бейнеролик, глоссарий, "
            "форум немесе чат берілмеген; авторлары, атауы, аннотациясы көрсетілмеген (10.2).",
            "ru": "Большинства обязательных элементов нет (10.4): ни рабочей программы, ни промо-видео, ни "
            "глоссария, ни форума или чата; не указаны авторы, название, аннотация (10.2).",
            "en": "Most required parts are missing (10.4): no work curriculum, promo video, glossary, forum or "
            "chat; no authors, title or annotation (10.2).",
        },
        {
            "kk": "Міндетті бөліктердің (10.4) кейбірі жоқ немесе бос; курс сипаттамасы толық емес (10.2); "
            "бөлімдердің көбі жүктелмеген.",
            "ru": "Часть обязательных элементов (10.4) отсутствует или пуста; описание курса неполное (10.2); "
            "многие разделы не загружены.",
            "en": "Some required parts (10.4) are missing or empty; the course description is incomplete (10.2); "
            "many sections are not loaded.",
        },
        {
            "kk": "Міндетті бөліктер бар (10.4), бірақ кейбір бөлімдер аяқталмаған немесе сипаттамада -02 "
            "нысанының тармақтары (оқу ұзақтығы, толық аннотация, авторлар туралы мәлімет) жетіспейді.",
            "ru": "Обязательные элементы есть (10.4), но часть разделов не доработана или в описании не хватает "
            "пунктов формы -02 (продолжительность, полная аннотация, сведения об авторах).",
            "en": "The required parts are there (10.4), but some sections are unfinished or the description lacks "
            "items of form -02 (duration, full annotation, the authors' details).",
        },
        {
            "kk": "Барлық міндетті бөліктер мен сипаттама бар (10.2, 10.4), барлық бөлімдер жүктелген; -02 "
            "нысанынан шамалы ауытқулар бар (мысалы, курстың басты иллюстрациясы жоқ).",
            "ru": "Все обязательные элементы и описание на месте (10.2, 10.4), все разделы загружены; мелкие "
            "отступления от формы -02 (например, нет главной иллюстрации курса).",
            "en": "All required parts and the description are in place (10.2, 10.4), every section is loaded; "
            "small gaps against form -02 (e.g. no main illustration).",
        },
        {
            "kk": "-02 нысаны талап ететіннің бәрі жүктеліп, толтырылған (10.7): жұмыс оқу бағдарламасы, "
            "промо-бейнеролик, глоссарий, форум немесе чат, толық сипаттама; курс екі лекте апробациядан өткен "
            "(10.1).",
            "ru": "Загружено и заполнено всё, что требует форма -02 (10.7): рабочая программа, промо-видео, глоссарий, "
            "форум или чат, полное описание; курс апробирован на двух потоках (10.1).",
            "en": "Everything form -02 asks for is loaded and complete (10.7): work curriculum, promo video, glossary, "
            "forum or chat, full description; piloted with two cohorts (10.1).",
        },
    ),
    (  # 2. Presence and quality of text materials
        {
            "kk": "Мәтіндік материалдар жоқ немесе дәрістерге қатысы жоқ үзінділер ғана бар; сілтемесіз "
            "алынған мәтін кездеседі (10.6).",
            "ru": "Текстовых материалов нет или есть лишь разрозненные фрагменты, не связанные с лекциями; "
            "заимствованный текст без ссылок (10.6).",
            "en": "No text materials, or only scattered fragments unrelated to the lectures; borrowed text "
            "without references (10.6).",
        },
        {
            "kk": "Мәтін бөлімдердің кейбірінде ғана бар; оқуға қиын (10.3), нақты құрылымы жоқ (11.4); "
            "дереккөздер нашар көрсетілген немесе мүлде көрсетілмеген.",
            "ru": "Текст только в части разделов; читается с трудом (10.3), чёткой структуры нет (11.4); "
            "источники указаны плохо или не указаны вовсе.",
            "en": "Text in only some sections; hard to read (10.3), without a clear structure (11.4); sources "
            "cited poorly or not at all.",
        },
        {
            "kk": "Мәтін дәрістердің көбін толықтырады және оқуға болады, бірақ құрылымы біркелкі емес, не "
            "материалдың бір бөлігі ескірген, не дереккөздер толық көрсетілмеген (10.6).",
            "ru": "Текст сопровождает большинство лекций и читается, но структура неровная, либо часть материала "
            "устарела, либо источники указаны не полностью (10.6).",
            "en": "Text accompanies most lectures and is readable, but the structure is uneven, or part of it is "
            "outdated or incompletely cited (10.6).",
        },
        {
            "kk": "Әр дәріске мәтін берілген (-02 нысаны), оқуға ыңғайлы әрі логикалық құрылымдалған (10.3, "
            "11.4); дереккөздер дұрыс көрсетілген; рәсімдеуде шағын кемшіліктер бар.",
            "ru": "К каждой лекции есть текст (форма -02), он легко читается и логично выстроен (10.3, 11.4); "
            "источники указаны корректно; мелкие недочёты оформления.",
            "en": "Every lecture has accompanying text (form -02), easy to read and logically structured "
            "(10.3, 11.4); sources cited correctly; small flaws of layout.",
        },
        {
            "kk": "Әр бөлімдегі авторлық, өзекті мәтін бейнені толықтырады; құрылымы логикалық әрі бірізді (11.4); "
            "дәйексөз келтіру этикасы сақталған, дәйексөздер көлемнің 5 %-ынан аспайды (10.6, -02 нысаны).",
            "ru": "Авторский, актуальный текст в каждом разделе дополняет видео; структура логична и последовательна "
            "(11.4); этика цитирования соблюдена, цитаты не более 5 % объёма (10.6, форма -02).",
            "en": "Original, up-to-date text in every section complements the video; a logical, consistent structure "
            "(11.4); citation ethics kept, quotations within 5 % of the volume (10.6, form -02).",
        },
    ),
    (  # 3. Presence and quality of video lectures
        {
            "kk": "Бейне дәрістер жоқ немесе бейнесі не дыбысы қабылдауға келмейді (10.3).",
            "ru": "Видеолекций нет, либо изображение или звук невозможно воспринимать (10.3).",
            "en": "No video lectures, or the picture or sound cannot be followed (10.3).",
        },
        {
            "kk": "Бейне бөлімдердің кейбірінде ғана бар; бейне не дыбыста кедергі бар (10.3); дәрістердің көбі "
            f"{_LECTURE} минуттан ұзақ немесе {_SIZE}-дан төмен (-02 нысаны).",
            "ru": "Видео только в части разделов; помехи в изображении или звуке (10.3); многие лекции длиннее "
            f"{_LECTURE} минут или ниже {_SIZE} (форма -02).",
            "en": "Video in only some sections; noise or interference in picture or sound (10.3); many lectures "
            f"over {_LECTURE} minutes or below {_SIZE} (form -02).",
        },
        {
            "kk": "Әр бөлімде бейне бар, бейнесі мен дыбысы қанағаттанарлық, бірақ -02 нысанының талаптары "
            "толық орындалмаған (ұзақтығы, ажыратымдылығы, кадры толық 16:9, стерео); кадрда тек "
            "сөйлеп тұрған оқытушы.",
            "ru": "Видео в каждом разделе, изображение и звук приемлемые, но требования формы -02 выполнены не "
            "полностью (длительность, разрешение, 16:9 без пустых полей, стерео); в кадре только "
            "говорящий лектор.",
            "en": "Video in every section with acceptable picture and sound, but form -02 is only partly met "
            "(length, resolution, a full 16:9 frame, stereo); only a talking lecturer on screen.",
        },
        {
            "kk": "Бейнесі мен дыбысы анық, кедергісіз (10.3); -02 нысаны шамалы ауытқулармен сақталған; "
            "медиалық қанықтылық бар: слайдтар, анимация (11.6).",
            "ru": "Чёткое изображение и звук без помех (10.3); форма -02 соблюдена с небольшими отступлениями; "
            "есть медийная насыщенность: слайды, анимация (11.6).",
            "en": "Clear picture and sound without interference (10.3); form -02 met with small deviations; "
            "some media richness: slides, animation (11.6).",
        },
        {
            "kk": f"Барлық дәріс -02 нысанына сай: {_LECTURE} минутқа дейін, кемінде {_SIZE}, "
            "кадры толық 16:9, дауысы ортада "
            f"тұрған стерео; промо-бейнеролик {_PROMO} минутқа дейін; анимация, декорацияның ауысуы (11.6).",
            "ru": f"Все лекции соответствуют форме -02: до {_LECTURE} минут, не ниже {_SIZE}, "
            "кадр 16:9 заполнен, стерео с "
            f"голосом по центру; промо-видео до {_PROMO} минут; анимация, смена декораций (11.6).",
            "en": f"Every lecture meets form -02: up to {_LECTURE} minutes, at least {_SIZE}, "
            "a full 16:9 frame, stereo with the "
            f"voice centred; promo video up to {_PROMO} minutes; animation, changes of scene (11.6).",
        },
    ),
    (  # 4. Presence and quality of digital educational resources
        {
            "kk": "Бейнеден басқа цифрлық оқу материалдары жоқ (11.2).",
            "ru": "Кроме видео, цифровых учебных материалов нет (11.2).",
            "en": "No digital teaching materials besides the videos (11.2).",
        },
        {
            "kk": "Материалдар аз (мысалы, тек дәріс слайдтары), дәрістер мен тапсырмаларға байланыстырылмаған.",
            "ru": "Материалов мало (например, только слайды лекций), они не связаны с лекциями и заданиями.",
            "en": "Few materials (e.g. lecture slides only), not tied to the lectures and tasks.",
        },
        {
            "kk": "Материалдар бөлімдердің көбінде бар, бірақ құралдар нашар үйлестірілген (11.7) немесе "
            "тапсырмалар әрдайым түсінікті емес.",
            "ru": "Материалы есть в большинстве разделов, но средства плохо сочетаются (11.7) или задания не "
            "всегда понятны.",
            "en": "Materials in most sections, but the tools are poorly combined (11.7) or the tasks are not "
            "always clear.",
        },
        {
            "kk": "Әр бөлімде бейне, мәтін, тапсырма мен тест үйлестірілген (11.7); тапсырмалар түсінікті, "
            "ішінара автоматты тексеруге бейімделген; инфографика мен суреттер қолданылған (-02 нысаны).",
            "ru": "В каждом разделе сочетаются видео, текст, задания и тесты (11.7); задания понятны и частично "
            "адаптированы к автоматической проверке; есть инфографика и иллюстрации (форма -02).",
            "en": "Each section combines video, text, tasks and tests (11.7); tasks are clear and partly suited "
            "to automatic grading; infographics and illustrations are used (form -02).",
        },
        {
            "kk": "Цифрлық оқу-әдістемелік материалдардың толық жиынтығы (11.2), құралдар үйлестірілген (11.7); "
            "тапсырмалар түсінікті, автоматты бағалауға бейімделген; анимация, инфографика (11.6, -02 нысаны).",
            "ru": "Полный набор цифровых учебно-методических материалов (11.2), средства сочетаются (11.7); задания "
            "понятны и адаптированы к автоматической оценке; анимация, инфографика (11.6, форма -02).",
            "en": "A full set of digital teaching materials (11.2) combining varied tools (11.7); "
            "clear tasks adapted to "
            "automatic grading; animation, infographics (11.6, form -02).",
        },
    ),
    (  # 5. Use of feedback from learners
        {
            "kk": "Форум да, чат та, модерация да жоқ; тыңдаушылардың нәтижелері тіркелмейді (10.5); курс "
            "апробациядан өтпеген (10.1).",
            "ru": "Нет ни форума, ни чата, ни модерации; результаты слушателей не фиксируются (10.5); курс не "
            "апробирован (10.1).",
            "en": "No forum, chat or moderation; the learners' results are not recorded (10.5); the course was "
            "not piloted (10.1).",
        },
        {
            "kk": "Форум немесе чат бар, бірақ жұмыс істемейді не модерацияланбайды; ең көбі бір лектің "
            "нәтижелері бар (10.1).",
            "ru": "Форум или чат есть, но не работает или не модерируется; есть результаты не более чем одного "
            "потока (10.1).",
            "en": "A forum or chat exists but is idle or unmoderated; results of one cohort at most (10.1).",
        },
        {
            "kk": "Өзара әрекеттесу бөлімдердің кейбірінде ғана бар; екі лектің нәтижелері тіркелген (10.1, "
            "10.5), бірақ олардың пайдаланылғаны байқалмайды.",
            "ru": "Взаимодействие есть лишь в части разделов; результаты двух потоков зафиксированы (10.1, "
            "10.5), но не видно, что они использованы.",
            "en": "Interaction in some sections only; the results of two cohorts are recorded (10.1, 10.5), but "
            "there is no sign they were used.",
        },
        {
            "kk": "Әр бөлімде өзара әрекеттесудің кемінде бір компоненті бар (-02 нысаны); кемінде екі лектің "
            "нәтижелері тіркеліп, пайдаланылған (10.1, 10.5); өзара бағалау қолданылған (11.5).",
            "ru": "В каждом разделе есть хотя бы один компонент взаимодействия (форма -02); результаты не менее "
            "двух потоков зафиксированы и используются (10.1, 10.5); есть взаимное оценивание (11.5).",
            "en": "At least one interaction component in every section (form -02); the results of at least two "
            "cohorts are recorded and used (10.1, 10.5); some peer review (11.5).",
        },
        {
            "kk": "Әр бөлімде белсенді, модерацияланатын өзара әрекеттесу; курс тыңдаушылар пікірі мен екі не одан көп "
            "лектің нәтижелері бойынша жетілдірілген (10.1, 10.5); өзара бағалау, бірлескен тапсырмалар (11.5).",
            "ru": "Активное модерируемое взаимодействие в каждом разделе; курс доработан по отзывам слушателей и "
            "результатам двух и более потоков (10.1, 10.5); взаимное оценивание, совместные задания (11.5).",
            "en": "Active, moderated interaction in every section; the course was improved from the learners' feedback "
            "and the results of two or more cohorts (10.1, 10.5); peer review, collaborative tasks (11.5).",
        },
    ),
    (  # 6. Presence and quality of test items
        {
            "kk": "Тест те, білімді бақылаудың басқа түрі де жоқ (11.5).",
            "ru": "Нет ни тестов, ни иного контроля знаний (11.5).",
            "en": "No tests and no other control of knowledge (11.5).",
        },
        {
            "kk": "Тест бөлімдердің кейбірінде ғана және бір түрде берілген; сұрақтар түсініксіз немесе "
            "мазмұнға сай емес (11.7).",
            "ru": "Тесты только в части разделов и одного вида; вопросы неясны или не соответствуют содержанию (11.7).",
            "en": "Tests in some sections only, all of one kind; questions unclear or not matching the content (11.7).",
        },
        {
            "kk": "Әр бөлім бақылау элементімен аяқталады (-02 нысаны), бірақ бақылау біркелкі (тек тест); "
            "нәтижелер ішінара тіркеледі (10.5).",
            "ru": "Каждый раздел завершается контрольным элементом (форма -02), но контроль однообразен "
            "(только тесты); результаты фиксируются частично (10.5).",
            "en": "Every section ends with a control element (form -02), but control is of one kind (tests "
            "only); results partly recorded (10.5).",
        },
        {
            "kk": "Әр бөлімде бақылау әртүрлі әдістермен жүргізіледі (11.5); тапсырмалар түсінікті әрі "
            "автоматты тексеріледі (11.7); нәтижелер тіркеледі (10.5).",
            "ru": "Контроль в каждом разделе разными методами (11.5); задания понятны и проверяются "
            "автоматически (11.7); результаты фиксируются (10.5).",
            "en": "Control in every section by several methods (11.5); items are clear and graded automatically "
            "(11.7); results recorded (10.5).",
        },
        {
            "kk": "Бақылау әртүрлі (11.5): тест, автоматты тексерілетін есептер, өзара бағалау, бірлескен тапсырмалар; "
            "тапсырмалар онлайн форматқа бейімделген (11.7); қорытынды баға алгоритмі бар (-02 нысаны).",
            "ru": "Контроль разнообразен (11.5): тесты, задачи с автопроверкой, взаимное оценивание, "
            "совместные задания; "
            "задания адаптированы к онлайн-формату (11.7); есть алгоритм итоговой оценки (форма -02).",
            "en": "Varied control (11.5): tests, auto-checked problem sets, peer review, collaborative tasks; items "
            "adapted to the online format (11.7); an algorithm for the final grade (form -02).",
        },
    ),
    (  # 7. Overall impression
        {
            "kk": "Жаңашылдығы да, өзектілігі де көрсетілмеген, практикалық бағыты жоқ (11.1); мазмұнның "
            "авторлығы немесе заңдылығы күмән тудырады (10.6).",
            "ru": "Ни новизна, ни актуальность не показаны, практической направленности нет (11.1); содержание "
            "вызывает сомнения в авторстве или правомерности (10.6).",
            "en": "Neither novelty nor relevance is shown, no practical orientation (11.1); the content's "
            "authorship or lawfulness is in doubt (10.6).",
        },
        {
            "kk": "Өзектілігі әлсіз негізделген; практикалық пайдасы аз; авторлардың ұқсас жобаларға қатысу "
            "тәжірибесі байқалмайды (11.3).",
            "ru": "Актуальность обоснована слабо; практическая польза невелика; опыта авторов в подобных "
            "проектах не видно (11.3).",
            "en": "Relevance weakly argued; little practical use; no sign of the authors' experience with "
            "similar projects (11.3).",
        },
        {
            "kk": "Курс өзекті әрі пайдалы, бірақ жаңашылдығы аз; бір тілде ғана; практикалық бағыты ішінара (11.1).",
            "ru": "Курс актуален и полезен, но новизны мало; только на одном языке; практическая "
            "направленность частичная (11.1).",
            "en": "A relevant, useful course with little novelty; one language only; partly practical (11.1).",
        },
        {
            "kk": "Курс жаңа әрі өзекті, практикалық бағыты айқын (11.1); авторлардың ұқсас жобаларда "
            "тәжірибесі бар (11.3).",
            "ru": "Курс нов и актуален, практическая направленность очевидна (11.1); у авторов есть опыт "
            "подобных проектов (11.3).",
            "en": "Novel and relevant, clearly practical (11.1); the authors have experience with similar "
            "projects (11.3).",
        },
        {
            "kk": "Жаңашылдығы мен өзектілігі сенімді негізделген, курсты екі-үш тілде өткізуге болады, практикалық "
            "бағыты айқын (11.1); авторлары тәжірибелі (ЖАОК, бейнедәрістер, вебинарлар; 11.3).",
            "ru": "Новизна и актуальность убедительно обоснованы, возможна реализация на двух-трёх языках, явная "
            "практическая направленность (11.1); опытные авторы (МООК, видеолекции, вебинары; 11.3).",
            "en": "Novelty and relevance convincingly argued, delivery possible in two or three languages, clearly "
            "practical (11.1); experienced authors (MOOCs, video lectures, webinars; 11.3).",
        },
    ),
]


@dataclass(frozen=True)
class Band:
    """One score level of a criterion: the scores `low`…`high` and what they mean."""

    index: int  # 0 (lowest) … BAND_COUNT - 1
    low: int
    high: int
    text: str

    def scores(self) -> str:
        """'7–8', or '7' for a band of one score."""
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"

    def contains(self, score: int) -> bool:
        return self.low <= score <= self.high


def default_index(criterion: Criterion) -> int | None:
    """Which of the seven default criteria this is (by its title, in any language), or None."""
    title = criterion.title
    for index, default in enumerate(DEFAULT_CRITERIA_TITLES):
        if title == default or (isinstance(title, str) and title in default.values()):
            return index
    return None


def hint_for(criterion: Criterion, lang: str) -> str:
    """The regulation's guidance for a default criterion in `lang`; '' for a criterion of the round's own."""
    index = default_index(criterion)
    return localized(DEFAULT_CRITERIA_HINTS[index], lang) if index is not None else ""


VIDEO_LECTURES = 2  # "Presence and quality of video lectures", criterion 3 of the regulation


def is_video_criterion(criterion: Criterion) -> bool:
    """The default criterion on video lectures, where the course's form -02 media check belongs."""
    return default_index(criterion) == VIDEO_LECTURES


def band_index(criterion: Criterion, score: int) -> int:
    """The band (0 … BAND_COUNT - 1) a score of the criterion's range falls in. A range of five scores or
    more is cut in five equal parts (1–10 gives 1–2, 3–4, 5–6, 7–8, 9–10); a shorter one puts its scores
    on the bands in proportion, rounded half up, so its lowest is the first band and its highest the last."""
    count = criterion.max - criterion.min + 1
    offset = min(max(score, criterion.min), criterion.max) - criterion.min
    if count >= BAND_COUNT:
        return offset * BAND_COUNT // count
    span = count - 1
    return (2 * (BAND_COUNT - 1) * offset + span) // (2 * span)


def bands_for(criterion: Criterion, lang: str) -> list[Band]:
    """The score levels of a default criterion in `lang`, lowest first; [] for a criterion of the round's own
    (and only the bands some score falls in when its range has fewer than five scores)."""
    index = default_index(criterion)
    if index is None:
        return []
    texts = DEFAULT_CRITERIA_DESCRIPTORS[index]
    scores: dict[int, list[int]] = {}
    for score in range(criterion.min, criterion.max + 1):
        scores.setdefault(band_index(criterion, score), []).append(score)
    return [
        Band(band, members[0], members[-1], localized(texts[band], lang)) for band, members in sorted(scores.items())
    ]


def band_for(criterion: Criterion, score: int | None, lang: str) -> Band | None:
    """The score level `score` falls in; None without a score or for a criterion of the round's own."""
    if score is None:
        return None
    index = band_index(criterion, score)
    return next((band for band in bands_for(criterion, lang) if band.index == index), None)


def has_descriptors(criteria: list[Criterion]) -> bool:
    """Whether any of these criteria is one of the regulation's seven (so has score levels)."""
    return any(default_index(c) is not None for c in criteria)
