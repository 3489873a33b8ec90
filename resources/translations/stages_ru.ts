<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>GatherPackages</name>
    <message>
        <location filename="../../app/ui/organiser/gather_dialog.py" line="+29"/>
        <source>department</source>
        <translation>кафедры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty</source>
        <translation>факультета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university</source>
        <translation>университета</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%2 (%1 stage)</source>
        <translation>%2 (этап %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for the %1 stage</source>
        <translation>для этапа %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package folder</source>
        <translation>Папка пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Кто направил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+101"/>
        <location line="+49"/>
        <source>Gather entries from lower-stage packages</source>
        <translation>Собрать курсы из пакетов предыдущего этапа</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Add the folder of each package a department (or a faculty) sent: the folder with package.json, the round file, the protocol extract and the videos. The courses of all packages go into one new round of the next stage; then set its commission as usual.</source>
        <translation>Добавьте папку каждого пакета, присланного кафедрой (или факультетом): в ней package.json, файл раунда, выписка из протокола и видео. Курсы всех пакетов собираются в один новый раунд следующего этапа; затем, как обычно, задайте его комиссию.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a package folder…</source>
        <translation>Добавить папку пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gather into a new round…</source>
        <translation>Собрать в новый раунд…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A package folder</source>
        <translation>Папка пакета</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new round file</source>
        <translation>Новый файл раунда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round files (*.round.json)</source>
        <translation>Файлы раундов (*.round.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 package(s) cannot be gathered (see State); they are left out.</source>
        <translation>Пакетов, которые нельзя собрать: %1 (см. «Состояние»); они не включаются.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 package(s), %2 course(s), for the %3 stage.</source>
        <translation>Пакетов: %1, курсов: %2, для этапа %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gathering the packages</source>
        <translation>Сбор пакетов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 round is written: %2 (%3 courses).</source>
        <translation>Раунд этапа %1 записан: %2 (курсов: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at these before the round goes to the experts:</source>
        <translation>Проверьте это до передачи раунда экспертам:</translation>
    </message>
    <message>
        <location filename="../../app/models/gather_texts.py" line="+16"/>
        <source>%1 and %2 look like the same course (same title and author)</source>
        <translation>%1 и %2 похожи на один и тот же курс (то же название и автор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 have the same course link</source>
        <translation>У %1 и %2 одинаковая ссылка на курс</translation>
    </message>
    <message>
        <location filename="../../app/ui/organiser/gather_dialog.py" line="+11"/>
        <source>Gather entries from lower-stage packages…</source>
        <translation>Собрать курсы из пакетов предыдущего этапа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One round of the next stage from the packages the departments or faculties sent (regulation 9.5)</source>
        <translation>Один раунд следующего этапа из пакетов, присланных кафедрами или факультетами (п. 9.5 Положения)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Now set the commission of this round (Commission tab).</source>
        <translation>Теперь задайте комиссию этого раунда (вкладка «Комиссия»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Protocol extract of the stage that sent it (9.5)</source>
        <translation>Выписка из протокола направившего этапа (9.5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: protocol No. %2, place %3</source>
        <translation>%1: протокол № %2, %3 место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 stage&apos;s extract or its record is missing or was changed</source>
        <translation>выписка этапа %1 или её запись отсутствует либо изменена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no protocol extract of the %1 stage</source>
        <translation>нет выписки из протокола этапа %1</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>ask the lower stage for its package again</source>
        <translation type="vanished">запросите пакет у предыдущего этапа ещё раз</translation>
    </message>
    <message>
        <source>department</source>
        <translation type="vanished">кафедры</translation>
    </message>
    <message>
        <source>faculty</source>
        <translation type="vanished">факультета</translation>
    </message>
    <message>
        <source>university</source>
        <translation type="vanished">университета</translation>
    </message>
    <message>
        <source>the university stage is the last one: nothing advances from it</source>
        <translation type="vanished">университетский этап — последний: с него ничего не направляется дальше</translation>
    </message>
    <message>
        <source>the decisions file&apos;s &apos;advancing&apos; is empty: no entry advances</source>
        <translation type="vanished">список &apos;advancing&apos; в файле решений пуст: ни один курс не проходит дальше</translation>
    </message>
    <message>
        <source>list the entries that advance, or leave &apos;advancing&apos; out to send the best %1</source>
        <translation type="vanished">перечислите проходящие курсы или уберите &apos;advancing&apos;, чтобы направить лучшие %1</translation>
    </message>
    <message>
        <source>at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</source>
        <translation type="vanished">с этапа %1 проходит не более %2 курсов (п. 9.5 Положения), выбрано %3</translation>
    </message>
    <message>
        <source>choose fewer entries</source>
        <translation type="vanished">выберите меньше курсов</translation>
    </message>
    <message>
        <source>no result for %1: an entry advances on the commission&apos;s scores</source>
        <translation type="vanished">нет результата для %1: курс проходит по баллам комиссии</translation>
    </message>
    <message>
        <source>choose entries the experts scored</source>
        <translation type="vanished">выберите курсы, оценённые экспертами</translation>
    </message>
    <message>
        <source>no entry has a result</source>
        <translation type="vanished">ни у одного курса нет результата</translation>
    </message>
    <message>
        <source>%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</source>
        <translation type="vanished">%1 делят %2 место на границе в %3 проходящих курса (п. 9.5 Положения)</translation>
    </message>
    <message>
        <source>tick the entries the commission chose by vote (in a decisions file: &quot;advancing&quot;: %4), or order the tie with a tie resolution</source>
        <translation type="vanished">отметьте курсы, выбранные комиссией голосованием (в файле решений: &quot;advancing&quot;: %4), или упорядочьте равенство решением</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation type="vanished">это файл, а не папка</translation>
    </message>
    <message>
        <source>choose an empty folder for the package</source>
        <translation type="vanished">выберите пустую папку для пакета</translation>
    </message>
    <message>
        <source>the folder is not empty: a package is written into an empty folder</source>
        <translation type="vanished">папка не пуста: пакет записывается в пустую папку</translation>
    </message>
    <message>
        <source>choose a new, empty folder (the package goes to the next stage as it is)</source>
        <translation type="vanished">выберите новую пустую папку (пакет уходит на следующий этап как есть)</translation>
    </message>
    <message>
        <source>the record of the lower stage&apos;s decision was changed after it was made (its content does not match the digest in its name)</source>
        <translation type="vanished">запись решения предыдущего этапа изменена после создания (содержимое не совпадает с дайджестом в имени)</translation>
    </message>
    <message>
        <source>the protocol extract of the %1 stage is missing or is not the one its record names</source>
        <translation type="vanished">выписка из протокола этапа %1 отсутствует или не та, что указана в записи</translation>
    </message>
    <message>
        <source>the package&apos;s stages do not fit (%1 → %2)</source>
        <translation type="vanished">этапы пакета не согласуются (%1 → %2)</translation>
    </message>
    <message>
        <source>the round file was changed after the package was made</source>
        <translation type="vanished">файл раунда изменён после создания пакета</translation>
    </message>
    <message>
        <source>the protocol extract was changed after the package was made</source>
        <translation type="vanished">выписка из протокола изменена после создания пакета</translation>
    </message>
    <message>
        <source>the manifest and the round file list different entries</source>
        <translation type="vanished">в манифесте и в файле раунда разные курсы</translation>
    </message>
    <message>
        <source>the entry %1 has no record of the stage that sent it</source>
        <translation type="vanished">у курса %1 нет записи направившего его этапа</translation>
    </message>
    <message>
        <source>no package was given</source>
        <translation type="vanished">не указан ни один пакет</translation>
    </message>
    <message>
        <source>more than %1 packages</source>
        <translation type="vanished">больше %1 пакетов</translation>
    </message>
    <message>
        <source>the file already exists: gathering writes a new round</source>
        <translation type="vanished">файл уже существует: сбор записывает новый раунд</translation>
    </message>
    <message>
        <source>choose a new file name (an existing round keeps its commission and sheets)</source>
        <translation type="vanished">выберите новое имя файла (существующий раунд сохраняет свою комиссию и листы)</translation>
    </message>
    <message>
        <source>this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</source>
        <translation type="vanished">этот пакет направлен с этапа %1 на этап %2; его нельзя включить в раунд %3</translation>
    </message>
    <message>
        <source>gather the packages of one stage into the round of the stage after it</source>
        <translation type="vanished">собирайте пакеты одного этапа в раунд следующего за ним этапа</translation>
    </message>
    <message>
        <source>the same stage&apos;s package is given twice (also %1)</source>
        <translation type="vanished">пакет одного этапа указан дважды (также %1)</translation>
    </message>
    <message>
        <source>give each package once</source>
        <translation type="vanished">укажите каждый пакет один раз</translation>
    </message>
    <message>
        <source>cannot copy the file (%1)</source>
        <translation type="vanished">не удаётся скопировать файл (%1)</translation>
    </message>
    <message>
        <source>choose a folder you may write to, with enough free space</source>
        <translation type="vanished">выберите папку с правом записи и достаточным свободным местом</translation>
    </message>
</context>
<context>
    <name>NextStagePackage</name>
    <message>
        <location filename="../../app/ui/chair/next_stage.py" line="+23"/>
        <source>Where to write the next-stage package</source>
        <translation>Куда записать пакет следующего этапа</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The next-stage package carries the protocol&apos;s extract: it can be written when the protocol can.</source>
        <translation>Пакет следующего этапа содержит выписку из протокола: его можно записать, когда можно составить протокол.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the next-stage package</source>
        <translation>Запись пакета следующего этапа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The next-stage package is written to %1: the round file, %2 entries with their files, and the protocol extract %3. Send the whole folder to the next stage.</source>
        <translation>Пакет следующего этапа записан в %1: файл раунда, %2 курса с их файлами и выписка из протокола %3. Передайте всю папку на следующий этап.</translation>
    </message>
</context>
</TS>
