"""``verify_credential``: the one recipe that checks a credential end to end.

Checks, in report order:

==============  ===============================================================================
``proof``       Data Integrity proofs (:func:`wallet.proofs.verify_proofs`, purpose assertionMethod,
                the key's controller must be the issuer when the issuer id is a DID or URL);
                ``jwt-signature`` / ``sd-jwt-signature`` for the JOSE formats
``issuer-key``  the signing key resolves and belongs to the issuer (not-checked when offline)
``validity``    validFrom/validUntil, issuanceDate/expirationDate (nbf/exp for JWTs)
``status``      revocation / suspension (:mod:`wallet.status`); absent when the credential has no status
``schema``      the shape OB 3.0 / CLR 2.0 / VC require (:mod:`wallet.credentials.schema`)
``issuer-trust`` always: is the issuer recognised by a trust source (:mod:`wallet.trust.sources`;
                by default the bundled registries)
==============  ===============================================================================

A CLR's nested credentials are verified the same way and returned as ``Report.credentials``.

Exceptions mean "cannot verify at all": the input is not a credential, a limit was exceeded, a
JSON-LD context is not available offline (UnknownContext), the JSON-LD is invalid. A credential
without a proof is a report with a failed ``proof`` check, not an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from wallet.credentials.formats import FoundCredential, credential_types, parse_input, parse_text
from wallet.credentials.model import credential_model, parse_datetime
from wallet.credentials.schema import schema_check
from wallet.errors import (
    InputError,
    InvalidDID,
    InvalidKey,
    MalformedProof,
    NetworkError,
    UnsupportedDIDMethod,
)
from wallet.jsonld import shared_work
from wallet.trust.issuers import issuer_id_of
from wallet.trust.sources import as_sources
from wallet.verifier.report import Check, Report
from wallet.verifier.status import StatusLists, check_status

__all__ = ["StatusSource", "validity_check", "verify_credential", "verify_input"]

StatusSource = StatusLists | Callable[[str], bytes] | None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _linkable(issuer_id: str | None) -> bool:
    """Can a key be tied to this issuer id? Only DIDs and web URLs name a key controller."""
    return isinstance(issuer_id, str) and issuer_id.startswith(("did:", "https://", "http://"))


def validity_check(doc: dict[str, Any], now: datetime) -> Check:
    """The ``validity`` Check from validFrom/validUntil (VC 2.0) or issuanceDate/expirationDate (VC 1.1)."""
    start_raw = doc.get("validFrom", doc.get("issuanceDate"))
    end_raw = doc.get("validUntil", doc.get("expirationDate"))
    start, end = parse_datetime(start_raw), parse_datetime(end_raw)
    if start_raw is not None and start is None:
        return Check("validity", "failed", f"the start date {start_raw!r} is not a date-time")
    if end_raw is not None and end is None:
        return Check("validity", "failed", f"the end date {end_raw!r} is not a date-time")
    if end is not None and end <= now:
        return Check("validity", "failed", f"expired on {end_raw}", {"expired": end_raw}, "expired")
    if start is not None and start > now:
        return Check("validity", "failed", f"not valid before {start_raw}", {"notBefore": start_raw}, "not-yet-valid")
    if end is not None:
        return Check("validity", "passed", f"valid until {end_raw}", {"validUntil": end_raw})
    return Check("validity", "passed", "valid (no expiry date)")


def _status_lists(source: StatusSource, allow_network: bool, resolver: Any) -> StatusLists:
    if isinstance(source, StatusLists):
        return source
    fetcher = source if source is not None else getattr(resolver, "fetcher", None)
    return StatusLists(fetcher, allow_network=allow_network)


def _issuer_key_check(proof: dict[str, Any], issuer_id: str | None, resolver: Any) -> Check:
    vm_url = proof.get("verificationMethod")
    vm_url = vm_url.get("id") if isinstance(vm_url, dict) else vm_url
    if not isinstance(vm_url, str) or not vm_url:
        return Check("issuer-key", "failed", "the proof names no verification method")
    try:
        vm = resolver.resolve_verification_method(vm_url)
    except NetworkError as exc:
        return Check("issuer-key", "not-checked", f"the issuer's key was not checked (offline): {exc.message}",
                     {"key": vm_url}, "offline")
    except (InvalidDID, UnsupportedDIDMethod, InvalidKey) as exc:
        return Check("issuer-key", "failed", f"the key {vm_url} cannot be used: {exc.message}", {"key": vm_url})
    data = {"key": vm.id, "controller": vm.controller}
    if "assertionMethod" not in vm.purposes:
        return Check("issuer-key", "failed", f"the key {vm.id} is not listed by {vm.controller} for issuing (assertionMethod)", data)
    if issuer_id is None:
        return Check("issuer-key", "failed", "the credential names no issuer to check the key against", data)
    if not _linkable(issuer_id):
        return Check(
            "issuer-key", "failed",
            f"the issuer id {issuer_id} is not a DID or web address, so no key can speak for it: the signing key "
            f"belongs to {vm.controller}", data, "key-not-bound",
        )
    if vm.controller.split("#", 1)[0].rstrip("/") != issuer_id.split("#", 1)[0].rstrip("/"):
        if issuer_id.startswith("https://") and hasattr(resolver, "issuer_lists_key"):
            try:
                listed = resolver.issuer_lists_key(issuer_id, vm.id)
            except NetworkError:
                return Check("issuer-key", "not-checked",
                             f"the key belongs to {vm.controller}; whether the issuer {issuer_id} uses it was not "
                             "checked (offline): its profile is not available", data, "offline")
            if listed:
                return Check("issuer-key", "passed", f"the issuer's profile {issuer_id} lists the signing key", data)
        return Check("issuer-key", "failed", f"the signing key belongs to {vm.controller}, not to the issuer {issuer_id}",
                     data, "key-not-bound")
    return Check("issuer-key", "passed", f"the signing key belongs to the issuer {issuer_id}", data)


def _covered_fields_check(doc: dict[str, Any], jsonld: Any) -> Check:
    """Fields no context defines are dropped before signing, so anyone could have added or changed
    them. Like the reference verifiers' "safe mode", such a credential does not verify."""
    from wallet.jsonld import default_jsonld

    unsigned = {k: None for k in (jsonld or default_jsonld()).dropped_terms({k: v for k, v in doc.items() if k != "proof"})}
    if unsigned:
        names = ", ".join(list(unsigned)[:8])
        return Check("signed-fields", "failed",
                     f"the credential shows fields its signature does not cover ({names}): anyone could have added them",
                     {"unsigned": list(unsigned)})
    return Check("signed-fields", "passed", "every field shown is covered by the signature")


