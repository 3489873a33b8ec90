<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <location filename="../../app/ui/demo_round.py" line="+46" />
            <source>Preparing the demo round</source>
            <translation>Preparing the demo round</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The round opened last is no longer there: %1. The demo round is open instead: open yours with File → Open round…</source>
            <translation>The round opened last is no longer there: %1. The demo round is open instead: open yours with File → Open round…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The round opened last did not open, so the demo round is open instead. Correct the round file, then open it with File → Open recent.</source>
            <translation>The round opened last did not open, so the demo round is open instead. Correct the round file, then open it with File → Open recent.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="+116" />
            <source>No rounds opened yet</source>
            <translation>No rounds opened yet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear the list</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Open a round</source>
            <translation>Open a round</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Round files (*.round.json *.json);;All files (*)</source>
            <translation>Round files (*.round.json *.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/round_messages.py" line="+37" />
            <source>This round file cannot be opened:</source>
            <translation>This round file cannot be opened:</translation>
        </message>
        <message>
            <location line="-23" />
            <source>The round was not opened</source>
            <translation>The round was not opened</translation>
        </message>
        <message>
            <location line="+6" />
            <source>«%1» is a video, not a round file: open the round's .round.json file.</source>
            <translation>«%1» is a video, not a round file: open the round's .round.json file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>«%1» is a sound recording, not a round file: open the round's .round.json file.</source>
            <translation>«%1» is a sound recording, not a round file: open the round's .round.json file.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>«%1» is a picture, not a round file: open the round's .round.json file.</source>
            <translation>«%1» is a picture, not a round file: open the round's .round.json file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>«%1» is a PDF document, not a round file: open the round's .round.json file.</source>
            <translation>«%1» is a PDF document, not a round file: open the round's .round.json file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>«%1» is an office document, not a round file: open the round's .round.json file.</source>
            <translation>«%1» is an office document, not a round file: open the round's .round.json file.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>«%1» is an archive, not a round file: unpack it, then open the round's .round.json file.</source>
            <translation>«%1» is an archive, not a round file: unpack it, then open the round's .round.json file.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/main_window.py" line="+113" />
            <source>(the same in %n more place(s))</source>
            <translation>
                <numerusform>(the same in %n more place)</numerusform>
                <numerusform>(the same in %n more places)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>… and %n more problem(s): «Show all» lists them.</source>
            <translation>
                <numerusform>… and %n more problem: «Show all» lists it.</numerusform>
                <numerusform>… and %n more problems: «Show all» lists them.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/round_messages.py" line="+15" />
            <source>«%1» is an expert's sheet file (%2), not a round file.</source>
            <translation>«%1» is an expert's sheet file (%2), not a round file.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open its round first (%1), then import the sheet on the chair's desk: Role → Chair → Import sheet files…</source>
            <translation>Open its round first (%1), then import the sheet on the chair's desk: Role → Chair → Import sheet files…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open its round file first (round id %1, the *.round.json the organiser sent), then import the sheet on the chair's desk: Role → Chair → Import sheet files…</source>
            <translation>Open its round file first (round id %1, the *.round.json the organiser sent), then import the sheet on the chair's desk: Role → Chair → Import sheet files…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>It belongs to another round (id %1), not to the open one (%2): open that round first.</source>
            <translation>It belongs to another round (id %1), not to the open one (%2): open that round first.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The chair's desk is not available in this installation.</source>
            <translation>The chair's desk is not available in this installation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>It is imported on the chair's desk.</source>
            <translation>It is imported on the chair's desk.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="+96" />
            <source>The round's media folder is missing: %1. Copy the «media» folder from the round's USB stick or shared drive next to the round file, then reload the round (F5). You can still score the courses and open their links.</source>
            <translation>The round's media folder is missing: %1. Copy the «media» folder from the round's USB stick or shared drive next to the round file, then reload the round (F5). You can still score the courses and open their links.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n video(s) of this round are missing from the round folder. Copy them next to the round file, then reload the round (F5); the player says which one is missing.</source>
            <translation>
                <numerusform>%n video of this round is missing from the round folder. Copy it next to the round file, then reload the round (F5); the player says which one is missing.</numerusform>
                <numerusform>%n videos of this round are missing from the round folder. Copy them next to the round file, then reload the round (F5); the player says which ones are missing.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+36" />
            <source>The %1 role is not available: %2</source>
            <translation>The %1 role is not available: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="+19" />
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="-17" />
            <source>&amp;Open round…</source>
            <translation>&amp;Open round…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Re&amp;load the round</source>
            <translation>Re&amp;load the round</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location line="-12" />
            <source>&amp;Full screen</source>
            <translation>&amp;Full screen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not available in this installation</source>
            <translation>Not available in this installation</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="-12" />
            <source>&amp;About Sarapshy</source>
            <translation>&amp;About Sarapshy</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="+25" />
            <source>Open a round file: File → Open round…</source>
            <translation>Open a round file: File → Open round…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sarapshy</source>
            <translation>Sarapshy</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" line="+20" />
            <source>none (video cannot be played)</source>
            <translation>none (video cannot be played)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sarapshy %1 — evaluation of MOOCs by an expert commission</source>
            <translation>Sarapshy %1 — evaluation of MOOCs by an expert commission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Video player: %1</source>
            <translation>Video player: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not used: %1</source>
            <translation>Not used: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qt %1</source>
            <translation>Qt %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data folder: %1</source>
            <translation>Data folder: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>About Sarapshy</source>
            <translation>About Sarapshy</translation>
        </message>
    </context>
    <context>
        <name>MessageBanner</name>
        <message>
            <location filename="../../app/ui/widgets/message_banner.py" line="+45" />
            <source>Hide this message</source>
            <translation>Hide this message</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show less</source>
            <translation>Show less</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
    </context>
</TS>
