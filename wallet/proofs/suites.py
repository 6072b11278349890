"""The "hash and sign" Data Integrity suites and the registry of every suite the wallet knows.

``eddsa-rdfc-2022`` (legacy name ``eddsa-2022``), ``eddsa-jcs-2022``, ``Ed25519Signature2020``,
``ecdsa-rdfc-2019`` and ``ecdsa-jcs-2019`` share one algorithm (vc-di-eddsa / vc-di-ecdsa §3):
``hashData = H(canon(proofConfig)) ‖ H(canon(document))``, signed with the verification method's
key; ``proofValue`` is multibase base58btc. For P-384 keys the hash is SHA-384 everywhere, also
inside RDFC-1.0's blank-node labelling. ``ecdsa-sd-2023`` lives in :mod:`.ecdsa_sd`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wallet.errors import InvalidKey, MalformedProof
from wallet.identity.keys import PublicKey, multibase_decode, multibase_encode
from wallet.jsonld import JsonLd
from wallet.proofs.common import hash_for_key, proof_config, transform_hash
from wallet.proofs.jws_ld import JWS_SUITES, JwsLdSuite

__all__ = ["HashSignSuite", "SUITES", "UNSUPPORTED", "suite_name"]


@dataclass(frozen=True)
class HashSignSuite:
    name: str
    transform: str  # "rdfc" | "jcs"
    key_types: frozenset[str]

    def hash_data(
        self, document: dict[str, Any], proof: dict[str, Any], key_type: str, jsonld: JsonLd
    ) -> bytes:
        if key_type not in self.key_types:
            raise InvalidKey(
                f"{self.name} needs a {' or '.join(sorted(self.key_types))} key, the verification method has a {key_type} key"
            )
        h = hash_for_key(key_type)
        cfg = proof_config(document, proof)
        proof_hash = transform_hash(cfg, transform=self.transform, hash_name=h, jsonld=jsonld)
        doc_hash = transform_hash(document, transform=self.transform, hash_name=h, jsonld=jsonld)
        return proof_hash + doc_hash

    def verify(self, document: dict[str, Any], proof: dict[str, Any], key: PublicKey, jsonld: JsonLd) -> bool:
        value = proof.get("proofValue")
        if not isinstance(value, str) or not value:
            raise MalformedProof("the proof has no proofValue")
        if not value.startswith("z"):
            raise MalformedProof("the proofValue is not multibase base58btc (it must start with 'z')")
        try:
            sig = multibase_decode(value)
        except InvalidKey as exc:
            raise MalformedProof(f"the proofValue is not valid base58btc: {exc.message}") from None
        expected = {"ed25519": 64, "p256": 64, "p384": 96}.get(key.type)
        if expected is not None and len(sig) != expected:
            raise MalformedProof(f"the signature has {len(sig)} bytes, a {key.type} signature has {expected}")
        data = self.hash_data(document, proof, key.type, jsonld)
        return key.verify(sig, data)

    def sign_value(self, document: dict[str, Any], proof: dict[str, Any], signer: Any, jsonld: JsonLd) -> str:
        data = self.hash_data(document, proof, signer.key_type, jsonld)
        return multibase_encode(signer.sign(data), "z")


_ED = frozenset({"ed25519"})
_EC = frozenset({"p256", "p384"})

SUITES: dict[str, HashSignSuite | JwsLdSuite] = {
    "eddsa-rdfc-2022": HashSignSuite("eddsa-rdfc-2022", "rdfc", _ED),
    "eddsa-2022": HashSignSuite("eddsa-2022", "rdfc", _ED),
    "eddsa-jcs-2022": HashSignSuite("eddsa-jcs-2022", "jcs", _ED),
    "ecdsa-rdfc-2019": HashSignSuite("ecdsa-rdfc-2019", "rdfc", _EC),
    "ecdsa-jcs-2019": HashSignSuite("ecdsa-jcs-2019", "jcs", _EC),
    "Ed25519Signature2020": HashSignSuite("Ed25519Signature2020", "rdfc", _ED),
    **JWS_SUITES,  # Ed25519Signature2018, JsonWebSignature2020 (detached JWS, :mod:`.jws_ld`)
}

# known but not verifiable here -> "not-checked" with this reason
UNSUPPORTED: dict[str, str] = {
    "bbs-2023": "unsupported cryptosuite bbs-2023",
    "RsaSignature2018": "unsupported proof type RsaSignature2018 (RSA Linked Data signatures of 2018 are not "
                        "checked by this wallet; ask the issuer for a current copy)",
    "EcdsaSecp256k1Signature2019": "unsupported proof type EcdsaSecp256k1Signature2019",
    "BbsBlsSignature2020": "unsupported proof type BbsBlsSignature2020",
    "ecdsa-xi-2023": "unsupported cryptosuite ecdsa-xi-2023",
}


def suite_name(proof: dict[str, Any]) -> str:
    """The suite a proof claims: its ``cryptosuite`` for DataIntegrityProof, else its ``type``."""
    ptype = proof.get("type")
    if isinstance(ptype, list):
        ptype = next((t for t in ptype if isinstance(t, str)), None)
    if ptype == "DataIntegrityProof":
        cs = proof.get("cryptosuite")
        return cs if isinstance(cs, str) else ""
    return ptype if isinstance(ptype, str) else ""
