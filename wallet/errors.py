"""The exception tree of the wallet core.

Every exception the core raises on purpose derives from :class:`WalletError` and carries a
stable, machine-readable ``code`` (used by the CLI's ``--json`` output and by the UI to pick
its wording) and an ``exit_code`` for ``learner-wallet-cli``. Messages name the problem and,
where there is one, the fix. Foreign exceptions are translated at the one module that uses the
foreign library (``raise KeychainUnavailable(...) from exc``).

A *failed verification check* is not an exception: ``verify_*`` returns a report. An exception
from a verification function means "could not verify at all" (the input is not a credential,
the JSON is malformed, a limit was exceeded).

::

    WalletError                         code             exit
    ├── InputError                      bad-input        2   input that cannot be used
    │   ├── NotJSON                     not-json
    │   ├── NotACredential              not-a-credential
    │   ├── LimitExceeded               limit-exceeded   (size, depth, zip, CBOR, canonicalization work)
    │   ├── UnknownContext              unknown-context  (a JSON-LD context not bundled)
    │   ├── MalformedProof              malformed-proof
    │   ├── UnsupportedFormat           unsupported-format
    │   ├── InvalidKey                  invalid-key      (malformed key, wrong length, bad point)
    │   ├── InvalidDID                  invalid-did
    │   ├── UnsupportedDIDMethod        unsupported-did-method
    │   ├── QRError                     qr-error         (too large, unreadable, bad VP1- or LW1: text)
    │   ├── PackageError                package-error    (zip package: traversal, bomb, bad manifest)
    │   ├── TrustListRefused            trust-list-refused (a trust list or registry that is tampered, expired or unsigned)
    │   └── BadOffer                    bad-offer        (a credential offer link, URI or QR code that cannot be used)
    ├── NotFound                        not-found        2
    ├── WalletNotInitialized            not-initialized  2
    ├── KeychainError                   keychain         3
    │   ├── KeychainUnavailable         keychain-unavailable
    │   ├── KeychainLocked              keychain-locked
    │   └── KeyMissing                  key-missing
    ├── StoreError                      store            2
    │   └── StoreCorrupt                store-corrupt
    ├── BackupError                     backup           2
    │   └── WrongPassphrase             wrong-passphrase
    ├── NetworkError                    network          1   (never reported as "invalid": callers map it to not-checked)
    ├── ShareServiceError               share-service    1   (a share service refused an upload or a deletion)
    ├── ReceiveError                    receive          1   (OID4VCI: receiving from an issuer failed; nothing was stored)
    │   ├── OfferExpired                offer-expired    (the offer expired or was already used)
    │   ├── WrongTxCode                 wrong-tx-code    (the transaction code was wrong or missing)
    │   ├── IssuerUnreachable           issuer-unreachable
    │   ├── TamperedMetadata            tampered-metadata (metadata that names another issuer or server)
    │   ├── WrongNonce                  wrong-nonce      (the issuer refused the proof's nonce)
    │   ├── AnotherHost                 another-host     (a redirect or URL to a host the offer and metadata do not name)
    │   ├── NotBoundToHolder            not-bound        (the credential is bound to another key or DID than the chosen one)
    │   └── IssuancePending             issuance-pending (deferred issuance not finished in time)
    ├── SigningError                    signing          1
    └── Cancelled                       cancelled        1   silent in the UI
"""

from __future__ import annotations

__all__ = [
    "AnotherHost",
    "BackupError",
    "BadOffer",
    "Cancelled",
    "InputError",
    "InvalidDID",
    "InvalidKey",
    "IssuancePending",
    "IssuerUnreachable",
    "KeyMissing",
    "KeychainError",
    "KeychainLocked",
    "KeychainUnavailable",
    "LimitExceeded",
    "MalformedProof",
    "NetworkError",
    "NotACredential",
    "NotBoundToHolder",
    "NotFound",
    "NotJSON",
    "OfferExpired",
    "PackageError",
    "QRError",
    "ReceiveError",
    "ShareServiceError",
    "SigningError",
    "StoreCorrupt",
    "StoreError",
    "TamperedMetadata",
    "TrustListRefused",
    "UnknownContext",
    "UnsupportedDIDMethod",
    "UnsupportedFormat",
    "WalletError",
    "WalletNotInitialized",
    "WrongNonce",
    "WrongPassphrase",
    "WrongTxCode",
]


