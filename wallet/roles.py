"""The roles several modules need, one protocol each: who signs, who resolves keys, what caches, what fetches.

Implementations: :class:`wallet.identity.keystore.LocalSigner` (keychain signers) for :class:`Signer` and
:class:`IdentitySigner`; :class:`wallet.identity.did.Resolver` for :class:`KeyResolver`; a ``dict`` or the
store's encrypted network cache for :class:`Cache`; :func:`wallet.net.https_fetch` (or a test's function)
for :data:`Fetcher`. Tests pass their own; nothing here is a global.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from wallet.identity.did import VerificationMethod
    from wallet.identity.keys import PublicKey

__all__ = ["Cache", "Fetcher", "IdentitySigner", "KeyResolver", "MemoryCache", "Signer"]

Fetcher = Callable[[str], bytes]
"""GET one URL and return its body; raises :class:`wallet.errors.NetworkError` when it cannot."""


class Signer(Protocol):
    """Signs bytes with a key the caller never sees (EC signatures raw ``r||s``)."""

    @property
    def key_type(self) -> str: ...
    @property
    def public_key(self) -> PublicKey: ...
    @property
    def verification_method(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


class IdentitySigner(Signer, Protocol):
    """A signer for one of the wallet's DIDs."""

    @property
    def did(self) -> str: ...


class KeyResolver(Protocol):
    """Finds the verification method a proof or a JWS names (a DID URL or an HTTPS key id)."""

    def resolve_verification_method(self, url: str) -> VerificationMethod: ...


class Cache(Protocol):
    """A ``url -> bytes`` cache of network answers: a ``dict``, or the store's encrypted cache."""

    def get(self, key: str, default: bytes | None = None, /) -> bytes | None: ...

    def __setitem__(self, key: str, value: bytes, /) -> None: ...


class MemoryCache:
    """A :class:`Cache` in memory (the default when no store is given)."""

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def get(self, key: str, default: bytes | None = None, /) -> bytes | None:
        return self._data.get(key, default)

    def __setitem__(self, key: str, value: bytes, /) -> None:
        self._data[key] = value
