<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+176"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location line="+18"/>
        <source>Sarapshy</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong and the operation was not completed.</source>
        <translation>Қате шықты, әрекет аяқталмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved work is not affected. Error: %1</source>
        <translation>Сақталған жұмысыңыз зардап шеккен жоқ. Қате: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
</context>
</TS>
