<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="+266"/>
        <source>Agreement between the experts</source>
        <translation>Согласованность экспертов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each expert against the rest of the panel</source>
        <translation>Каждый эксперт в сравнении с остальными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robustness: the ranking under other methods</source>
        <translation>Устойчивость: рейтинг при других методах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kendall&apos;s W:</source>
        <translation>W Кендалла:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p-value (χ²):</source>
        <translation>p-значение (χ²):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICC(2,1), one expert:</source>
        <translation>ICC(2,1), один эксперт:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ICC(2,k), the panel:</source>
        <translation>ICC(2,k), комиссия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries used:</source>
        <translation>Учтено курсов:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W near 1: the experts rank the entries alike; near 0: they disagree. ICC: agreement on the totals themselves.</source>
        <translation>W близко к 1: эксперты ранжируют курсы одинаково; близко к 0: мнения расходятся. ICC: согласованность самих суммарных баллов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out (a recusal or a missing score): %1</source>
        <translation>Не учтены (самоотвод или нет оценки): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prize places depend on the method: %1 give other prize places.</source>
        <translation>Призовые места зависят от метода: %1 дают другие призовые места.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prize places are the same under every method.</source>
        <translation>Призовые места одинаковы при всех методах.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaving out one of these experts would change who takes the prize places: %1</source>
        <translation>Исключение одного из этих экспертов изменило бы состав призёров: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving out one of these experts would only change the order within the prize places: %1</source>
        <translation>Исключение одного из этих экспертов изменило бы лишь порядок призовых мест: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaving out any single expert does not change the prize places.</source>
        <translation>Исключение любого одного эксперта не меняет призовые места.</translation>
    </message>
