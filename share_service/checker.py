"""What the share service verifies, with the wallet's own engine (:func:`wallet.verifier.engine.verify_bytes`):

* an **upload** must be one JSON-LD presentation signed by its holder's DID for this link: challenge =
  the link id, domain = the service's origin; and nothing in it may fail. Only then is it stored.
* a **deletion** is a presentation (no credential needed) signed by the same holder DID with challenge
  ``delete:<id>`` and the same domain.
* a **view** re-verifies the stored bytes when the last check of *those bytes* in this process is older
  than ``recheck_seconds``. The cache lives in memory and is keyed by the SHA-256 of the bytes read from
  the database, so a presentation altered in the database is verified afresh, never served from a
  cached verdict. Status lists and did:web documents are fetched only when the service allows the network.

:func:`presented` reads what the presentation shows (titles, issuers, dates, disclosed fields) from
the presentation itself, so a field the learner did not reveal cannot reach the page.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wallet.errors import WalletError
from wallet.verifier.report import Report

__all__ = ["Checked", "Checker", "Presented", "UploadRejected", "presented", "verdict_of"]

_KNOWN_VERDICTS = ("verified", "authentic-unrecognised", "verified-with-warnings", "not-checked", "not-verified")


def verdict_of(report: Report | None) -> str:
    """The report's verdict: the verdict model's own (``report.verdict``) when it has one we know,
    else ``verified`` / ``not-verified`` from ``report.verified``."""
    if report is None:
        return "not-verified"
    v = getattr(report, "verdict", None)
    if isinstance(v, str) and v in _KNOWN_VERDICTS:
        return v
    return "verified" if report.verified else "not-verified"


class UploadRejected(Exception):
    """An upload or deletion the service refuses: an HTTP status, a stable code and a sentence."""

    def __init__(self, status: int, code: str, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.details = details or []

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            out["details"] = self.details
        return out


@dataclass(frozen=True)
class Checked:
    """One verification of stored bytes: the report (None when it could not verify at all)."""

    report: Report | None
    error: dict[str, str] | None
    checked_at: float
    digest: str

    @property
    def verdict(self) -> str:
        return "not-verified" if self.error else verdict_of(self.report)


@dataclass(frozen=True)
class Presented:
    """One credential as the presentation shows it."""

    title: str
    issuer_name: str
    issuer_id: str
    issued: str | None
    valid_until: str | None
    fields: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (JSON path, value)
    presented: tuple[Any, ...] = field(default_factory=tuple)  # the page's fields for people (PresentedField)


def _failed(report: Report) -> list[str]:
    out = [f"{report.subject or 'presentation'}: {c.detail}" for c in report.checks if c.status == "failed"]
    for r in report.credentials:
        out += _failed(r)
    if report.error:
        out.append(report.error.get("message", ""))
    return out


def _holder_of(data: bytes) -> str | None:
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None
    holder = doc.get("holder") if isinstance(doc, dict) else None
    if isinstance(holder, dict):
        holder = holder.get("id")
    return holder if isinstance(holder, str) and holder.startswith("did:") else None


class Checker:
    """Verification for one service process. ``trust``: a :class:`wallet.trust.TrustList` (empty when
    the office keeps none: then no issuer is *recognised*, which the verdict says)."""

    def __init__(self, *, origin: str, trust: Any, allow_network: bool = False, recheck_seconds: float = 300,
                 status_documents: dict[str, bytes] | None = None, fetcher: Any = None,
                 max_cached: int = 10_000) -> None:
        from wallet.net import https_fetch

        self.origin = origin
        self.trust = trust
        self.allow_network = allow_network
        self.recheck_seconds = recheck_seconds
        self.status_documents = dict(status_documents or {})
        self.fetcher = fetcher or https_fetch
        self._cache: OrderedDict[str, Checked] = OrderedDict()
        self._max_cached = max_cached
        self._lock = threading.Lock()
        self._link_locks: dict[str, threading.Lock] = {}

    def _verify(self, data: bytes, challenge: str, now: float) -> list[Report]:
        from wallet.identity.did import Resolver
        from wallet.verifier.engine import verify_bytes
        from wallet.verifier.status import StatusLists

        resolver = Resolver(fetcher=self.fetcher, allow_network=self.allow_network)
        lists = StatusLists(self.fetcher, allow_network=self.allow_network, documents=self.status_documents)
        return verify_bytes(data, "presentation.json", resolver=resolver, now=datetime.fromtimestamp(now, UTC),
                            challenge=challenge, domain=self.origin, status_lists=lists, trust=self.trust)

    def _signed_for(self, data: bytes, challenge: str, now: float) -> tuple[Report, str]:
        """The report of a presentation that must be signed by its holder DID for ``challenge``."""
        if not data.lstrip().startswith(b"{"):
            raise UploadRejected(415, "not-a-presentation",
                                 "Send one JSON-LD Verifiable Presentation signed by the holder's DID.")
        try:
            reports = self._verify(data, challenge, now)
        except WalletError as exc:
            raise UploadRejected(400, exc.code, exc.message) from None
        if len(reports) != 1 or reports[0].kind != "presentation" or reports[0].format != "vp":
            raise UploadRejected(415, "not-a-presentation",
                                 "Send one JSON-LD Verifiable Presentation signed by the holder's DID.")
        rep = reports[0]
        holder = _holder_of(data)
        if holder is None:
            raise UploadRejected(422, "no-holder", "The presentation names no holder DID.")
        for name, code, message in (
            ("holder-proof", "holder-signature", "The presentation is not validly signed by its holder."),
            ("challenge", "wrong-challenge", "The presentation was not signed for this link."),
            ("domain", "wrong-domain", f"The presentation was not signed for {self.origin}."),
        ):
            c = rep.check(name)
            if c is None or c.status != "passed":
                raise UploadRejected(403, code, message, [c.detail] if c else [])
        return rep, holder

    def check_upload(self, data: bytes, link_id: str, now: float) -> tuple[Report, str]:
        """(report, holder DID) of an acceptable upload; UploadRejected otherwise."""
        rep, holder = self._signed_for(data, link_id, now)
        if not rep.credentials:
            raise UploadRejected(422, "no-credential", "The presentation carries no credential.")
        failed = _failed(rep)
        if failed:
            raise UploadRejected(422, "does-not-verify", "The presentation does not verify, so it is not stored.",
                                 failed)
        return rep, holder

    def check_deletion(self, data: bytes, link_id: str, holder: str, now: float) -> None:
        """Pass when ``data`` is signed by ``holder`` for ``delete:<link_id>``; UploadRejected otherwise."""
        _rep, signer = self._signed_for(data, f"delete:{link_id}", now)
        if signer != holder:
            raise UploadRejected(403, "not-the-holder", "Only the DID that shared this link can delete it.")

    def cached(self, link_id: str, digest: str, now: float) -> Checked | None:
        """The check of the bytes whose SHA-256 is ``digest`` when it is younger than ``recheck_seconds``,
        else None (then :meth:`check_stored` verifies). Quick: the app asks from its event loop."""
        with self._lock:
            hit = self._cache.get(link_id)
        if hit is not None and hit.digest == digest and now - hit.checked_at < self.recheck_seconds:
            return hit
        return None

    def check_stored(self, link_id: str, data: bytes, now: float) -> Checked:
        """The verification of stored ``data``: from the cache when these very bytes were checked less
        than ``recheck_seconds`` ago, else now (one verification per link at a time)."""
        digest = hashlib.sha256(data).hexdigest()
        if (hit := self.cached(link_id, digest, now)) is not None:
            return hit
        with self._lock:
            link_lock = self._link_locks.setdefault(link_id, threading.Lock())
        with link_lock:
            if (hit := self.cached(link_id, digest, now)) is not None:
                return hit
            try:
                reports = self._verify(data, link_id, now)
                report = reports[0] if len(reports) == 1 else None
                error = None if report is not None else {
                    "code": "not-one-presentation", "message": "The stored data is not one presentation."}
            except WalletError as exc:
                report, error = None, exc.to_json()
            checked = Checked(report, error, now, digest)
            with self._lock:
                self._cache[link_id] = checked
                self._cache.move_to_end(link_id)
                while len(self._cache) > self._max_cached:
                    old, _ = self._cache.popitem(last=False)
                    self._link_locks.pop(old, None)
            return checked

    def forget(self, link_id: str) -> None:
        with self._lock:
            self._cache.pop(link_id, None)
            self._link_locks.pop(link_id, None)


def _sd_jwt_claims(text: str, now: datetime) -> dict[str, Any]:
    from wallet.proofs.sdjwt import verify_sd_jwt

    claims = verify_sd_jwt(text, resolver=None, now=now).claims  # disclosures applied, nothing looked up
    return {k: v for k, v in claims.items() if k not in ("cnf", "_sd", "_sd_alg")}


def presented(data: bytes, now: float) -> list[Presented]:
    """The credentials the stored presentation shows, read from it (empty when it cannot be read)."""
    from share_service.words import page_fields
    from wallet.credentials.formats import parse_input
    from wallet.credentials.model import credential_model
    from wallet.share.summary_pdf import disclosed_fields

    when = datetime.fromtimestamp(now, UTC)
    out: list[Presented] = []
    try:
        parsed = parse_input(data, name="presentation.json")
        for found in parsed.credentials:
            if found.format == "sd-jwt-vc" and found.text:
                doc, fmt = _sd_jwt_claims(found.text, when), "sd-jwt-vc"
            else:
                doc, fmt = found.document, found.format
            m = credential_model(doc, fmt)
            out.append(Presented(m.title, m.issuer.name or "", m.issuer.id or "", m.awarded or m.valid_from,
                                 m.valid_until, tuple(disclosed_fields(doc)), page_fields(doc)))
    except (WalletError, ValueError, KeyError, TypeError):
        return out
    return out
