"""verify_credential / verify_input: the recipe end to end, and every bad input giving a clear error."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from wallet.credentials import verify_credential, verify_input
from wallet.errors import LimitExceeded, NotACredential, NotJSON, UnknownContext
from wallet.identity.did import Resolver, did_key_from_public_key
from wallet.identity.keys import PublicKey, multibase_encode
from wallet.limits import read_file_limited
from wallet.proofs import sign
from wallet.trust.issuers import TrustList
from wallet.verifier.status import StatusLists, encode_status_list

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
NOW = datetime(2025, 6, 1, tzinfo=UTC)
DCC_KEY = "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"


@dataclass
class MemorySigner:
    """A test signer implementing the wallet's Signer protocol with an in-memory Ed25519 key."""

    key: ed25519.Ed25519PrivateKey
    key_type: str = "ed25519"

    @property
    def public_key(self) -> PublicKey:
        return PublicKey.from_cryptography(self.key.public_key())

    @property
    def did(self) -> str:
        return did_key_from_public_key(self.public_key)

    @property
    def verification_method(self) -> str:
        return f"{self.did}#{self.did.removeprefix('did:key:')}"

    def sign(self, data: bytes) -> bytes:
        return self.key.sign(data)


@pytest.fixture()
def signer() -> MemorySigner:
    return MemorySigner(ed25519.Ed25519PrivateKey.generate())


def load(rel: str) -> dict[str, Any]:
    return json.loads((VECTORS / rel).read_text())


def badge(issuer: str, **extra: Any) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:0b1e8e8e-2c55-4b5c-9a57-5c2b4f2b7f11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Teamwork Micro-credential",
        "issuer": {"id": issuer, "type": ["Profile"], "name": "North Prairie University"},
        "validFrom": "2024-09-01T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner", "type": ["AchievementSubject"],
            "achievement": {"id": "urn:uuid:ach-1", "type": ["Achievement"], "name": "Teamwork",
                            "description": "Works well in teams.", "criteria": {"narrative": "Assessed on the rubric."}},
        },
        **extra,
    }


def codes(report: Any) -> dict[str, str]:
    return {c.name: c.status for c in report.checks}


# --- the recipe ------------------------------------------------------------------------------------
def test_a_freshly_signed_badge_is_authentic_but_its_issuer_unrecognised(signer: MemorySigner) -> None:
    """Every cryptographic check passes, but nobody vouches for a fresh did:key: amber, never green."""
    doc = sign(badge(signer.did), signer)
    report = verify_credential(doc, resolver=Resolver(), now=NOW)
    assert report.verdict == "authentic-unrecognised" and report.state == "authentic-unrecognised", report.to_json()
    assert not report.verified and report.authentic
    assert codes(report) == {"proof": "passed", "issuer-key": "passed", "validity": "passed", "schema": "passed",
                             "signed-fields": "passed", "issuer-trust": "warning"}
    assert report.check("issuer-trust").reason == "issuer-not-recognised"  # type: ignore[union-attr]
    assert report.issuer == {"id": signer.did, "claimedName": "North Prairie University"}
    trusted = verify_credential(doc, resolver=Resolver(), now=NOW, trust=TrustList().add(signer.did, "NPU"))
    assert trusted.verdict == "verified" and trusted.verified
    assert report.subject == "Teamwork Micro-credential" and report.format == "ldp-vc"
    tampered = dict(doc, name="Leadership Micro-credential")
    assert codes(verify_credential(tampered, resolver=Resolver(), now=NOW))["proof"] == "failed"


def test_a_key_that_is_not_the_issuers_fails(signer: MemorySigner) -> None:
    doc = sign(badge(DCC_KEY), signer)
    report = verify_credential(doc, resolver=Resolver(), now=NOW)
    assert not report.verified
    assert codes(report)["issuer-key"] == "failed" and "not to the issuer" in report.check("issuer-key").detail  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("extra", "detail"),
    [
        ({"validUntil": "2025-01-01T00:00:00Z"}, "expired on 2025-01-01T00:00:00Z"),
        ({"validFrom": "2030-01-01T00:00:00Z"}, "not valid before 2030-01-01T00:00:00Z"),
        ({"validUntil": "next tuesday"}, "is not a date-time"),
    ],
)
def test_validity(signer: MemorySigner, extra: dict[str, str], detail: str) -> None:
    doc = sign(badge(signer.did, **extra), signer)
    check = verify_credential(doc, resolver=Resolver(), now=NOW).check("validity")
    assert check is not None and check.status == "failed" and detail in check.detail


