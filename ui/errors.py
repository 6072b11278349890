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

from ui.i18n import QT_TRANSLATE_NOOP
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
    ReceiveError,
    StoreCorrupt,
    StoreError,
    WalletError,
    WalletNotInitialized,
    WrongPassphrase,
)

__all__ = ["CODE_SENTENCES", "Problem", "describe", "in_words"]


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
    (KeychainLocked, QT_TRANSLATE_NOOP("errors", "The keychain is locked"),
     QT_TRANSLATE_NOOP("errors", "Unlock your keychain (log in to your desktop session again, or unlock it in your password manager) and retry.")),
    (KeychainUnavailable, QT_TRANSLATE_NOOP("errors", "No keychain available"),
     QT_TRANSLATE_NOOP("errors", "Learner Wallet keeps private keys only in the system keychain. Start or install one and retry.")),
    (KeyMissing, QT_TRANSLATE_NOOP("errors", "A key is missing from the keychain"),
     QT_TRANSLATE_NOOP("errors", "Restore the wallet from a backup, or remove this identity.")),
    (KeychainError, QT_TRANSLATE_NOOP("errors", "The keychain could not be used"), QT_TRANSLATE_NOOP("errors", "Check that your keychain is running and unlocked, then retry.")),
    (WalletNotInitialized, QT_TRANSLATE_NOOP("errors", "There is no wallet here"), QT_TRANSLATE_NOOP("errors", "Create a wallet first.")),
    (WrongPassphrase, QT_TRANSLATE_NOOP("errors", "Wrong passphrase"), QT_TRANSLATE_NOOP("errors", "Check the passphrase and try again.")),
    (BackupError, QT_TRANSLATE_NOOP("errors", "The backup cannot be used"), ""),
    (StoreCorrupt, QT_TRANSLATE_NOOP("errors", "The wallet database is damaged"), QT_TRANSLATE_NOOP("errors", "Restore the wallet from a backup.")),
    (StoreError, QT_TRANSLATE_NOOP("errors", "The wallet could not be saved"), QT_TRANSLATE_NOOP("errors", "Check that the disk is not full, then retry.")),
    (NotFound, QT_TRANSLATE_NOOP("errors", "Not found"), ""),
    (ReceiveError, QT_TRANSLATE_NOOP("errors", "Nothing was received from the issuer"), ""),
    (NetworkError, QT_TRANSLATE_NOOP("errors", "No network answer"), QT_TRANSLATE_NOOP("errors", "Check your connection, or keep working offline.")),
    (InputError, QT_TRANSLATE_NOOP("errors", "This input cannot be used"), ""),
    (WalletError, QT_TRANSLATE_NOOP("errors", "Something did not work"), ""),
)


