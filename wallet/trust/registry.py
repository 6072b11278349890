"""Known-issuer registries: the DCC registry format, the bundled snapshot, and OpenID Federation statements.

* :func:`read_dcc_registry` reads the format the Digital Credentials Consortium publishes and
  ``@digitalcredentials/issuer-registry-client`` reads as ``dcc-legacy``:
  ``{"meta": {"created", "updated"}, "registry": {"<did>": {"name", "location", "url"}}}``.
* :func:`bundled_registries` — the dated snapshot in ``resources/trust/`` (provenance and sha256 in its
  README; each file's sha256 is checked when it is read).
* :func:`read_oidf` — the OpenID Federation form the DCC registries are moving to: a trust anchor's
  self-signed *entity configuration* (a JWT whose ``jwks`` holds the anchor's keys) and the
  *subordinate statements* it signed about issuers (``sub`` = the issuer's DID,
  ``metadata.federation_entity.organization_name``). Every statement's signature, issuer and expiry
  are checked offline against the anchor; a bad one refuses the whole file.

A :class:`Registry` maps issuer ids to :class:`Listing` and answers :meth:`Registry.lookup`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from wallet.errors import InputError, TrustListRefused

__all__ = ["Listing", "Recognition", "Registry", "bundled_registries", "normal_issuer_id", "read_dcc_registry",
           "read_oidf", "read_registry_bytes"]

MAX_REGISTRY_BYTES = 5 * 1024 * 1024


def normal_issuer_id(issuer_id: str) -> str:
    """Compare issuer ids without a fragment or a trailing slash."""
    return issuer_id.split("#", 1)[0].rstrip("/")


@dataclass(frozen=True)
class Listing:
    """What a source says about one issuer."""

    name: str
    location: str = ""
    url: str = ""


@dataclass(frozen=True)
class Recognition:
    """A trust source recognised an issuer: ``source`` (its display name), ``kind`` (``user``,
    ``signed-list``, ``registry``, ``demo``) and the source's ``listing`` of the issuer."""

    source: str
    kind: str
    listing: Listing
    source_id: str = ""


@dataclass(frozen=True)
class Registry:
    """A list of known issuers from one source. ``kind``: ``registry`` (DCC or OpenID Federation) or
    ``signed-list`` (:mod:`wallet.trust.signed`). ``meta`` keeps the source's own facts (dates, url)."""

    id: str
    name: str
    kind: str
    entries: dict[str, Listing]
    meta: dict[str, Any] = field(default_factory=dict)

    def lookup(self, issuer_id: str) -> Recognition | None:
        found = self.entries.get(normal_issuer_id(issuer_id))
        return Recognition(self.name, self.kind, found, self.id) if found is not None else None

    def __len__(self) -> int:
        return len(self.entries)

    def describe(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "issuers": len(self.entries), **self.meta}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_dcc_registry(obj: Any, *, id: str, name: str, meta: dict[str, Any] | None = None) -> Registry:
    """A DCC-format registry (already parsed JSON). Raises InputError when it is not one."""
    if not isinstance(obj, dict) or not isinstance(obj.get("registry"), dict):
        raise InputError(f"{name} is not a known-issuer registry: it has no 'registry' object of issuers")
    entries: dict[str, Listing] = {}
    for issuer_id, item in obj["registry"].items():
        if not isinstance(issuer_id, str) or not issuer_id.strip() or not isinstance(item, dict):
            raise InputError(f"{name}: the registry entry {issuer_id!r} is not an issuer id with a JSON object")
        listed = _text(item.get("name"))
        if not listed:
            raise InputError(f"{name}: the registry entry for {issuer_id} has no name")
        entries[normal_issuer_id(issuer_id.strip())] = Listing(listed, _text(item.get("location")),
                                                               _text(item.get("url")))
    meta_in = obj.get("meta")
    own: dict[str, Any] = meta_in if isinstance(meta_in, dict) else {}
    facts = {k: str(own[k]) for k in ("created", "updated") if isinstance(own.get(k), str)}
    return Registry(id, name, "registry", entries, {**facts, **(meta or {})})


def read_registry_bytes(data: bytes, *, id: str, name: str, now: datetime | None = None,
                        resolver: Any = None) -> Registry:
    """A trust file in any supported form: a DCC registry, an OpenID Federation bundle or a signed
    trust list (:mod:`wallet.trust.signed`). Raises InputError / TrustListRefused."""
    from wallet.limits import load_json_bytes

    if len(data) > MAX_REGISTRY_BYTES:
        raise InputError(f"{name} is larger than {MAX_REGISTRY_BYTES // 1_048_576} MB; it is not read")
    obj = load_json_bytes(data, what=name)
    if isinstance(obj, dict) and "proof" in obj and "issuers" in obj:
        from wallet.trust.signed import read_signed_list

        return read_signed_list(obj, now=now, resolver=resolver, name=name)
    if isinstance(obj, dict) and "trustAnchor" in obj:
        return read_oidf(obj, id=id, name=name, now=now)
    return read_dcc_registry(obj, id=id, name=name)


