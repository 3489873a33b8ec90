<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/chair/audit_view.py" line="+99"/>
        <source>Audit log of the round</source>
        <translation>Раундтың аудит журналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print as a protocol annex (PDF)…</source>
        <translation>Хаттамаға қосымша ретінде басып шығару (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The log&apos;s chain is BROKEN: it was changed outside the program.</source>
        <translation>Журнал тізбегі БҰЗЫЛҒАН: ол бағдарламадан тыс өзгертілген.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log&apos;s chain is intact: %1 records, each bound to the hash of the one before.</source>
        <translation>Журнал тізбегі бүтін: %1 жазба, әрқайсысы алдыңғысының хэшіне байланған.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location line="-81"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hash</source>
        <translation>Хэш</translation>
    </message>
</context>
<context>
    <name>DecisionTexts</name>
    <message>
        <location filename="../../app/models/readiness_texts.py" line="+17"/>
        <source>No accepted sheet yet: import the experts&apos; sheet files.</source>
        <translation>Қабылданған парақ әлі жоқ: сарапшылардың парақ файлдарын импорттаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tie of %2 on place %1 needs the commission&apos;s written resolution.</source>
        <translation>%1-орындағы %2 тең баллдары комиссияның жазбаша шешімін қажет етеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resolution of the tie %1 was made on the results %2; they are now %3. It is out of date: confirm it again or withdraw it.</source>
        <translation>%1 тең баллдары бойынша шешім %2 нәтижелері негізінде қабылданған; қазір олар %3. Шешім ескірді: оны қайта растаңыз немесе алып тастаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The place %2 recorded for %1 no longer fits its rank %3: withdraw it.</source>
        <translation>%1 үшін жазылған %2-орын оның қазіргі %3-орнына сәйкес келмейді: оны алып тастаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protocol has no number yet.</source>
        <translation>Хаттаманың нөмірі әлі берілмеген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 (%1) has no accepted sheet: import it, mark the expert absent, or record that the sheet was not submitted.</source>
        <translation>%2 (%1) қабылданған парағы жоқ: оны импорттаңыз, сарапшыны қатыспады деп белгілеңіз немесе парақ тапсырылмағанын жазыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 of %2 is not compared with its paper copy yet: tick «Compared with paper» on the Sheets tab, or record why not.</source>
        <translation>%2 сарапшының %1 парағы қағаз нұсқасымен әлі салыстырылмаған: «Парақтар» бетінде «Қағазбен салыстырылды» белгісін қойыңыз немесе себебін жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet %1 of %2 is signed with another key than the expert&apos;s earlier sheet: decide on it on the Sheets tab first.</source>
        <translation>%2 сарапшының %1 парағына оның бұрынғы парағынан басқа кілтпен қол қойылған: алдымен «Парақтар» бетінде ол туралы шешім қабылдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protocol states: the sheet of %2 (%1) was not received.</source>
        <translation>Хаттамада көрсетіледі: %2 (%1) парағы түскен жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protocol states: the sheet of %2 (%1) was not compared with its paper copy (%4).</source>
        <translation>Хаттамада көрсетіледі: %2 (%1) парағы қағаз нұсқасымен салыстырылмады (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protocol states: the sheet of %2 (%1) is signed with a key that also signs another expert&apos;s sheet (%4).</source>
        <translation>Хаттамада көрсетіледі: %2 (%1) парағы басқа сарапшының парағына да қол қойған кілтпен қол қойылған (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The protocol states: the comparison with paper is not recorded.</source>
        <translation>Хаттамада көрсетіледі: қағазбен салыстыру тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/decision_texts.py" line="+26"/>
        <source>⚠ The protocol waits for %1 item(s) below.</source>
        <translation>⚠ Хаттама төмендегі %1 мәселенің шешілуін күтеді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol can be written; it will state %1 item(s) below.</source>
        <translation>Хаттаманы жазуға болады; онда төмендегі %1 жайт көрсетіледі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of date: decided on the results %1; they are now %2. Not applied.</source>
        <translation>Ескірген: шешім %1 нәтижелері бойынша қабылданған; қазір олар %2. Қолданылмайды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm again</source>
        <translation>Қайта растау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle the selected item…</source>
        <translation>Таңдалған мәселені шешу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve a tie, confirm or withdraw an out-of-date decision, record a sheet as not submitted or why it was not compared with paper (or double-click the item)</source>
        <translation>Тең баллдарды шешу, ескірген шешімді растау не алып тастау, парақтың тапсырылмағанын немесе қағазбен неге салыстырылмағанын жазу (немесе жолды екі рет шертіңіз)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the decisions…</source>
        <translation>Шешімдерді экспорттау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import decisions…</source>
        <translation>Шешімдерді импорттау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decisions as a file (sarapshy-decisions/1) for «sarapshy merge --decisions», or read from such a file</source>
        <translation>«sarapshy merge --decisions» үшін шешімдер файлы (sarapshy-decisions/1), немесе осындай файлдан оқу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log…</source>
        <translation>Аудит журналы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions files (*.json)</source>
        <translation>Шешімдер файлдары (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decisions are written: %1</source>
        <translation>Шешімдер жазылды: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decisions of %1 are recorded (each one is in the audit log).</source>
        <translation>%1 файлының шешімдері тіркелді (әрқайсысы аудит журналында).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that %1 did not submit a sheet? The protocol will say so.</source>
        <translation>%1 парақ тапсырмады деп жазу керек пе? Хаттамада бұл көрсетіледі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is %1 not compared with its paper copy? The protocol prints this reason.</source>
        <translation>%1 неге қағаз нұсқасымен салыстырылмады? Бұл себеп хаттамада басылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the protocol</source>
        <translation>Хаттама алдында</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&lt;br&gt;&lt;br&gt;Confirm the resolution on the current results, or withdraw it?</source>
        <translation>%1&lt;br&gt;&lt;br&gt;Шешімді қазіргі нәтижелер бойынша растайсыз ба, әлде алып тастайсыз ба?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Sheets tab and decide on the sheet signed with another key.</source>
        <translation>«Парақтар» бетін ашып, басқа кілтпен қол қойылған парақ туралы шешім қабылдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open vote (optional):</source>
        <translation>Ашық дауыс беру (міндетті емес):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>against</source>
        <translation>қарсы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abstained</source>
        <translation>қалыс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vote: %1 for, %2 against, %3 abstained.</source>
        <translation>Дауыс беру: «иә» — %1, «қарсы» — %2, «қалыс» — %3.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>the entry «%1» is not in the round</source>
        <translation type="vanished">«%1» жұмысы раундта жоқ</translation>
    </message>
    <message>
        <source>use the entry ids of the round file</source>
        <translation type="vanished">раунд файлындағы жұмыс кодтарын жазыңыз</translation>
    </message>
    <message>
        <source>the expert «%1» is not in the commission</source>
        <translation type="vanished">«%1» сарапшысы комиссия құрамында жоқ</translation>
    </message>
    <message>
        <source>use the expert ids of the round file</source>
        <translation type="vanished">раунд файлындағы сарапшы кодтарын жазыңыз</translation>
    </message>
    <message>
        <source>an entry is named twice</source>
        <translation type="vanished">бір жұмыс екі рет аталған</translation>
    </message>
    <message>
        <source>name each tied entry once, in the decided order</source>
        <translation type="vanished">тең баллды әр жұмысты шешілген ретпен бір рет атаңыз</translation>
    </message>
    <message>
        <source>an entry is in two tie resolutions</source>
        <translation type="vanished">бір жұмыс тең баллдар бойынша екі шешімде бар</translation>
    </message>
    <message>
        <source>give one resolution per tie</source>
        <translation type="vanished">әр тең баллға бір шешім жазыңыз</translation>
    </message>
    <message>
        <source>a place must be 1 or more (found %1)</source>
        <translation type="vanished">орын 1 не одан көп болуы керек (табылғаны: %1)</translation>
    </message>
</context>
</TS>
