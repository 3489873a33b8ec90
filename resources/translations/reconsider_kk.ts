<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ReconsiderationActions</name>
    <message>
        <location filename="../../app/ui/expert/reconsideration_panel.py" line="+41"/>
        <source>Open a reconsideration request…</source>
        <translation>Қайта қарау сұрауын ашу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the chair&apos;s reconsideration request</source>
        <translation>Төрағаның қайта қарау сұрауын ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconsideration requests (*.json);;All files (*)</source>
        <translation>Қайта қарау сұраулары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the round and choose yourself in the commission list first, then open the request again.</source>
        <translation>Алдымен раундты ашып, комиссия тізімінен өзіңізді таңдаңыз, содан кейін сұрауды қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The request refers to revision %1 of your sheet (code %2): choose that file</source>
        <translation>Сұрау парағыңыздың %1-нұсқасына сілтейді (коды %2): сол файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Sheet files (*.sheet.json);;All files (*)</source>
        <translation>Парақ файлдары (*.sheet.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save the revised sheet</source>
        <translation>Қайта қаралған парақты сақтау</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reconsideration request</source>
        <translation>Қайта қарау сұрауы</translation>
    </message>
</context>
<context>
    <name>ReconsiderationBar</name>
    <message>
        <location filename="../../app/ui/chair/reconsideration_marks.py" line="+55"/>
        <source>Second round: scores marked for reconsideration</source>
        <translation>Екінші айналым: қайта қарауға белгіленген бағалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected score for reconsideration…</source>
        <translation>Таңдалған бағаны қайта қарауға белгілеу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an expert&apos;s criterion score above (a flagged one, usually) and write the question the expert should answer</source>
        <translation>Жоғарыдан сарапшының критерий бойынша бағасын таңдаңыз (әдетте ⚑ белгіленгенін) және сарапшы жауап беретін сұрақты жазыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the mark</source>
        <translation>Белгіні алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the requests to the experts…</source>
        <translation>Сарапшыларға сұрауларды экспорттау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One signed request file per expert with marked scores, to hand to the expert; the expert answers with a new revision of the sheet</source>
        <translation>Бағасы белгіленген әр сарапшыға бір қол қойылған сұрау файлы, сарапшыға беру үшін; сарапшы парақтың жаңа нұсқасымен жауап береді</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The question to the expert:</source>
        <translation>Сарапшыға сұрақ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an expert&apos;s criterion score on the board first.</source>
        <translation>Алдымен тақтадан сарапшының критерий бойынша бағасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3: score %4</source>
        <translation>%1 · %2 · %3: баға %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your score %1 is far from the other experts&apos; scores. Please reconsider it: keep it or change it, and write why.</source>
        <translation>Сіздің %1 бағаңыз басқа сарапшылардың бағаларынан алшақ. Оны қайта қарап шығыңыз: қалдырыңыз немесе өзгертіңіз және себебін жазыңыз.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Folder for the reconsideration requests</source>
        <translation>Қайта қарау сұрауларына арналған қалта</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 request(s) written to %2: hand each to its expert.</source>
        <translation>%1 сұрау %2 қалтасына жазылды: әрқайсысын өз сарапшысына беріңіз.</translation>
    </message>
</context>
<context>
    <name>ReconsiderationDialog</name>
    <message>
        <location filename="../../app/ui/expert/reconsideration_dialog.py" line="+207"/>
        <source>Reconsideration requested by the chair</source>
        <translation>Төраға бағаны қайта қарауды сұрайды</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The chair %1 asks you to reconsider %n score(s) of your sheet (revision %2, code %3). For each one keep the score or change it; a changed score needs a written justification. Signing makes a new revision of the sheet; nothing else in it changes. The chair&apos;s key: %4.</source>
        <translation>
            <numerusform>Төраға %1 парағыңыздағы (%2-нұсқа, коды %3) %n бағаны қайта қарауды сұрайды. Әрқайсысын қалдырыңыз немесе өзгертіңіз; өзгертілген баға жазбаша негіздемені қажет етеді. Қол қою парақтың жаңа нұсқасын жасайды; онда басқа ештеңе өзгермейді. Төрағаның кілті: %4.</numerusform>
            <numerusform>Төраға %1 парағыңыздағы (%2-нұсқа, коды %3) %n бағаны қайта қарауды сұрайды. Әрқайсысын қалдырыңыз немесе өзгертіңіз; өзгертілген баға жазбаша негіздемені қажет етеді. Қол қою парақтың жаңа нұсқасын жасайды; онда басқа ештеңе өзгермейді. Төрағаның кілті: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign and export the revised sheet…</source>
        <translation>Қайта қаралған параққа қол қойып, экспорттау…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Not signed: %n changed score(s) have no written justification. Write why the score changes, or put the score back.</source>
        <translation>
            <numerusform>Қол қойылмады: өзгертілген %n бағаның жазбаша негіздемесі жоқ. Баға неге өзгеретінін жазыңыз немесе бағаны қайтарыңыз.</numerusform>
            <numerusform>Қол қойылмады: өзгертілген %n бағаның жазбаша негіздемесі жоқ. Баға неге өзгеретінін жазыңыз немесе бағаны қайтарыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconsiderationModel</name>
    <message>
        <location line="-175"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your score</source>
        <translation>Сіздің бағаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair&apos;s question</source>
        <translation>Төрағаның сұрағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New score</source>
        <translation>Жаңа баға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The same score keeps it; another one changes it and needs a justification</source>
        <translation>Сол баға қалдырылады; басқа баға оны өзгертеді және негіздемені қажет етеді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A changed score needs a written justification</source>
        <translation>Өзгертілген баға жазбаша негіздемені қажет етеді</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../app/ui/expert/reconsideration_panel.py" line="+21"/>
        <source>«%1» is the chair&apos;s reconsideration request. Open its round file first (round id %2), choose yourself in the commission list, then open the request again.</source>
        <translation>«%1» — төрағаның қайта қарау сұрауы. Алдымен оның раунд файлын ашыңыз (раунд id %2), комиссия тізімінен өзіңізді таңдаңыз, содан кейін сұрауды қайта ашыңыз.</translation>
    </message>
</context>
</TS>
