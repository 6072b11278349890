"""``ecdsa-sd-2023`` (vc-di-ecdsa §3.4–3.5): base proofs (issuer), derived proofs (holder),
verification of derived proofs and the holder's *confirm* check of a base proof. P-256 only.

proofValue layouts (multibase ``u`` base64url-no-pad):

* base    ``d9 5d 00`` ‖ CBOR[baseSignature, publicKey(35), hmacKey(32), signatures[], mandatoryPointers[]]
* derived ``d9 5d 01`` ‖ CBOR[baseSignature, publicKey(35), signatures[], labelMap{int→bytes32}, mandatoryIndexes[]]

``publicKey`` is the proof-scoped key as multikey bytes (``80 24`` + compressed point); the
spec text says 36 bytes, every implementation and vector uses 35.
"""

from __future__ import annotations

import base64
import copy
import re
import secrets
from dataclasses import dataclass
from typing import Any

import cbor2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from wallet.errors import InvalidKey, MalformedProof, SigningError
from wallet.identity.keys import PublicKey, b64url_decode, b64url_encode
from wallet.jsonld import JsonLd, relabel
from wallet.proofs.common import proof_config, sha, unsecured
from wallet.proofs.sd_primitives import canonicalize_and_group, hmac_label_map, parse_pointer, select_json_ld

__all__ = [
    "BaseProof",
    "DerivedProof",
    "confirm_base",
    "create_base_proof_value",
    "derive",
    "parse_base",
    "parse_derived",
    "verify_derived",
]

BASE_HEADER = b"\xd9\x5d\x00"
DERIVED_HEADER = b"\xd9\x5d\x01"
P256_MULTIKEY_PREFIX = b"\x80\x24"


@dataclass(frozen=True)
class BaseProof:
    base_signature: bytes
    public_key: bytes
    hmac_key: bytes
    signatures: list[bytes]
    mandatory_pointers: list[str]


@dataclass(frozen=True)
class DerivedProof:
    base_signature: bytes
    public_key: bytes
    signatures: list[bytes]
    label_map: dict[str, str]  # canonical blank-node label (c14nN) -> HMAC label (u + base64url digest)
    mandatory_indexes: list[int]


def _decode(value: Any) -> bytes:
    if not isinstance(value, str) or not value.startswith("u"):
        raise MalformedProof(
            "the ecdsa-sd-2023 proofValue is not multibase base64url (it must start with 'u')"
        )
    try:
        return b64url_decode(value[1:])
    except InvalidKey as exc:
        raise MalformedProof(f"the proofValue is not valid base64url: {exc.message}") from None


def proof_kind(value: Any) -> str:
    """``base``, ``derived`` or raises MalformedProof."""
    raw = _decode(value)
    if raw[:3] == BASE_HEADER:
        return "base"
    if raw[:3] == DERIVED_HEADER:
        return "derived"
    raise MalformedProof(f"unknown ecdsa-sd-2023 proofValue header {raw[:3].hex()}")


def _cbor(raw: bytes) -> Any:
    try:
        return cbor2.loads(raw[3:])
    except Exception as exc:  # cbor2 raises several types
        raise MalformedProof(f"the proofValue CBOR is invalid: {exc}") from None


def _check_bytes(name: str, value: Any, length: int | None = None) -> bytes:
    if not isinstance(value, bytes) or (length is not None and len(value) != length):
        size = f" of {length} bytes" if length else ""
        raise MalformedProof(f"the proofValue's {name} is not a byte string{size}")
    return value


def _check_public_key(value: Any) -> bytes:
    pk = _check_bytes("publicKey", value, 35)
    if pk[:2] != P256_MULTIKEY_PREFIX:
        raise MalformedProof("the proof-scoped publicKey is not a P-256 multikey")
    return pk


def parse_base(value: Any) -> BaseProof:
    raw = _decode(value)
    if raw[:3] != BASE_HEADER:
        raise MalformedProof("not an ecdsa-sd-2023 base proof")
    comps = _cbor(raw)
    if not isinstance(comps, list) or len(comps) != 5:
        raise MalformedProof("the base proofValue must hold 5 components")
    sig = _check_bytes("baseSignature", comps[0], 64)
    pk = _check_public_key(comps[1])
    hk = _check_bytes("hmacKey", comps[2], 32)
    if not isinstance(comps[3], list) or not isinstance(comps[4], list):
        raise MalformedProof("the base proofValue's signatures / mandatoryPointers are not lists")
    sigs = [_check_bytes("signature", s, 64) for s in comps[3]]
    pointers = comps[4]
    for p in pointers:
        parse_pointer(p)
    return BaseProof(sig, pk, hk, sigs, list(pointers))


