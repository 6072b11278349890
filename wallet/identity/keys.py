"""Public keys in the encodings credentials use: multibase, multicodec (Multikey), JWK.

Only *public* key material is handled here. Private keys live in :mod:`wallet.keystore` and never
leave it; the matching private-key helpers there use the same multicodec table.

Supported: Ed25519 (0xed), P-256 (0x1200), P-384 (0x1201), secp256k1 (0xe7; verification only, for the
older EcdsaSecp256k1 / JsonWebSignature2020 credentials), and RSA through JWK only.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from wallet.errors import InvalidKey

__all__ = [
    "KeyType",
    "PublicKey",
    "b58decode",
    "b58encode",
    "b64url_decode",
    "b64url_encode",
    "multibase_decode",
    "multibase_encode",
    "varint_decode",
    "varint_encode",
]

KeyType = Literal["ed25519", "p256", "p384", "secp256k1", "rsa"]

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}

# multicodec code -> (key type, raw public key length)
PUBLIC_CODECS: dict[int, tuple[KeyType, int]] = {
    0xED: ("ed25519", 32),
    0x1200: ("p256", 33),
    0x1201: ("p384", 49),
    0xE7: ("secp256k1", 33),
}
PUBLIC_CODEC_OF: dict[str, int] = {v[0]: k for k, v in PUBLIC_CODECS.items()}
# multicodec codes of private keys (used by the keystore and for test-vector key files)
PRIVATE_CODECS: dict[int, tuple[KeyType, int]] = {
    0x1300: ("ed25519", 32),
    0x1306: ("p256", 32),
    0x1307: ("p384", 48),
}
PRIVATE_CODEC_OF: dict[str, int] = {v[0]: k for k, v in PRIVATE_CODECS.items()}
_OTHER_CODECS = {0xEC: "X25519", 0xEB: "BLS12-381 G2"}


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(_B58[r])
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    n = 0
    for c in text:
        try:
            n = n * 58 + _B58_INDEX[c]
        except KeyError:
            raise InvalidKey(f"'{c}' is not a base58btc character") from None
    pad = len(text) - len(text.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    if not isinstance(text, str):
        raise InvalidKey("base64url value is not text")
    s = text.strip()
    if any(c in s for c in "+/="):
        # tolerate padding, reject the standard alphabet mixed in
        s = s.rstrip("=")
        if any(c in s for c in "+/"):
            raise InvalidKey("value is not base64url (it uses '+' or '/')")
    try:
        return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    except (ValueError, TypeError) as exc:
        raise InvalidKey("value is not valid base64url") from exc


def multibase_decode(text: str) -> bytes:
    """Decode multibase base58btc (``z``) or base64url-no-pad (``u``)."""
    if not isinstance(text, str) or not text:
        raise InvalidKey("multibase value is empty or not text")
    prefix, body = text[0], text[1:]
    if prefix == "z":
        return b58decode(body)
    if prefix == "u":
        return b64url_decode(body)
    raise InvalidKey(f"unsupported multibase prefix '{prefix}' (expected 'z' base58btc or 'u' base64url)")


def multibase_encode(data: bytes, base: Literal["z", "u"] = "z") -> str:
    return "z" + b58encode(data) if base == "z" else "u" + b64url_encode(data)


def varint_encode(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def varint_decode(data: bytes) -> tuple[int, int]:
    """Return (value, bytes consumed)."""
    n = shift = 0
    for i, b in enumerate(data[:9]):
        n |= (b & 0x7F) << shift
        if not b & 0x80:
            return n, i + 1
        shift += 7
    raise InvalidKey("malformed multicodec prefix")


@dataclass(frozen=True)
class PublicKey:
    """A public key of a known type, able to check signatures.

    ``raw`` is the compressed point for EC keys, the 32 bytes for Ed25519, and the DER
    SubjectPublicKeyInfo for RSA.
    """

    type: KeyType
    raw: bytes

    # --- construction -------------------------------------------------------------------
    @classmethod
    def from_multicodec(cls, data: bytes) -> PublicKey:
        code, used = varint_decode(data)
        raw = data[used:]
        if code not in PUBLIC_CODECS:
            name = _OTHER_CODECS.get(code)
            if name:
                raise InvalidKey(f"{name} keys are not supported")
            raise InvalidKey(f"unknown multicodec key type 0x{code:x}")
        ktype, length = PUBLIC_CODECS[code]
        if len(raw) != length:
            raise InvalidKey(
                f"invalid public key length: a {ktype} key has {length} bytes, this one has {len(raw)}"
            )
        key = cls(ktype, raw)
        key._load()  # validates the point
        return key

    @classmethod
    def from_multibase(cls, text: str) -> PublicKey:
        return cls.from_multicodec(multibase_decode(text))

    @classmethod
    def from_ed25519_base58(cls, text: str) -> PublicKey:
        """Ed25519VerificationKey2018 ``publicKeyBase58`` (raw 32 bytes, no multicodec)."""
        raw = b58decode(text)
        if len(raw) != 32:
            raise InvalidKey(f"invalid public key length: an Ed25519 key has 32 bytes, this one has {len(raw)}")
        return cls("ed25519", raw)

    @classmethod
    def from_jwk(cls, jwk: dict[str, Any]) -> PublicKey:
        if not isinstance(jwk, dict):
            raise InvalidKey("JWK is not an object")
        kty = jwk.get("kty")
        try:
            if kty == "OKP" and jwk.get("crv") == "Ed25519":
                raw = b64url_decode(jwk["x"])
                if len(raw) != 32:
                    raise InvalidKey(f"invalid public key length: an Ed25519 key has 32 bytes, this one has {len(raw)}")
                return cls("ed25519", raw)
            if kty == "EC" and jwk.get("crv") == "secp256k1":
                x, y = b64url_decode(jwk["x"]), b64url_decode(jwk["y"])
                if len(x) != 32 or len(y) != 32:
                    raise InvalidKey("invalid secp256k1 JWK coordinate length")
                k1 = ec.EllipticCurvePublicNumbers(
                    int.from_bytes(x, "big"), int.from_bytes(y, "big"), ec.SECP256K1()
                ).public_key()
                return cls("secp256k1", k1.public_bytes(Encoding.X962, PublicFormat.CompressedPoint))
            if kty == "EC" and jwk.get("crv") in ("P-256", "P-384"):
                size = 32 if jwk["crv"] == "P-256" else 48
                x, y = b64url_decode(jwk["x"]), b64url_decode(jwk["y"])
                if len(x) != size or len(y) != size:
                    raise InvalidKey(f"invalid {jwk['crv']} JWK coordinate length")
                curve: ec.EllipticCurve = ec.SECP256R1() if size == 32 else ec.SECP384R1()
                pub = ec.EllipticCurvePublicNumbers(
                    int.from_bytes(x, "big"), int.from_bytes(y, "big"), curve
                ).public_key()
                raw = pub.public_bytes(Encoding.X962, PublicFormat.CompressedPoint)
                return cls("p256" if size == 32 else "p384", raw)
            if kty == "RSA":
                n = int.from_bytes(b64url_decode(jwk["n"]), "big")
                e = int.from_bytes(b64url_decode(jwk["e"]), "big")
                if n.bit_length() < 2048:
                    raise InvalidKey(f"RSA key of {n.bit_length()} bits is too short (2048 minimum)")
                rpub = rsa.RSAPublicNumbers(e, n).public_key()
                return cls("rsa", rpub.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo))
        except KeyError as exc:
            raise InvalidKey(f"JWK lacks the '{exc.args[0]}' member") from None
        except ValueError as exc:
            raise InvalidKey(f"JWK is not a valid key: {exc}") from None
        raise InvalidKey(f"unsupported JWK key type {kty!r} / curve {jwk.get('crv')!r}")

    @classmethod
    def from_cryptography(cls, key: Any) -> PublicKey:
        if isinstance(key, ed25519.Ed25519PublicKey):
            return cls("ed25519", key.public_bytes(Encoding.Raw, PublicFormat.Raw))
        if isinstance(key, ec.EllipticCurvePublicKey):
            name = {"secp256r1": "p256", "secp384r1": "p384", "secp256k1": "secp256k1"}.get(key.curve.name)
            if not name:
                raise InvalidKey(f"unsupported curve {key.curve.name}")
            return cls(name, key.public_bytes(Encoding.X962, PublicFormat.CompressedPoint))  # type: ignore[arg-type]
        if isinstance(key, rsa.RSAPublicKey):
            return cls("rsa", key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo))
        raise InvalidKey("unsupported key object")

    # --- encodings ----------------------------------------------------------------------
    def multicodec(self) -> bytes:
        if self.type == "rsa":
            raise InvalidKey("RSA keys have no Multikey encoding here")
        return varint_encode(PUBLIC_CODEC_OF[self.type]) + self.raw

    def multibase(self) -> str:
        return multibase_encode(self.multicodec(), "z")

    def jwk(self) -> dict[str, str]:
        k = self._load()
        if self.type == "ed25519":
            return {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(self.raw)}
        if self.type in ("p256", "p384", "secp256k1"):
            nums = k.public_numbers()
            size = 48 if self.type == "p384" else 32
            return {
                "kty": "EC",
                "crv": {"p256": "P-256", "p384": "P-384", "secp256k1": "secp256k1"}[self.type],
                "x": b64url_encode(nums.x.to_bytes(size, "big")),
                "y": b64url_encode(nums.y.to_bytes(size, "big")),
            }
        nums = k.public_numbers()
        return {
            "kty": "RSA",
            "n": b64url_encode(nums.n.to_bytes((nums.n.bit_length() + 7) // 8, "big")),
            "e": b64url_encode(nums.e.to_bytes((nums.e.bit_length() + 7) // 8, "big")),
        }

    def thumbprint(self) -> str:
        """RFC 7638 JWK thumbprint (base64url SHA-256)."""
        jwk = self.jwk()
        req = {"OKP": ("crv", "kty", "x"), "EC": ("crv", "kty", "x", "y"), "RSA": ("e", "kty", "n")}[jwk["kty"]]
        body = "{" + ",".join(f'"{m}":"{jwk[m]}"' for m in req) + "}"
        return b64url_encode(hashlib.sha256(body.encode()).digest())

    # --- verification -------------------------------------------------------------------
    def _load(self) -> Any:
        try:
            if self.type == "ed25519":
                return ed25519.Ed25519PublicKey.from_public_bytes(self.raw)
            if self.type in ("p256", "p384", "secp256k1"):
                curve: ec.EllipticCurve = {"p256": ec.SECP256R1(), "p384": ec.SECP384R1(),
                                           "secp256k1": ec.SECP256K1()}[self.type]
                return ec.EllipticCurvePublicKey.from_encoded_point(curve, self.raw)
            from cryptography.hazmat.primitives.serialization import load_der_public_key

            return load_der_public_key(self.raw)
        except ValueError as exc:
            raise InvalidKey(f"invalid {self.type} public key: not a valid point") from exc

    def verify(self, signature: bytes, data: bytes, *, hash_name: str | None = None) -> bool:
        """Check a signature. EC signatures are raw r||s (JOSE / Data Integrity form).

        ``hash_name`` overrides the default hash (SHA-256 for P-256 and RSA, SHA-384 for P-384).
        Returns False on any mismatch; never raises for a bad signature.
        """
        key = self._load()
        try:
            if self.type == "ed25519":
                key.verify(signature, data)
                return True
            if self.type in ("p256", "p384", "secp256k1"):
                size = 48 if self.type == "p384" else 32
                if len(signature) != 2 * size:
                    return False
                r = int.from_bytes(signature[:size], "big")
                s = int.from_bytes(signature[size:], "big")
                h = _hash(hash_name or ("sha384" if self.type == "p384" else "sha256"))
                key.verify(encode_dss_signature(r, s), data, ec.ECDSA(h))
                return True
            h = _hash(hash_name or "sha256")
            key.verify(signature, data, padding.PKCS1v15(), h)
            return True
        except InvalidSignature:
            return False


def _hash(name: str) -> hashes.HashAlgorithm:
    return {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}[name]
