; Inno Setup 6 script for Learner Wallet on Windows (not built on Linux; see packaging/README.md).
; Build the bundle first, on Windows:
;   .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist packaging\learner-wallet.spec
; then compile, passing the version from wallet\_version.py (the one source of the version):
;   for /f %v in ('.venv\Scripts\python -c "from wallet._version import __version__ as v; print(v)"') do ^
;     iscc /DAppVersion=%v packaging\windows\learner-wallet.iss
; Output: dist\learner-wallet-<version>-windows-setup.exe (per-user install, no administrator rights needed).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\learner-wallet.iss
#endif
#define AppName "Learner Wallet"
#define AppExe "learner-wallet.exe"
#define SrcDir "..\..\dist\learner-wallet"

[Setup]
AppId={{8C0F5E3A-6B7D-4E0B-9A51-3D2C7E9B4F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Learner Wallet contributors
DefaultDirName={localappdata}\Programs\Learner Wallet
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=learner-wallet-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\learner-wallet.ico
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open Learner Wallet share packages (.lwpkg) in the verifier"; GroupDescription: "File types:"

[Files]
Source: "{#SrcDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} Verifier"; Filename: "{app}\{#AppExe}"; Parameters: "--verify"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .lwpkg share packages open in the verifier (learner-wallet --verify FILE); per-user classes.
Root: HKA; Subkey: "Software\Classes\.lwpkg"; ValueType: string; ValueName: ""; ValueData: "LearnerWallet.Package"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.lwpkg"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-learner-wallet-package"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\LearnerWallet.Package"; ValueType: string; ValueName: ""; ValueData: "Learner Wallet share package"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\LearnerWallet.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\LearnerWallet.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --verify ""%1"""; Tasks: associate
; Backups (.lwbackup) get a type name and icon; they are restored from inside the app.
Root: HKA; Subkey: "Software\Classes\.lwbackup"; ValueType: string; ValueName: ""; ValueData: "LearnerWallet.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LearnerWallet.Backup"; ValueType: string; ValueName: ""; ValueData: "Learner Wallet encrypted backup"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LearnerWallet.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; "Add to wallet" links of issuers (OID4VCI credential offers, openid-credential-offer://...) open the Receive
; dialog: learner-wallet "openid-credential-offer://...". A URL protocol handler, per user.
Root: HKA; Subkey: "Software\Classes\openid-credential-offer"; ValueType: string; ValueName: ""; ValueData: "URL:OpenID credential offer"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\openid-credential-offer"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\openid-credential-offer\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\openid-credential-offer\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Keys and the wallet's data key live in the Windows Credential Locker (keyring's WinVault backend) under
; "learner-wallet/<wallet id>"; the uninstaller leaves them and the wallet folder (%LOCALAPPDATA%\learner-wallet)
; in place, so a reinstall opens the same wallet.
