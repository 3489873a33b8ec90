<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Comfort</name>
        <message>
            <location filename="../../app/ui/comfort.py" line="+192" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User &amp;guide</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expert's guide</source>
            <translation>Expert's guide</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Chair's guide</source>
            <translation>Chair's guide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organiser's guide</source>
            <translation>Organiser's guide</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Welcome…</source>
            <translation>&amp;Welcome…</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Some settings take effect when the program is started again.</source>
            <translation>Some settings take effect when the program is started again.</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <location filename="../../app/ui/help_window.py" line="+26" />
            <source>Give the score (0 is 10)</source>
            <translation>Give the score (0 is 10)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One point less or more</source>
            <translation>One point less or more</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The lowest or the highest score</source>
            <translation>The lowest or the highest score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the score</source>
            <translation>Clear the score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next or previous field</source>
            <translation>Next or previous field</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Evaluation sheet</source>
            <translation>Evaluation sheet</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Video player (when it has the focus)</source>
            <translation>Video player (when it has the focus)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tab and Shift+Tab move between the controls; Space or Enter presses the button that has the focus; Alt with the underlined letter opens a menu.</source>
            <translation>Tab and Shift+Tab move between the controls; Space or Enter presses the button that has the focus; Alt with the underlined letter opens a menu.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Sarapshy — help</source>
            <translation>Sarapshy — help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About the program</source>
            <translation>About the program</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expert's guide</source>
            <translation>Expert's guide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chair's guide</source>
            <translation>Chair's guide</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organiser's and secretary's guide</source>
            <translation>Organiser's and secretary's guide</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+59" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help page</source>
            <translation>Help page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../app/ui/preferences.py" line="+57" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of protocols and reports</source>
            <translation>Language of protocols and reports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language the chair's protocol and summary are written in unless chosen on the chair's desk.</source>
            <translation>The language the chair's protocol and summary are written in unless chosen on the chair's desk.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Colours</source>
            <translation>Colours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Video engine</source>
            <translation>Video engine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VLC plays almost every format; Qt's own player uses the system's codecs. Takes effect when the program is started again.</source>
            <translation>VLC plays almost every format; Qt's own player uses the system's codecs. Takes effect when the program is started again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Automatic (VLC if installed)</source>
            <translation>Automatic (VLC if installed)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recent rounds to remember</source>
            <translation>Recent rounds to remember</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the welcome screen at every start</source>
            <translation>Show the welcome screen at every start</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="+146" />
            <location line="+66" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="-56" />
            <location line="+2" />
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portable mode: keep the data in the «data» folder next to the program</source>
            <translation>Portable mode: keep the data in the «data» folder next to the program</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The data folder is set by the SARAPSHY_HOME environment variable, so portable mode has no effect here.</source>
            <translation>The data folder is set by the SARAPSHY_HOME environment variable, so portable mode has no effect here.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The program's folder cannot be written to (%1), so portable mode cannot be switched here.</source>
            <translation>The program's folder cannot be written to (%1), so portable mode cannot be switched here.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Takes effect when the program is started again. Your data are not moved: copy the folder shown above into %1 if you want to take them along.</source>
            <translation>Takes effect when the program is started again. Your data are not moved: copy the folder shown above into %1 if you want to take them along.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Portable mode could not be switched: %1. Check that the program's folder can be written to.</source>
            <translation>Portable mode could not be switched: %1. Check that the program's folder can be written to.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../app/ui/welcome.py" line="+98" />
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Welcome to Sarapshy</source>
            <translation>Welcome to Sarapshy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The program for the commission that evaluates massive open online courses (MOOCs). It works without the Internet. Choose your role in the Role menu; the guide for each role is in Help (F1).</source>
            <translation>The program for the commission that evaluates massive open online courses (MOOCs). It works without the Internet. Choose your role in the Role menu; the guide for each role is in Help (F1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Watches each course's videos and scores it on the evaluation sheet beside the player; every score is saved at once.
At the end signs and exports the sheet file for the chair and prints the sheet.</source>
            <translation>Watches each course's videos and scores it on the evaluation sheet beside the player; every score is saved at once.
At the end signs and exports the sheet file for the chair and prints the sheet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imports the experts' signed sheets and sees at once which are valid, missing or changed.
Looks at the ranking, resolves ties and writes the protocol and the Excel summary.</source>
            <translation>Imports the experts' signed sheets and sees at once which are valid, missing or changed.
Looks at the ranking, resolves ties and writes the protocol and the Excel summary.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Organiser or secretary</source>
            <translation>Organiser or secretary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Builds the round: the competition, the commission, the criteria and the courses with their videos.
Checks the videos and packages the round folder for the experts.</source>
            <translation>Builds the round: the competition, the commission, the criteria and the courses with their videos.
Checks the videos and packages the round folder for the experts.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Try the demo round</source>
            <translation>Try the demo round</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Six sample courses and five experts, to try every role safely</source>
            <translation>Six sample courses and five experts, to try every role safely</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a round file…</source>
            <translation>Open a round file…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The .round.json file you received from the organiser</source>
            <translation>The .round.json file you received from the organiser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new round</source>
            <translation>Create a new round</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For the organiser or secretary</source>
            <translation>For the organiser or secretary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show this window at every start</source>
            <translation>Show this window at every start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
</TS>
