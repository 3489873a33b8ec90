<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AdmissionPanel</name>
    <message>
        <location filename="../../app/ui/organiser/admission_view.py" line="+279"/>
        <source>No course selected.</source>
        <translation>Курс таңдалмаған.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results file of an earlier competition</source>
        <translation>Бұрынғы конкурстың нәтижелер файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results (*.json);;All files (*)</source>
        <translation>Нәтижелер (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past results</source>
        <translation>Бұрынғы нәтижелер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry of past winners: empty. Import the results files of earlier competitions (with their round files beside them) to apply rule 9.10.</source>
        <translation>Бұрынғы жеңімпаздар тізілімі бос. 9.10-тармақты қолдану үшін бұрынғы конкурстардың нәтижелер файлдарын (қасында кезең файлдарымен) импорттаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry of past winners: %1 course(s) from %2.</source>
        <translation>Бұрынғы жеңімпаздар тізілімі: %1 курс (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import past results…</source>
        <translation>Бұрынғы нәтижелерді импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear my mark</source>
        <translation>Белгімді алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the automatic judgement (or undecided) for the selected item</source>
        <translation>Таңдалған тармақ үшін автоматты бағаға (немесе шешілмеген күйге) қайту</translation>
    </message>
</context>
<context>
    <name>AdmissionSummaryModel</name>
    <message>
        <location line="-152"/>
        <source>admitted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not admitted</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to check</source>
        <translation>тексеру керек</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admission</source>
        <translation>Конкурсқа жіберу</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="+240"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or link</source>
        <translation>Файл немесе сілтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>AuthorsModel</name>
    <message>
        <location line="-32"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree, title</source>
        <translation>Ғылыми дәрежесі, атағы</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../app/ui/organiser/admission_view.py" line="-102"/>
        <source>by hand</source>
        <translation>қолмен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>автоматты</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click to mark the item met or not met; an automatic item ticked by hand keeps your decision until you clear it.</source>
        <translation>Тармақты орындалды не орындалмады деп белгілеу үшін басыңыз; қолмен белгіленген автоматты тармақ белгіні алып тастағанша сіздің шешіміңізді сақтайды.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Requirement</source>
        <translation>Талап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Анықталғаны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/organiser/mapping_dialog.py" line="+25"/>
        <source>Time of the answer</source>
        <translation>Жауап уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors&apos; positions</source>
        <translation>Авторлардың лауазымдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors&apos; degrees</source>
        <translation>Авторлардың ғылыми дәрежелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo video link</source>
        <translation>Промо-бейнероликке сілтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course title</source>
        <translation>Курс атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author(s)</source>
        <translation>Автор(лар)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Import applications</source>
        <translation>Өтінімдерді импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1 — %2 responses. Check which question of the form holds each field; fields in bold are required.</source>
        <translation>Файл: %1 — %2 жауап. Әр өріс форманың қай сұрағында екенін тексеріңіз; қалың әріппен жазылған өрістер міндетті.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will be imported</source>
        <translation>Не импортталады</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the column of: %1.</source>
        <translation>Мына өрістің бағанын таңдаңыз: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 new course(s) will be added; %2 duplicate(s) are shown but not added; %3 row(s) are left out.</source>
        <translation>%1 жаңа курс қосылады; %2 қайталанған өтінім көрсетіледі, бірақ қосылмайды; %3 жол алынып тасталады.</translation>
    </message>
</context>
<context>
    <name>CommissionPanel</name>
    <message>
        <location filename="../../app/ui/organiser/round_forms.py" line="+291"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>Pin a key</source>
        <translation>Кілтті бекіту</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Select an expert first.</source>
        <translation>Алдымен сарапшыны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expert&apos;s public key file</source>
        <translation>Сарапшының ашық кілт файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key (*.json);;All files (*)</source>
        <translation>Ашық кілт (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key file belongs to «%1», but the expert is «%2». Pin it anyway?</source>
        <translation>Кілт файлы «%1» адамына тиесілі, ал сарапшы — «%2». Бәрібір бекіту керек пе?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chair and secretary</source>
        <translation>Төраға және хатшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair (төраға)</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secretary (хатшы)</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>Сарапшылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add expert</source>
        <translation>Сарапшы қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin key from file…</source>
        <translation>Кілтті файлдан бекіту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin key</source>
        <translation>Кілтті босату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each expert exports a public key file from Sarapshy (Expert → Export my public key). A pinned key makes the chair accept only sheets signed on that expert&apos;s computer.</source>
        <translation>Әр сарапшы Сарапшы бағдарламасынан ашық кілт файлын экспорттайды (Сарапшы → Менің ашық кілтімді экспорттау). Кілт бекітілсе, төраға тек сол сарапшының компьютерінде қол қойылған парақтарды қабылдайды.</translation>
    </message>
</context>
<context>
    <name>CompetitionForm</name>
    <message>
        <location line="-158"/>
        <source>Competition title</source>
        <translation>Конкурстың атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage and meeting</source>
        <translation>Кезең және отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulation</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage (9.5)</source>
        <translation>Кезең деңгейі (9.5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting date</source>
        <translation>Отырыс күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting place</source>
        <translation>Отырыс орны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prize places</source>
        <translation>Жүлделі орындар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fixed</source>
        <translation>белгіленген</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../app/ui/organiser/compliance_view.py" line="+107"/>
        <source>the course</source>
        <translation>курс бойынша</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ meets</source>
        <translation>✔ сай</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ breaks</source>
        <translation>✘ бұзылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ℹ informative</source>
        <translation>ℹ ақпарат үшін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ℹ informative, met</source>
        <translation>ℹ ақпарат үшін, сай</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Informative: a norm of the Aktobe regulation, not an ATU rule; it does not count against the course.</source>
        <translation>Ақпарат үшін: Ақтөбе ережесінің нормасы, АТУ талабы емес; курсқа қарсы есептелмейді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Анықталғаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Талап етіледі</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="-45"/>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Ең төмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Ең жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Пікір</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../app/ui/organiser/round_forms.py" line="+214"/>
        <source>The evaluation sheet of form Ү.ЖИЦДО-7.5.1-2025-01-03: seven criteria scored 1–10, the seventh with a written comment. Change them only for another regulation; double-click a cell to edit.</source>
        <translation>Ү.ЖИЦДО-7.5.1-2025-01-03 нысанындағы бағалау парағы: жеті критерий 1–10 балмен бағаланады, жетіншісіне жазбаша пікір қосылады. Оларды басқа ереже үшін ғана өзгертіңіз; өңдеу үшін ұяшықты екі рет басыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add criterion</source>
        <translation>Критерий қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore form -03</source>
        <translation>-03 нысанын қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="+13"/>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos</source>
        <translation>Бейнелер</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../app/ui/organiser/entries_panel.py" line="+212"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 таңба</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove course</source>
        <translation>Курсты жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove «%1» from the round?</source>
        <translation>«%1» курсын кезеңнен жою керек пе?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Videos of the course</source>
        <translation>Курстың бейнелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (%1);;All files (*)</source>
        <translation>Бейнелер (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder with the course&apos;s videos</source>
        <translation>Курс бейнелері бар қалта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a folder</source>
        <translation>Қалта қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no video files in %1.</source>
        <translation>%1 қалтасында бейне файлдар жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Video link</source>
        <translation>Бейнеге сілтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the video (https://…):</source>
        <translation>Бейненің мекенжайы (https://…):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.doc *.docx *.jpg *.png);;All files (*)</source>
        <translation>Құжаттар (*.pdf *.doc *.docx *.jpg *.png);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add course</source>
        <translation>Курс қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Import applications (Google Forms)…</source>
        <translation>Өтінімдерді импорттау (Google Forms)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter (form -01)</source>
        <translation>Ілеспе хат (-01 нысаны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Faculty</source>
        <translation>1. Факультет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Department</source>
        <translation>2. Кафедра</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Course title</source>
        <translation>3. Курс атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Short annotation</source>
        <translation>5. Қысқаша аннотация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6. Access link</source>
        <translation>6. Қол жеткізу сілтемесі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. Authors</source>
        <translation>4. Авторлар туралы ақпарат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add author</source>
        <translation>Автор қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (in the order the experts will see them)</source>
        <translation>Бейнелер (сарапшылар көретін ретпен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add folder…</source>
        <translation>Қалта қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add link…</source>
        <translation>Сілтеме қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments (act of implementation, platform certificate)</source>
        <translation>Қосымшалар (енгізу актісі, платформа анықтамасы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add document…</source>
        <translation>Құжат қосу…</translation>
    </message>
</context>
<context>
    <name>EntryComplianceWidget</name>
    <message>
        <location filename="../../app/ui/organiser/compliance_view.py" line="+91"/>
        <source>The videos have not been checked against form -02 yet.</source>
        <translation>Бейнелер -02 нысанына сәйкестікке әлі тексерілген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No video files to check for this course.</source>
        <translation>Бұл курста тексеретін бейне файл жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form -02: all %1 videos meet the technical rules.</source>
        <translation>Бейнелер (-02 нысаны): барлық %1 бейне техникалық талаптарға сай.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form -02: %1 of %2 videos break a rule; %3 course-wide rule(s) broken.</source>
        <translation>Бейнелер (-02 нысаны): %2 бейненің %1 талапты бұзады; курс бойынша %3 талап бұзылған.</translation>
    </message>
</context>
<context>
    <name>ExpertsModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="-35"/>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned key</source>
        <translation>Бекітілген кілт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not pinned</source>
        <translation>бекітілмеген</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../app/ui/organiser/mapping_dialog.py" line="-111"/>
        <source>new course</source>
        <translation>жаңа курс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate of row %1 (kept)</source>
        <translation>%1-жолдың қайталануы (сол сақталады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in the round as %1</source>
        <translation>кезеңде %1 ретінде бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: no %1</source>
        <translation>алынып тасталды: %1 жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Не болады</translation>
    </message>
</context>
<context>
    <name>MediaCheckPanel</name>
    <message>
        <location filename="../../app/ui/organiser/compliance_view.py" line="+52"/>
        <source>Media check</source>
        <translation>Бейнелерді тексеру</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the videos</source>
        <translation>Бейнелерді тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe every video file of the round against form -02 (mp4, H.264, ≥ %1×%2, 16:9, filled frame, audio, stereo, length)</source>
        <translation>Кезеңнің әр бейне файлын -02 нысаны бойынша тексеру (mp4, H.264, ≥ %1×%2, 16:9, толық кадр, аудио, стерео, ұзақтық)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only broken rules</source>
        <translation>Тек бұзылған талаптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ℹ Informative rows are norms of the Aktobe regulation (lecture %1–%2 min, ≥ %3 min of video per section): shown for information, not ATU rules.</source>
        <translation>ℹ «Ақпарат үшін» жолдары — Ақтөбе ережесінің нормалары (дәріс %1–%2 мин, бір бөлімге ≥ %3 мин бейне): АТУ талаптары емес, тек мәлімет үшін көрсетіледі.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not checked yet. The check reads every video file in the round folder (and files still to be copied) and keeps its measurements, so a second run is quick.</source>
        <translation>Әлі тексерілмеген. Тексеру кезең қалтасындағы (және әлі көшірілмеген) әр бейне файлды оқиды және өлшемдерін сақтайды, сондықтан қайта тексеру тез өтеді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 video files checked: %2 meet every rule, %3 break at least one; %4 course-wide rule(s) broken.</source>
        <translation>%1 бейне файл тексерілді: %2 барлық талапқа сай, %3 кемінде бір талапты бұзады; курстар бойынша %4 талап бұзылған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Cancelled: only part of the files were checked.)</source>
        <translation>(Тоқтатылды: файлдардың бір бөлігі ғана тексерілді.)</translation>
    </message>
</context>
<context>
    <name>MediaCheckRunner</name>
    <message>
        <location line="-141"/>
        <source>Checking the videos against form -02…</source>
        <translation>Бейнелер -02 нысаны бойынша тексерілуде…</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="+65"/>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or link</source>
        <translation>Файл немесе сілтеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>link</source>
        <translation>сілтеме</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to copy</source>
        <translation>көшіру керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the folder</source>
        <translation>қалтада</translation>
    </message>
</context>
<context>
    <name>OrganiserPage</name>
    <message>
        <location filename="../../app/ui/organiser/editor.py" line="+120"/>
        <source>The unsaved round you were building has been restored.</source>
        <translation>Сіз құрып жатқан сақталмаған кезең қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved changes to this round have been restored from the draft.</source>
        <translation>Бұл кезеңнің сақталмаған өзгерістері жобадан қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+142"/>
        <source>New round</source>
        <translation>Жаңа кезең</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Save round</source>
        <translation>Кезеңді сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save round as…</source>
        <translation>Кезеңді басқаша сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import applications…</source>
        <translation>Өтінімдерді импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+280"/>
        <source>Check videos</source>
        <translation>Бейнелерді тексеру</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Package for experts…</source>
        <translation>Сарапшыларға жинақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every video and document into media/&lt;course&gt;/ beside the round file, so the folder can go on a USB stick</source>
        <translation>Барлық бейне мен құжатты кезең файлының жанындағы media/&lt;курс&gt;/ қалтасына көшіру, қалтаны USB флешкаға жазуға болатындай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import past results…</source>
        <translation>Бұрынғы нәтижелерді импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Критерийлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Курстар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media check (form -02)</source>
        <translation>Бейнелерді тексеру (-02 нысаны)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admission</source>
        <translation>Конкурсқа жіберу</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problems: none — the round can be saved</source>
        <translation>Мәселелер жоқ — кезеңді сақтауға болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing blocks saving; %1 thing(s) to note</source>
        <translation>Сақтауға кедергі жоқ; назар аударатын жайт: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: %1 to fix before saving, %2 to note</source>
        <translation>Мәселелер: сақтау алдында түзету керек — %1, назар аудару керек — %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not saved yet</source>
        <translation>әлі сақталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved changes</source>
        <translation>сақталмаған өзгерістер бар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This round has unsaved changes. They are kept as a draft and come back when you open the round again. Start a new round?</source>
        <translation>Бұл кезеңде сақталмаған өзгерістер бар. Олар жоба ретінде сақталады және кезеңді қайта ашқанда қайтып келеді. Жаңа кезең бастау керек пе?</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+13"/>
        <source>Save the round</source>
        <translation>Кезеңді сақтау</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Round files (*.round.json);;All files (*)</source>
        <translation>Кезең файлдары (*.round.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round saved: %1</source>
        <translation>Кезең сақталды: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more (see Problems)</source>
        <translation>… және тағы %1 (Мәселелер тізімін қараңыз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round cannot be saved yet:</source>
        <translation>Кезеңді әзірге сақтау мүмкін емес:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the videos into the round folder…</source>
        <translation>Бейнелер кезең қалтасына көшірілуде…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 file(s) copied (%2 MB), %3 already in place.</source>
        <translation>%1 файл көшірілді (%2 МБ), %3 файл бұрыннан орнында.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found, left as they were:</source>
        <translation>Табылмады, бұрынғыдай қалдырылды:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Package for experts</source>
        <translation>Сарапшыларға жинақтау</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Packaging cancelled: the round file is unchanged; copied files are kept and skipped next time.</source>
        <translation>Жинақтау тоқтатылды: кезең файлы өзгерген жоқ; көшірілген файлдар сақталды, келесі жолы қайта көшірілмейді.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Google Forms responses</source>
        <translation>Google Forms жауаптары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses (*.csv *.xlsx);;All files (*)</source>
        <translation>Жауаптар (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import applications</source>
        <translation>Өтінімдерді импорттау</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 course(s) imported; %2 duplicate(s) not added.</source>
        <translation>%1 курс импортталды; %2 қайталанған өтінім қосылмады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix these first, then check the videos:</source>
        <translation>Алдымен мыналарды түзетіп, содан кейін бейнелерді тексеріңіз:</translation>
    </message>
</context>
<context>
    <name>OrganiserTexts</name>
    <message>
        <location filename="../../app/ui/organiser/texts.py" line="+13"/>
        <source>must be filled in</source>
        <translation>толтырылуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add at least one expert</source>
        <translation>кемінде бір сарапшы қосыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add at least one author</source>
        <translation>кемінде бір автор қосыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link must start with http:// or https://</source>
        <translation>сілтеме http:// немесе https:// деп басталуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the maximum must be above the minimum (%1)</source>
        <translation>ең жоғары балл ең төменгіден үлкен болуы керек (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the short annotation has %1 characters; form -02 allows %2</source>
        <translation>қысқаша аннотацияда %1 таңба бар; -02 нысаны бойынша %2 таңбадан аспауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round has no courses yet</source>
        <translation>кезеңде әзірге курс жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no videos: the course will be judged from its link</source>
        <translation>бейнелер жоқ: курс сілтемесі бойынша бағаланады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no promo video (form -02 requires one)</source>
        <translation>промо-бейнеролик жоқ (-02 нысаны бойынша міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the round folder yet: press Package to copy it</source>
        <translation>%1 әлі кезең қалтасында жоқ: көшіру үшін «Сарапшыларға жинақтау» батырмасын басыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file %1 cannot be found</source>
        <translation>%1 файлы табылмады</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>degree</source>
        <translation>ғылыми дәрежесі</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>short annotation</source>
        <translation>қысқаша аннотация</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>link</source>
        <translation>сілтеме</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>languages</source>
        <translation>тілдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>videos</source>
        <translation>бейнелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <translation>қосымшалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authors</source>
        <translation>авторлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public key</source>
        <translation>ашық кілт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum</source>
        <translation>ең төменгі балл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>ең жоғары балл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>деңгейі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>өтетін орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>хатшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts</source>
        <translation>сарапшылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criteria</source>
        <translation>критерийлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courses</source>
        <translation>курстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results</source>
        <translation>нәтижелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prize places</source>
        <translation>жүлделі орындар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>form %1</source>
        <translation>%1 нысаны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filled in %1 of %2 frames</source>
        <translation>%2 кадрдың %1 толық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>black bars (%1) in %2 of %3 frames</source>
        <translation>%3 кадрдың %2 қара жолақтар бар (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 sampled frames are black</source>
        <translation>алынған %1 кадрдың бәрі қара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no black bars</source>
        <translation>қара жолақтар жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>2 channels (stereo)</source>
        <translation>2 арна (стерео)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 channel (mono)</source>
        <translation>1 арна (моно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>%1 арна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silence</source>
        <translation>тыныштық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters (%2)</source>
        <translation>%1 таңба (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–%1 characters</source>
        <translation>1–%1 таңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 1 promo video</source>
        <translation>кемінде 1 промо-бейнеролик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 link(s) not checked</source>
        <translation>%1 сілтеме тексерілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video files in the round folder</source>
        <translation>кезең қалтасындағы бейне файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a readable video file</source>
        <translation>оқылатын бейне файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L−R %1 dB, correlation %2</source>
        <translation>С−О %1 дБ, корреляция %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>|L−R| ≤ %1 dB, correlation ≥ %2</source>
        <translation>|С−О| ≤ %1 дБ, корреляция ≥ %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Course %1</source>
        <translation>%1 курсы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert %1</source>
        <translation>%1 сарапшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion %1</source>
        <translation>%1 критерий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>author %1</source>
        <translation>%1-автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video %1</source>
        <translation>%1 бейне</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attachment %1</source>
        <translation>%1-қосымша</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>promo</source>
        <translation>промо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lecture</source>
        <translation>дәріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>act of implementation</source>
        <translation>оқу процесіне енгізу актісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform certificate</source>
        <translation>платформаға орналастыру анықтамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol extract</source>
        <translation>хаттамадан үзінді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other document</source>
        <translation>басқа құжат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>department (stage 1)</source>
        <translation>кафедра (1-кезең)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty (stage 2)</source>
        <translation>факультет (2-кезең)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university (stage 3)</source>
        <translation>университет (3-кезең)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container mp4</source>
        <translation>mp4 контейнері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video codec H.264</source>
        <translation>H.264 бейне кодегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution at least %1×%2</source>
        <translation>Ажыратымдылығы кемінде %1×%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio 16:9</source>
        <translation>Пропорциясы 16:9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame filled, no black bars</source>
        <translation>Кадр толық, қара жолақтар жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio codec AAC, AC3, OGG or MP3</source>
        <translation>Аудио кодегі AAC, AC3, OGG немесе MP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True stereo</source>
        <translation>Нағыз стерео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice centred between channels</source>
        <translation>Дауыс арналардың дәл ортасында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length (promo ≤ %1 min, lecture ≤ %2 min)</source>
        <translation>Ұзақтығы (промо ≤ %1 мин, дәріс ≤ %2 мин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File can be read</source>
        <translation>Файл оқылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short annotation ≤ %1 characters</source>
        <translation>Қысқаша аннотация ≤ %1 таңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo video present</source>
        <translation>Промо-бейнеролик бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecture %1–%2 min (Aktobe norm)</source>
        <translation>Дәріс %1–%2 мин (Ақтөбе нормасы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video per section ≥ %1 min (Aktobe norm)</source>
        <translation>Бөлімге ≥ %1 мин бейне (Ақтөбе нормасы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos given as links (not checked)</source>
        <translation>Сілтеме ретінде берілген бейнелер (тексерілмейді)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover letter fields filled (form -01)</source>
        <translation>Ілеспе хаттың өрістері толтырылған (-01 нысаны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short annotation up to %1 characters</source>
        <translation>Қысқаша аннотация %1 таңбаға дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo video</source>
        <translation>Промо-бейнеролик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos meet form -02</source>
        <translation>Бейнелер -02 нысанына сай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors have not won with this course (9.10)</source>
        <translation>Авторлар бұл курспен бұрын жеңімпаз болмаған (9.10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work curriculum</source>
        <translation>Жұмыс оқу бағдарламасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum or chat</source>
        <translation>Форум немесе чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piloted with at least two cohorts</source>
        <translation>Кемінде екі топта апробациядан өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of implementation</source>
        <translation>Оқу процесіне енгізу актісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate of placement on the platform</source>
        <translation>Платформаға орналастыру туралы анықтама</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all six fields filled</source>
        <translation>алты өрістің бәрі толтырылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: %1</source>
        <translation>жоқ: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>%1 characters</source>
        <translation>%1 таңба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>present</source>
        <translation>бар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no promo video</source>
        <translation>промо-бейнеролик жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run the media check</source>
        <translation>бейнелерді тексеріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no video files (links only)</source>
        <translation>бейне файлдар жоқ (тек сілтемелер)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 videos break the rules</source>
        <translation>%2 бейненің %1 талаптарды бұзады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 videos checked and compliant</source>
        <translation>%2 бейненің %1 тексерілді, талаптарға сай</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>won place %1 in %2</source>
        <translation>%2 жылы %1-орын алған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not among past winners</source>
        <translation>бұрынғы жеңімпаздар арасында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import past results to check</source>
        <translation>тексеру үшін бұрынғы нәтижелерді импорттаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached: %1</source>
        <translation>тіркелген: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to check</source>
        <translation>тексеру керек</translation>
    </message>
</context>
</TS>
