<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../app/ui/expert/criterion_row.py" line="+86"/>
        <source>Score %1 to %2: click, or type a digit (0 = 10); arrows step; Delete clears</source>
        <translation>Балл от %1 до %2: щёлкните или наберите цифру (0 = 10); стрелки меняют на один балл; Delete очищает</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your overall impression of the course (several lines are welcome)</source>
        <translation>Ваше общее впечатление о курсе (можно в несколько строк)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../app/ui/expert/details_panel.py" line="+64"/>
        <source>Authors</source>
        <translation>Авторы</translation>
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
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course link</source>
        <translation>Ссылка на курс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotation</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web browser could be started for %1</source>
        <translation>Не удалось запустить браузер для %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The attachment %1 is not in the round folder: copy it there next to the round file.</source>
        <translation>Приложения %1 нет в папке этапа: скопируйте его рядом с файлом этапа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No program could open %1</source>
        <translation>Не нашлось программы, чтобы открыть %1</translation>
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
        <translation>Оценено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watched</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criteria scored of all criteria; ✓ done, ✎ changed since the last exported sheet</source>
        <translation>Сколько критериев оценено из всех; ✓ готово, ✎ изменено после последнего экспорта листа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the course&apos;s videos you have played</source>
        <translation>Какую часть видео курса вы просмотрели</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed since the last exported sheet</source>
        <translation>Изменено после последнего экспорта листа</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готов</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+22"/>
        <location line="+10"/>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
</context>
<context>
    <name>ExpertChooser</name>
    <message>
        <location filename="../../app/ui/expert/chooser.py" line="+102"/>
        <source>Back to my sheet</source>
        <translation>Вернуться к моему листу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your name in the commission list. The choice is remembered for this round; your sheet will be signed with this computer&apos;s key for you.</source>
        <translation>Выберите своё имя в списке комиссии. Выбор запоминается для этого этапа; ваш оценочный лист будет подписан вашим ключом на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>ExpertComplianceModel</name>
    <message>
        <location filename="../../app/ui/expert/media_compliance.py" line="+71"/>
        <source>– not checked</source>
        <translation>– не проверено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the video file is missing from this computer, so it was not checked</source>
        <translation>видеофайла нет на этом компьютере, поэтому он не проверен</translation>
    </message>
