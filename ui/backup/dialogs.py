"""Back up and restore the whole wallet (File ▸ Back up…, File ▸ Restore…), and the gentle reminder.

* **Back up**: the passphrase twice, with a strength hint; the encrypted ``.lwbackup`` file is written on
  the serial lane (the key derivation is deliberately slow) and the time is kept as the ``last_backup``
  setting.
* **Restore**: a backup file, an empty folder and the passphrase. The backup is decrypted before anything
  is written, so a wrong passphrase or a damaged file changes nothing; the dialog says which, in words.
  The restored wallet has its own keychain entries; the window can switch to it.
* **Reminder**: a banner (never a modal box) when the wallet holds credentials and has not been backed up
  in the last ``REMIND_AFTER_DAYS`` days; "Not now" hides it for this session.
"""

from __future__ import annotations

import math
import string
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.i18n import QT_TRANSLATE_NOOP
from ui.session import Session
from ui.tasks import OpContext
from wallet import Change, Wallet, WalletError

__all__ = ["REMIND_AFTER_DAYS", "BackupActions", "BackupDialog", "BackupReminder", "RestoreDialog",
           "passphrase_strength"]

MIN_PASSPHRASE = 8
REMIND_AFTER_DAYS = 30
LAST_BACKUP = "last_backup"
BACKUP_FILTER = QT_TRANSLATE_NOOP("backup", "Learner Wallet backups (*.lwbackup);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("backup", text)


def passphrase_strength(text: str) -> tuple[int, str]:
    """(0 too short … 3 strong, the hint in words). A rough estimate: length times the character pool."""
    if len(text) < MIN_PASSPHRASE:
        return 0, QCoreApplication.translate("backup", "Too short: use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
    pool = sum(n for chars, n in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26), (string.digits, 10))
               if any(c in chars for c in text))
    pool += 33 if any(not c.isalnum() for c in text) else 0
    pool += 100 if any(ord(c) > 127 for c in text) else 0
    distinct = len(set(text))
    bits = min(len(text), distinct * 2) * math.log2(max(pool, 2))
    if bits < 50:
        return 1, QCoreApplication.translate("backup", "Weak: anyone who gets the file could guess it. Add more words.")
    if bits < 75:
        return 2, QCoreApplication.translate("backup", "Fair. Four or more unrelated words make it strong.")
    return 3, QCoreApplication.translate("backup", "Strong.")


def _now() -> datetime:
    return datetime.now(UTC)


def _default_backup_name() -> str:
    return str(Path.home() / f"learner-wallet-{_now():%Y-%m-%d}.lwbackup")


# --- background work ----------------------------------------------------------------------------


class _Backup:
    def __init__(self, path: str, passphrase: str) -> None:
        self.path, self.passphrase = path, passphrase

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[str, Change]:
        from wallet.store.backup import backup_wallet

        out = backup_wallet(wallet, self.path, self.passphrase)
        change = wallet.set_setting(LAST_BACKUP, _now().isoformat(timespec="seconds"))
        return str(out), change


class _Restore:
    def __init__(self, path: str, home: str, passphrase: str, keyring_backend: Any) -> None:
        self.path, self.home, self.passphrase, self.keyring_backend = path, home, passphrase, keyring_backend

    def __call__(self, op: OpContext) -> dict[str, Any]:
        from wallet.store.backup import restore_wallet

        wallet = restore_wallet(self.path, self.home, self.passphrase, keyring_backend=self.keyring_backend)
        try:
            return {"home": self.home, "credentials": wallet.credential_count(), "dids": len(wallet.dids())}
        finally:
            wallet.close()


class _ReminderDue:
    """Is a reminder due? (``has_credentials``: known already, e.g. right after an import.)"""

    def __init__(self, has_credentials: bool = False) -> None:
        self.has_credentials = has_credentials

    def __call__(self, wallet: Wallet, op: OpContext) -> bool:
        if wallet.is_demo or not (self.has_credentials or wallet.credential_count()):
            return False
        return _backup_is_old(wallet)