class WalletError(Exception):
    """Root of every error the wallet core raises on purpose."""

    code: str = "wallet-error"
    exit_code: int = 1

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(f"{message} {fix}" if fix else message)

    def to_json(self) -> dict[str, str]:
        out = {"code": self.code, "message": self.message}
        if self.fix:
            out["fix"] = self.fix
        return out


class InputError(WalletError):
    """The input cannot be used (bad file, bad text, unsupported format)."""

    code = "bad-input"
    exit_code = 2


class NotJSON(InputError):
    code = "not-json"


class NotACredential(InputError):
    code = "not-a-credential"


class LimitExceeded(InputError):
    """A stated safety limit was exceeded (size, nesting, expansion, canonicalization work)."""

    code = "limit-exceeded"


class UnknownContext(InputError):
    code = "unknown-context"

    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(
            f"context {url} is not available offline",
            fix="Only the JSON-LD contexts bundled with Learner Wallet are used; this credential needs another one.",
        )


class MalformedProof(InputError):
    code = "malformed-proof"


class UnsupportedFormat(InputError):
    code = "unsupported-format"


class InvalidKey(InputError):
    code = "invalid-key"


class InvalidDID(InputError):
    code = "invalid-did"


class UnsupportedDIDMethod(InputError):
    code = "unsupported-did-method"


class QRError(InputError):
    code = "qr-error"


class PackageError(InputError):
    code = "package-error"


class TrustListRefused(InputError):
    """A trust list or registry file that must not be used: its signature fails, it expired, or its
    publisher's key is not its own. Nothing of it is used."""

    code = "trust-list-refused"


class BadOffer(InputError):
    """A credential offer (OID4VCI link, ``openid-credential-offer://`` URI or QR code) that cannot be used."""

    code = "bad-offer"


class NotFound(WalletError):
    code = "not-found"
    exit_code = 2


class WalletNotInitialized(WalletError):
    code = "not-initialized"
    exit_code = 2


class KeychainError(WalletError):
    """The OS keychain could not be used. Nothing was written."""

    code = "keychain"
    exit_code = 3


class KeychainUnavailable(KeychainError):
    code = "keychain-unavailable"


class KeychainLocked(KeychainError):
    code = "keychain-locked"


class KeyMissing(KeychainError):
    code = "key-missing"


class StoreError(WalletError):
    code = "store"
    exit_code = 2  # the wallet's own files cannot be used: never 1, which means "not verified"


class StoreCorrupt(StoreError):
    code = "store-corrupt"


class BackupError(WalletError):
    code = "backup"
    exit_code = 2


class WrongPassphrase(BackupError):
    code = "wrong-passphrase"


class NetworkError(WalletError):
    """A network answer could not be had. Callers report the check as not-checked, never as invalid."""

    code = "network"


class ShareServiceError(WalletError):
    """A share service answered, but refused (its HTTP status and error code are in the message)."""

    code = "share-service"


class ReceiveError(WalletError):
    """Receiving a credential from an issuer (OID4VCI) failed. Nothing of it was stored."""

    code = "receive"


class OfferExpired(ReceiveError):
    code = "offer-expired"


class WrongTxCode(ReceiveError):
    code = "wrong-tx-code"


class IssuerUnreachable(ReceiveError):
    code = "issuer-unreachable"


class TamperedMetadata(ReceiveError):
    code = "tampered-metadata"


class WrongNonce(ReceiveError):
    code = "wrong-nonce"


class AnotherHost(ReceiveError):
    code = "another-host"


class NotBoundToHolder(ReceiveError):
    code = "not-bound"


class IssuancePending(ReceiveError):
    code = "issuance-pending"


class SigningError(WalletError):
    code = "signing"


class Cancelled(WalletError):
    """The user cancelled a long task. The UI shows nothing for it."""

    code = "cancelled"
