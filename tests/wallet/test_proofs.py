"""verify_proofs / sign / ecdsa-sd-2023 behaviour beyond the vectors: tampering, round trips, keys,
purposes, challenge and domain, dates, malformed and unsupported proofs."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest
from test_proofs_support import VectorResolver, load_json, new_signer

from wallet.errors import MalformedProof, SigningError
from wallet.identity.did import Resolver
from wallet.proofs import sd_base_proof, sd_derive, sd_disclosure_info, sign, verify_proofs

NOW = datetime(2026, 1, 1, tzinfo=UTC)
OB = load_json("1edtech-ob30-spec/linked-data-proof-ob.extracted.json")["signedCredential"]


def _unsigned(issuer: str) -> dict[str, Any]:
    doc = {k: copy.deepcopy(v) for k, v in OB.items() if k != "proof"}
    doc["issuer"]["id"] = issuer
    return doc


def _statuses(checks: list[Any]) -> list[str]:
    return [c.status for c in checks]


# --- tampering ---------------------------------------------------------------------------------------
TAMPER = [
    ("name", lambda d: d.__setitem__("name", "Teamwork Badge!")),
    ("subject", lambda d: d["credentialSubject"].__setitem__("id", "did:example:someone-else")),
    ("achievement", lambda d: d["credentialSubject"]["achievement"].__setitem__("name", "Leadership")),
    ("validFrom", lambda d: d.__setitem__("validFrom", "2011-01-01T00:00:00Z")),
    ("proof-created", lambda d: d["proof"].__setitem__("created", "2010-01-01T19:23:25Z")),
]


@pytest.mark.parametrize("what,change", TAMPER, ids=[t[0] for t in TAMPER])
def test_tampered_ob30_fails(what: str, change: Any) -> None:
    doc = copy.deepcopy(OB)
    assert _statuses(verify_proofs(doc, resolver=VectorResolver(), now=NOW)) == ["passed"]
    change(doc)
    checks = verify_proofs(doc, resolver=VectorResolver(), now=NOW)
    assert _statuses(checks) == ["failed"]
    assert "is not valid" in checks[0].detail


@pytest.mark.parametrize(
    "path",
    [
        "w3c-vc-di-eddsa/eddsa-jcs-2022/signedJCS.json",
        "w3c-vc-di-eddsa/Ed25519Signature2020/signedEdSig.json",
        "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json",
        "w3c-vc-di-ecdsa/ecdsa-jcs-2019-p256/signedJCSECDSAP256.json",
        "w3c-vc-di-ecdsa/ecdsa-sd-2023/employ/addSignedSDBase.json",
    ],
)
def test_tampered_vectors_fail(path: str) -> None:
    doc = load_json(path)
    doc["validFrom"] = "2000-01-01T00:00:00Z"
    assert _statuses(verify_proofs(doc, resolver=VectorResolver(), now=NOW)) == ["failed"]


# --- round trips --------------------------------------------------------------------------------------
@pytest.mark.parametrize("suite,key_type", [("eddsa-rdfc-2022", "ed25519"), ("ecdsa-rdfc-2019", "p256")])
def test_sign_verify_round_trip(suite: str, key_type: str) -> None:
    signer = new_signer(key_type)
    signed = sign(_unsigned(signer.did), signer, cryptosuite=suite)
    assert signed["proof"]["cryptosuite"] == suite
    assert signed["proof"]["verificationMethod"] == signer.verification_method
    checks = verify_proofs(signed, resolver=Resolver(), expected_controller=signer.did, now=NOW)
    assert _statuses(checks) == ["passed"]
    assert checks[0].detail == f"Signature by {signer.did[:32]}… ({suite}) is valid."
    assert checks[0].data["cryptosuite"] == suite and checks[0].data["created"] == signed["proof"]["created"]
    signed["credentialSubject"]["achievement"]["name"] = "Other"
    assert _statuses(verify_proofs(signed, resolver=Resolver(), now=NOW)) == ["failed"]


def test_sign_adds_to_a_proof_set_and_both_verify() -> None:
    a, b = new_signer("ed25519"), new_signer("p256")
    doc = sign(_unsigned(a.did), a)
    doc = sign(doc, b, cryptosuite="ecdsa-rdfc-2019")
    assert isinstance(doc["proof"], list) and len(doc["proof"]) == 2
    assert _statuses(verify_proofs(doc, resolver=Resolver(), now=NOW)) == ["passed", "passed"]


def test_sign_vc11_document_gets_the_data_integrity_context() -> None:
    signer = new_signer()
    doc = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiableCredential"],
        "issuer": signer.did,
        "issuanceDate": "2024-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:123"},
    }
    signed = sign(doc, signer)
    assert signed["@context"][-1] == "https://w3id.org/security/data-integrity/v2"
    assert _statuses(verify_proofs(signed, resolver=Resolver(), now=NOW)) == ["passed"]


def test_sign_refuses_wrong_key_type_and_suite() -> None:
    with pytest.raises(SigningError):
        sign(_unsigned("did:example:x"), new_signer("p256"), cryptosuite="eddsa-rdfc-2022")
    with pytest.raises(SigningError):
        sign(_unsigned("did:example:x"), new_signer(), cryptosuite="bbs-2023")


def test_sd_round_trip_base_derive_verify() -> None:
    issuer = new_signer("p256")
    unsigned = _unsigned(issuer.did)
    base = sd_base_proof(unsigned, issuer, ["/issuer", "/validFrom"], created="2024-05-01T00:00:00Z")
    assert base["proof"]["proofValue"].startswith("u2V0A")
    # the holder's own base proof: confirm check passes
    checks = verify_proofs(base, resolver=Resolver(), expected_controller=issuer.did, now=NOW)
    assert _statuses(checks) == ["passed"] and checks[0].data["baseProof"] is True
    mandatory, selectable = sd_disclosure_info(base)
    assert mandatory == ["/issuer", "/validFrom"]
    assert "/credentialSubject/achievement/name" in selectable
    assert "/issuer/name" not in selectable and "/validFrom" not in selectable
    derived = sd_derive(base, ["/credentialSubject/achievement/name"])
    assert derived["proof"]["proofValue"].startswith("u2V0B")
    assert derived["credentialSubject"]["achievement"]["name"] == "Teamwork"
    assert "criteria" not in derived["credentialSubject"]["achievement"]
    assert "name" not in derived  # not selected
    checks = verify_proofs(derived, resolver=Resolver(), expected_controller=issuer.did, now=NOW)
    assert _statuses(checks) == ["passed"] and "baseProof" not in checks[0].data
    # revealing more than was signed for, or changing a revealed value, fails
    derived["credentialSubject"]["achievement"]["name"] = "Leadership"
    assert _statuses(verify_proofs(derived, resolver=Resolver(), now=NOW)) == ["failed"]


def test_sd_derive_with_bad_pointer_is_malformed() -> None:
    issuer = new_signer("p256")
    base = sd_base_proof(_unsigned(issuer.did), issuer, ["/issuer"])
    with pytest.raises(MalformedProof, match="does not match"):
        sd_derive(base, ["/credentialSubject/nope"])


# --- keys, controllers, purposes ----------------------------------------------------------------------
def test_offline_key_is_not_checked() -> None:
    vm = OB["proof"]["verificationMethod"]
    checks = verify_proofs(OB, resolver=VectorResolver(offline={vm}), now=NOW)
    assert _statuses(checks) == ["not-checked"]
    assert checks[0].detail == f"Signature (eddsa-rdfc-2022) not checked (offline): could not resolve {vm}."


def test_controller_must_be_the_issuer() -> None:
    checks = verify_proofs(
        OB, resolver=VectorResolver(), expected_controller="did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
        now=NOW,
    )
    assert _statuses(checks) == ["failed"] and "not to the issuer" in checks[0].detail
    # an HTTPS issuer may list a key held by another controller: the signature stands, and the
    # issuer-key check (with the issuer's profile) decides
    other = verify_proofs(
        OB, resolver=VectorResolver(), expected_controller="https://other.example/issuer", now=NOW
    )
    assert _statuses(other) == ["passed"]
    ok = verify_proofs(
        OB, resolver=VectorResolver(), expected_controller="https://example.edu/issuers/565049", now=NOW
    )
    assert _statuses(ok) == ["passed"]


def test_key_must_be_authorised_for_the_purpose() -> None:
    resolver = VectorResolver(purposes=frozenset({"authentication"}))
    checks = verify_proofs(OB, resolver=resolver, now=NOW)
    assert _statuses(checks) == ["failed"] and "not authorised for assertionMethod" in checks[0].detail


def test_proof_purpose_must_match() -> None:
    checks = verify_proofs(OB, resolver=VectorResolver(), purpose="authentication", now=NOW)
    assert checks[0].status == "failed" and "purpose" in checks[0].detail


def test_key_of_an_unresolvable_did_method_is_not_checked() -> None:
    doc = copy.deepcopy(OB)
    doc["proof"]["verificationMethod"] = "did:example:123#key-1"
    checks = verify_proofs(doc, resolver=Resolver(), now=NOW)
    assert _statuses(checks) == ["not-checked"] and checks[0].reason == "unsupported"
    assert "cannot be resolved" in checks[0].detail


def test_key_that_is_no_did_and_no_url_fails() -> None:
    doc = copy.deepcopy(OB)
    doc["proof"]["verificationMethod"] = "urn:uuid:0e0c4a1e-6c4b-4c59-9a3c-0a8f7e0d9b11#key-1"
    checks = verify_proofs(doc, resolver=Resolver(), now=NOW)
    assert _statuses(checks) == ["failed"] and "cannot be used" in checks[0].detail


def test_presentation_challenge_and_domain() -> None:
    holder = new_signer()
    vp = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": holder.did,
    }
    signed = sign(vp, holder, purpose="authentication", challenge="abc", domain="https://employer.example")
    checks = verify_proofs(
        signed,
        resolver=Resolver(),
        purpose="authentication",
        challenge="abc",
        domain="https://employer.example",
        now=NOW,
    )
    assert [(c.name, c.status) for c in checks] == [
        ("proof", "passed"),
        ("challenge", "passed"),
        ("domain", "passed"),
    ]
    checks = verify_proofs(signed, resolver=Resolver(), purpose="authentication", challenge="xyz", now=NOW)
    assert [(c.name, c.status) for c in checks] == [("proof", "passed"), ("challenge", "failed")]


def test_expired_proof_and_bad_created() -> None:
    signer = new_signer()
    signed = sign(_unsigned(signer.did), signer, expires="2025-06-01T00:00:00Z")
    assert _statuses(verify_proofs(signed, resolver=Resolver(), now=datetime(2025, 1, 1, tzinfo=UTC))) == [
        "passed"
    ]
    checks = verify_proofs(signed, resolver=Resolver(), now=NOW)
    assert _statuses(checks) == ["failed"] and "expired" in checks[0].detail
    bad = copy.deepcopy(OB)
    bad["proof"]["created"] = "yesterday"
    checks = verify_proofs(bad, resolver=VectorResolver(), now=NOW)
    assert _statuses(checks) == ["failed"] and "xsd:dateTime" in checks[0].detail


# --- malformed and unknown proofs ---------------------------------------------------------------------
def test_no_proof_raises() -> None:
    doc = {k: v for k, v in OB.items() if k != "proof"}
    with pytest.raises(MalformedProof, match="credential has no proof"):
        verify_proofs(doc, resolver=VectorResolver(), now=NOW)


@pytest.mark.parametrize(
    "value,words",
    [("not-multibase", "malformed"), ("z0OIl", "malformed"), ("zabc", "malformed"), (None, "no proofValue")],
)
def test_malformed_proof_value_is_a_failed_check(value: Any, words: str) -> None:
    doc = copy.deepcopy(OB)
    if value is None:
        del doc["proof"]["proofValue"]
    else:
        doc["proof"]["proofValue"] = value
    checks = verify_proofs(doc, resolver=VectorResolver(), now=NOW)
    assert _statuses(checks) == ["failed"] and words in checks[0].detail


def test_unknown_cryptosuite_and_proof_type() -> None:
    doc = copy.deepcopy(OB)
    doc["proof"]["cryptosuite"] = "rot13-2099"
    checks = verify_proofs(doc, resolver=VectorResolver(), now=NOW)
    assert _statuses(checks) == ["failed"] and "rot13-2099" in checks[0].detail
    doc = copy.deepcopy(OB)
    doc["proof"] = [{"type": "SomeProofType"}, OB["proof"]]
    assert _statuses(verify_proofs(doc, resolver=VectorResolver(), now=NOW)) == ["not-checked", "passed"]


def test_sd_base_proof_value_garbage_is_failed() -> None:
    doc = load_json("w3c-vc-di-ecdsa/ecdsa-sd-2023/employ/derivedRevealDocument.json")
    doc["proof"]["proofValue"] = "u2V0Cxxxx"
    checks = verify_proofs(doc, resolver=VectorResolver(), now=NOW)
    assert _statuses(checks) == ["failed"] and "malformed" in checks[0].detail
