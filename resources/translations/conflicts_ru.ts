<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>ConflictReview</name>
        <message>
            <location filename="../../app/ui/expert/conflicts_dialog.py" line="+191" />
            <source>Suggested conflicts of &amp;interest…</source>
            <translation>Предлагаемые конфликты &amp;интересов…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm or dismiss the conflicts of interest the round's data suggest</source>
            <translation>Подтвердить или отклонить конфликты интересов, предложенные по данным раунда</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The round's data suggest no conflict of interest for you</source>
            <translation>По данным раунда у вас не предполагается конфликта интересов</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Possible conflicts of interest</source>
            <translation>Возможные конфликты интересов</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n answer(s) saved</source>
            <translation>
                <numerusform>Сохранён %n ответ</numerusform>
                <numerusform>Сохранено %n ответа</numerusform>
                <numerusform>Сохранено %n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n course(s) recused</source>
            <translation>
                <numerusform>Самоотвод по %n курсу</numerusform>
                <numerusform>Самоотвод по %n курсам</numerusform>
                <numerusform>Самоотвод по %n курсам</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../app/ui/conflict_texts.py" line="+13" />
            <source>your department is the course's department</source>
            <translation>ваша кафедра — кафедра курса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your department is the course's faculty</source>
            <translation>ваше подразделение — факультет курса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you are among the course's authors</source>
            <translation>вы — один из авторов курса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an author shares your surname (a soft hint only)</source>
            <translation>у одного из авторов ваша фамилия (лишь мягкий признак)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>same department as the course</source>
            <translation>та же кафедра, что у курса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the course's faculty</source>
            <translation>с факультета курса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one of the course's authors</source>
            <translation>один из авторов курса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shares a surname with an author (soft hint)</source>
            <translation>общая фамилия с автором (мягкий признак)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>confirmed: recused</source>
            <translation>подтверждён: самоотвод</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dismissed</source>
            <translation>отклонён</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not answered</source>
            <translation>без ответа</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an answer to a suggested conflict of interest contradicts the sheet (a confirmed recusal with scores, or an unknown course)</source>
            <translation>ответ на предложенный конфликт интересов противоречит листу (подтверждённый самоотвод при выставленных баллах или неизвестный курс)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../app/ui/expert/conflicts_dialog.py" line="-92" />
            <source>Possible conflicts of interest</source>
            <translation>Возможные конфликты интересов</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The round's data suggest that you may have a conflict of interest with the courses below (the same department or faculty, or you among the authors). For each one, confirm it — you will not score the course — or dismiss it and say why. A shared surname is only a soft hint. Your answers go into your signed sheet; the chair and the protocol show them.</source>
            <translation>По данным раунда у вас возможен конфликт интересов с курсами ниже (та же кафедра или факультет, либо вы среди авторов). Для каждого подтвердите его — тогда вы не оцениваете курс — или отклоните и объясните почему. Общая фамилия — лишь мягкий признак. Ваши ответы войдут в подписанный лист; их увидит председатель, они будут указаны в протоколе.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save my answers</source>
            <translation>Сохранить ответы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer later</source>
            <translation>Ответить позже</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <location filename="../../app/ui/chair/conflicts_panel.py" line="+50" />
            <source>Expert</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Suggested because</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location line="+12" />
            <source>declared by the expert</source>
            <translation>заявлен экспертом</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <location line="+50" />
            <source>Conflicts of interest</source>
            <translation>Конфликт интересов</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts of interest the round's data suggest (same department or faculty as the course, an expert among its authors, a shared surname as a soft hint) and every recusal. Highlighted: suggestions an expert dismissed — with the expert's reason — or did not answer; the commission weighs them. The protocol lists them all.</source>
            <translation>Конфликты интересов, предложенные по данным раунда (та же кафедра или факультет, что у курса, эксперт среди авторов, общая фамилия как мягкий признак), и все самоотводы. Выделены предложения, которые эксперт отклонил (с его пояснением) или оставил без ответа; их рассматривает комиссия. В протоколе указаны все.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recused: %1 · dismissed: %2 · not answered: %3</source>
            <translation>Самоотводы: %1 · отклонено: %2 · без ответа: %3</translation>
        </message>
    </context>
    <context>
        <name>SuggestionBox</name>
        <message>
            <location filename="../../app/ui/expert/conflicts_dialog.py" line="-80" />
            <source>Why: %1</source>
            <translation>Основание: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm: I recuse myself from this course</source>
            <translation>Подтвердить: заявляю самоотвод по этому курсу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss: there is no conflict</source>
            <translation>Отклонить: конфликта нет</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A shared surname only: a reason is welcome, not required</source>
            <translation>Только общая фамилия: причину можно указать, но не обязательно</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why is there no conflict? (required, goes into your signed sheet)</source>
            <translation>Почему конфликта нет? (обязательно, войдёт в подписанный лист)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reason for the recusal (optional: the grounds above are used when empty)</source>
            <translation>Причина самоотвода (необязательно: если пусто, записывается основание выше)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Write why there is no conflict: a dismissal without a reason is not accepted.</source>
            <translation>Напишите, почему конфликта нет: отклонение без причины не принимается.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Suggested conflict of interest confirmed: %1</source>
            <translation>Предложенный конфликт интересов подтверждён: %1</translation>
        </message>
    </context>
</TS>
