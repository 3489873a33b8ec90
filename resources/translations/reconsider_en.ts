<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ReconsiderationActions</name>
        <message>
            <location filename="../../app/ui/expert/reconsideration_panel.py" line="+41" />
            <source>Open a reconsideration request…</source>
            <translation>Open a reconsideration request…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the chair's reconsideration request</source>
            <translation>Open the chair's reconsideration request</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reconsideration requests (*.json);;All files (*)</source>
            <translation>Reconsideration requests (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open the round and choose yourself in the commission list first, then open the request again.</source>
            <translation>Open the round and choose yourself in the commission list first, then open the request again.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The request refers to revision %1 of your sheet (code %2): choose that file</source>
            <translation>The request refers to revision %1 of your sheet (code %2): choose that file</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+12" />
            <source>Sheet files (*.sheet.json);;All files (*)</source>
            <translation>Sheet files (*.sheet.json);;All files (*)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Save the revised sheet</source>
            <translation>Save the revised sheet</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Reconsideration request</source>
            <translation>Reconsideration request</translation>
        </message>
    </context>
    <context>
        <name>ReconsiderationBar</name>
        <message>
            <location filename="../../app/ui/chair/reconsideration_marks.py" line="+55" />
            <source>Second round: scores marked for reconsideration</source>
            <translation>Second round: scores marked for reconsideration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the selected score for reconsideration…</source>
            <translation>Mark the selected score for reconsideration…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select an expert's criterion score above (a flagged one, usually) and write the question the expert should answer</source>
            <translation>Select an expert's criterion score above (a flagged one, usually) and write the question the expert should answer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove the mark</source>
            <translation>Remove the mark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the requests to the experts…</source>
            <translation>Export the requests to the experts…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One signed request file per expert with marked scores, to hand to the expert; the expert answers with a new revision of the sheet</source>
            <translation>One signed request file per expert with marked scores, to hand to the expert; the expert answers with a new revision of the sheet</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The question to the expert:</source>
            <translation>The question to the expert:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select an expert's criterion score on the board first.</source>
            <translation>Select an expert's criterion score on the board first.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 · %2 · %3: score %4</source>
            <translation>%1 · %2 · %3: score %4</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your score %1 is far from the other experts' scores. Please reconsider it: keep it or change it, and write why.</source>
            <translation>Your score %1 is far from the other experts' scores. Please reconsider it: keep it or change it, and write why.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Folder for the reconsideration requests</source>
            <translation>Folder for the reconsideration requests</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 request(s) written to %2: hand each to its expert.</source>
            <translation>%1 request(s) written to %2: hand each to its expert.</translation>
        </message>
    </context>
    <context>
        <name>ReconsiderationDialog</name>
        <message>
            <location filename="../../app/ui/expert/reconsideration_dialog.py" line="+207" />
            <source>Reconsideration requested by the chair</source>
            <translation>Reconsideration requested by the chair</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The chair %1 asks you to reconsider %n score(s) of your sheet (revision %2, code %3). For each one keep the score or change it; a changed score needs a written justification. Signing makes a new revision of the sheet; nothing else in it changes. The chair's key: %4.</source>
            <translation>
                <numerusform>The chair %1 asks you to reconsider %n score(s) of your sheet (revision %2, code %3). For each one keep the score or change it; a changed score needs a written justification. Signing makes a new revision of the sheet; nothing else in it changes. The chair's key: %4.</numerusform>
                <numerusform>The chair %1 asks you to reconsider %n score(s) of your sheet (revision %2, code %3). For each one keep the score or change it; a changed score needs a written justification. Signing makes a new revision of the sheet; nothing else in it changes. The chair's key: %4.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sign and export the revised sheet…</source>
            <translation>Sign and export the revised sheet…</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>Not signed: %n changed score(s) have no written justification. Write why the score changes, or put the score back.</source>
            <translation>
                <numerusform>Not signed: %n changed score(s) have no written justification. Write why the score changes, or put the score back.</numerusform>
                <numerusform>Not signed: %n changed score(s) have no written justification. Write why the score changes, or put the score back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReconsiderationModel</name>
        <message>
            <location line="-175" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your score</source>
            <translation>Your score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The chair's question</source>
            <translation>The chair's question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New score</source>
            <translation>New score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The same score keeps it; another one changes it and needs a justification</source>
            <translation>The same score keeps it; another one changes it and needs a justification</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A changed score needs a written justification</source>
            <translation>A changed score needs a written justification</translation>
        </message>
    </context>
    <context>
        <name>_Texts</name>
        <message>
            <location filename="../../app/ui/expert/reconsideration_panel.py" line="+21" />
            <source>«%1» is the chair's reconsideration request. Open its round file first (round id %2), choose yourself in the commission list, then open the request again.</source>
            <translation>«%1» is the chair's reconsideration request. Open its round file first (round id %2), choose yourself in the commission list, then open the request again.</translation>
        </message>
    </context>
</TS>