def _ldp_checks(doc: dict[str, Any], resolver: Any, now: datetime, jsonld: Any) -> list[Check]:
    from wallet.proofs import verify_proofs

    issuer_id = issuer_id_of(doc)
    if not doc.get("proof"):
        return [Check("proof", "failed", "the credential has no proof"), Check("issuer-key", "failed", "the credential has no proof, so no key signs it")]
    try:
        checks = verify_proofs(
            doc,
            resolver=resolver,
            purpose="assertionMethod",
            expected_controller=issuer_id if _linkable(issuer_id) else None,
            now=now,
            jsonld=jsonld,
        )
    except MalformedProof as exc:
        return [Check("proof", "failed", f"the proof is malformed: {exc.message}")]
    if any(c.status == "passed" for c in checks):
        checks.append(_covered_fields_check(doc, jsonld))
    proofs = [p for p in _as_list(doc.get("proof")) if isinstance(p, dict)]
    key_checks = []
    seen: set[str] = set()
    for check, proof in zip(checks, proofs, strict=False):
        vm = proof.get("verificationMethod")
        if (check.status == "not-checked" and check.reason == "unsupported") or not isinstance(vm, str | dict):
            continue  # an unknown proof type next to a supported one: reported by its proof check
        key = vm if isinstance(vm, str) else str(vm.get("id"))
        if key in seen:
            continue
        seen.add(key)
        key_checks.append(_issuer_key_check(proof, issuer_id, resolver))
    if not key_checks:
        key_checks.append(Check("issuer-key", "not-checked", "no supported proof names a key"))
    # a proof set: one valid proof verifies the credential; proofs of unsupported types do not fail it
    return checks + _best_key_check(key_checks)


