<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>GatherPackages</name>
        <message>
            <location filename="../../app/ui/organiser/gather_dialog.py" line="+29" />
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
            <source>university</source>
            <translation>university</translation>
        </message>
        <message>
            <location line="+59" />
            <source>%2 (%1 stage)</source>
            <translation>%2 (%1 stage)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No. %1</source>
            <translation>No. %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>for the %1 stage</source>
            <translation>for the %1 stage</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Package folder</source>
            <translation>Package folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent by</source>
            <translation>Sent by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location line="+51" />
            <location line="+101" />
            <location line="+49" />
            <source>Gather entries from lower-stage packages</source>
            <translation>Gather entries from lower-stage packages</translation>
        </message>
        <message>
            <location line="-148" />
            <source>Add the folder of each package a department (or a faculty) sent: the folder with package.json, the round file, the protocol extract and the videos. The courses of all packages go into one new round of the next stage; then set its commission as usual.</source>
            <translation>Add the folder of each package a department (or a faculty) sent: the folder with package.json, the round file, the protocol extract and the videos. The courses of all packages go into one new round of the next stage; then set its commission as usual.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add a package folder…</source>
            <translation>Add a package folder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gather into a new round…</source>
            <translation>Gather into a new round…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A package folder</source>
            <translation>A package folder</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The new round file</source>
            <translation>The new round file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Round files (*.round.json)</source>
            <translation>Round files (*.round.json)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 package(s) cannot be gathered (see State); they are left out.</source>
            <translation>%1 package(s) cannot be gathered (see State); they are left out.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 package(s), %2 course(s), for the %3 stage.</source>
            <translation>%1 package(s), %2 course(s), for the %3 stage.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Gathering the packages</source>
            <translation>Gathering the packages</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The %1 round is written: %2 (%3 courses).</source>
            <translation>The %1 round is written: %2 (%3 courses).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Look at these before the round goes to the experts:</source>
            <translation>Look at these before the round goes to the experts:</translation>
        </message>
        <message>
            <location filename="../../app/models/gather_texts.py" line="+16" />
            <source>%1 and %2 look like the same course (same title and author)</source>
            <translation>%1 and %2 look like the same course (same title and author)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 and %2 have the same course link</source>
            <translation>%1 and %2 have the same course link</translation>
        </message>
        <message>
            <location filename="../../app/ui/organiser/gather_dialog.py" line="+11" />
            <source>Gather entries from lower-stage packages…</source>
            <translation>Gather entries from lower-stage packages…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One round of the next stage from the packages the departments or faculties sent (regulation 9.5)</source>
            <translation>One round of the next stage from the packages the departments or faculties sent (regulation 9.5)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Now set the commission of this round (Commission tab).</source>
            <translation>Now set the commission of this round (Commission tab).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Protocol extract of the stage that sent it (9.5)</source>
            <translation>Protocol extract of the stage that sent it (9.5)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: protocol No. %2, place %3</source>
            <translation>%1: protocol No. %2, place %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the %1 stage's extract or its record is missing or was changed</source>
            <translation>the %1 stage's extract or its record is missing or was changed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no protocol extract of the %1 stage</source>
            <translation>no protocol extract of the %1 stage</translation>
        </message>
    </context>
    <context>
        <name>InputError</name>
        <message>
            <source>ask the lower stage for its package again</source>
            <translation type="vanished">ask the lower stage for its package again</translation>
        </message>
        <message>
            <source>department</source>
            <translation type="vanished">department</translation>
        </message>
        <message>
            <source>faculty</source>
            <translation type="vanished">faculty</translation>
        </message>
        <message>
            <source>university</source>
            <translation type="vanished">university</translation>
        </message>
        <message>
            <source>the university stage is the last one: nothing advances from it</source>
            <translation type="vanished">the university stage is the last one: nothing advances from it</translation>
        </message>
        <message>
            <source>the decisions file's 'advancing' is empty: no entry advances</source>
            <translation type="vanished">the decisions file's 'advancing' is empty: no entry advances</translation>
        </message>
        <message>
            <source>list the entries that advance, or leave 'advancing' out to send the best %1</source>
            <translation type="vanished">list the entries that advance, or leave 'advancing' out to send the best %1</translation>
        </message>
        <message>
            <source>at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</source>
            <translation type="vanished">at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</translation>
        </message>
        <message>
            <source>choose fewer entries</source>
            <translation type="vanished">choose fewer entries</translation>
        </message>
        <message>
            <source>no result for %1: an entry advances on the commission's scores</source>
            <translation type="vanished">no result for %1: an entry advances on the commission's scores</translation>
        </message>
        <message>
            <source>choose entries the experts scored</source>
            <translation type="vanished">choose entries the experts scored</translation>
        </message>
        <message>
            <source>no entry has a result</source>
            <translation type="vanished">no entry has a result</translation>
        </message>
        <message>
            <source>%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</source>
            <translation type="vanished">%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</translation>
        </message>
        <message>
            <source>tick the entries the commission chose by vote (in a decisions file: "advancing": %4), or order the tie with a tie resolution</source>
            <translation type="vanished">tick the entries the commission chose by vote (in a decisions file: "advancing": %4), or order the tie with a tie resolution</translation>
        </message>
        <message>
            <source>this is a file, not a folder</source>
            <translation type="vanished">this is a file, not a folder</translation>
        </message>
        <message>
            <source>choose an empty folder for the package</source>
            <translation type="vanished">choose an empty folder for the package</translation>
        </message>
        <message>
            <source>the folder is not empty: a package is written into an empty folder</source>
            <translation type="vanished">the folder is not empty: a package is written into an empty folder</translation>
        </message>
        <message>
            <source>choose a new, empty folder (the package goes to the next stage as it is)</source>
            <translation type="vanished">choose a new, empty folder (the package goes to the next stage as it is)</translation>
        </message>
        <message>
            <source>the record of the lower stage's decision was changed after it was made (its content does not match the digest in its name)</source>
            <translation type="vanished">the record of the lower stage's decision was changed after it was made (its content does not match the digest in its name)</translation>
        </message>
        <message>
            <source>the protocol extract of the %1 stage is missing or is not the one its record names</source>
            <translation type="vanished">the protocol extract of the %1 stage is missing or is not the one its record names</translation>
        </message>
        <message>
            <source>the package's stages do not fit (%1 → %2)</source>
            <translation type="vanished">the package's stages do not fit (%1 → %2)</translation>
        </message>
        <message>
            <source>the round file was changed after the package was made</source>
            <translation type="vanished">the round file was changed after the package was made</translation>
        </message>
        <message>
            <source>the protocol extract was changed after the package was made</source>
            <translation type="vanished">the protocol extract was changed after the package was made</translation>
        </message>
        <message>
            <source>the manifest and the round file list different entries</source>
            <translation type="vanished">the manifest and the round file list different entries</translation>
        </message>
        <message>
            <source>the entry %1 has no record of the stage that sent it</source>
            <translation type="vanished">the entry %1 has no record of the stage that sent it</translation>
        </message>
        <message>
            <source>no package was given</source>
            <translation type="vanished">no package was given</translation>
        </message>
        <message>
            <source>more than %1 packages</source>
            <translation type="vanished">more than %1 packages</translation>
        </message>
        <message>
            <source>the file already exists: gathering writes a new round</source>
            <translation type="vanished">the file already exists: gathering writes a new round</translation>
        </message>
        <message>
            <source>choose a new file name (an existing round keeps its commission and sheets)</source>
            <translation type="vanished">choose a new file name (an existing round keeps its commission and sheets)</translation>
        </message>
        <message>
            <source>this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</source>
            <translation type="vanished">this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</translation>
        </message>
        <message>
            <source>gather the packages of one stage into the round of the stage after it</source>
            <translation type="vanished">gather the packages of one stage into the round of the stage after it</translation>
        </message>
        <message>
            <source>the same stage's package is given twice (also %1)</source>
            <translation type="vanished">the same stage's package is given twice (also %1)</translation>
        </message>
        <message>
            <source>give each package once</source>
            <translation type="vanished">give each package once</translation>
        </message>
        <message>
            <source>cannot copy the file (%1)</source>
            <translation type="vanished">cannot copy the file (%1)</translation>
        </message>
        <message>
            <source>choose a folder you may write to, with enough free space</source>
            <translation type="vanished">choose a folder you may write to, with enough free space</translation>
        </message>
    </context>
    <context>
        <name>NextStagePackage</name>
        <message>
            <location filename="../../app/ui/chair/next_stage.py" line="+23" />
            <source>Where to write the next-stage package</source>
            <translation>Where to write the next-stage package</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The next-stage package carries the protocol's extract: it can be written when the protocol can.</source>
            <translation>The next-stage package carries the protocol's extract: it can be written when the protocol can.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Writing the next-stage package</source>
            <translation>Writing the next-stage package</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The next-stage package is written to %1: the round file, %2 entries with their files, and the protocol extract %3. Send the whole folder to the next stage.</source>
            <translation>The next-stage package is written to %1: the round file, %2 entries with their files, and the protocol extract %3. Send the whole folder to the next stage.</translation>
        </message>
    </context>
</TS>
