; Inno Setup script: turns dist\sentra (from `python packaging\build.py`) into
; dist\SentraAutoCare-Setup-<version>.exe. On the Windows build machine or runner:
;   iscc /DAppVersion=0.1.0 packaging\windows\sentra.iss
; (the CI workflow .github/workflows/windows-installer.yml passes the version from pyproject.toml).
;
; Per-machine install into Program Files; Start-menu entries (the app, the demo, a diagnostics
; console) and an optional desktop shortcut; an uninstaller. Installing a newer version over an
; older one upgrades in place: same AppId, same folder, the old program files replaced. The
; station's data never lives beside the program: the database and logs are in the user's data
; folder (%LOCALAPPDATA%\SentraAutoCare), the database key in Windows Credential Manager, so
; neither an upgrade nor an uninstall touches them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "SentraAuto Care"
#define AppExe "SentraAutoCare.exe"
#define ConsoleExe "sentra.exe"

[Setup]
AppId={{6C1F4C0A-4E5B-4C1F-9B7E-5A2D1E0C9A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SentraAuto Care
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
DefaultDirName={autopf}\SentraAutoCare
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\sentra.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; A running copy is closed (and asked to save nothing: every change is already committed) before files are replaced.
CloseApplications=yes
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename=SentraAutoCare-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole runtime, so no file of an older version lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\sentra\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "demo"; WorkingDir: "{app}"
Name: "{group}\{#AppName} diagnostics (console)"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#ConsoleExe}"" --help"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No provisioning here: IT enrols each station after install with the one-time code from the
; cloud (`sentra sync enrol --path … --cloud URL --code C --station-code K1`), which creates the
; encrypted station database and keeps its key in Windows Credential Manager.
; The uninstaller removes the program folder only; the station's data folder and key stay
; (remove %LOCALAPPDATA%\SentraAutoCare and the Credential Manager entry by hand to wipe a station).
