"""From input bytes to records ready to store: parse, verify, summarise.

The seam between the store and the credential engine: :func:`ingest` returns, for every
credential found in the input (each credential of a presentation, each nested credential of a
CLR record), its raw form, format, verification report and the summary the library, search and
journey use. Nothing is stored here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wallet.credentials.formats import FoundCredential, parse_input
from wallet.credentials.model import CredentialModel, credential_model
from wallet.errors import InputError
from wallet.verifier.report import Report

__all__ = ["Ingested", "fetch_missing_details", "ingest", "summarize", "verify_found"]


@dataclass(frozen=True)
class Ingested:
    raw: Any  # the credential as received: a JSON object, or the text of a JWT / SD-JWT (a hosted OB 2.0
    #           assertion with its BadgeClass and issuer embedded when they were fetched: ob2_with_details)
    format: str  # ldp-vc | vc-jwt | sd-jwt-vc | ob2
    report: Report | None
    summary: dict[str, Any]
    nested: tuple[Ingested, ...] = field(default_factory=tuple)
    details: dict[str, Any] | None = None  # a signed OB 2.0 badge: its fetched BadgeClass and issuer, kept
    #                                        beside the JWS in the same encrypted record (ob2_kept_details)

    def canonical_bytes(self) -> bytes:
        if isinstance(self.raw, str):
            return self.raw.strip().encode()
        import rfc8785

        raw = self.raw
        badge = raw.get("badge") if self.format == "ob2" and isinstance(raw, dict) else None
        if isinstance(badge, dict) and isinstance(badge.get("id"), str):
            # an OB 2.0 assertion is the same badge whether its BadgeClass came embedded, by address, or
            # fetched for the card (ob2_with_details): the BadgeClass counts by its id
            raw = {**raw, "badge": badge["id"]}
        return rfc8785.dumps(raw)


def summarize(model: CredentialModel) -> dict[str, Any]:
    """What lists, filters and search need, without opening the credential."""
    achievement = model.achievement
    return {
        "title": model.title,
        "description": (model.description or (achievement.description if achievement else None) or "")[:300],
        "issuer_name": model.issuer.name or "",
        "issuer_id": model.issuer.id or "",
        "date": model.awarded or model.valid_from or "",
        "valid_until": model.valid_until or "",
        "types": list(model.types),
        "kind": model.kind,
        "format": model.format,
        "achievement_type": (achievement.type if achievement else None) or "",
        "subject_name": model.subject.name or "",
        "subject_id": model.subject.id or "",
        "skills": sorted({s.target_name or s.target_code or "" for s in model.skills} - {""}),
        "experience": model.experience_type or "",
        "tags": list(model.tags),
        "has_image": bool(model.image or (achievement.image if achievement else None) or model.issuer.image),
        "search": model.search_text().lower(),
    }


def _model_of(found: FoundCredential, now: datetime, resolver: Any) -> CredentialModel:
    if found.format == "sd-jwt-vc":
        from wallet.proofs.sdjwt import verify_sd_jwt

        try:
            claims = verify_sd_jwt(found.text, resolver=resolver, now=now).claims
            return credential_model(claims, "sd-jwt-vc")
        except InputError:
            pass
    return credential_model(found.document, found.format)


def _ob2_details(found: FoundCredential, resolver: Any) -> dict[str, Any] | None:
    """An OB 2.0 assertion whose BadgeClass (or issuer) is only an address: the assertion with them fetched
    and embedded, when the resolver allows the network (:func:`wallet.credentials.ob2.ob2_with_details`;
    its InputError refuses the import). None otherwise."""
    if found.format != "ob2":
        return None
    from wallet.credentials.ob2 import ob2_with_details

    return ob2_with_details(found.document, resolver=resolver)


def verify_found(found: FoundCredential, *, now: datetime, resolver: Any, status_lists: Any = None,
                 trust: Any = None) -> Report:
    from wallet.credentials.verify import verify_credential

    try:
        return verify_credential(found, resolver=resolver, now=now, status_fetcher=status_lists, trust=trust,
                                 allow_network=bool(getattr(status_lists, "allow_network", False)))
    except InputError as exc:
        return Report(checks=(), subject=credential_model(found.document, found.format).title,
                      format=found.format, error=exc.to_json())


def _nested(model: CredentialModel, doc: dict[str, Any], report: Report, now: datetime,
            resolver: Any) -> tuple[Ingested, ...]:
    if model.kind != "clr":
        return ()
    subject = doc.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) and subject else subject
    items = subject.get("verifiableCredential") if isinstance(subject, dict) else None
    items = items if isinstance(items, list) else ([items] if items else [])
    out = []
    for i, item in enumerate(items):
        if isinstance(item, dict):
            found = FoundCredential("ldp-vc", item)
        elif isinstance(item, str):
            from wallet.credentials.formats import parse_text

            try:
                parsed = parse_text(item)
            except InputError:
                continue
            if len(parsed.credentials) != 1:
                continue
            found = parsed.credentials[0]
        else:
            continue
        child_report = report.credentials[i] if i < len(report.credentials) else None
        child_model = _model_of(found, now, resolver)
        raw = found.document if found.format == "ldp-vc" else found.text
        out.append(Ingested(raw, found.format, child_report, summarize(child_model)))
    return tuple(out)


def ingest(data: bytes, name: str = "", *, now: datetime, resolver: Any, status_lists: Any = None,
           trust: Any = None) -> list[Ingested]:
    """Every credential in ``data``, verified. Raises InputError when the input cannot be read."""
    from wallet.verifier.engine import unwrap

    found_all: list[FoundCredential] = []
    for payload, pname in unwrap(data, name):
        found_all.extend(parse_input(payload, name=pname).credentials)
    if not found_all:
        raise InputError(f"{name or 'The input'} holds no credential.")
    out = []
    for found in found_all:
        report = verify_found(found, now=now, resolver=resolver, status_lists=status_lists, trust=trust)
        detailed = _ob2_details(found, resolver)
        model = credential_model(detailed, "ob2") if detailed is not None else _model_of(found, now, resolver)
        raw = found.document if found.format == "ldp-vc" or not found.text else found.text  # ob2 hosted: JSON
        details = None
        if detailed is not None and not found.text:  # a hosted OB 2.0 assertion keeps its fetched details
            raw = detailed
        elif detailed is not None:  # a signed one keeps its JWS as signed, and the details beside it
            from wallet.credentials.ob2 import ob2_kept_details

            details = ob2_kept_details(detailed)
        nested = _nested(model, found.document, report, now, resolver) if found.format == "ldp-vc" else ()
        out.append(Ingested(raw, found.format, report, summarize(model), nested, details))
    return out


def fetch_missing_details(raw: Any, fmt: str, details: Any, *,
                          resolver: Any) -> tuple[Any, dict[str, Any] | None, dict[str, Any]] | None:
    """For a stored OB 2.0 badge whose BadgeClass or issuer is still only an address: ``(raw, details,
    summary)`` with them fetched as at import (:func:`wallet.credentials.ob2.ob2_with_details`, only when the
    resolver allows the network) — a hosted assertion with them embedded, a signed one's JWS unchanged with
    them in ``details`` — and the summary fields of the badge now described. None when there is nothing to
    fetch, the network is not allowed or the server cannot be reached; InputError when the server answers
    with something that is not this badge's details (nothing is to be changed then)."""
    from wallet.credentials.ob2 import (
        is_ob2_assertion,
        ob2_kept_details,
        ob2_with_details,
        ob2_with_kept_details,
    )

    if isinstance(raw, dict):
        doc, signed = raw, False
    elif isinstance(raw, str) and fmt == "ob2":
        from wallet.credentials.formats import decode_jwt_unverified

        doc, signed = decode_jwt_unverified(raw.strip())[1], True
    else:
        return None
    if fmt != "ob2" and not is_ob2_assertion(doc):
        return None
    current = ob2_with_kept_details(doc, details) if signed else doc
    detailed = ob2_with_details(current, resolver=resolver)
    if detailed is None:
        return None
    summary = summarize(credential_model(detailed, "ob2"))
    return (raw, ob2_kept_details(detailed), summary) if signed else (detailed, details, summary)
