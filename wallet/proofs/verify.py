"""Verify every proof of a document: proof sets, proof chains, keys, purposes, dates.

One :class:`~wallet.report.Check` named ``proof`` per proof, plus ``challenge`` / ``domain``
checks for authentication proofs when the caller expects them. Statuses:

* ``passed``       the signature is valid and every condition holds;
* ``failed``       bad signature, malformed proof, wrong purpose / controller, expired, unknown suite;
* ``not-checked``  the key could not be resolved offline or uses a DID method the wallet cannot resolve
                   (``did:example``), or the suite is known but unsupported (bbs-2023, RsaSignature2018).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from wallet.errors import InvalidDID, InvalidKey, MalformedProof, NetworkError, UnsupportedDIDMethod
from wallet.jsonld import JsonLd, default_jsonld
from wallet.proofs import ecdsa_sd
from wallet.proofs.common import parse_xsd_datetime, unsecured
from wallet.proofs.suites import SUITES, UNSUPPORTED, suite_name
from wallet.roles import KeyResolver
from wallet.verifier.report import Check

__all__ = ["ResolverLike", "verify_proofs"]


ResolverLike = KeyResolver  # the role, from wallet.roles


def _short(vm: str) -> str:
    did = vm.split("#", 1)[0]
    return did if len(did) <= 40 else did[:32] + "…"


def _proofs_of(document: dict[str, Any]) -> list[Any]:
    if "proof" not in document or document["proof"] in (None, [], {}):
        raise MalformedProof("credential has no proof")
    proof = document["proof"]
    return list(proof) if isinstance(proof, list) else [proof]


def verify_proofs(
    document: dict[str, Any],
    *,
    resolver: ResolverLike,
    purpose: str = "assertionMethod",
    expected_controller: str | None = None,
    challenge: str | None = None,
    domain: str | None = None,
    now: datetime | None = None,
    jsonld: JsonLd | None = None,
) -> list[Check]:
    """Check every proof of ``document``. Raises MalformedProof when there is no proof at all,
    UnknownContext / LimitExceeded / JsonLdInvalid when the document cannot be processed."""
    if not isinstance(document, dict):
        raise MalformedProof("the document is not a JSON object")
    proofs = _proofs_of(document)
    jsonld = jsonld or default_jsonld()
    now = now or datetime.now(UTC)
    base = unsecured(document)
    by_id = {p["id"]: p for p in proofs if isinstance(p, dict) and isinstance(p.get("id"), str)}
    checks: list[Check] = []
    for proof in proofs:
        checks.extend(
            _verify_one(
                base, proof, by_id, resolver, purpose, expected_controller, challenge, domain, now, jsonld
            )
        )
    return checks


def _covered_document(base: dict[str, Any], proof: dict[str, Any], by_id: dict[str, Any]) -> dict[str, Any]:
    """What a proof signs: the bare document, or for a chained proof the document plus the
    proof(s) named by ``previousProof`` (Data Integrity §4.4)."""
    prev = proof.get("previousProof")
    if prev is None:
        return base
    ids = prev if isinstance(prev, list) else [prev]
    if not ids or not all(isinstance(i, str) for i in ids):
        raise MalformedProof("previousProof must be a proof id or a list of proof ids")
    found = []
    for pid in ids:
        if pid not in by_id:
            raise MalformedProof(f"previousProof {pid} is not among the document's proofs")
        found.append(by_id[pid])
    doc = dict(base)
    doc["proof"] = found[0] if len(found) == 1 else found
    return doc


def _verify_one(
    base: dict[str, Any],
    proof: Any,
    by_id: dict[str, Any],
    resolver: ResolverLike,
    purpose: str,
    expected_controller: str | None,
    challenge: str | None,
    domain: str | None,
    now: datetime,
    jsonld: JsonLd,
) -> list[Check]:
    if not isinstance(proof, dict):
        return [Check("proof", "failed", "A proof is not a JSON object.")]
    suite = suite_name(proof)
    vm_url = proof.get("verificationMethod")
    vm_url = vm_url.get("id") if isinstance(vm_url, dict) else vm_url
    data: dict[str, Any] = {
        "type": proof.get("type"),
        "cryptosuite": proof.get("cryptosuite"),
        "verificationMethod": vm_url,
        "created": proof.get("created"),
    }
    label = suite or str(proof.get("type") or "unknown")

    def result(status: str, detail: str, reason: str = "", **extra: Any) -> Check:
        return Check("proof", status, detail, {**data, **extra}, reason)  # type: ignore[arg-type]

    if suite in UNSUPPORTED:
        return [result("not-checked", UNSUPPORTED[suite], "unsupported")]
    if suite not in SUITES and suite != "ecdsa-sd-2023":
        if proof.get("type") == "DataIntegrityProof":
            return [
                result("failed", f"Unknown cryptosuite {suite or '(none)'}: the proof cannot be checked.")
            ]
        return [result("not-checked", f"unsupported proof type {label}", "unsupported")]

    why_not = getattr(SUITES.get(suite), "unsupported", lambda _p: None)(proof)
    if why_not:
        return [result("not-checked", why_not, "unsupported")]

    extra_checks: list[Check] = []
    # --- conditions that need no key ---------------------------------------------------------
    problem = _conditions(proof, purpose, now)
    if purpose == "authentication":
        extra_checks.extend(_challenge_domain(proof, challenge, domain))
    if not isinstance(vm_url, str) or not vm_url:
        return [result("failed", f"The {label} proof names no verification method."), *extra_checks]
    if problem:
        return [result("failed", problem), *extra_checks]

    # --- key -----------------------------------------------------------------------------------
    try:
        vm = resolver.resolve_verification_method(vm_url)
    except NetworkError:
        return [
            result("not-checked", f"Signature ({label}) not checked (offline): could not resolve {vm_url}.", "offline"),
            *extra_checks,
        ]
    except UnsupportedDIDMethod as exc:
        if vm_url.startswith("did:"):  # a DID another verifier may resolve: not checked here, not invalid
            return [result("not-checked", f"Signature ({label}) not checked: the key {vm_url} cannot be resolved "
                           f"here ({exc.message}).", "unsupported"), *extra_checks]
        return [result("failed", f"The verification method {vm_url} cannot be used: {exc.message}"), *extra_checks]
    except (InvalidDID, InvalidKey) as exc:
        return [
            result("failed", f"The verification method {vm_url} cannot be used: {exc.message}"),
            *extra_checks,
        ]

    # --- signature -----------------------------------------------------------------------------
    base_proof = False
    try:
        covered = _covered_document(base, proof, by_id)
        if suite == "ecdsa-sd-2023":
            kind = ecdsa_sd.proof_kind(proof.get("proofValue"))
            base_proof = kind == "base"
            check = ecdsa_sd.confirm_base if base_proof else ecdsa_sd.verify_derived
            ok, why = check(covered, proof, vm.public_key, jsonld)
        else:
            ok = SUITES[suite].verify(covered, proof, vm.public_key, jsonld)
            why = ""
    except MalformedProof as exc:
        return [result("failed", f"The {label} proof is malformed: {exc.message}"), *extra_checks]
    except InvalidKey as exc:
        return [result("failed", f"The {label} proof cannot be checked: {exc.message}"), *extra_checks]
    if base_proof:
        data["baseProof"] = True
    if not ok:
        reason = f" ({why})" if why else ""
        return [
            result("failed", f"Signature by {_short(vm_url)} ({label}) is not valid{reason}."),
            *extra_checks,
        ]

    # --- who may sign ------------------------------------------------------------------------------
    if (expected_controller is not None and vm.controller != expected_controller
            and not expected_controller.startswith("https://")):
        # an HTTPS issuer may publish a key another controller holds (e.g. a did:key): whether it
        # does is the issuer-key check's question (its profile, fetched when allowed), not the signature's
        return [
            result(
                "failed",
                f"The signing key belongs to {vm.controller}, not to the issuer {expected_controller}.",
                "key-not-bound",
            ),
            *extra_checks,
        ]
    if purpose not in vm.purposes:
        return [
            result("failed", f"The key {vm_url} is not authorised for {purpose} by its controller."),
            *extra_checks,
        ]
    what = "Base proof (holder's copy)" if base_proof else "Signature"
    return [result("passed", f"{what} by {_short(vm_url)} ({label}) is valid."), *extra_checks]


def _conditions(proof: dict[str, Any], purpose: str, now: datetime) -> str | None:
    if proof.get("proofPurpose") != purpose:
        return f"The proof's purpose is {proof.get('proofPurpose')!r}, expected {purpose!r}."
    created = proof.get("created")
    if created is not None:
        when = parse_xsd_datetime(created)
        if when is None:
            return f"The proof's created date {created!r} is not a valid xsd:dateTime."
    expires = proof.get("expires")
    if expires is not None:
        until = parse_xsd_datetime(expires)
        if until is None:
            return f"The proof's expires date {expires!r} is not a valid xsd:dateTime."
        if until < now:
            return f"The proof expired on {expires}."
    return None


def _challenge_domain(proof: dict[str, Any], challenge: str | None, domain: str | None) -> list[Check]:
    out = []
    if challenge is not None:
        got = proof.get("challenge")
        if got == challenge:
            out.append(Check("challenge", "passed", "The presentation answers the expected challenge."))
        else:
            out.append(Check("challenge", "failed", f"The challenge is {got!r}, expected {challenge!r}.",
                             reason="challenge-mismatch" if got is not None else "request-not-answered"))
    if domain is not None:
        got = proof.get("domain")
        ok = got == domain or (isinstance(got, list) and domain in got)
        if ok:
            out.append(Check("domain", "passed", "The presentation is bound to the expected domain."))
        else:
            out.append(Check("domain", "failed", f"The domain is {got!r}, expected {domain!r}.",
                             reason="domain-mismatch" if got is not None else "request-not-answered"))
    return out
