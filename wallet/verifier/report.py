"""Verification reports: a list of named checks, each passed / failed / warning / not-checked, and the
one verdict model every surface shows (CLI, desktop, PDF/JSON reports, share history).

A failed check is a *result*; an exception from a verifier means "could not verify at all".

Each check may carry a machine-readable ``reason`` from a small closed vocabulary (:data:`REASONS`).
The state of a report is derived from statuses and reasons only, never from the human ``detail``:

==========================  ===============================================================
``verified``                every check of authenticity passed (signature, key bound to the
                            issuer, dates, status where checked, the request where one was
                            made) **and** a trust source recognises the issuer
``authentic-unrecognised``  all of that, but no trust source the user enabled recognises the
                            issuer (amber: the issuer's name is only what it calls itself)
``not-verified``            anything failed
``revoked`` / ``suspended`` / ``expired``   authentic, but the issuer revoked / suspended it,
                            or its validity ended
``demo-issuer``             signed by a fictional demo issuer outside the demo wallet
``not-checked``             the signature or the issuer's key could not be had (offline):
                            never "invalid", never "verified"
``unverified``              no report at all
==========================  ===============================================================

:attr:`Report.verdict` is the three-valued summary (``verified``, ``authentic-unrecognised``,
``not-verified``); :func:`state_of` is the finer state above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Check", "CheckStatus", "REASONS", "Report", "STATES", "State", "Verdict", "state_of", "worst_state"]

CheckStatus = Literal["passed", "failed", "warning", "not-checked"]
Verdict = Literal["verified", "authentic-unrecognised", "not-verified"]
State = Literal["verified", "authentic-unrecognised", "not-verified", "revoked", "suspended", "expired",
                "demo-issuer", "not-checked", "unverified"]

_STATUSES = ("passed", "failed", "warning", "not-checked")

#: the closed vocabulary of ``Check.reason``
REASONS = frozenset({
    "revoked",               # status: the issuer revoked the credential
    "suspended",             # status: the issuer suspended the credential
    "expired",               # validity: the end date has passed
    "not-yet-valid",         # validity: the start date is in the future
    "offline",               # something needed the network, which was not allowed or not reachable
    "unsupported",           # a proof type, suite or status type this verifier does not know
    "key-not-bound",         # the signing key does not belong to the issuer (or holder)
    "integrity-only",        # the key came with the credential itself: integrity, not authorship
    "request-not-answered",  # a challenge/domain was asked, but nothing in the input answers it
    "challenge-mismatch",    # the presentation answers another challenge
    "domain-mismatch",       # the presentation was made for another domain
    "issuer-not-recognised",  # no enabled trust source recognises the issuer
    "demo-issuer",           # a fictional demo issuer, outside the demo wallet
})

#: check names whose "passed" status makes a report verifiable at all
_PROOF_CHECKS = frozenset({"proof", "jwt-signature", "sd-jwt-signature", "holder-proof"})
#: checks that must not be "not-checked" for a report to be verified (the signature and its key)
_KEY_CHECKS = _PROOF_CHECKS | {"issuer-key"}
#: failure reasons that leave a credential authentic but not valid now (each its own state)
_STATE_REASONS: tuple[tuple[str, State], ...] = (
    ("demo-issuer", "demo-issuer"), ("revoked", "revoked"), ("suspended", "suspended"), ("expired", "expired"))

STATES: tuple[State, ...] = ("verified", "authentic-unrecognised", "not-checked", "expired", "suspended", "revoked",
                             "demo-issuer", "not-verified", "unverified")
_RANK = {"verified": 0, "authentic-unrecognised": 1, "not-checked": 2, "expired": 3, "suspended": 4, "revoked": 5,
         "demo-issuer": 6, "not-verified": 7, "unverified": 7}


@dataclass(frozen=True)
class Check:
    """One check of a verification: ``name`` is a stable id (``proof``, ``issuer-key``,
    ``validity``, ``status``, ``schema``, ``issuer-trust``, ``holder-proof``, ``challenge``,
    ``domain``, ``request``, ``holder-binding``, ``disclosures``, ``key-binding`` ...), ``detail`` one
    human sentence, ``reason`` one word of :data:`REASONS` (or ""). ``data`` carries optional
    machine-readable facts (e.g. the proof type, the trust source that recognised the issuer)."""

    name: str
    status: CheckStatus
    detail: str
    data: dict[str, Any] = field(default_factory=dict)
    reason: str = ""

    def __post_init__(self) -> None:
        if self.status not in _STATUSES:
            raise ValueError(f"bad check status {self.status!r}")
        if self.reason and self.reason not in REASONS:
            raise ValueError(f"bad check reason {self.reason!r}")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "status": self.status, "detail": self.detail}
        if self.reason:
            out["reason"] = self.reason
        if self.data:
            out["data"] = self.data
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Check:
        reason = obj.get("reason") or ""
        return cls(obj["name"], obj["status"], obj["detail"], dict(obj.get("data") or {}),
                   reason if reason in REASONS else "")  # stored before reasons existed, or a newer word


def worst_state(states: list[str] | tuple[str, ...]) -> str:
    """The worst of ``states`` (``not-verified`` when there is none)."""
    if not states:
        return "not-verified"
    return max(states, key=lambda s: _RANK.get(s, 7))


def _own_state(r: Report) -> State:
    """The state of ``r``'s own checks, before its nested credentials are considered."""
    if r.error is not None:
        return "not-verified"
    failed = [c for c in r.checks if c.status == "failed"]
    state_reasons = {reason for reason, _ in _STATE_REASONS}
    if any(c.reason not in state_reasons for c in failed):
        return "not-verified"
    reasons = {c.reason for c in failed}
    for reason, state in _STATE_REASONS:
        if reason in reasons:
            return state
    if r.kind == "bundle":
        return "verified" if r.credentials else "not-verified"
    if not any(c.status == "passed" and c.name in _PROOF_CHECKS for c in r.checks):
        if any(c.status == "not-checked" and c.name in _KEY_CHECKS for c in r.checks):
            return "not-checked"
        return "not-verified"
    # a proof of an unknown type beside a valid one does not hold the report back (a proof set)
    if any(c.status == "not-checked" and c.name in _KEY_CHECKS and c.reason != "unsupported" for c in r.checks):
        return "not-checked"
    trust = r.check("issuer-trust")
    if trust is None:
        # a presentation's own checks hold no issuer: its credentials decide (there must be one)
        if r.kind == "presentation" and r.credentials:
            return "verified"
        return "authentic-unrecognised" if r.kind != "presentation" else "not-verified"
    return "verified" if trust.status == "passed" else "authentic-unrecognised"


