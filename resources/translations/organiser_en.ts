<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AdmissionPanel</name>
        <message>
            <location filename="../../app/ui/organiser/admission_view.py" line="+279" />
            <source>No course selected.</source>
            <translation>No course selected.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Results file of an earlier competition</source>
            <translation>Results file of an earlier competition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results (*.json);;All files (*)</source>
            <translation>Results (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Past results</source>
            <translation>Past results</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Registry of past winners: empty. Import the results files of earlier competitions (with their round files beside them) to apply rule 9.10.</source>
            <translation>Registry of past winners: empty. Import the results files of earlier competitions (with their round files beside them) to apply rule 9.10.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Registry of past winners: %1 course(s) from %2.</source>
            <translation>Registry of past winners: %1 course(s) from %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import past results…</source>
            <translation>Import past results…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear my mark</source>
            <translation>Clear my mark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the automatic judgement (or undecided) for the selected item</source>
            <translation>Back to the automatic judgement (or undecided) for the selected item</translation>
        </message>
    </context>
    <context>
        <name>AdmissionSummaryModel</name>
        <message>
            <location line="-152" />
            <source>admitted</source>
            <translation>admitted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not admitted</source>
            <translation>not admitted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to check</source>
            <translation>to check</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Admission</source>
            <translation>Admission</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsModel</name>
        <message>
            <location filename="../../app/ui/organiser/draft_models.py" line="+240" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File or link</source>
            <translation>File or link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>AuthorsModel</name>
        <message>
            <location line="-32" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Degree, title</source>
            <translation>Degree, title</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <location filename="../../app/ui/organiser/admission_view.py" line="-102" />
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Click to mark the item met or not met; an automatic item ticked by hand keeps your decision until you clear it.</source>
            <translation>Click to mark the item met or not met; an automatic item ticked by hand keeps your decision until you clear it.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Requirement</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingDialog</name>
        <message>
            <location filename="../../app/ui/organiser/mapping_dialog.py" line="+25" />
            <source>Time of the answer</source>
            <translation>Time of the answer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authors' positions</source>
            <translation>Authors' positions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authors' degrees</source>
            <translation>Authors' degrees</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Promo video link</source>
            <translation>Promo video link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Course title</source>
            <translation>Course title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Author(s)</source>
            <translation>Author(s)</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Import applications</source>
            <translation>Import applications</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File: %1 — %2 responses. Check which question of the form holds each field; fields in bold are required.</source>
            <translation>File: %1 — %2 responses. Check which question of the form holds each field; fields in bold are required.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>— not imported —</source>
            <translation>— not imported —</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What will be imported</source>
            <translation>What will be imported</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose the column of: %1.</source>
            <translation>Choose the column of: %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 new course(s) will be added; %2 duplicate(s) are shown but not added; %3 row(s) are left out.</source>
            <translation>%1 new course(s) will be added; %2 duplicate(s) are shown but not added; %3 row(s) are left out.</translation>
        </message>
    </context>
    <context>
        <name>CommissionPanel</name>
        <message>
            <location filename="../../app/ui/organiser/round_forms.py" line="+291" />
            <location line="+12" />
            <location line="+4" />
            <source>Pin a key</source>
            <translation>Pin a key</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Select an expert first.</source>
            <translation>Select an expert first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The expert's public key file</source>
            <translation>The expert's public key file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public key (*.json);;All files (*)</source>
            <translation>Public key (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The key file belongs to «%1», but the expert is «%2». Pin it anyway?</source>
            <translation>The key file belongs to «%1», but the expert is «%2». Pin it anyway?</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Chair and secretary</source>
            <translation>Chair and secretary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chair (төраға)</source>
            <translation>Chair (төраға)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Secretary (хатшы)</source>
            <translation>Secretary (хатшы)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Experts</source>
            <translation>Experts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add expert</source>
            <translation>Add expert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pin key from file…</source>
            <translation>Pin key from file…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpin key</source>
            <translation>Unpin key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each expert exports a public key file from Sarapshy (Expert → Export my public key). A pinned key makes the chair accept only sheets signed on that expert's computer.</source>
            <translation>Each expert exports a public key file from Sarapshy (Expert → Export my public key). A pinned key makes the chair accept only sheets signed on that expert's computer.</translation>
        </message>
    </context>
    <context>
        <name>CompetitionForm</name>
        <message>
            <location line="-158" />
            <source>Competition title</source>
            <translation>Competition title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage and meeting</source>
            <translation>Stage and meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regulation</source>
            <translation>Regulation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stage (9.5)</source>
            <translation>Stage (9.5)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meeting date</source>
            <translation>Meeting date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prize places</source>
            <translation>Prize places</translation>
        </message>
        <message>
            <location line="+3" />
            <source>fixed</source>
            <translation>fixed</translation>
        </message>
    </context>
    <context>
        <name>ComplianceModel</name>
        <message>
            <location filename="../../app/ui/organiser/compliance_view.py" line="+107" />
            <source>the course</source>
            <translation>the course</translation>
        </message>
        <message>
            <location line="+6" />
            <source>✔ meets</source>
            <translation>✔ meets</translation>
        </message>
        <message>
            <location line="+0" />
            <source>✘ breaks</source>
            <translation>✘ breaks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ℹ informative</source>
            <translation>ℹ informative</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ℹ informative, met</source>
            <translation>ℹ informative, met</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Informative: a norm of the Aktobe regulation, not an ATU rule; it does not count against the course.</source>
            <translation>Informative: a norm of the Aktobe regulation, not an ATU rule; it does not count against the course.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
    </context>
    <context>
        <name>CriteriaModel</name>
        <message>
            <location filename="../../app/ui/organiser/draft_models.py" line="-45" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title (Kazakh)</source>
            <translation>Title (Kazakh)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title (Russian)</source>
            <translation>Title (Russian)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title (English)</source>
            <translation>Title (English)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max</source>
            <translation>Max</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>CriteriaPanel</name>
        <message>
            <location filename="../../app/ui/organiser/round_forms.py" line="+214" />
            <source>The evaluation sheet of form Ү.ЖИЦДО-7.5.1-2025-01-03: seven criteria scored 1–10, the seventh with a written comment. Change them only for another regulation; double-click a cell to edit.</source>
            <translation>The evaluation sheet of form Ү.ЖИЦДО-7.5.1-2025-01-03: seven criteria scored 1–10, the seventh with a written comment. Change them only for another regulation; double-click a cell to edit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add criterion</source>
            <translation>Add criterion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore form -03</source>
            <translation>Restore form -03</translation>
        </message>
    </context>
    <context>
        <name>EntriesModel</name>
        <message>
            <location filename="../../app/ui/organiser/draft_models.py" line="+13" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authors</source>
            <translation>Authors</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Videos</source>
            <translation>Videos</translation>
        </message>
    </context>
    <context>
        <name>EntriesPanel</name>
        <message>
            <location filename="../../app/ui/organiser/entries_panel.py" line="+212" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 characters</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Remove course</source>
            <translation>Remove course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove «%1» from the round?</source>
            <translation>Remove «%1» from the round?</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Videos of the course</source>
            <translation>Videos of the course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Videos (%1);;All files (*)</source>
            <translation>Videos (%1);;All files (*)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Folder with the course's videos</source>
            <translation>Folder with the course's videos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a folder</source>
            <translation>Add a folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There are no video files in %1.</source>
            <translation>There are no video files in %1.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Video link</source>
            <translation>Video link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address of the video (https://…):</source>
            <translation>Address of the video (https://…):</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents (*.pdf *.doc *.docx *.jpg *.png);;All files (*)</source>
            <translation>Documents (*.pdf *.doc *.docx *.jpg *.png);;All files (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add course</source>
            <translation>Add course</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <location line="+7" />
            <location line="+3" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Import applications (Google Forms)…</source>
            <translation>Import applications (Google Forms)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cover letter (form -01)</source>
            <translation>Cover letter (form -01)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1. Faculty</source>
            <translation>1. Faculty</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2. Department</source>
            <translation>2. Department</translation>
        </message>
        <message>
            <location line="+0" />
            <source>3. Course title</source>
            <translation>3. Course title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>5. Short annotation</source>
            <translation>5. Short annotation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>6. Access link</source>
            <translation>6. Access link</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+4" />
            <source>4. Authors</source>
            <translation>4. Authors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add author</source>
            <translation>Add author</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Videos (in the order the experts will see them)</source>
            <translation>Videos (in the order the experts will see them)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add folder…</source>
            <translation>Add folder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add link…</source>
            <translation>Add link…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attachments (act of implementation, platform certificate)</source>
            <translation>Attachments (act of implementation, platform certificate)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add document…</source>
            <translation>Add document…</translation>
        </message>
    </context>
    <context>
        <name>EntryComplianceWidget</name>
        <message>
            <location filename="../../app/ui/organiser/compliance_view.py" line="+91" />
            <source>The videos have not been checked against form -02 yet.</source>
            <translation>The videos have not been checked against form -02 yet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No video files to check for this course.</source>
            <translation>No video files to check for this course.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Form -02: all %1 videos meet the technical rules.</source>
            <translation>Form -02: all %1 videos meet the technical rules.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Form -02: %1 of %2 videos break a rule; %3 course-wide rule(s) broken.</source>
            <translation>Form -02: %1 of %2 videos break a rule; %3 course-wide rule(s) broken.</translation>
        </message>
    </context>
    <context>
        <name>ExpertsModel</name>
        <message>
            <location filename="../../app/ui/organiser/draft_models.py" line="-35" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pinned key</source>
            <translation>Pinned key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not pinned</source>
            <translation>not pinned</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../app/ui/organiser/mapping_dialog.py" line="-111" />
            <source>new course</source>
            <translation>new course</translation>
        </message>
        <message>
            <location line="+3" />
            <source>duplicate of row %1 (kept)</source>
            <translation>duplicate of row %1 (kept)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already in the round as %1</source>
            <translation>already in the round as %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>left out: no %1</source>
            <translation>left out: no %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
    </context>
    <context>
        <name>MediaCheckPanel</name>
        <message>
            <location filename="../../app/ui/organiser/compliance_view.py" line="+52" />
            <source>Media check</source>
            <translation>Media check</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Check the videos</source>
            <translation>Check the videos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Probe every video file of the round against form -02 (mp4, H.264, ≥ %1×%2, 16:9, filled frame, audio, stereo, length)</source>
            <translation>Probe every video file of the round against form -02 (mp4, H.264, ≥ %1×%2, 16:9, filled frame, audio, stereo, length)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only broken rules</source>
            <translation>Only broken rules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ℹ Informative rows are norms of the Aktobe regulation (lecture %1–%2 min, ≥ %3 min of video per section): shown for information, not ATU rules.</source>
            <translation>ℹ Informative rows are norms of the Aktobe regulation (lecture %1–%2 min, ≥ %3 min of video per section): shown for information, not ATU rules.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not checked yet. The check reads every video file in the round folder (and files still to be copied) and keeps its measurements, so a second run is quick.</source>
            <translation>Not checked yet. The check reads every video file in the round folder (and files still to be copied) and keeps its measurements, so a second run is quick.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 video files checked: %2 meet every rule, %3 break at least one; %4 course-wide rule(s) broken.</source>
            <translation>%1 video files checked: %2 meet every rule, %3 break at least one; %4 course-wide rule(s) broken.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(Cancelled: only part of the files were checked.)</source>
            <translation>(Cancelled: only part of the files were checked.)</translation>
        </message>
    </context>
    <context>
        <name>MediaCheckRunner</name>
        <message>
            <location line="-141" />
            <source>Checking the videos against form -02…</source>
            <translation>Checking the videos against form -02…</translation>
        </message>
    </context>
    <context>
        <name>MediaModel</name>
        <message>
            <location filename="../../app/ui/organiser/draft_models.py" line="+65" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File or link</source>
            <translation>File or link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location line="+19" />
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <location line="+4" />
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to copy</source>
            <translation>to copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in the folder</source>
            <translation>in the folder</translation>
        </message>
    </context>
    <context>
        <name>OrganiserPage</name>
        <message>
            <location filename="../../app/ui/organiser/editor.py" line="+120" />
            <source>The unsaved round you were building has been restored.</source>
            <translation>The unsaved round you were building has been restored.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unsaved changes to this round have been restored from the draft.</source>
            <translation>Unsaved changes to this round have been restored from the draft.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+142" />
            <source>New round</source>
            <translation>New round</translation>
        </message>
        <message>
            <location line="-141" />
            <source>Save round</source>
            <translation>Save round</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save round as…</source>
            <translation>Save round as…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import applications…</source>
            <translation>Import applications…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+280" />
            <source>Check videos</source>
            <translation>Check videos</translation>
        </message>
        <message>
            <location line="-279" />
            <source>Package for experts…</source>
            <translation>Package for experts…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy every video and document into media/&lt;course&gt;/ beside the round file, so the folder can go on a USB stick</source>
            <translation>Copy every video and document into media/&lt;course&gt;/ beside the round file, so the folder can go on a USB stick</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import past results…</source>
            <translation>Import past results…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Competition</source>
            <translation>Competition</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Commission</source>
            <translation>Commission</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Media check (form -02)</source>
            <translation>Media check (form -02)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Admission</source>
            <translation>Admission</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Problems: none — the round can be saved</source>
            <translation>Problems: none — the round can be saved</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing blocks saving; %1 thing(s) to note</source>
            <translation>Nothing blocks saving; %1 thing(s) to note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems: %1 to fix before saving, %2 to note</source>
            <translation>Problems: %1 to fix before saving, %2 to note</translation>
        </message>
        <message>
            <location line="+14" />
            <source>not saved yet</source>
            <translation>not saved yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unsaved changes</source>
            <translation>unsaved changes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>saved</source>
            <translation>saved</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This round has unsaved changes. They are kept as a draft and come back when you open the round again. Start a new round?</source>
            <translation>This round has unsaved changes. They are kept as a draft and come back when you open the round again. Start a new round?</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+15" />
            <location line="+13" />
            <source>Save the round</source>
            <translation>Save the round</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Round files (*.round.json);;All files (*)</source>
            <translation>Round files (*.round.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Round saved: %1</source>
            <translation>Round saved: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>… and %1 more (see Problems)</source>
            <translation>… and %1 more (see Problems)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The round cannot be saved yet:</source>
            <translation>The round cannot be saved yet:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Copying the videos into the round folder…</source>
            <translation>Copying the videos into the round folder…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 file(s) copied (%2 MB), %3 already in place.</source>
            <translation>%1 file(s) copied (%2 MB), %3 already in place.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not found, left as they were:</source>
            <translation>Not found, left as they were:</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+14" />
            <source>Package for experts</source>
            <translation>Package for experts</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Packaging cancelled: the round file is unchanged; copied files are kept and skipped next time.</source>
            <translation>Packaging cancelled: the round file is unchanged; copied files are kept and skipped next time.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Google Forms responses</source>
            <translation>Google Forms responses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Responses (*.csv *.xlsx);;All files (*)</source>
            <translation>Responses (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import applications</source>
            <translation>Import applications</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 course(s) imported; %2 duplicate(s) not added.</source>
            <translation>%1 course(s) imported; %2 duplicate(s) not added.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fix these first, then check the videos:</source>
            <translation>Fix these first, then check the videos:</translation>
        </message>
    </context>
    <context>
        <name>OrganiserTexts</name>
        <message>
            <location filename="../../app/ui/organiser/texts.py" line="+13" />
            <source>must be filled in</source>
            <translation>must be filled in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add at least one expert</source>
            <translation>add at least one expert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add at least one author</source>
            <translation>add at least one author</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the link must start with http:// or https://</source>
            <translation>the link must start with http:// or https://</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the maximum must be above the minimum (%1)</source>
            <translation>the maximum must be above the minimum (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the short annotation has %1 characters; form -02 allows %2</source>
            <translation>the short annotation has %1 characters; form -02 allows %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the round has no courses yet</source>
            <translation>the round has no courses yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no videos: the course will be judged from its link</source>
            <translation>no videos: the course will be judged from its link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no promo video (form -02 requires one)</source>
            <translation>no promo video (form -02 requires one)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not in the round folder yet: press Package to copy it</source>
            <translation>%1 is not in the round folder yet: press Package to copy it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file %1 cannot be found</source>
            <translation>the file %1 cannot be found</translation>
        </message>
        <message>
            <location line="+12" />
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>degree</source>
            <translation>degree</translation>
        </message>
        <message>
            <location line="+1" />
            <source>department</source>
            <translation>department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>faculty</source>
            <translation>faculty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>short annotation</source>
            <translation>short annotation</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <location line="-2" />
            <source>languages</source>
            <translation>languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>videos</source>
            <translation>videos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attachments</source>
            <translation>attachments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>authors</source>
            <translation>authors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public key</source>
            <translation>public key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>minimum</source>
            <translation>minimum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stage</source>
            <translation>stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chair</source>
            <translation>chair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>secretary</source>
            <translation>secretary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>experts</source>
            <translation>experts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>commission</source>
            <translation>commission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>criteria</source>
            <translation>criteria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>courses</source>
            <translation>courses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>results</source>
            <translation>results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prize places</source>
            <translation>prize places</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <location line="+10" />
            <source>form %1</source>
            <translation>form %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>filled in %1 of %2 frames</source>
            <translation>filled in %1 of %2 frames</translation>
        </message>
        <message>
            <location line="+1" />
            <source>black bars (%1) in %2 of %3 frames</source>
            <translation>black bars (%1) in %2 of %3 frames</translation>
        </message>
        <message>
            <location line="+1" />
            <source>all %1 sampled frames are black</source>
            <translation>all %1 sampled frames are black</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no black bars</source>
            <translation>no black bars</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>2 channels (stereo)</source>
            <translation>2 channels (stereo)</translation>
        </message>
        <message>
            <location line="-14" />
            <source>1 channel (mono)</source>
            <translation>1 channel (mono)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 channels</source>
            <translation>%1 channels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+1" />
            <source>silence</source>
            <translation>silence</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 characters (%2)</source>
            <translation>%1 characters (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1–%1 characters</source>
            <translation>1–%1 characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at least 1 promo video</source>
            <translation>at least 1 promo video</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 link(s) not checked</source>
            <translation>%1 link(s) not checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>video files in the round folder</source>
            <translation>video files in the round folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a readable video file</source>
            <translation>a readable video file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L−R %1 dB, correlation %2</source>
            <translation>L−R %1 dB, correlation %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>|L−R| ≤ %1 dB, correlation ≥ %2</source>
            <translation>|L−R| ≤ %1 dB, correlation ≥ %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Course %1</source>
            <translation>Course %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expert %1</source>
            <translation>Expert %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criterion %1</source>
            <translation>Criterion %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>author %1</source>
            <translation>author %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>video %1</source>
            <translation>video %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>attachment %1</source>
            <translation>attachment %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>promo</source>
            <translation>promo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>lecture</source>
            <translation>lecture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <location line="+4" />
            <source>act of implementation</source>
            <translation>act of implementation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>platform certificate</source>
            <translation>platform certificate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>protocol extract</source>
            <translation>protocol extract</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other document</source>
            <translation>other document</translation>
        </message>
        <message>
            <location line="+4" />
            <source>department (stage 1)</source>
            <translation>department (stage 1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>faculty (stage 2)</source>
            <translation>faculty (stage 2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>university (stage 3)</source>
            <translation>university (stage 3)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Container mp4</source>
            <translation>Container mp4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Video codec H.264</source>
            <translation>Video codec H.264</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution at least %1×%2</source>
            <translation>Resolution at least %1×%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aspect ratio 16:9</source>
            <translation>Aspect ratio 16:9</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Frame filled, no black bars</source>
            <translation>Frame filled, no black bars</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audio codec AAC, AC3, OGG or MP3</source>
            <translation>Audio codec AAC, AC3, OGG or MP3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>True stereo</source>
            <translation>True stereo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Voice centred between channels</source>
            <translation>Voice centred between channels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Length (promo ≤ %1 min, lecture ≤ %2 min)</source>
            <translation>Length (promo ≤ %1 min, lecture ≤ %2 min)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File can be read</source>
            <translation>File can be read</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short annotation ≤ %1 characters</source>
            <translation>Short annotation ≤ %1 characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Promo video present</source>
            <translation>Promo video present</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lecture %1–%2 min (Aktobe norm)</source>
            <translation>Lecture %1–%2 min (Aktobe norm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Video per section ≥ %1 min (Aktobe norm)</source>
            <translation>Video per section ≥ %1 min (Aktobe norm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Videos given as links (not checked)</source>
            <translation>Videos given as links (not checked)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cover letter fields filled (form -01)</source>
            <translation>Cover letter fields filled (form -01)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short annotation up to %1 characters</source>
            <translation>Short annotation up to %1 characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Promo video</source>
            <translation>Promo video</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Videos meet form -02</source>
            <translation>Videos meet form -02</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authors have not won with this course (9.10)</source>
            <translation>Authors have not won with this course (9.10)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work curriculum</source>
            <translation>Work curriculum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Glossary</source>
            <translation>Glossary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forum or chat</source>
            <translation>Forum or chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Piloted with at least two cohorts</source>
            <translation>Piloted with at least two cohorts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Act of implementation</source>
            <translation>Act of implementation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate of placement on the platform</source>
            <translation>Certificate of placement on the platform</translation>
        </message>
        <message>
            <location line="+8" />
            <source>all six fields filled</source>
            <translation>all six fields filled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missing: %1</source>
            <translation>missing: %1</translation>
        </message>
        <message>
            <location line="-114" />
            <location line="+116" />
            <source>%1 characters</source>
            <translation>%1 characters</translation>
        </message>
        <message>
            <location line="+2" />
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no promo video</source>
            <translation>no promo video</translation>
        </message>
        <message>
            <location line="+3" />
            <source>run the media check</source>
            <translation>run the media check</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no video files (links only)</source>
            <translation>no video files (links only)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 videos break the rules</source>
            <translation>%1 of %2 videos break the rules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2 videos checked and compliant</source>
            <translation>%1 of %2 videos checked and compliant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>won place %1 in %2</source>
            <translation>won place %1 in %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not among past winners</source>
            <translation>not among past winners</translation>
        </message>
        <message>
            <location line="+1" />
            <source>import past results to check</source>
            <translation>import past results to check</translation>
        </message>
        <message>
            <location line="+2" />
            <source>attached: %1</source>
            <translation>attached: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to check</source>
            <translation>to check</translation>
        </message>
    </context>
</TS>
