; Inno Setup script: turns dist\sentra (from `python packaging\build.py`) into SentraAutoCare-Setup.exe.
; Build on the Windows build machine: iscc packaging\windows\sentra.iss
#define AppName "SentraAuto Care"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1F4C0A-4E5B-4C1F-9B7E-5A2D1E0C9A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=SentraAuto Care
DefaultDirName={autopf}\SentraAutoCare
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=SentraAutoCare-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\sentra\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\sentra.exe"; Parameters: "run"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\sentra.exe"; Parameters: "demo"

; No [Run] provisioning: IT enrols each station after install with the one-time code from the
; cloud (`sentra sync enrol --path … --cloud URL --code C --station-code K1`), which creates the
; encrypted station database and keeps its key in Windows Credential Manager.
