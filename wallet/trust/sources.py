"""Trust sources and the ``issuer-trust`` check: who says this issuer is who it claims to be?

A :class:`TrustSources` is an ordered set of sources, most authoritative first: the user's own "trust
this issuer" decisions (:class:`wallet.trust.issuers.TrustList`), signed trust lists the user loaded
(:mod:`wallet.trust.signed`), known-issuer registries (:mod:`wallet.trust.registry`; the bundled DCC
snapshot by default), and — only inside the demo wallet — the demo issuers. :meth:`TrustSources.check`
gives the ``issuer-trust`` Check:

* ``passed``  a source recognises the issuer's id; ``data`` says which source (``recognisedBy``,
  ``sourceKind``), under what name (``recognisedName``), and the name the credential claims
  (``claimedName``; ``nameDiffers`` when the two differ);
* ``warning`` reason ``issuer-not-recognised``: no source does; the credential's name for its issuer is
  only what it calls itself. Evidence that is not trust (a did:web issuer's domain) is named as such;
* ``failed`` reason ``demo-issuer``: a demo issuer outside the demo wallet. The demo issuers' keys are
  derived from public seeds, so anyone can sign in their names: such a credential is never verified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from wallet.trust.issuers import TrustList, issuer_id_of
from wallet.trust.registry import Listing, Recognition, Registry, bundled_registries, normal_issuer_id
from wallet.verifier.report import Check

__all__ = ["DEMO_SOURCE_NAME", "TrustSource", "TrustSources", "UserTrust", "as_sources", "claimed_issuer_name",
           "demo_issuers", "is_demo_issuer"]

DEMO_SOURCE_NAME = "Learner Wallet demo issuers (fictional)"
USER_SOURCE_NAME = "your trusted issuers"


class TrustSource(Protocol):
    def lookup(self, issuer_id: str) -> Recognition | None: ...


@dataclass(frozen=True)
class UserTrust:
    """The user's own decisions: issuers trusted explicitly, shown as such."""

    trust_list: TrustList

    def lookup(self, issuer_id: str) -> Recognition | None:
        found = self.trust_list.find(issuer_id)
        if found is None:
            return None
        return Recognition(USER_SOURCE_NAME, "user", Listing(found.name or issuer_id), "user")


@lru_cache(maxsize=1)
def demo_issuers() -> dict[str, tuple[str, bool]]:
    """Every demo issuer's DID -> (its name, whether the demo trust source recognises it). The core
    publishes them so that any verifier can tell a demo credential from a real one."""
    from wallet.demo.data import ISSUERS
    from wallet.demo.issuer import issuer_signer

    return {issuer_signer(k).did: (spec.name, spec.trusted) for k, spec in ISSUERS.items()}


def is_demo_issuer(issuer_id: str | None) -> bool:
    return isinstance(issuer_id, str) and normal_issuer_id(issuer_id) in demo_issuers()


def claimed_issuer_name(credential: dict[str, Any]) -> str:
    """The name a credential gives its own issuer (a claim, not a fact)."""
    issuer = credential.get("issuer")
    if isinstance(issuer, dict) and isinstance(issuer.get("name"), str):
        return str(issuer["name"]).strip()
    return ""


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _evidence(issuer_id: str) -> str:
    if issuer_id.startswith("did:web:"):
        domain = issuer_id[len("did:web:"):].split(":", 1)[0].replace("%3A", ":")
        return (f"evidence, not trust: the key is published by the web domain {domain}, which says nothing about "
                "who runs it")
    return ""


@dataclass(frozen=True)
class TrustSources:
    """The trust sources a verification uses, in order; ``demo``: the demo issuers are recognised."""

    sources: tuple[TrustSource, ...] = ()
    demo: bool = False
    registries: tuple[Registry, ...] = field(default=(), compare=False)  # for describing, not looking up

    @classmethod
    def default(cls, trust_list: TrustList | None = None, extra: tuple[Registry, ...] = (), *,
                demo: bool = False, registries: tuple[Registry, ...] | None = None) -> TrustSources:
        """The user's decisions, then ``extra`` lists (signed lists, loaded registries), then
        ``registries`` (default: the bundled registries enabled by default)."""
        regs = bundled_registries(enabled_only=True) if registries is None else registries
        user: tuple[TrustSource, ...] = (UserTrust(trust_list),) if trust_list is not None and len(trust_list) else ()
        return cls((*user, *extra, *regs), demo, (*extra, *regs))

    def lookup(self, issuer_id: str) -> Recognition | None:
        if self.demo and is_demo_issuer(issuer_id):
            name, recognised = demo_issuers()[normal_issuer_id(issuer_id)]
            if recognised:
                return Recognition(DEMO_SOURCE_NAME, "demo", Listing(name), "demo")
        for source in self.sources:
            found = source.lookup(issuer_id)
            if found is not None:
                return found
        return None

    def check(self, credential: dict[str, Any]) -> Check:
        """The ``issuer-trust`` Check for a credential (JSON-LD VC or decoded JWT claims)."""
        issuer_id = issuer_id_of(credential)
        claimed = claimed_issuer_name(credential)
        if issuer_id is None:
            return Check("issuer-trust", "warning", "the credential names no issuer, so no trust source can recognise it",
                         {"claimedName": claimed} if claimed else {}, "issuer-not-recognised")
        data: dict[str, Any] = {"id": issuer_id}
        if claimed:
            data["claimedName"] = claimed
        if is_demo_issuer(issuer_id) and not self.demo:
            name = demo_issuers()[normal_issuer_id(issuer_id)][0]
            return Check("issuer-trust", "failed",
                         f"DEMO issuer — fictional: {name} is a demo issuer of Learner Wallet; its signing keys are "
                         "public, so anyone can sign in its name. Never accept it as a real credential.",
                         {**data, "demoName": name}, "demo-issuer")
        found = self.lookup(issuer_id)
        calls = f"the credential calls its issuer {claimed!r}" if claimed else "the credential gives its issuer no name"
        if found is None:
            evidence = _evidence(issuer_id)
            if evidence:
                data["evidence"] = evidence
            return Check("issuer-trust", "warning",
                         f"no trust source you use recognises the issuer {issuer_id}; {calls}, which nobody confirms"
                         + (f" ({evidence})" if evidence else ""), data, "issuer-not-recognised")
        data.update({"recognisedBy": found.source, "recognisedName": found.listing.name, "sourceKind": found.kind})
        if found.listing.url:
            data["recognisedUrl"] = found.listing.url
        if found.listing.location:
            data["recognisedLocation"] = found.listing.location
        how = ("you trust this issuer" if found.kind == "user" else f"recognised by {found.source}")
        detail = f"{how}: {found.listing.name} ({issuer_id})"
        if claimed and not _same_name(claimed, found.listing.name):
            data["nameDiffers"] = True
            detail += f"; note that {calls}, which differs from the name {found.source} gives"
        return Check("issuer-trust", "passed", detail, data)


def as_sources(trust: Any) -> TrustSources:
    """What ``verify_credential(trust=...)`` accepts: TrustSources, a bare TrustList (the user's
    decisions, plus the default registries) or None (the default registries only)."""
    if isinstance(trust, TrustSources):
        return trust
    if isinstance(trust, TrustList):
        return TrustSources.default(trust)
    if trust is None:
        return _default_sources()
    raise TypeError(f"not a trust source: {type(trust).__name__}")


@lru_cache(maxsize=1)
def _default_sources() -> TrustSources:
    return TrustSources.default()