def _best_key_check(checks: list[Check]) -> list[Check]:
    """One issuer-key check: the best of the keys of the proof set."""
    order = {"passed": 0, "warning": 1, "not-checked": 2, "failed": 3}
    return [min(checks, key=lambda c: order[c.status])]


def _jwt_checks(found: FoundCredential, resolver: Any, now: datetime) -> tuple[list[Check], dict[str, Any]]:
    from wallet.proofs.jose import verify_jwt_credential

    result = verify_jwt_credential(found.text, resolver=resolver, now=now)
    if result.kind != "credential":
        raise InputError("this JWT is a presentation, not a credential; verify it as a presentation")
    checks = list(result.checks)
    if not any(c.name == "issuer-key" for c in checks):
        sig = next((c for c in checks if c.name == "jwt-signature"), None)
        if sig is not None and sig.status == "passed":
            checks.append(Check("issuer-key", "passed", "the signing key belongs to the issuer", dict(sig.data)))
        elif sig is not None and sig.status == "not-checked":
            checks.append(Check("issuer-key", "not-checked", sig.detail, reason=sig.reason))
    return checks, result.credential


def _sd_jwt_checks(found: FoundCredential, resolver: Any, now: datetime) -> tuple[list[Check], dict[str, Any]]:
    from wallet.proofs.sdjwt import verify_sd_jwt

    result = verify_sd_jwt(found.text, resolver=resolver, now=now)
    checks = list(result.checks)
    if not any(c.name == "issuer-key" for c in checks):
        sig = next((c for c in checks if c.name == "sd-jwt-signature"), None)
        if sig is not None and sig.status in ("passed", "not-checked"):
            detail = "the signing key belongs to the issuer" if sig.status == "passed" else sig.detail
            checks.append(Check("issuer-key", sig.status, detail, reason=sig.reason))
    return checks, result.claims


def _ordered(checks: list[Check]) -> tuple[Check, ...]:
    order = ["proof", "jwt-signature", "sd-jwt-signature", "issuer-key", "validity", "status", "schema", "issuer-trust",
             "issuer-domain"]
    rank = {name: i for i, name in enumerate(order)}
    return tuple(sorted(checks, key=lambda c: rank.get(c.name, len(order))))  # stable: keeps proof order


