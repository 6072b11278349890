"""Private keys in the operating system's keychain, through ``keyring``.

This is the only module that touches ``keyring``, and the only place private key bytes exist.
Callers get :class:`Signer` objects (sign bytes, know their public key) and a :class:`DataCipher`
(AES-256-GCM under the wallet's data key); they never get key bytes. There is **no plaintext
fallback**: when no secure keychain is present or it is locked, a :class:`KeychainUnavailable` /
:class:`KeychainLocked` error says how to fix it and nothing is written.

Entries are stored under the service name ``learner-wallet/<namespace>``, where the namespace is
the wallet's own id, so the demo wallet, a self-test and the learner's wallet never share entries.
"""

from __future__ import annotations

import hmac
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from wallet.errors import (
    InvalidKey,
    KeychainError,
    KeychainLocked,
    KeychainUnavailable,
    KeyMissing,
    SigningError,
    StoreCorrupt,
)
from wallet.identity.keys import (
    PRIVATE_CODEC_OF,
    PRIVATE_CODECS,
    PublicKey,
    multibase_decode,
    multibase_encode,
    varint_decode,
    varint_encode,
)
from wallet.roles import IdentitySigner

__all__ = ["DataCipher", "Keystore", "LocalSigner", "Signer", "SignerKeyType", "check_secret"]

SignerKeyType = Literal["ed25519", "p256"]
SERVICE_PREFIX = "learner-wallet/"
DATA_KEY_NAME = "data-key"

# keyring backends that keep secrets in a real OS keychain; anything else is refused
_SECURE_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)

FIX_LINUX = (
    "Install and start a Secret Service provider (e.g. gnome-keyring or KeePassXC with Secret Service "
    "enabled) in your desktop session, and unlock it."
)


Signer = IdentitySigner  # the role (wallet.roles); LocalSigner below is the implementation


@dataclass(frozen=True, repr=False)
class LocalSigner:
    """A signer over an in-memory private key (loaded from the keychain, or ephemeral).

    EC signatures are returned raw (r||s), hashed with SHA-256 for P-256 and SHA-384 for P-384.
    The private key never appears in ``repr`` or ``str``.
    """

    key_type: str
    public_key: PublicKey
    did: str
    verification_method: str
    _private: Any = field(compare=False)

    def sign(self, data: bytes) -> bytes:
        key = self._private
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return key.sign(data)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            size = (key.curve.key_size + 7) // 8
            h: hashes.HashAlgorithm = hashes.SHA256() if size == 32 else hashes.SHA384()
            r, s = decode_dss_signature(key.sign(data, ec.ECDSA(h)))
            return r.to_bytes(size, "big") + s.to_bytes(size, "big")
        raise SigningError("unsupported key")

    def __repr__(self) -> str:
        return f"<Signer {self.key_type} {self.verification_method}>"

    __str__ = __repr__

    @classmethod
    def generate(cls, key_type: str) -> LocalSigner:
        """An ephemeral signer (never stored), e.g. for tests or proof-scoped keys."""
        return _signer_from_private(_generate(key_type))


class DataCipher:
    """AES-256-GCM under the wallet's data key. ``aad`` binds a ciphertext to where it is stored."""

    VERSION = b"\x01"

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise InvalidKey("the data key must be 32 bytes")
        self._aead = AESGCM(key)
        self._mac_key = HKDF(hashes.SHA256(), 32, salt=None, info=b"learner-wallet fingerprint v1").derive(key)

    def mac(self, data: bytes) -> str:
        """A keyed fingerprint (HMAC-SHA256 under a subkey of the data key), hex."""
        return hmac.new(self._mac_key, data, "sha256").hexdigest()

    def encrypt(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        nonce = os.urandom(12)
        return self.VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes = b"") -> bytes:
        # no function-level imports here: this runs once per stored record when the wallet opens, and
        # an import statement costs ~10 µs each under the Qt app's import hook
        if len(blob) < 29 or blob[:1] != self.VERSION:
            raise StoreCorrupt("an encrypted record is damaged (unknown format)")
        try:
            return self._aead.decrypt(blob[1:13], blob[13:], aad)
        except InvalidTag:
            raise StoreCorrupt(
                "an encrypted record cannot be decrypted: the data is damaged or the keychain holds another "
                "wallet's key"
            ) from None

    def __repr__(self) -> str:
        return "<DataCipher>"


def _generate(key_type: str) -> Any:
    if key_type == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    if key_type == "p256":
        return ec.generate_private_key(ec.SECP256R1())
    if key_type == "p384":
        return ec.generate_private_key(ec.SECP384R1())
    raise InvalidKey(f"unsupported key type {key_type!r} (use ed25519 or p256)")


