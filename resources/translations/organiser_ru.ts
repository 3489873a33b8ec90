<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdmissionPanel</name>
    <message>
        <location filename="../../app/ui/organiser/admission_view.py" line="+279"/>
        <source>No course selected.</source>
        <translation>Курс не выбран.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results file of an earlier competition</source>
        <translation>Файл результатов прежнего конкурса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results (*.json);;All files (*)</source>
        <translation>Результаты (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past results</source>
        <translation>Прежние результаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry of past winners: empty. Import the results files of earlier competitions (with their round files beside them) to apply rule 9.10.</source>
        <translation>Реестр прежних победителей пуст. Чтобы применить п. 9.10, импортируйте файлы результатов прежних конкурсов (с файлами этапов рядом).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry of past winners: %1 course(s) from %2.</source>
        <translation>Реестр прежних победителей: курсов — %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import past results…</source>
        <translation>Импорт прежних результатов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear my mark</source>
        <translation>Снять мою отметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the automatic judgement (or undecided) for the selected item</source>
        <translation>Вернуть автоматическую оценку (или «не решено») для выбранного пункта</translation>
    </message>
</context>
<context>
    <name>AdmissionSummaryModel</name>
    <message>
        <location line="-152"/>
        <source>admitted</source>
        <translation>допущен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not admitted</source>
        <translation>не допущен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admission</source>
        <translation>Допуск</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="+240"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or link</source>
        <translation>Файл или ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>AuthorsModel</name>
    <message>
        <location line="-32"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree, title</source>
        <translation>Учёная степень, звание</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../app/ui/organiser/admission_view.py" line="-102"/>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click to mark the item met or not met; an automatic item ticked by hand keeps your decision until you clear it.</source>
        <translation>Нажмите, чтобы отметить пункт выполненным или нет; автоматический пункт, отмеченный вручную, сохраняет ваше решение, пока вы его не снимете.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/organiser/mapping_dialog.py" line="+25"/>
        <source>Time of the answer</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors&apos; positions</source>
        <translation>Должности авторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors&apos; degrees</source>
        <translation>Учёные степени авторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo video link</source>
        <translation>Ссылка на промо-видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course title</source>
        <translation>Название курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author(s)</source>
        <translation>Автор(ы)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Import applications</source>
        <translation>Импорт заявок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1 — %2 responses. Check which question of the form holds each field; fields in bold are required.</source>
        <translation>Файл: %1 — ответов: %2. Проверьте, в каком вопросе формы находится каждое поле; поля, выделенные жирным, обязательны.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will be imported</source>
        <translation>Что будет импортировано</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the column of: %1.</source>
        <translation>Выберите столбец для: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 new course(s) will be added; %2 duplicate(s) are shown but not added; %3 row(s) are left out.</source>
        <translation>Будет добавлено новых курсов: %1; повторов (показаны, но не добавляются): %2; пропущено строк: %3.</translation>
    </message>
</context>
<context>
    <name>CommissionPanel</name>
    <message>
        <location filename="../../app/ui/organiser/round_forms.py" line="+291"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>Pin a key</source>
        <translation>Закрепить ключ</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Select an expert first.</source>
        <translation>Сначала выберите эксперта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expert&apos;s public key file</source>
        <translation>Файл открытого ключа эксперта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key (*.json);;All files (*)</source>
        <translation>Открытый ключ (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key file belongs to «%1», but the expert is «%2». Pin it anyway?</source>
        <translation>Файл ключа принадлежит «%1», а эксперт — «%2». Всё равно закрепить?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chair and secretary</source>
        <translation>Председатель и секретарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair (төраға)</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secretary (хатшы)</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add expert</source>
        <translation>Добавить эксперта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin key from file…</source>
        <translation>Закрепить ключ из файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin key</source>
        <translation>Открепить ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each expert exports a public key file from Sarapshy (Expert → Export my public key). A pinned key makes the chair accept only sheets signed on that expert&apos;s computer.</source>
        <translation>Каждый эксперт экспортирует файл открытого ключа из Sarapshy (Эксперт → Экспорт моего открытого ключа). Если ключ закреплён, председатель примет только листы, подписанные на компьютере этого эксперта.</translation>
    </message>
</context>
<context>
    <name>CompetitionForm</name>
    <message>
        <location line="-158"/>
        <source>Competition title</source>
        <translation>Название конкурса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage and meeting</source>
        <translation>Этап и заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulation</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage (9.5)</source>
        <translation>Уровень этапа (9.5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting date</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting place</source>
        <translation>Место заседания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prize places</source>
        <translation>Призовые места</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fixed</source>
        <translation>назначена</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../app/ui/organiser/compliance_view.py" line="+107"/>
        <source>the course</source>
        <translation>курс в целом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ meets</source>
        <translation>✔ соответствует</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ breaks</source>
        <translation>✘ нарушено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ℹ informative</source>
        <translation>ℹ для сведения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ℹ informative, met</source>
        <translation>ℹ для сведения, выполнено</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Informative: a norm of the Aktobe regulation, not an ATU rule; it does not count against the course.</source>
        <translation>Для сведения: норма положения Актобе, не правило АТУ; против курса не засчитывается.</translation>
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
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Требуется</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="-45"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Kazakh)</source>
        <translation>Название (казахский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Russian)</source>
        <translation>Название (русский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (English)</source>
        <translation>Название (английский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../app/ui/organiser/round_forms.py" line="+214"/>
        <source>The evaluation sheet of form Ү.ЖИЦДО-7.5.1-2025-01-03: seven criteria scored 1–10, the seventh with a written comment. Change them only for another regulation; double-click a cell to edit.</source>
        <translation>Оценочный лист формы Ү.ЖИЦДО-7.5.1-2025-01-03: семь критериев по 1–10 баллов, седьмой — с письменным комментарием. Меняйте их только для другого положения; для правки дважды щёлкните ячейку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore form -03</source>
        <translation>Вернуть форму -03</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="+13"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos</source>
        <translation>Видео</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../app/ui/organiser/entries_panel.py" line="+212"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 символов</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove course</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove «%1» from the round?</source>
        <translation>Удалить «%1» из этапа?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Videos of the course</source>
        <translation>Видео курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (%1);;All files (*)</source>
        <translation>Видео (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder with the course&apos;s videos</source>
        <translation>Папка с видео курса</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a folder</source>
        <translation>Добавить папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no video files in %1.</source>
        <translation>В папке %1 нет видеофайлов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Video link</source>
        <translation>Ссылка на видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the video (https://…):</source>
        <translation>Адрес видео (https://…):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.doc *.docx *.jpg *.png);;All files (*)</source>
        <translation>Документы (*.pdf *.doc *.docx *.jpg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add course</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Import applications (Google Forms)…</source>
        <translation>Импорт заявок (Google Forms)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter (form -01)</source>
        <translation>Сопроводительное письмо (форма -01)</translation>
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
        <translation>3. Название курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Short annotation</source>
        <translation>5. Краткая аннотация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6. Access link</source>
        <translation>6. Ссылка для доступа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. Authors</source>
        <translation>4. Сведения об авторах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add author</source>
        <translation>Добавить автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (in the order the experts will see them)</source>
        <translation>Видео (в порядке, в котором их увидят эксперты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add link…</source>
        <translation>Добавить ссылку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments (act of implementation, platform certificate)</source>
        <translation>Приложения (акт внедрения, справка о размещении)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add document…</source>
        <translation>Добавить документ…</translation>
    </message>
</context>
<context>
    <name>EntryComplianceWidget</name>
    <message>
        <location filename="../../app/ui/organiser/compliance_view.py" line="+91"/>
        <source>The videos have not been checked against form -02 yet.</source>
        <translation>Видео ещё не проверены на соответствие форме -02.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No video files to check for this course.</source>
        <translation>У этого курса нет видеофайлов для проверки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form -02: all %1 videos meet the technical rules.</source>
        <translation>Форма -02: все видео (%1) соответствуют техническим требованиям.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form -02: %1 of %2 videos break a rule; %3 course-wide rule(s) broken.</source>
        <translation>Форма -02: %1 из %2 видео нарушают правила; нарушено общих требований к курсу: %3.</translation>
    </message>
</context>
<context>
    <name>ExpertsModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="-35"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned key</source>
        <translation>Закреплённый ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not pinned</source>
        <translation>не закреплён</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../app/ui/organiser/mapping_dialog.py" line="-111"/>
        <source>new course</source>
        <translation>новый курс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate of row %1 (kept)</source>
        <translation>повтор строки %1 (сохраняется она)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in the round as %1</source>
        <translation>уже есть в этапе как %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: no %1</source>
        <translation>пропущено: нет поля «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>MediaCheckPanel</name>
    <message>
        <location filename="../../app/ui/organiser/compliance_view.py" line="+52"/>
        <source>Media check</source>
        <translation>Проверка видео</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the videos</source>
        <translation>Проверить видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe every video file of the round against form -02 (mp4, H.264, ≥ %1×%2, 16:9, filled frame, audio, stereo, length)</source>
        <translation>Проверить каждый видеофайл этапа по форме -02 (mp4, H.264, ≥ %1×%2, 16:9, заполненный кадр, звук, стерео, длительность)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only broken rules</source>
        <translation>Только нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ℹ Informative rows are norms of the Aktobe regulation (lecture %1–%2 min, ≥ %3 min of video per section): shown for information, not ATU rules.</source>
        <translation>ℹ Строки «для сведения» — нормы положения Актобе (лекция %1–%2 мин, ≥ %3 мин видео на раздел): показаны для информации, это не правила АТУ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not checked yet. The check reads every video file in the round folder (and files still to be copied) and keeps its measurements, so a second run is quick.</source>
        <translation>Ещё не проверено. Проверка читает каждый видеофайл в папке этапа (и ещё не скопированные) и запоминает измерения, поэтому повторный запуск быстрый.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 video files checked: %2 meet every rule, %3 break at least one; %4 course-wide rule(s) broken.</source>
        <translation>Проверено видеофайлов: %1; соответствуют всем правилам: %2, нарушают хотя бы одно: %3; нарушено общих требований к курсам: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Cancelled: only part of the files were checked.)</source>
        <translation>(Отменено: проверена только часть файлов.)</translation>
    </message>
</context>
<context>
    <name>MediaCheckRunner</name>
    <message>
        <location line="-141"/>
        <source>Checking the videos against form -02…</source>
        <translation>Проверка видео по форме -02…</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <location filename="../../app/ui/organiser/draft_models.py" line="+65"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or link</source>
        <translation>Файл или ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to copy</source>
        <translation>нужно скопировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the folder</source>
        <translation>в папке</translation>
    </message>
</context>
<context>
    <name>OrganiserPage</name>
    <message>
        <location filename="../../app/ui/organiser/editor.py" line="+120"/>
        <source>The unsaved round you were building has been restored.</source>
        <translation>Несохранённый этап, который вы создавали, восстановлен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved changes to this round have been restored from the draft.</source>
        <translation>Несохранённые изменения этого этапа восстановлены из черновика.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+142"/>
        <source>New round</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Save round</source>
        <translation>Сохранить этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save round as…</source>
        <translation>Сохранить этап как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import applications…</source>
        <translation>Импорт заявок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+280"/>
        <source>Check videos</source>
        <translation>Проверить видео</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Package for experts…</source>
        <translation>Собрать для экспертов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every video and document into media/&lt;course&gt;/ beside the round file, so the folder can go on a USB stick</source>
        <translation>Скопировать все видео и документы в media/&lt;курс&gt;/ рядом с файлом этапа, чтобы папку можно было записать на флешку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import past results…</source>
        <translation>Импорт прежних результатов…</translation>
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
        <translation>Критерии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media check (form -02)</source>
        <translation>Проверка видео (форма -02)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admission</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problems: none — the round can be saved</source>
        <translation>Проблем нет — этап можно сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing blocks saving; %1 thing(s) to note</source>
        <translation>Сохранению ничто не мешает; замечаний: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: %1 to fix before saving, %2 to note</source>
        <translation>Проблемы: исправить до сохранения — %1, замечаний — %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not saved yet</source>
        <translation>ещё не сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved changes</source>
        <translation>есть несохранённые изменения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This round has unsaved changes. They are kept as a draft and come back when you open the round again. Start a new round?</source>
        <translation>В этом этапе есть несохранённые изменения. Они хранятся как черновик и вернутся, когда вы снова откроете этап. Начать новый этап?</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+13"/>
        <source>Save the round</source>
        <translation>Сохранение этапа</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Round files (*.round.json);;All files (*)</source>
        <translation>Файлы этапа (*.round.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round saved: %1</source>
        <translation>Этап сохранён: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more (see Problems)</source>
        <translation>… и ещё %1 (см. «Проблемы»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round cannot be saved yet:</source>
        <translation>Этап пока нельзя сохранить:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the videos into the round folder…</source>
        <translation>Копирование видео в папку этапа…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 file(s) copied (%2 MB), %3 already in place.</source>
        <translation>Скопировано файлов: %1 (%2 МБ), уже на месте: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found, left as they were:</source>
        <translation>Не найдены, оставлены как были:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Package for experts</source>
        <translation>Сборка для экспертов</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Packaging cancelled: the round file is unchanged; copied files are kept and skipped next time.</source>
        <translation>Сборка отменена: файл этапа не изменён; скопированные файлы сохранены и в следующий раз будут пропущены.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Google Forms responses</source>
        <translation>Ответы Google Forms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses (*.csv *.xlsx);;All files (*)</source>
        <translation>Ответы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import applications</source>
        <translation>Импорт заявок</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 course(s) imported; %2 duplicate(s) not added.</source>
        <translation>Импортировано курсов: %1; повторов не добавлено: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix these first, then check the videos:</source>
        <translation>Сначала исправьте это, затем проверьте видео:</translation>
    </message>
</context>
<context>
    <name>OrganiserTexts</name>
    <message>
        <location filename="../../app/ui/organiser/texts.py" line="+13"/>
        <source>must be filled in</source>
        <translation>нужно заполнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add at least one expert</source>
        <translation>добавьте хотя бы одного эксперта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add at least one author</source>
        <translation>добавьте хотя бы одного автора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link must start with http:// or https://</source>
        <translation>ссылка должна начинаться с http:// или https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the maximum must be above the minimum (%1)</source>
        <translation>максимум должен быть больше минимума (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the short annotation has %1 characters; form -02 allows %2</source>
        <translation>в краткой аннотации %1 символов; форма -02 допускает %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round has no courses yet</source>
        <translation>в этапе пока нет курсов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no videos: the course will be judged from its link</source>
        <translation>нет видео: курс будут оценивать по ссылке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no promo video (form -02 requires one)</source>
        <translation>нет промо-видео (обязательно по форме -02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the round folder yet: press Package to copy it</source>
        <translation>%1 ещё не в папке этапа: нажмите «Собрать для экспертов», чтобы скопировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file %1 cannot be found</source>
        <translation>файл %1 не найден</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>degree</source>
        <translation>учёная степень</translation>
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
        <translation>краткая аннотация</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>videos</source>
        <translation>видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <translation>приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authors</source>
        <translation>авторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public key</source>
        <translation>открытый ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum</source>
        <translation>минимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>максимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts</source>
        <translation>эксперты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criteria</source>
        <translation>критерии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courses</source>
        <translation>курсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results</source>
        <translation>результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prize places</source>
        <translation>призовые места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>form %1</source>
        <translation>форма %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filled in %1 of %2 frames</source>
        <translation>заполнен в %1 из %2 кадров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>black bars (%1) in %2 of %3 frames</source>
        <translation>чёрные полосы (%1) в %2 из %3 кадров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 sampled frames are black</source>
        <translation>все %1 взятых кадров чёрные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no black bars</source>
        <translation>без чёрных полос</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>2 channels (stereo)</source>
        <translation>2 канала (стерео)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 channel (mono)</source>
        <translation>1 канал (моно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>каналов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silence</source>
        <translation>тишина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters (%2)</source>
        <translation>%1 символов (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–%1 characters</source>
        <translation>1–%1 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 1 promo video</source>
        <translation>не менее 1 промо-видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 link(s) not checked</source>
        <translation>не проверено ссылок: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video files in the round folder</source>
        <translation>видеофайлы в папке этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a readable video file</source>
        <translation>читаемый видеофайл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L−R %1 dB, correlation %2</source>
        <translation>Л−П %1 дБ, корреляция %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>|L−R| ≤ %1 dB, correlation ≥ %2</source>
        <translation>|Л−П| ≤ %1 дБ, корреляция ≥ %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Course %1</source>
        <translation>Курс %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert %1</source>
        <translation>Эксперт %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion %1</source>
        <translation>Критерий %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>author %1</source>
        <translation>автор %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video %1</source>
        <translation>видео %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attachment %1</source>
        <translation>приложение %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>promo</source>
        <translation>промо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lecture</source>
        <translation>лекция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>act of implementation</source>
        <translation>акт внедрения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform certificate</source>
        <translation>справка о размещении на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol extract</source>
        <translation>выписка из протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other document</source>
        <translation>другой документ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>department (stage 1)</source>
        <translation>кафедра (1-й этап)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty (stage 2)</source>
        <translation>факультет (2-й этап)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university (stage 3)</source>
        <translation>университет (3-й этап)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container mp4</source>
        <translation>Контейнер mp4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video codec H.264</source>
        <translation>Видеокодек H.264</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution at least %1×%2</source>
        <translation>Разрешение не менее %1×%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect ratio 16:9</source>
        <translation>Соотношение сторон 16:9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame filled, no black bars</source>
        <translation>Кадр заполнен, без чёрных полос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio codec AAC, AC3, OGG or MP3</source>
        <translation>Аудиокодек AAC, AC3, OGG или MP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True stereo</source>
        <translation>Настоящее стерео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice centred between channels</source>
        <translation>Голос по центру между каналами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length (promo ≤ %1 min, lecture ≤ %2 min)</source>
        <translation>Длительность (промо ≤ %1 мин, лекция ≤ %2 мин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File can be read</source>
        <translation>Файл читается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short annotation ≤ %1 characters</source>
        <translation>Краткая аннотация ≤ %1 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo video present</source>
        <translation>Есть промо-видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecture %1–%2 min (Aktobe norm)</source>
        <translation>Лекция %1–%2 мин (норма Актобе)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video per section ≥ %1 min (Aktobe norm)</source>
        <translation>Видео на раздел ≥ %1 мин (норма Актобе)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos given as links (not checked)</source>
        <translation>Видео, заданные ссылками (не проверяются)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover letter fields filled (form -01)</source>
        <translation>Поля сопроводительного письма заполнены (форма -01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short annotation up to %1 characters</source>
        <translation>Краткая аннотация до %1 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo video</source>
        <translation>Промо-видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos meet form -02</source>
        <translation>Видео соответствуют форме -02</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors have not won with this course (9.10)</source>
        <translation>Авторы не побеждали с этим курсом (9.10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work curriculum</source>
        <translation>Рабочая учебная программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum or chat</source>
        <translation>Форум или чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piloted with at least two cohorts</source>
        <translation>Апробирован минимум на двух потоках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of implementation</source>
        <translation>Акт внедрения в учебный процесс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate of placement on the platform</source>
        <translation>Справка о размещении на платформе</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all six fields filled</source>
        <translation>все шесть полей заполнены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: %1</source>
        <translation>не заполнено: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>%1 characters</source>
        <translation>%1 символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no promo video</source>
        <translation>нет промо-видео</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run the media check</source>
        <translation>запустите проверку видео</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no video files (links only)</source>
        <translation>нет видеофайлов (только ссылки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 videos break the rules</source>
        <translation>%1 из %2 видео нарушают правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 videos checked and compliant</source>
        <translation>%1 из %2 видео проверены и соответствуют</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>won place %1 in %2</source>
        <translation>занял %1-е место в %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not among past winners</source>
        <translation>нет среди прежних победителей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import past results to check</source>
        <translation>для проверки импортируйте прежние результаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached: %1</source>
        <translation>приложено: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to check</source>
        <translation>проверить</translation>
    </message>
</context>
</TS>
