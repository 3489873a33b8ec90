<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>SheetsModel</name>
    <message>
        <source>set aside</source>
        <translation>шеттетілді</translation>
    </message>
    <message>
        <source>the same key also signs another expert's sheets</source>
        <translation>осы кілтпен басқа сарапшының парақтарына да қол қойылған</translation>
    </message>
    <message>
        <source>set aside by the chair: %1</source>
        <translation>төраға шеттетті: %1</translation>
    </message>
    <message>
        <source>this expert's sheets are signed with different keys: set the wrong one aside</source>
        <translation>бұл сарапшының парақтарына әртүрлі кілттермен қол қойылған: қатесін шеттетіңіз</translation>
    </message>
    <message>
        <source>the file cannot be read or checked</source>
        <translation>файлды оқу немесе тексеру мүмкін емес</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <source>Take the sheet back into the results</source>
        <translation>Парақты нәтижелерге қайтару</translation>
    </message>
    <message>
        <source>Set the sheet aside…</source>
        <translation>Парақты шеттету…</translation>
    </message>
</context>
<context>
    <name>ChairDesk</name>
    <message>
        <source>Set the sheet aside</source>
        <translation>Парақты шеттету</translation>
    </message>
    <message>
        <source>Why is %1 set aside? (kept in the audit log; the sheet stays listed but leaves the results)</source>
        <translation>%1 неге шеттетіледі? (себебі аудит журналында сақталады; парақ тізімде қалады, бірақ нәтижелерге кірмейді)</translation>
    </message>
    <message>
        <source>Set aside by the chair: %1.</source>
        <translation>Төраға шеттеткені: %1.</translation>
    </message>
</context>
</TS>