def test_trust_list_passes_or_warns(signer: MemorySigner) -> None:
    doc = sign(badge(signer.did), signer)
    trusted = TrustList().add(signer.did, "North Prairie University")
    ok = verify_credential(doc, resolver=Resolver(), now=NOW, trust=trusted).check("issuer-trust")
    assert ok is not None and ok.status == "passed" and "North Prairie University" in ok.detail
    report = verify_credential(doc, resolver=Resolver(), now=NOW, trust=TrustList())
    unknown = report.check("issuer-trust")
    assert unknown is not None and unknown.status == "warning" and unknown.reason == "issuer-not-recognised"
    assert report.verdict == "authentic-unrecognised"


def test_revoked_through_an_injected_status_source(signer: MemorySigner) -> None:
    url = "https://status.example/list/1"
    entry = {"id": url + "#5", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
             "statusListIndex": "5", "statusListCredential": url}
    doc = sign(badge(signer.did, credentialStatus=entry), signer)
    bits = bytearray(16384)
    bits[0] = 0b0000_0100  # index 5
    status_list = sign({
        "@context": ["https://www.w3.org/ns/credentials/v2"], "id": url, "issuer": signer.did,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"], "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {"id": url + "#list", "type": "BitstringStatusList", "statusPurpose": "revocation",
                              "encodedList": encode_status_list(bytes(bits))},
    }, signer)
    lists = StatusLists(documents={url: json.dumps(status_list).encode()})
    report = verify_credential(doc, resolver=Resolver(), now=NOW, status_fetcher=lists)
    assert codes(report)["status"] == "failed" and not report.verified
    assert report.check("status").reason == "revoked" and report.state == "revoked"  # type: ignore[union-attr]
    offline = verify_credential(doc, resolver=Resolver(), now=NOW)
    assert codes(offline)["status"] == "not-checked" and offline.check("status").reason == "offline"  # type: ignore[union-attr]
    assert offline.verdict == "authentic-unrecognised"  # the status was not checkable offline: not a failure


def test_clr_nested_credentials_are_reported(signer: MemorySigner) -> None:
    inner = sign(badge(signer.did), signer)
    clr = sign({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"],
        "id": "urn:uuid:clr-1", "type": ["VerifiableCredential", "ClrCredential"], "name": "Co-curricular Record",
        "issuer": {"id": signer.did, "type": ["Profile"], "name": "North Prairie University"},
        "validFrom": "2024-09-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "type": ["ClrSubject"], "verifiableCredential": [inner]},
    }, signer)
    report = verify_credential(clr, resolver=Resolver(), now=NOW, trust=TrustList().add(signer.did))
    assert report.verdict == "verified", report.to_json()
    assert [r.subject for r in report.credentials] == ["Teamwork Micro-credential"]
    # a tampered nested credential makes the record not verified
    bad = copy.deepcopy(clr)
    bad["credentialSubject"]["verifiableCredential"][0]["name"] = "Forged"
    report = verify_credential(bad, resolver=Resolver(), now=NOW)
    assert not report.verified and not report.credentials[0].verified


def test_verify_input_reports_each_credential_of_a_presentation(signer: MemorySigner) -> None:
    vp = {
        "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
        "verifiableCredential": [sign(badge(signer.did), signer), load("dcc-verifier-core/v2/v2NoStatus.json")],
    }
    reports = verify_input(json.dumps(vp).encode(), "vp.json", resolver=Resolver(), now=NOW)
    assert [r.authentic for r in reports] == [True, True]


def test_vc_jwt_through_the_recipe() -> None:
    """The 1EdTech sample carries its own key in the 'jwk' header under an https issuer: integrity only."""
    report = verify_credential((VECTORS / "1edtech-public-validator/clr20/simple.jwt").read_text(), resolver=Resolver(), now=NOW)
    assert report.format == "vc-jwt" and codes(report)["jwt-signature"] == "passed"
    assert report.check("issuer-key").reason == "integrity-only" and report.verdict == "not-verified"  # type: ignore[union-attr]


# --- bad input: each a clear error ---------------------------------------------------------------------
def test_not_json_and_not_a_credential() -> None:
    with pytest.raises(NotJSON, match="not JSON"):
        verify_input(b"Dear employer, ...", "letter.txt", resolver=Resolver())
    with pytest.raises(NotACredential, match="VerifiableCredential"):
        verify_input(b'{"hello": "world"}', "x.json", resolver=Resolver())
    with pytest.raises(NotACredential):
        verify_credential({"type": ["Profile"]}, resolver=Resolver())


