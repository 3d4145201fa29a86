; Inno Setup 6 script: the Windows installer of Cabinet Desktop, made from the PyInstaller
; one-folder bundle (dist\cabinet-desktop, built on Windows with installer\cabinet-desktop.spec).
; Steps: installer\README.md. Compile from the repository's top folder:
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\cabinet-desktop.iss
;
; - per-user install, no administrator rights: %LOCALAPPDATA%\Programs\Cabinet Desktop;
; - French by default (English offered only if chosen on the command line: /LANG=english);
; - a Start-menu entry « Cabinet du Ministre » (and an optional desktop shortcut);
; - backups (*.cabinet-backup, store/backup.py BACKUP_SUFFIX) open with
;   « cabinet-desktop-console.exe restore FILE », which shows the backup and asks before
;   restoring (the old database is kept aside);
; - the uninstaller removes the program only: the user's data (%LOCALAPPDATA%\CabinetDesktop:
;   database, backups, logs) stays, for a later version or another install.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Cabinet du Ministre"
#define AppExe "cabinet-desktop.exe"
#define ConsoleExe "cabinet-desktop-console.exe"
#define BundleDir "..\dist\cabinet-desktop"
#define BackupExt ".cabinet-backup"
#define BackupProgId "CabinetDesktop.Sauvegarde"

[Setup]
; A fixed AppId: a newer installer replaces the older version in place (never change it).
AppId={{6C1F3B9E-2D4A-4E8B-9A51-CAB1DE5C0B7A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Cabinet du Ministre
DefaultDirName={localappdata}\Programs\Cabinet Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=cabinet-desktop-{#AppVersion}-installation
SetupIconFile=windows\cabinet-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=no
LanguageDetectionMethod=none
CloseApplications=yes

[Languages]
; The first language is the default one.
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DesktopIcon=Créer un raccourci sur le &Bureau
english.DesktopIcon=Create a &desktop shortcut
french.BackupType=Sauvegarde du Cabinet
english.BackupType=Cabinet Desktop backup
french.Selftest=Vérifier l'installation
english.Selftest=Check the installation
french.LaunchNow=Lancer {#AppName}
english.LaunchNow=Start {#AppName}

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole bundle: the two programs and _internal (Python, Qt, resources, forms).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:Selftest}"; Filename: "{app}\{#ConsoleExe}"; Parameters: "selftest"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKCU\Software\Classes): no administrator rights needed.
Root: HKCU; Subkey: "Software\Classes\{#BackupExt}"; ValueType: string; ValueName: ""; ValueData: "{#BackupProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#BackupProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BackupType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#BackupProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#BackupProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ConsoleExe}"" restore ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the user's data (%LOCALAPPDATA%\CabinetDesktop) is never removed.
