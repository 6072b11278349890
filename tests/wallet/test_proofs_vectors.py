"""Conformance over the Data Integrity vectors in tests/vectors (W3C eddsa / ecdsa, 1EdTech OB/CLR).

One parametrized test per kind of expectation; adding a vector file adds a case.
"""

from __future__ import annotations

import copy
import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_proofs_support import (
    VECTORS,
    VectorResolver,
    load_json,
    private_from_multibase,
    signer_from_private,
)

from wallet.identity.keys import PublicKey
from wallet.jsonld import canonicalize, default_jsonld, relabel
from wallet.proofs import sd_derive, sign, verify_proofs
from wallet.proofs.common import jcs, proof_config, unsecured
from wallet.proofs.ecdsa_sd import confirm_base, parse_base, verify_derived
from wallet.proofs.sd_primitives import canonicalize_and_group, hmac_label_map
from wallet.proofs.suites import SUITES

NOW = datetime(2026, 1, 1, tzinfo=UTC)
EDDSA = VECTORS / "w3c-vc-di-eddsa"
ECDSA = VECTORS / "w3c-vc-di-ecdsa"
OB = VECTORS / "1edtech-ob30-spec"


def _rel(p: Path) -> str:
    return str(p.relative_to(VECTORS))


# --- every signed document verifies ---------------------------------------------------------------
def _signed_documents() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for folder in (EDDSA, ECDSA):
        for p in sorted(folder.rglob("signed*.json")):
            out.append((_rel(p), load_json(_rel(p))))
    for p in sorted((ECDSA / "ecdsa-sd-2023").glob("*/derivedRevealDocument.json")):
        out.append((_rel(p), load_json(_rel(p))))
    for p in sorted((ECDSA / "ecdsa-sd-2023").glob("*/addSignedSDBase.json")):
        out.append((_rel(p) + " (holder confirm)", load_json(_rel(p))))
    for name in ("linked-data-proof-ob.extracted.json", "linked-data-proof-clr.extracted.json"):
        signed = load_json(f"1edtech-ob30-spec/{name}")["signedCredential"]
        out.append((f"1edtech-ob30-spec/{name}", signed))
        for i, inner in enumerate(signed["credentialSubject"].get("verifiableCredential", [])):
            out.append((f"1edtech-ob30-spec/{name} nested #{i}", inner))
    return out


SIGNED = _signed_documents()


@pytest.mark.parametrize("name,doc", SIGNED, ids=[n for n, _ in SIGNED])
def test_signed_vector_verifies(name: str, doc: dict[str, Any]) -> None:
    checks = verify_proofs(doc, resolver=VectorResolver(), now=NOW)
    proofs = doc["proof"] if isinstance(doc["proof"], list) else [doc["proof"]]
    assert len(checks) == len(proofs)
    assert [c.status for c in checks] == ["passed"] * len(proofs), [c.detail for c in checks]
    if "holder confirm" in name:
        assert checks[0].data.get("baseProof") is True


def test_chained_proof_fails_when_verified_naively() -> None:
    """The chain vector's later proofs do not cover the bare document (so the chain rule matters)."""
    doc = load_json("w3c-vc-di-eddsa/proof-set-chain/signedProofChain2.json")
    resolver = VectorResolver()
    suite = SUITES["eddsa-rdfc-2022"]
    results = []
    for p in doc["proof"]:
        key = resolver.resolve_verification_method(p["verificationMethod"]).public_key
        results.append(suite.verify(unsecured(doc), p, key, default_jsonld()))
    assert results == [True, True, False, False]


# --- canonical forms and hashes are reproduced ------------------------------------------------------
def _canon_cases() -> list[tuple[str, Path, str]]:
    """(id, folder, suffix) for every folder with canonDoc*/proofCanon* files."""
    out = []
    for folder in (EDDSA, ECDSA):
        for canon in sorted(folder.rglob("canonDoc*.txt")):
            suffix = canon.name[len("canonDoc") : -len(".txt")]
            out.append((_rel(canon.parent) + ":" + suffix, canon.parent, suffix))
    return out


CANON = _canon_cases()


