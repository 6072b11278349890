"""Signed trust lists: the issuers a career office or an employer vouches for, in one signed, dated file.

The format (documented in ``docs/trust-lists.md``)::

    {
      "type": "LearnerWalletTrustList",
      "version": 1,
      "name": "North Prairie University Career Office — recognised issuers",
      "publisher": "did:key:z6Mk…",                       # the DID that signs the list
      "validFrom": "2026-09-01T00:00:00Z",               # optional
      "validUntil": "2027-09-01T00:00:00Z",              # required: a list always expires
      "issuers": [{"id": "did:web:…", "name": "…", "location": "…", "url": "…"}],
      "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022",
                "verificationMethod": "did:key:z6Mk…#z6Mk…", "proofPurpose": "assertionMethod",
                "created": "…", "proofValue": "z…"}
    }

``eddsa-jcs-2022`` (W3C Data Integrity EdDSA, JSON canonicalisation) needs no JSON-LD context. The
verification method's controller must be the ``publisher``. A list whose proof does not verify, whose
key cannot be resolved (offline), whose ``validUntil`` has passed or is missing, or that is not valid
yet is refused with :class:`~wallet.errors.TrustListRefused` — nothing of it is used.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

from wallet.errors import InputError, TrustListRefused
from wallet.trust.registry import Listing, Registry, normal_issuer_id

__all__ = ["LIST_TYPE", "dumps", "read_signed_list", "sign_trust_list"]

LIST_TYPE = "LearnerWalletTrustList"
SUITE = "eddsa-jcs-2022"


def _date(value: Any, what: str) -> datetime:
    from wallet.proofs.common import parse_xsd_datetime

    when = parse_xsd_datetime(value)
    if when is None:
        raise TrustListRefused(f"the trust list's {what} {value!r} is not a date-time")
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _unsigned(obj: dict[str, Any]) -> dict[str, Any]:
    """Check the shape of a trust list (with or without its proof)."""
    if obj.get("type") != LIST_TYPE:
        raise InputError(f"the file is not a trust list (its type is {obj.get('type')!r}, not {LIST_TYPE!r})")
    if obj.get("version") != 1:
        raise InputError(f"the trust list has version {obj.get('version')!r}; this wallet reads version 1")
    publisher = obj.get("publisher")
    if not isinstance(publisher, str) or not publisher.startswith("did:"):
        raise InputError("the trust list names no publisher DID ('publisher')")
    issuers = obj.get("issuers")
    if not isinstance(issuers, list):
        raise InputError("the trust list has no 'issuers' list")
    for item in issuers:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"].strip():
            raise InputError("a trust list entry has no issuer id")
        if not isinstance(item.get("name"), str) or not item["name"].strip():
            raise InputError(f"the trust list entry {item['id']} has no name")
    if "validUntil" not in obj:
        raise TrustListRefused("the trust list has no expiry (validUntil); a trust list must expire")
    return obj


def sign_trust_list(obj: dict[str, Any], signer: Any, *, created: datetime | None = None) -> dict[str, Any]:
    """A copy of the trust list ``obj`` signed by ``signer`` (an Ed25519 signer whose DID becomes the
    ``publisher``) with an ``eddsa-jcs-2022`` proof."""
    from wallet.jsonld import default_jsonld
    from wallet.proofs.suites import SUITES

    if getattr(signer, "key_type", "") != "ed25519":
        raise InputError("trust lists are signed with an Ed25519 key (eddsa-jcs-2022)")
    doc = {k: copy.deepcopy(v) for k, v in obj.items() if k != "proof"}
    doc.setdefault("type", LIST_TYPE)
    doc.setdefault("version", 1)
    doc["publisher"] = signer.did
    _unsigned(doc)
    when = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    proof: dict[str, Any] = {"type": "DataIntegrityProof", "cryptosuite": SUITE, "created": when,
                             "verificationMethod": signer.verification_method, "proofPurpose": "assertionMethod"}
    proof["proofValue"] = SUITES[SUITE].sign_value(doc, proof, signer, default_jsonld())
    return {**doc, "proof": proof}


def read_signed_list(obj: Any, *, now: datetime | None = None, resolver: Any = None, name: str = "") -> Registry:
    """Verify a signed trust list and return its issuers as a :class:`Registry` (kind ``signed-list``).

    Raises InputError when the file is not a trust list, TrustListRefused when it must not be used."""
    from wallet.identity.did import Resolver
    from wallet.proofs import verify_proofs

    if not isinstance(obj, dict):
        raise InputError("the trust list is not a JSON object")
    _unsigned(obj)
    now = now or datetime.now(UTC)
    proof = obj.get("proof")
    if not isinstance(proof, dict):
        raise TrustListRefused("the trust list is not signed (it has no single proof)")
    if proof.get("cryptosuite") != SUITE:
        raise TrustListRefused(f"the trust list is signed with {proof.get('cryptosuite')!r}; lists are signed with {SUITE}")
    try:
        checks = verify_proofs(obj, resolver=resolver or Resolver(), purpose="assertionMethod",
                               expected_controller=obj["publisher"], now=now)
    except InputError as exc:
        raise TrustListRefused(f"the trust list's signature cannot be checked: {exc.message}") from None
    check = checks[0]
    if check.status == "not-checked":
        raise TrustListRefused(f"the trust list's signature could not be checked here: {check.detail}",
                               fix="Allow the network once so the publisher's key can be fetched, or ask for a list "
                                   "signed with a did:key.")
    if check.status != "passed":
        raise TrustListRefused(f"the trust list's signature does not verify, so it was changed after signing or "
                               f"not signed by its publisher: {check.detail}")
    until = _date(obj["validUntil"], "validUntil")
    if until <= now:
        raise TrustListRefused(f"the trust list expired on {obj['validUntil']}",
                               fix="Ask its publisher for a current list.")
    if "validFrom" in obj and _date(obj["validFrom"], "validFrom") > now:
        raise TrustListRefused(f"the trust list is not valid before {obj['validFrom']}")
    entries = {normal_issuer_id(i["id"].strip()): Listing(i["name"].strip(), str(i.get("location") or ""),
                                                          str(i.get("url") or ""))
               for i in obj["issuers"]}
    title = str(obj.get("name") or name or f"trust list of {obj['publisher']}")
    meta = {"publisher": obj["publisher"], "validUntil": obj["validUntil"], "format": "signed-trust-list"}
    return Registry(f"signed:{obj['publisher']}:{title}", title, "signed-list", entries, meta)


def dumps(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, indent=2, ensure_ascii=False).encode()
