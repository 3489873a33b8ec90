<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>SheetsModel</name>
    <message>
        <source>set aside</source>
        <translation>отложен</translation>
    </message>
    <message>
        <source>the same key also signs another expert's sheets</source>
        <translation>этим же ключом подписаны листы другого эксперта</translation>
    </message>
    <message>
        <source>set aside by the chair: %1</source>
        <translation>отложен председателем: %1</translation>
    </message>
    <message>
        <source>this expert's sheets are signed with different keys: set the wrong one aside</source>
        <translation>листы этого эксперта подписаны разными ключами: отложите неверный</translation>
    </message>
    <message>
        <source>the file cannot be read or checked</source>
        <translation>файл не удаётся прочитать или проверить</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <source>Take the sheet back into the results</source>
        <translation>Вернуть лист в результаты</translation>
    </message>
    <message>
        <source>Set the sheet aside…</source>
        <translation>Отложить лист…</translation>
    </message>
</context>
<context>
    <name>ChairDesk</name>
    <message>
        <source>Set the sheet aside</source>
        <translation>Отложить лист</translation>
    </message>
    <message>
        <source>Why is %1 set aside? (kept in the audit log; the sheet stays listed but leaves the results)</source>
        <translation>Почему %1 откладывается? (причина сохраняется в журнале аудита; лист остаётся в списке, но выходит из результатов)</translation>
    </message>
    <message>
        <source>Set aside by the chair: %1.</source>
        <translation>Отложено председателем: %1.</translation>
    </message>
</context>
</TS>
