; Inno Setup 6 script for PolicyEditor on Windows.
;
; Build the application folder first (from the repository root, in a build
; virtual environment; see packaging\README.md):
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\policyeditor.spec
; then compile the installer:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\policyeditor.iss
; Output: dist\installer\PolicyEditor-<version>-setup.exe
;
; Installs per user by default (no administrator rights needed; legal staff
; rarely have them) and offers an all-users install. Registers the .policy
; workspace type (ProgID PolicyEditor.Workspace) with its icon and an "open"
; verb, and offers PolicyEditor in "Open with" for .md and .txt.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PolicyEditor"
#define AppExe "PolicyEditor.exe"
#define ProgId "PolicyEditor.Workspace"
#define SourceDir "..\..\dist\PolicyEditor"

[Setup]
; A fixed AppId keeps upgrades and uninstalls tied to the same product.
AppId={{6F1C2B7E-3D4A-4E59-9B0C-5A7D2E8F1C43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PolicyEditor team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\policyeditor.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Tell Explorer to refresh its file-type icons and associations.
ChangesAssociations=yes
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the policyeditor-cli command to PATH"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKLM for an all-users install, HKCU for a per-user one.
; The .policy extension and its ProgID (removed again on uninstall).
Root: HKA; Subkey: "Software\Classes\.policy"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.policy"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-policyeditor-workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.policy\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "PolicyEditor Workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" for drafts written elsewhere, without taking over those types.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".policy"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Optional: put {app} on the user's PATH so scripts can call policyeditor-cli. }
const
  EnvKey = 'Environment';

function PathHasApp(Path: string): Boolean;
begin
  Result := Pos(';' + Uppercase(ExpandConstant('{app}')) + ';', ';' + Uppercase(Path) + ';') > 0;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Path: string;
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
  begin
    if not RegQueryStringValue(HKCU, EnvKey, 'Path', Path) then Path := '';
    if not PathHasApp(Path) then
    begin
      if (Path <> '') and (Copy(Path, Length(Path), 1) <> ';') then Path := Path + ';';
      RegWriteExpandStringValue(HKCU, EnvKey, 'Path', Path + ExpandConstant('{app}'));
    end;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, App: string;
  P: Integer;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    if RegQueryStringValue(HKCU, EnvKey, 'Path', Path) then
    begin
      App := ExpandConstant('{app}');
      P := Pos(';' + Uppercase(App), Uppercase(Path));
      if P > 0 then
      begin
        Delete(Path, P, Length(App) + 1);
        RegWriteExpandStringValue(HKCU, EnvKey, 'Path', Path);
      end;
    end;
  end;
end;