@pytest.mark.parametrize("name,folder,suffix", CANON, ids=[c[0] for c in CANON])
def test_canonical_forms_and_hashes(name: str, folder: Path, suffix: str) -> None:
    signed = load_json(_rel(folder / f"signed{suffix}.json"))
    cfg = load_json(_rel(folder / f"proofConfig{suffix}.json"))
    is_jcs = "JCS" in suffix
    h = "sha384" if "P384" in suffix else "sha256"
    if is_jcs:
        doc_canon = jcs(unsecured(signed)).decode("utf-8")
        proof_canon = jcs(cfg).decode("utf-8")
    else:
        doc_canon = canonicalize(unsecured(signed), hash_name=h)
        proof_canon = canonicalize(cfg, hash_name=h)
    assert doc_canon == (folder / f"canonDoc{suffix}.txt").read_text(encoding="utf-8")
    assert proof_canon == (folder / f"proofCanon{suffix}.txt").read_text(encoding="utf-8")
    doc_hash = hashlib.new(h, doc_canon.encode()).hexdigest()
    proof_hash = hashlib.new(h, proof_canon.encode()).hexdigest()
    assert doc_hash == (folder / f"docHash{suffix}.txt").read_text().strip()
    assert proof_hash == (folder / f"proofHash{suffix}.txt").read_text().strip()
    assert proof_hash + doc_hash == (folder / f"combinedHash{suffix}.txt").read_text().strip()
    # the proof options are exactly the signed proof minus proofValue, with the document context
    assert proof_config(unsecured(signed), signed["proof"]) == cfg


def test_p384_needs_sha384_inside_rdfc() -> None:
    folder = ECDSA / "ecdsa-rdfc-2019-p384" / "employ"
    doc = unsecured(load_json(_rel(folder / "signedECDSAP384.json")))
    expected = (folder / "canonDocECDSAP384.txt").read_text(encoding="utf-8")
    assert canonicalize(doc, hash_name="sha384") == expected
    assert canonicalize(doc, hash_name="sha256") != expected


# --- deterministic Ed25519 signatures are reproduced -------------------------------------------------
EDDSA_SIGN = [
    ("eddsa-rdfc-2022", "DataInt"),
    ("eddsa-rdfc-2022/employ", "DataInt"),
    ("eddsa-jcs-2022", "JCS"),
    ("Ed25519Signature2020", "EdSig"),
]


@pytest.mark.parametrize("sub,suffix", EDDSA_SIGN, ids=[s for s, _ in EDDSA_SIGN])
def test_eddsa_signature_reproduced(sub: str, suffix: str) -> None:
    folder = EDDSA / sub
    keys = load_json("w3c-vc-di-eddsa/keyPair.json")
    signed = load_json(_rel(folder / f"signed{suffix}.json"))
    cfg = load_json(_rel(folder / f"proofConfig{suffix}.json"))
    signer = signer_from_private(
        private_from_multibase(keys["privateKeyMultibase"]), cfg["verificationMethod"]
    )
    unsigned = unsecured(signed)
    if sub.startswith("eddsa-rdfc-2022"):
        out = sign(unsigned, signer, created=cfg["created"])
        value = out["proof"]["proofValue"]
        assert out["proof"] == signed["proof"]
    else:
        proof = {k: v for k, v in cfg.items() if k != "@context"}
        suite = SUITES[proof.get("cryptosuite") or proof["type"]]
        value = suite.sign_value(unsigned, proof, signer, default_jsonld())
    from wallet.identity.keys import multibase_decode

    assert multibase_decode(value).hex() == (folder / f"sigHex{suffix}.txt").read_text().strip()
    assert value == (folder / f"sigBTC58{suffix}.txt").read_text().strip()


# --- 1EdTech OB 3.0 / CLR 2.0 -----------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["obv3p0", "clrv2p0"])
def test_1edtech_canonical_text(kind: str) -> None:
    name = (
        "linked-data-proof-ob.extracted.json" if kind == "obv3p0" else "linked-data-proof-clr.extracted.json"
    )
    vec = load_json(f"1edtech-ob30-spec/{name}")
    signed = vec["signedCredential"]
    proof = signed["proof"][0] if isinstance(signed["proof"], list) else signed["proof"]
    doc_canon = canonicalize(unsecured(signed))
    proof_canon = canonicalize(proof_config(unsecured(signed), proof))
    assert doc_canon == (OB / "test-vectors" / kind / "document-canon.txt").read_text(encoding="utf-8")
    assert proof_canon == (OB / "test-vectors" / kind / "proof-canon.txt").read_text(encoding="utf-8")
    assert hashlib.sha256(doc_canon.encode()).hexdigest() == vec["documentHashHex"]
    assert hashlib.sha256(proof_canon.encode()).hexdigest() == vec["proofHashHex"]


