<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PlayerEngines</name>
        <message>
            <location filename="../../app/ui/player/choice.py" line="+25" />
            <source>VLC media player is not installed on this computer (or its library does not load)</source>
            <translation>VLC media player is not installed on this computer (or its library does not load)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>VLC media player is installed but does not start</source>
            <translation>VLC media player is installed but does not start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VLC media player cannot show video in the windows of this desktop</source>
            <translation>VLC media player cannot show video in the windows of this desktop</translation>
        </message>
        <message>
            <location line="+3" />
            <source>VLC media player does not start</source>
            <translation>VLC media player does not start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the built-in player (QtMultimedia) is missing from this installation</source>
            <translation>the built-in player (QtMultimedia) is missing from this installation</translation>
        </message>
    </context>
    <context>
        <name>PlayerShortcuts</name>
        <message>
            <location filename="../../app/ui/player/shortcuts.py" line="+25" />
            <source>Play or pause</source>
            <translation>Play or pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back 10 seconds</source>
            <translation>Back 10 seconds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forward 10 seconds</source>
            <translation>Forward 10 seconds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the beginning</source>
            <translation>Go to the beginning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slower</source>
            <translation>Slower</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Faster</source>
            <translation>Faster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Normal speed</source>
            <translation>Normal speed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Louder</source>
            <translation>Louder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quieter</source>
            <translation>Quieter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sound off or on</source>
            <translation>Sound off or on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full screen (Esc leaves it)</source>
            <translation>Full screen (Esc leaves it)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous video</source>
            <translation>Previous video</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next video</source>
            <translation>Next video</translation>
        </message>
    </context>
    <context>
        <name>PlayerWidget</name>
        <message>
            <location filename="../../app/ui/player/controls.py" line="+141" />
            <source>Previous video (PgUp)</source>
            <translation>Previous video (PgUp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Play or pause (Space)</source>
            <translation>Play or pause (Space)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next video (PgDown)</source>
            <translation>Next video (PgDown)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back 10 seconds (Left arrow)</source>
            <translation>Back 10 seconds (Left arrow)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forward 10 seconds (Right arrow)</source>
            <translation>Forward 10 seconds (Right arrow)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Playback speed ([ slower, ] faster)</source>
            <translation>Playback speed ([ slower, ] faster)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sound off or on (M)</source>
            <translation>Sound off or on (M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume (Up and Down arrows)</source>
            <translation>Volume (Up and Down arrows)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full screen (F; Esc leaves it)</source>
            <translation>Full screen (F; Esc leaves it)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position in the video: click or drag</source>
            <translation>Position in the video: click or drag</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>10 s</source>
            <translation>10 s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back 10 seconds</source>
            <translation>Back 10 seconds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forward 10 seconds</source>
            <translation>Forward 10 seconds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Play or pause</source>
            <translation>Play or pause</translation>
        </message>
        <message>
            <location filename="../../app/ui/player/playlist_view.py" line="+64" />
            <source>Videos of this course</source>
            <translation>Videos of this course</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Promo video</source>
            <translation>Promo video</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lecture</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location line="+6" />
            <source>[online]</source>
            <translation>[online]</translation>
        </message>
        <message>
            <location filename="../../app/ui/player/video_area.py" line="+56" />
            <source>The video file is missing:
%1

Copy the round's media folder next to the round file, or ask the organiser for it.</source>
            <translation>The video file is missing:
%1

Copy the round's media folder next to the round file, or ask the organiser for it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The video “%1” has neither a file nor a link in the round file.</source>
            <translation>The video “%1” has neither a file nor a link in the round file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.</source>
            <translation>This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This video is not played:
%1

It is a link to a file outside the round's folder. Ask the organiser for a copy of the round with the video itself in its media folder.</source>
            <translation>This video is not played:
%1

It is a link to a file outside the round's folder. Ask the organiser for a copy of the round with the video itself in its media folder.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.</source>
            <translation>No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Details for the organiser:</source>
            <translation>Details for the organiser:</translation>
        </message>
        <message>
            <source>This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.
(%2)</source>
            <translation type="vanished">This video cannot be played:
%1

The file may be damaged or in a format the player does not know. Ask the organiser for another copy.
(%2)</translation>
        </message>
        <message>
            <location line="-22" />
            <source>The online video could not be opened:
%1

Check the Internet connection, or open the link in a browser.</source>
            <translation>The online video could not be opened:
%1

Check the Internet connection, or open the link in a browser.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Open in browser</source>
            <translation>Open in browser</translation>
        </message>
        <message>
            <location line="-22" />
            <source>This course has no videos in the round file: judge it from its link.</source>
            <translation>This course has no videos in the round file: judge it from its link.</translation>
        </message>
        <message>
            <source>No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.
(%1)</source>
            <translation type="vanished">No video player can run on this computer, so videos cannot be shown here. Install VLC media player (videolan.org) and restart Sarapshy; the rest of the program works as usual.
(%1)</translation>
        </message>
    </context>
</TS>