def parse_derived(value: Any) -> DerivedProof:
    raw = _decode(value)
    if raw[:3] != DERIVED_HEADER:
        raise MalformedProof("not an ecdsa-sd-2023 derived proof")
    comps = _cbor(raw)
    if not isinstance(comps, list) or len(comps) != 5:
        raise MalformedProof("the derived proofValue must hold 5 components")
    sig = _check_bytes("baseSignature", comps[0], 64)
    pk = _check_public_key(comps[1])
    if not isinstance(comps[2], list) or not isinstance(comps[3], dict) or not isinstance(comps[4], list):
        raise MalformedProof(
            "the derived proofValue's signatures / labelMap / mandatoryIndexes are malformed"
        )
    sigs = [_check_bytes("signature", s, 64) for s in comps[2]]
    label_map: dict[str, str] = {}
    for k, v in comps[3].items():
        if not isinstance(k, int) or k < 0:
            raise MalformedProof("the derived proof's labelMap keys must be non-negative integers")
        label_map[f"c14n{k}"] = "u" + b64url_encode(_check_bytes("labelMap value", v, 32))
    idx = comps[4]
    if not all(isinstance(i, int) and i >= 0 for i in idx):
        raise MalformedProof("the derived proof's mandatoryIndexes must be non-negative integers")
    return DerivedProof(sig, pk, sigs, label_map, list(idx))


def _proof_key(public_key: bytes) -> PublicKey:
    try:
        return PublicKey.from_multicodec(public_key)
    except InvalidKey as exc:
        raise MalformedProof(f"the proof-scoped public key is invalid: {exc.message}") from None


def _proof_hash(document: dict[str, Any], proof: dict[str, Any], jsonld: JsonLd) -> bytes:
    return sha(jsonld.canonicalize(proof_config(document, proof)).encode("utf-8"), "sha256")


def _verify_statements(
    issuer_key: PublicKey,
    proof_hash: bytes,
    public_key: bytes,
    base_signature: bytes,
    mandatory: list[str],
    non_mandatory: list[str],
    signatures: list[bytes],
) -> tuple[bool, str]:
    if len(signatures) != len(non_mandatory):
        return False, (
            f"the proof has {len(signatures)} statement signatures for {len(non_mandatory)} disclosed statements"
        )
    mandatory_hash = sha("".join(mandatory).encode("utf-8"), "sha256")
    if not issuer_key.verify(base_signature, proof_hash + public_key + mandatory_hash):
        return False, "the base signature does not match"
    pk = _proof_key(public_key)
    for i, (sig, nq) in enumerate(zip(signatures, non_mandatory, strict=True)):
        if not pk.verify(sig, nq.encode("utf-8")):
            return False, f"the signature of disclosed statement {i + 1} does not match"
    return True, ""


def _require_p256(issuer_key: PublicKey) -> None:
    if issuer_key.type != "p256":
        raise InvalidKey(
            f"ecdsa-sd-2023 here needs a P-256 key, the verification method has a {issuer_key.type} key"
        )


def verify_derived(
    document: dict[str, Any], proof: dict[str, Any], issuer_key: PublicKey, jsonld: JsonLd
) -> tuple[bool, str]:
    """Verify a derived (disclosure) proof. Returns (valid, reason when not)."""
    _require_p256(issuer_key)
    d = parse_derived(proof.get("proofValue"))
    doc = unsecured(document)
    proof_hash = _proof_hash(doc, proof, jsonld)
    canonical = jsonld.canonicalize(doc)
    labels = set(re.findall(r"_:(c14n\d+)", canonical))
    missing = labels - set(d.label_map)
    if missing:
        return False, "the label map does not cover every blank node of the disclosed document"
    nquads = relabel(canonical, d.label_map)
    if any(i >= len(nquads) for i in d.mandatory_indexes):
        return False, "a mandatory index points past the disclosed statements"
    mand_set = set(d.mandatory_indexes)
    mandatory = [nquads[i] for i in d.mandatory_indexes]
    non_mandatory = [nq for i, nq in enumerate(nquads) if i not in mand_set]
    return _verify_statements(
        issuer_key, proof_hash, d.public_key, d.base_signature, mandatory, non_mandatory, d.signatures
    )


def _hmac_factory(hmac_key: bytes) -> Any:
    return lambda c14n_map: hmac_label_map(hmac_key, c14n_map)


def confirm_base(
    document: dict[str, Any], proof: dict[str, Any], issuer_key: PublicKey, jsonld: JsonLd
) -> tuple[bool, str]:
    """The holder's check of a base proof: base signature and every statement signature."""
    _require_p256(issuer_key)
    b = parse_base(proof.get("proofValue"))
    doc = unsecured(document)
    proof_hash = _proof_hash(doc, proof, jsonld)
    grouped = canonicalize_and_group(
        doc, _hmac_factory(b.hmac_key), {"mandatory": b.mandatory_pointers}, jsonld
    )
    g = grouped.groups["mandatory"]
    mandatory = [g.matching[i] for i in sorted(g.matching)]
    non_mandatory = [g.non_matching[i] for i in sorted(g.non_matching)]
    return _verify_statements(
        issuer_key, proof_hash, b.public_key, b.base_signature, mandatory, non_mandatory, b.signatures
    )


