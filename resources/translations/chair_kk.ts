<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="+266"/>
        <source>Agreement between the experts</source>
        <translation>Сарапшылар арасындағы келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each expert against the rest of the panel</source>
        <translation>Әр сарапшы комиссияның қалған мүшелерімен салыстырғанда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robustness: the ranking under other methods</source>
        <translation>Орнықтылық: басқа әдістер бойынша рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kendall&apos;s W:</source>
        <translation>Кендалл W:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p-value (χ²):</source>
        <translation>p-мәні (χ²):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICC(2,1), one expert:</source>
        <translation>ICC(2,1), бір сарапшы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ICC(2,k), the panel:</source>
        <translation>ICC(2,k), комиссия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries used:</source>
        <translation>Есепке алынған курстар:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W near 1: the experts rank the entries alike; near 0: they disagree. ICC: agreement on the totals themselves.</source>
        <translation>W 1-ге жақын болса, сарапшылар курстарды бірдей ретке қояды; 0-ге жақын болса, пікірлері сәйкес келмейді. ICC: жиынтық баллдардың өзі бойынша келісім.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out (a recusal or a missing score): %1</source>
        <translation>Есепке алынбады (бас тарту немесе баға жоқ): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prize places depend on the method: %1 give other prize places.</source>
        <translation>Жүлделі орындар әдіске байланысты: %1 басқа жүлделі орындарды береді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prize places are the same under every method.</source>
        <translation>Жүлделі орындар барлық әдісте бірдей.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaving out one of these experts would change who takes the prize places: %1</source>
        <translation>Осы сарапшылардың бірін есептен шығарса, жүлделі орындарды басқа ЖАОК-тар алар еді: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving out one of these experts would only change the order within the prize places: %1</source>
        <translation>Осы сарапшылардың бірін есептен шығарса, жүлделі орындардың тек реті өзгерер еді: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaving out any single expert does not change the prize places.</source>
        <translation>Кез келген бір сарапшыны есептен шығару жүлделі орындарды өзгертпейді.</translation>
    </message>