def state_of(report: Report | None) -> str:
    """The state of a report (see the module docstring); ``unverified`` for no report."""
    if report is None:
        return "unverified"
    return worst_state([_own_state(report), *(state_of(r) for r in report.credentials)])


@dataclass(frozen=True)
class Report:
    """The result of verifying one credential or presentation.

    ``subject`` names what was verified (a credential title, a file name); ``kind`` is
    ``credential``, ``presentation`` or ``bundle``; ``credentials`` holds the reports of embedded
    credentials (for presentations and CLR records).
    """

    checks: tuple[Check, ...]
    kind: str = "credential"
    subject: str = ""
    format: str = ""
    credentials: tuple[Report, ...] = ()
    error: dict[str, str] | None = None  # set when the input could not be verified at all

    @property
    def state(self) -> str:
        return state_of(self)

    @property
    def verdict(self) -> Verdict:
        state = self.state
        if state == "verified":
            return "verified"
        if state == "authentic-unrecognised":
            return "authentic-unrecognised"
        return "not-verified"

    @property
    def verified(self) -> bool:
        """Authentic, valid, and the issuer recognised by a trust source: green."""
        return self.state == "verified"

    @property
    def authentic(self) -> bool:
        """Every check of authenticity and validity passed (the issuer may be unrecognised)."""
        return self.state in ("verified", "authentic-unrecognised")

    @property
    def issuer(self) -> dict[str, str]:
        """Who issued the credential, as its ``issuer-trust`` check found: ``id``, ``claimedName`` (what
        the credential calls its issuer), and when a source recognised it ``recognisedBy`` (the source's
        name), ``recognisedName`` (the name the source gives) and ``sourceKind``. Empty without the check."""
        trust = self.check("issuer-trust")
        if trust is None:
            return {}
        keys = ("id", "claimedName", "recognisedBy", "recognisedName", "sourceKind")
        return {k: str(trust.data[k]) for k in keys if trust.data.get(k)}

    def check(self, name: str) -> Check | None:
        for c in self.checks:
            if c.name == name:
                return c
        return None

    def checks_named(self, name: str) -> list[Check]:
        return [c for c in self.checks if c.name == name]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "subject": self.subject,
            "format": self.format,
            "verified": self.verified,
            "verdict": self.verdict,
            "state": self.state,
            "checks": [c.to_json() for c in self.checks],
        }
        issuer = self.issuer
        if issuer:
            out["issuer"] = issuer
        if self.credentials:
            out["credentials"] = [r.to_json() for r in self.credentials]
        if self.error:
            out["error"] = self.error
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Report:
        return cls(
            checks=tuple(Check.from_json(c) for c in obj.get("checks", [])),
            kind=obj.get("kind", "credential"),
            subject=obj.get("subject", ""),
            format=obj.get("format", ""),
            credentials=tuple(cls.from_json(r) for r in obj.get("credentials", [])),
            error=obj.get("error"),
        )