def _private_bytes(key: Any) -> tuple[str, bytes]:
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519", key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        size = (key.curve.key_size + 7) // 8
        return ("p256" if size == 32 else "p384"), key.private_numbers().private_value.to_bytes(size, "big")
    raise InvalidKey("unsupported key")


def _private_from_multibase(text: str) -> Any:
    data = multibase_decode(text)
    code, used = varint_decode(data)
    if code not in PRIVATE_CODECS:
        raise InvalidKey("the stored key has an unknown type")
    ktype, length = PRIVATE_CODECS[code]
    raw = data[used:]
    if len(raw) != length:
        raise InvalidKey("the stored key has the wrong length")
    if ktype == "ed25519":
        return ed25519.Ed25519PrivateKey.from_private_bytes(raw)
    curve: ec.EllipticCurve = ec.SECP256R1() if ktype == "p256" else ec.SECP384R1()
    return ec.derive_private_key(int.from_bytes(raw, "big"), curve)


def _signer_from_private(key: Any) -> LocalSigner:
    from wallet.identity.did import did_key_from_public_key

    pub = PublicKey.from_cryptography(key.public_key())
    did = did_key_from_public_key(pub)
    return LocalSigner(pub.type, pub, did, f"{did}#{pub.multibase()}", key)


def _secret_for(key: Any) -> str:
    ktype, raw = _private_bytes(key)
    return json.dumps(
        {"v": 1, "type": ktype, "secretKeyMultibase": multibase_encode(varint_encode(PRIVATE_CODEC_OF[ktype]) + raw)}
    )


def check_secret(did: str, secret: str) -> None:
    """Raise InvalidKey unless ``secret`` (a keychain entry as :meth:`Keystore.export_secrets` gives
    it) holds the private key of ``did``. Restore checks every key of a backup before writing any."""
    try:
        key = _private_from_multibase(json.loads(secret)["secretKeyMultibase"])
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, InvalidKey):
        raise InvalidKey(f"the backup's key for {did[:60]} is damaged") from None
    if _signer_from_private(key).did != did:
        raise InvalidKey(f"the backup's key for {did[:60]} is the key of another DID")


def _platform_keyring() -> Any:
    """The keyring backend to use, as ``keyring.get_keyring()`` would choose it, but faster on Linux.

    keyring's detection imports and asks every backend it knows; on Linux that includes the macOS
    one, which searches for system libraries with a compiler subprocess, about 100 ms of opening a
    wallet. When the learner has chosen no backend (``PYTHON_KEYRING_BACKEND`` or keyringrc.cfg)
    and KWallet cannot be in the running (it needs the ``dbus`` module), detection would pick the
    Secret Service whenever it answers, so it is asked directly; otherwise detection decides.
    """
    import importlib.util

    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config()
    if chosen is not None:
        return chosen
    if sys.platform.startswith("linux") and importlib.util.find_spec("dbus") is None:
        from keyring.backends import SecretService

        backend_class: Any = SecretService.Keyring
        service = backend_class()
        try:
            if service.priority > 0:  # raises when no Secret Service answers on the session bus
                return service
        except Exception:  # noqa: BLE001, S110 - then detection decides (and names what is missing)
            pass
    return keyring.get_keyring()


