"""Verification reports: a list of named checks, each passed / failed / warning / not-checked.

A failed check is a *result*; an exception from a verifier means "could not verify at all".
The overall verdict: ``verified`` is true when no check failed and at least one proof check
passed. Warnings and not-checked entries do not fail a report; the UI shows them as
"Verified with warnings".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Check", "CheckStatus", "Report", "Verdict"]

CheckStatus = Literal["passed", "failed", "warning", "not-checked"]
Verdict = Literal["verified", "verified-with-warnings", "not-verified", "not-checked"]

_STATUSES = ("passed", "failed", "warning", "not-checked")


@dataclass(frozen=True)
class Check:
    """One check of a verification: ``name`` is a stable id (``proof``, ``issuer-key``,
    ``validity``, ``status``, ``schema``, ``issuer-trust``, ``holder-proof``, ``challenge``,
    ``domain``, ``holder-binding``, ``disclosures``, ``key-binding`` ...), ``detail`` one human
    sentence. ``data`` carries optional machine-readable facts (e.g. the proof type)."""

    name: str
    status: CheckStatus
    detail: str
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.status not in _STATUSES:
            raise ValueError(f"bad check status {self.status!r}")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "status": self.status, "detail": self.detail}
        if self.data:
            out["data"] = self.data
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Check:
        return cls(obj["name"], obj["status"], obj["detail"], dict(obj.get("data") or {}))


@dataclass(frozen=True)
class Report:
    """The result of verifying one credential or presentation.

    ``subject`` names what was verified (a credential title, a file name); ``kind`` is
    ``credential`` or ``presentation``; ``credentials`` holds the reports of embedded
    credentials (for presentations and CLR records).
    """

    checks: tuple[Check, ...]
    kind: str = "credential"
    subject: str = ""
    format: str = ""
    credentials: tuple[Report, ...] = ()
    error: dict[str, str] | None = None  # set when the input could not be verified at all

    @property
    def verified(self) -> bool:
        if self.error is not None:
            return False
        if any(c.status == "failed" for c in self.checks):
            return False
        if any(not r.verified for r in self.credentials):
            return False
        return any(c.status == "passed" and c.name in _PROOF_CHECKS for c in self.checks)

    @property
    def verdict(self) -> Verdict:
        if not self.verified:
            failed = any(c.status == "failed" for c in self.checks) or any(
                r.verdict == "not-verified" for r in self.credentials)
            if self.error is None and not failed and any(
                    c.status == "not-checked" and c.name in _PROOF_CHECKS for c in self.checks):
                return "not-checked"  # e.g. the issuer's key could not be had offline: never "invalid"
            return "not-verified"
        if any(c.status in ("warning", "not-checked") for c in self.checks) or any(
            r.verdict == "verified-with-warnings" for r in self.credentials
        ):
            return "verified-with-warnings"
        return "verified"

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
            "checks": [c.to_json() for c in self.checks],
        }
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


# check names whose "passed" status makes a report verifiable at all
_PROOF_CHECKS = frozenset({"proof", "jwt-signature", "sd-jwt-signature", "holder-proof"})