# --- the bundled snapshot ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _bundle() -> tuple[Registry, ...]:
    from wallet.jsonld.loader import resources_dir

    folder = resources_dir() / "trust"
    index = json.loads((folder / "registries.json").read_text(encoding="utf-8"))
    out = []
    for item in index["registries"]:
        data = (folder / item["file"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != item["sha256"]:
            raise TrustListRefused(f"the bundled registry {item['file']} does not match its recorded sha256",
                                   fix="Reinstall Learner Wallet: its bundled files were changed.")
        meta = {"bundled": True, "enabled": bool(item.get("enabled")), "url": item["url"],
                "retrieved": index["retrieved"], "sha256": item["sha256"]}
        out.append(read_dcc_registry(json.loads(data), id=item["id"], name=item["name"], meta=meta))
    return tuple(out)


def bundled_registries(*, enabled_only: bool = False) -> tuple[Registry, ...]:
    """The registries bundled in ``resources/trust`` (with ``enabled_only``: those used by default)."""
    regs = _bundle()
    return tuple(r for r in regs if r.meta.get("enabled")) if enabled_only else regs


# --- OpenID Federation -----------------------------------------------------------------------------


def _entity_statement(token: Any, what: str) -> Any:
    from wallet.proofs.jose import parse_jws

    if not isinstance(token, str):
        raise TrustListRefused(f"the {what} is not a JWT text")
    try:
        jws = parse_jws(token)
    except InputError as exc:
        raise TrustListRefused(f"the {what} cannot be read: {exc.message}") from None
    if str(jws.header.get("typ", "")).lower() != "entity-statement+jwt":
        raise TrustListRefused(f"the {what} is not an OpenID Federation entity statement (typ {jws.header.get('typ')!r})")
    return jws


def _check_statement(jws: Any, keys: dict[str, Any], anchor: str, now: datetime, what: str) -> None:
    from wallet.proofs.jose import check_jws_signature

    kid = jws.header.get("kid")
    key = keys.get(kid) if isinstance(kid, str) else None
    if key is None:
        raise TrustListRefused(f"the {what} is signed with key {kid!r}, which the trust anchor does not publish")
    why = check_jws_signature(jws, key)
    if why is not None:
        raise TrustListRefused(f"the {what} is not signed by the trust anchor {anchor}: {why}")
    if jws.payload.get("iss") != anchor:
        raise TrustListRefused(f"the {what} was issued by {jws.payload.get('iss')!r}, not the trust anchor {anchor}")
    exp = jws.payload.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        raise TrustListRefused(f"the {what} has no expiry (exp)")
    if exp <= now.timestamp():
        when = datetime.fromtimestamp(exp, UTC).strftime("%Y-%m-%d")
        raise TrustListRefused(f"the {what} expired on {when}", fix="Get a current copy from the registry.")


def read_oidf(obj: dict[str, Any], *, id: str, name: str, now: datetime | None = None) -> Registry:
    """An OpenID Federation bundle: ``{"trustAnchor": "<entity configuration JWT>", "statements":
    ["<subordinate statement JWT>", ...]}``. The anchor's configuration must be self-signed with a key
    of its own ``jwks``; each statement signed by one of those keys, issued by the anchor, not expired."""
    from wallet.identity.keys import PublicKey

    now = now or datetime.now(UTC)
    anchor_jws = _entity_statement(obj.get("trustAnchor"), "trust anchor's entity configuration")
    anchor = anchor_jws.payload.get("iss")
    if not isinstance(anchor, str) or anchor != anchor_jws.payload.get("sub"):
        raise TrustListRefused("the trust anchor's entity configuration is not about itself (iss must equal sub)")
    jwks = anchor_jws.payload.get("jwks")
    keys: dict[str, Any] = {}
    for jwk in (jwks.get("keys") if isinstance(jwks, dict) else None) or []:
        if isinstance(jwk, dict) and isinstance(jwk.get("kid"), str) and "d" not in jwk:
            try:
                keys[jwk["kid"]] = PublicKey.from_jwk(jwk)
            except InputError:
                continue
    if not keys:
        raise TrustListRefused("the trust anchor's entity configuration publishes no usable key (jwks)")
    _check_statement(anchor_jws, keys, anchor, now, "trust anchor's entity configuration")
    fed = (anchor_jws.payload.get("metadata") or {}).get("federation_entity") or {}
    statements = obj.get("statements")
    if not isinstance(statements, list):
        raise TrustListRefused("the OpenID Federation file has no 'statements' list")
    entries: dict[str, Listing] = {}
    for i, token in enumerate(statements):
        jws = _entity_statement(token, f"statement {i + 1}")
        _check_statement(jws, keys, anchor, now, f"statement {i + 1}")
        sub = jws.payload.get("sub")
        entity = ((jws.payload.get("metadata") or {}).get("federation_entity") or {})
        listed = _text(entity.get("organization_name"))
        if not isinstance(sub, str) or not sub or not listed:
            raise TrustListRefused(f"statement {i + 1} names no subject (sub) or organization_name")
        entries[normal_issuer_id(sub)] = Listing(listed, _text(entity.get("location")), _text(entity.get("homepage_uri")))
    display = _text(fed.get("organization_name")) or name
    return Registry(id, display, "registry", entries, {"trustAnchor": anchor, "format": "openid-federation"})