@pytest.mark.parametrize(
    "name", ["linked-data-proof-ob.extracted.json", "linked-data-proof-clr.extracted.json"]
)
def test_1edtech_signature_reproduced(name: str) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    vec = load_json(f"1edtech-ob30-spec/{name}")
    seed = bytes.fromhex(vec["privateKeyHex"])[:32]
    signer = signer_from_private(
        ed25519.Ed25519PrivateKey.from_private_bytes(seed), vec["verificationMethod"]
    )
    signed = vec["signedCredential"]
    proof = signed["proof"][0] if isinstance(signed["proof"], list) else signed["proof"]
    out = sign(unsecured(signed), signer, created=proof["created"])
    assert out["proof"]["proofValue"] == vec["proofValue"]
    assert out["proof"] == proof and unsecured(out) == unsecured(signed)


# --- ecdsa-sd-2023 ------------------------------------------------------------------------------------
SD = ["employ", "prc"]


def _sd_keys() -> tuple[PublicKey, bytes]:
    km = load_json("w3c-vc-di-ecdsa/ecdsa-sd-2023/SDKeyMaterial.json")
    return PublicKey.from_multibase(km["baseKeyPair"]["publicKeyMultibase"]), bytes.fromhex(
        km["hmacKeyString"]
    )


@pytest.mark.parametrize("case", SD)
def test_sd_hmac_relabelling(case: str) -> None:
    _, hmac_key = _sd_keys()
    canon = load_json(f"w3c-vc-di-ecdsa/ecdsa-sd-2023/{case}/addBaseDocCanon.json")
    expected = load_json(f"w3c-vc-di-ecdsa/ecdsa-sd-2023/{case}/addBaseDocHMACCanon.json")
    labels = {lab for nq in canon for lab in __import__("re").findall(r"_:(c14n\d+)", nq)}
    label_map = hmac_label_map(hmac_key, {lab: lab for lab in labels})
    assert relabel(canon, label_map) == expected
    # and the whole pipeline from the signed base document gives the same relabelled N-Quads
    base = load_json(f"w3c-vc-di-ecdsa/ecdsa-sd-2023/{case}/addSignedSDBase.json")
    pointers = parse_base(base["proof"]["proofValue"]).mandatory_pointers
    grouped = canonicalize_and_group(
        unsecured(base), lambda m: hmac_label_map(hmac_key, m), {"mandatory": pointers}, default_jsonld()
    )
    if case == "employ":  # the prc vector's intermediate files were made from a slightly different input
        assert grouped.nquads == expected
        transform = load_json(f"w3c-vc-di-ecdsa/ecdsa-sd-2023/{case}/addBaseTransform.json")
        g = grouped.groups["mandatory"]
        assert sorted(g.matching.items()) == [tuple(x) for x in transform["mandatory"]["value"]]
        assert sorted(g.non_matching.items()) == [tuple(x) for x in transform["nonMandatory"]["value"]]


@pytest.mark.parametrize("case", SD)
def test_sd_base_signatures_and_derivation(case: str) -> None:
    issuer_key, _ = _sd_keys()
    jl = default_jsonld()
    base = load_json(f"w3c-vc-di-ecdsa/ecdsa-sd-2023/{case}/addSignedSDBase.json")
    assert confirm_base(base, base["proof"], issuer_key, jl) == (True, "")
    vector_derived = load_json(f"w3c-vc-di-ecdsa/ecdsa-sd-2023/{case}/derivedRevealDocument.json")
    assert verify_derived(vector_derived, vector_derived["proof"], issuer_key, jl) == (True, "")
    selective = load_json(
        "w3c-vc-di-ecdsa/" + ("employSelective.json" if case == "employ" else "prCredSelective.json")
    )
    ours = sd_derive(base, selective)
    assert ours == vector_derived  # byte-for-byte the same derived proofValue
    checks = verify_proofs(ours, resolver=VectorResolver(), now=NOW)
    assert [c.status for c in checks] == ["passed"]


def test_sd_tampered_derived_fails() -> None:
    doc = copy.deepcopy(load_json("w3c-vc-di-ecdsa/ecdsa-sd-2023/employ/derivedRevealDocument.json"))
    doc["validUntil"] = "2039-12-03T00:00:00Z"
    checks = verify_proofs(doc, resolver=VectorResolver(), now=NOW)
    assert checks[0].status == "failed"


# --- bbs-2023 is recognised and reported as unsupported ----------------------------------------------
@pytest.mark.parametrize(
    "path", sorted(_rel(p) for p in (VECTORS / "w3c-vc-di-bbs").rglob("derivedRevealDocument.json"))
)
def test_bbs_not_checked(path: str) -> None:
    checks = verify_proofs(load_json(path), resolver=VectorResolver(), now=NOW)
    assert [(c.status, c.detail) for c in checks] == [("not-checked", "unsupported cryptosuite bbs-2023")]
