; Inno Setup script of Kuva Desktop (see docs/windows-build.md).
;
;   iscc /DAppVersion=0.1.0 scripts\kuva-desktop.iss
;
; Installs the one-folder bundle that build_installer.spec makes (build\dist\kuva-desktop) for the
; current user only, without administrator rights; adds a Start-menu entry; associates the work
; package files (.kuvapkg) with the application; uninstalls the program files only:
; the user's database in %APPDATA%\Kuva\Kuva Desktop is never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; A fixed id: upgrades replace the earlier installation instead of adding a second one.
AppId={{7B0E8C51-3D6A-4F0B-9C7E-2A51C0D4E9B3}
AppName=Kuva Desktop
AppVersion={#AppVersion}
AppPublisher=Helsingin kaupunki, Kulttuurin ja vapaa-ajan toimiala
; Per-user: no administrator rights needed, files under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Kuva Desktop
DefaultGroupName=Kuva Desktop
DisableProgramGroupPage=yes
OutputDir=..\build\installer
OutputBaseFilename=kuva-desktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\kuva.ico
UninstallDisplayIcon={app}\kuva-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The file association changes the user's registry: tell Explorer when it is done.
ChangesAssociations=yes

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; Everything PyInstaller put in the bundle folder, as it is.
Source: "..\build\dist\kuva-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Kuva Desktop"; Filename: "{app}\kuva-desktop.exe"
Name: "{group}\{cm:UninstallProgram,Kuva Desktop}"; Filename: "{uninstallexe}"

[Registry]
; .kuvapkg files (work packages) open with Kuva Desktop, for this user only (HKCU).
Root: HKCU; Subkey: "Software\Classes\.kuvapkg"; ValueType: string; ValueName: ""; ValueData: "KuvaDesktop.Package"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\KuvaDesktop.Package"; ValueType: string; ValueName: ""; ValueData: "Kuva Desktop work package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KuvaDesktop.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kuva-desktop.exe,0"
Root: HKCU; Subkey: "Software\Classes\KuvaDesktop.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kuva-desktop.exe"" ""%1"""

[Run]
Filename: "{app}\kuva-desktop.exe"; Description: "{cm:LaunchProgram,Kuva Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only what [Files] installed. The database,
; its backups and the settings live in the user's data folder and stay.