@shared_work()  # one verification (with its nested credentials) expands each document once
def verify_credential(
    doc_or_text: dict[str, Any] | str | FoundCredential,
    *,
    resolver: Any,
    now: datetime | None = None,
    status_fetcher: StatusSource = None,
    allow_network: bool = False,
    trust: Any = None,
    jsonld: Any = None,
    _depth: int = 0,
) -> Report:
    """Verify one credential: a JSON-LD VC (dict or JSON text), a VC-JWT, or an SD-JWT VC.

    ``resolver``: a :class:`wallet.did.Resolver`. ``status_fetcher``: a :class:`wallet.status.StatusLists`
    or a ``url -> bytes`` fetcher used only when ``allow_network``. ``trust``: the trust sources of the
    issuer-trust check (:class:`wallet.trust.sources.TrustSources`, a bare user TrustList, or None for the
    bundled registries).
    """
    now = now or datetime.now(UTC)
    if isinstance(doc_or_text, FoundCredential):
        found = doc_or_text
    elif isinstance(doc_or_text, dict):
        found = FoundCredential("ldp-vc", doc_or_text)
    elif isinstance(doc_or_text, str):
        parsed = parse_text(doc_or_text)
        if parsed.kind != "credential" or len(parsed.credentials) != 1:
            raise InputError("the text holds a presentation or several credentials; use verify_input")
        found = parsed.credentials[0]
    else:
        raise InputError("verify_credential needs a credential (a JSON object or JWT text)")
    from wallet.credentials.ob2 import is_ob2_assertion, verify_ob2

    if found.format == "ldp-vc" and is_ob2_assertion(found.document):  # e.g. a stored OB 2.0 hosted assertion
        found = FoundCredential("ob2", found.document)

    nested: list[Report] = []
    ob2_issuer: Any = None
    if found.format == "ob2":  # Open Badges 2.0: its own checks, incl. revocation and shape
        checks, ob2_issuer = verify_ob2(found.document, found.text, resolver=resolver, now=now,
                                        allow_network=allow_network)
        doc = found.document
    elif found.format == "ldp-vc":
        doc = found.document
        if not credential_types(doc) or "VerifiableCredential" not in credential_types(doc):
            from wallet.errors import NotACredential

            raise NotACredential("the JSON has no type VerifiableCredential, so it is not a verifiable credential")
        checks = _ldp_checks(doc, resolver, now, jsonld)
        checks.append(validity_check(doc, now))
    elif found.format == "vc-jwt":
        checks, doc = _jwt_checks(found, resolver, now)
    else:
        checks, doc = _sd_jwt_checks(found, resolver, now)

    lists = _status_lists(status_fetcher, allow_network, resolver)
    if found.format == "sd-jwt-vc" and isinstance(doc.get("status"), dict) and "credentialStatus" not in doc:
        from wallet.verifier.token_status import check_token_status

        token_status = check_token_status(doc, lists=lists, resolver=resolver, now=now)
        checks.extend([token_status] if token_status is not None else [])
    elif found.format != "ob2":
        checks.extend(check_status(doc, lists=lists, resolver=resolver, now=now))
    if found.format != "ob2":
        checks.append(schema_check(doc, format=found.format))
    sources = as_sources(trust)
    checks.append(sources.check(doc if found.format != "ob2" else {"issuer": ob2_issuer}))
    linkage = _domain_linkage(doc, found.format, resolver, now)
    if linkage is not None:
        checks.append(linkage)

    if "ClrCredential" in credential_types(doc) and _depth < 2:
        subject = next((s for s in _as_list(doc.get("credentialSubject")) if isinstance(s, dict)), {})
        for item in _as_list(subject.get("verifiableCredential")):
            try:
                nested.append(
                    verify_credential(
                        item, resolver=resolver, now=now, status_fetcher=lists, allow_network=allow_network,
                        trust=sources, jsonld=jsonld, _depth=_depth + 1,
                    )
                )
            except InputError as exc:
                nested.append(Report(checks=(), subject="a nested credential", error=exc.to_json()))

    title = credential_model(doc, found.format).title
    return Report(checks=_ordered(checks), kind="credential", subject=title, format=found.format, credentials=tuple(nested))



def _domain_linkage(doc: dict[str, Any], fmt: str, resolver: Any, now: datetime) -> Check | None:
    """Online only: the issuer's website linking itself to the issuer's DID (evidence, not trust)."""
    from wallet.trust.domain_linkage import domain_linkage_check, issuer_origin

    issuer_id = issuer_id_of(doc) if fmt != "ob2" else None
    if not isinstance(issuer_id, str) or not issuer_id.startswith("did:"):
        return None
    origin = issuer_origin(doc, issuer_id)
    if origin is None:
        return None
    return domain_linkage_check(issuer_id.split("#", 1)[0], origin, fetch=getattr(resolver, "fetcher", None),
                                allow_network=bool(getattr(resolver, "allow_network", False)),
                                resolver=resolver, now=now)

def verify_input(
    data: bytes,
    name: str = "",
    *,
    resolver: Any,
    now: datetime | None = None,
    status_fetcher: StatusSource = None,
    allow_network: bool = False,
    trust: Any = None,
    jsonld: Any = None,
) -> list[Report]:
    """Verify every credential in a file's bytes: one Report per credential (each credential of a presentation).

    Raises when the input as a whole cannot be read (NotJSON, NotACredential, UnsupportedFormat,
    LimitExceeded). A credential that cannot be verified at all (e.g. an unknown JSON-LD context)
    gets a Report with ``error`` set, so the others are still reported.
    """
    parsed = parse_input(data, name=name)
    lists = _status_lists(status_fetcher, allow_network, resolver)
    reports = []
    for found in parsed.credentials:
        try:
            reports.append(
                verify_credential(found, resolver=resolver, now=now, status_fetcher=lists, allow_network=allow_network,
                                  trust=trust, jsonld=jsonld)
            )
        except InputError as exc:
            title = credential_model(found.document, found.format).title if found.document else name
            reports.append(Report(checks=(), kind="credential", subject=title or name, format=found.format, error=exc.to_json()))
    return reports
