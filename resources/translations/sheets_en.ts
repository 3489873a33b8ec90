<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
    <name>SheetsModel</name>
    <message>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <source>the same key also signs another expert's sheets</source>
        <translation>the same key also signs another expert's sheets</translation>
    </message>
    <message>
        <source>set aside by the chair: %1</source>
        <translation>set aside by the chair: %1</translation>
    </message>
    <message>
        <source>this expert's sheets are signed with different keys: set the wrong one aside</source>
        <translation>this expert's sheets are signed with different keys: set the wrong one aside</translation>
    </message>
    <message>
        <source>the file cannot be read or checked</source>
        <translation>the file cannot be read or checked</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <source>Take the sheet back into the results</source>
        <translation>Take the sheet back into the results</translation>
    </message>
    <message>
        <source>Set the sheet aside…</source>
        <translation>Set the sheet aside…</translation>
    </message>
</context>
<context>
    <name>ChairDesk</name>
    <message>
        <source>Set the sheet aside</source>
        <translation>Set the sheet aside</translation>
    </message>
    <message>
        <source>Why is %1 set aside? (kept in the audit log; the sheet stays listed but leaves the results)</source>
        <translation>Why is %1 set aside? (kept in the audit log; the sheet stays listed but leaves the results)</translation>
    </message>
    <message>
        <source>Set aside by the chair: %1.</source>
        <translation>Set aside by the chair: %1.</translation>
    </message>
</context>
</TS>
