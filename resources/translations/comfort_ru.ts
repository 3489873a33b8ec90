<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Comfort</name>
    <message>
        <location filename="../../app/ui/comfort.py" line="+192"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert&apos;s guide</source>
        <translation>Руководство эксперта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chair&apos;s guide</source>
        <translation>Руководство председателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser&apos;s guide</source>
        <translation>Руководство организатора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Приветствие…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Some settings take effect when the program is started again.</source>
        <translation>Некоторые настройки вступят в силу после перезапуска программы.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../app/ui/help_window.py" line="+26"/>
        <source>Give the score (0 is 10)</source>
        <translation>Поставить оценку (0 — это 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point less or more</source>
        <translation>На балл меньше или больше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest or the highest score</source>
        <translation>Наименьшая или наибольшая оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the score</source>
        <translation>Стереть оценку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous field</source>
        <translation>Следующее или предыдущее поле</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Evaluation sheet</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Video player (when it has the focus)</source>
        <translation>Видеоплеер (когда фокус на нём)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the button that has the focus; Alt with the underlined letter opens a menu.</source>
        <translation>Tab и Shift+Tab переходят между элементами управления; Пробел или Enter нажимает кнопку, на которой фокус; Alt с подчёркнутой буквой открывает меню.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sarapshy — help</source>
        <translation>«Сарапшы» — справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the program</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert&apos;s guide</source>
        <translation>Руководство эксперта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s guide</source>
        <translation>Руководство председателя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser&apos;s and secretary&apos;s guide</source>
        <translation>Руководство организатора и секретаря</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help page</source>
        <translation>Страница справки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="+57"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of protocols and reports</source>
        <translation>Язык протоколов и отчётов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the chair&apos;s protocol and summary are written in unless chosen on the chair&apos;s desk.</source>
        <translation>Язык, на котором формируются протокол и сводка, если на странице председателя не выбран другой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video engine</source>
        <translation>Видеодвижок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC plays almost every format; Qt&apos;s own player uses the system&apos;s codecs. Takes effect when the program is started again.</source>
        <translation>VLC воспроизводит почти любой формат; собственный плеер Qt использует кодеки системы. Вступит в силу после перезапуска программы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (VLC if installed)</source>
        <translation>Автоматически (VLC, если установлен)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent rounds to remember</source>
        <translation>Сколько недавних этапов помнить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the welcome screen at every start</source>
        <translation>Показывать приветствие при каждом запуске</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+146"/>
        <location line="+66"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+2"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable mode: keep the data in the «data» folder next to the program</source>
        <translation>Переносной режим: хранить данные в папке «data» рядом с программой</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder is set by the SARAPSHY_HOME environment variable, so portable mode has no effect here.</source>
        <translation>Папка данных задана переменной окружения SARAPSHY_HOME, поэтому переносной режим здесь не действует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program&apos;s folder cannot be written to (%1), so portable mode cannot be switched here.</source>
        <translation>В папку программы (%1) нельзя записывать, поэтому переносной режим здесь переключить нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect when the program is started again. Your data are not moved: copy the folder shown above into %1 if you want to take them along.</source>
        <translation>Вступит в силу после перезапуска программы. Данные не переносятся: если хотите взять их с собой, скопируйте указанную выше папку в %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Portable mode could not be switched: %1. Check that the program&apos;s folder can be written to.</source>
        <translation>Не удалось переключить переносной режим: %1. Проверьте, что в папку программы можно записывать.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+98"/>
        <source>Welcome</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Sarapshy</source>
        <translation>Добро пожаловать в «Сарапшы»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program for the commission that evaluates massive open online courses (MOOCs). It works without the Internet. Choose your role in the Role menu; the guide for each role is in Help (F1).</source>
        <translation>Программа для комиссии, оценивающей массовые открытые онлайн-курсы (МООК). Работает без Интернета. Выберите свою роль в меню «Роль»; руководство для каждой роли — в меню «Справка» (F1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watches each course&apos;s videos and scores it on the evaluation sheet beside the player; every score is saved at once.
At the end signs and exports the sheet file for the chair and prints the sheet.</source>
        <translation>Смотрит видео каждого курса и оценивает его в оценочном листе рядом с плеером; каждая оценка сохраняется сразу.
В конце подписывает и экспортирует файл листа для председателя и печатает лист.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports the experts&apos; signed sheets and sees at once which are valid, missing or changed.
Looks at the ranking, resolves ties and writes the protocol and the Excel summary.</source>
        <translation>Загружает подписанные листы экспертов и сразу видит, какие действительны, каких нет, какие изменены.
Смотрит рейтинг, разрешает равенство баллов, формирует протокол и сводку Excel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organiser or secretary</source>
        <translation>Организатор или секретарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds the round: the competition, the commission, the criteria and the courses with their videos.
Checks the videos and packages the round folder for the experts.</source>
        <translation>Готовит этап: конкурс, комиссию, критерии и курсы с их видео.
Проверяет видео и собирает папку этапа для экспертов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try the demo round</source>
        <translation>Открыть демо-этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six sample courses and five experts, to try every role safely</source>
        <translation>Шесть учебных курсов и пять экспертов — чтобы спокойно опробовать каждую роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a round file…</source>
        <translation>Открыть файл этапа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .round.json file you received from the organiser</source>
        <translation>Файл .round.json, полученный от организатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new round</source>
        <translation>Создать новый этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the organiser or secretary</source>
        <translation>Для организатора или секретаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this window at every start</source>
        <translation>Показывать это окно при каждом запуске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
</TS>
