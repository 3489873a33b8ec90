<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/demo_round.py" line="+46"/>
        <source>Preparing the demo round</source>
        <translation>Подготовка демонстрационного этапа</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The round opened last is no longer there: %1. The demo round is open instead: open yours with File → Open round…</source>
        <translation>Последний открытый этап больше не найден: %1. Вместо него открыт демонстрационный этап: откройте свой через Файл → Открыть этап…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The round opened last did not open, so the demo round is open instead. Correct the round file, then open it with File → Open recent.</source>
        <translation>Последний открытый этап не открылся, поэтому вместо него открыт демонстрационный этап. Исправьте файл этапа, затем откройте его через Файл → Недавние.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+116"/>
        <source>No rounds opened yet</source>
        <translation>Этапы ещё не открывались</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a round</source>
        <translation>Открыть файл этапа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round files (*.round.json *.json);;All files (*)</source>
        <translation>Файлы этапа (*.round.json *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/round_messages.py" line="+37"/>
        <source>This round file cannot be opened:</source>
        <translation>Этот файл этапа не удаётся открыть:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The round was not opened</source>
        <translation>Этап не открыт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» is a video, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — это видео, а не файл этапа: откройте файл этапа .round.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» is a sound recording, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — это звукозапись, а не файл этапа: откройте файл этапа .round.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is a picture, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — это изображение, а не файл этапа: откройте файл этапа .round.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» is a PDF document, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — это документ PDF, а не файл этапа: откройте файл этапа .round.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» is an office document, not a round file: open the round&apos;s .round.json file.</source>
        <translation>«%1» — это офисный документ, а не файл этапа: откройте файл этапа .round.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is an archive, not a round file: unpack it, then open the round&apos;s .round.json file.</source>
        <translation>«%1» — это архив, а не файл этапа: распакуйте его, затем откройте файл этапа .round.json.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="+113"/>
        <source>(the same in %n more place(s))</source>
        <translation>
            <numerusform>(то же ещё в %n месте)</numerusform>
            <numerusform>(то же ещё в %n местах)</numerusform>
            <numerusform>(то же ещё в %n местах)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more problem(s): «Show all» lists them.</source>
        <translation>
            <numerusform>… и ещё %n проблема: список — по кнопке «Показать все».</numerusform>
            <numerusform>… и ещё %n проблемы: список — по кнопке «Показать все».</numerusform>
            <numerusform>… и ещё %n проблем: список — по кнопке «Показать все».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/round_messages.py" line="+15"/>
        <source>«%1» is an expert&apos;s sheet file (%2), not a round file.</source>
        <translation>«%1» — файл оценочного листа эксперта (%2), а не файл этапа.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open its round first (%1), then import the sheet on the chair&apos;s desk: Role → Chair → Import sheet files…</source>
        <translation>Сначала откройте его этап (%1), затем загрузите лист за столом председателя: Роль → Председатель → Загрузить файлы листов…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open its round file first (round id %1, the *.round.json the organiser sent), then import the sheet on the chair&apos;s desk: Role → Chair → Import sheet files…</source>
        <translation>Сначала откройте файл его этапа (идентификатор этапа %1, файл *.round.json от организатора), затем загрузите лист за столом председателя: Роль → Председатель → Загрузить файлы листов…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It belongs to another round (id %1), not to the open one (%2): open that round first.</source>
        <translation>Он относится к другому этапу (идентификатор %1), а не к открытому (%2): сначала откройте тот этап.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chair&apos;s desk is not available in this installation.</source>
        <translation>В этой установке нет стола председателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is imported on the chair&apos;s desk.</source>
        <translation>Он загружен на стол председателя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+96"/>
        <source>The round&apos;s media folder is missing: %1. Copy the «media» folder from the round&apos;s USB stick or shared drive next to the round file, then reload the round (F5). You can still score the courses and open their links.</source>
        <translation>Нет папки с видео этапа: %1. Скопируйте папку «media» с флешки или общего диска рядом с файлом этапа и перезагрузите этап (F5). Оценивать курсы и открывать их ссылки можно и сейчас.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n video(s) of this round are missing from the round folder. Copy them next to the round file, then reload the round (F5); the player says which one is missing.</source>
        <translation>
            <numerusform>В папке этапа нет %n видео этого этапа. Скопируйте их рядом с файлом этапа и перезагрузите этап (F5); проигрыватель покажет, какого именно нет.</numerusform>
            <numerusform>В папке этапа нет %n видео этого этапа. Скопируйте их рядом с файлом этапа и перезагрузите этап (F5); проигрыватель покажет, каких именно нет.</numerusform>
            <numerusform>В папке этапа нет %n видео этого этапа. Скопируйте их рядом с файлом этапа и перезагрузите этап (F5); проигрыватель покажет, каких именно нет.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The %1 role is not available: %2</source>
        <translation>Роль «%1» недоступна: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="+19"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Open round…</source>
        <translation>&amp;Открыть этап…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Re&amp;load the round</source>
        <translation>&amp;Перезагрузить этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available in this installation</source>
        <translation>Недоступно в этой установке</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;About Sarapshy</source>
        <translation>&amp;О программе «Сарапшы»</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+25"/>
        <source>Open a round file: File → Open round…</source>
        <translation>Откройте файл этапа: Файл → Открыть этап…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarapshy</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="+20"/>
        <source>none (video cannot be played)</source>
        <translation>нет (видео не воспроизводится)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sarapshy %1 — evaluation of MOOCs by an expert commission</source>
        <translation>Сарапшы %1 — оценка МООК экспертной комиссией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video player: %1</source>
        <translation>Видеопроигрыватель: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used: %1</source>
        <translation>Не используется: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Sarapshy</source>
        <translation>О программе «Сарапшы»</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../app/ui/widgets/message_banner.py" line="+45"/>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show less</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
</context>
</TS>
