<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ScoreGuide</name>
    <message>
        <location filename="../../app/ui/expert/score_guide.py" line="+110"/>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the score levels</source>
        <translation>Показать или скрыть уровни оценок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each score of the criterion being scored means under the regulation (sections 10–11): show or hide (%1)</source>
        <translation>Что по Положению (разделы 10–11) означает каждый балл оцениваемого критерия: показать или скрыть (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All score levels</source>
        <translation>Все уровни оценок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score levels</source>
        <translation>Уровни оценок</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the regulation describes no score levels for this criterion of the round&apos;s own</source>
        <translation>это собственный критерий этапа, уровни оценок для него в Положении не описаны</translation>
    </message>
</context>
</TS>
