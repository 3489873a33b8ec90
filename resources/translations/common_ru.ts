<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+176"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
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
        <translation>Произошла ошибка, операция не завершена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved work is not affected. Error: %1</source>
        <translation>Сохранённая работа не пострадала. Ошибка: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
</TS>