#: each core error code in plain words. The core's own message (English) names the specifics; in
#: another interface language this sentence comes first, so the problem is understood in that language.
CODE_SENTENCES = {
    "bad-input": QT_TRANSLATE_NOOP("errors", "This input cannot be used."),
    "not-json": QT_TRANSLATE_NOOP("errors", "This is not readable JSON text."),
    "not-a-credential": QT_TRANSLATE_NOOP("errors", "This is not a credential or a presentation."),
    "limit-exceeded": QT_TRANSLATE_NOOP("errors", "This input is larger or more deeply nested than a credential may be."),
    "unknown-context": QT_TRANSLATE_NOOP("errors", "The credential uses a vocabulary (JSON-LD context) this wallet does "
                                                   "not have, so it cannot be read safely offline."),
    "malformed-proof": QT_TRANSLATE_NOOP("errors", "The credential's signature is damaged or incomplete."),
    "unsupported-format": QT_TRANSLATE_NOOP("errors", "This format is not supported."),
    "invalid-key": QT_TRANSLATE_NOOP("errors", "A key in this input cannot be used."),
    "invalid-did": QT_TRANSLATE_NOOP("errors", "An identifier (DID) in this input is not valid."),
    "unsupported-did-method": QT_TRANSLATE_NOOP("errors", "This kind of identifier (DID method) is not supported."),
    "qr-error": QT_TRANSLATE_NOOP("errors", "The QR code cannot be read."),
    "package-error": QT_TRANSLATE_NOOP("errors", "The share package is damaged or incomplete."),
    "trust-list-refused": QT_TRANSLATE_NOOP("errors", "This trust list was changed after signing, has expired, or "
                                                      "its publisher's signature cannot be checked: it is not used."),
    "not-found": QT_TRANSLATE_NOOP("errors", "It is not in this wallet."),
    "not-initialized": QT_TRANSLATE_NOOP("errors", "There is no wallet in this folder yet."),
    "keychain": QT_TRANSLATE_NOOP("errors", "The system keychain could not be used; nothing was written."),
    "keychain-unavailable": QT_TRANSLATE_NOOP("errors", "No system keychain answered; nothing was written."),
    "keychain-locked": QT_TRANSLATE_NOOP("errors", "The system keychain is locked; nothing was written."),
    "key-missing": QT_TRANSLATE_NOOP("errors", "A private key this wallet needs is not in the system keychain."),
    "store": QT_TRANSLATE_NOOP("errors", "The wallet could not be saved; it is as it was before."),
    "store-corrupt": QT_TRANSLATE_NOOP("errors", "The wallet's database cannot be read."),
    "backup": QT_TRANSLATE_NOOP("errors", "This backup file cannot be used; nothing was changed."),
    "wrong-passphrase": QT_TRANSLATE_NOOP("errors", "The passphrase does not open this backup; nothing was changed."),
    "network": QT_TRANSLATE_NOOP("errors", "The other computer did not answer, or not usably."),
    "signing": QT_TRANSLATE_NOOP("errors", "The signature could not be made."),
    # receiving from an issuer (wallet/receive); nothing is ever stored when one of these happens
    "bad-offer": QT_TRANSLATE_NOOP("errors", "This is not a credential offer the wallet can use."),
    "receive": QT_TRANSLATE_NOOP("errors", "Receiving from the issuer did not work; nothing was stored."),
    "offer-expired": QT_TRANSLATE_NOOP("errors", "The offer has expired or was already used."),
    "wrong-tx-code": QT_TRANSLATE_NOOP("errors", "The transaction code is wrong or missing."),
    "share-service": QT_TRANSLATE_NOOP("errors", "The share service refused the link or could not be reached."),
    "issuer-unreachable": QT_TRANSLATE_NOOP("errors", "The issuer could not be reached."),
    "tampered-metadata": QT_TRANSLATE_NOOP("errors", "The issuer's description of itself does not match the offer; "
                                                     "it may have been tampered with."),
    "wrong-nonce": QT_TRANSLATE_NOOP("errors", "The issuer refused the wallet's proof of your key (its nonce)."),
    "another-host": QT_TRANSLATE_NOOP("errors", "The issuer tried to send the wallet to another server, which was "
                                                "not contacted."),
    "not-bound": QT_TRANSLATE_NOOP("errors", "The credential was issued to someone else's key, not to your identity."),
    "issuance-pending": QT_TRANSLATE_NOOP("errors", "The issuer has not finished preparing the credential."),
}


def in_words(code: str, message: str, sep: str = "\n") -> str:
    """``message`` (the core's, English) led by the code's sentence when the interface speaks another
    language; in English the core's message alone (it already says it, more precisely)."""
    source = CODE_SENTENCES.get(code)
    if not source:
        return message
    said = _tr(source)
    return f"{said}{sep}{message}" if said != source and message else (said if said != source else message)


def describe(exc: BaseException) -> Problem | None:
    """The words for ``exc``, or ``None`` when nothing should be shown (a cancelled task)."""
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, WalletError):
        for kind, title, fix in _TABLE:
            if isinstance(exc, kind):
                return Problem(_tr(title), in_words(exc.code, exc.message), exc.fix or (_tr(fix) if fix else ""),
                               exc.code)
    log.error("unexpected error", exc_info=exc)
    return Problem(
        QCoreApplication.translate("errors", "Something went wrong"),
        f"{type(exc).__name__}: {exc}",
        QCoreApplication.translate(
            "errors", "This is a bug in Learner Wallet. Nothing was changed; please report what you were doing."),
    )
