<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ScoreGuide</name>
        <message>
            <location filename="../../app/ui/expert/score_guide.py" line="+110" />
            <source>Levels</source>
            <translation>Levels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the score levels</source>
            <translation>Show or hide the score levels</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What each score of the criterion being scored means under the regulation (sections 10–11): show or hide (%1)</source>
            <translation>What each score of the criterion being scored means under the regulation (sections 10–11): show or hide (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All score levels</source>
            <translation>All score levels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score levels</source>
            <translation>Score levels</translation>
        </message>
        <message>
            <location line="+38" />
            <source>the regulation describes no score levels for this criterion of the round's own</source>
            <translation>the regulation describes no score levels for this criterion of the round's own</translation>
        </message>
    </context>
</TS>
