<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BoardCoursesModel</name>
        <message>
            <location filename="../../app/ui/chair/board_models.py" line="+48" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SD</source>
            <translation>SD</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Max − min</source>
            <translation>Max − min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Experts</source>
            <translation>Experts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The course's title</source>
            <translation>The course's title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sample standard deviation of the experts' totals</source>
            <translation>Sample standard deviation of the experts' totals</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The highest expert's total minus the lowest</source>
            <translation>The highest expert's total minus the lowest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Experts who scored the course</source>
            <translation>Experts who scored the course</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values outside the tolerance band (criterion scores and totals)</source>
            <translation>Values outside the tolerance band (criterion scores and totals)</translation>
        </message>
    </context>
    <context>
        <name>CourseLinesModel</name>
        <message>
            <location line="+65" />
            <source>C%1</source>
            <translation>C%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location line="+26" />
            <source>recused</source>
            <translation>recused</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Outside the band: differs from the median of the other experts by more than %1 points</source>
            <translation>Outside the band: differs from the median of the other experts by more than %1 points</translation>
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message>
            <location filename="../../app/ui/chair/board.py" line="+243" />
            <source>Letter to the authors: %1</source>
            <translation>Letter to the authors: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF pages cannot be shown here (QtPdf is missing).</source>
            <translation>PDF pages cannot be shown here (QtPdf is missing).</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanel</name>
        <message>
            <location line="-151" />
            <source>Meeting: disagreement and letters</source>
            <translation>Meeting: disagreement and letters</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview the letter to the authors…</source>
            <translation>Preview the letter to the authors…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The selected course's feedback letter, as the authors will read it</source>
            <translation>The selected course's feedback letter, as the authors will read it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the letters to the authors…</source>
            <translation>Write the letters to the authors…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One PDF per course: total, place, mean per criterion and the panel's comments, without expert names and without comments for the commission only</source>
            <translation>One PDF per course: total, place, mean per criterion and the panel's comments, without expert names and without comments for the commission only</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the winners extract for the rector…</source>
            <translation>Write the winners extract for the rector…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Courses are ordered by disagreement: the standard deviation of the experts' totals, then max − min. ⚑ marks a value outside the band: it differs from the median of the OTHER experts by more than T. A criterion score: T = %1 points (%2 % of the criterion's maximum; one step of the score descriptors). A total: T = %3 points (%4 % of the maximum). With fewer than 3 scoring experts nothing is marked; with 3–4 the median of the others is weak.</source>
            <translation>Courses are ordered by disagreement: the standard deviation of the experts' totals, then max − min. ⚑ marks a value outside the band: it differs from the median of the OTHER experts by more than T. A criterion score: T = %1 points (%2 % of the criterion's maximum; one step of the score descriptors). A total: T = %3 points (%4 % of the maximum). With fewer than 3 scoring experts nothing is marked; with 3–4 the median of the others is weak.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 experts scored this course: with fewer than 3 no outlier can be named, nothing is marked.</source>
            <translation>%1 experts scored this course: with fewer than 3 no outlier can be named, nothing is marked.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 experts scored this course: the median of the others rests on %2 people, so a mark only says “look here”, not “outlier”.</source>
            <translation>%1 experts scored this course: the median of the others rests on %2 people, so a mark only says “look here”, not “outlier”.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 experts scored this course.</source>
            <translation>%1 experts scored this course.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>This course has no result, so it gets no letter.</source>
            <translation>This course has no result, so it gets no letter.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Folder for the letters to the authors</source>
            <translation>Folder for the letters to the authors</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Writing the letters</source>
            <translation>Writing the letters</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 letters written to %2</source>
            <translation>%1 letters written to %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write the winners extract</source>
            <translation>Write the winners extract</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Writing the winners extract</source>
            <translation>Writing the winners extract</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
    </context>
</TS>
