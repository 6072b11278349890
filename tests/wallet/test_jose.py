"""JWS parsing and signatures, VC 1.1 JWTs and VC-JOSE-COSE JWTs (wallet.jose)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from support import MemSigner

from wallet.errors import LimitExceeded, MalformedProof, NotJSON, UnsupportedFormat
from wallet.identity.did import Resolver, did_web_url
from wallet.identity.keys import PublicKey, b64url_encode
from wallet.proofs.jose import embedded_credentials, parse_jws, sign_jws, verify_jwt_credential

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "1edtech-public-validator"
NOW = datetime(2026, 9, 1, tzinfo=UTC)


def _b64json(obj: Any) -> str:
    return b64url_encode(json.dumps(obj).encode())


def raw_jws(header: dict[str, Any], payload: dict[str, Any], sign: Any) -> str:
    """A compact JWS signed by ``sign(bytes) -> bytes`` with any header (for hostile cases)."""
    si = _b64json(header) + "." + _b64json(payload)
    return si + "." + b64url_encode(sign(si.encode()))


def vc11(issuer: str, subject: str = "did:example:learner") -> dict[str, Any]:
    return {
        "vc": {
            "@context": ["https://www.w3.org/2018/credentials/v1"],
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": issuer, "type": ["Profile"], "name": "Prairie College"},
            "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"name": "Teamwork"}},
        },
        "iss": issuer,
        "sub": subject,
        "nbf": 1735689600,
        "jti": "urn:uuid:0b8a1c5e-1d2f-4c55-9d55-7a1f2d9e0001",
    }


def check(result: Any, name: str) -> Any:
    found = [c for c in result.checks if c.name == name]
    assert found, f"no {name} check in {[c.name for c in result.checks]}"
    return found[0]


# --- 1EdTech vectors ---------------------------------------------------------------------------
# expected jwt-signature status per file (see tests/vectors/README.md)
JWT_VECTORS = {
    "clr20/simple.jwt": "passed",  # RS256 with 'jwk' header
    "ob30/simple.jwt": "not-checked",  # key only from the issuer profile URL: offline
    "ob30/velocity.jwt": "not-checked",  # kid did:velocity: a DID method the wallet cannot resolve (upstream INVALID)
}


def test_every_jwt_vector_has_an_expectation() -> None:
    found = {str(p.relative_to(VECTORS)) for p in VECTORS.glob("*/*.jwt")}
    assert found == set(JWT_VECTORS)


@pytest.mark.parametrize("name", sorted(JWT_VECTORS))
def test_1edtech_jwt_vectors(name: str) -> None:
    token = (VECTORS / name).read_text()
    result = verify_jwt_credential(token, resolver=Resolver(), now=NOW)
    sig = check(result, "jwt-signature")
    assert sig.status == JWT_VECTORS[name], sig.detail
    assert result.format == "vc-jwt" and result.kind == "credential"
    cred = result.credential
    if name.endswith("simple.jwt"):
        # VC 1.1 §6.3.1: claims restored into the credential
        assert cred["issuer"]["id"] == "https://example.edu/issuers/565049"
        assert cred["credentialSubject"]["id"] == "did:example:ebfeb1f712ebc6f1c276e12ec21"
        assert cred["id"] == "http://example.edu/credentials/3732"
        assert cred["issuanceDate"].startswith("2010-01-01T00:00:00")
        assert check(result, "jwt-claims").status == "passed"
    if name == "ob30/simple.jwt":
        assert "(offline)" in sig.detail
    if name == "clr20/simple.jwt":
        assert sig.data["alg"] == "RS256"
        # a self-asserted jwk under an https issuer proves integrity only: a failure, not a warning
        assert check(result, "issuer-key").status == "failed" and check(result, "issuer-key").reason == "integrity-only"
        assert "ClrCredential" in cred["type"]


def test_clr_jwt_with_changed_payload_fails() -> None:
    token = (VECTORS / "clr20/simple.jwt").read_text().strip()
    h, p, s = token.split(".")
    payload = json.loads(__import__("base64").urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    payload["vc"]["name"] = "Forged"
    result = verify_jwt_credential(f"{h}.{_b64json(payload)}.{s}", resolver=Resolver(), now=NOW)
    assert check(result, "jwt-signature").status == "failed"


# --- round trips -------------------------------------------------------------------------------
@pytest.mark.parametrize("key_type,alg", [("ed25519", "EdDSA"), ("p256", "ES256"), ("p384", "ES384")])
def test_sign_and_verify_vc11_jwt_with_did_key(key_type: str, alg: str) -> None:
    signer = MemSigner.new(key_type)
    token = sign_jws(vc11(signer.did), signer, {"typ": "JWT", "kid": signer.verification_method})
    result = verify_jwt_credential(token, resolver=Resolver(), now=NOW)
    sig = check(result, "jwt-signature")
    assert sig.status == "passed", sig.detail
    assert sig.data["alg"] == alg and result.header["alg"] == alg
    assert not [c for c in result.checks if c.status == "failed"]
    assert result.credential["issuer"]["id"] == signer.did
    assert result.credential["credentialSubject"]["id"] == "did:example:learner"
    assert result.credential["issuanceDate"] == "2025-01-01T00:00:00Z"


def test_key_from_iss_did_key_without_kid() -> None:
    signer = MemSigner.new("ed25519")
    token = sign_jws(vc11(signer.did), signer, {"typ": "JWT"})
    assert check(verify_jwt_credential(token, resolver=Resolver(), now=NOW), "jwt-signature").status == "passed"


def test_rs256_with_jwk_header() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = PublicKey.from_cryptography(key.public_key()).jwk()
    token = raw_jws({"alg": "RS256", "typ": "JWT", "jwk": jwk}, vc11("https://issuer.example/p"),
                    lambda d: key.sign(d, padding.PKCS1v15(), hashes.SHA256()))
    result = verify_jwt_credential(token, resolver=Resolver(), now=NOW)
    assert check(result, "jwt-signature").status == "passed"


def test_vc_jose_credential_and_envelope_in_vp() -> None:
    signer = MemSigner.new("p256")
    vc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": signer.did,
        "validFrom": "2025-01-01T00:00:00Z",
        "validUntil": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "name": "Maya"},
    }
    token = sign_jws(vc, signer, {"typ": "vc+jwt", "cty": "vc", "kid": signer.verification_method})
    result = verify_jwt_credential(token, resolver=Resolver(), now=NOW)
    assert result.format == "vc-jose" and result.credential == vc
    assert check(result, "jwt-signature").status == "passed"
    # validUntil is in the past at NOW
    assert check(result, "validity").status == "failed"
    ok = verify_jwt_credential(token, resolver=Resolver(), now=datetime(2025, 6, 1, tzinfo=UTC))
    assert check(ok, "validity").status == "passed"

    holder = MemSigner.new("ed25519")
    vp = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
          "holder": holder.did,
          "verifiableCredential": [{"@context": ["https://www.w3.org/ns/credentials/v2"],
                                    "type": ["EnvelopedVerifiableCredential"],
                                    "id": "data:application/vc+jwt," + token}]}
    vp_token = sign_jws({**vp, "nonce": "n-1", "aud": "https://verifier.example"}, holder,
                        {"typ": "vp+jwt", "kid": holder.verification_method})
    res = verify_jwt_credential(vp_token, resolver=Resolver(), now=NOW, nonce="n-1", aud="https://verifier.example")
    assert res.kind == "presentation" and res.credentials == [token]
    assert {c.name: c.status for c in res.checks}["challenge"] == "passed"
    bad = verify_jwt_credential(vp_token, resolver=Resolver(), now=NOW, nonce="other", aud="https://evil.example")
    assert check(bad, "challenge").status == "failed" and check(bad, "domain").status == "failed"


def test_vc11_vp_jwt_extracts_credentials() -> None:
    issuer, holder = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    vc_token = sign_jws(vc11(issuer.did, holder.did), issuer, {"typ": "JWT", "kid": issuer.verification_method})
    payload = {"iss": holder.did, "nonce": "abc", "aud": "did:example:verifier",
               "vp": {"@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiablePresentation"],
                      "verifiableCredential": [vc_token]}}
    token = sign_jws(payload, holder, {"typ": "JWT", "kid": holder.verification_method})
    res = verify_jwt_credential(token, resolver=Resolver(), now=NOW, nonce="abc", aud="did:example:verifier")
    assert res.kind == "presentation" and res.credential["holder"] == holder.did
    assert res.credentials == [vc_token] == embedded_credentials(res.credential)
    assert not [c for c in res.checks if c.status == "failed"], res.checks


# --- bad input ---------------------------------------------------------------------------------
def test_alg_none_is_rejected() -> None:
    token = _b64json({"alg": "none", "typ": "JWT"}) + "." + _b64json(vc11("did:example:x")) + "."
    result = verify_jwt_credential(token, resolver=Resolver(), now=NOW,
                                   issuer_key=MemSigner.new("ed25519").public_key)
    sig = check(result, "jwt-signature")
    assert sig.status == "failed" and "none" in sig.detail


@pytest.mark.parametrize(
    "alg,key_type,words",
    [("RS256", "p256", ("RS256", "RSA", "P-256")), ("ES256", "p384", ("ES256", "P-256", "P-384")),
     ("EdDSA", "p256", ("EdDSA", "Ed25519", "P-256")), ("ES384", "ed25519", ("ES384", "P-384", "Ed25519"))],
)
def test_alg_key_mismatch_fails_naming_it(alg: str, key_type: str, words: tuple[str, ...]) -> None:
    signer = MemSigner.new(key_type)
    token = raw_jws({"alg": alg, "kid": signer.verification_method}, vc11(signer.did), signer.sign)
    sig = check(verify_jwt_credential(token, resolver=Resolver(), now=NOW), "jwt-signature")
    assert sig.status == "failed"
    for w in words:
        assert w in sig.detail


def test_signature_by_another_key_fails() -> None:
    signer, other = MemSigner.new("p256"), MemSigner.new("p256")
    token = sign_jws(vc11(signer.did), other, {"kid": signer.verification_method})
    assert check(verify_jwt_credential(token, resolver=Resolver(), now=NOW), "jwt-signature").status == "failed"


def test_kid_of_another_did_fails() -> None:
    signer, other = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    token = sign_jws(vc11(other.did), signer, {"kid": signer.verification_method})
    result = verify_jwt_credential(token, resolver=Resolver(), now=NOW)
    assert check(result, "jwt-signature").status == "passed"
    assert check(result, "issuer-key").status == "failed"


def test_iss_and_issuer_disagree() -> None:
    signer = MemSigner.new("ed25519")
    payload = vc11(signer.did)
    payload["vc"]["issuer"]["id"] = "did:example:someone-else"
    token = sign_jws(payload, signer, {"kid": signer.verification_method})
    claims = check(verify_jwt_credential(token, resolver=Resolver(), now=NOW), "jwt-claims")
    assert claims.status == "failed" and "did:example:someone-else" in claims.detail


def test_expired_and_not_yet_valid() -> None:
    signer = MemSigner.new("ed25519")
    expired = {**vc11(signer.did), "exp": 1767225600}  # 2026-01-01
    res = verify_jwt_credential(sign_jws(expired, signer, {}), resolver=Resolver(), now=NOW)
    assert check(res, "validity").status == "failed" and "expired" in check(res, "validity").detail
    assert res.credential["expirationDate"] == "2026-01-01T00:00:00Z"
    future = {**vc11(signer.did), "nbf": 1893456000}  # 2030
    assert check(verify_jwt_credential(sign_jws(future, signer, {}), resolver=Resolver(), now=NOW),
                 "validity").status == "failed"


def test_relative_kid_resolves_against_did_web_issuer() -> None:
    signer = MemSigner.new("p256")
    did = "did:web:badges.example.edu"
    doc = {"@context": ["https://www.w3.org/ns/did/v1"], "id": did,
           "verificationMethod": [{"id": f"{did}#key-1", "type": "Multikey", "controller": did,
                                   "publicKeyMultibase": signer.public_key.multibase()}],
           "assertionMethod": [f"{did}#key-1"]}
    resolver = Resolver(documents={did_web_url(did): doc})
    token = sign_jws(vc11(did), signer, {"kid": "#key-1"})
    result = verify_jwt_credential(token, resolver=resolver, now=NOW)
    assert check(result, "jwt-signature").status == "passed"
    assert check(result, "jwt-signature").data["key"] == f"{did}#key-1"
    # the same key, not listed for assertionMethod -> the key check fails
    doc2 = {**doc, "assertionMethod": [], "authentication": [f"{did}#key-1"]}
    res2 = verify_jwt_credential(token, resolver=Resolver(documents={did_web_url(did): doc2}), now=NOW)
    assert check(res2, "issuer-key").status == "failed"
    # offline without the document: not checked
    res3 = verify_jwt_credential(token, resolver=Resolver(), now=NOW)
    assert check(res3, "jwt-signature").status == "not-checked" and "(offline)" in check(res3, "jwt-signature").detail


def test_private_jwk_in_header_fails() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    jwk = {**PublicKey.from_cryptography(key.public_key()).jwk(), "d": "AAAA"}
    token = raw_jws({"alg": "ES256", "jwk": jwk}, vc11("https://x.example"), lambda d: b"\0" * 64)
    assert check(verify_jwt_credential(token, resolver=Resolver(), now=NOW), "jwt-signature").status == "failed"


@pytest.mark.parametrize(
    "token,error",
    [
        ("abc.def", MalformedProof),
        ("a.b.c.d", MalformedProof),
        ("eyJhbGciOiJFUzI1NiJ9.e+J9.sig", MalformedProof),
        (_b64json({"alg": "ES256"}) + "." + b64url_encode(b"[1,2]") + ".c2ln", NotJSON),
        (b64url_encode(b'{"alg":"ES256","alg":"none"}') + "." + _b64json({}) + ".c2ln", NotJSON),
        (b64url_encode(b"not json") + "." + _b64json({}) + ".c2ln", NotJSON),
        (_b64json({"typ": "JWT"}) + "." + _b64json({}) + ".c2ln", MalformedProof),
        (_b64json({"alg": "ES256", "crit": ["exp"]}) + "." + _b64json({}) + ".c2ln", MalformedProof),
    ],
)
def test_parse_is_strict(token: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_jws(token)


def test_too_long_and_not_a_credential() -> None:
    with pytest.raises(LimitExceeded):
        parse_jws("a" * 3_000_000)
    signer = MemSigner.new("ed25519")
    with pytest.raises(UnsupportedFormat):
        verify_jwt_credential(sign_jws({"sub": "x"}, signer, {}), resolver=Resolver(), now=NOW)


def test_https_issuer_profile_key() -> None:
    signer = MemSigner.new("ed25519")
    iss = "https://badges.example.edu/issuers/565049"
    profile = {"id": iss, "type": "Profile", "name": "Prairie College",
               "verificationMethod": [{"id": f"{iss}#key-1", "type": "Multikey", "controller": iss,
                                       "publicKeyMultibase": signer.public_key.multibase()}]}
    token = sign_jws(vc11(iss), signer, {"typ": "JWT", "kid": f"{iss}#key-1"})
    result = verify_jwt_credential(token, resolver=Resolver(documents={iss: profile}), now=NOW)
    assert check(result, "jwt-signature").status == "passed"
    assert not [c for c in result.checks if c.status == "failed"], result.checks
    # 'kid' given as a bare id is relative to iss, too
    token2 = sign_jws(vc11(iss), signer, {"typ": "JWT", "kid": "key-1"})
    res2 = verify_jwt_credential(token2, resolver=Resolver(documents={iss: profile}), now=NOW)
    assert check(res2, "jwt-signature").status == "passed"
