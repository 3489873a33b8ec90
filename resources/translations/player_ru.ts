<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>PlayerEngines</name>
    <message>
        <location filename="../../app/ui/player/choice.py" line="+25"/>
        <source>VLC media player is not installed on this computer (or its library does not load)</source>
        <translation>Медиапроигрыватель VLC не установлен на этом компьютере (или его библиотека не загружается)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VLC media player is installed but does not start</source>
        <translation>Медиапроигрыватель VLC установлен, но не запускается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC media player cannot show video in the windows of this desktop</source>
        <translation>Медиапроигрыватель VLC не может показывать видео в окнах этого рабочего стола</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VLC media player does not start</source>
        <translation>Медиапроигрыватель VLC не запускается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in player (QtMultimedia) is missing from this installation</source>
        <translation>встроенный проигрыватель (QtMultimedia) отсутствует в этой установке</translation>
    </message>
</context>
<context>
    <name>PlayerShortcuts</name>
    <message>
        <location filename="../../app/ui/player/shortcuts.py" line="+25"/>
        <source>Play or pause</source>
        <translation>Воспроизведение или пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds</source>
        <translation>Назад на 10 секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds</source>
        <translation>Вперёд на 10 секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the beginning</source>
        <translation>Перейти в начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster</source>
        <translation>Быстрее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal speed</source>
        <translation>Обычная скорость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound off or on</source>
        <translation>Выключить или включить звук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (Esc leaves it)</source>
        <translation>Полный экран (Esc — выход)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous video</source>
        <translation>Предыдущее видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next video</source>
        <translation>Следующее видео</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../../app/ui/player/controls.py" line="+141"/>
        <source>Previous video (PgUp)</source>
        <translation>Предыдущее видео (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Space)</source>
        <translation>Воспроизведение или пауза (пробел)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next video (PgDown)</source>
        <translation>Следующее видео (PgDown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>Назад на 10 секунд (стрелка влево)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>Вперёд на 10 секунд (стрелка вправо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Скорость воспроизведения ([ — медленнее, ] — быстрее)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound off or on (M)</source>
        <translation>Выключить или включить звук (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume (Up and Down arrows)</source>
        <translation>Громкость (стрелки вверх и вниз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F; Esc leaves it)</source>
        <translation>Полный экран (F; Esc — выход)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the video: click or drag</source>
        <translation>Позиция в видео: щёлкните или перетащите</translation>
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
        <translation>Назад на 10 секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds</source>
        <translation>Вперёд на 10 секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Воспроизведение или пауза</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/playlist_view.py" line="+64"/>
        <source>Videos of this course</source>
        <translation>Видео этого курса</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Promo video</source>
        <translation>Промо-ролик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture</source>
        <translation>Лекция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Видео</translation>
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
        <translation>Видеофайл отсутствует:
%1

Скопируйте папку media рядом с файлом конкурса или попросите её у организатора.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video “%1” has neither a file nor a link in the round file.</source>
        <translation>В файле конкурса для видео «%1» не указаны ни файл, ни ссылка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.</source>
        <translation>Это видео невозможно воспроизвести:
%1

Файл может быть повреждён или записан в формате, неизвестном проигрывателю. Попросите у организатора другую копию.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This video is not played:
%1

It is a link to a file outside the round&apos;s folder. Ask the organiser for a copy of the round with the video itself in its media folder.</source>
        <translation>Это видео не воспроизводится:
%1

Это ссылка на файл вне папки раунда. Попросите у организатора копию раунда, в папке media которой лежит само видео.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.</source>
        <translation>На этом компьютере не удаётся запустить видеопроигрыватель, поэтому видео здесь не показываются. Установите VLC media player (videolan.org) и перезапустите Сарапшы; остальная часть программы работает как обычно.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details for the organiser:</source>
        <translation>Сведения для организатора:</translation>
    </message>
    <message>
        <source>This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.
(%2)</source>
        <translation type="vanished">Это видео невозможно воспроизвести:
%1

Файл может быть повреждён или записан в формате, неизвестном проигрывателю. Попросите у организатора другую копию.
(%2)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The online video could not be opened:
%1

Check the Internet connection, or open the link in a browser.</source>
        <translation>Не удалось открыть онлайн-видео:
%1

Проверьте подключение к Интернету или откройте ссылку в браузере.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This course has no videos in the round file: judge it from its link.</source>
        <translation>В файле конкурса у этого курса нет видео: оценивайте курс по его ссылке.</translation>
    </message>
    <message>
        <source>No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.
(%1)</source>
        <translation type="vanished">На этом компьютере не удаётся запустить видеопроигрыватель, поэтому видео здесь не показываются. Установите VLC media player (videolan.org) и перезапустите Сарапшы; остальная часть программы работает как обычно.
(%1)</translation>
    </message>
</context>
</TS>
