<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../app/ui/chair/audit_view.py" line="+99" />
            <source>Audit log of the round</source>
            <translation>Audit log of the round</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print as a protocol annex (PDF)…</source>
            <translation>Print as a protocol annex (PDF)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The log's chain is BROKEN: it was changed outside the program.</source>
            <translation>The log's chain is BROKEN: it was changed outside the program.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The log's chain is intact: %1 records, each bound to the hash of the one before.</source>
            <translation>The log's chain is intact: %1 records, each bound to the hash of the one before.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <location line="-81" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
    </context>
    <context>
        <name>DecisionTexts</name>
        <message>
            <location filename="../../app/models/readiness_texts.py" line="+17" />
            <source>No accepted sheet yet: import the experts' sheet files.</source>
            <translation>No accepted sheet yet: import the experts' sheet files.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The tie of %2 on place %1 needs the commission's written resolution.</source>
            <translation>The tie of %2 on place %1 needs the commission's written resolution.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resolution of the tie %1 was made on the results %2; they are now %3. It is out of date: confirm it again or withdraw it.</source>
            <translation>The resolution of the tie %1 was made on the results %2; they are now %3. It is out of date: confirm it again or withdraw it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The place %2 recorded for %1 no longer fits its rank %3: withdraw it.</source>
            <translation>The place %2 recorded for %1 no longer fits its rank %3: withdraw it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The protocol has no number yet.</source>
            <translation>The protocol has no number yet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%2 (%1) has no accepted sheet: import it, mark the expert absent, or record that the sheet was not submitted.</source>
            <translation>%2 (%1) has no accepted sheet: import it, mark the expert absent, or record that the sheet was not submitted.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sheet %1 of %2 is not compared with its paper copy yet: tick «Compared with paper» on the Sheets tab, or record why not.</source>
            <translation>The sheet %1 of %2 is not compared with its paper copy yet: tick «Compared with paper» on the Sheets tab, or record why not.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet %1 of %2 is signed with another key than the expert's earlier sheet: decide on it on the Sheets tab first.</source>
            <translation>The sheet %1 of %2 is signed with another key than the expert's earlier sheet: decide on it on the Sheets tab first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The protocol states: the sheet of %2 (%1) was not received.</source>
            <translation>The protocol states: the sheet of %2 (%1) was not received.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The protocol states: the sheet of %2 (%1) was not compared with its paper copy (%4).</source>
            <translation>The protocol states: the sheet of %2 (%1) was not compared with its paper copy (%4).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The protocol states: the sheet of %2 (%1) is signed with a key that also signs another expert's sheet (%4).</source>
            <translation>The protocol states: the sheet of %2 (%1) is signed with a key that also signs another expert's sheet (%4).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The protocol states: the comparison with paper is not recorded.</source>
            <translation>The protocol states: the comparison with paper is not recorded.</translation>
        </message>
        <message>
            <location filename="../../app/ui/chair/decision_texts.py" line="+26" />
            <source>⚠ The protocol waits for %1 item(s) below.</source>
            <translation>⚠ The protocol waits for %1 item(s) below.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The protocol can be written; it will state %1 item(s) below.</source>
            <translation>The protocol can be written; it will state %1 item(s) below.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Out of date: decided on the results %1; they are now %2. Not applied.</source>
            <translation>Out of date: decided on the results %1; they are now %2. Not applied.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Confirm again</source>
            <translation>Confirm again</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Settle the selected item…</source>
            <translation>Settle the selected item…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resolve a tie, confirm or withdraw an out-of-date decision, record a sheet as not submitted or why it was not compared with paper (or double-click the item)</source>
            <translation>Resolve a tie, confirm or withdraw an out-of-date decision, record a sheet as not submitted or why it was not compared with paper (or double-click the item)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export the decisions…</source>
            <translation>Export the decisions…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import decisions…</source>
            <translation>Import decisions…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The decisions as a file (sarapshy-decisions/1) for «sarapshy merge --decisions», or read from such a file</source>
            <translation>The decisions as a file (sarapshy-decisions/1) for «sarapshy merge --decisions», or read from such a file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit log…</source>
            <translation>Audit log…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decisions files (*.json)</source>
            <translation>Decisions files (*.json)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The decisions are written: %1</source>
            <translation>The decisions are written: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The decisions of %1 are recorded (each one is in the audit log).</source>
            <translation>The decisions of %1 are recorded (each one is in the audit log).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record that %1 did not submit a sheet? The protocol will say so.</source>
            <translation>Record that %1 did not submit a sheet? The protocol will say so.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why is %1 not compared with its paper copy? The protocol prints this reason.</source>
            <translation>Why is %1 not compared with its paper copy? The protocol prints this reason.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Before the protocol</source>
            <translation>Before the protocol</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1&lt;br&gt;&lt;br&gt;Confirm the resolution on the current results, or withdraw it?</source>
            <translation>%1&lt;br&gt;&lt;br&gt;Confirm the resolution on the current results, or withdraw it?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the Sheets tab and decide on the sheet signed with another key.</source>
            <translation>Open the Sheets tab and decide on the sheet signed with another key.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open vote (optional):</source>
            <translation>Open vote (optional):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for</source>
            <translation>for</translation>
        </message>
        <message>
            <location line="+3" />
            <source>against</source>
            <translation>against</translation>
        </message>
        <message>
            <location line="+3" />
            <source>abstained</source>
            <translation>abstained</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vote: %1 for, %2 against, %3 abstained.</source>
            <translation>Vote: %1 for, %2 against, %3 abstained.</translation>
        </message>
    </context>
    <context>
        <name>InputError</name>
        <message>
            <source>the entry «%1» is not in the round</source>
            <translation type="vanished">the entry «%1» is not in the round</translation>
        </message>
        <message>
            <source>use the entry ids of the round file</source>
            <translation type="vanished">use the entry ids of the round file</translation>
        </message>
        <message>
            <source>the expert «%1» is not in the commission</source>
            <translation type="vanished">the expert «%1» is not in the commission</translation>
        </message>
        <message>
            <source>use the expert ids of the round file</source>
            <translation type="vanished">use the expert ids of the round file</translation>
        </message>
        <message>
            <source>an entry is named twice</source>
            <translation type="vanished">an entry is named twice</translation>
        </message>
        <message>
            <source>name each tied entry once, in the decided order</source>
            <translation type="vanished">name each tied entry once, in the decided order</translation>
        </message>
        <message>
            <source>an entry is in two tie resolutions</source>
            <translation type="vanished">an entry is in two tie resolutions</translation>
        </message>
        <message>
            <source>give one resolution per tie</source>
            <translation type="vanished">give one resolution per tie</translation>
        </message>
        <message>
            <source>a place must be 1 or more (found %1)</source>
            <translation type="vanished">a place must be 1 or more (found %1)</translation>
        </message>
    </context>
</TS>
