"""Open Badges 2.0 (and 1.x hosted) assertions: recognise them, read them into the credential model, and
verify them by the OB 2.0 verification rules.

Most badges learners hold were issued as Open Badges 2.0: a JSON ``Assertion`` (hosted on the issuer's
server), a compact JWS whose payload is the assertion (signed), or either of them baked into a PNG
(``iTXt`` keyword ``openbadges``) or SVG (``<openbadges:assertion>``, see :mod:`.baked`). The assertion
names the ``badge`` (a BadgeClass: name, description, image, criteria, issuer, alignment, tags) and the
BadgeClass names its ``issuer`` (a Profile); each may be embedded or a URL.

Verification (1EdTech OB 2.0 "Verification", STANDARDS.md §8), as checks of the usual report:

============  ==========================================================================================
``proof``     hosted: the assertion fetched from its ``id`` is the same assertion (the hosted copy is
              authoritative); signed: the JWS verifies with the ``verification.creator`` key (RS256/ES256/
              EdDSA; ``publicKeyPem`` or ``publicKeyJwk``) and its payload is this assertion
``issuer-key`` hosted: the assertion is served from the issuer's origin (or an ``allowedOrigins`` /
              ``startsWith`` of the issuer's verification policy); signed: the key's ``owner`` is the issuer
              and the issuer's Profile lists the key in ``publicKey``
``validity``  ``issuedOn`` not in the future, ``expires`` not passed
``status``    the issuer's ``revocationList`` (or ``revoked: true`` in the hosted copy)
``schema``    the OB 2.0 shape (context, type, id, recipient, badge, verification, issuedOn)
============  ==========================================================================================

Everything that needs the issuer's server is fetched only through the resolver's fetcher when the network
is allowed; otherwise it is "not checked (offline)" with reason ``offline``, never "invalid". What the
assertion embeds is always shown.

A badge whose BadgeClass (or the BadgeClass's issuer) is only an address makes a thin card. At import, with
the network allowed, :func:`ob2_with_details` fetches them and the hosted assertion is stored with them
embedded (inside the credential's encrypted record), so the card and the journey show the badge; a signed
assertion keeps its JWS as signed and the fetched details beside it in the same record
(:func:`ob2_kept_details`, put back in place for display by :func:`ob2_with_kept_details`). A server
answering with something else (not JSON, too large, another type or id) refuses the import and nothing is
kept. Offline, :func:`ob2_details_host` tells the card where the details are; verifying again with the
network allowed fetches what is still missing.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from wallet.credentials.model import (
    Achievement,
    Alignment,
    CredentialModel,
    Evidence,
    Profile,
    parse_datetime,
)
from wallet.errors import InputError, InvalidKey, NetworkError
from wallet.verifier.report import Check

__all__ = ["OB2_CONTEXT", "is_ob2_assertion", "ob2_details_host", "ob2_issuer", "ob2_kept_details", "ob2_model",
           "ob2_with_details", "ob2_with_kept_details", "verify_ob2"]

OB2_CONTEXT = "https://w3id.org/openbadges/v2"
_OB2_CONTEXTS = frozenset({OB2_CONTEXT, "https://openbadgespec.org/v2/context.json", "https://w3id.org/openbadges/v1"})
_MAX_DOC_BYTES = 1_000_000
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(obj: Any) -> list[str]:
    return [t for t in _as_list(obj.get("type")) if isinstance(t, str)] if isinstance(obj, dict) else []


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def is_ob2_assertion(doc: Any) -> bool:
    """An Open Badges 2.0 (or 1.x) assertion: type Assertion, or a ``badge`` with a ``recipient``, and no VC type."""
    if not isinstance(doc, dict) or "VerifiableCredential" in _types(doc):
        return False
    types = _types(doc)
    if "Assertion" in types or any(t.endswith(":Assertion") for t in types):
        return True
    return "badge" in doc and ("recipient" in doc or "verification" in doc or "verify" in doc)


def _verification(doc: dict[str, Any]) -> dict[str, Any]:
    v = doc.get("verification", doc.get("verify"))
    return v if isinstance(v, dict) else {}


def _verification_type(doc: dict[str, Any]) -> str:
    vtype = str(_verification(doc).get("type") or "").lower()
    return {"hostedbadge": "hosted", "signedbadge": "signed"}.get(vtype, vtype)


def _time(value: Any) -> datetime | None:
    """OB 2.0 dates: ISO 8601 date-times, plain dates, or (OB 1.0) Unix timestamps."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and _DATE_ONLY.match(value.strip()):
        return parse_datetime(value.strip() + "T00:00:00Z")
    if isinstance(value, str) and value.strip().isdigit():
        return _time(int(value.strip()))
    return parse_datetime(value)


