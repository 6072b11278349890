"""The issuer's website linking itself to the issuer's DID (DIF Well-Known DID Configuration): evidence
labelled as evidence, looked up only online, never a trust source. Keys, linkages and credentials are made at
test time; the website is a fetcher function (no network here)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric import ed25519
from support import MemSigner

from wallet.errors import NetworkError
from wallet.identity.did import Resolver
from wallet.proofs.jose import sign_jws
from wallet.trust.domain_linkage import domain_linkage_check, issuer_origin
from wallet.verifier.report import Report

NOW = datetime(2026, 6, 1, tzinfo=UTC)
ORIGIN = "https://careers.northfield.example.edu"


def _linkage(signer: MemSigner, did: str, origin: str) -> str:
    vc = {"@context": ["https://www.w3.org/2018/credentials/v1",
                       "https://identity.foundation/.well-known/did-configuration/v1"],
          "type": ["VerifiableCredential", "DomainLinkageCredential"], "issuer": did,
          "issuanceDate": "2026-01-01T00:00:00Z", "credentialSubject": {"id": did, "origin": origin}}
    payload = {"iss": did, "sub": did, "nbf": int(datetime(2026, 1, 1, tzinfo=UTC).timestamp()),
               "exp": int(datetime(2027, 1, 1, tzinfo=UTC).timestamp()), "vc": vc}
    return sign_jws(payload, signer, {"kid": signer.verification_method, "typ": "JWT"})


def _site(*entries: str) -> dict[str, bytes]:
    body = {"@context": "https://identity.foundation/.well-known/did-configuration/v1", "linked_dids": list(entries)}
    return {ORIGIN + "/.well-known/did-configuration.json": json.dumps(body).encode()}


def _fetcher(pages: dict[str, bytes]):  # type: ignore[no-untyped-def]
    def fetch(url: str) -> bytes:
        if url not in pages:
            raise NetworkError(f"{url} could not be reached")
        return pages[url]

    return fetch


def test_a_valid_linkage_is_evidence_and_an_attackers_is_not() -> None:
    issuer = MemSigner.of(ed25519.Ed25519PrivateKey.generate())
    attacker = MemSigner.of(ed25519.Ed25519PrivateKey.generate())
    resolver = Resolver()

    good = domain_linkage_check(issuer.did, ORIGIN, fetch=_fetcher(_site(_linkage(issuer, issuer.did, ORIGIN))),
                                allow_network=True, resolver=resolver, now=NOW)
    assert good is not None and good.status == "passed" and "evidence, not trust" in good.detail

    # the site links another DID (an attacker's key calling itself this issuer): no
    other = domain_linkage_check(issuer.did, ORIGIN, fetch=_fetcher(_site(_linkage(attacker, attacker.did, ORIGIN))),
                                 allow_network=True, resolver=resolver, now=NOW)
    assert other is not None and other.status == "warning"

    # a linkage for this DID but signed by someone else's key: no
    forged = _linkage(attacker, issuer.did, ORIGIN).split(".")
    header = json.loads(__import__("base64").urlsafe_b64decode(forged[0] + "=="))
    assert header["kid"].startswith(attacker.did)
    token = sign_jws(json.loads(__import__("base64").urlsafe_b64decode(forged[1] + "==")), attacker,
                     {"kid": issuer.verification_method, "typ": "JWT"})
    bad = domain_linkage_check(issuer.did, ORIGIN, fetch=_fetcher(_site(token)), allow_network=True,
                               resolver=resolver, now=NOW)
    assert bad is not None and bad.status == "warning" and "bad signature" in bad.detail

    # for another origin: no
    elsewhere = domain_linkage_check(issuer.did, ORIGIN, allow_network=True, resolver=resolver, now=NOW,
                                     fetch=_fetcher(_site(_linkage(issuer, issuer.did, "https://other.example"))))
    assert elsewhere is not None and elsewhere.status == "warning"


def test_online_only_and_unreachable_is_not_checked() -> None:
    issuer = MemSigner.of(ed25519.Ed25519PrivateKey.generate())
    asked: list[str] = []
    pages = _site(_linkage(issuer, issuer.did, ORIGIN))

    def fetch(url: str) -> bytes:
        asked.append(url)
        return pages[url]

    assert domain_linkage_check(issuer.did, ORIGIN, fetch=fetch, allow_network=False, resolver=Resolver(),
                                now=NOW) is None and asked == []
    gone = domain_linkage_check(issuer.did, ORIGIN, fetch=_fetcher({}), allow_network=True, resolver=Resolver(), now=NOW)
    assert gone is not None and gone.status == "not-checked" and gone.reason == "offline"


def test_in_a_verification_it_never_makes_the_verdict_green() -> None:
    """A credential signed by a fresh did:key naming a website that links that DID: authentic, and the website
    evidence passes, but no trust source recognises the issuer, so the verdict stays amber."""
    from wallet.credentials.verify import verify_credential
    from wallet.proofs import sign

    issuer = MemSigner.of(ed25519.Ed25519PrivateKey.generate())
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2",  # the OB context defines the issuer's url
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
           "type": ["VerifiableCredential"],
           "issuer": {"id": issuer.did, "url": ORIGIN + "/", "name": "Northfield State University"},
           "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"name": "Ada Vance"}}
    signed = sign(doc, issuer, cryptosuite="eddsa-rdfc-2022", purpose="assertionMethod",
                  created="2026-01-02T00:00:00Z")
    resolver = Resolver(fetcher=_fetcher(_site(_linkage(issuer, issuer.did, ORIGIN))), allow_network=True)
    report: Report = verify_credential(signed, resolver=resolver, now=NOW)
    domain = report.check("issuer-domain")
    assert domain is not None and domain.status == "passed"
    assert report.verdict == "authentic-unrecognised" and not report.verified
    offline = verify_credential(signed, resolver=Resolver(), now=NOW)
    assert offline.check("issuer-domain") is None  # online only
    assert issuer_origin(signed, issuer.did) == ORIGIN
