<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../app/ui/expert/criterion_row.py" line="+86"/>
        <source>Score %1 to %2: click, or type a digit (0 = 10); arrows step; Delete clears</source>
        <translation>Балл %1-ден %2-ге дейін: басыңыз немесе цифрды теріңіз (0 = 10); көрсеткілер бір балға өзгертеді; Delete өшіреді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your overall impression of the course (several lines are welcome)</source>
        <translation>Курс туралы жалпы әсеріңіз (бірнеше жолмен жазуға болады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: %1</source>
        <translation>Түсініктеме: %1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../app/ui/expert/details_panel.py" line="+64"/>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faculty</source>
        <translation>Факультет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course link</source>
        <translation>Курсқа сілтеме</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>Қосымшалар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotation</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web browser could be started for %1</source>
        <translation>%1 ашу үшін веб-шолғыш іске қосылмады</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The attachment %1 is not in the round folder: copy it there next to the round file.</source>
        <translation>%1 қосымшасы кезең қалтасында жоқ: оны кезең файлының жанына көшіріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No program could open %1</source>
        <translation>%1 файлын ашатын бағдарлама табылмады</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../app/ui/expert/entry_model.py" line="+128"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Бағаланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watched</source>
        <translation>Көрілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criteria scored of all criteria; ✓ done, ✎ changed since the last exported sheet</source>
        <translation>Барлық критерийдің ішінен бағаланғаны; ✓ дайын, ✎ соңғы экспортталған парақтан кейін өзгерді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the course&apos;s videos you have played</source>
        <translation>Курс бейнелерінің қаншасын көрдіңіз</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed since the last exported sheet</source>
        <translation>Соңғы экспортталған парақтан кейін өзгерді</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>басталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+22"/>
        <location line="+10"/>
        <source>recused</source>
        <translation>бас тартылды</translation>
    </message>
</context>
<context>
    <name>ExpertChooser</name>
    <message>
        <location filename="../../app/ui/expert/chooser.py" line="+102"/>
        <source>Back to my sheet</source>
        <translation>Өз парағыма оралу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who are you?</source>
        <translation>Сіз кімсіз?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your name in the commission list. The choice is remembered for this round; your sheet will be signed with this computer&apos;s key for you.</source>
        <translation>Комиссия тізімінен өз атыңызды таңдаңыз. Таңдау осы кезең үшін есте сақталады; бағалау парағыңызға осы компьютердегі сіздің кілтіңізбен қол қойылады.</translation>
    </message>
</context>
<context>
    <name>ExpertComplianceModel</name>
    <message>
        <location filename="../../app/ui/expert/media_compliance.py" line="+71"/>
        <source>– not checked</source>
        <translation>– тексерілмеді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the video file is missing from this computer, so it was not checked</source>
        <translation>бейне файлы бұл компьютерде жоқ, сондықтан тексерілмеді</translation>
    </message>
</context>
<context>
    <name>ExpertPage</name>
    <message>
        <location filename="../../app/ui/expert/work_bar.py" line="+45"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes saved</source>
        <translation>Барлық өзгеріс сақталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved!</source>
        <translation>Сақталмады!</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+358"/>
        <source>A change could not be saved</source>
        <translation>Өзгеріс сақталмады</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/chooser.py" line="+13"/>
        <source>Who signs this sheet</source>
        <translation>Бұл параққа кім қол қояды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work and sign as %1?</source>
        <translation>%1 ретінде жұмыс істеп, қол қоясыз ба?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your scores and your sheet will carry this name and this computer&apos;s key for it. Choose only your own name.</source>
        <translation>Бағаларыңыз бен парағыңыз осы атпен және осы компьютердегі оның кілтімен бекітіледі. Тек өз атыңызды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sheet of %1 stays as it is; you will see and sign the sheet of %2 instead.</source>
        <translation>%1 парағы өзгеріссіз қалады; оның орнына %2 парағын көріп, соған қол қоясыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, I am %1</source>
        <translation>Иә, мен — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/undo.py" line="+109"/>
        <source>This course is recused: withdraw the recusal to change it</source>
        <translation>Бұл курстан бас тартылған: өзгерту үшін бас тартуды қайтарып алыңыз</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/note_taking.py" line="+44"/>
        <source>Notes are pinned to a video: play one of the course&apos;s videos first</source>
        <translation>Жазба бейнеге байланады: алдымен курстың бір бейнесін ойнатыңыз</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit the note</source>
        <translation>Жазбаны өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note at %1</source>
        <translation>%1 сәтіндегі жазба</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/recusal.py" line="+93"/>
        <location line="+26"/>
        <source>Declare a conflict of interest</source>
        <translation>Мүдделер қақтығысын мәлімдеу</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>You will not score «%1». Say briefly why (for example: I am a co-author of the course). The reason goes into your signed sheet.</source>
        <translation>«%1» курсын бағаламайсыз. Себебін қысқаша жазыңыз (мысалы: курстың тең авторымын). Себебі қол қойылған парағыңызға енеді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/handover.py" line="+111"/>
        <source>The sheet was not exported</source>
        <translation>Парақ экспортталмады</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the signed sheet</source>
        <translation>Қол қойылған парақты сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet files (*.sheet.json);;All files (*)</source>
        <translation>Парақ файлдары (*.sheet.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the sheet as PDF</source>
        <translation>Парақты PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finalise and export the sheet first</source>
        <translation>Алдымен парақты аяқтап, экспорттаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet PDF cannot be made in this installation</source>
        <translation>Бұл орнатылымда парақтың PDF нұсқасын жасау мүмкін емес</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the sheet PDF</source>
        <translation>Парақтың PDF нұсқасы жазылуда</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+16"/>
        <location line="+25"/>
        <source>Export my public key</source>
        <translation>Менің ашық кілтімді экспорттау</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Public key (*.json);;All files (*)</source>
        <translation>Ашық кілт (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your public key is saved to %1.</source>
        <translation>Ашық кілтіңіз мына файлға сақталды: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1
Give the file to the organiser, who pins it in the round. Read the fingerprint aloud or compare it on paper so that the organiser knows the file is yours.</source>
        <translation>Кілттің саусақ ізі: %1
Файлды ұйымдастырушыға беріңіз, ол оны кезеңде бекітеді. Файлдың сіздікі екенін ұйымдастырушы білуі үшін саусақ ізін дауыстап оқыңыз немесе қағаздағымен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Public key exported; fingerprint %1</source>
        <translation>Ашық кілт экспортталды; саусақ ізі %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Not exported yet</source>
        <translation>Әлі экспортталмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Revision %1 (code %2) was made for an earlier version of the round file, so the chair will not accept it: export again</source>
        <translation>⚠ %1-нұсқа (коды %2) кезең файлының бұрынғы нұсқасы үшін жасалған, сондықтан төраға оны қабылдамайды: қайта экспорттаңыз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revision %1 exported, code %2</source>
        <translation>%1-нұсқа экспортталды, коды %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/expert/page.py" line="+4"/>
        <source>%n course(s) changed since: export again</source>
        <translation>
            <numerusform>содан бері %n курс өзгерді: қайта экспорттаңыз</numerusform>
            <numerusform>содан бері %n курс өзгерді: қайта экспорттаңыз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/details_panel.py" line="-79"/>
        <source>Cannot open</source>
        <translation>Ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+6"/>
        <source>Open a round file to start: File → Open round…, or drag the file into this window.</source>
        <translation>Бастау үшін кезең файлын ашыңыз: Файл → Кезеңді ашу… немесе файлды осы терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/work_bar.py" line="+5"/>
        <source>Expert:</source>
        <translation>Сарапшы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work as another member of the commission (asks first)</source>
        <translation>Комиссияның басқа мүшесі ретінде жұмыс істеу (алдымен сұрайды)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise…</source>
        <translation>Аяқтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check what is missing, then sign and export your sheet (Ctrl+E)</source>
        <translation>Не жетіспейтінін тексеріп, парағыңызға қол қойып, экспорттаңыз (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/entry_list.py" line="+111"/>
        <source>Find a course, an author, a faculty…</source>
        <translation>Курсты, авторды, факультетті іздеу…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All courses</source>
        <translation>Барлық курстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to score</source>
        <translation>Бағаланбағандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Дайындары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recused</source>
        <translation>Бас тартылғандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since export</source>
        <translation>Экспорттан кейін өзгергендер</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+5"/>
        <source>The round file has changed since you started scoring. Your sheet will be made for the new version: check your scores.</source>
        <translation>Бағалауды бастағаннан бері кезең файлы өзгерді. Парағыңыз жаңа нұсқа бойынша жасалады: бағаларыңызды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/commands.py" line="+17"/>
        <source>&amp;Finalise and export the sheet…</source>
        <translation>Парақты &amp;аяқтау және экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the sheet as &amp;PDF…</source>
        <translation>Парақты &amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note at the current video time</source>
        <translation>Бейненің осы сәтіне &amp;жазба қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ext course</source>
        <translation>&amp;Келесі курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous course</source>
        <translation>&amp;Алдыңғы курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ind a course</source>
        <translation>Курсты &amp;іздеу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo the last score or comment change</source>
        <translation>Соңғы баға не пікір өзгерісін &amp;болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Declare a &amp;conflict of interest…</source>
        <translation>Мүдделер &amp;қақтығысын мәлімдеу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export my public &amp;key…</source>
        <translation>Менің ашық &amp;кілтімді экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this computer&apos;s public key for you to a file; the organiser pins it in the round so that only sheets signed here are accepted</source>
        <translation>Осы компьютердегі сіздің ашық кілтіңізді файлға сақтау; ұйымдастырушы оны кезеңде бекітеді, сонда тек осында қол қойылған парақтар қабылданады</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+17"/>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <location filename="../../app/ui/expert/finalise.py" line="+163"/>
        <source>The sheet is signed and exported</source>
        <translation>Параққа қол қойылып, экспортталды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 of your evaluation sheet was signed and written to:</source>
        <translation>Бағалау парағыңыздың %1-нұсқасына қол қойылып, мына файлға жазылды:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same code is printed on the sheet PDF beside your signature, so the chair can match the paper and the file. Hand the file to the chair.</source>
        <translation>Дәл осы код парақтың PDF нұсқасында қолыңыздың жанында басылады, сонда төраға қағаз бен файлды салыстыра алады. Файлды төрағаға тапсырыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the sheet as PDF…</source>
        <translation>Парақты PDF ретінде сақтау…</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location line="-163"/>
        <source>Finalise the evaluation sheet</source>
        <translation>Бағалау парағын аяқтау</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Go to it</source>
        <translation>Соған өту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and export the sheet…</source>
        <translation>Параққа қол қойып, экспорттау…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The sheet cannot be finalised yet: %n item(s) are missing. Every course must be scored on every criterion, or recused. Double-click an item to go to it.</source>
        <translation>
            <numerusform>Парақты әлі аяқтауға болмайды: %n нәрсе жетіспейді. Әр курс әр критерий бойынша бағалануы немесе одан бас тартылуы керек. Соған өту үшін тармақты екі рет басыңыз.</numerusform>
            <numerusform>Парақты әлі аяқтауға болмайды: %n нәрсе жетіспейді. Әр курс әр критерий бойынша бағалануы немесе одан бас тартылуы керек. Соған өту үшін тармақты екі рет басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every course is scored or recused. Revision %1 of your sheet will be signed with this computer&apos;s key (fingerprint %2) and written to a file for the chair.</source>
        <translation>Барлық курс бағаланды немесе олардан бас тартылды. Парағыңыздың %1-нұсқасына осы компьютердің кілтімен (кілттің саусақ ізі %2) қол қойылып, төрағаға арналған файлға жазылады.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n course(s) have something worth a second look (highlighted); double-click a course to go to it.</source>
        <translation>
            <numerusform>%n курсты тағы бір қарап шығу керек (белгіленген); курсқа өту үшін оны екі рет шертіңіз.</numerusform>
            <numerusform>%n курсты тағы бір қарап шығу керек (белгіленген); курсқа өту үшін оны екі рет шертіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have checked every total and warning above; sign the sheet as it is</source>
        <translation>Жоғарыдағы әрбір қорытынды мен ескертуді тексердім; параққа осы күйінде қол қоямын</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose yourself in the commission list</source>
        <translation>Комиссия тізімінен өзіңізді таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2: neither scored nor recused</source>
        <translation>%1. %2: бағаланбаған және бас тартылмаған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2: criterion %3 «%4» is not scored</source>
        <translation>%1. %2: %3-критерий «%4» бағаланбаған</translation>
    </message>
</context>
<context>
    <name>MediaComplianceLine</name>
    <message>
        <location filename="../../app/ui/expert/media_compliance.py" line="+70"/>
        <location line="+137"/>
        <source>Checking the videos against form -02…</source>
        <translation>Бейнелер -02 нысаны бойынша тексерілуде…</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Checking the videos against form -02… %1 of %2 files</source>
        <translation>Бейнелер -02 нысаны бойынша тексерілуде… %2 файлдың %1-і</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The videos could not be checked against form -02: %1</source>
        <translation>Бейнелерді -02 нысаны бойынша тексеру мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Form -02: the videos are not checked yet</source>
        <translation>-02 нысаны: бейнелер әлі тексерілмеген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form -02: no video files to check</source>
        <translation>-02 нысаны: тексеретін бейне файл жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not checked: %n video file(s) are missing from this computer</source>
        <translation>
            <numerusform>тексерілмеді: %n бейне файлы бұл компьютерде жоқ</numerusform>
            <numerusform>тексерілмеді: %n бейне файлы бұл компьютерде жоқ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Form -02 not checked: %n video file(s) are missing from this computer</source>
        <translation>
            <numerusform>-02 нысаны тексерілмеді: %n бейне файлы бұл компьютерде жоқ</numerusform>
            <numerusform>-02 нысаны тексерілмеді: %n бейне файлы бұл компьютерде жоқ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form -02: the %1 videos checked meet the rules</source>
        <translation>-02 нысаны: тексерілген %1 бейне талаптарға сай</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Form -02: all %1 videos meet the rules</source>
        <translation>✔ -02 нысаны: барлық %1 бейне талаптарға сай</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>✘ Form -02: %1 of %2 videos break a rule</source>
        <translation>✘ -02 нысаны: %2 бейненің %1-і талапты бұзады</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n course-wide rule(s) broken</source>
        <translation>
            <numerusform>курс бойынша %n талап бұзылған</numerusform>
            <numerusform>курс бойынша %n талап бұзылған</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Hide the rules</source>
        <translation>Талаптарды жасыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each rule of form -02</source>
        <translation>-02 нысанының әр талабын көрсету</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/ui/expert/notes_model.py" line="+78"/>
        <source>Click to play the video from %1</source>
        <translation>Бейнені %1 сәтінен ойнату үшін басыңыз</translation>
    </message>
</context>
<context>
    <name>PlayerArea</name>
    <message>
        <location filename="../../app/ui/expert/player_area.py" line="+54"/>
        <source>The video player could not start: %1</source>
        <translation>Бейне ойнатқыш іске қосылмады: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video player is not available in this installation. You can still score the courses and open their links.</source>
        <translation>Бұл орнатылымда бейне ойнатқыш жоқ. Курстарды бағалап, сілтемелерін аша беруге болады.</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../app/ui/expert/recusal.py" line="-52"/>
        <source>Do not declare</source>
        <translation>Мәлімдемеу</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the reason: a recusal without one is not accepted.</source>
        <translation>Себебін жазыңыз: себепсіз бас тарту қабылданбайды.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../app/ui/expert/review_model.py" line="+43"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watched</source>
        <translation>Көрілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To look at</source>
        <translation>Назар аударыңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the «overall impression» comment is empty</source>
        <translation>«Жалпы әсер» пікірі бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than %1% of the videos watched</source>
        <translation>бейнелердің %1%-ынан азы көрілді</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n video(s) break form -02</source>
        <translation>
            <numerusform>%n бейне -02 нысанын бұзады</numerusform>
            <numerusform>%n бейне -02 нысанын бұзады</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recused: %1</source>
        <translation>бас тартылды: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing</source>
        <translation>ештеңе жоқ</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location filename="../../app/ui/expert/notes_box.py" line="+78"/>
        <source>Note at %1 — type it and press Enter (Esc cancels)</source>
        <translation>%1 сәтіндегі жазба — теріп, Enter басыңыз (Esc — бас тарту)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Play from here</source>
        <translation>Осы жерден ойнату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the note…</source>
        <translation>Жазбаны өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a note at %1</source>
        <translation>%1 сәтіне жазба қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note (play a video first)</source>
        <translation>Жазба қосу (алдымен бейнені ойнатыңыз)</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/sheet_panel.py" line="+281"/>
        <source>recused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 criteria scored</source>
        <translation>бағаланған критерий: %1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a course in the list</source>
        <translation>Тізімнен курсты таңдаңыз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared a conflict of interest for this course; it is not scored by you. Reason: %1</source>
        <translation>Сіз бұл курс бойынша мүдделер қақтығысын мәлімдедіңіз; оны бағаламайсыз. Себебі: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/notes_box.py" line="+6"/>
        <source>Notes on the videos</source>
        <translation>Бейнелерге жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/sheet_panel.py" line="+15"/>
        <source>Declare a conflict of interest…</source>
        <translation>Мүдделер қақтығысын мәлімдеу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are an author or otherwise interested in this course, you do not score it (regulation 14.1)</source>
        <translation>Егер сіз осы курстың авторы болсаңыз немесе басқаша мүдделі болсаңыз, оны бағаламайсыз (ереже, 14.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/notes_box.py" line="+1"/>
        <source>Click a note to play the video from its time</source>
        <translation>Бейнені жазба сәтінен ойнату үшін жазбаны басыңыз</translation>
    </message>
</context>
</TS>