</context>
<context>
    <name>ChairDesk</name>
    <message>
        <location filename="../../app/ui/chair/desk.py" line="+189"/>
        <location line="+6"/>
        <source>Import sheet files…</source>
        <translation>Загрузить файлы листов…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import a folder…</source>
        <translation>Загрузить папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets</source>
        <translation>Листы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement and robustness</source>
        <translation>Согласованность и устойчивость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a round file to use the chair&apos;s desk: File → Open.</source>
        <translation>Чтобы работать за столом председателя, откройте файл этапа: Файл → Открыть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a folder of sheets…</source>
        <translation>Загрузить папку с листами…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the protocol (PDF)…</source>
        <translation>Сформировать протокол (PDF)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the Excel summary…</source>
        <translation>Сформировать сводку Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the next-stage round…</source>
        <translation>Экспортировать файл следующего этапа…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview of the sheet…</source>
        <translation>Предварительный просмотр листа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sheet…</source>
        <translation>Напечатать лист…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected accepted sheet, as the expert&apos;s printed form (PDF)</source>
        <translation>Выбранный принятый лист в виде печатной формы эксперта (PDF)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the imported sheets</source>
        <translation>Проверка загруженных листов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chair&apos;s data for this round could not be read: see the message above.</source>
        <translation>Данные председателя по этому этапу не удалось прочитать: см. сообщение выше.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chair&apos;s desk</source>
        <translation>Стол председателя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>department stage</source>
        <translation>этап кафедры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>faculty stage</source>
        <translation>этап факультета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university stage</source>
        <translation>этап университета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · chair: %2 · %3 entries, %4 experts · prize places: %5</source>
        <translation>%1 · председатель: %2 · курсов: %3, экспертов: %4 · призовых мест: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the imported sheets…</source>
        <translation>Чтение загруженных листов…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheets: %1 accepted, %2 rejected, %3 superseded, %4 duplicates.</source>
        <translation>Листы: принято %1, отклонено %2, заменено новой редакцией %3, дубликатов %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for: %1.</source>
        <translation>Ожидаются: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet compared with paper: %1.</source>
        <translation>Ещё не сверено с бумажным листом: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tie on a prize place awaits its resolution (Decisions tab).</source>
        <translation>Равенство на призовом месте ждёт решения (вкладка «Решения»).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import the experts&apos; sheet files</source>
        <translation>Загрузка файлов листов экспертов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet files (*.sheet.json *.json);;All files (*)</source>
        <translation>Файлы листов (*.sheet.json *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import every sheet file in a folder</source>
        <translation>Загрузка всех файлов листов из папки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing sheet files</source>
        <translation>Загрузка файлов листов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 new file(s): %2 accepted, %3 not taken (see the Sheets tab).</source>
        <translation>Загружено новых файлов: %1; принято %2, не принято %3 (см. вкладку «Листы»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already imported before (nothing changed): %1.</source>
        <translation>Уже были загружены (ничего не изменилось): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read: %1</source>
        <translation>Не удалось прочитать: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The decision was not recorded: the chair&apos;s database is busy (%1). Try again in a moment.</source>
        <translation>Решение не записано: база данных председателя занята (%1). Повторите через минуту.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export the next-stage round</source>
        <translation>Экспорт файла следующего этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round files (*.round.json)</source>
        <translation>Файлы этапа (*.round.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the next-stage round</source>
        <translation>Запись файла следующего этапа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next-stage round is written: %1 (%2 entries). The commission is copied from this round: open the file in the Organiser role to set the new commission.</source>
        <translation>Файл следующего этапа записан: %1 (курсов: %2). Комиссия скопирована из этого этапа: откройте файл в роли «Организатор», чтобы указать новую комиссию.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing the PDF</source>
        <translation>Подписание PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is signed by %2.</source>
        <translation>Файл %1 подписан: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF to sign</source>
        <translation>PDF для подписи</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Your signing key</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>Ключи PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of %1:</source>
        <translation>Пароль ключа %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the protocol</source>
        <translation>Формирование протокола</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparing the sheet for printing</source>
        <translation>Подготовка листа к печати</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the Excel summary</source>
        <translation>Формирование сводки Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../app/ui/chair/charts.py" line="+164"/>
        <source>Heat map: each expert&apos;s total for each entry (darker is higher); columns are the experts&apos; numbers in the commission</source>
        <translation>Тепловая карта: суммарный балл каждого эксперта по каждому курсу (темнее — выше); столбцы — номера экспертов в комиссии</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+304"/>
        <source>scored</source>
        <translation>оценено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>нет оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sheet</source>
        <translation>нет листа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R</source>
        <translation>С</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="-186"/>
        <source>✓ scored: %1   R recused: %2   ✗ missing: %3   no sheet: %4</source>
        <translation>✓ оценено: %1   С самоотвод: %2   ✗ нет оценки: %3   нет листа: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No accepted sheet yet from: %1</source>
        <translation>Ещё нет принятого листа от: %1</translation>
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
        <translation>Число оценок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>СО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
</context>
<context>
    <name>DecisionEntriesModel</name>
    <message>
        <location line="+196"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
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
        <translation>Проходит дальше</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../app/ui/chair/decisions_panel.py" line="+133"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol No.:</source>
        <translation>Протокол №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent from the meeting:</source>
        <translation>Отсутствовали на заседании:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the commission members who were not at the meeting: the protocol marks them absent.</source>
        <translation>Отметьте членов комиссии, не присутствовавших на заседании: в протоколе они будут указаны отсутствующими.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the documents:</source>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol (PDF)…</source>
        <translation>Протокол (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel summary…</source>
        <translation>Сводка Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign a PDF with a certificate…</source>
        <translation>Подписать PDF сертификатом…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a digital signature (PKCS#12 key, .p12) to the protocol; the chair and the secretary can sign the same file in turn.</source>
        <translation>Добавляет в протокол электронную цифровую подпись (ключ PKCS#12, .p12); председатель и секретарь могут подписать один файл по очереди.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties on prize places</source>
        <translation>Равенство на призовых местах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominees and entries advancing to the next stage</source>
        <translation>Номинанты и курсы, проходящие на следующий этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the next-stage round…</source>
        <translation>Экспортировать файл следующего этапа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance the best ranked</source>
        <translation>Пропустить лучших по рейтингу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Document to print or check: %1</source>
        <translation>Документ для печати или проверки: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the protocol to print it, open it or check its signatures (or choose another PDF).</source>
        <translation>Сформируйте протокол, чтобы напечатать его, открыть или проверить подписи (или выберите другой PDF).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a round first.</source>
        <translation>Сначала откройте файл этапа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No accepted sheet yet: import the experts&apos; sheet files.</source>
        <translation>Принятых листов пока нет: загрузите файлы листов экспертов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tie of %1 on a prize place needs the commission&apos;s written resolution.</source>
        <translation>Для равенства %1 на призовом месте нужно письменное решение комиссии.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tie on a prize place.</source>
        <translation>Равенства на призовых местах нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place %1: %2</source>
        <translation>%1-е место: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved: %1</source>
        <translation>Решено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided order: %1</source>
        <translation>Установленный порядок: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They share the place.</source>
        <translation>Делят место.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not resolved yet: the protocol waits for the resolution.</source>
        <translation>Ещё не решено: протокол ждёт решения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the resolution…</source>
        <translation>Изменить решение…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve…</source>
        <translation>Решить…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>At the university stage the commission determines the winners; nothing advances further.</source>
        <translation>На этапе университета комиссия определяет победителей; дальше ничего не проходит.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the department stage up to %1 entries advance to the faculty (regulation 9.5.1).</source>
        <translation>На этапе кафедры на факультет направляется до %1 курсов (положение 9.5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the faculty stage the best %1 advance to the university (regulation 9.5.2).</source>
        <translation>На этапе факультета %1 лучших курса направляются в университет (положение 9.5.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: %1 of %2.</source>
        <translation>Выбрано: %1 из %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested by the ranking: %1.</source>
        <translation>Предложение по рейтингу: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tie crosses the limit: resolve it before choosing.</source>
        <translation>Равенство приходится на границу: сначала разрешите его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: these are not the best ranked entries.</source>
        <translation>Внимание: это не лучшие по рейтингу курсы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exported round carries this commission over as a starting point: the organiser replaces it with the %1 commission.</source>
        <translation>В экспортированный файл эта комиссия переносится как отправная точка: организатор заменит её комиссией %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>faculty</source>
        <translation>факультета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>university</source>
        <translation>университета</translation>
    </message>
</context>
<context>
    <name>ExpertsModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="-159"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean total</source>
        <translation>Средняя сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>СО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spearman ρ</source>
        <translation>ρ Спирмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>differs from the panel</source>
        <translation>расходится с комиссией</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spearman&apos;s rank correlation between this expert&apos;s totals and the mean of the other experts&apos; totals; a low value asks for a look (regulation 14.1)</source>
        <translation>Ранговая корреляция Спирмена между суммами этого эксперта и средними суммами остальных экспертов; низкое значение требует внимания (положение 14.1)</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <location line="+99"/>
        <source>R</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no score</source>
        <translation>нет оценки</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location line="-296"/>
        <source>Rank</source>
        <translation>Место</translation>
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
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>СО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min–max</source>
        <translation>Мин.–макс.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total given by %1</source>
        <translation>Сумма баллов от %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of the experts&apos; totals (regulation 12.2)</source>
        <translation>Сумма баллов экспертов (положение 12.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* rescaled: mean of the other experts × panel size (a recusal); = tie; ! an expert&apos;s total far from the others&apos;</source>
        <translation>* пересчитано: среднее остальных экспертов × число экспертов (при самоотводе); = равенство; ! балл эксперта далёк от остальных</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>R</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rescaled: the mean of the remaining experts&apos; totals × the panel size</source>
        <translation>Пересчитано: средняя сумма остальных экспертов × число экспертов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place decided by the commission (the tie at place %1)</source>
        <translation>Место определено комиссией (равенство на %1-м месте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="+55"/>
        <source>Filter by title…</source>
        <translation>Фильтр по названию…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per criterion, over every score given</source>
        <translation>По критериям, по всем выставленным оценкам</translation>
    </message>
</context>
<context>
    <name>RobustnessModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+121"/>
        <source>Sum (official)</source>
        <translation>Сумма (официально)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trimmed mean</source>
        <translation>Усечённое среднее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>z-scores</source>
        <translation>z-оценки</translation>
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
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with paper</source>
        <translation>Сверено с бумагой</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>заменён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>revision %1; a newer revision of this expert is taken</source>
        <translation>редакция %1; принята более новая редакция этого эксперта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same sheet as %1</source>
        <translation>тот же лист, что %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a readable sheet file</source>
        <translation>не читаемый файл листа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not match (changed after signing, or not signed)</source>
        <translation>подпись не совпадает (изменён после подписи или не подписан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belongs to another round</source>
        <translation>относится к другому этапу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round file was edited after the expert scored it</source>
        <translation>файл этапа изменён после того, как эксперт выставил оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expert is not in this round&apos;s commission</source>
        <translation>эксперта нет в комиссии этого этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed with another key than the one pinned in the round</source>
        <translation>подписан не тем ключом, который закреплён в файле этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score is out of range</source>
        <translation>оценка вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet is incomplete</source>
        <translation>лист заполнен не полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores entries or criteria that are not in the round</source>
        <translation>оценены курсы или критерии, которых нет в этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different sheets with the same revision from one expert</source>
        <translation>разные листы одной редакции от одного эксперта</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key is the one pinned in the round.</source>
        <translation>Ключ совпадает с закреплённым в файле этапа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key is pinned for this expert: compare the fingerprint with the paper sheet.</source>
        <translation>Для этого эксперта ключ не закреплён: сверьте отпечаток с бумажным листом.</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="-124"/>
        <source>Import the experts&apos; sheet files (buttons above, or drop files and folders here). For each accepted sheet compare the verification code and the key fingerprint with the signed paper sheet, then tick «Compared with paper».</source>
        <translation>Загрузите файлы листов экспертов (кнопками выше или перетащив файлы и папки сюда). Для каждого принятого листа сверьте код проверки и отпечаток ключа с подписанным бумажным листом и отметьте «Сверено с бумагой».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>File digest (SHA-256): %1</source>
        <translation>Хеш файла (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <location filename="../../app/ui/chair/charts.py" line="-117"/>
        <source>Entries shown (best first):</source>
        <translation>Показано курсов (лучшие первыми):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each entry&apos;s totals from every expert</source>
        <translation>Суммарные баллы каждого курса от каждого эксперта</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expert&apos;s total</source>
        <translation>Сумма баллов эксперта</translation>
    </message>
</context>
<context>
    <name>SpreadPlot</name>
    <message>
        <location filename="../../app/ui/chair/spread_plot.py" line="+1"/>
        <source>Expert %1: %2</source>
        <translation>Эксперт %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: %1 of %2</source>
        <translation>Сумма баллов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <location filename="../../app/ui/chair/tie_dialog.py" line="+21"/>
        <source>Resolve the tie</source>
        <translation>Разрешение равенства</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These entries share place %1 with a result of %2. Write how the commission resolved it (for example the result of an open vote): it goes into the protocol.</source>
        <translation>Эти курсы делят %1-е место с результатом %2. Запишите, как комиссия разрешила равенство (например, итог открытого голосования): это войдёт в протокол.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first in the list takes the higher place.</source>
        <translation>Первый в списке занимает более высокое место.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They share the place (no order decided)</source>
        <translation>Делят место (порядок не определён)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Open vote of the commission: 5 for, 2 against; the first named takes the higher place.</source>
        <translation>например: Открытое голосование комиссии: 5 за, 2 против; первый названный курс занимает более высокое место.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Resolution (in the commission&apos;s words):</source>
        <translation>Решение (словами комиссии):</translation>
    </message>
</context>
</TS>
