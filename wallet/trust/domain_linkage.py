"""Evidence, not trust: does the issuer's website link itself to the issuer's DID (DIF Well-Known DID
Configuration)?

An issuer that names a website (``issuer.url``, or the domain of a ``did:web``) may publish
``https://<host>/.well-known/did-configuration.json`` with Domain Linkage Credentials: credentials signed
by the DID that say "this DID and this origin belong together". A valid one tells the employer who runs
the website also holds the issuer's key. It says nothing about whether they are a recognised issuer, so
the ``issuer-domain`` check it gives is never a trust source and never turns a verdict green; it is looked
up only when the network is allowed (online only, as the specification's use needs), and a site that
cannot be reached is "not checked".

Linked DIDs in JWT form (``vc`` claim, ``iss`` = ``sub`` = the DID, ``kid`` a key of the DID) are verified
here; entries in JSON-LD form are named and left unchecked (their context is not bundled).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from wallet.errors import InputError, NetworkError, WalletError
from wallet.limits import load_json_bytes
from wallet.roles import Fetcher, KeyResolver
from wallet.verifier.report import Check

__all__ = ["WELL_KNOWN_PATH", "domain_linkage_check", "issuer_origin"]

WELL_KNOWN_PATH = "/.well-known/did-configuration.json"
NAME = "issuer-domain"


def issuer_origin(credential: dict[str, Any], issuer_id: str) -> str | None:
    """The website the issuer names for itself (``https://host[:port]``), if any."""
    issuer = credential.get("issuer")
    url = issuer.get("url") if isinstance(issuer, dict) else None
    if isinstance(url, dict):
        url = url.get("id")
    if not isinstance(url, str) and issuer_id.startswith("did:web:"):
        url = "https://" + issuer_id[len("did:web:"):].split(":", 1)[0].replace("%3A", ":")
    if not isinstance(url, str):
        return None
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return None
    port = f":{parts.port}" if parts.port and parts.port != 443 else ""
    return f"https://{parts.hostname.lower()}{port}"


def _linked(entry: Any, did: str, origin: str, resolver: KeyResolver, now: datetime) -> str | None:
    """None when ``entry`` (a JWT) validly links ``did`` and ``origin``, else why not."""
    from wallet.proofs.jose import check_jws_signature, parse_jws

    if not isinstance(entry, str):
        return "a linked DID in JSON-LD form (not checked)"
    jws = parse_jws(entry)
    p = jws.payload
    vc_value = p.get("vc")
    vc: dict[str, Any] = vc_value if isinstance(vc_value, dict) else {}
    subject_value = vc.get("credentialSubject")
    subject: dict[str, Any] = subject_value if isinstance(subject_value, dict) else {}
    if p.get("iss") != did or p.get("sub") != did or subject.get("id") != did:
        return "a linked DID for another DID"
    if str(subject.get("origin", "")).rstrip("/").lower() != origin:
        return f"a linked DID for another origin ({subject.get('origin')})"
    if "DomainLinkageCredential" not in (vc.get("type") or []):
        return "a credential that is not a DomainLinkageCredential"
    t = now.timestamp()
    if isinstance(p.get("exp"), int | float) and p["exp"] < t or isinstance(p.get("nbf"), int | float) and p["nbf"] > t:
        return "an expired or not yet valid linkage"
    kid = jws.header.get("kid")
    if not isinstance(kid, str) or not kid.startswith(did + "#"):
        return "a linkage whose key is not one of the DID's"
    try:
        vm = resolver.resolve_verification_method(kid)
    except WalletError as exc:
        return f"a linkage whose key could not be resolved ({exc.message})"
    if vm.controller != did:
        return "a linkage signed by a key another DID controls"
    problem = check_jws_signature(jws, vm.public_key)
    return None if problem is None else f"a linkage with a bad signature ({problem})"


def domain_linkage_check(did: str, origin: str, *, fetch: Fetcher | None, allow_network: bool,
                         resolver: KeyResolver, now: datetime) -> Check | None:
    """The ``issuer-domain`` evidence check, or None when the network is not allowed (online only)."""
    if not allow_network or fetch is None:
        return None
    url = origin + WELL_KNOWN_PATH
    data: dict[str, Any] = {"origin": origin, "url": url}
    about = "evidence, not trust: it shows who runs the website, not whether they are a recognised issuer"
    try:
        body = fetch(url)
    except NetworkError as exc:
        return Check(NAME, "not-checked", f"{origin} could not be asked whether it links itself to {did}: {exc.message}",
                     data, "offline")
    except Exception as exc:  # noqa: BLE001 - a fetcher's own failure: not reached, never "invalid"
        return Check(NAME, "not-checked", f"{origin} could not be asked whether it links itself to {did} "
                                          f"({type(exc).__name__})", data, "offline")
    try:
        doc = load_json_bytes(body, what="the DID configuration")
    except InputError as exc:
        return Check(NAME, "warning", f"{url} is not a readable DID configuration ({exc.message}); {about}", data)
    entries = doc.get("linked_dids") if isinstance(doc, dict) else None
    if not isinstance(entries, list) or not entries:
        return Check(NAME, "warning", f"{url} lists no linked DIDs; {about}", data)
    reasons = []
    for entry in entries[:20]:
        try:
            why = _linked(entry, did, origin, resolver, now)
        except InputError as exc:
            why = f"an unreadable linkage ({exc.message})"
        if why is None:
            return Check(NAME, "passed", f"{origin} links itself to the issuer's DID {did} (DIF Well-Known DID "
                                         f"Configuration); {about}", data)
        reasons.append(why)
    return Check(NAME, "warning", f"{origin} does not link itself to {did}: it lists {'; '.join(reasons)}; {about}",
                 data)
