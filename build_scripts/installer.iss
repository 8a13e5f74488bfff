; TradeTier (外贸客户分层): the per-user Windows installer. Inno Setup 6.5 or later.
;
; Build it with:  python build_scripts\build.py
; which runs:     ISCC /DAppVersion=<pyproject.toml version> /DFileVersion=<a.b.c.d>
;                      /DBundleDir=<dist\TradeTier> /O<dist> build_scripts\installer.iss
;
; Why per user: the firm's office PC has no admin rights and often no IT person, so the
; installer never asks for elevation (PrivilegesRequired=lowest) and installs into the user's
; own Programs folder ({autopf} = %LOCALAPPDATA%\Programs in that mode).
;
; The user's data (database, log, self-test report) lives in %LOCALAPPDATA%\TradeTier, outside
; the app folder, so an upgrade or an uninstall never touches it; the uninstaller only offers
; to delete it, default No (see [Code]).
;
; Chinese pages: Inno Setup 6.5 made ChineseSimplified.isl an official translation shipped in
; its Languages folder, so it is taken from the compiler rather than copied into this
; repository. With an older Inno Setup, put the translation (jrsoftware.org/files/istrans/)
; next to this script as ChineseSimplified.isl, or upgrade Inno Setup.
;
; This file is UTF-8 with a BOM: Inno Setup reads it as Unicode only with the BOM.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (python build_scripts\build.py does it)
#endif
#ifndef FileVersion
  #define FileVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\TradeTier"
#endif
#if !FileExists(AddBackslash(BundleDir) + "TradeTier.exe")
  #error dist\TradeTier\TradeTier.exe is missing: build the bundle first (python build_scripts\build.py)
#endif

#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error Languages\ChineseSimplified.isl not found: use Inno Setup 6.5 or later (see the note at the top)
#endif

; Code signing is optional: build.py passes /DSign and /Stradetier=<signtool command> when the
; TRADETIER_SIGN environment variable holds that command (see docs/user-guide.en.md).
#ifdef Sign
  #define SignFlag " signonce"
#else
  #define SignFlag ""
#endif

#define AppName "TradeTier"
#define AppNameZh "外贸客户分层"
#define AppExe "TradeTier.exe"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{AFB589BF-A02F-402D-8BF4-E44589A65959}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppNameZh} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#FileVersion}
VersionInfoProductName={#AppName} {#AppNameZh}
VersionInfoDescription={#AppName} {#AppNameZh} Setup
UninstallDisplayName={#AppName} {#AppNameZh}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\resources\icons\tradetier.ico
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableWelcomePage=no
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=tradetier
SignedUninstaller=yes
#endif

[Languages]
; Chinese first: it is the default when Windows' display language matches neither.
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.RemoveDataQuestion=是否同时删除 TradeTier 的数据（客户数据库、日志和设置）？%n%n数据保存在：%n%1%n%n选择“否”会保留数据，以后重新安装即可继续使用。%n选择“是”会永久删除数据，无法恢复（如需保留，请先复制其中的 tradetier.sqlite 备份）。
english.RemoveDataQuestion=Also delete TradeTier's data (the customer database, log and settings)?%n%nThe data is in:%n%1%n%nChoose No to keep it: a later install picks it up again.%nChoose Yes to delete it for good (copy tradetier.sqlite from there first if you want a backup).
chinesesimplified.RemoveDataFailed=部分数据未能删除（文件可能正在使用）。请关闭 TradeTier 后手动删除该文件夹：%n%1
english.RemoveDataFailed=Some of the data could not be deleted (a file may be in use). Close TradeTier and delete this folder by hand:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer build no longer has must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "{#BundleDir}\*"; Excludes: "\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName} {#AppNameZh}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName} {#AppNameZh}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder is platformdirs' user_data_dir("TradeTier") (core/paths.py): %LOCALAPPDATA%\TradeTier.
  Qt's settings (language, last database) are under HKCU\Software\TradeTier. Both stay unless the
  user answers Yes; a silent uninstall (/SILENT, /VERYSILENT) takes the default answer, No. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\TradeTier');
  if not DirExists(DataDir) then
    Exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
  begin
    if not DelTree(DataDir, True, True, True) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [DataDir]),
        mbError, MB_OK, IDOK);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\TradeTier');
  end;
end;
