<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CriterionRow</name>
        <message>
            <location filename="../../app/ui/expert/criterion_row.py" line="+86" />
            <source>Score %1 to %2: click, or type a digit (0 = 10); arrows step; Delete clears</source>
            <translation>Score %1 to %2: click, or type a digit (0 = 10); arrows step; Delete clears</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your overall impression of the course (several lines are welcome)</source>
            <translation>Your overall impression of the course (several lines are welcome)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comment: %1</source>
            <translation>Comment: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <location filename="../../app/ui/expert/details_panel.py" line="+64" />
            <source>Authors</source>
            <translation>Authors</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faculty</source>
            <translation>Faculty</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Course link</source>
            <translation>Course link</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Annotation</source>
            <translation>Annotation</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No web browser could be started for %1</source>
            <translation>No web browser could be started for %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The attachment %1 is not in the round folder: copy it there next to the round file.</source>
            <translation>The attachment %1 is not in the round folder: copy it there next to the round file.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No program could open %1</source>
            <translation>No program could open %1</translation>
        </message>
    </context>
    <context>
        <name>EntryTableModel</name>
        <message>
            <location filename="../../app/ui/expert/entry_model.py" line="+128" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scored</source>
            <translation>Scored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Watched</source>
            <translation>Watched</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Criteria scored of all criteria; ✓ done, ✎ changed since the last exported sheet</source>
            <translation>Criteria scored of all criteria; ✓ done, ✎ changed since the last exported sheet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much of the course's videos you have played</source>
            <translation>How much of the course's videos you have played</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Changed since the last exported sheet</source>
            <translation>Changed since the last exported sheet</translation>
        </message>
        <message>
            <location line="+68" />
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location line="-31" />
            <location line="+22" />
            <location line="+10" />
            <source>recused</source>
            <translation>recused</translation>
        </message>
    </context>
    <context>
        <name>ExpertChooser</name>
        <message>
            <location filename="../../app/ui/expert/chooser.py" line="+102" />
            <source>Back to my sheet</source>
            <translation>Back to my sheet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose your name in the commission list. The choice is remembered for this round; your sheet will be signed with this computer's key for you.</source>
            <translation>Choose your name in the commission list. The choice is remembered for this round; your sheet will be signed with this computer's key for you.</translation>
        </message>
    </context>
    <context>
        <name>ExpertComplianceModel</name>
        <message>
            <location filename="../../app/ui/expert/media_compliance.py" line="+71" />
            <source>– not checked</source>
            <translation>– not checked</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the video file is missing from this computer, so it was not checked</source>
            <translation>the video file is missing from this computer, so it was not checked</translation>
        </message>
    </context>
    <context>
        <name>ExpertPage</name>
        <message>
            <location filename="../../app/ui/expert/work_bar.py" line="+45" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All changes saved</source>
            <translation>All changes saved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not saved!</source>
            <translation>Not saved!</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/page.py" line="+358" />
            <source>A change could not be saved</source>
            <translation>A change could not be saved</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/chooser.py" line="+13" />
            <source>Who signs this sheet</source>
            <translation>Who signs this sheet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work and sign as %1?</source>
            <translation>Work and sign as %1?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your scores and your sheet will carry this name and this computer's key for it. Choose only your own name.</source>
            <translation>Your scores and your sheet will carry this name and this computer's key for it. Choose only your own name.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The sheet of %1 stays as it is; you will see and sign the sheet of %2 instead.</source>
            <translation>The sheet of %1 stays as it is; you will see and sign the sheet of %2 instead.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Yes, I am %1</source>
            <translation>Yes, I am %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/undo.py" line="+109" />
            <source>This course is recused: withdraw the recusal to change it</source>
            <translation>This course is recused: withdraw the recusal to change it</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/note_taking.py" line="+44" />
            <source>Notes are pinned to a video: play one of the course's videos first</source>
            <translation>Notes are pinned to a video: play one of the course's videos first</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Edit the note</source>
            <translation>Edit the note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note at %1</source>
            <translation>Note at %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/recusal.py" line="+93" />
            <location line="+26" />
            <source>Declare a conflict of interest</source>
            <translation>Declare a conflict of interest</translation>
        </message>
        <message>
            <location line="-25" />
            <source>You will not score «%1». Say briefly why (for example: I am a co-author of the course). The reason goes into your signed sheet.</source>
            <translation>You will not score «%1». Say briefly why (for example: I am a co-author of the course). The reason goes into your signed sheet.</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/handover.py" line="+111" />
            <source>The sheet was not exported</source>
            <translation>The sheet was not exported</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save the signed sheet</source>
            <translation>Save the signed sheet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sheet files (*.sheet.json);;All files (*)</source>
            <translation>Sheet files (*.sheet.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the sheet as PDF</source>
            <translation>Save the sheet as PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Finalise and export the sheet first</source>
            <translation>Finalise and export the sheet first</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet PDF cannot be made in this installation</source>
            <translation>The sheet PDF cannot be made in this installation</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Writing the sheet PDF</source>
            <translation>Writing the sheet PDF</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location line="+60" />
            <location line="+16" />
            <location line="+25" />
            <source>Export my public key</source>
            <translation>Export my public key</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Public key (*.json);;All files (*)</source>
            <translation>Public key (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Your public key is saved to %1.</source>
            <translation>Your public key is saved to %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fingerprint: %1
Give the file to the organiser, who pins it in the round. Read the fingerprint aloud or compare it on paper so that the organiser knows the file is yours.</source>
            <translation>Fingerprint: %1
Give the file to the organiser, who pins it in the round. Read the fingerprint aloud or compare it on paper so that the organiser knows the file is yours.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Public key exported; fingerprint %1</source>
            <translation>Public key exported; fingerprint %1</translation>
        </message>
        <message>
            <location line="-72" />
            <source>Not exported yet</source>
            <translation>Not exported yet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>⚠ Revision %1 (code %2) was made for an earlier version of the round file, so the chair will not accept it: export again</source>
            <translation>⚠ Revision %1 (code %2) was made for an earlier version of the round file, so the chair will not accept it: export again</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Revision %1 exported, code %2</source>
            <translation>Revision %1 exported, code %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/expert/page.py" line="+4" />
            <source>%n course(s) changed since: export again</source>
            <translation>
                <numerusform>%n course changed since: export again</numerusform>
                <numerusform>%n courses changed since: export again</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/details_panel.py" line="-79" />
            <source>Cannot open</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/page.py" line="+6" />
            <source>Open a round file to start: File → Open round…, or drag the file into this window.</source>
            <translation>Open a round file to start: File → Open round…, or drag the file into this window.</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/work_bar.py" line="+5" />
            <source>Expert:</source>
            <translation>Expert:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work as another member of the commission (asks first)</source>
            <translation>Work as another member of the commission (asks first)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finalise…</source>
            <translation>Finalise…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check what is missing, then sign and export your sheet (Ctrl+E)</source>
            <translation>Check what is missing, then sign and export your sheet (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/entry_list.py" line="+111" />
            <source>Find a course, an author, a faculty…</source>
            <translation>Find a course, an author, a faculty…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All courses</source>
            <translation>All courses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Still to score</source>
            <translation>Still to score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recused</source>
            <translation>Recused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed since export</source>
            <translation>Changed since export</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/page.py" line="+5" />
            <source>The round file has changed since you started scoring. Your sheet will be made for the new version: check your scores.</source>
            <translation>The round file has changed since you started scoring. Your sheet will be made for the new version: check your scores.</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/commands.py" line="+17" />
            <source>&amp;Finalise and export the sheet…</source>
            <translation>&amp;Finalise and export the sheet…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the sheet as &amp;PDF…</source>
            <translation>Save the sheet as &amp;PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a &amp;note at the current video time</source>
            <translation>Add a &amp;note at the current video time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ext course</source>
            <translation>N&amp;ext course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous course</source>
            <translation>&amp;Previous course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ind a course</source>
            <translation>F&amp;ind a course</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Undo the last score or comment change</source>
            <translation>&amp;Undo the last score or comment change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Declare a &amp;conflict of interest…</source>
            <translation>Declare a &amp;conflict of interest…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export my public &amp;key…</source>
            <translation>Export my public &amp;key…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save this computer's public key for you to a file; the organiser pins it in the round so that only sheets signed here are accepted</source>
            <translation>Save this computer's public key for you to a file; the organiser pins it in the round so that only sheets signed here are accepted</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/page.py" line="+17" />
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
    </context>
    <context>
        <name>ExportedDialog</name>
        <message>
            <location filename="../../app/ui/expert/finalise.py" line="+163" />
            <source>The sheet is signed and exported</source>
            <translation>The sheet is signed and exported</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revision %1 of your evaluation sheet was signed and written to:</source>
            <translation>Revision %1 of your evaluation sheet was signed and written to:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Verification code</source>
            <translation>Verification code</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The same code is printed on the sheet PDF beside your signature, so the chair can match the paper and the file. Hand the file to the chair.</source>
            <translation>The same code is printed on the sheet PDF beside your signature, so the chair can match the paper and the file. Hand the file to the chair.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save the sheet as PDF…</source>
            <translation>Save the sheet as PDF…</translation>
        </message>
    </context>
    <context>
        <name>FinaliseDialog</name>
        <message>
            <location line="-163" />
            <source>Finalise the evaluation sheet</source>
            <translation>Finalise the evaluation sheet</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Go to it</source>
            <translation>Go to it</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign and export the sheet…</source>
            <translation>Sign and export the sheet…</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>The sheet cannot be finalised yet: %n item(s) are missing. Every course must be scored on every criterion, or recused. Double-click an item to go to it.</source>
            <translation>
                <numerusform>The sheet cannot be finalised yet: %n item is missing. Every course must be scored on every criterion, or recused. Double-click an item to go to it.</numerusform>
                <numerusform>The sheet cannot be finalised yet: %n items are missing. Every course must be scored on every criterion, or recused. Double-click an item to go to it.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Every course is scored or recused. Revision %1 of your sheet will be signed with this computer's key (fingerprint %2) and written to a file for the chair.</source>
            <translation>Every course is scored or recused. Revision %1 of your sheet will be signed with this computer's key (fingerprint %2) and written to a file for the chair.</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n course(s) have something worth a second look (highlighted); double-click a course to go to it.</source>
            <translation>
                <numerusform>%n course(s) have something worth a second look (highlighted); double-click a course to go to it.</numerusform>
                <numerusform>%n course(s) have something worth a second look (highlighted); double-click a course to go to it.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>I have checked every total and warning above; sign the sheet as it is</source>
            <translation>I have checked every total and warning above; sign the sheet as it is</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose yourself in the commission list</source>
            <translation>Choose yourself in the commission list</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1. %2: neither scored nor recused</source>
            <translation>%1. %2: neither scored nor recused</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1. %2: criterion %3 «%4» is not scored</source>
            <translation>%1. %2: criterion %3 «%4» is not scored</translation>
        </message>
    </context>
    <context>
        <name>MediaComplianceLine</name>
        <message>
            <location filename="../../app/ui/expert/media_compliance.py" line="+70" />
            <location line="+137" />
            <source>Checking the videos against form -02…</source>
            <translation>Checking the videos against form -02…</translation>
        </message>
        <message>
            <location line="-107" />
            <source>Checking the videos against form -02… %1 of %2 files</source>
            <translation>Checking the videos against form -02… %1 of %2 files</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The videos could not be checked against form -02: %1</source>
            <translation>The videos could not be checked against form -02: %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Form -02: the videos are not checked yet</source>
            <translation>Form -02: the videos are not checked yet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Form -02: no video files to check</source>
            <translation>Form -02: no video files to check</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>not checked: %n video file(s) are missing from this computer</source>
            <translation>
                <numerusform>not checked: %n video file is missing from this computer</numerusform>
                <numerusform>not checked: %n video files are missing from this computer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Form -02 not checked: %n video file(s) are missing from this computer</source>
            <translation>
                <numerusform>Form -02 not checked: %n video file is missing from this computer</numerusform>
                <numerusform>Form -02 not checked: %n video files are missing from this computer</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Form -02: the %1 videos checked meet the rules</source>
            <translation>Form -02: the %1 videos checked meet the rules</translation>
        </message>
        <message>
            <location line="+4" />
            <source>✔ Form -02: all %1 videos meet the rules</source>
            <translation>✔ Form -02: all %1 videos meet the rules</translation>
        </message>
        <message>
            <location line="-15" />
            <source>✘ Form -02: %1 of %2 videos break a rule</source>
            <translation>✘ Form -02: %1 of %2 videos break a rule</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n course-wide rule(s) broken</source>
            <translation>
                <numerusform>%n course-wide rule(s) broken</numerusform>
                <numerusform>%n course-wide rule(s) broken</numerusform>
            </translation>
        </message>
        <message>
            <location line="+50" />
            <source>Hide the rules</source>
            <translation>Hide the rules</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show each rule of form -02</source>
            <translation>Show each rule of form -02</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../app/ui/expert/notes_model.py" line="+78" />
            <source>Click to play the video from %1</source>
            <translation>Click to play the video from %1</translation>
        </message>
    </context>
    <context>
        <name>PlayerArea</name>
        <message>
            <location filename="../../app/ui/expert/player_area.py" line="+54" />
            <source>The video player could not start: %1</source>
            <translation>The video player could not start: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The video player is not available in this installation. You can still score the courses and open their links.</source>
            <translation>The video player is not available in this installation. You can still score the courses and open their links.</translation>
        </message>
    </context>
    <context>
        <name>RecusalDialog</name>
        <message>
            <location filename="../../app/ui/expert/recusal.py" line="-52" />
            <source>Do not declare</source>
            <translation>Do not declare</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Write the reason: a recusal without one is not accepted.</source>
            <translation>Write the reason: a recusal without one is not accepted.</translation>
        </message>
    </context>
    <context>
        <name>ReviewTableModel</name>
        <message>
            <location filename="../../app/ui/expert/review_model.py" line="+43" />
            <source>№</source>
            <translation>№</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Watched</source>
            <translation>Watched</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To look at</source>
            <translation>To look at</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the «overall impression» comment is empty</source>
            <translation>the «overall impression» comment is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>less than %1% of the videos watched</source>
            <translation>less than %1% of the videos watched</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n video(s) break form -02</source>
            <translation>
                <numerusform>%n video(s) break form -02</numerusform>
                <numerusform>%n video(s) break form -02</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>recused: %1</source>
            <translation>recused: %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
    </context>
    <context>
        <name>SheetPanel</name>
        <message>
            <location filename="../../app/ui/expert/notes_box.py" line="+78" />
            <source>Note at %1 — type it and press Enter (Esc cancels)</source>
            <translation>Note at %1 — type it and press Enter (Esc cancels)</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Play from here</source>
            <translation>Play from here</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the note…</source>
            <translation>Edit the note…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the note</source>
            <translation>Delete the note</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add a note at %1</source>
            <translation>Add a note at %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a note (play a video first)</source>
            <translation>Add a note (play a video first)</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/sheet_panel.py" line="+281" />
            <source>recused</source>
            <translation>recused</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 of %2 criteria scored</source>
            <translation>%1 of %2 criteria scored</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a course in the list</source>
            <translation>Choose a course in the list</translation>
        </message>
        <message>
            <location line="+9" />
            <source>You declared a conflict of interest for this course; it is not scored by you. Reason: %1</source>
            <translation>You declared a conflict of interest for this course; it is not scored by you. Reason: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/notes_box.py" line="+6" />
            <source>Notes on the videos</source>
            <translation>Notes on the videos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/sheet_panel.py" line="+15" />
            <source>Declare a conflict of interest…</source>
            <translation>Declare a conflict of interest…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>If you are an author or otherwise interested in this course, you do not score it (regulation 14.1)</source>
            <translation>If you are an author or otherwise interested in this course, you do not score it (regulation 14.1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../app/ui/expert/notes_box.py" line="+1" />
            <source>Click a note to play the video from its time</source>
            <translation>Click a note to play the video from its time</translation>
        </message>
    </context>
</TS>
