"""From input bytes to records ready to store: parse, verify, summarise.

This is the seam between the store and the credential engine: :func:`ingest` returns, for every
credential found in the input, its raw form, format, verification report and the summary the
library and search use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .errors import NotACredential, NotJSON
from .report import Report

__all__ = ["Ingested", "ingest", "summarize"]


@dataclass(frozen=True)
class Ingested:
    raw: Any  # the credential as received: a JSON object, or the text of a JWT / SD-JWT
    format: str  # ldp-vc | vc-jwt | sd-jwt-vc
    report: Report | None
    summary: dict[str, Any]
    nested: tuple[Ingested, ...] = field(default_factory=tuple)

    def canonical_bytes(self) -> bytes:
        if isinstance(self.raw, str):
            return self.raw.strip().encode()
        import rfc8785

        return rfc8785.dumps(self.raw)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("name") or value.get("@value") or value.get("id") or "")
    if isinstance(value, list) and value:
        return _text(value[0])
    return ""


def summarize(doc: dict[str, Any], fmt: str = "ldp-vc") -> dict[str, Any]:
    subject = doc.get("credentialSubject") or {}
    if isinstance(subject, list):
        subject = subject[0] if subject else {}
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    title = _text(doc.get("name")) or _text(achievement) or ", ".join(
        t for t in _types(doc) if t != "VerifiableCredential"
    )
    issuer = doc.get("issuer")
    texts = [title, _text(issuer), _text(subject.get("name") if isinstance(subject, dict) else "")]
    if isinstance(achievement, dict):
        texts += [_text(achievement.get("description")), _text((achievement.get("criteria") or {}).get("narrative")
                                                                  if isinstance(achievement.get("criteria"), dict) else "")]
    return {
        "title": title,
        "issuer_name": _text(issuer),
        "issuer_id": issuer if isinstance(issuer, str) else (issuer or {}).get("id", ""),
        "date": doc.get("validFrom") or doc.get("issuanceDate") or "",
        "types": _types(doc),
        "format": fmt,
        "subject_name": _text(subject.get("name")) if isinstance(subject, dict) else "",
        "search": " ".join(t for t in texts if t).lower(),
    }


def _types(doc: dict[str, Any]) -> list[str]:
    t = doc.get("type", [])
    return [t] if isinstance(t, str) else [x for x in t if isinstance(x, str)]


def ingest(data: bytes, name: str = "", *, now: datetime | None = None, **_: Any) -> list[Ingested]:
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotJSON(f"{name or 'the input'} is not JSON: {exc}") from None
    if not isinstance(doc, dict) or "VerifiableCredential" not in _types(doc) or "@context" not in doc:
        raise NotACredential(f"{name or 'the input'} is JSON but not a verifiable credential")
    return [Ingested(doc, "ldp-vc", None, summarize(doc))]