def test_unknown_context_is_a_clear_error() -> None:
    doc = load("dcc-verifier-core/v2/v2NoStatus.json")
    doc["@context"] = [*doc["@context"], "https://example.org/contexts/not-bundled/v1"]
    with pytest.raises(UnknownContext, match="not available offline"):
        verify_credential(doc, resolver=Resolver(), now=NOW)
    (report,) = verify_input(json.dumps(doc).encode(), "x.json", resolver=Resolver(), now=NOW)
    assert report.error is not None and report.error["code"] == "unknown-context" and not report.verified


def test_missing_proof_is_a_report_not_an_exception() -> None:
    doc = load("dcc-verifier-core/v2/v2NoStatus.json")
    del doc["proof"]
    report = verify_credential(doc, resolver=Resolver(), now=NOW)
    proof = report.check("proof")
    assert proof is not None and proof.status == "failed" and proof.detail == "the credential has no proof"
    assert report.verdict == "not-verified"


def _with_proof(**changes: Any) -> dict[str, Any]:
    doc = load("dcc-verifier-core/v2/v2OBv3SpecExample.json")
    doc["proof"] = {**doc["proof"], **changes}
    return doc


@pytest.mark.parametrize(
    ("proof", "words"),
    [
        ({"proofValue": "z!!!not-base58"}, "malformed"),
        ({"cryptosuite": "eddsa-2099"}, "Unknown cryptosuite eddsa-2099"),
        ({"verificationMethod": "urn:example:123#key-1"}, "unsupported scheme"),
        ({"verificationMethod": "did:key:" + multibase_encode(b"\xed\x01" + bytes(31)) + "#k"}, "32"),
        ({"proofPurpose": "authentication"}, "purpose"),
    ],
)
def test_bad_proofs_fail_with_a_reason(proof: dict[str, Any], words: str) -> None:
    report = verify_credential(_with_proof(**proof), resolver=Resolver(), now=NOW)
    check = report.check("proof")
    assert check is not None and check.status == "failed", report.to_json()
    assert words in check.detail, check.detail
    assert not report.verified


def test_proof_that_is_not_an_object() -> None:
    doc = load("dcc-verifier-core/v2/v2OBv3SpecExample.json")
    doc["proof"] = "signed, trust me"
    report = verify_credential(doc, resolver=Resolver(), now=NOW)
    assert report.check("proof").status == "failed"  # type: ignore[union-attr]


def test_status_list_not_gzip_is_a_failed_status(signer: MemorySigner) -> None:
    url = "https://status.example/list/2"
    entry = {"type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": "1", "statusListCredential": url}
    doc = sign(badge(signer.did, credentialStatus=entry), signer)
    plain = {"type": ["VerifiableCredential", "BitstringStatusListCredential"],
             "credentialSubject": {"type": "BitstringStatusList", "statusPurpose": "revocation", "encodedList": "uAAAAAAAAAAAAAAA"}}
    report = verify_credential(doc, resolver=Resolver(), now=NOW, status_fetcher=StatusLists(documents={url: json.dumps(plain).encode()}))
    status = report.check("status")
    assert status is not None and status.status == "failed" and "not GZIP" in status.detail


def test_a_50_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: the test does not write 50 MB
    with pytest.raises(LimitExceeded, match="over the limit"):
        read_file_limited(big)
    with pytest.raises(LimitExceeded):
        verify_input(b"{" + b" " * (50 * 1024 * 1024) + b"}", "big.json", resolver=Resolver())


def test_json_nested_10000_deep_is_a_limit_not_a_recursion_error() -> None:
    with pytest.raises(LimitExceeded, match="nests deeper than 64"):
        verify_input(b"[" * 10_000 + b"]" * 10_000, "deep.json", resolver=Resolver())
    deep = {"a": None}
    node = deep
    for _ in range(200):
        node["a"] = {"a": None}
        node = node["a"]
    with pytest.raises(LimitExceeded):
        verify_input(json.dumps({"type": ["VerifiableCredential"], "x": deep}).encode(), "deep.json", resolver=Resolver())


def test_fields_the_signature_does_not_cover_fail_verification() -> None:
    """Undefined terms are dropped before signing: a field added afterwards keeps the signature valid,
    so the wallet refuses the credential (like the reference verifiers' safe mode)."""
    import copy
    import json
    from pathlib import Path

    from wallet.identity.did import Resolver

    doc = json.loads((Path(__file__).resolve().parents[2] / "resources/selftest/v2OBv3SpecExample.json").read_text())
    assert verify_credential(doc, resolver=Resolver()).authentic
    added = copy.deepcopy(doc)
    added["credentialSubject"]["seniorityLevel"] = "Chief Executive"
    report = verify_credential(added, resolver=Resolver())
    assert report.check("proof").status == "passed"  # the signature alone would accept it
    assert report.check("signed-fields").status == "failed" and "seniorityLevel" in report.check("signed-fields").detail
    assert not report.verified
