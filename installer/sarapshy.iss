; Inno Setup script of the Sarapshy setup program (Inno Setup 6). build_installer.py compiles it
; with ISCC /D... giving the values below; they are not meant to be edited here. Saved as UTF-8
; with a byte-order mark, as Inno Setup needs for the Kazakh and Russian texts.
;
; File associations: Windows knows a file's type by its last extension only, so "x.round.json"
; and "x.sheet.json" are both ".json" files to it. Sarapshy is therefore registered as a program
; that can open .json files ("Open with"), without taking over .json from the user's editor.

#ifndef AppName
  #define AppName "Sarapshy"
#endif
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppExe
  #define AppExe "Sarapshy.exe"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\Sarapshy"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef OutputBaseName
  #define OutputBaseName "Sarapshy-" + AppVersion + "-setup"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\sarapshy.ico"
#endif
#define ProgId "Sarapshy.File"

[Setup]
AppId={{6C1F7E52-3A0B-4F5D-9C2E-5A7D0B1E2026}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sarapshy developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes

#if FileExists(AddBackslash(CompilerPath) + "Languages\Kazakh.isl")
  #define KazakhIsl "compiler:Languages\Kazakh.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Kazakh.isl")
  #define KazakhIsl "compiler:Languages\Unofficial\Kazakh.isl"
#endif

[Languages]
; Kazakh is used when its (unofficial) message file is in the compiler's Languages folder.
#ifdef KazakhIsl
Name: "kazakh"; MessagesFile: "{#KazakhIsl}"
#endif
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
OpenWith=Offer {#AppName} for round and sheet files (.json) in "Open with"
Launch=Start {#AppName}
russian.OpenWith=Предлагать {#AppName} для файлов этапа и оценочных листов (.json) в меню «Открыть с помощью»
russian.Launch=Запустить {#AppName}
#ifdef KazakhIsl
kazakh.OpenWith={#AppName} бағдарламасын кезең және парақ файлдары (.json) үшін «Көмегімен ашу» мәзірінде ұсыну
kazakh.Launch={#AppName} іске қосу
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWith}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; a newer version may no longer ship some files of the old one
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName} round or sheet file"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""; Tasks: openwith

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

; The user's data folder (keys, working databases) is deliberately kept on uninstall: it holds
; the expert's signing key and unfinished evaluations.
