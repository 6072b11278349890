"""DIDs and verification methods: did:key (create, parse, resolve), did:web and HTTPS issuer
profiles through an injectable fetcher.

The network is used only when the caller allows it (``allow_network``) and only through the
``fetcher`` it passes (a callable ``url -> bytes`` that raises :class:`NetworkError` when the host
cannot be reached). Answers are cached in ``cache`` (any mutable mapping, e.g. one backed by the
store). When a key cannot be had offline, :class:`NetworkError` is raised so that the verifier
reports "not checked (offline)" rather than "invalid".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urldefrag

from wallet.errors import InvalidDID, InvalidKey, NetworkError, UnsupportedDIDMethod
from wallet.identity.keys import PublicKey
from wallet.roles import Cache as RoleCache
from wallet.roles import MemoryCache

__all__ = [
    "DID_CONTEXT",
    "Fetcher",
    "MULTIKEY_CONTEXT",
    "Resolver",
    "VerificationMethod",
    "did_key_document",
    "did_key_from_public_key",
    "did_web_url",
    "public_key_from_did_key",
]

Fetcher = Callable[[str], bytes]

DID_CONTEXT = "https://www.w3.org/ns/did/v1"
MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1"
_RELATIONSHIPS = ("authentication", "assertionMethod", "capabilityInvocation", "capabilityDelegation")
_MAX_DOC_BYTES = 1_000_000
_DID_RE = re.compile(r"^did:[a-z0-9]+:[A-Za-z0-9._:%\-]+$")


Cache = RoleCache  # the role, from wallet.roles


@dataclass(frozen=True)
class VerificationMethod:
    """A resolved verification method: the key, who controls it, and what it may be used for."""

    id: str
    type: str
    controller: str
    public_key: PublicKey
    purposes: frozenset[str]


def did_key_from_public_key(pk: PublicKey) -> str:
    return "did:key:" + pk.multibase()


def public_key_from_did_key(did: str) -> PublicKey:
    """Parse ``did:key:z…`` into its public key; validates prefix, multicodec, length and point."""
    if not isinstance(did, str) or not did.startswith("did:key:"):
        raise InvalidDID(f"{did!r} is not a did:key")
    ident = did[len("did:key:") :].split("#", 1)[0]
    if not ident.startswith("z"):
        raise InvalidDID(f"{did} is not a valid did:key: the key must be multibase base58btc (start with 'z')")
    try:
        return PublicKey.from_multibase(ident)
    except InvalidKey as exc:
        raise InvalidKey(f"{did} is not a valid did:key: {exc.message}") from None


def did_key_document(did: str) -> dict[str, Any]:
    """The DID document of a did:key: one Multikey verification method for every relationship."""
    pk = public_key_from_did_key(did)
    did = did.split("#", 1)[0]
    mb = pk.multibase()
    vm_id = f"{did}#{mb}"
    doc: dict[str, Any] = {
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": did,
        "verificationMethod": [
            {"id": vm_id, "type": "Multikey", "controller": did, "publicKeyMultibase": mb}
        ],
    }
    for rel in _RELATIONSHIPS:
        doc[rel] = [vm_id]
    return doc


def did_web_url(did: str) -> str:
    """did:web:example.com:user:alice -> https://example.com/user/alice/did.json"""
    if not did.startswith("did:web:"):
        raise InvalidDID(f"{did!r} is not a did:web")
    parts = did[len("did:web:") :].split("#", 1)[0].split(":")
    if not parts or not parts[0]:
        raise InvalidDID(f"{did} has no host")
    host = unquote(parts[0])
    if "/" in host or "@" in host:
        raise InvalidDID(f"{did} has an invalid host")
    path = "/".join(unquote(p) for p in parts[1:])
    return f"https://{host}/{path}/did.json" if path else f"https://{host}/.well-known/did.json"


