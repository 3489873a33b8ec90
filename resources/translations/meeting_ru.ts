<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BoardCoursesModel</name>
    <message>
        <location filename="../../app/ui/chair/board_models.py" line="+48"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max − min</source>
        <translation>Макс − мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The course&apos;s title</source>
        <translation>Название курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample standard deviation of the experts&apos; totals</source>
        <translation>Выборочное стандартное отклонение сумм баллов экспертов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest expert&apos;s total minus the lowest</source>
        <translation>Наибольшая сумма баллов эксперта минус наименьшая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts who scored the course</source>
        <translation>Эксперты, оценившие курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values outside the tolerance band (criterion scores and totals)</source>
        <translation>Значения вне допустимого диапазона (баллы по критериям и суммы)</translation>
    </message>
</context>
<context>
    <name>CourseLinesModel</name>
    <message>
        <location line="+65"/>
        <source>C%1</source>
        <translation>К%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>recused</source>
        <translation>отвод</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outside the band: differs from the median of the other experts by more than %1 points</source>
        <translation>Вне диапазона: отличается от медианы остальных экспертов более чем на %1 балла</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../app/ui/chair/board.py" line="+243"/>
        <source>Letter to the authors: %1</source>
        <translation>Письмо авторам: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF pages cannot be shown here (QtPdf is missing).</source>
        <translation>Страницы PDF здесь показать нельзя (нет QtPdf).</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location line="-151"/>
        <source>Meeting: disagreement and letters</source>
        <translation>Заседание: расхождения и письма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the letter to the authors…</source>
        <translation>Просмотр письма авторам…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected course&apos;s feedback letter, as the authors will read it</source>
        <translation>Письмо с отзывом по выбранному курсу — так его прочтут авторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the letters to the authors…</source>
        <translation>Записать письма авторам…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF per course: total, place, mean per criterion and the panel&apos;s comments, without expert names and without comments for the commission only</source>
        <translation>По одному PDF на курс: итоговый балл, место, средний балл по критериям и отзывы комиссии — без имён экспертов и без комментариев только для комиссии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the winners extract for the rector…</source>
        <translation>Записать выписку о победителях для ректора…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Courses are ordered by disagreement: the standard deviation of the experts&apos; totals, then max − min. ⚑ marks a value outside the band: it differs from the median of the OTHER experts by more than T. A criterion score: T = %1 points (%2 % of the criterion&apos;s maximum; one step of the score descriptors). A total: T = %3 points (%4 % of the maximum). With fewer than 3 scoring experts nothing is marked; with 3–4 the median of the others is weak.</source>
        <translation>Курсы упорядочены по расхождению: сначала стандартное отклонение сумм баллов экспертов, затем макс − мин. ⚑ отмечает значение вне диапазона: оно отличается от медианы ОСТАЛЬНЫХ экспертов более чем на T. Балл по критерию: T = %1 балла (%2 % от максимума критерия; одна ступень описаний баллов). Сумма: T = %3 балла (%4 % от максимума). Если оценивали меньше 3 экспертов, ничего не отмечается; при 3–4 медиана остальных слабая.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 experts scored this course: with fewer than 3 no outlier can be named, nothing is marked.</source>
        <translation>Курс оценили экспертов: %1. При менее чем трёх выброс определить нельзя, ничего не отмечается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 experts scored this course: the median of the others rests on %2 people, so a mark only says “look here”, not “outlier”.</source>
        <translation>Курс оценили экспертов: %1. Медиана остальных опирается на %2 человек, поэтому пометка означает лишь «посмотрите сюда», а не «выброс».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 experts scored this course.</source>
        <translation>Курс оценили экспертов: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This course has no result, so it gets no letter.</source>
        <translation>У этого курса нет результата, поэтому письма для него нет.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the letters to the authors</source>
        <translation>Папка для писем авторам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the letters</source>
        <translation>Запись писем</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 letters written to %2</source>
        <translation>Записано писем: %1, папка %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the winners extract</source>
        <translation>Записать выписку о победителях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the winners extract</source>
        <translation>Запись выписки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
</TS>