</context>
<context>
    <name>ChairDesk</name>
    <message>
        <location filename="../../app/ui/chair/desk.py" line="+189"/>
        <location line="+6"/>
        <source>Import sheet files…</source>
        <translation>Парақ файлдарын жүктеу…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import a folder…</source>
        <translation>Қалтаны жүктеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets</source>
        <translation>Парақтар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement and robustness</source>
        <translation>Келісім және орнықтылық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a round file to use the chair&apos;s desk: File → Open.</source>
        <translation>Төрағаның жұмыс орнын пайдалану үшін кезең файлын ашыңыз: Файл → Ашу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a folder of sheets…</source>
        <translation>Парақтар қалтасын жүктеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the protocol (PDF)…</source>
        <translation>Хаттаманы жасау (PDF)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the Excel summary…</source>
        <translation>Excel жиынтығын жасау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the next-stage round…</source>
        <translation>Келесі кезеңнің файлын экспорттау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview of the sheet…</source>
        <translation>Парақты басып шығаруды алдын ала қарау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sheet…</source>
        <translation>Парақты басып шығару…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected accepted sheet, as the expert&apos;s printed form (PDF)</source>
        <translation>Таңдалған қабылданған парақ, сарапшының баспа нысаны түрінде (PDF)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the imported sheets</source>
        <translation>Жүктелген парақтар тексерілуде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chair&apos;s data for this round could not be read: see the message above.</source>
        <translation>Осы кезең бойынша төрағаның деректері оқылмады: жоғарыдағы хабарламаны қараңыз.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chair&apos;s desk</source>
        <translation>Төрағаның жұмыс орны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>department stage</source>
        <translation>кафедра кезеңі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>faculty stage</source>
        <translation>факультет кезеңі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university stage</source>
        <translation>университет кезеңі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · chair: %2 · %3 entries, %4 experts · prize places: %5</source>
        <translation>%1 · төраға: %2 · %3 курс, %4 сарапшы · жүлделі орындар: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the imported sheets…</source>
        <translation>Жүктелген парақтар оқылуда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheets: %1 accepted, %2 rejected, %3 superseded, %4 duplicates.</source>
        <translation>Парақтар: %1 қабылданды, %2 қабылданбады, %3 жаңа нұсқамен ауыстырылды, %4 қайталанды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for: %1.</source>
        <translation>Күтілуде: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet compared with paper: %1.</source>
        <translation>Қағаз нұсқасымен әлі салыстырылмағаны: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tie on a prize place awaits its resolution (Decisions tab).</source>
        <translation>Жүлделі орындағы тең нәтиже шешімін күтуде («Шешімдер» қойындысы).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import the experts&apos; sheet files</source>
        <translation>Сарапшылардың парақ файлдарын жүктеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet files (*.sheet.json *.json);;All files (*)</source>
        <translation>Парақ файлдары (*.sheet.json *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import every sheet file in a folder</source>
        <translation>Қалтадағы барлық парақ файлдарын жүктеу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing sheet files</source>
        <translation>Парақ файлдары жүктелуде</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 new file(s): %2 accepted, %3 not taken (see the Sheets tab).</source>
        <translation>%1 жаңа файл жүктелді: %2 қабылданды, %3 алынбады («Парақтар» қойындысын қараңыз).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already imported before (nothing changed): %1.</source>
        <translation>Бұрын жүктелген (ештеңе өзгерген жоқ): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read: %1</source>
        <translation>Оқылмады: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The decision was not recorded: the chair&apos;s database is busy (%1). Try again in a moment.</source>
        <translation>Шешім жазылмады: төрағаның дерекқоры бос емес (%1). Біраздан соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export the next-stage round</source>
        <translation>Келесі кезеңнің файлын экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round files (*.round.json)</source>
        <translation>Кезең файлдары (*.round.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the next-stage round</source>
        <translation>Келесі кезеңнің файлы жазылуда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next-stage round is written: %1 (%2 entries). The commission is copied from this round: open the file in the Organiser role to set the new commission.</source>
        <translation>Келесі кезеңнің файлы жазылды: %1 (%2 курс). Комиссия осы кезеңнен көшірілді: жаңа комиссияны белгілеу үшін файлды «Ұйымдастырушы» рөлінде ашыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing the PDF</source>
        <translation>PDF-ке қол қойылуда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is signed by %2.</source>
        <translation>%1 файлына %2 қол қойды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF to sign</source>
        <translation>Қол қойылатын PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Your signing key</source>
        <translation>Қолтаңба кілтіңіз</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>PKCS#12 кілттері (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of %1:</source>
        <translation>%1 кілтінің құпиясөзі:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the protocol</source>
        <translation>Хаттаманы жасау</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparing the sheet for printing</source>
        <translation>Парақ басып шығаруға дайындалуда</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the Excel summary</source>
        <translation>Excel жиынтығын жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../app/ui/chair/charts.py" line="+164"/>
        <source>Heat map: each expert&apos;s total for each entry (darker is higher); columns are the experts&apos; numbers in the commission</source>
        <translation>Жылу картасы: әр сарапшының әр курсқа қойған жиынтық баллы (қанығырақ түс — жоғарырақ балл); бағандар — сарапшылардың комиссиядағы нөмірлері</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+304"/>
        <source>scored</source>
        <translation>бағаланды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recused</source>
        <translation>бас тартты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sheet</source>
        <translation>парақ жоқ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R</source>
        <translation>Б</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="-186"/>
        <source>✓ scored: %1   R recused: %2   ✗ missing: %3   no sheet: %4</source>
        <translation>✓ бағаланды: %1   Б бас тартты: %2   ✗ баға жоқ: %3   парақ жоқ: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No accepted sheet yet from: %1</source>
        <translation>Қабылданған парағы әлі жоқ сарапшылар: %1</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+185"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Бағалар саны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>СА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Ең аз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Ең көп</translation>
    </message>
</context>
<context>
    <name>DecisionEntriesModel</name>
    <message>
        <location line="+196"/>
        <source>Rank</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominee</source>
        <translation>Номинант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advances</source>
        <translation>Келесі кезеңге</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../app/ui/chair/decisions_panel.py" line="+133"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol No.:</source>
        <translation>Хаттама №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent from the meeting:</source>
        <translation>Отырысқа қатыспағандар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the commission members who were not at the meeting: the protocol marks them absent.</source>
        <translation>Отырысқа қатыспаған комиссия мүшелерін белгілеңіз: хаттамада олар қатыспады деп көрсетіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the documents:</source>
        <translation>Құжаттардың тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol (PDF)…</source>
        <translation>Хаттама (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel summary…</source>
        <translation>Excel жиынтығы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign a PDF with a certificate…</source>
        <translation>PDF-ке сертификатпен қол қою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a digital signature (PKCS#12 key, .p12) to the protocol; the chair and the secretary can sign the same file in turn.</source>
        <translation>Хаттамаға электрондық цифрлық қолтаңба қосады (PKCS#12 кілті, .p12); төраға мен хатшы бір файлға кезекпен қол қоя алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties on prize places</source>
        <translation>Жүлделі орындардағы тең нәтижелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominees and entries advancing to the next stage</source>
        <translation>Номинанттар және келесі кезеңге өтетін курстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the next-stage round…</source>
        <translation>Келесі кезеңнің файлын экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance the best ranked</source>
        <translation>Рейтингтегі үздіктерін өткізу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Document to print or check: %1</source>
        <translation>Басып шығаратын не тексеретін құжат: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the protocol to print it, open it or check its signatures (or choose another PDF).</source>
        <translation>Хаттаманы басып шығару, ашу немесе қолтаңбаларын тексеру үшін алдымен оны жазыңыз (не басқа PDF таңдаңыз).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a round first.</source>
        <translation>Алдымен кезең файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No accepted sheet yet: import the experts&apos; sheet files.</source>
        <translation>Қабылданған парақ әлі жоқ: сарапшылардың парақ файлдарын жүктеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tie of %1 on a prize place needs the commission&apos;s written resolution.</source>
        <translation>%1 курстарының жүлделі орындағы тең нәтижесіне комиссияның жазбаша шешімі қажет.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tie on a prize place.</source>
        <translation>Жүлделі орындарда тең нәтиже жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place %1: %2</source>
        <translation>%1-орын: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved: %1</source>
        <translation>Шешілді: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided order: %1</source>
        <translation>Анықталған рет: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They share the place.</source>
        <translation>Орынды бөліседі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not resolved yet: the protocol waits for the resolution.</source>
        <translation>Әлі шешілмеді: хаттама шешімді күтуде.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the resolution…</source>
        <translation>Шешімді өзгерту…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve…</source>
        <translation>Шешу…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>At the university stage the commission determines the winners; nothing advances further.</source>
        <translation>Университет кезеңінде комиссия жеңімпаздарды анықтайды; ары қарай өтетін курс жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the department stage up to %1 entries advance to the faculty (regulation 9.5.1).</source>
        <translation>Кафедра кезеңінде факультетке %1 курсқа дейін жіберіледі (ереже 9.5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the faculty stage the best %1 advance to the university (regulation 9.5.2).</source>
        <translation>Факультет кезеңінде үздік %1 курс университетке жіберіледі (ереже 9.5.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: %1 of %2.</source>
        <translation>Таңдалды: %2 ішінен %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested by the ranking: %1.</source>
        <translation>Рейтинг бойынша ұсыныс: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tie crosses the limit: resolve it before choosing.</source>
        <translation>Тең нәтиже шекті басып өтеді: таңдамас бұрын оны шешіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: these are not the best ranked entries.</source>
        <translation>Ескерту: бұлар рейтингтегі ең үздік курстар емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exported round carries this commission over as a starting point: the organiser replaces it with the %1 commission.</source>
        <translation>Экспортталған файлға осы комиссия бастапқы нұсқа ретінде көшіріледі: ұйымдастырушы оны %1 комиссиясымен ауыстырады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>faculty</source>
        <translation>факультет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>university</source>
        <translation>университет</translation>
    </message>
</context>
<context>
    <name>ExpertsModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="-159"/>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Бағаланды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean total</source>
        <translation>Орташа жиынтық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>СА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spearman ρ</source>
        <translation>Спирмен ρ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>differs from the panel</source>
        <translation>комиссиядан өзгеше</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spearman&apos;s rank correlation between this expert&apos;s totals and the mean of the other experts&apos; totals; a low value asks for a look (regulation 14.1)</source>
        <translation>Осы сарапшының жиынтық баллдары мен қалған сарапшылардың орташа баллдары арасындағы Спирменнің рангтік корреляциясы; төмен мән назар аударуды қажет етеді (ереже 14.1)</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <location line="+99"/>
        <source>R</source>
        <translation>Б</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no score</source>
        <translation>баға жоқ</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location line="-296"/>
        <source>Rank</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>СА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min–max</source>
        <translation>Ең аз – ең көп</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total given by %1</source>
        <translation>%1 қойған жиынтық балл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of the experts&apos; totals (regulation 12.2)</source>
        <translation>Сарапшылардың жиынтық баллдарының қосындысы (ереже 12.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* rescaled: mean of the other experts × panel size (a recusal); = tie; ! an expert&apos;s total far from the others&apos;</source>
        <translation>* қайта есептелді: қалған сарапшылардың орташасы × комиссия саны (бас тарту болғанда); = тең нәтиже; ! сарапшының баллы басқалардан алшақ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>R</source>
        <translation>Б</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rescaled: the mean of the remaining experts&apos; totals × the panel size</source>
        <translation>Қайта есептелді: қалған сарапшылардың орташа жиынтық баллы × комиссия саны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place decided by the commission (the tie at place %1)</source>
        <translation>Орынды комиссия анықтады (%1-орындағы тең нәтиже)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recused</source>
        <translation>бас тартты</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="+55"/>
        <source>Filter by title…</source>
        <translation>Атауы бойынша сүзу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per criterion, over every score given</source>
        <translation>Критерийлер бойынша, барлық қойылған бағалар</translation>
    </message>
</context>
<context>
    <name>RobustnessModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+121"/>
        <source>Sum (official)</source>
        <translation>Қосынды (ресми)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trimmed mean</source>
        <translation>Қырқылған орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>z-scores</source>
        <translation>z-бағалар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>Курс</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <location line="-420"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key fingerprint</source>
        <translation>Кілт саусақ ізі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with paper</source>
        <translation>Қағазбен салыстырылды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate</source>
        <translation>қайталама</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>revision %1; a newer revision of this expert is taken</source>
        <translation>%1-нұсқа; осы сарапшының жаңарақ нұсқасы алынды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same sheet as %1</source>
        <translation>%1 парағымен бірдей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a readable sheet file</source>
        <translation>оқылатын парақ файлы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not match (changed after signing, or not signed)</source>
        <translation>қолтаңба сәйкес емес (қол қойылғаннан кейін өзгертілген немесе қол қойылмаған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belongs to another round</source>
        <translation>басқа кезеңге тиесілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round file was edited after the expert scored it</source>
        <translation>сарапшы бағалағаннан кейін кезең файлы өзгертілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expert is not in this round&apos;s commission</source>
        <translation>сарапшы осы кезеңнің комиссиясында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed with another key than the one pinned in the round</source>
        <translation>кезең файлында бекітілген кілтпен емес, басқа кілтпен қол қойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score is out of range</source>
        <translation>баға рұқсат етілген шектен тыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet is incomplete</source>
        <translation>парақ толық толтырылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores entries or criteria that are not in the round</source>
        <translation>кезеңде жоқ курстар немесе критерийлер бағаланған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different sheets with the same revision from one expert</source>
        <translation>бір сарапшыдан нұсқа нөмірі бірдей әртүрлі парақтар</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key is the one pinned in the round.</source>
        <translation>Кілт кезең файлында бекітілген кілтпен сәйкес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key is pinned for this expert: compare the fingerprint with the paper sheet.</source>
        <translation>Бұл сарапшы үшін кілт бекітілмеген: саусақ ізін қағаз парақпен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="-124"/>
        <source>Import the experts&apos; sheet files (buttons above, or drop files and folders here). For each accepted sheet compare the verification code and the key fingerprint with the signed paper sheet, then tick «Compared with paper».</source>
        <translation>Сарапшылардың парақ файлдарын жүктеңіз (жоғарыдағы батырмалар арқылы немесе файлдар мен қалталарды осында сүйреп әкеліңіз). Әр қабылданған парақтың тексеру коды мен кілт саусақ ізін қол қойылған қағаз парақпен салыстырып, «Қағазбен салыстырылды» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>File digest (SHA-256): %1</source>
        <translation>Файлдың хэші (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <location filename="../../app/ui/chair/charts.py" line="-117"/>
        <source>Entries shown (best first):</source>
        <translation>Көрсетілетін курстар (үздіктері бірінші):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each entry&apos;s totals from every expert</source>
        <translation>Әр курстың әр сарапшыдан алған жиынтық баллы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expert&apos;s total</source>
        <translation>Сарапшының жиынтық баллы</translation>
    </message>
</context>
<context>
    <name>SpreadPlot</name>
    <message>
        <location filename="../../app/ui/chair/spread_plot.py" line="+1"/>
        <source>Expert %1: %2</source>
        <translation>Сарапшы %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: %1 of %2</source>
        <translation>Жиынтық балл: %2 ішінен %1</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <location filename="../../app/ui/chair/tie_dialog.py" line="+21"/>
        <source>Resolve the tie</source>
        <translation>Тең нәтижені шешу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These entries share place %1 with a result of %2. Write how the commission resolved it (for example the result of an open vote): it goes into the protocol.</source>
        <translation>Бұл курстар %2 нәтижемен %1-орынды бөліседі. Комиссияның қалай шешкенін жазыңыз (мысалы, ашық дауыс беру нәтижесі): бұл хаттамаға енгізіледі.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first in the list takes the higher place.</source>
        <translation>Тізімде бірінші тұрған курс жоғарырақ орынға ие болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They share the place (no order decided)</source>
        <translation>Орынды бөліседі (рет анықталмады)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Open vote of the commission: 5 for, 2 against; the first named takes the higher place.</source>
        <translation>мысалы: Комиссияның ашық дауыс беруі: 5 — жақтап, 2 — қарсы; бірінші аталған курс жоғары орынға ие болады.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Resolution (in the commission&apos;s words):</source>
        <translation>Шешім (комиссияның сөзімен):</translation>
    </message>
</context>
</TS>