</context>
<context>
    <name>ExpertPage</name>
    <message>
        <location filename="../../app/ui/expert/work_bar.py" line="+45"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved!</source>
        <translation>Не сохранено!</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+358"/>
        <source>A change could not be saved</source>
        <translation>Изменение не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/chooser.py" line="+13"/>
        <source>Who signs this sheet</source>
        <translation>Кто подписывает этот лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work and sign as %1?</source>
        <translation>Работать и подписывать как %1?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your scores and your sheet will carry this name and this computer&apos;s key for it. Choose only your own name.</source>
        <translation>Ваши оценки и лист будут подписаны этим именем и ключом этого компьютера для него. Выбирайте только своё имя.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sheet of %1 stays as it is; you will see and sign the sheet of %2 instead.</source>
        <translation>Лист %1 остаётся как есть; вместо него вы увидите и подпишете лист %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, I am %1</source>
        <translation>Да, я — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/undo.py" line="+109"/>
        <source>This course is recused: withdraw the recusal to change it</source>
        <translation>По этому курсу заявлен самоотвод: чтобы изменить оценки, отзовите самоотвод</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/note_taking.py" line="+44"/>
        <source>Notes are pinned to a video: play one of the course&apos;s videos first</source>
        <translation>Заметка привязывается к видео: сначала включите одно из видео курса</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit the note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note at %1</source>
        <translation>Заметка на %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/recusal.py" line="+93"/>
        <location line="+26"/>
        <source>Declare a conflict of interest</source>
        <translation>Заявить о конфликте интересов</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>You will not score «%1». Say briefly why (for example: I am a co-author of the course). The reason goes into your signed sheet.</source>
        <translation>Вы не будете оценивать «%1». Кратко укажите причину (например: я соавтор курса). Причина войдёт в ваш подписанный лист.</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/handover.py" line="+111"/>
        <source>The sheet was not exported</source>
        <translation>Лист не экспортирован</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the signed sheet</source>
        <translation>Сохранить подписанный лист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet files (*.sheet.json);;All files (*)</source>
        <translation>Файлы листов (*.sheet.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the sheet as PDF</source>
        <translation>Сохранить лист в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finalise and export the sheet first</source>
        <translation>Сначала завершите и экспортируйте лист</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet PDF cannot be made in this installation</source>
        <translation>В этой установке нельзя сделать PDF листа</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the sheet PDF</source>
        <translation>Запись PDF листа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+16"/>
        <location line="+25"/>
        <source>Export my public key</source>
        <translation>Экспорт моего открытого ключа</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Public key (*.json);;All files (*)</source>
        <translation>Открытый ключ (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your public key is saved to %1.</source>
        <translation>Ваш открытый ключ сохранён в файл %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1
Give the file to the organiser, who pins it in the round. Read the fingerprint aloud or compare it on paper so that the organiser knows the file is yours.</source>
        <translation>Отпечаток ключа: %1
Передайте файл организатору: он закрепит ключ в этапе. Зачитайте отпечаток вслух или сверьте его на бумаге, чтобы организатор знал, что файл ваш.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Public key exported; fingerprint %1</source>
        <translation>Открытый ключ экспортирован; отпечаток %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Not exported yet</source>
        <translation>Ещё не экспортирован</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Revision %1 (code %2) was made for an earlier version of the round file, so the chair will not accept it: export again</source>
        <translation>⚠ Редакция %1 (код %2) сделана для прежней версии файла раунда, и председатель её не примет: экспортируйте заново</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revision %1 exported, code %2</source>
        <translation>Редакция %1 экспортирована, код %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/expert/page.py" line="+4"/>
        <source>%n course(s) changed since: export again</source>
        <translation>
            <numerusform>с тех пор изменён %n курс: экспортируйте снова</numerusform>
            <numerusform>с тех пор изменено %n курса: экспортируйте снова</numerusform>
            <numerusform>с тех пор изменено %n курсов: экспортируйте снова</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/details_panel.py" line="-79"/>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+6"/>
        <source>Open a round file to start: File → Open round…, or drag the file into this window.</source>
        <translation>Чтобы начать, откройте файл этапа: Файл → Открыть этап… или перетащите файл в это окно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/work_bar.py" line="+5"/>
        <source>Expert:</source>
        <translation>Эксперт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Сменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work as another member of the commission (asks first)</source>
        <translation>Работать как другой член комиссии (сначала спросит)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check what is missing, then sign and export your sheet (Ctrl+E)</source>
        <translation>Проверьте, чего не хватает, затем подпишите и экспортируйте лист (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/entry_list.py" line="+111"/>
        <source>Find a course, an author, a faculty…</source>
        <translation>Найти курс, автора, факультет…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All courses</source>
        <translation>Все курсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to score</source>
        <translation>Ещё не оценены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готовые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recused</source>
        <translation>Самоотводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since export</source>
        <translation>Изменённые после экспорта</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+5"/>
        <source>The round file has changed since you started scoring. Your sheet will be made for the new version: check your scores.</source>
        <translation>Файл этапа изменился с тех пор, как вы начали оценивать. Лист будет составлен по новой версии: проверьте свои оценки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/commands.py" line="+17"/>
        <source>&amp;Finalise and export the sheet…</source>
        <translation>&amp;Завершить и экспортировать лист…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the sheet as &amp;PDF…</source>
        <translation>Сохранить лист в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note at the current video time</source>
        <translation>Добавить &amp;заметку на текущее время видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ext course</source>
        <translation>&amp;Следующий курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous course</source>
        <translation>&amp;Предыдущий курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ind a course</source>
        <translation>&amp;Найти курс</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo the last score or comment change</source>
        <translation>&amp;Отменить последнее изменение оценки или комментария</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Declare a &amp;conflict of interest…</source>
        <translation>Заявить о &amp;конфликте интересов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export my public &amp;key…</source>
        <translation>Экспорт моего открытого &amp;ключа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this computer&apos;s public key for you to a file; the organiser pins it in the round so that only sheets signed here are accepted</source>
        <translation>Сохранить в файл ваш открытый ключ с этого компьютера; организатор закрепит его в этапе, и будут приниматься только листы, подписанные здесь</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/page.py" line="+17"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <location filename="../../app/ui/expert/finalise.py" line="+163"/>
        <source>The sheet is signed and exported</source>
        <translation>Лист подписан и экспортирован</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 of your evaluation sheet was signed and written to:</source>
        <translation>Редакция %1 вашего оценочного листа подписана и записана в файл:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification code</source>
        <translation>Проверочный код</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same code is printed on the sheet PDF beside your signature, so the chair can match the paper and the file. Hand the file to the chair.</source>
        <translation>Этот же код печатается в PDF листа рядом с вашей подписью, чтобы председатель мог сверить бумагу и файл. Передайте файл председателю.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the sheet as PDF…</source>
        <translation>Сохранить лист в PDF…</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location line="-163"/>
        <source>Finalise the evaluation sheet</source>
        <translation>Завершение оценочного листа</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Go to it</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and export the sheet…</source>
        <translation>Подписать и экспортировать лист…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The sheet cannot be finalised yet: %n item(s) are missing. Every course must be scored on every criterion, or recused. Double-click an item to go to it.</source>
        <translation>
            <numerusform>Лист пока нельзя завершить: не хватает %n пункта. Каждый курс должен быть оценён по каждому критерию или взят самоотвод. Дважды щёлкните пункт, чтобы перейти к нему.</numerusform>
            <numerusform>Лист пока нельзя завершить: не хватает %n пунктов. Каждый курс должен быть оценён по каждому критерию или взят самоотвод. Дважды щёлкните пункт, чтобы перейти к нему.</numerusform>
            <numerusform>Лист пока нельзя завершить: не хватает %n пунктов. Каждый курс должен быть оценён по каждому критерию или взят самоотвод. Дважды щёлкните пункт, чтобы перейти к нему.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every course is scored or recused. Revision %1 of your sheet will be signed with this computer&apos;s key (fingerprint %2) and written to a file for the chair.</source>
        <translation>Все курсы оценены или по ним взят самоотвод. Редакция %1 вашего листа будет подписана ключом этого компьютера (отпечаток %2) и записана в файл для председателя.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n course(s) have something worth a second look (highlighted); double-click a course to go to it.</source>
        <translation>
            <numerusform>%n курс стоит просмотреть ещё раз (выделен); дважды щёлкните курс, чтобы перейти к нему.</numerusform>
            <numerusform>%n курса стоит просмотреть ещё раз (выделены); дважды щёлкните курс, чтобы перейти к нему.</numerusform>
            <numerusform>%n курсов стоит просмотреть ещё раз (выделены); дважды щёлкните курс, чтобы перейти к нему.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have checked every total and warning above; sign the sheet as it is</source>
        <translation>Я проверил(а) каждый итог и каждое предупреждение выше; подписать лист как есть</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose yourself in the commission list</source>
        <translation>Выберите себя в списке комиссии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2: neither scored nor recused</source>
        <translation>%1. %2: не оценён и нет самоотвода</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2: criterion %3 «%4» is not scored</source>
        <translation>%1. %2: критерий %3 «%4» не оценён</translation>
    </message>
</context>
<context>
    <name>MediaComplianceLine</name>
    <message>
        <location filename="../../app/ui/expert/media_compliance.py" line="+70"/>
        <location line="+137"/>
        <source>Checking the videos against form -02…</source>
        <translation>Проверка видео по форме -02…</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Checking the videos against form -02… %1 of %2 files</source>
        <translation>Проверка видео по форме -02… %1 из %2 файлов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The videos could not be checked against form -02: %1</source>
        <translation>Не удалось проверить видео по форме -02: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Form -02: the videos are not checked yet</source>
        <translation>Форма -02: видео ещё не проверены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form -02: no video files to check</source>
        <translation>Форма -02: нет видеофайлов для проверки</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not checked: %n video file(s) are missing from this computer</source>
        <translation>
            <numerusform>не проверено: %n видеофайла нет на этом компьютере</numerusform>
            <numerusform>не проверено: %n видеофайлов нет на этом компьютере</numerusform>
            <numerusform>не проверено: %n видеофайлов нет на этом компьютере</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Form -02 not checked: %n video file(s) are missing from this computer</source>
        <translation>
            <numerusform>Форма -02 не проверена: %n видеофайла нет на этом компьютере</numerusform>
            <numerusform>Форма -02 не проверена: %n видеофайлов нет на этом компьютере</numerusform>
            <numerusform>Форма -02 не проверена: %n видеофайлов нет на этом компьютере</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form -02: the %1 videos checked meet the rules</source>
        <translation>Форма -02: проверенные видео (%1) соответствуют требованиям</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Form -02: all %1 videos meet the rules</source>
        <translation>✔ Форма -02: все видео (%1) соответствуют требованиям</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>✘ Form -02: %1 of %2 videos break a rule</source>
        <translation>✘ Форма -02: видео с нарушениями — %1 из %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n course-wide rule(s) broken</source>
        <translation>
            <numerusform>нарушено %n требование к курсу в целом</numerusform>
            <numerusform>нарушено %n требования к курсу в целом</numerusform>
            <numerusform>нарушено %n требований к курсу в целом</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Hide the rules</source>
        <translation>Скрыть требования</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each rule of form -02</source>
        <translation>Показать каждое требование формы -02</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/ui/expert/notes_model.py" line="+78"/>
        <source>Click to play the video from %1</source>
        <translation>Щёлкните, чтобы воспроизвести видео с %1</translation>
    </message>
</context>
<context>
    <name>PlayerArea</name>
    <message>
        <location filename="../../app/ui/expert/player_area.py" line="+54"/>
        <source>The video player could not start: %1</source>
        <translation>Видеопроигрыватель не запустился: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video player is not available in this installation. You can still score the courses and open their links.</source>
        <translation>В этой установке нет видеопроигрывателя. Оценивать курсы и открывать их ссылки всё равно можно.</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../app/ui/expert/recusal.py" line="-52"/>
        <source>Do not declare</source>
        <translation>Не заявлять</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the reason: a recusal without one is not accepted.</source>
        <translation>Укажите причину: самоотвод без причины не принимается.</translation>
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
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watched</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To look at</source>
        <translation>Обратите внимание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the «overall impression» comment is empty</source>
        <translation>комментарий «Общее впечатление» пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than %1% of the videos watched</source>
        <translation>просмотрено меньше %1% видео</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n video(s) break form -02</source>
        <translation>
            <numerusform>%n видео нарушает форму -02</numerusform>
            <numerusform>%n видео нарушают форму -02</numerusform>
            <numerusform>%n видео нарушают форму -02</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recused: %1</source>
        <translation>самоотвод: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location filename="../../app/ui/expert/notes_box.py" line="+78"/>
        <source>Note at %1 — type it and press Enter (Esc cancels)</source>
        <translation>Заметка на %1 — наберите и нажмите Enter (Esc — отмена)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Play from here</source>
        <translation>Воспроизвести отсюда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a note at %1</source>
        <translation>Добавить заметку на %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note (play a video first)</source>
        <translation>Добавить заметку (сначала включите видео)</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/sheet_panel.py" line="+281"/>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 criteria scored</source>
        <translation>оценено критериев: %1 из %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a course in the list</source>
        <translation>Выберите курс в списке</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You declared a conflict of interest for this course; it is not scored by you. Reason: %1</source>
        <translation>Вы заявили о конфликте интересов по этому курсу и не оцениваете его. Причина: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/notes_box.py" line="+6"/>
        <source>Notes on the videos</source>
        <translation>Заметки к видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/sheet_panel.py" line="+15"/>
        <source>Declare a conflict of interest…</source>
        <translation>Заявить о конфликте интересов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are an author or otherwise interested in this course, you do not score it (regulation 14.1)</source>
        <translation>Если вы автор курса или иначе заинтересованы в нём, вы его не оцениваете (положение, 14.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../app/ui/expert/notes_box.py" line="+1"/>
        <source>Click a note to play the video from its time</source>
        <translation>Щёлкните заметку, чтобы воспроизвести видео с её момента</translation>
    </message>
</context>
</TS>
