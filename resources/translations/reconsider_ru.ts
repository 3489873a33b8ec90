<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ReconsiderationActions</name>
    <message>
        <location filename="../../app/ui/expert/reconsideration_panel.py" line="+41"/>
        <source>Open a reconsideration request…</source>
        <translation>Открыть запрос на пересмотр…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the chair&apos;s reconsideration request</source>
        <translation>Открыть запрос председателя на пересмотр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconsideration requests (*.json);;All files (*)</source>
        <translation>Запросы на пересмотр (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the round and choose yourself in the commission list first, then open the request again.</source>
        <translation>Сначала откройте раунд и выберите себя в списке комиссии, затем откройте запрос снова.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The request refers to revision %1 of your sheet (code %2): choose that file</source>
        <translation>Запрос относится к редакции %1 вашего листа (код %2): выберите этот файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Sheet files (*.sheet.json);;All files (*)</source>
        <translation>Файлы листов (*.sheet.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save the revised sheet</source>
        <translation>Сохранить пересмотренный лист</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reconsideration request</source>
        <translation>Запрос на пересмотр</translation>
    </message>
</context>
<context>
    <name>ReconsiderationBar</name>
    <message>
        <location filename="../../app/ui/chair/reconsideration_marks.py" line="+55"/>
        <source>Second round: scores marked for reconsideration</source>
        <translation>Второй тур: оценки, отмеченные для пересмотра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected score for reconsideration…</source>
        <translation>Отметить выбранную оценку для пересмотра…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an expert&apos;s criterion score above (a flagged one, usually) and write the question the expert should answer</source>
        <translation>Выберите выше оценку эксперта по критерию (обычно отмеченную ⚑) и напишите вопрос, на который эксперт должен ответить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the mark</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the requests to the experts…</source>
        <translation>Экспортировать запросы экспертам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One signed request file per expert with marked scores, to hand to the expert; the expert answers with a new revision of the sheet</source>
        <translation>Один подписанный файл запроса на каждого эксперта с отмеченными оценками, чтобы передать эксперту; эксперт отвечает новой редакцией листа</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The question to the expert:</source>
        <translation>Вопрос эксперту:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an expert&apos;s criterion score on the board first.</source>
        <translation>Сначала выберите на доске оценку эксперта по критерию.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3: score %4</source>
        <translation>%1 · %2 · %3: оценка %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your score %1 is far from the other experts&apos; scores. Please reconsider it: keep it or change it, and write why.</source>
        <translation>Ваша оценка %1 далека от оценок других экспертов. Пожалуйста, пересмотрите её: оставьте или измените и напишите почему.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Folder for the reconsideration requests</source>
        <translation>Папка для запросов на пересмотр</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 request(s) written to %2: hand each to its expert.</source>
        <translation>Запросов записано: %1, в %2: передайте каждый своему эксперту.</translation>
    </message>
</context>
<context>
    <name>ReconsiderationDialog</name>
    <message>
        <location filename="../../app/ui/expert/reconsideration_dialog.py" line="+207"/>
        <source>Reconsideration requested by the chair</source>
        <translation>Председатель просит пересмотреть оценки</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The chair %1 asks you to reconsider %n score(s) of your sheet (revision %2, code %3). For each one keep the score or change it; a changed score needs a written justification. Signing makes a new revision of the sheet; nothing else in it changes. The chair&apos;s key: %4.</source>
        <translation>
            <numerusform>Председатель %1 просит вас пересмотреть %n оценку вашего листа (редакция %2, код %3). Каждую оставьте или измените; изменённая оценка требует письменного обоснования. Подпись создаёт новую редакцию листа; больше в нём ничего не меняется. Ключ председателя: %4.</numerusform>
            <numerusform>Председатель %1 просит вас пересмотреть %n оценки вашего листа (редакция %2, код %3). Каждую оставьте или измените; изменённая оценка требует письменного обоснования. Подпись создаёт новую редакцию листа; больше в нём ничего не меняется. Ключ председателя: %4.</numerusform>
            <numerusform>Председатель %1 просит вас пересмотреть %n оценок вашего листа (редакция %2, код %3). Каждую оставьте или измените; изменённая оценка требует письменного обоснования. Подпись создаёт новую редакцию листа; больше в нём ничего не меняется. Ключ председателя: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign and export the revised sheet…</source>
        <translation>Подписать и экспортировать пересмотренный лист…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Not signed: %n changed score(s) have no written justification. Write why the score changes, or put the score back.</source>
        <translation>
            <numerusform>Не подписано: у %n изменённой оценки нет письменного обоснования. Напишите, почему оценка меняется, или верните прежнюю оценку.</numerusform>
            <numerusform>Не подписано: у %n изменённых оценок нет письменного обоснования. Напишите, почему оценка меняется, или верните прежнюю оценку.</numerusform>
            <numerusform>Не подписано: у %n изменённых оценок нет письменного обоснования. Напишите, почему оценка меняется, или верните прежнюю оценку.</numerusform>
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
        <translation>Ваша оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair&apos;s question</source>
        <translation>Вопрос председателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New score</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The same score keeps it; another one changes it and needs a justification</source>
        <translation>Та же оценка сохраняет её; другая меняет её и требует обоснования</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A changed score needs a written justification</source>
        <translation>Изменённая оценка требует письменного обоснования</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../app/ui/expert/reconsideration_panel.py" line="+21"/>
        <source>«%1» is the chair&apos;s reconsideration request. Open its round file first (round id %2), choose yourself in the commission list, then open the request again.</source>
        <translation>«%1» — запрос председателя на пересмотр. Сначала откройте файл его раунда (id раунда %2), выберите себя в списке комиссии, затем откройте запрос снова.</translation>
    </message>
</context>
</TS>