# --- the model -----------------------------------------------------------------------------------
def _profile(value: Any) -> Profile:
    if isinstance(value, str):
        return Profile(id=value)
    if not isinstance(value, dict):
        return Profile()
    image = value.get("image")
    return Profile(id=_str(value.get("id")), name=_str(value.get("name")),
                   image=_str(image.get("id")) if isinstance(image, dict) else _str(image),
                   url=_str(value.get("url")), description=_str(value.get("description")),
                   email=_str(value.get("email")))


def _alignment(a: dict[str, Any]) -> Alignment:
    return Alignment(target_name=_str(a.get("targetName")), target_code=_str(a.get("targetCode")),
                     target_framework=_str(a.get("targetFramework")), target_url=_str(a.get("targetUrl")),
                     target_description=_str(a.get("targetDescription")))


def _evidence(value: Any) -> tuple[Evidence, ...]:
    out = []
    for e in _as_list(value):
        if isinstance(e, str):
            out.append(Evidence(id=e))
        elif isinstance(e, dict):
            out.append(Evidence(id=_str(e.get("id")), name=_str(e.get("name")), narrative=_str(e.get("narrative")),
                                description=_str(e.get("description")), genre=_str(e.get("genre")),
                                audience=_str(e.get("audience"))))
    return tuple(out)


def _image(value: Any) -> str | None:
    return _str(value.get("id")) if isinstance(value, dict) else _str(value)


def ob2_issuer(doc: dict[str, Any]) -> Any:
    """The issuer of an assertion as embedded: a Profile object, its URL, or None when the badge is only a URL."""
    badge = doc.get("badge")
    return badge.get("issuer") if isinstance(badge, dict) else None


def ob2_model(doc: dict[str, Any], format: str = "ob2") -> CredentialModel:
    """Read an OB 2.0 assertion into a :class:`CredentialModel` (kind ``open-badge-2``); never fails."""
    from wallet.credentials.model import experience_type

    badge_raw = doc.get("badge")
    badge: dict[str, Any] = badge_raw if isinstance(badge_raw, dict) else {}
    criteria = badge.get("criteria")
    tags = tuple(t for t in _as_list(badge.get("tags")) if isinstance(t, str) and t)
    alignments = tuple(_alignment(a) for a in _as_list(badge.get("alignment")) if isinstance(a, dict))
    issuer = _profile(badge.get("issuer"))
    badge_url = badge_raw if isinstance(badge_raw, str) else _str(badge.get("id"))
    host = urlsplit(badge_url).hostname if badge_url and "://" in badge_url else None
    name = _str(badge.get("name"))
    achievement = Achievement(
        id=badge_url, type=None, name=name, description=_str(badge.get("description")),
        criteria_narrative=_str(criteria.get("narrative")) if isinstance(criteria, dict) else None,
        criteria_id=_str(criteria.get("id")) if isinstance(criteria, dict) else _str(criteria),
        image=_image(badge.get("image")), creator=issuer if badge.get("issuer") else None,
        tags=tags, alignments=alignments,
    )
    evidence = _evidence(doc.get("evidence"))
    recipient = doc.get("recipient")
    subject = Profile()
    if isinstance(recipient, dict) and not recipient.get("hashed") and isinstance(recipient.get("identity"), str):
        subject = Profile(id=recipient["identity"])
    vtype = _verification_type(doc)
    skills: dict[str, Alignment] = {}
    for al in alignments:
        skills.setdefault(al.key, al)
    return CredentialModel(
        id=_str(doc.get("id")) or _str(_verification(doc).get("url")),
        types=tuple(_types(doc)) or ("Assertion",),
        format=format,
        vc_version=None,
        proof_types=(f"ob2-{vtype}" if vtype else "ob2",),
        title=name or (f"Open Badge from {host}" if host else "Open Badge"),
        description=achievement.description,
        image=_image(doc.get("image")) or achievement.image,
        issuer=issuer,
        subject=subject,
        achievement=achievement,
        achievements=(achievement,),
        skills=tuple(skills.values()),
        results=(),
        evidence=evidence,
        tags=tags,
        experience_type=experience_type((achievement,), evidence, tags),
        valid_from=_str(doc.get("issuedOn")),
        valid_until=_str(doc.get("expires")),
        awarded=_str(doc.get("issuedOn")),
        kind="open-badge-2",
    )


