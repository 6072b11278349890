"""Exception -> words, in one place.

The core's errors carry a stable ``code``, a ``message`` naming the problem and often a ``fix``.
The UI owns the final wording: a short title per family, the core's message, and the core's fix
(or ours when the core gave none). :class:`~wallet.errors.Cancelled` is silent (``describe``
returns ``None``). Anything that is not a :class:`~wallet.errors.WalletError` is a bug: we say so
plainly and log the traceback.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from wallet.errors import (
    BackupError,
    Cancelled,
    InputError,
    KeychainError,
    KeychainLocked,
    KeychainUnavailable,
    KeyMissing,
    NetworkError,
    NotFound,
    StoreCorrupt,
    StoreError,
    WalletError,
    WalletNotInitialized,
    WrongPassphrase,
)

__all__ = ["Problem", "describe"]

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


@dataclass(frozen=True)
class Problem:
    """What to show: a title, what happened, and what to do about it."""

    title: str
    message: str
    fix: str = ""
    code: str = "bug"

    def text(self) -> str:
        return f"{self.message}\n\n{self.fix}" if self.fix else self.message


# (type, title, default fix); the first matching entry wins, so subclasses come first
_TABLE: tuple[tuple[type[BaseException], str, str], ...] = (
    (KeychainLocked, "The keychain is locked",
     "Unlock your keychain (log in to your desktop session again, or unlock it in your password manager) and retry."),
    (KeychainUnavailable, "No keychain available",
     "Learner Wallet keeps private keys only in the system keychain. Start or install one and retry."),
    (KeyMissing, "A key is missing from the keychain",
     "Restore the wallet from a backup, or remove this identity."),
    (KeychainError, "The keychain could not be used", "Check that your keychain is running and unlocked, then retry."),
    (WalletNotInitialized, "There is no wallet here", "Create a wallet first."),
    (WrongPassphrase, "Wrong passphrase", "Check the passphrase and try again."),
    (BackupError, "The backup cannot be used", ""),
    (StoreCorrupt, "The wallet database is damaged", "Restore the wallet from a backup."),
    (StoreError, "The wallet could not be saved", "Check that the disk is not full, then retry."),
    (NotFound, "Not found", ""),
    (NetworkError, "No network answer", "Check your connection, or keep working offline."),
    (InputError, "This input cannot be used", ""),
    (WalletError, "Something did not work", ""),
)


def describe(exc: BaseException) -> Problem | None:
    """The words for ``exc``, or ``None`` when nothing should be shown (a cancelled task)."""
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, WalletError):
        for kind, title, fix in _TABLE:
            if isinstance(exc, kind):
                return Problem(_tr(title), exc.message, exc.fix or (_tr(fix) if fix else ""), exc.code)
    log.error("unexpected error", exc_info=exc)
    return Problem(
        _tr("Something went wrong"),
        f"{type(exc).__name__}: {exc}",
        _tr("This is a bug in Learner Wallet. Nothing was changed; please report what you were doing."),
    )