def _raw_p256_sign(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def create_base_proof_value(
    document: dict[str, Any],
    proof: dict[str, Any],
    signer: Any,
    mandatory_pointers: list[str],
    jsonld: JsonLd,
    *,
    hmac_key: bytes | None = None,
    proof_key: ec.EllipticCurvePrivateKey | None = None,
) -> str:
    """The base proofValue for ``document`` (without proof) and proof options ``proof``."""
    if getattr(signer, "key_type", None) != "p256":
        raise SigningError("ecdsa-sd-2023 needs a P-256 signing key")
    hmac_key = hmac_key if hmac_key is not None else secrets.token_bytes(32)
    if len(hmac_key) != 32:
        raise SigningError("the HMAC key must be 32 bytes")
    proof_key = proof_key or ec.generate_private_key(ec.SECP256R1())
    if not isinstance(proof_key.curve, ec.SECP256R1):
        raise SigningError("the proof-scoped key must be P-256")
    doc = unsecured(document)
    proof_hash = _proof_hash(doc, proof, jsonld)
    grouped = canonicalize_and_group(
        doc, _hmac_factory(hmac_key), {"mandatory": list(mandatory_pointers)}, jsonld
    )
    g = grouped.groups["mandatory"]
    mandatory = [g.matching[i] for i in sorted(g.matching)]
    non_mandatory = [g.non_matching[i] for i in sorted(g.non_matching)]
    mandatory_hash = sha("".join(mandatory).encode("utf-8"), "sha256")
    public_key = P256_MULTIKEY_PREFIX + proof_key.public_key().public_bytes(
        Encoding.X962, PublicFormat.CompressedPoint
    )
    signatures = [_raw_p256_sign(proof_key, nq.encode("utf-8")) for nq in non_mandatory]
    base_signature = signer.sign(proof_hash + public_key + mandatory_hash)
    payload = [base_signature, public_key, hmac_key, signatures, list(mandatory_pointers)]
    return "u" + b64url_encode(BASE_HEADER + cbor2.dumps(payload, canonical=True))


def derive(document: dict[str, Any], selective_pointers: list[str], jsonld: JsonLd) -> dict[str, Any]:
    """A derived (disclosure) document revealing ``selective_pointers`` plus the mandatory ones."""
    proof = document.get("proof")
    if isinstance(proof, list):
        sd = [p for p in proof if isinstance(p, dict) and p.get("cryptosuite") == "ecdsa-sd-2023"]
        if len(sd) != 1:
            raise MalformedProof(
                "the document must carry exactly one ecdsa-sd-2023 base proof to derive from"
            )
        proof = sd[0]
    if not isinstance(proof, dict) or proof.get("cryptosuite") != "ecdsa-sd-2023":
        raise MalformedProof("the document has no ecdsa-sd-2023 base proof")
    b = parse_base(proof.get("proofValue"))
    doc = unsecured(document)
    selective = list(selective_pointers)
    combined = b.mandatory_pointers + selective
    grouped = canonicalize_and_group(
        doc,
        _hmac_factory(b.hmac_key),
        {"mandatory": b.mandatory_pointers, "selective": selective, "combined": combined},
        jsonld,
    )
    mand, sel, comb = (grouped.groups[k] for k in ("mandatory", "selective", "combined"))
    mandatory_indexes = [
        rel for rel, absolute in enumerate(sorted(comb.matching)) if absolute in mand.matching
    ]
    non_mandatory_abs = sorted(mand.non_matching)
    if len(non_mandatory_abs) != len(b.signatures):
        raise MalformedProof(
            f"the base proof has {len(b.signatures)} signatures for {len(non_mandatory_abs)} statements; "
            "it does not belong to this document"
        )
    filtered = [
        s for s, absolute in zip(b.signatures, non_mandatory_abs, strict=True) if absolute in sel.matching
    ]
    reveal = select_json_ld(doc, combined)
    if reveal is None:
        raise MalformedProof("nothing to disclose: no mandatory or selected pointers")
    _, c14n_map = jsonld.canonicalize_nquads("".join(comb.deskolemized))
    verifier_map = {c14n: grouped.label_map[inp] for inp, c14n in c14n_map.items()}
    compressed = {
        int(k[4:]): base64.urlsafe_b64decode(v[1:] + "=" * (-len(v[1:]) % 4)) for k, v in verifier_map.items()
    }
    payload = [b.base_signature, b.public_key, filtered, compressed, mandatory_indexes]
    value = "u" + b64url_encode(DERIVED_HEADER + cbor2.dumps(payload, canonical=True))
    new_proof = copy.deepcopy(proof)
    new_proof["proofValue"] = value
    reveal["proof"] = new_proof
    return reveal