# --- verification ----------------------------------------------------------------------------------
class _Unusable(NetworkError):
    """The issuer's server answered, but not with a usable document (not JSON, too large). Verification reports
    it like an unreachable server (not checked); the badge details (:func:`ob2_with_details`) refuse it."""


class _Docs:
    """Related documents (BadgeClass, Profile, key, revocation list, hosted copy): what the assertion embeds,
    then the resolver's static documents and cache, then its fetcher when the network is allowed."""

    def __init__(self, resolver: Any, allow_network: bool) -> None:
        self.resolver = resolver
        self.allow = bool(allow_network or getattr(resolver, "allow_network", False))
        self.fetcher = getattr(resolver, "fetcher", None)
        self.issuer: Any = None  # the issuer Profile, once found (for the issuer-trust check)

    def get(self, url: str, what: str) -> Any:
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise InputError(f"the {what} {url!r} is not a web address")
        base = url.split("#", 1)[0]
        documents = getattr(self.resolver, "documents", {}) or {}
        if base in documents:
            return documents[base]
        cache = getattr(self.resolver, "cache", None)
        data = cache.get(base) if cache is not None else None
        fresh = data is None
        if data is None:
            if not self.allow or self.fetcher is None:
                raise NetworkError(f"the {what} at {base} is not available offline")
            data = self.fetcher(base)
        if len(data) > _MAX_DOC_BYTES:
            raise _Unusable(f"the {what} at {base} is larger than {_MAX_DOC_BYTES // 1000} kB")
        try:
            doc = json.loads(data)
        except ValueError:
            raise _Unusable(f"the {what} at {base} is not JSON") from None
        if fresh and cache is not None:  # only what parsed is kept
            cache[base] = data
        return doc

    def forget(self, url: str) -> None:
        """Drop a fetched document from the cache (it was refused)."""
        cache = getattr(self.resolver, "cache", None)
        if cache is not None:
            try:
                del cache[url.split("#", 1)[0]]
            except (KeyError, TypeError):
                pass

    def node(self, value: Any, what: str) -> dict[str, Any]:
        """An embedded object as is, or the document its URL names."""
        if isinstance(value, dict):
            return value
        doc = self.get(value, what)
        if not isinstance(doc, dict):
            raise InputError(f"the {what} at {value} is not a JSON object")
        return doc


