<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ScoreGuide</name>
    <message>
        <location filename="../../app/ui/expert/score_guide.py" line="+110"/>
        <source>Levels</source>
        <translation>Деңгейлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the score levels</source>
        <translation>Бағалау деңгейлерін көрсету немесе жасыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each score of the criterion being scored means under the regulation (sections 10–11): show or hide (%1)</source>
        <translation>Бағаланып жатқан критерийдің әр баллы Ереже бойынша (10–11-бөлімдер) нені білдіреді: көрсету немесе жасыру (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All score levels</source>
        <translation>Бағалаудың барлық деңгейлері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score levels</source>
        <translation>Бағалау деңгейлері</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the regulation describes no score levels for this criterion of the round&apos;s own</source>
        <translation>бұл — кезеңнің өз критерийі, Ережеде оның бағалау деңгейлері сипатталмаған</translation>
    </message>
</context>
</TS>
