"""The detached-JWS Linked Data proof suites of the VC 1.1 era: Ed25519Signature2018 and JsonWebSignature2020.

Both are jsonld-signatures' ``JwsLinkedDataSignature`` (STANDARDS.md §8): the data signed is

    verifyData = SHA-256(RDFC(proof options)) ‖ SHA-256(RDFC(document without proof))

where the proof options are the proof without ``jws`` / ``proofValue`` / ``signatureValue``, carrying the
document's ``@context`` (the proof's own ``@context`` wins when it has one). The proof's ``jws`` is a
detached compact JWS ``<b64url(header)>..<b64url(signature)>`` with an unencoded payload (RFC 7797):
the header must say ``"b64": false`` and list ``"b64"`` in ``crit``, and the signing input is the ASCII
``b64url(header) + "."`` followed by the raw verifyData bytes.

==========================  ======================================================================
``Ed25519Signature2018``    ``alg`` EdDSA, Ed25519 keys (``Ed25519VerificationKey2018`` publicKeyBase58,
                            Multikey, JWK)
``JsonWebSignature2020``    EdDSA (Ed25519), ES256 (P-256), ES256K (secp256k1), ES384 (P-384); keys as
                            ``JsonWebKey2020`` JWK or multibase. PS256 (RSA) is reported not checked.
==========================  ======================================================================

``RsaSignature2018`` is recognised (in :data:`wallet.proofs.suites.UNSUPPORTED`) and reported "not checked:
unsupported" with a sentence saying why, never as a bad signature.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from wallet.errors import InvalidKey, MalformedProof, SigningError
from wallet.identity.keys import PublicKey, b64url_decode
from wallet.jsonld import JsonLd
from wallet.proofs.common import transform_hash

__all__ = ["JWS_ALG_KEY_TYPES", "JwsLdSuite", "JWS_SUITES", "detached_jws_header"]

#: JWS ``alg`` -> the key type it needs, and the hash the signature algorithm uses
JWS_ALG_KEY_TYPES: dict[str, tuple[str, str | None]] = {
    "EdDSA": ("ed25519", None),
    "ES256": ("p256", "sha256"),
    "ES256K": ("secp256k1", "sha256"),
    "ES384": ("p384", "sha384"),
}
_UNSUPPORTED_ALGS = {"PS256": "RSA-PSS (PS256)", "RS256": "RSA (RS256)"}
_KEY_NAMES = {"ed25519": "Ed25519", "p256": "P-256", "p384": "P-384", "secp256k1": "secp256k1", "rsa": "RSA"}


def detached_jws_header(jws: Any) -> tuple[dict[str, Any], str, bytes]:
    """(header, encoded header, signature) of a detached JWS ``header..signature``; MalformedProof otherwise."""
    if not isinstance(jws, str) or not jws:
        raise MalformedProof("the proof has no jws")
    parts = jws.split(".")
    if len(parts) != 3 or parts[1] != "":
        raise MalformedProof("the jws is not a detached JWS (header..signature)")
    h64, _, s64 = parts
    try:
        header = json.loads(b64url_decode(h64))
        signature = b64url_decode(s64)
    except (InvalidKey, ValueError, UnicodeDecodeError):
        raise MalformedProof("the jws header or signature is not valid base64url JSON") from None
    if not isinstance(header, dict):
        raise MalformedProof("the jws header is not a JSON object")
    if header.get("b64") is not False or not isinstance(header.get("crit"), list) or "b64" not in header["crit"]:
        raise MalformedProof('the jws header must say "b64": false and list "b64" in "crit" (RFC 7797)')
    unknown = [c for c in header["crit"] if c != "b64"]
    if unknown:
        raise MalformedProof(f"the jws header marks unknown extensions as critical ({unknown!r})")
    if not signature:
        raise MalformedProof("the jws has an empty signature")
    return header, h64, signature


def _proof_options(document: dict[str, Any], proof: dict[str, Any]) -> dict[str, Any]:
    options = {k: copy.deepcopy(v) for k, v in proof.items() if k not in ("jws", "proofValue", "signatureValue")}
    if "@context" not in options and "@context" in document:
        options = {"@context": copy.deepcopy(document["@context"]), **options}
    return options


@dataclass(frozen=True)
class JwsLdSuite:
    """One detached-JWS suite: which ``alg`` values (hence key types) it accepts."""

    name: str
    algs: frozenset[str]

    def unsupported(self, proof: dict[str, Any]) -> str | None:
        """Why this proof cannot be checked here at all (an algorithm the wallet does not implement), else None."""
        try:
            header, _, _ = detached_jws_header(proof.get("jws"))
        except MalformedProof:
            return None  # reported as malformed by verify()
        alg = header.get("alg")
        if isinstance(alg, str) and alg in _UNSUPPORTED_ALGS:
            return f"{self.name} proofs signed with {_UNSUPPORTED_ALGS[alg]} are not supported"
        return None

    def hash_data(self, document: dict[str, Any], proof: dict[str, Any], key_type: str, jsonld: JsonLd) -> bytes:
        """verifyData: SHA-256 of the canonical proof options, then of the canonical document."""
        options = _proof_options(document, proof)
        return (transform_hash(options, transform="rdfc", hash_name="sha256", jsonld=jsonld)
                + transform_hash(document, transform="rdfc", hash_name="sha256", jsonld=jsonld))

    def verify(self, document: dict[str, Any], proof: dict[str, Any], key: PublicKey, jsonld: JsonLd) -> bool:
        header, h64, signature = detached_jws_header(proof.get("jws"))
        alg = header.get("alg")
        if not isinstance(alg, str) or alg not in self.algs:
            raise MalformedProof(f"{self.name} does not allow the jws algorithm {alg!r} "
                                 f"(allowed: {', '.join(sorted(self.algs))})")
        want, hash_name = JWS_ALG_KEY_TYPES[alg]
        if key.type != want:
            raise InvalidKey(f"the jws algorithm {alg} needs a {_KEY_NAMES[want]} key, "
                             f"the verification method has a {_KEY_NAMES.get(key.type, key.type)} key")
        data = self.hash_data(document, proof, key.type, jsonld)
        return key.verify(signature, h64.encode("ascii") + b"." + data, hash_name=hash_name)

    def sign_value(self, document: dict[str, Any], proof: dict[str, Any], signer: Any, jsonld: JsonLd) -> str:
        raise SigningError(f"the wallet verifies {self.name} proofs but never makes them")


JWS_SUITES: dict[str, JwsLdSuite] = {
    "Ed25519Signature2018": JwsLdSuite("Ed25519Signature2018", frozenset({"EdDSA"})),
    "JsonWebSignature2020": JwsLdSuite("JsonWebSignature2020", frozenset({"EdDSA", "ES256", "ES256K", "ES384"})),
}
