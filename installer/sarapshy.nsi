; The Sarapshy setup program for Windows (NSIS 3, 64-bit, Unicode). build_installer.py compiles it with
;   makensis -DAPP_NAME=Sarapshy -DAPP_VERSION=0.1.0 -DFILE_VERSION=0.1.0.0 -DAPP_EXE=Sarapshy.exe -DSOURCE_DIR=<bundle folder>
;            -DICON_FILE=<sarapshy.ico> -DOUT_FILE=<setup.exe> installer/sarapshy.nsi
;
; Per user (no administrator rights; %LOCALAPPDATA%\Programs\Sarapshy) or for all users
; (C:\Program Files\Sarapshy, administrator). Silent installs for IT staff:
;   setup.exe /S                         this user
;   setup.exe /S /AllUsers               every user of the computer (from an elevated prompt)
;   setup.exe /S /AllUsers /DesktopIcon  ... and a desktop icon;  /NoOpenWith: no "Open with" entry
;   setup.exe /S /D=D:\Apps\Sarapshy     another folder (/D= must come last, without quotes)
;   "<folder>\uninstall.exe" /S          silent uninstall (the registry's QuietUninstallString)
; The user's data folder (%LOCALAPPDATA%\Sarapshy: signing keys, unfinished evaluations) is kept on
; uninstall on purpose.
;
; File associations: Windows knows a file's type by its last extension only, so "x.round.json" and
; "x.sheet.json" are ".json" files to it. Sarapshy is offered in "Open with" for .json files without
; taking .json over from the user's editor.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef APP_NAME | APP_VERSION | FILE_VERSION | APP_EXE | SOURCE_DIR | OUT_FILE
  !error "give -DAPP_NAME -DAPP_VERSION -DFILE_VERSION -DAPP_EXE -DSOURCE_DIR -DOUT_FILE (build_installer.py does)"
!endif
!define PROG_ID "${APP_NAME}.File"
!define APP_KEY "Software\${APP_NAME}"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
BrandingText "${APP_NAME} ${APP_VERSION}"
VIProductVersion "${FILE_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${APP_VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "Sarapshy developers"
VIAddVersionKey /LANG=0 "LegalCopyright" "Sarapshy developers"
!ifdef ICON_FILE
  !define MUI_ICON "${ICON_FILE}"
  !define MUI_UNICON "${ICON_FILE}"
!endif

; --- who it is installed for (MultiUser.nsh: /AllUsers and /CurrentUser on the command line) ---
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include x64.nsh

; --- pages ---
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "SetupLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Kazakh first: it is the default where Windows speaks none of the three. NSIS has no Kazakh
; language file, so the project carries one (installer/nsis).
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\nsis" "Kazakh"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"
; what .onInit needs goes first in the solid archive, else the setup unpacks everything before its first page
!insertmacro MUI_RESERVEFILE_LANGDLL
ReserveFile /plugin UserInfo.dll
ReserveFile /plugin System.dll

LangString SectionProgram ${LANG_KAZAKH} "Бағдарлама"
LangString SectionProgram ${LANG_RUSSIAN} "Программа"
LangString SectionProgram ${LANG_ENGLISH} "Program"
LangString SectionDesktop ${LANG_KAZAKH} "Жұмыс үстелі"
LangString SectionDesktop ${LANG_RUSSIAN} "Рабочий стол"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop icon"
LangString SectionOpenWith ${LANG_KAZAKH} "«Көмегімен ашу»"
LangString SectionOpenWith ${LANG_RUSSIAN} "«Открыть с помощью»"
LangString SectionOpenWith ${LANG_ENGLISH} '"Open with" (.json)'
LangString DescProgram ${LANG_KAZAKH} "${APP_NAME} бағдарламасы, бейне ойнатқышы және Бастау мәзіріндегі белгіше."
LangString DescProgram ${LANG_RUSSIAN} "Программа ${APP_NAME} с видеоплеером и значок в меню «Пуск»."
LangString DescProgram ${LANG_ENGLISH} "${APP_NAME} with its video player, and its Start-menu entry."
LangString DescDesktop ${LANG_KAZAKH} "${APP_NAME} белгішесін жұмыс үстеліне қою."
LangString DescDesktop ${LANG_RUSSIAN} "Значок ${APP_NAME} на рабочем столе."
LangString DescDesktop ${LANG_ENGLISH} "A ${APP_NAME} icon on the desktop."
LangString DescOpenWith ${LANG_KAZAKH} "«Көмегімен ашу» мәзірінде кезең және бағалау парағы файлдары (.json) үшін ${APP_NAME} ұсынылады. .json файлдарын әдетте ашатын бағдарлама өзгермейді."
LangString DescOpenWith ${LANG_RUSSIAN} "Предлагать ${APP_NAME} в меню «Открыть с помощью» для файлов этапа и оценочных листов (.json). Программа по умолчанию для .json не меняется."
LangString DescOpenWith ${LANG_ENGLISH} "Offer ${APP_NAME} in $\"Open with$\" for round and sheet files (.json). The default program for .json stays as it is."
LangString FileTypeName ${LANG_KAZAKH} "${APP_NAME} кезеңі немесе бағалау парағы"
LangString FileTypeName ${LANG_RUSSIAN} "Этап или оценочный лист ${APP_NAME}"
LangString FileTypeName ${LANG_ENGLISH} "${APP_NAME} round or sheet"
LangString StillRunning ${LANG_KAZAKH} "${APP_NAME} іске қосулы. Оны жауып, «Қайталау» батырмасын басыңыз."
LangString StillRunning ${LANG_RUSSIAN} "${APP_NAME} запущен. Закройте его и нажмите «Повтор»."
LangString StillRunning ${LANG_ENGLISH} "${APP_NAME} is running. Close it, then choose Retry."

; --- what is installed ---
Section "!$(SectionProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; a newer version may no longer ship some files of the old one; a running program holds its files
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
    RMDir /r "$INSTDIR\_internal"
    ${If} ${FileExists} "$INSTDIR\_internal\*.*"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
  ${EndIf}
  File /r "${SOURCE_DIR}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "Sarapshy developers"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SectionDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

Section "$(SectionOpenWith)" SecOpenWith
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}" "" "$(FileTypeName)"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" gui "%1"'
  WriteRegStr SHCTX "Software\Classes\.json\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".json" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" gui "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(DescProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DescDesktop)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecOpenWith} "$(DescOpenWith)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DesktopIcon" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NoOpenWith" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecOpenWith} 0
  ${EndIf}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

; --- uninstall: the program, its shortcuts and registry entries; never the user's data folder ---
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: files the user put there stay
  DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /IfEmpty SHCTX "Software\Classes\.json\OpenWithProgids"
  DeleteRegKey SHCTX "Software\Classes\${PROG_ID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\${APP_EXE}"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