class Keystore:
    """The wallet's keys in the OS keychain.

    ``backend``: a ``keyring`` backend instance (injected by tests and the self-test); by default
    the platform's keyring. Plaintext or "fail" backends are refused.
    """

    def __init__(self, namespace: str, backend: Any | None = None) -> None:
        if not namespace or "/" in namespace:
            raise ValueError("bad keystore namespace")
        self.service = SERVICE_PREFIX + namespace
        self._backend = backend

    # --- backend ------------------------------------------------------------------------
    def _keyring(self) -> Any:
        if self._backend is None:
            try:
                self._backend = _platform_keyring()
            except Exception as exc:  # keyring raises many things when misconfigured
                raise KeychainUnavailable(f"The keychain could not be opened ({exc}).", fix=FIX_LINUX) from exc
        backend = self._backend
        for inner in getattr(backend, "backends", None) or [backend]:
            mod = type(inner).__module__
            if mod.startswith(_SECURE_BACKENDS) or getattr(inner, "learner_wallet_secure", False):
                return inner
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        raise KeychainUnavailable(
            f"No secure keychain is available (found {name}); Learner Wallet keeps keys only in the "
            "operating system's keychain and never in a file.",
            fix=FIX_LINUX,
        )

    def _call(self, what: str, fn: Any, *args: Any) -> Any:
        from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

        backend = self._keyring()
        try:
            return getattr(backend, fn)(*args)
        except KeyringLocked as exc:
            raise KeychainLocked(
                f"The keychain is locked, so {what} is not possible.",
                fix="Unlock your keychain (e.g. log in to your desktop session or unlock it in Passwords and Keys) and try again.",
            ) from exc
        except (NoKeyringError, InitError) as exc:
            raise KeychainUnavailable(f"The keychain is not available for {what}.", fix=FIX_LINUX) from exc
        except PasswordDeleteError:
            return None
        except KeyringError as exc:
            raise KeychainError(f"The keychain refused {what}: {exc}") from exc
        except Exception as exc:  # D-Bus errors from secretstorage/jeepney and the like
            text = str(exc)
            if "locked" in text.lower() or "unlock" in text.lower():
                raise KeychainLocked(
                    f"The keychain is locked, so {what} is not possible.",
                    fix="Unlock your keychain and try again.",
                ) from exc
            raise KeychainUnavailable(
                f"The keychain could not be used for {what} ({type(exc).__name__}).", fix=FIX_LINUX
            ) from exc

    def check_available(self) -> None:
        """Raise KeychainUnavailable/KeychainLocked unless a secure keychain answers."""
        self._call("reading a key", "get_password", self.service, "__probe__")

    # --- signing keys -------------------------------------------------------------------
    def create_key(self, key_type: SignerKeyType = "ed25519") -> LocalSigner:
        key = _generate(key_type)
        signer = _signer_from_private(key)
        self._call("saving a new key", "set_password", self.service, signer.did, _secret_for(key))
        if self._call("checking the new key", "get_password", self.service, signer.did) is None:
            raise KeychainError("The keychain did not keep the new key.")
        return signer

    def signer(self, did: str) -> LocalSigner:
        secret = self._call("reading a key", "get_password", self.service, did)
        if secret is None:
            raise KeyMissing(
                f"The private key of {did} is not in this computer's keychain.",
                fix="Restore the wallet from a backup to bring its keys to this computer.",
            )
        try:
            key = _private_from_multibase(json.loads(secret)["secretKeyMultibase"])
        except (ValueError, KeyError, TypeError, InvalidKey) as exc:
            raise KeychainError(f"The keychain entry for {did} is damaged.") from exc
        signer = _signer_from_private(key)
        if signer.did != did:
            raise KeychainError(f"The keychain entry for {did} holds another key.")
        return signer

    def has_key(self, did: str) -> bool:
        return self._call("reading a key", "get_password", self.service, did) is not None

    def delete_key(self, name: str) -> None:
        self._call("deleting a key", "delete_password", self.service, name)

    # --- the data key -------------------------------------------------------------------
    def create_data_key(self) -> DataCipher:
        if self._call("reading the data key", "get_password", self.service, DATA_KEY_NAME) is not None:
            raise KeychainError("This wallet already has a data key in the keychain.")
        key = AESGCM.generate_key(bit_length=256)
        self._call("saving the data key", "set_password", self.service, DATA_KEY_NAME, key.hex())
        return DataCipher(key)

    def data_cipher(self) -> DataCipher:
        secret = self._call("reading the data key", "get_password", self.service, DATA_KEY_NAME)
        if secret is None:
            raise KeyMissing(
                "The key that decrypts this wallet is not in this computer's keychain.",
                fix="Restore the wallet from a backup, or open it in the desktop session where it was created.",
            )
        try:
            return DataCipher(bytes.fromhex(secret))
        except ValueError as exc:
            raise KeychainError("The wallet's data key in the keychain is damaged.") from exc

    # --- backup support (the secrets are sealed by the caller at once) --------------------
    def export_secrets(self, names: list[str]) -> dict[str, str]:
        """Keychain entries for an encrypted backup. Only :mod:`wallet.backup` calls this."""
        out = {}
        for name in names:
            value = self._call("reading a key for the backup", "get_password", self.service, name)
            if value is None:
                raise KeyMissing(f"The key {name} is not in this computer's keychain, so it cannot be backed up.")
            out[name] = value
        return out

    def import_secrets(self, secrets: dict[str, str]) -> None:
        """Put restored entries into this computer's keychain (used by restore)."""
        for name, value in secrets.items():
            self._call("saving a restored key", "set_password", self.service, name, value)

    def delete_all(self, names: list[str]) -> None:
        for name in [*names, DATA_KEY_NAME]:
            self.delete_key(name)
