<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>BoardCoursesModel</name>
    <message>
        <location filename="../../app/ui/chair/board_models.py" line="+48"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max − min</source>
        <translation>Макс − мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Experts</source>
        <translation>Сарапшылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The course&apos;s title</source>
        <translation>Курстың атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample standard deviation of the experts&apos; totals</source>
        <translation>Сарапшылардың жиынтық баллдарының таңдамалы стандартты ауытқуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest expert&apos;s total minus the lowest</source>
        <translation>Сарапшылардың ең жоғары жиынтық баллынан ең төменгісін алғандағы айырма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts who scored the course</source>
        <translation>Курсты бағалаған сарапшылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values outside the tolerance band (criterion scores and totals)</source>
        <translation>Рұқсат етілген ауқымнан тыс мәндер (критерий баллдары мен жиынтықтар)</translation>
    </message>
</context>
<context>
    <name>CourseLinesModel</name>
    <message>
        <location line="+65"/>
        <source>C%1</source>
        <translation>К%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>recused</source>
        <translation>бас тартты</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outside the band: differs from the median of the other experts by more than %1 points</source>
        <translation>Ауқымнан тыс: қалған сарапшылар медианасынан %1 балдан артық ерекшеленеді</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../app/ui/chair/board.py" line="+243"/>
        <source>Letter to the authors: %1</source>
        <translation>Авторларға хат: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF pages cannot be shown here (QtPdf is missing).</source>
        <translation>PDF беттерін мұнда көрсету мүмкін емес (QtPdf жоқ).</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location line="-151"/>
        <source>Meeting: disagreement and letters</source>
        <translation>Отырыс: келіспеушілік және хаттар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the letter to the authors…</source>
        <translation>Авторларға хатты алдын ала қарау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected course&apos;s feedback letter, as the authors will read it</source>
        <translation>Таңдалған курс бойынша кері байланыс хаты — авторлар оны осылай оқиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the letters to the authors…</source>
        <translation>Авторларға хаттарды жазу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF per course: total, place, mean per criterion and the panel&apos;s comments, without expert names and without comments for the commission only</source>
        <translation>Әр курсқа бір PDF: жиынтық балл, орын, критерийлер бойынша орташа балл және комиссияның пікірлері; сарапшылардың аты-жөнісіз және тек комиссияға арналған түсініктемелерсіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the winners extract for the rector…</source>
        <translation>Ректорға жеңімпаздар туралы үзіндіні жазу…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Courses are ordered by disagreement: the standard deviation of the experts&apos; totals, then max − min. ⚑ marks a value outside the band: it differs from the median of the OTHER experts by more than T. A criterion score: T = %1 points (%2 % of the criterion&apos;s maximum; one step of the score descriptors). A total: T = %3 points (%4 % of the maximum). With fewer than 3 scoring experts nothing is marked; with 3–4 the median of the others is weak.</source>
        <translation>Курстар келіспеушілік бойынша реттелген: алдымен сарапшылар жиынтық баллдарының стандартты ауытқуы, сосын макс − мин. ⚑ ауқымнан тыс мәнді белгілейді: ол ҚАЛҒАН сарапшылар мәндерінің медианасынан T-дан артық ерекшеленеді. Критерий баллы: T = %1 балл (критерий максимумының %2 %-ы; балл сипаттамаларының бір сатысы). Жиынтық: T = %3 балл (максимумның %4 %-ы). Бағалаған сарапшылар 3-тен аз болса, ештеңе белгіленбейді; 3–4 сарапшыда қалғандардың медианасы әлсіз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 experts scored this course: with fewer than 3 no outlier can be named, nothing is marked.</source>
        <translation>Бұл курсты %1 сарапшы бағалады: 3-тен аз болғанда ауытқуды анықтау мүмкін емес, ештеңе белгіленбейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 experts scored this course: the median of the others rests on %2 people, so a mark only says “look here”, not “outlier”.</source>
        <translation>Бұл курсты %1 сарапшы бағалады: қалғандардың медианасы %2 адамға ғана сүйенеді, сондықтан белгі «ауытқу» емес, тек «назар аударыңыз» дегенді білдіреді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 experts scored this course.</source>
        <translation>Бұл курсты %1 сарапшы бағалады.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This course has no result, so it gets no letter.</source>
        <translation>Бұл курстың нәтижесі жоқ, сондықтан оған хат жазылмайды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the letters to the authors</source>
        <translation>Авторларға хаттар қалтасы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the letters</source>
        <translation>Хаттар жазылуда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 letters written to %2</source>
        <translation>%2 қалтасына %1 хат жазылды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the winners extract</source>
        <translation>Жеңімпаздар туралы үзіндіні жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the winners extract</source>
        <translation>Үзінді жазылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
</context>
</TS>
