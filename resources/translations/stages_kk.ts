<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>GatherPackages</name>
    <message>
        <location filename="../../app/ui/organiser/gather_dialog.py" line="+29"/>
        <source>department</source>
        <translation>кафедра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty</source>
        <translation>факультет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university</source>
        <translation>университет</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%2 (%1 stage)</source>
        <translation>%2 (%1 кезеңі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for the %1 stage</source>
        <translation>%1 кезеңіне</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package folder</source>
        <translation>Пакет қалтасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Жіберген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Курстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+101"/>
        <location line="+49"/>
        <source>Gather entries from lower-stage packages</source>
        <translation>Алдыңғы кезең пакеттерінен курстарды жинау</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Add the folder of each package a department (or a faculty) sent: the folder with package.json, the round file, the protocol extract and the videos. The courses of all packages go into one new round of the next stage; then set its commission as usual.</source>
        <translation>Кафедра (немесе факультет) жіберген әр пакеттің қалтасын қосыңыз: онда package.json, раунд файлы, хаттамадан үзінді және бейнелер бар. Барлық пакеттің курстары келесі кезеңнің бір жаңа раундына жиналады; содан кейін оның комиссиясын әдеттегідей белгілеңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a package folder…</source>
        <translation>Пакет қалтасын қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gather into a new round…</source>
        <translation>Жаңа раундқа жинау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A package folder</source>
        <translation>Пакет қалтасы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new round file</source>
        <translation>Жаңа раунд файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round files (*.round.json)</source>
        <translation>Раунд файлдары (*.round.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 package(s) cannot be gathered (see State); they are left out.</source>
        <translation>%1 пакетті жинауға болмайды («Күйі» бағанын қараңыз); олар қосылмайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 package(s), %2 course(s), for the %3 stage.</source>
        <translation>%1 пакет, %2 курс, %3 кезеңіне.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gathering the packages</source>
        <translation>Пакеттер жиналуда</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 round is written: %2 (%3 courses).</source>
        <translation>%1 кезеңінің раунды жазылды: %2 (%3 курс).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at these before the round goes to the experts:</source>
        <translation>Раунд сарапшыларға жіберілмес бұрын мыналарды қараңыз:</translation>
    </message>
    <message>
        <location filename="../../app/models/gather_texts.py" line="+16"/>
        <source>%1 and %2 look like the same course (same title and author)</source>
        <translation>%1 мен %2 бір курс сияқты (атауы мен авторы бірдей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 have the same course link</source>
        <translation>%1 мен %2 курсқа сілтемесі бірдей</translation>
    </message>
    <message>
        <location filename="../../app/ui/organiser/gather_dialog.py" line="+11"/>
        <source>Gather entries from lower-stage packages…</source>
        <translation>Алдыңғы кезең пакеттерінен курстарды жинау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One round of the next stage from the packages the departments or faculties sent (regulation 9.5)</source>
        <translation>Кафедралар немесе факультеттер жіберген пакеттерден келесі кезеңнің бір раунды (Ереженің 9.5-тармағы)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Now set the commission of this round (Commission tab).</source>
        <translation>Енді осы раундтың комиссиясын белгілеңіз («Комиссия» қойындысы).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Protocol extract of the stage that sent it (9.5)</source>
        <translation>Жіберген кезеңнің хаттамасынан үзінді (9.5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: protocol No. %2, place %3</source>
        <translation>%1: хаттама № %2, %3-орын</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 stage&apos;s extract or its record is missing or was changed</source>
        <translation>%1 кезеңінің үзіндісі немесе оның жазбасы жоқ не өзгертілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no protocol extract of the %1 stage</source>
        <translation>%1 кезеңі хаттамасынан үзінді жоқ</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>ask the lower stage for its package again</source>
        <translation type="vanished">алдыңғы кезеңнен пакетті қайта сұраңыз</translation>
    </message>
    <message>
        <source>department</source>
        <translation type="vanished">кафедра</translation>
    </message>
    <message>
        <source>faculty</source>
        <translation type="vanished">факультет</translation>
    </message>
    <message>
        <source>university</source>
        <translation type="vanished">университет</translation>
    </message>
    <message>
        <source>the university stage is the last one: nothing advances from it</source>
        <translation type="vanished">университет кезеңі — соңғысы: одан әрі ешнәрсе жіберілмейді</translation>
    </message>
    <message>
        <source>the decisions file&apos;s &apos;advancing&apos; is empty: no entry advances</source>
        <translation type="vanished">шешімдер файлының &apos;advancing&apos; тізімі бос: ешбір курс келесі кезеңге өтпейді</translation>
    </message>
    <message>
        <source>list the entries that advance, or leave &apos;advancing&apos; out to send the best %1</source>
        <translation type="vanished">өтетін курстарды тізіңіз немесе ең үздік %1 курсты жіберу үшін &apos;advancing&apos; жолын алып тастаңыз</translation>
    </message>
    <message>
        <source>at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</source>
        <translation type="vanished">%1 кезеңінен ең көбі %2 курс өтеді (Ереженің 9.5-тармағы), %3 курс таңдалды</translation>
    </message>
    <message>
        <source>choose fewer entries</source>
        <translation type="vanished">азырақ курс таңдаңыз</translation>
    </message>
    <message>
        <source>no result for %1: an entry advances on the commission&apos;s scores</source>
        <translation type="vanished">%1 үшін нәтиже жоқ: курс комиссияның баллдары бойынша өтеді</translation>
    </message>
    <message>
        <source>choose entries the experts scored</source>
        <translation type="vanished">сарапшылар бағалаған курстарды таңдаңыз</translation>
    </message>
    <message>
        <source>no entry has a result</source>
        <translation type="vanished">бірде-бір курстың нәтижесі жоқ</translation>
    </message>
    <message>
        <source>%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</source>
        <translation type="vanished">%1 %2-орынды бөліседі, ал өтетін курстар шегі — %3 (Ереженің 9.5-тармағы)</translation>
    </message>
    <message>
        <source>tick the entries the commission chose by vote (in a decisions file: &quot;advancing&quot;: %4), or order the tie with a tie resolution</source>
        <translation type="vanished">комиссия дауыс беру арқылы таңдаған курстарды белгілеңіз (шешімдер файлында: &quot;advancing&quot;: %4) немесе тең баллды шешіммен реттеңіз</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation type="vanished">бұл қалта емес, файл</translation>
    </message>
    <message>
        <source>choose an empty folder for the package</source>
        <translation type="vanished">пакет үшін бос қалта таңдаңыз</translation>
    </message>
    <message>
        <source>the folder is not empty: a package is written into an empty folder</source>
        <translation type="vanished">қалта бос емес: пакет бос қалтаға жазылады</translation>
    </message>
    <message>
        <source>choose a new, empty folder (the package goes to the next stage as it is)</source>
        <translation type="vanished">жаңа, бос қалта таңдаңыз (пакет келесі кезеңге сол күйінде жіберіледі)</translation>
    </message>
    <message>
        <source>the record of the lower stage&apos;s decision was changed after it was made (its content does not match the digest in its name)</source>
        <translation type="vanished">алдыңғы кезең шешімінің жазбасы жасалғаннан кейін өзгертілген (мазмұны атауындағы дайджестке сәйкес келмейді)</translation>
    </message>
    <message>
        <source>the protocol extract of the %1 stage is missing or is not the one its record names</source>
        <translation type="vanished">%1 кезеңі хаттамасынан үзінді жоқ немесе жазбада аталғанымен сәйкес емес</translation>
    </message>
    <message>
        <source>the package&apos;s stages do not fit (%1 → %2)</source>
        <translation type="vanished">пакеттің кезеңдері сәйкес емес (%1 → %2)</translation>
    </message>
    <message>
        <source>the round file was changed after the package was made</source>
        <translation type="vanished">раунд файлы пакет жасалғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the protocol extract was changed after the package was made</source>
        <translation type="vanished">хаттамадан үзінді пакет жасалғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the manifest and the round file list different entries</source>
        <translation type="vanished">манифест пен раунд файлында әртүрлі курстар көрсетілген</translation>
    </message>
    <message>
        <source>the entry %1 has no record of the stage that sent it</source>
        <translation type="vanished">%1 курсында оны жіберген кезеңнің жазбасы жоқ</translation>
    </message>
    <message>
        <source>no package was given</source>
        <translation type="vanished">бірде-бір пакет берілмеді</translation>
    </message>
    <message>
        <source>more than %1 packages</source>
        <translation type="vanished">%1 пакеттен көп</translation>
    </message>
    <message>
        <source>the file already exists: gathering writes a new round</source>
        <translation type="vanished">файл бұрыннан бар: жинау жаңа раунд жазады</translation>
    </message>
    <message>
        <source>choose a new file name (an existing round keeps its commission and sheets)</source>
        <translation type="vanished">жаңа файл атауын таңдаңыз (бар раунд өз комиссиясы мен парақтарын сақтайды)</translation>
    </message>
    <message>
        <source>this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</source>
        <translation type="vanished">бұл пакет %1 кезеңінен %2 кезеңіне жіберілген; оны %3 раундына қосуға болмайды</translation>
    </message>
    <message>
        <source>gather the packages of one stage into the round of the stage after it</source>
        <translation type="vanished">бір кезеңнің пакеттерін одан кейінгі кезеңнің раундына жинаңыз</translation>
    </message>
    <message>
        <source>the same stage&apos;s package is given twice (also %1)</source>
        <translation type="vanished">бір кезеңнің пакеті екі рет берілген (тағы %1)</translation>
    </message>
    <message>
        <source>give each package once</source>
        <translation type="vanished">әр пакетті бір рет беріңіз</translation>
    </message>
    <message>
        <source>cannot copy the file (%1)</source>
        <translation type="vanished">файлды көшіру мүмкін емес (%1)</translation>
    </message>
    <message>
        <source>choose a folder you may write to, with enough free space</source>
        <translation type="vanished">жазуға рұқсат етілген, бос орны жеткілікті қалтаны таңдаңыз</translation>
    </message>
</context>
<context>
    <name>NextStagePackage</name>
    <message>
        <location filename="../../app/ui/chair/next_stage.py" line="+23"/>
        <source>Where to write the next-stage package</source>
        <translation>Келесі кезең пакетін қайда жазу керек</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The next-stage package carries the protocol&apos;s extract: it can be written when the protocol can.</source>
        <translation>Келесі кезең пакетінде хаттамадан үзінді бар: оны хаттаманы жасауға болатын кезде ғана жазуға болады.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the next-stage package</source>
        <translation>Келесі кезең пакеті жазылуда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The next-stage package is written to %1: the round file, %2 entries with their files, and the protocol extract %3. Send the whole folder to the next stage.</source>
        <translation>Келесі кезең пакеті %1 қалтасына жазылды: раунд файлы, файлдарымен бірге %2 курс және хаттамадан үзінді %3. Қалтаны толығымен келесі кезеңге жіберіңіз.</translation>
    </message>
</context>
</TS>