class Resolver:
    """Resolves DIDs and verification-method URLs to keys.

    ``fetcher``: ``url -> bytes``, used only when ``allow_network`` is true. ``cache``: a mutable
    mapping ``url -> bytes`` of earlier answers (used offline too). ``documents``: extra static
    documents ``url -> JSON`` (pre-loaded issuer profiles, test fixtures).
    """

    def __init__(
        self,
        fetcher: Fetcher | None = None,
        allow_network: bool = False,
        cache: Cache | None = None,
        documents: dict[str, Any] | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.allow_network = allow_network
        self.cache: Cache = cache if cache is not None else MemoryCache()
        self.documents = dict(documents or {})

    # --- documents ----------------------------------------------------------------------
    def _get_json(self, url: str) -> Any:
        if url in self.documents:
            return self.documents[url]
        data = self.cache.get(url)
        if data is None:
            if not self.allow_network or self.fetcher is None:
                raise NetworkError(f"{url} is not available offline (network use is not allowed)")
            data = self.fetcher(url)
            if len(data) > _MAX_DOC_BYTES:
                raise NetworkError(f"{url} answered with more than {_MAX_DOC_BYTES} bytes")
            try:
                json.loads(data)
            except ValueError as exc:
                raise NetworkError(f"{url} did not answer with JSON") from exc
            self.cache[url] = data
        try:
            return json.loads(data)
        except ValueError as exc:
            raise NetworkError(f"{url} did not answer with JSON") from exc

    def issuer_lists_key(self, issuer_url: str, vm_id: str) -> bool:
        """Whether the HTTPS issuer profile at ``issuer_url`` names ``vm_id`` as one of its keys.

        Raises NetworkError when the profile cannot be had (offline, or network not allowed)."""
        if not issuer_url.startswith("https://"):
            return False
        doc = self._get_json(urldefrag(issuer_url)[0])
        if not isinstance(doc, dict):
            return False
        for key in ("verificationMethod", "publicKey", "assertionMethod", "key", "keys"):
            for item in _as_list(doc.get(key)):
                ref = item.get("id") if isinstance(item, dict) else item
                if ref == vm_id or (isinstance(ref, str) and ref.split("#", 1)[0] == vm_id.split("#", 1)[0]
                                    and ref.startswith("did:")):
                    return True
        return False

    def resolve_did(self, did: str) -> dict[str, Any]:
        did = did.split("#", 1)[0]
        if not isinstance(did, str) or not _DID_RE.match(did):
            raise InvalidDID(f"{did!r} is not a valid DID")
        method = did.split(":", 2)[1]
        if method == "key":
            return did_key_document(did)
        if method == "web":
            doc = self._get_json(did_web_url(did))
            if not isinstance(doc, dict) or doc.get("id") != did:
                raise InvalidDID(f"the DID document for {did} does not name {did} as its id")
            return doc
        raise UnsupportedDIDMethod(f"the DID method did:{method} is not supported (did:key and did:web are)")

    # --- verification methods -----------------------------------------------------------
    def resolve_verification_method(self, url: str) -> VerificationMethod:
        if not isinstance(url, str) or not url:
            raise InvalidDID("the verification method is missing")
        if url.startswith("did:"):
            # did:key URL -> its verification method: a pure function of the whole URL text, immutable
            memo: dict[str, VerificationMethod] = self.__dict__.setdefault("_did_key_vms", {})
            known = memo.get(url) if url.startswith("did:key:") else None
            if known is not None:
                return known
            did = url.split("#", 1)[0]
            doc = self.resolve_did(did)
            asked = url
            if did.startswith("did:key:") and "#" not in url:
                url = doc["verificationMethod"][0]["id"]
            vm = _vm_from_document(doc, url)
            if did.startswith("did:key:"):
                if len(memo) >= 4096:
                    memo.clear()
                memo[asked] = vm
            return vm
        if url.startswith("https://") or url.startswith("http://"):
            if url.startswith("http://"):
                raise InvalidDID(f"{url} is not an HTTPS URL")
            base, _frag = urldefrag(url)
            doc = self._get_json(base)
            return _vm_from_document(doc, url)
        scheme = url.split(":", 1)[0] if ":" in url else ""
        if not scheme:
            raise InvalidDID(f"verification method {url!r} has no scheme")
        raise UnsupportedDIDMethod(f"verification method {url!r} uses the unsupported scheme '{scheme}'")


def _vm_from_document(doc: Any, url: str) -> VerificationMethod:
    if not isinstance(doc, dict):
        raise InvalidDID(f"the document for {url} is not a JSON object")
    doc_id = doc.get("id", "")
    base, frag = urldefrag(url)

    def full(ref: str) -> str:
        if ref.startswith("#"):
            return f"{doc_id}{ref}"
        return ref

    candidates: list[dict[str, Any]] = []
    for key in ("verificationMethod", "publicKey", *_RELATIONSHIPS):
        for vm in _as_list(doc.get(key)):
            if isinstance(vm, dict):
                candidates.append(vm)
    if doc.get("type") in ("Multikey", "Ed25519VerificationKey2020", "JsonWebKey", "JsonWebKey2020") or (
        "publicKeyMultibase" in doc or "publicKeyJwk" in doc
    ):
        candidates.append(doc)  # the URL is itself a key document
    match = next((vm for vm in candidates if full(str(vm.get("id", ""))) == url), None)
    if match is None:
        raise InvalidDID(f"{url} is not a verification method of {doc_id or base}")
    vm_id = full(str(match["id"]))
    pk = _public_key_of(match, vm_id)
    controller = str(match.get("controller") or doc_id)
    purposes: set[str] = set()
    owner = doc if controller == doc_id or doc.get("id") == base else None
    if owner is not None:
        for rel in _RELATIONSHIPS:
            for ref in _as_list(owner.get(rel)):
                ref_id = ref.get("id") if isinstance(ref, dict) else ref
                if isinstance(ref_id, str) and full(ref_id) == vm_id:
                    purposes.add(rel)
    if match is doc:
        # a key published as its own document (HTTPS issuer key): allowed for the controller's use
        purposes.update(("assertionMethod", "authentication"))
    return VerificationMethod(vm_id, str(match.get("type", "")), controller, pk, frozenset(purposes))


def _public_key_of(vm: dict[str, Any], vm_id: str) -> PublicKey:
    vtype = vm.get("type")
    if "publicKeyMultibase" in vm:
        mb = vm["publicKeyMultibase"]
        if vtype == "Ed25519VerificationKey2018":
            return PublicKey.from_ed25519_base58(mb[1:] if mb.startswith("z") else mb)
        return PublicKey.from_multibase(mb)
    if "publicKeyJwk" in vm:
        return PublicKey.from_jwk(vm["publicKeyJwk"])
    if "publicKeyBase58" in vm and vtype in ("Ed25519VerificationKey2018", None):
        return PublicKey.from_ed25519_base58(vm["publicKeyBase58"])
    raise InvalidKey(f"verification method {vm_id} has no supported public key (type {vtype!r})")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
