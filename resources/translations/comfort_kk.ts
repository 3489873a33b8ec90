<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Comfort</name>
    <message>
        <location filename="../../app/ui/comfort.py" line="+192"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert&apos;s guide</source>
        <translation>Сарапшы нұсқаулығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chair&apos;s guide</source>
        <translation>Төраға нұсқаулығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser&apos;s guide</source>
        <translation>Ұйымдастырушы нұсқаулығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Қош келдіңіз…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Some settings take effect when the program is started again.</source>
        <translation>Кейбір баптаулар бағдарлама қайта іске қосылғанда күшіне енеді.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../app/ui/help_window.py" line="+26"/>
        <source>Give the score (0 is 10)</source>
        <translation>Баға қою (0 — бұл 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point less or more</source>
        <translation>Бір балл кем немесе артық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest or the highest score</source>
        <translation>Ең төменгі немесе ең жоғары баға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the score</source>
        <translation>Бағаны өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous field</source>
        <translation>Келесі немесе алдыңғы өріс</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Evaluation sheet</source>
        <translation>Бағалау парағы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Video player (when it has the focus)</source>
        <translation>Бейне ойнатқыш (фокус онда болғанда)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the button that has the focus; Alt with the underlined letter opens a menu.</source>
        <translation>Tab және Shift+Tab басқару элементтерінің арасында ауыстырады; Space немесе Enter фокустағы батырманы басады; Alt пен асты сызылған әріп мәзірді ашады.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sarapshy — help</source>
        <translation>«Сарапшы» — анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the program</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert&apos;s guide</source>
        <translation>Сарапшы нұсқаулығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s guide</source>
        <translation>Төраға нұсқаулығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser&apos;s and secretary&apos;s guide</source>
        <translation>Ұйымдастырушы мен хатшы нұсқаулығы</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help page</source>
        <translation>Анықтама беті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="+57"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of protocols and reports</source>
        <translation>Хаттамалар мен есептердің тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the chair&apos;s protocol and summary are written in unless chosen on the chair&apos;s desk.</source>
        <translation>Төраға бетінде басқа тіл таңдалмаса, хаттама мен жиынтық осы тілде жасалады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours</source>
        <translation>Түстер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Жүйе бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video engine</source>
        <translation>Бейне қозғалтқышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC plays almost every format; Qt&apos;s own player uses the system&apos;s codecs. Takes effect when the program is started again.</source>
        <translation>VLC барлық дерлік форматты ойната алады; Qt ойнатқышы жүйенің кодектерін пайдаланады. Бағдарлама қайта іске қосылғанда күшіне енеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (VLC if installed)</source>
        <translation>Автоматты (орнатылса, VLC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent rounds to remember</source>
        <translation>Есте сақталатын соңғы кезеңдер саны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the welcome screen at every start</source>
        <translation>Әр іске қосқанда сәлемдесу терезесін көрсету</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+146"/>
        <location line="+66"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+2"/>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable mode: keep the data in the «data» folder next to the program</source>
        <translation>Тасымалы режим: деректерді бағдарламаның жанындағы «data» қалтасында сақтау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder is set by the SARAPSHY_HOME environment variable, so portable mode has no effect here.</source>
        <translation>Деректер қалтасын SARAPSHY_HOME орта айнымалысы анықтайды, сондықтан мұнда тасымалы режим әсер етпейді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program&apos;s folder cannot be written to (%1), so portable mode cannot be switched here.</source>
        <translation>Бағдарлама қалтасына (%1) жазу мүмкін емес, сондықтан тасымалы режимді мұнда ауыстыру мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect when the program is started again. Your data are not moved: copy the folder shown above into %1 if you want to take them along.</source>
        <translation>Бағдарлама қайта іске қосылғанда күшіне енеді. Деректеріңіз көшірілмейді: оларды өзіңізбен бірге алғыңыз келсе, жоғарыда көрсетілген қалтаны %1 ішіне көшіріңіз.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Portable mode could not be switched: %1. Check that the program&apos;s folder can be written to.</source>
        <translation>Тасымалы режимді ауыстыру мүмкін болмады: %1. Бағдарлама қалтасына жазуға болатынын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+98"/>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Sarapshy</source>
        <translation>«Сарапшы» бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program for the commission that evaluates massive open online courses (MOOCs). It works without the Internet. Choose your role in the Role menu; the guide for each role is in Help (F1).</source>
        <translation>Жаппай ашық онлайн курстарды (ЖАОК) бағалайтын комиссияға арналған бағдарлама. Интернетсіз жұмыс істейді. Рөліңізді «Рөл» мәзірінен таңдаңыз; әр рөлдің нұсқаулығы «Анықтама» мәзірінде (F1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watches each course&apos;s videos and scores it on the evaluation sheet beside the player; every score is saved at once.
At the end signs and exports the sheet file for the chair and prints the sheet.</source>
        <translation>Әр курстың бейнелерін көріп, ойнатқыштың жанындағы бағалау парағында бағалайды; әр баға бірден сақталады.
Соңында парақ файлына қол қойып, оны төрағаға экспорттайды және парақты басып шығарады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports the experts&apos; signed sheets and sees at once which are valid, missing or changed.
Looks at the ranking, resolves ties and writes the protocol and the Excel summary.</source>
        <translation>Сарапшылардың қол қойылған парақтарын жүктеп, қайсысы жарамды, жоқ немесе өзгертілген екенін бірден көреді.
Рейтингті қарайды, тең нәтижелерді шешеді, хаттама мен Excel жиынтығын жасайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organiser or secretary</source>
        <translation>Ұйымдастырушы немесе хатшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds the round: the competition, the commission, the criteria and the courses with their videos.
Checks the videos and packages the round folder for the experts.</source>
        <translation>Кезеңді дайындайды: конкурс, комиссия, критерийлер және бейнелерімен бірге курстар.
Бейнелерді тексеріп, кезең қалтасын сарапшыларға жинақтайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try the demo round</source>
        <translation>Демо кезеңді көру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six sample courses and five experts, to try every role safely</source>
        <translation>Алты үлгі курс пен бес сарапшы — әр рөлді қауіпсіз байқап көру үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a round file…</source>
        <translation>Кезең файлын ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .round.json file you received from the organiser</source>
        <translation>Ұйымдастырушыдан алған .round.json файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new round</source>
        <translation>Жаңа кезең құру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the organiser or secretary</source>
        <translation>Ұйымдастырушы немесе хатшы үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this window at every start</source>
        <translation>Бұл терезені әр іске қосқанда көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
</TS>
