<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>PlayerEngines</name>
    <message>
        <location filename="../../app/ui/player/choice.py" line="+25"/>
        <source>VLC media player is not installed on this computer (or its library does not load)</source>
        <translation>VLC медиа ойнатқышы бұл компьютерде орнатылмаған (немесе оның кітапханасы жүктелмейді)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VLC media player is installed but does not start</source>
        <translation>VLC медиа ойнатқышы орнатылған, бірақ іске қосылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC media player cannot show video in the windows of this desktop</source>
        <translation>VLC медиа ойнатқышы бұл жұмыс үстелінің терезелерінде бейне көрсете алмайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VLC media player does not start</source>
        <translation>VLC медиа ойнатқышы іске қосылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in player (QtMultimedia) is missing from this installation</source>
        <translation>кірістірілген ойнатқыш (QtMultimedia) осы орнатылымда жоқ</translation>
    </message>
</context>
<context>
    <name>PlayerShortcuts</name>
    <message>
        <location filename="../../app/ui/player/shortcuts.py" line="+25"/>
        <source>Play or pause</source>
        <translation>Ойнату немесе кідірту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds</source>
        <translation>10 секунд артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds</source>
        <translation>10 секунд алға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the beginning</source>
        <translation>Басына өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower</source>
        <translation>Баяуырақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster</source>
        <translation>Жылдамырақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Қалыпты жылдамдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Louder</source>
        <translation>Қаттырақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quieter</source>
        <translation>Ақырынырақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound off or on</source>
        <translation>Дыбысты өшіру немесе қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (Esc leaves it)</source>
        <translation>Толық экран (Esc — шығу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous video</source>
        <translation>Алдыңғы бейне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next video</source>
        <translation>Келесі бейне</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../../app/ui/player/controls.py" line="+141"/>
        <source>Previous video (PgUp)</source>
        <translation>Алдыңғы бейне (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Space)</source>
        <translation>Ойнату немесе кідірту (бос орын пернесі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next video (PgDown)</source>
        <translation>Келесі бейне (PgDown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>10 секунд артқа (солға көрсеткі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>10 секунд алға (оңға көрсеткі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Ойнату жылдамдығы ([ — баяуырақ, ] — жылдамырақ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound off or on (M)</source>
        <translation>Дыбысты өшіру немесе қосу (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume (Up and Down arrows)</source>
        <translation>Дыбыс деңгейі (жоғары және төмен көрсеткілер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F; Esc leaves it)</source>
        <translation>Толық экран (F; Esc — шығу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the video: click or drag</source>
        <translation>Бейнедегі орын: басыңыз немесе сүйреңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>10 s</source>
        <translation>10 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds</source>
        <translation>10 секунд артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds</source>
        <translation>10 секунд алға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Ойнату немесе кідірту</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/playlist_view.py" line="+64"/>
        <source>Videos of this course</source>
        <translation>Осы курстың бейнелері</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Promo video</source>
        <translation>Промо-ролик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture</source>
        <translation>Дәріс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[online]</source>
        <translation>[онлайн]</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/video_area.py" line="+56"/>
        <source>The video file is missing:
%1

Copy the round&apos;s media folder next to the round file, or ask the organiser for it.</source>
        <translation>Бейне файлы жоқ:
%1

Конкурс файлының жанына media қалтасын көшіріңіз немесе оны ұйымдастырушыдан сұраңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video “%1” has neither a file nor a link in the round file.</source>
        <translation>Конкурс файлында «%1» бейнесінің не файлы, не сілтемесі көрсетілмеген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.</source>
        <translation>Бұл бейнені ойнату мүмкін емес:
%1

Файл бүлінген немесе ойнатқыш білмейтін форматта болуы мүмкін. Ұйымдастырушыдан басқа көшірмесін сұраңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This video is not played:
%1

It is a link to a file outside the round&apos;s folder. Ask the organiser for a copy of the round with the video itself in its media folder.</source>
        <translation>Бұл бейне ойнатылмайды:
%1

Бұл — раунд қалтасынан тыс файлға сілтеме. Ұйымдастырушыдан бейненің өзі media қалтасында тұрған раунд көшірмесін сұраңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.</source>
        <translation>Бұл компьютерде бейне ойнатқыш іске қосылмайды, сондықтан бейнелер мұнда көрсетілмейді. VLC media player бағдарламасын (videolan.org) орнатып, Сарапшыны қайта іске қосыңыз; бағдарламаның қалған бөлігі әдеттегідей жұмыс істейді.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details for the organiser:</source>
        <translation>Ұйымдастырушыға арналған мәлімет:</translation>
    </message>
    <message>
        <source>This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.
(%2)</source>
        <translation type="vanished">Бұл бейнені ойнату мүмкін емес:
%1

Файл бүлінген немесе ойнатқыш білмейтін форматта болуы мүмкін. Ұйымдастырушыдан басқа көшірмесін сұраңыз.
(%2)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The online video could not be opened:
%1

Check the Internet connection, or open the link in a browser.</source>
        <translation>Онлайн бейнені ашу мүмкін болмады:
%1

Интернет байланысын тексеріңіз немесе сілтемені браузерде ашыңыз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open in browser</source>
        <translation>Браузерде ашу</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This course has no videos in the round file: judge it from its link.</source>
        <translation>Конкурс файлында бұл курстың бейнелері жоқ: курсты оның сілтемесі арқылы бағалаңыз.</translation>
    </message>
    <message>
        <source>No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.
(%1)</source>
        <translation type="vanished">Бұл компьютерде бейне ойнатқыш іске қосылмайды, сондықтан бейнелер мұнда көрсетілмейді. VLC media player бағдарламасын (videolan.org) орнатып, Сарапшыны қайта іске қосыңыз; бағдарламаның қалған бөлігі әдеттегідей жұмыс істейді.
(%1)</translation>
    </message>
</context>
</TS>
