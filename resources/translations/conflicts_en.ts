<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictReview</name>
    <message>
        <location filename="../../app/ui/expert/conflicts_dialog.py" line="+191"/>
        <source>Suggested conflicts of &amp;interest…</source>
        <translation>Suggested conflicts of &amp;interest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm or dismiss the conflicts of interest the round&apos;s data suggest</source>
        <translation>Confirm or dismiss the conflicts of interest the round&apos;s data suggest</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The round&apos;s data suggest no conflict of interest for you</source>
        <translation>The round&apos;s data suggest no conflict of interest for you</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Possible conflicts of interest</source>
        <translation>Possible conflicts of interest</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n answer(s) saved</source>
        <translation>
            <numerusform>%n answer(s) saved</numerusform>
            <numerusform>%n answer(s) saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n course(s) recused</source>
        <translation>
            <numerusform>%n course(s) recused</numerusform>
            <numerusform>%n course(s) recused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../app/ui/conflict_texts.py" line="+13"/>
        <source>your department is the course&apos;s department</source>
        <translation>your department is the course&apos;s department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your department is the course&apos;s faculty</source>
        <translation>your department is the course&apos;s faculty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are among the course&apos;s authors</source>
        <translation>you are among the course&apos;s authors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an author shares your surname (a soft hint only)</source>
        <translation>an author shares your surname (a soft hint only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same department as the course</source>
        <translation>same department as the course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the course&apos;s faculty</source>
        <translation>from the course&apos;s faculty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the course&apos;s authors</source>
        <translation>one of the course&apos;s authors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares a surname with an author (soft hint)</source>
        <translation>shares a surname with an author (soft hint)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed: recused</source>
        <translation>confirmed: recused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an answer to a suggested conflict of interest contradicts the sheet (a confirmed recusal with scores, or an unknown course)</source>
        <translation>an answer to a suggested conflict of interest contradicts the sheet (a confirmed recusal with scores, or an unknown course)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/ui/expert/conflicts_dialog.py" line="-92"/>
        <source>Possible conflicts of interest</source>
        <translation>Possible conflicts of interest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s data suggest that you may have a conflict of interest with the courses below (the same department or faculty, or you among the authors). For each one, confirm it — you will not score the course — or dismiss it and say why. A shared surname is only a soft hint. Your answers go into your signed sheet; the chair and the protocol show them.</source>
        <translation>The round&apos;s data suggest that you may have a conflict of interest with the courses below (the same department or faculty, or you among the authors). For each one, confirm it — you will not score the course — or dismiss it and say why. A shared surname is only a soft hint. Your answers go into your signed sheet; the chair and the protocol show them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save my answers</source>
        <translation>Save my answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer later</source>
        <translation>Answer later</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../app/ui/chair/conflicts_panel.py" line="+50"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested because</source>
        <translation>Suggested because</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>declared by the expert</source>
        <translation>declared by the expert</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location line="+50"/>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts of interest the round&apos;s data suggest (same department or faculty as the course, an expert among its authors, a shared surname as a soft hint) and every recusal. Highlighted: suggestions an expert dismissed — with the expert&apos;s reason — or did not answer; the commission weighs them. The protocol lists them all.</source>
        <translation>Conflicts of interest the round&apos;s data suggest (same department or faculty as the course, an expert among its authors, a shared surname as a soft hint) and every recusal. Highlighted: suggestions an expert dismissed — with the expert&apos;s reason — or did not answer; the commission weighs them. The protocol lists them all.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recused: %1 · dismissed: %2 · not answered: %3</source>
        <translation>Recused: %1 · dismissed: %2 · not answered: %3</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <location filename="../../app/ui/expert/conflicts_dialog.py" line="-80"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm: I recuse myself from this course</source>
        <translation>Confirm: I recuse myself from this course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: there is no conflict</source>
        <translation>Dismiss: there is no conflict</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A shared surname only: a reason is welcome, not required</source>
        <translation>A shared surname only: a reason is welcome, not required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is there no conflict? (required, goes into your signed sheet)</source>
        <translation>Why is there no conflict? (required, goes into your signed sheet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason for the recusal (optional: the grounds above are used when empty)</source>
        <translation>The reason for the recusal (optional: the grounds above are used when empty)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write why there is no conflict: a dismissal without a reason is not accepted.</source>
        <translation>Write why there is no conflict: a dismissal without a reason is not accepted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested conflict of interest confirmed: %1</source>
        <translation>Suggested conflict of interest confirmed: %1</translation>
    </message>
</context>
</TS>
