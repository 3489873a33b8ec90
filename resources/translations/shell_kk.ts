<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/demo_round.py" line="+46"/>
        <source>Preparing the demo round</source>
        <translation>Демо-кезең дайындалуда</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The round opened last is no longer there: %1. The demo round is open instead: open yours with File → Open round…</source>
        <translation>Соңғы ашылған кезең енді жоқ: %1. Оның орнына демо-кезең ашылды: өз кезеңіңізді Файл → Кезеңді ашу… арқылы ашыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The round opened last did not open, so the demo round is open instead. Correct the round file, then open it with File → Open recent.</source>
        <translation>Соңғы ашылған кезең ашылмады, сондықтан оның орнына демо-кезең ашылды. Кезең файлын түзетіп, оны Файл → Соңғы ашылғандар арқылы ашыңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+116"/>
        <source>No rounds opened yet</source>
        <translation>Әзірге ешбір кезең ашылмаған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the list</source>
        <translation>Тізімді тазарту</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a round</source>
        <translation>Кезең файлын ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round files (*.round.json *.json);;All files (*)</source>
        <translation>Кезең файлдары (*.round.json *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/round_messages.py" line="+37"/>
        <source>This round file cannot be opened:</source>
        <translation>Бұл кезең файлын ашу мүмкін емес:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The round was not opened</source>
        <translation>Кезең ашылмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» is a video, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — бейне, кезең файлы емес: кезеңнің .round.json файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» is a sound recording, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — дыбыс жазбасы, кезең файлы емес: кезеңнің .round.json файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is a picture, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — сурет, кезең файлы емес: кезеңнің .round.json файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» is a PDF document, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — PDF құжаты, кезең файлы емес: кезеңнің .round.json файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» is an office document, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — кеңсе құжаты, кезең файлы емес: кезеңнің .round.json файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is an archive, not a round file: unpack it, then open the round&apos;s .round.json file.</source>
        <translation>«%1» — мұрағат, кезең файлы емес: оны тарқатып, кезеңнің .round.json файлын ашыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="+113"/>
        <source>(the same in %n more place(s))</source>
        <translation>
            <numerusform>(тағы %n жерде дәл осындай)</numerusform>
            <numerusform>(тағы %n жерде дәл осындай)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more problem(s): «Show all» lists them.</source>
        <translation>
            <numerusform>… тағы %n мәселе бар: «Барлығын көрсету» оларды тізіп береді.</numerusform>
            <numerusform>… тағы %n мәселе бар: «Барлығын көрсету» оларды тізіп береді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/round_messages.py" line="+15"/>
        <source>«%1» is an expert&apos;s sheet file (%2), not a round file.</source>
        <translation>«%1» — сарапшының бағалау парағының файлы (%2), кезең файлы емес.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open its round first (%1), then import the sheet on the chair&apos;s desk: Role → Chair → Import sheet files…</source>
        <translation>Алдымен оның кезеңін ашыңыз (%1), содан кейін парақты төрағаның жұмыс орнында жүктеңіз: Рөл → Төраға → Парақ файлдарын жүктеу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open its round file first (round id %1, the *.round.json the organiser sent), then import the sheet on the chair&apos;s desk: Role → Chair → Import sheet files…</source>
        <translation>Алдымен оның кезең файлын ашыңыз (кезең идентификаторы %1, ұйымдастырушы жіберген *.round.json файлы), содан кейін парақты төрағаның жұмыс орнында жүктеңіз: Рөл → Төраға → Парақ файлдарын жүктеу…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It belongs to another round (id %1), not to the open one (%2): open that round first.</source>
        <translation>Ол ашық тұрған кезеңге (%2) емес, басқа кезеңге (идентификаторы %1) тиесілі: алдымен сол кезеңді ашыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chair&apos;s desk is not available in this installation.</source>
        <translation>Бұл орнатылымда төрағаның жұмыс орны жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is imported on the chair&apos;s desk.</source>
        <translation>Ол төрағаның жұмыс орнына жүктелді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+96"/>
        <source>The round&apos;s media folder is missing: %1. Copy the «media» folder from the round&apos;s USB stick or shared drive next to the round file, then reload the round (F5). You can still score the courses and open their links.</source>
        <translation>Кезеңнің медиа қалтасы жоқ: %1. «media» қалтасын флешкадан немесе ортақ дискіден кезең файлының жанына көшіріп, кезеңді қайта жүктеңіз (F5). Курстарды бағалап, сілтемелерін аша беруге болады.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n video(s) of this round are missing from the round folder. Copy them next to the round file, then reload the round (F5); the player says which one is missing.</source>
        <translation>
            <numerusform>Кезең қалтасында осы кезеңнің %n бейнесі жоқ. Оларды кезең файлының жанына көшіріп, кезеңді қайта жүктеңіз (F5); қайсысы жоқ екенін ойнатқыш көрсетеді.</numerusform>
            <numerusform>Кезең қалтасында осы кезеңнің %n бейнесі жоқ. Оларды кезең файлының жанына көшіріп, кезеңді қайта жүктеңіз (F5); қайсысы жоқ екенін ойнатқыш көрсетеді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The %1 role is not available: %2</source>
        <translation>«%1» рөлі қолжетімсіз: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="+19"/>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Open round…</source>
        <translation>Кезеңді &amp;ашу…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы ашылғандар</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Re&amp;load the round</source>
        <translation>Кезеңді &amp;қайта жүктеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Full screen</source>
        <translation>Толық &amp;экран</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Role</source>
        <translation>&amp;Рөл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available in this installation</source>
        <translation>Бұл орнатылымда жоқ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;About Sarapshy</source>
        <translation>«Сарапшы» &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+25"/>
        <source>Open a round file: File → Open round…</source>
        <translation>Кезең файлын ашыңыз: Файл → Кезеңді ашу…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarapshy</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="+20"/>
        <source>none (video cannot be played)</source>
        <translation>жоқ (бейне ойнатылмайды)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sarapshy %1 — evaluation of MOOCs by an expert commission</source>
        <translation>Сарапшы %1 — ЖАОК-ты сараптама комиссиясының бағалауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video player: %1</source>
        <translation>Бейне ойнатқыш: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used: %1</source>
        <translation>Қолданылмады: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder: %1</source>
        <translation>Деректер қалтасы: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Sarapshy</source>
        <translation>«Сарапшы» туралы</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../app/ui/widgets/message_banner.py" line="+45"/>
        <source>Hide this message</source>
        <translation>Бұл хабарды жасыру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show less</source>
        <translation>Қысқаша көрсету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
</context>
</TS>