def _backup_is_old(wallet: Wallet) -> bool:
    last = wallet.setting(LAST_BACKUP)
    if not last:
        return True
    try:
        when = datetime.fromisoformat(str(last))
    except ValueError:
        return True
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return _now() - when > timedelta(days=REMIND_AFTER_DAYS)


# --- dialogs ------------------------------------------------------------------------------------


def _password_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(QCoreApplication.translate("backup", "Problem"))
    label.setWordWrap(True)
    label.setVisible(False)
    dark = label.palette().window().color().lightness() < 128
    label.setStyleSheet(f"color: {'#f28b82' if dark else '#b3261e'};")
    return label


def _path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _lay_out(dialog: Any, intro: QWidget, form: QFormLayout, error: QLabel, ok_text: str, ok_name: str,
             fields: tuple[QLineEdit, ...]) -> tuple[QDialogButtonBox, QPushButton]:
    """The backup and restore dialogs' common frame: intro, form, error line, Cancel and the action
    (``dialog.start``); each field's edits call ``dialog._update``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setAccessibleName(ok_name)
    buttons.accepted.connect(dialog.start)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    for field in fields:
        field.textChanged.connect(dialog._update)
    dialog.setMinimumWidth(600)
    dialog.adjustSize()
    return buttons, ok


class BackupDialog(QDialog):
    """Passphrase twice (with a strength hint), where to save; the file is written in the background."""

    backed_up = Signal(str)  # the backup file

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("backup-dialog")
        self.setWindowTitle(self.tr("Back up your wallet"))
        self.setAccessibleName(self.tr("Back up your wallet"))
        intro = QLabel(self.tr(
            "The backup holds everything: your credentials, notes and tags, settings, and the private keys of "
            "your identities. It is encrypted with the passphrase you choose here. Without the passphrase "
            "nobody can open it — not even you, so write it down somewhere safe."))
        intro.setWordWrap(True)
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("At least %1 characters; several words are best")
                                           .replace("%1", str(MIN_PASSPHRASE)))
        self.confirm = _password_field(self.tr("Passphrase again"))
        self.strength = QLabel()
        self.strength.setObjectName("passphrase-strength")
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength.setWordWrap(True)
        self.match = QLabel()
        self.match.setObjectName("passphrase-match")
        self.match.setAccessibleName(self.tr("Whether the passphrases match"))
        self.path = QLineEdit(_default_backup_name())
        self.path.setAccessibleName(self.tr("Backup file"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose where to save the backup"))
        self.browse.clicked.connect(self._choose_path)
        self.error = _error_label("backup-error")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Again:"), self.confirm)
        form.addRow("", self.match)
        form.addRow(_buddy(self.tr("Save &to:"), self.path), _path_row(self.path, self.browse))
        self.buttons, self.ok_button = _lay_out(self, intro, form, self.error, self.tr("Back up"),
                                                self.tr("Write the encrypted backup"),
                                                (self.passphrase, self.confirm, self.path))
        self._file_dialog: QFileDialog | None = None
        self._update()

    def _update(self, *args: Any) -> None:
        text = self.passphrase.text()
        level, hint = passphrase_strength(text)
        self.strength.setText(hint if text else self.tr("Choose a passphrase you will remember."))
        self.strength.setProperty("level", level)
        matches = bool(text) and text == self.confirm.text()
        self.match.setText("" if not self.confirm.text() else
                           self.tr("The passphrases match.") if matches else self.tr("The passphrases differ."))
        self.ok_button.setEnabled(level > 0 and matches and bool(self.path.text().strip()))

    def _choose_path(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the backup as"), self.path.text(), _tr(BACKUP_FILTER))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("lwbackup")
        dialog.fileSelected.connect(self.path.setText)
        self._file_dialog = dialog
        dialog.open()

    def start(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.error.setVisible(False)
        self.ok_button.setEnabled(False)
        path = self.path.text().strip()
        self.session.run(self, _Backup(path, self.passphrase.text()), success=self._done, failure=self._failed,
                         progress_label=self.tr("Encrypting the backup…"))

    def _done(self, result: Any) -> None:
        self.backed_up.emit(str(result[0]))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        problem = describe(exc)
        if problem is not None:
            self.error.setText(f"{problem.title}: {problem.text()}")
            self.error.setVisible(True)
            self.adjustSize()
        self._update()


class RestoreDialog(QDialog):
    """A backup file, an empty folder and the passphrase. Nothing changes unless it all works."""

    restored = Signal(object)  # {"home", "credentials", "dids"}

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("restore-dialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))
        intro = QLabel(self.tr(
            "Restoring makes a new wallet from a backup, in an empty folder: every credential, note, setting "
            "and identity, with the keys put into this computer's keychain. Your current wallet is not changed."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Backup file"))
        self.file_button = QPushButton(self.tr("Choose…"))
        self.file_button.setAccessibleName(self.tr("Choose the backup file"))
        self.file_button.clicked.connect(self._choose_file)
        self.folder = QLineEdit("" if session.exists() else str(session.home))
        self.folder.setAccessibleName(self.tr("Folder for the restored wallet"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.setAccessibleName(self.tr("Choose an empty folder"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.error = _error_label("restore-error")
        form = QFormLayout()
        form.addRow(_buddy(self.tr("&Backup:"), self.file), _path_row(self.file, self.file_button))
        form.addRow(_buddy(self.tr("&Into folder:"), self.folder), _path_row(self.folder, self.folder_button))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons, self.ok_button = _lay_out(self, intro, form, self.error, self.tr("Restore"),
                                                self.tr("Restore the backup"), (self.file, self.folder, self.passphrase))
        self._file_dialog: QFileDialog | None = None
        self._update()

    def _update(self, *args: Any) -> None:
        self.ok_button.setEnabled(all(f.text().strip() for f in (self.file, self.folder))
                                  and bool(self.passphrase.text()))

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup file"), str(Path.home()), _tr(BACKUP_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.file.setText)
        self._file_dialog = dialog
        dialog.open()

    def _choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose an empty folder"), str(Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        self._file_dialog = dialog
        dialog.open()

    def folder_problem(self, folder: Path) -> str:
        if folder.exists() and not folder.is_dir():
            return self.tr("%1 is a file, not a folder.").replace("%1", str(folder))
        if folder.is_dir() and any(folder.iterdir()):
            return self.tr("%1 is not empty. Restore into an empty or new folder, so that nothing is overwritten.") \
                .replace("%1", str(folder))
        return ""

    def start(self) -> None:
        if not self.ok_button.isEnabled():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        problem = self.folder_problem(folder)
        if problem:
            self._show_error(problem)
            return
        self.error.setVisible(False)
        self.ok_button.setEnabled(False)
        job = _Restore(self.file.text().strip(), str(folder), self.passphrase.text(), self.session.keyring_backend)
        self.session.runner.run(self, job, success=self._done, failure=self._failed,
                                progress_label=self.tr("Decrypting the backup…"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.adjustSize()  # room for the message
        self._update()

    def _done(self, result: Any) -> None:
        self.restored.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from wallet.errors import WrongPassphrase

        problem = describe(exc)
        if problem is None:
            self._update()
            return
        if isinstance(exc, WrongPassphrase):
            self.passphrase.clear()
            self.passphrase.setFocus()
            text = self.tr("Wrong passphrase, or the backup file is damaged. Nothing was changed. Check the "
                           "passphrase (it is case-sensitive) and try again.")
        else:
            text = f"{problem.title}: {problem.text()}\n" + self.tr("Nothing was changed.")
        self._show_error(text)


# --- the reminder and the window's actions -------------------------------------------------------


class BackupReminder(QFrame):
    """A banner: no backup in the last 30 days. "Back up now" or "Not now" (for this session)."""

    back_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup-reminder")
        self.setAccessibleName(self.tr("Backup reminder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.text = QLabel(self.tr("Your wallet has not been backed up in the last %1 days. A backup lets you "
                                   "restore everything on a new computer.").replace("%1", str(REMIND_AFTER_DAYS)))
        self.text.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up now…"))
        self.now_button.setAccessibleName(self.tr("Back up the wallet now"))
        self.now_button.clicked.connect(self.back_up_requested)
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setAccessibleName(self.tr("Hide the backup reminder"))
        self.later_button.clicked.connect(self.dismiss)
        self.dismissed = False
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.now_button)
        row.addWidget(self.later_button)
        self.setVisible(False)

    def dismiss(self) -> None:
        self.dismissed = True
        self.setVisible(False)

    def set_due(self, due: bool) -> None:
        self.setVisible(bool(due) and not self.dismissed)


class BackupActions(QObject):
    """What File ▸ Back up… and File ▸ Restore… do for a window, and the reminder's upkeep."""

    restored = Signal(object)  # {"home", "credentials", "dids"}
    switched = Signal(str)  # the window now shows the wallet in this folder

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.reminder = BackupReminder()
        self.reminder.back_up_requested.connect(self.back_up)
        session.opened.connect(self.check_reminder)
        session.runner.wallet_changed.connect(self._on_wallet_changed)

    # --- reminder -----------------------------------------------------------------------------
    def check_reminder(self, has_credentials: bool = False) -> None:
        if self.reminder.dismissed:
            return
        self.session.run(self.window, _ReminderDue(has_credentials), success=self.reminder.set_due)

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind == "credentials" or (change.kind == "settings" and LAST_BACKUP in change.ids):
            self.check_reminder()

    # --- back up ------------------------------------------------------------------------------
    def back_up(self) -> None:
        if self.session.wallet is None:
            return
        self.backup_dialog = BackupDialog(self.session, self.window)
        self.backup_dialog.backed_up.connect(self._backed_up)
        self.backup_dialog.open()

    def _backed_up(self, path: str) -> None:
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Backup saved to %1").replace("%1", path), 15_000)

    # --- restore ------------------------------------------------------------------------------
    def restore(self) -> None:
        self.restore_dialog = RestoreDialog(self.session, self.window)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.open()

    def _restored(self, result: Any) -> None:
        self.restored.emit(result)
        home = Path(result["home"])
        text = self.tr("Restored %1 credentials and %2 identities into %3.").replace(
            "%1", str(result["credentials"])).replace("%2", str(result["dids"])).replace("%3", str(home))
        if self.session.wallet is None or self.session.home == home:
            self.window.statusBar().showMessage(text, 15_000)
            self.switch_to(home)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("restored-box")
        box.setInformativeText(self.tr("Open the restored wallet now? (To open it later, start Learner Wallet "
                                       "with --home %1.)").replace("%1", str(home)))
        open_button = box.addButton(self.tr("Open it now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep this wallet open"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_button.clicked.connect(lambda: self.switch_to(home))
        self.restored_box = box
        box.open()

    def switch_to(self, home: Path) -> None:
        """Close the open wallet (on the serial lane) and open the one in ``home``."""
        self._target = Path(home)
        if self.session.wallet is not None:
            self.session.run(self.window, _close_wallet, success=self._closed)
        else:
            self._closed(None)

    def _closed(self, result: Any) -> None:
        self.session.wallet = None
        self.session.home = self._target
        self.session.demo = False
        self.reminder.dismissed = False
        self.reminder.setVisible(False)
        start = getattr(self.window, "start", None)
        if callable(start):
            start("library")
        self.switched.emit(str(self._target))


def _close_wallet(wallet: Wallet, op: OpContext) -> None:
    try:
        wallet.close()
    except WalletError:
        pass