def _comparable(doc: dict[str, Any]) -> dict[str, Any]:
    """The parts of an assertion the hosted copy must agree on (embedded objects reduced to their ids)."""
    out: dict[str, Any] = {}
    for key in ("id", "recipient", "issuedOn", "expires", "revoked"):
        if key in doc:
            out[key] = doc[key]
    badge = doc.get("badge")
    out["badge"] = badge.get("id") if isinstance(badge, dict) else badge
    out["verification"] = _verification_type(doc)
    return out


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _schema_check(doc: dict[str, Any]) -> Check:
    errors: list[str] = []
    warnings: list[str] = []
    contexts = [c for c in _as_list(doc.get("@context")) if isinstance(c, str)]
    if not contexts:
        warnings.append("an Open Badges 1.x assertion (no @context): read as Open Badges 2.0")
    elif not _OB2_CONTEXTS.intersection(contexts):
        errors.append(f"the @context {contexts[0]!r} is not the Open Badges 2.0 context ({OB2_CONTEXT})")
    if contexts and "Assertion" not in _types(doc):
        errors.append("type must be Assertion")
    ident = doc.get("id")
    if contexts and not (isinstance(ident, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", ident)):
        errors.append("the assertion has no id (an IRI)")
    recipient = doc.get("recipient")
    if not isinstance(recipient, dict) or not isinstance(recipient.get("identity"), str):
        errors.append("the assertion has no recipient with an identity")
    elif recipient.get("hashed") and not str(recipient["identity"]).startswith(("sha256$", "md5$")):
        errors.append("the hashed recipient identity is not 'sha256$…' or 'md5$…'")
    badge = doc.get("badge")
    if not (isinstance(badge, str) and badge) and not isinstance(badge, dict):
        errors.append("the assertion names no badge (a BadgeClass or its URL)")
    elif isinstance(badge, dict):
        for key in ("name", "description", "criteria", "issuer"):
            if not badge.get(key):
                errors.append(f"the embedded BadgeClass has no {key}")
    if _verification_type(doc) not in ("hosted", "signed"):
        errors.append("the assertion has no verification of type hosted or signed")
    if doc.get("issuedOn") is None:
        errors.append("the assertion has no issuedOn date")
    elif _time(doc["issuedOn"]) is None:
        errors.append(f"issuedOn {doc['issuedOn']!r} is not a date")
    if doc.get("expires") is not None and _time(doc["expires"]) is None:
        errors.append(f"expires {doc['expires']!r} is not a date")
    image = doc.get("image")
    if isinstance(image, str) and image.startswith("data:"):
        errors.append("an assertion's image must be a URL, not a data: URI (OB 2.0)")
    data: dict[str, Any] = {"what": "Open Badges 2.0 assertion"}
    if errors:
        data["problems"] = errors
        return Check("schema", "failed", f"not a valid Open Badges 2.0 assertion: {'; '.join(errors[:3])}", data)
    if warnings:
        data["warnings"] = warnings
        return Check("schema", "warning", "; ".join(warnings), data)
    return Check("schema", "passed", "the assertion has the shape of a valid Open Badges 2.0 assertion", data)


def _validity_check(doc: dict[str, Any], now: datetime) -> Check:
    issued, expires = _time(doc.get("issuedOn")), _time(doc.get("expires"))
    if expires is not None and issued is not None and expires < issued:
        return Check("validity", "failed", f"expires ({doc['expires']}) before it was issued ({doc['issuedOn']})")
    if expires is not None and expires <= now:
        return Check("validity", "failed", f"expired on {doc['expires']}", {"expired": doc["expires"]}, "expired")
    if issued is not None and issued > now:
        return Check("validity", "failed", f"issued in the future ({doc['issuedOn']})", {"issuedOn": doc["issuedOn"]},
                     "not-yet-valid")
    if expires is not None:
        return Check("validity", "passed", f"valid until {doc['expires']}", {"validUntil": doc["expires"]})
    return Check("validity", "passed", "valid (no expiry date)")


def _offline(name: str, what: str, exc: NetworkError) -> Check:
    return Check(name, "not-checked", f"{what} not checked (offline): {exc.message}", reason="offline")


def _revocation_check(assertion_id: Any, issuer: dict[str, Any], docs: _Docs) -> Check | None:
    url = issuer.get("revocationList")
    if not url:
        return None
    try:
        rl = docs.node(url, "revocation list")
    except NetworkError as exc:
        return _offline("status", "revocation", exc)
    except InputError as exc:
        return Check("status", "failed", f"the issuer's revocation list is unusable: {exc.message}")
    for item in _as_list(rl.get("revokedAssertions")):
        rid = item.get("id") if isinstance(item, dict) else item
        if isinstance(rid, str) and rid == assertion_id:
            reason = item.get("revocationReason") if isinstance(item, dict) else None
            detail = "the issuer has revoked this badge" + (f": {reason}" if isinstance(reason, str) and reason else "")
            return Check("status", "failed", detail, {"url": url if isinstance(url, str) else rl.get("id")}, "revoked")
    return Check("status", "passed", "not revoked (the issuer's revocation list)", {"url": url if isinstance(url, str) else ""})


def _issuer_of(doc: dict[str, Any], docs: _Docs) -> tuple[dict[str, Any], dict[str, Any]]:
    """(BadgeClass, issuer Profile); raises NetworkError / InputError when they cannot be had."""
    badge = docs.node(doc.get("badge"), "BadgeClass")
    issuer = docs.node(badge.get("issuer"), "issuer profile")
    if isinstance(badge.get("issuer"), str) and issuer.get("id") != badge["issuer"]:
        # the issuer is who serves the profile at the address the badge names, whatever id the profile claims
        issuer = {**issuer, "id": badge["issuer"]}
    docs.issuer = issuer
    return badge, issuer


def _hosted(doc: dict[str, Any], docs: _Docs) -> list[Check]:
    ident = doc.get("id") or _verification(doc).get("url")
    if not isinstance(ident, str) or not ident.startswith(("https://", "http://")):
        return [Check("proof", "failed", f"a hosted assertion must have a web address as its id (has {ident!r})")]
    try:
        hosted = docs.node(ident, "hosted assertion")
    except NetworkError as exc:
        return [_offline("proof", "Hosted assertion", exc), _offline("issuer-key", "The issuer", exc)]
    except InputError as exc:
        return [Check("proof", "failed", f"the issuer's hosted copy is unusable: {exc.message}")]
    mine, theirs = _comparable(doc), _comparable(hosted)
    differs = sorted(k for k in set(mine) | set(theirs) if k != "revoked" and mine.get(k) != theirs.get(k))
    checks: list[Check] = []
    if differs:
        checks.append(Check("proof", "failed", f"the issuer's hosted copy at {ident} differs from this one "
                            f"({', '.join(differs)})", {"type": "hosted", "url": ident}))
    else:
        checks.append(Check("proof", "passed", f"the issuer hosts this very assertion at {ident}",
                            {"type": "hosted", "url": ident}))
    if hosted.get("revoked") in (True, "true"):
        reason = hosted.get("revocationReason")
        checks.append(Check("status", "failed", "the issuer has revoked this badge"
                            + (f": {reason}" if isinstance(reason, str) and reason else ""), {"url": ident}, "revoked"))
    try:
        _badge, issuer = _issuer_of(hosted if not differs else doc, docs)
    except NetworkError as exc:
        return [*checks, _offline("issuer-key", "The issuer", exc)]
    except InputError as exc:
        return [*checks, Check("issuer-key", "failed", exc.message)]
    checks.append(_hosted_origin_check(ident, issuer))
    if not any(c.name == "status" for c in checks):
        rev = _revocation_check(doc.get("id"), issuer, docs)
        if rev is not None:
            checks.append(rev)
    return checks


def _hosted_origin_check(ident: str, issuer: dict[str, Any]) -> Check:
    raw_policy = issuer.get("verification")
    policy: dict[str, Any] = raw_policy if isinstance(raw_policy, dict) else {}
    starts = [s for s in _as_list(policy.get("startsWith")) if isinstance(s, str)]
    origins = [o for o in _as_list(policy.get("allowedOrigins")) if isinstance(o, str)]
    data = {"issuer": issuer.get("id"), "url": ident}
    if starts:
        ok = any(ident.startswith(s) for s in starts)
        rule = "starts with one of the issuer's allowed prefixes"
    elif origins:
        ok = urlsplit(ident).netloc.lower() in {o.lower() for o in origins}
        rule = "is on one of the issuer's allowed hosts"
    else:
        home = issuer.get("id") if isinstance(issuer.get("id"), str) and "://" in str(issuer.get("id")) else issuer.get("url")
        ok = isinstance(home, str) and _origin(home) == _origin(ident)
        rule = f"is on the issuer's own site ({_origin(home) if isinstance(home, str) else 'unknown'})"
    if ok:
        return Check("issuer-key", "passed", f"the assertion's address {rule}", data)
    return Check("issuer-key", "failed", f"the assertion is hosted at {ident}, which is not allowed by the issuer: "
                 f"it must be an address that {rule}", data, "key-not-bound")


def _public_key(key_doc: dict[str, Any]) -> Any:
    from wallet.identity.keys import PublicKey

    if isinstance(key_doc.get("publicKeyJwk"), dict):
        return PublicKey.from_jwk(key_doc["publicKeyJwk"])
    pem = key_doc.get("publicKeyPem")
    if not isinstance(pem, str):
        raise InvalidKey("the key document has no publicKeyPem")
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        return PublicKey.from_cryptography(load_pem_public_key(pem.encode("ascii")))
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise InvalidKey(f"the publicKeyPem is not a usable public key ({exc})") from None


def _signed(doc: dict[str, Any], text: str, docs: _Docs) -> list[Check]:
    from wallet.proofs.jose import check_jws_signature, parse_jws

    try:
        jws = parse_jws(text)
    except InputError as exc:
        return [Check("proof", "failed", f"the signed assertion is not a valid JWS: {exc.message}")]
    if jws.payload != doc:
        return [Check("proof", "failed", "the signed payload is not this assertion")]
    creator = _verification(doc).get("creator")
    if not isinstance(creator, str):
        return [Check("proof", "failed", "the signed assertion names no key (verification.creator)")]
    try:
        key_doc = docs.node(creator, "signing key")
        key = _public_key(key_doc)
    except NetworkError as exc:
        return [_offline("proof", f"Signature ({jws.alg})", exc), _offline("issuer-key", "The issuer's key", exc)]
    except InputError as exc:
        return [Check("proof", "failed", f"the signing key {creator} cannot be used: {exc.message}")]
    why = check_jws_signature(jws, key)
    data = {"type": "signed", "alg": jws.alg, "key": creator}
    checks = [Check("proof", "failed", why, data) if why else
              Check("proof", "passed", f"{jws.alg} signature by {creator} is valid", data)]
    try:
        _badge, issuer = _issuer_of(doc, docs)
    except NetworkError as exc:
        return [*checks, _offline("issuer-key", "The issuer", exc)]
    except InputError as exc:
        return [*checks, Check("issuer-key", "failed", exc.message)]
    listed = {k.get("id") if isinstance(k, dict) else k for k in _as_list(issuer.get("publicKey"))}
    owner = key_doc.get("owner")
    if owner != issuer.get("id") or creator not in listed:
        checks.append(Check("issuer-key", "failed", f"the key {creator} is not one the issuer {issuer.get('id')} "
                            "lists as its own (the key's owner and the issuer's publicKey must name each other)",
                            {"key": creator, "owner": owner}, "key-not-bound"))
    else:
        checks.append(Check("issuer-key", "passed", f"the issuer {issuer.get('id')} lists the signing key",
                            {"key": creator, "controller": issuer.get("id")}))
    rev = _revocation_check(doc.get("id"), issuer, docs)
    if rev is not None:
        checks.append(rev)
    return checks


def verify_ob2(doc: dict[str, Any], text: str, *, resolver: Any, now: datetime,
               allow_network: bool = False) -> tuple[list[Check], Any]:
    """Every check of an OB 2.0 assertion (``text`` is the compact JWS of a signed one, else ""), and the issuer
    (its Profile as embedded or fetched, else its URL, else None) for the issuer-trust check."""
    docs = _Docs(resolver, allow_network)
    checks = [_schema_check(doc), _validity_check(doc, now)]
    vtype = _verification_type(doc)
    if text:
        checks += _signed(doc, text, docs)
    elif vtype == "hosted":
        checks += _hosted(doc, docs)
    elif vtype == "signed":
        checks.append(Check("proof", "failed", "the assertion says it is signed, but it came without its signature "
                            "(import the signed JWS the issuer gave, not its decoded JSON)"))
    else:
        checks.append(Check("proof", "failed", "the assertion has no verification of type hosted or signed"))
    return checks, docs.issuer or ob2_issuer(doc)


# --- badge details (BadgeClass and issuer Profile named only by their address) ----------------------
def _types_ok(obj: dict[str, Any], allowed: tuple[str, ...]) -> bool:
    """An OB 1.x document may have no type; an OB 2.0 one must say it is one of ``allowed``."""
    types = _types(obj)
    return not types or any(t in allowed or t.split(":")[-1] in allowed for t in types)


def _address_key(url: str) -> tuple[str, str, str]:
    """What makes two addresses the same document here: host and path, and the query without Badgr's
    ``v=2_0``-style version parameter (http/https and the fragment do not matter)."""
    parts = urlsplit(url.strip())
    query = "&".join(q for q in parts.query.split("&") if q and not q.startswith("v="))
    return (parts.netloc.lower(), parts.path.rstrip("/") or "/", query)


def _detail(docs: _Docs, url: str, what: str, allowed: tuple[str, ...], *, same_id: bool) -> dict[str, Any]:
    """The document at ``url``, refused (InputError, and dropped from the cache) unless it is a JSON object of
    one of the ``allowed`` types (and, with ``same_id``, whose ``id`` is ``url``). Unreachable: NetworkError."""
    host = urlsplit(url).hostname or url
    try:
        node = docs.get(url, what)
    except _Unusable as exc:
        raise InputError(f"The badge details at {host} were refused: {exc.message}.") from None
    problem = ""
    if not isinstance(node, dict):
        problem = f"the {what} at {url} is not a JSON object"
    elif not _types_ok(node, allowed):
        problem = f"the document at {url} is a {', '.join(_types(node))}, not a {what}"
    elif same_id and isinstance(node.get("id"), str) and _address_key(node["id"]) != _address_key(url):
        problem = f"the {what} at {url} calls itself {node['id']}, so it is not the one the badge names"
    elif what == "BadgeClass" and not _str(node.get("name")):
        problem = f"the {what} at {url} has no name"
    if problem:
        docs.forget(url)
        raise InputError(f"The badge details at {host} were refused: {problem}.")
    assert isinstance(node, dict)
    return node


def ob2_with_details(doc: dict[str, Any], *, resolver: Any, allow_network: bool = False) -> dict[str, Any] | None:
    """The assertion with its BadgeClass and the BadgeClass's issuer Profile embedded, fetched (through the
    resolver's fetcher and cache, only when the network is allowed) when the assertion names them only by
    their address — so the card and the journey show the badge's name, description, criteria, image, issuer,
    alignments and tags. The embedded BadgeClass keeps its address as ``id``, which is all the hosted-copy
    comparison looks at.

    Returns None when there is nothing to fetch, the network is not allowed, or the issuer's server cannot be
    reached (the card then says where the details are). Raises InputError, keeping nothing, when the server
    answers with something that is not this badge's details: not JSON, larger than the limit, another
    document type, or a BadgeClass whose ``id`` is another address."""
    badge = doc.get("badge")
    issuer_ref = badge.get("issuer") if isinstance(badge, dict) else None
    if not isinstance(badge, str) and not isinstance(issuer_ref, str):
        return None  # everything is embedded already
    docs = _Docs(resolver, allow_network)
    if not docs.allow or docs.fetcher is None:
        return None
    badge_obj: dict[str, Any]
    if isinstance(badge, str):
        try:
            badge_obj = _detail(docs, badge, "BadgeClass", ("BadgeClass",), same_id=True)
        except NetworkError:
            return None
        badge_obj = {**badge_obj, "id": badge}  # as the assertion names it (the hosted-copy comparison)
        issuer_ref = badge_obj.get("issuer")
    else:
        badge_obj = badge if isinstance(badge, dict) else {}
    if isinstance(issuer_ref, str):
        profile: dict[str, Any] | None
        try:
            profile = _detail(docs, issuer_ref, "issuer profile", ("Issuer", "Profile"), same_id=False)
        except NetworkError:
            profile = None  # the BadgeClass alone is still worth keeping
        if profile is not None:
            # the issuer is who serves the profile at the address the badge names (as in verification)
            badge_obj = {**badge_obj, "issuer": {**profile, "id": issuer_ref}}
    if badge_obj is badge:
        return None
    return {**doc, "badge": badge_obj}


def ob2_kept_details(detailed: dict[str, Any]) -> dict[str, Any]:
    """What is kept beside a signed assertion's JWS (inside its encrypted record) once :func:`ob2_with_details`
    fetched its details: the BadgeClass, with the issuer Profile embedded when it was fetched too."""
    return {"badge": detailed.get("badge")}


def ob2_with_kept_details(doc: dict[str, Any], kept: Any) -> dict[str, Any]:
    """The assertion (a signed one's payload) with the details kept beside it (:func:`ob2_kept_details`) put
    where it names them only by their address, for display and the journey; the signature is checked on the
    JWS as signed, never on this. Details that are not the ones the assertion names are left out."""
    badge = doc.get("badge")
    fetched = kept.get("badge") if isinstance(kept, dict) else None
    if not isinstance(fetched, dict):
        return doc
    if isinstance(badge, str):
        return {**doc, "badge": fetched} if fetched.get("id") == badge else doc
    issuer = fetched.get("issuer")
    if (isinstance(badge, dict) and isinstance(badge.get("issuer"), str) and isinstance(issuer, dict)
            and issuer.get("id") == badge["issuer"]):
        return {**doc, "badge": {**badge, "issuer": issuer}}
    return doc


def ob2_details_host(model: CredentialModel) -> str | None:
    """For an OB 2.0 badge whose BadgeClass was never fetched (named only by its address): the host that holds
    its details, for the card's "the details are at …" line; None otherwise."""
    if model.kind != "open-badge-2" or model.achievement is None or model.achievement.name:
        return None
    url = model.achievement.id or ""
    return urlsplit(url).hostname if "://" in url else None
