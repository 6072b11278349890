"""The issuers the user trusts: a small, editable list (ids and display names).

The data model and its JSON form live here; storing it is the store's job. :meth:`TrustList.check`
gives the ``issuer-trust`` Check: ``passed`` for a listed issuer, ``warning`` "unknown issuer" otherwise
(an unknown issuer is not a forgery: the signature says who issued it, the trust list says whether the
user knows them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from wallet.errors import InputError
from wallet.verifier.report import Check

__all__ = ["TrustList", "TrustedIssuer", "issuer_id_of"]


@dataclass(frozen=True)
class TrustedIssuer:
    id: str  # a DID or an HTTPS issuer profile URL
    name: str = ""
    note: str = ""

    def to_json(self) -> dict[str, str]:
        out = {"id": self.id}
        if self.name:
            out["name"] = self.name
        if self.note:
            out["note"] = self.note
        return out


def _normal(issuer_id: str) -> str:
    """Compare issuer ids without a fragment or a trailing slash."""
    return issuer_id.split("#", 1)[0].rstrip("/")


def issuer_id_of(credential: dict[str, Any]) -> str | None:
    issuer = credential.get("issuer", credential.get("iss"))
    if isinstance(issuer, dict):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) and issuer else None


@dataclass(frozen=True)
class TrustList:
    """An immutable list of trusted issuers; editing returns a new list."""

    issuers: tuple[TrustedIssuer, ...] = field(default_factory=tuple)

    def __contains__(self, issuer_id: object) -> bool:
        return isinstance(issuer_id, str) and self.find(issuer_id) is not None

    def __len__(self) -> int:
        return len(self.issuers)

    def find(self, issuer_id: str) -> TrustedIssuer | None:
        key = _normal(issuer_id)
        return next((i for i in self.issuers if _normal(i.id) == key), None)

    def add(self, issuer_id: str, name: str = "", note: str = "") -> TrustList:
        if not isinstance(issuer_id, str) or not issuer_id.strip():
            raise InputError("an issuer id is needed to trust an issuer")
        issuer_id = issuer_id.strip()
        existing = self.find(issuer_id)
        if existing is not None:
            updated = replace(existing, name=name or existing.name, note=note or existing.note)
            return TrustList(tuple(updated if i is existing else i for i in self.issuers))
        return TrustList((*self.issuers, TrustedIssuer(issuer_id, name, note)))

    def remove(self, issuer_id: str) -> TrustList:
        key = _normal(issuer_id)
        return TrustList(tuple(i for i in self.issuers if _normal(i.id) != key))

    def rename(self, issuer_id: str, name: str) -> TrustList:
        if self.find(issuer_id) is None:
            raise InputError(f"{issuer_id} is not in the trust list")
        return self.add(issuer_id, name)

    # --- JSON -------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {"version": 1, "issuers": [i.to_json() for i in self.issuers]}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, obj: Any) -> TrustList:
        if not isinstance(obj, dict) or not isinstance(obj.get("issuers"), list):
            raise InputError("the trust list is not a JSON object with an 'issuers' list")
        out = cls()
        for item in obj["issuers"]:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                raise InputError("a trust list entry has no issuer id")
            out = out.add(item["id"], str(item.get("name") or ""), str(item.get("note") or ""))
        return out

    @classmethod
    def loads(cls, text: str | bytes) -> TrustList:
        try:
            obj = json.loads(text)
        except ValueError as exc:
            raise InputError(f"the trust list is not valid JSON ({exc})") from None
        return cls.from_json(obj)

    # --- verification -----------------------------------------------------------------------
    def check(self, credential: dict[str, Any]) -> Check:
        """The ``issuer-trust`` Check for a credential (JSON-LD VC or decoded JWT claims)."""
        issuer_id = issuer_id_of(credential)
        if issuer_id is None:
            return Check("issuer-trust", "warning", "the credential names no issuer")
        found = self.find(issuer_id)
        if found is not None:
            label = found.name or issuer_id
            return Check("issuer-trust", "passed", f"{label} is in your trusted issuers", {"issuer": issuer_id})
        return Check("issuer-trust", "warning", f"unknown issuer: {issuer_id} is not in your trusted issuers",
                     {"issuer": issuer_id})
