; Inno Setup 6 script for the Windows installer of zwcx (政务诚信). Build steps: installer/README.md.
; Packs the PyInstaller folder dist\zwcx\ (zwcx.exe for the command line, zwcxw.exe for the desktop).
; Per-user install (no administrator rights, which township clerks often lack); the user's data in
; %LOCALAPPDATA%\zwcx is not part of the installation, so uninstalling never removes it.

#define AppVersion GetEnv("ZWCX_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C2B1E-6A57-4E0B-9C1D-5A3E2F7B8C41}
AppName=政务诚信 zwcx
AppVersion={#AppVersion}
AppPublisher=zwcx
DefaultDirName={localappdata}\Programs\zwcx
DefaultGroupName=政务诚信
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=zwcx-{#AppVersion}-setup
SetupIconFile=..\resources\icons\zwcx.ico
UninstallDisplayIcon={app}\zwcxw.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\zwcx\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\政务诚信"; Filename: "{app}\zwcxw.exe"; IconFilename: "{app}\zwcxw.exe"
Name: "{group}\{cm:UninstallProgram,政务诚信}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\政务诚信"; Filename: "{app}\zwcxw.exe"; IconFilename: "{app}\zwcxw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\zwcxw.exe"; Description: "{cm:LaunchProgram,政务诚信}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: only the files installed above are removed; %LOCALAPPDATA%\zwcx (database,
; attachments, backups) stays for a reinstall or upgrade.
