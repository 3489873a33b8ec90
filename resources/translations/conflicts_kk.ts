<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
    <context>
        <name>ConflictReview</name>
        <message>
            <location filename="../../app/ui/expert/conflicts_dialog.py" line="+191" />
            <source>Suggested conflicts of &amp;interest…</source>
            <translation>Ұсынылған мүдделер &amp;қақтығысы…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm or dismiss the conflicts of interest the round's data suggest</source>
            <translation>Раунд деректері ұсынған мүдделер қақтығысын растау немесе қабылдамау</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The round's data suggest no conflict of interest for you</source>
            <translation>Раунд деректері бойынша сізде мүдделер қақтығысы байқалмайды</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Possible conflicts of interest</source>
            <translation>Ықтимал мүдделер қақтығысы</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n answer(s) saved</source>
            <translation>
                <numerusform>%n жауап сақталды</numerusform>
                <numerusform>%n жауап сақталды</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n course(s) recused</source>
            <translation>
                <numerusform>%n курстан бас тартылды</numerusform>
                <numerusform>%n курстан бас тартылды</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <location filename="../../app/ui/conflict_texts.py" line="+13" />
            <source>your department is the course's department</source>
            <translation>кафедраңыз курстың кафедрасымен бірдей</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your department is the course's faculty</source>
            <translation>бөліміңіз курстың факультетімен бірдей</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you are among the course's authors</source>
            <translation>сіз курс авторларының бірісіз</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an author shares your surname (a soft hint only)</source>
            <translation>авторлардың бірінің тегі сіздікімен бірдей (тек жұмсақ белгі)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>same department as the course</source>
            <translation>кафедрасы курстың кафедрасымен бірдей</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the course's faculty</source>
            <translation>курстың факультетінен</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one of the course's authors</source>
            <translation>курс авторларының бірі</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shares a surname with an author (soft hint)</source>
            <translation>автормен тегі бірдей (жұмсақ белгі)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>confirmed: recused</source>
            <translation>расталды: бағалаудан бас тартты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dismissed</source>
            <translation>қабылданбады</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not answered</source>
            <translation>жауап берілмеген</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an answer to a suggested conflict of interest contradicts the sheet (a confirmed recusal with scores, or an unknown course)</source>
            <translation>ұсынылған мүдделер қақтығысына берілген жауап параққа қайшы (расталған бас тарту бар, бірақ баға қойылған, не раундта жоқ курс)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../app/ui/expert/conflicts_dialog.py" line="-92" />
            <source>Possible conflicts of interest</source>
            <translation>Ықтимал мүдделер қақтығысы</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The round's data suggest that you may have a conflict of interest with the courses below (the same department or faculty, or you among the authors). For each one, confirm it — you will not score the course — or dismiss it and say why. A shared surname is only a soft hint. Your answers go into your signed sheet; the chair and the protocol show them.</source>
            <translation>Раунд деректері бойынша төмендегі курстармен мүдделер қақтығысыңыз болуы мүмкін (бір кафедра немесе факультет, не сіз авторлардың бірісіз). Әрқайсысы үшін не растаңыз — онда курсты бағаламайсыз, — не қабылдамай, себебін жазыңыз. Тегінің бірдей болуы — тек жұмсақ белгі. Жауаптарыңыз қол қойылған парағыңызға енеді; оларды төраға көреді және хаттамада көрсетіледі.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save my answers</source>
            <translation>Жауаптарымды сақтау</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer later</source>
            <translation>Кейінірек жауап беру</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <location filename="../../app/ui/chair/conflicts_panel.py" line="+50" />
            <source>Expert</source>
            <translation>Сарапшы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Suggested because</source>
            <translation>Ұсыныс негізі</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Жауап</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location line="+12" />
            <source>declared by the expert</source>
            <translation>сарапшы өзі мәлімдеді</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <location line="+50" />
            <source>Conflicts of interest</source>
            <translation>Мүдделер қақтығысы</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts of interest the round's data suggest (same department or faculty as the course, an expert among its authors, a shared surname as a soft hint) and every recusal. Highlighted: suggestions an expert dismissed — with the expert's reason — or did not answer; the commission weighs them. The protocol lists them all.</source>
            <translation>Раунд деректері ұсынған мүдделер қақтығысы (курспен бір кафедра не факультет, сарапшы курс авторларының бірі, жұмсақ белгі ретінде — тегі бірдей) және барлық бас тартулар. Түспен белгіленгендер: сарапшы қабылдамаған (себебімен) не жауап бермеген ұсыныстар; оларды комиссия қарайды. Хаттамада бәрі көрсетіледі.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recused: %1 · dismissed: %2 · not answered: %3</source>
            <translation>Бас тартқандар: %1 · қабылданбағандар: %2 · жауапсыз: %3</translation>
        </message>
    </context>
    <context>
        <name>SuggestionBox</name>
        <message>
            <location filename="../../app/ui/expert/conflicts_dialog.py" line="-80" />
            <source>Why: %1</source>
            <translation>Негізі: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm: I recuse myself from this course</source>
            <translation>Растау: бұл курсты бағалаудан бас тартамын</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss: there is no conflict</source>
            <translation>Қабылдамау: қақтығыс жоқ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A shared surname only: a reason is welcome, not required</source>
            <translation>Тек тегі бірдей: себебін жазуға болады, міндетті емес</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why is there no conflict? (required, goes into your signed sheet)</source>
            <translation>Неге қақтығыс жоқ? (міндетті, қол қойылған парағыңызға енеді)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reason for the recusal (optional: the grounds above are used when empty)</source>
            <translation>Бас тарту себебі (міндетті емес: бос болса, жоғарыдағы негіз жазылады)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Write why there is no conflict: a dismissal without a reason is not accepted.</source>
            <translation>Неге қақтығыс жоқ екенін жазыңыз: себебі жазылмаған «қабылдамау» жауабы қабылданбайды.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Suggested conflict of interest confirmed: %1</source>
            <translation>Ұсынылған мүдделер қақтығысы расталды: %1</translation>
        </message>
    </context>
</TS>
