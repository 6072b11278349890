"""Test-only helpers for the proof tests: an in-memory signer and a vector key resolver.

The resolver's "multibase fragment" trick (``https://…/issuers/565049#z6Mk…`` -> the key in the
fragment) is a TEST-ONLY device for the published vectors; the wallet never trusts a fragment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from wallet.errors import NetworkError
from wallet.identity.did import Resolver, VerificationMethod, did_key_from_public_key
from wallet.identity.keys import PublicKey, multibase_decode, varint_decode

VECTORS = Path(__file__).resolve().parents[1] / "vectors"


def load_json(rel: str) -> Any:
    return json.loads((VECTORS / rel).read_text(encoding="utf-8"))


@dataclass(frozen=True, repr=False)
class MemorySigner:
    """The wallet Signer protocol over a cryptography private key (never stored)."""

    key_type: str
    public_key: PublicKey
    did: str
    verification_method: str
    private: Any

    def sign(self, data: bytes) -> bytes:
        if isinstance(self.private, ed25519.Ed25519PrivateKey):
            return self.private.sign(data)
        size = 32 if self.key_type == "p256" else 48
        h = hashes.SHA256() if size == 32 else hashes.SHA384()
        r, s = decode_dss_signature(self.private.sign(data, ec.ECDSA(h)))
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def signer_from_private(private: Any, verification_method: str | None = None) -> MemorySigner:
    pk = PublicKey.from_cryptography(private.public_key())
    did = did_key_from_public_key(pk)
    vm = verification_method or f"{did}#{pk.multibase()}"
    return MemorySigner(pk.type, pk, did, vm, private)


def new_signer(key_type: str = "ed25519") -> MemorySigner:
    if key_type == "ed25519":
        return signer_from_private(ed25519.Ed25519PrivateKey.generate())
    curve = ec.SECP256R1() if key_type == "p256" else ec.SECP384R1()
    return signer_from_private(ec.generate_private_key(curve))


def private_from_multibase(secret: str) -> Any:
    raw = multibase_decode(secret)
    code, used = varint_decode(raw)
    body = raw[used:]
    if code == 0x1300:
        return ed25519.Ed25519PrivateKey.from_private_bytes(body[:32])
    if code in (0x1306, 0x1307):
        curve = ec.SECP256R1() if code == 0x1306 else ec.SECP384R1()
        return ec.derive_private_key(int.from_bytes(body, "big"), curve)
    raise ValueError(f"unknown private key codec 0x{code:x}")


class VectorResolver:
    """did:key through wallet.did.Resolver; other URLs: the key in the multibase fragment (TEST ONLY).

    ``offline`` URLs raise NetworkError (to test the not-checked path); ``purposes`` overrides the
    relationships a fragment key is listed under."""

    def __init__(self, offline: set[str] | None = None, purposes: frozenset[str] | None = None) -> None:
        self.did = Resolver()
        self.offline = offline or set()
        self.purposes = purposes or frozenset({"assertionMethod", "authentication"})

    def resolve_verification_method(self, url: str) -> VerificationMethod:
        if url in self.offline:
            raise NetworkError(f"{url} is not available offline")
        if url.startswith("did:"):
            return self.did.resolve_verification_method(url)
        base, _, frag = url.partition("#")
        return VerificationMethod(url, "Multikey", base, PublicKey.from_multibase(frag), self.purposes)
