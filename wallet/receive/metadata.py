"""Issuer and authorization-server metadata (OID4VCI 1.0 §12, RFC 8414), checked, and what the learner sees
before anything is requested: who offers what, and which identity it will be bound to.

Checks that refuse the whole exchange (:class:`~wallet.errors.TamperedMetadata`): the issuer metadata names
another ``credential_issuer`` than the offer; the authorization server's metadata names another ``issuer``
than the one it was fetched for; the offer names an authorization server the issuer's metadata does not
list. Every endpoint must be HTTPS (HTTP only on loopback); its host joins the hosts the exchange may contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from wallet.errors import ReceiveError, TamperedMetadata, UnsupportedFormat
from wallet.proofs.jose import alg_for_key_type
from wallet.receive.http import IssuerHttp, check_url
from wallet.receive.offer import CredentialOffer

__all__ = ["SUPPORTED_FORMATS", "CredentialChoice", "OfferPreview", "fetch_preview", "well_known_url"]

SUPPORTED_FORMATS = ("ldp_vc", "jwt_vc_json", "dc+sd-jwt", "vc+sd-jwt")
"""Credential formats the wallet receives (``vc+sd-jwt`` is the older name of ``dc+sd-jwt``)."""
_FORMAT_NAMES = {"ldp_vc": "W3C credential with a Data Integrity proof", "jwt_vc_json": "W3C credential as a JWT",
                 "dc+sd-jwt": "SD-JWT credential", "vc+sd-jwt": "SD-JWT credential"}


def well_known_url(identifier: str, suffix: str) -> str:
    """RFC 8414 §3.1 / OID4VCI §12.2.2: ``/.well-known/<suffix>`` inserted between the host and the path."""
    parts = urlsplit(identifier)
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, f"/.well-known/{suffix}{path}", "", ""))


def _display_name(displays: Any, lang: str) -> str:
    if not isinstance(displays, list):
        return ""
    named = [d for d in displays if isinstance(d, dict) and isinstance(d.get("name"), str) and d["name"].strip()]
    for want in (lang, lang.split("-")[0], "en"):
        for d in named:
            loc = str(d.get("locale", "")).lower()
            if loc == want.lower() or loc.split("-")[0] == want.lower():
                return str(d["name"]).strip()[:200]
    return str(named[0]["name"]).strip()[:200] if named else ""


@dataclass(frozen=True)
class CredentialChoice:
    """One offered credential configuration, as the learner sees it."""

    configuration_id: str
    format: str
    name: str
    types: tuple[str, ...]
    scope: str | None
    binding: str  # "kid" (a did:key verification method) or "jwk" (the public key in the proof header)
    proof_algs: tuple[str, ...]  # empty: the issuer states none, any of ours is tried
    problem: str = ""  # why it cannot be received (unsupported format or binding); empty when it can

    @property
    def format_name(self) -> str:
        return _FORMAT_NAMES.get(self.format, self.format)

    def accepts(self, key_type: str) -> bool:
        return not self.proof_algs or alg_for_key_type(key_type) in self.proof_algs


@dataclass(frozen=True)
class OfferPreview:
    """Everything known before anything is requested from the issuer."""

    offer: CredentialOffer
    issuer_name: str
    credentials: tuple[CredentialChoice, ...]
    issuer_metadata: dict[str, Any]
    authorization_server: str
    as_metadata: dict[str, Any]
    allowed_hosts: frozenset[str]

    @property
    def issuer_url(self) -> str:
        return self.offer.credential_issuer

    @property
    def receivable(self) -> tuple[CredentialChoice, ...]:
        return tuple(c for c in self.credentials if not c.problem)

    @property
    def needs_tx_code(self) -> bool:
        return self.offer.pre_authorized_code is not None and self.offer.tx_code is not None

    @property
    def needs_browser(self) -> bool:
        return self.offer.pre_authorized_code is None

    def accepts(self, key_type: str) -> bool:
        """Whether an identity of this key type can sign the proofs every receivable credential needs."""
        return all(c.accepts(key_type) for c in self.receivable)

    def to_json(self) -> dict[str, Any]:
        return {"issuer": self.issuer_name, "credential_issuer": self.issuer_url,
                "grant": self.offer.grant, "tx_code": self.needs_tx_code,
                "credentials": [{"configuration_id": c.configuration_id, "format": c.format, "name": c.name,
                                 "types": list(c.types), **({"problem": c.problem} if c.problem else {})}
                                for c in self.credentials]}


def _choice(cid: str, config: Any, lang: str) -> CredentialChoice:
    if not isinstance(config, dict):
        return CredentialChoice(cid, "", cid, (), None, "kid", (), "the issuer does not describe it")
    fmt = str(config.get("format", ""))
    meta = config.get("credential_metadata")
    name = _display_name(meta.get("display") if isinstance(meta, dict) else None, lang) or \
        _display_name(config.get("display"), lang)
    definition = config.get("credential_definition")
    types: tuple[str, ...] = ()
    if isinstance(definition, dict) and isinstance(definition.get("type"), list):
        types = tuple(str(t) for t in definition["type"] if t != "VerifiableCredential")[:10]
    elif isinstance(config.get("vct"), str):
        types = (config["vct"][:300],)
    scope = config.get("scope") if isinstance(config.get("scope"), str) else None
    methods = config.get("cryptographic_binding_methods_supported")
    methods = [str(m) for m in methods] if isinstance(methods, list) else []
    binding = "kid"
    problem = ""
    if fmt not in SUPPORTED_FORMATS:
        problem = f"its format {fmt or '(none)'} is not one the wallet receives"
    elif methods and not any(m in ("did:key", "did", "did:*") for m in methods):
        if "jwk" in methods:
            binding = "jwk"
        else:
            problem = f"the issuer binds it with {', '.join(methods[:3])}, which the wallet does not support"
    algs: tuple[str, ...] = ()
    proof_types = config.get("proof_types_supported")
    if isinstance(proof_types, dict) and proof_types:
        jwt = proof_types.get("jwt")
        if not isinstance(jwt, dict):
            problem = problem or "the issuer wants a kind of proof the wallet does not make (only JWT proofs)"
        elif isinstance(jwt.get("proof_signing_alg_values_supported"), list):
            algs = tuple(str(a) for a in jwt["proof_signing_alg_values_supported"])
            if not any(a in ("EdDSA", "Ed25519", "ES256") for a in algs):
                problem = problem or f"the issuer accepts proofs signed with {', '.join(algs[:3])} only"
    return CredentialChoice(cid, fmt, name or (types[-1] if types else cid), types, scope, binding, algs, problem)


def _endpoint(meta: dict[str, Any], key: str, what: str, http: IssuerHttp, *, required: bool) -> None:
    value = meta.get(key)
    if value is None and not required:
        return
    try:
        http.allow(check_url(value, what), what)
    except ReceiveError as exc:
        raise TamperedMetadata(f"The issuer's metadata is not usable: {exc.message}") from None


def _fetch_json(http: IssuerHttp, url: str, what: str) -> dict[str, Any]:
    answer = http.request("GET", url, what, headers={"Accept": "application/json"})
    if answer.status in (404, 410):
        raise ReceiveError(f"The issuer publishes no {what} at {url}.",
                           fix="Check that the offer comes from a real OpenID for Verifiable Credential Issuance issuer.")
    if not answer.ok:
        raise ReceiveError(f"The issuer answered HTTP {answer.status} for its {what}.")
    doc = answer.json(what)
    if not isinstance(doc, dict):
        raise ReceiveError(f"The issuer's {what} is not a JSON object.")
    return doc


def fetch_preview(offer: CredentialOffer, http: IssuerHttp, *, lang: str = "en") -> OfferPreview:
    """Fetch and check the issuer's and its authorization server's metadata; say who offers what."""
    issuer = offer.credential_issuer
    http.allow(issuer, "the credential issuer")
    meta = _fetch_json(http, well_known_url(issuer, "openid-credential-issuer"), "issuer metadata")
    if meta.get("credential_issuer") != issuer:
        raise TamperedMetadata(
            f"The issuer's metadata says it belongs to {str(meta.get('credential_issuer'))[:200]!s}, not to "
            f"{issuer}, which made the offer. Nothing was requested.",
            fix="This offer or its issuer may have been tampered with; do not use it.")
    _endpoint(meta, "credential_endpoint", "the credential endpoint", http, required=True)
    _endpoint(meta, "nonce_endpoint", "the nonce endpoint", http, required=False)
    _endpoint(meta, "deferred_credential_endpoint", "the deferred credential endpoint", http, required=False)
    configs = meta.get("credential_configurations_supported")
    if not isinstance(configs, dict):
        raise ReceiveError("The issuer's metadata describes no credentials (credential_configurations_supported).")
    choices = tuple(_choice(cid, configs.get(cid), lang) for cid in offer.configuration_ids)
    if not any(not c.problem for c in choices):
        first = choices[0]
        raise UnsupportedFormat(f"The wallet cannot receive what this issuer offers: {first.name} — {first.problem}.",
                                fix="Formats the wallet receives: ldp_vc, jwt_vc_json and dc+sd-jwt.")
    servers = meta.get("authorization_servers")
    listed = [s for s in servers if isinstance(s, str)] if isinstance(servers, list) else []
    if offer.authorization_server is not None:
        if offer.authorization_server not in listed:
            raise TamperedMetadata(f"The offer names the authorization server {offer.authorization_server}, "
                                   "which the issuer's metadata does not list. Nothing was requested.")
        auth_server = offer.authorization_server
    else:
        auth_server = listed[0] if listed else issuer
    http.allow(check_url(auth_server, "the authorization server"), "the authorization server")
    as_meta = _authorization_server_metadata(auth_server, http)
    _endpoint(as_meta, "token_endpoint", "the token endpoint", http, required=True)
    _endpoint(as_meta, "authorization_endpoint", "the authorization endpoint", http, required=offer.pre_authorized_code is None)
    _endpoint(as_meta, "pushed_authorization_request_endpoint", "the pushed authorization endpoint", http,
              required=False)
    name = _display_name(meta.get("display"), lang) or (urlsplit(issuer).hostname or issuer)
    return OfferPreview(offer, name, choices, meta, auth_server, as_meta, frozenset(http.allowed))


def _authorization_server_metadata(server: str, http: IssuerHttp) -> dict[str, Any]:
    try:
        doc = _fetch_json(http, well_known_url(server, "oauth-authorization-server"),
                          "authorization server metadata")
    except ReceiveError as first:
        if type(first) is not ReceiveError:
            raise
        try:
            doc = _fetch_json(http, server.rstrip("/") + "/.well-known/openid-configuration",
                              "authorization server metadata")
        except ReceiveError as second:
            if type(second) is not ReceiveError:
                raise
            raise first from None
    if doc.get("issuer") != server:
        raise TamperedMetadata(
            f"The authorization server's metadata says it is {str(doc.get('issuer'))[:200]}, not {server}, "
            "which the issuer names. Nothing was requested.",
            fix="This offer or its issuer may have been tampered with; do not use it.")
    return doc
