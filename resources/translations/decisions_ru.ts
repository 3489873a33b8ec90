<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/chair/audit_view.py" line="+99"/>
        <source>Audit log of the round</source>
        <translation>Журнал аудита раунда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print as a protocol annex (PDF)…</source>
        <translation>Напечатать как приложение к протоколу (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The log&apos;s chain is BROKEN: it was changed outside the program.</source>
        <translation>Цепочка журнала НАРУШЕНА: его изменили вне программы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log&apos;s chain is intact: %1 records, each bound to the hash of the one before.</source>
        <translation>Цепочка журнала цела: %1 записей, каждая связана с хешем предыдущей.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location line="-81"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
</context>
<context>
    <name>DecisionTexts</name>
    <message>
        <location filename="../../app/models/readiness_texts.py" line="+17"/>
        <source>No accepted sheet yet: import the experts&apos; sheet files.</source>
        <translation>Принятых листов пока нет: импортируйте файлы листов экспертов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tie of %2 on place %1 needs the commission&apos;s written resolution.</source>
        <translation>Равенство баллов %2 на %1 месте требует письменного решения комиссии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resolution of the tie %1 was made on the results %2; they are now %3. It is out of date: confirm it again or withdraw it.</source>
        <translation>Решение по равенству баллов %1 принято при результатах %2; теперь они %3. Решение устарело: подтвердите его заново или отмените.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The place %2 recorded for %1 no longer fits its rank %3: withdraw it.</source>
        <translation>Место %2, записанное для %1, не соответствует его текущему месту %3: отмените его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protocol has no number yet.</source>
        <translation>У протокола ещё нет номера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 (%1) has no accepted sheet: import it, mark the expert absent, or record that the sheet was not submitted.</source>
        <translation>У эксперта %2 (%1) нет принятого листа: импортируйте его, отметьте эксперта отсутствующим или запишите, что лист не сдан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 of %2 is not compared with its paper copy yet: tick «Compared with paper» on the Sheets tab, or record why not.</source>
        <translation>Лист %1 эксперта %2 ещё не сверен с бумажным экземпляром: отметьте «Сверено с бумагой» на вкладке «Листы» или запишите причину.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet %1 of %2 is signed with another key than the expert&apos;s earlier sheet: decide on it on the Sheets tab first.</source>
        <translation>Лист %1 эксперта %2 подписан другим ключом, чем его прежний лист: сначала примите решение на вкладке «Листы».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protocol states: the sheet of %2 (%1) was not received.</source>
        <translation>В протоколе будет указано: лист эксперта %2 (%1) не поступил.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protocol states: the sheet of %2 (%1) was not compared with its paper copy (%4).</source>
        <translation>В протоколе будет указано: лист эксперта %2 (%1) не сверен с бумажным экземпляром (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protocol states: the sheet of %2 (%1) is signed with a key that also signs another expert&apos;s sheet (%4).</source>
        <translation>В протоколе будет указано: лист эксперта %2 (%1) подписан ключом, которым подписан и лист другого эксперта (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The protocol states: the comparison with paper is not recorded.</source>
        <translation>В протоколе будет указано: сверка с бумагой не зафиксирована.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/decision_texts.py" line="+26"/>
        <source>⚠ The protocol waits for %1 item(s) below.</source>
        <translation>⚠ Протокол ждёт решения %1 вопрос(ов) ниже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol can be written; it will state %1 item(s) below.</source>
        <translation>Протокол можно составить; в нём будет указано %1 обстоятельств(о) ниже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of date: decided on the results %1; they are now %2. Not applied.</source>
        <translation>Устарело: решение принято при результатах %1; теперь они %2. Не применяется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm again</source>
        <translation>Подтвердить заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle the selected item…</source>
        <translation>Решить выбранный вопрос…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve a tie, confirm or withdraw an out-of-date decision, record a sheet as not submitted or why it was not compared with paper (or double-click the item)</source>
        <translation>Решить равенство баллов, подтвердить или отменить устаревшее решение, записать, что лист не сдан или почему он не сверен с бумагой (или дважды щёлкните строку)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the decisions…</source>
        <translation>Экспортировать решения…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import decisions…</source>
        <translation>Импортировать решения…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decisions as a file (sarapshy-decisions/1) for «sarapshy merge --decisions», or read from such a file</source>
        <translation>Решения в виде файла (sarapshy-decisions/1) для «sarapshy merge --decisions» или чтение из такого файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log…</source>
        <translation>Журнал аудита…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions files (*.json)</source>
        <translation>Файлы решений (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decisions are written: %1</source>
        <translation>Решения записаны: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decisions of %1 are recorded (each one is in the audit log).</source>
        <translation>Решения из %1 записаны (каждое — в журнале аудита).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that %1 did not submit a sheet? The protocol will say so.</source>
        <translation>Записать, что %1 не сдал(а) лист? Это будет указано в протоколе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is %1 not compared with its paper copy? The protocol prints this reason.</source>
        <translation>Почему %1 не сверен с бумажным экземпляром? Эта причина будет напечатана в протоколе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the protocol</source>
        <translation>Перед протоколом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&lt;br&gt;&lt;br&gt;Confirm the resolution on the current results, or withdraw it?</source>
        <translation>%1&lt;br&gt;&lt;br&gt;Подтвердить решение при текущих результатах или отменить его?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Sheets tab and decide on the sheet signed with another key.</source>
        <translation>Откройте вкладку «Листы» и примите решение по листу, подписанному другим ключом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open vote (optional):</source>
        <translation>Открытое голосование (необязательно):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abstained</source>
        <translation>воздержались</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vote: %1 for, %2 against, %3 abstained.</source>
        <translation>Голосование: «за» — %1, «против» — %2, «воздержались» — %3.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>the entry «%1» is not in the round</source>
        <translation type="vanished">работы «%1» нет в раунде</translation>
    </message>
    <message>
        <source>use the entry ids of the round file</source>
        <translation type="vanished">укажите коды работ из файла раунда</translation>
    </message>
    <message>
        <source>the expert «%1» is not in the commission</source>
        <translation type="vanished">эксперта «%1» нет в составе комиссии</translation>
    </message>
    <message>
        <source>use the expert ids of the round file</source>
        <translation type="vanished">укажите коды экспертов из файла раунда</translation>
    </message>
    <message>
        <source>an entry is named twice</source>
        <translation type="vanished">работа названа дважды</translation>
    </message>
    <message>
        <source>name each tied entry once, in the decided order</source>
        <translation type="vanished">назовите каждую работу с равными баллами один раз, в решённом порядке</translation>
    </message>
    <message>
        <source>an entry is in two tie resolutions</source>
        <translation type="vanished">работа входит в два решения по равенству баллов</translation>
    </message>
    <message>
        <source>give one resolution per tie</source>
        <translation type="vanished">дайте одно решение на каждое равенство баллов</translation>
    </message>
    <message>
        <source>a place must be 1 or more (found %1)</source>
        <translation type="vanished">место должно быть не меньше 1 (найдено: %1)</translation>
    </message>
</context>
</TS>
