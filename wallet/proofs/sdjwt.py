"""SD-JWT (RFC 9901) and SD-JWT VC (draft-ietf-oauth-sd-jwt-vc): verify, list, present, issue.

An SD-JWT is ``<issuer-signed JWT>~<disclosure>~…~[<KB-JWT>]``. A disclosure is base64url of the
JSON array ``[salt, name, value]`` (an object property) or ``[salt, value]`` (an array element);
its digest (base64url of the ``_sd_alg`` hash of the disclosure's ASCII text) sits in an ``_sd``
array or in a ``{"...": digest}`` array element of the signed payload. The JWS JSON serialization
(RFC 9901 §8, flattened or general) is read too, by turning it into the compact form (the KB-JWT
``sd_hash`` is then taken over that compact form).

Roles: :func:`verify_sd_jwt` (verifier), :func:`list_disclosures` / :func:`present_sd_jwt` (holder),
:func:`issue_sd_jwt` (the demo issuer). Check names: ``sd-jwt-signature``, ``sd-jwt-type``,
``disclosures``, ``jwt-claims``, ``validity``, ``key-binding``, ``challenge``, ``domain``,
``issuer-key``.

Disclosures are addressed by JSON pointers (RFC 6901) into the claims as reconstructed with
*every* disclosure the holder has; array indices count the elements of that full view.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet import pointer as json_pointer
from wallet.errors import InputError, InvalidKey, LimitExceeded, MalformedProof, NotACredential, SigningError
from wallet.identity.keys import PublicKey, b64url_decode, b64url_encode
from wallet.proofs.jose import (
    CLOCK_LEEWAY_SECONDS,
    MAX_JWS_CHARS,
    JwsSigner,
    KeyResolver,
    check_jws_signature,
    epoch_seconds,
    find_signing_key,
    json_loads_strict,
    key_checks,
    key_source_text,
    parse_jws,
    sign_jws,
    validity_check,
)
from wallet.verifier.report import Check

__all__ = [
    "MAX_DISCLOSURES",
    "Disclosure",
    "SdJwtResult",
    "issue_sd_jwt",
    "list_disclosures",
    "present_sd_jwt",
    "verify_sd_jwt",
]

MAX_DISCLOSURES = 5_000
"""Most disclosures accepted in one SD-JWT."""
MAX_SD_JWT_CHARS = 4 * MAX_JWS_CHARS

SD_JWT_VC_TYPES = ("dc+sd-jwt", "vc+sd-jwt")
NOT_DISCLOSABLE = frozenset({"iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status"})
"""SD-JWT VC claims that must stay in the clear."""
_HASHES: dict[str, Callable[[bytes], Any]] = {
    "sha-256": hashlib.sha256,
    "sha-384": hashlib.sha384,
    "sha-512": hashlib.sha512,
}
_RESERVED = ("_sd", "...")
_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_MAX_NESTING = 256


@dataclass(frozen=True)
class Disclosure:
    """One disclosure. ``path``: JSON pointer of the claim it reveals; ``name``: the claim name
    (None for an array element); ``value``: the revealed value with nested disclosures applied;
    ``raw``: the base64url text; ``parent``: digest of the disclosure it sits inside, if any."""

    path: str
    name: str | None
    value: Any
    digest: str
    raw: str
    parent: str | None = None


@dataclass(frozen=True)
class SdJwtResult:
    """``claims``: the processed payload (disclosed claims, no ``_sd``/``_sd_alg``);
    ``key_binding``: the KB-JWT payload when there is one."""

    claims: dict[str, Any]
    checks: list[Check]
    disclosures: list[Disclosure]
    header: dict[str, Any]
    payload: dict[str, Any]
    key_binding: dict[str, Any] | None = None

    @property
    def verified(self) -> bool:
        return any(c.name == "sd-jwt-signature" and c.status == "passed" for c in self.checks) and not any(
            c.status == "failed" for c in self.checks
        )


# --- parsing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Parts:
    jwt: str
    disclosures: list[str]
    kb_jwt: str | None

    @property
    def presentation(self) -> str:
        """The text the KB-JWT ``sd_hash`` covers: issuer JWT and disclosures, ending with ``~``."""
        return self.jwt + "~" + "".join(d + "~" for d in self.disclosures)


def _split(text: str) -> _Parts:
    if not isinstance(text, str):
        raise NotACredential("an SD-JWT must be text")
    text = text.strip()
    if len(text) > MAX_SD_JWT_CHARS:
        raise LimitExceeded(f"the SD-JWT is {len(text)} characters long, over the limit of {MAX_SD_JWT_CHARS}")
    if text.startswith("{"):
        return _split_json(text)
    if "~" not in text:
        raise NotACredential("this is not an SD-JWT (it has no '~' separators)")
    parts = text.split("~")
    middle = parts[1:-1]
    if len(middle) > MAX_DISCLOSURES:
        raise LimitExceeded(f"the SD-JWT has {len(middle)} disclosures, over the limit of {MAX_DISCLOSURES}")
    for i, d in enumerate(middle, 1):
        if not d:
            raise MalformedProof(f"the SD-JWT has an empty disclosure (position {i}: '~~')")
    return _Parts(parts[0], middle, parts[-1] or None)


def _split_json(text: str) -> _Parts:
    obj = json_loads_strict(text.encode("utf-8"), "SD-JWT JSON serialization")
    if not isinstance(obj, dict) or "payload" not in obj:
        raise NotACredential("this JSON is not an SD-JWT in JWS JSON serialization")
    if "signatures" in obj:
        sigs = obj["signatures"]
        if not isinstance(sigs, list) or not sigs or not isinstance(sigs[0], dict):
            raise MalformedProof("the SD-JWT JSON has no usable 'signatures'")
        first = sigs[0]
    else:
        first = obj
    unprotected = first.get("header") or {}
    discs = unprotected.get("disclosures", []) if isinstance(unprotected, dict) else []
    kb = unprotected.get("kb_jwt") if isinstance(unprotected, dict) else None
    fields = (first.get("protected"), obj.get("payload"), first.get("signature"))
    if not all(isinstance(f, str) for f in fields) or not isinstance(discs, list):
        raise MalformedProof("the SD-JWT JSON lacks 'protected', 'payload', 'signature' or 'disclosures'")
    if len(discs) > MAX_DISCLOSURES:
        raise LimitExceeded(f"the SD-JWT has {len(discs)} disclosures, over the limit of {MAX_DISCLOSURES}")
    if not all(isinstance(d, str) and d for d in discs) or (kb is not None and not isinstance(kb, str)):
        raise MalformedProof("the SD-JWT JSON has a disclosure or kb_jwt that is not text")
    return _Parts(".".join(str(f) for f in fields), list(discs), kb or None)


def _hash_of(payload: dict[str, Any]) -> tuple[str, Callable[[bytes], Any] | None]:
    alg = payload.get("_sd_alg", "sha-256")
    return str(alg), _HASHES.get(alg) if isinstance(alg, str) else None


def _digest(raw: str, hash_fn: Callable[[bytes], Any]) -> str:
    return str(b64url_encode(hash_fn(raw.encode("ascii")).digest()))


def _esc(name: str) -> str:
    return json_pointer.escape(name)


def _unesc(token: str) -> str:
    return json_pointer.unescape(token)


# --- processing (RFC 9901 §7.1) ----------------------------------------------------------------
@dataclass(frozen=True)
class _Decoded:
    index: int
    raw: str
    name: str | None
    value: Any
    is_array: bool


def _label(d: _Decoded) -> str:
    return f"disclosure {d.index + 1} ({d.name!r})" if d.name is not None else f"disclosure {d.index + 1} (array element)"


class _Processor:
    def __init__(self, disclosures: list[str], hash_fn: Callable[[bytes], Any] | None) -> None:
        self.errors: list[str] = []
        self.by_digest: dict[str, _Decoded] = {}
        self.used: set[str] = set()
        self.seen: set[str] = set()
        self.records: list[tuple[int, Disclosure]] = []
        self.decoded: list[_Decoded] = []
        for i, raw in enumerate(disclosures):
            d = self._decode(i, raw)
            if d is None:
                continue
            self.decoded.append(d)
            if hash_fn is None:
                continue
            dig = _digest(raw, hash_fn)
            if dig in self.by_digest:
                self.errors.append(f"{_label(d)} is given twice")
                continue
            self.by_digest[dig] = d

    def _decode(self, i: int, raw: str) -> _Decoded | None:
        where = f"disclosure {i + 1}"
        try:
            if any(c not in _B64URL for c in raw):
                raise MalformedProof("not base64url text")
            arr = json_loads_strict(bytes(b64url_decode(raw)), where)
        except (InputError, InvalidKey) as exc:
            self.errors.append(f"{where} ({raw[:24]}…) cannot be read: {getattr(exc, 'message', exc)}")
            return None
        if not isinstance(arr, list) or len(arr) not in (2, 3) or not isinstance(arr[0], str):
            self.errors.append(f"{where} is not [salt, name, value] or [salt, value]")
            return None
        if len(arr) == 3:
            if not isinstance(arr[1], str):
                self.errors.append(f"{where} has a claim name that is not text ({arr[1]!r})")
                return None
            if arr[1] in _RESERVED:
                self.errors.append(f"{where} uses the reserved claim name {arr[1]!r}")
                return None
            return _Decoded(i, raw, arr[1], arr[2], False)
        return _Decoded(i, raw, None, arr[1], True)

    def _seen_once(self, dig: Any, path: str) -> bool:
        if not isinstance(dig, str):
            self.errors.append(f"a digest at {path or '/'} is not text ({dig!r})")
            return False
        if dig in self.seen:
            self.errors.append(f"the digest {dig} appears more than once (at {path or '/'})")
            return False
        self.seen.add(dig)
        return True

    def walk(self, node: Any, path: str, parent: str | None, depth: int = 0) -> Any:
        if depth > _MAX_NESTING:
            raise LimitExceeded(f"the SD-JWT nests disclosures deeper than {_MAX_NESTING} levels")
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            for k, v in node.items():
                if k == "_sd" or (k == "_sd_alg" and depth == 0):
                    continue
                out[k] = self.walk(v, f"{path}/{_esc(k)}", parent, depth + 1)
            sd = node.get("_sd")
            if sd is None:
                return out
            if not isinstance(sd, list):
                self.errors.append(f"'_sd' at {path or '/'} is not an array of digests")
                return out
            for dig in sd:
                if not self._seen_once(dig, path):
                    continue
                d = self.by_digest.get(dig)
                if d is None:
                    continue  # undisclosed claim or decoy
                self.used.add(dig)
                if d.is_array or d.name is None:
                    self.errors.append(f"{_label(d)} is an array element, but its digest is in an object's '_sd'")
                    continue
                if d.name in out:
                    self.errors.append(f"{_label(d)} would overwrite the claim {path}/{_esc(d.name)}")
                    continue
                p = f"{path}/{_esc(d.name)}"
                out[d.name] = value = self.walk(d.value, p, dig, depth + 1)
                self.records.append((d.index, Disclosure(p, d.name, value, dig, d.raw, parent)))
            return out
        if isinstance(node, list):
            items: list[Any] = []
            for item in node:
                if isinstance(item, dict) and "..." in item:
                    if len(item) != 1:
                        self.errors.append(f"an array element at {path} has '...' and other members")
                        continue
                    dig = item["..."]
                    if not self._seen_once(dig, path):
                        continue
                    d = self.by_digest.get(dig)
                    if d is None:
                        continue
                    self.used.add(dig)
                    if not d.is_array:
                        self.errors.append(f"{_label(d)} names a claim, but its digest is an array element")
                        continue
                    p = f"{path}/{len(items)}"
                    value = self.walk(d.value, p, dig, depth + 1)
                    items.append(value)
                    self.records.append((d.index, Disclosure(p, None, value, dig, d.raw, parent)))
                else:
                    items.append(self.walk(item, f"{path}/{len(items)}", parent, depth + 1))
            return items
        return node

    def finish(self) -> list[Disclosure]:
        for dig, d in self.by_digest.items():
            if dig not in self.used:
                self.errors.append(f"{_label(d)} matches no digest in the credential (it was changed or does not belong)")
        return [r for _, r in sorted(self.records, key=lambda t: t[0])]



def _process(payload: dict[str, Any], disclosures: list[str]) -> tuple[dict[str, Any], list[Disclosure], list[str]]:
    alg, hash_fn = _hash_of(payload)
    proc = _Processor(disclosures, hash_fn)
    if hash_fn is None:
        proc.errors.insert(0, f"the digest algorithm {alg!r} is not supported ({', '.join(_HASHES)} are)")
    claims = proc.walk(payload, "", None)
    records = proc.finish()
    return claims, records, proc.errors


# --- verifier ----------------------------------------------------------------------------------
def verify_sd_jwt(
    text: str,
    *,
    resolver: KeyResolver | None,
    now: datetime,
    nonce: str | None = None,
    aud: str | None = None,
    require_key_binding: bool = False,
    issuer_key: PublicKey | None = None,
) -> SdJwtResult:
    """Verify an SD-JWT (VC) or SD-JWT+KB presentation.

    ``nonce``/``aud``: the challenge and domain the verifier expects in the KB-JWT (a KB-JWT is then
    required). ``issuer_key``: a key the caller already trusts for this issuer (e.g. from cached JWT VC
    Issuer Metadata); otherwise the key comes from ``jwk`` / ``kid`` / ``iss`` like any JWT.
    Raises an InputError subclass only when the text is not an SD-JWT at all.
    """
    parts = _split(text)
    jws = parse_jws(parts.jwt)
    header, payload = jws.header, jws.payload
    checks: list[Check] = []

    iss = payload.get("iss") if isinstance(payload.get("iss"), str) else None
    found, failure = find_signing_key(header, iss, resolver=resolver, check_name="sd-jwt-signature",
                                      issuer_key=issuer_key)
    if failure is not None:
        checks.append(failure)
    elif found is not None:
        why = check_jws_signature(jws, found.key)
        if why is None:
            checks.append(Check("sd-jwt-signature", "passed", f"{jws.alg} issuer signature verified ({key_source_text(found)})",
                                {"alg": jws.alg, "keySource": found.source, "key": found.vm_id}))
        else:
            checks.append(Check("sd-jwt-signature", "failed", why, {"alg": jws.alg}))
        checks.extend(key_checks(found, iss, "assertionMethod"))

    typ = header.get("typ")
    if typ == "dc+sd-jwt":
        checks.append(Check("sd-jwt-type", "passed", "SD-JWT VC (typ dc+sd-jwt)"))
    elif typ == "vc+sd-jwt":
        checks.append(Check("sd-jwt-type", "passed", "SD-JWT VC with the older typ vc+sd-jwt (now dc+sd-jwt)"))
    else:
        checks.append(Check("sd-jwt-type", "warning", f"the typ {typ!r} is not an SD-JWT VC type (dc+sd-jwt)"))

    claims, records, errors = _process(payload, parts.disclosures)
    if typ in SD_JWT_VC_TYPES:
        for r in records:
            if r.parent is None and r.name in NOT_DISCLOSABLE:
                errors.append(f"the claim {r.name!r} must not be selectively disclosable in an SD-JWT VC")
    if errors:
        checks.append(Check("disclosures", "failed", "; ".join(errors), {"errors": errors}))
    else:
        checks.append(Check("disclosures", "passed",
                            f"{len(records)} disclosure(s), each matching exactly one digest"))

    claim_problems: list[str] = []
    if typ in SD_JWT_VC_TYPES and not isinstance(claims.get("vct"), str):
        claim_problems.append("an SD-JWT VC needs a 'vct' (credential type) claim")
    if claim_problems:
        checks.append(Check("jwt-claims", "failed", "; ".join(claim_problems)))
    checks.append(validity_check(claims, now))

    kb_payload: dict[str, Any] | None = None
    if parts.kb_jwt is not None:
        kb_checks, kb_payload = _check_key_binding(parts, claims, payload, now, nonce, aud)
        checks.extend(kb_checks)
    elif require_key_binding or nonce is not None or aud is not None:
        checks.append(Check("key-binding", "failed",
                            "the presentation has no key-binding JWT, so it does not prove the holder presented it"
                            + (" and it answers no request" if nonce is not None or aud is not None else ""),
                            reason="request-not-answered" if nonce is not None or aud is not None else ""))
    return SdJwtResult(claims, checks, records, header, payload, kb_payload)


def _check_key_binding(
    parts: _Parts, claims: dict[str, Any], payload: dict[str, Any], now: datetime,
    nonce: str | None, aud: str | None,
) -> tuple[list[Check], dict[str, Any] | None]:
    assert parts.kb_jwt is not None
    try:
        kb = parse_jws(parts.kb_jwt)
    except InputError as exc:
        return [Check("key-binding", "failed", f"the key-binding JWT cannot be read: {exc.message}")], None
    out: list[Check] = []
    problems: list[str] = []
    if kb.header.get("typ") != "kb+jwt":
        problems.append(f"its typ is {kb.header.get('typ')!r}, not 'kb+jwt'")
    cnf = claims.get("cnf")
    jwk = cnf.get("jwk") if isinstance(cnf, dict) else None
    if jwk is None:
        problems.append("the credential names no holder key (cnf.jwk)")
    else:
        try:
            why = check_jws_signature(kb, PublicKey.from_jwk(jwk))
        except InvalidKey as exc:
            why = f"the holder key (cnf.jwk) is not usable: {exc.message}"
        if why is not None:
            problems.append(f"{why} (holder key cnf.jwk)")
    _alg, hash_fn = _hash_of(payload)
    expected = _digest(parts.presentation, hash_fn or hashlib.sha256)
    if kb.payload.get("sd_hash") != expected:
        problems.append("its sd_hash does not match this presentation (disclosures were added, removed or changed)")
    iat = kb.payload.get("iat")
    if isinstance(iat, bool) or not isinstance(iat, int | float):
        problems.append("it has no 'iat' time")
    elif iat > epoch_seconds(now) + CLOCK_LEEWAY_SECONDS:
        problems.append("its 'iat' is in the future")
    if problems:
        out.append(Check("key-binding", "failed", "key-binding JWT: " + "; ".join(problems)))
    else:
        out.append(Check("key-binding", "passed", "signed by the holder key (cnf.jwk) over this presentation"))
    if nonce is not None:
        got = kb.payload.get("nonce")
        out.append(Check("challenge", "passed", "the nonce matches the challenge") if got == nonce
                   else Check("challenge", "failed", f"the nonce is {got!r}, expected {nonce!r}",
                              reason="challenge-mismatch"))
    if aud is not None:
        got = kb.payload.get("aud")
        out.append(Check("domain", "passed", "the audience matches the domain") if got == aud
                   else Check("domain", "failed", f"the audience is {got!r}, expected {aud!r}",
                              reason="domain-mismatch"))
    return out, kb.payload


# --- holder ------------------------------------------------------------------------------------
def list_disclosures(text: str) -> list[Disclosure]:
    """Every disclosure of an SD-JWT the holder has, with its JSON pointer (no verification)."""
    parts = _split(text)
    jws = parse_jws(parts.jwt)
    _claims, records, _errors = _process(jws.payload, parts.disclosures)
    return records


def _resolve_pointer(doc: Any, pointer: str) -> bool:
    return json_pointer.resolve(doc, pointer) is not json_pointer.MISSING


def present_sd_jwt(
    text: str,
    reveal: list[str],
    *,
    holder_signer: JwsSigner | None = None,
    nonce: str | None = None,
    aud: str | None = None,
    iat: int | None = None,
) -> str:
    """A presentation revealing the claims at the ``reveal`` pointers (and the disclosures of the
    objects/arrays that contain them). Nested disclosures under a revealed claim are *not* revealed
    unless their own pointer is listed. With ``holder_signer``, a KB-JWT (``nonce``, ``aud``,
    ``iat``, ``sd_hash``) is appended; the signer's key must be the credential's ``cnf.jwk``.
    """
    parts = _split(text)
    jws = parse_jws(parts.jwt)
    claims, records, _errors = _process(jws.payload, parts.disclosures)
    chosen: set[str] = set()
    for pointer in reveal:
        if not _resolve_pointer(claims, pointer):
            raise InputError(f"the credential has no claim at {pointer}")
        for r in records:
            if pointer == r.path or pointer.startswith(r.path + "/"):
                chosen.add(r.digest)
    out: str = _Parts(parts.jwt, [r.raw for r in records if r.digest in chosen], None).presentation
    if holder_signer is None:
        if nonce is not None or aud is not None:
            raise InputError("a nonce or audience needs a holder key to sign the key-binding JWT")
        return out
    if nonce is None or aud is None:
        raise InputError("a key-binding JWT needs both the verifier's nonce and audience")
    cnf = claims.get("cnf")
    jwk = cnf.get("jwk") if isinstance(cnf, dict) else None
    if jwk is None:
        raise InputError("this credential is not bound to a holder key (no cnf.jwk), so it cannot be key-bound")
    try:
        bound = PublicKey.from_jwk(jwk)
    except InvalidKey as exc:
        raise InputError(f"the credential's holder key (cnf.jwk) is not usable: {exc.message}") from None
    if bound.thumbprint() != holder_signer.public_key.thumbprint():
        raise SigningError("this credential is bound to another holder key than the one given")
    _alg, hash_fn = _hash_of(jws.payload)
    kb_payload = {
        "iat": int(time.time()) if iat is None else int(iat),
        "aud": aud,
        "nonce": nonce,
        "sd_hash": _digest(out, hash_fn or hashlib.sha256),
    }
    return out + sign_jws(kb_payload, holder_signer, {"typ": "kb+jwt"})


# --- issuer ------------------------------------------------------------------------------------
_TOP_LEVEL_OWN = frozenset({"iss", "iat", "exp", "vct", "cnf", "_sd", "_sd_alg"})


def issue_sd_jwt(
    claims: dict[str, Any],
    signer: JwsSigner,
    *,
    disclosable: list[str],
    vct: str,
    holder_jwk: dict[str, Any] | None,
    iss: str,
    iat: int,
    exp: int | None = None,
    salt_source: Callable[[int], bytes] = os.urandom,
) -> str:
    """Issue an SD-JWT VC (``typ: dc+sd-jwt``, ``kid`` = the signer's verification method).

    ``disclosable``: JSON pointers into ``claims`` of the claims / array elements made selectively
    disclosable (nested pointers give recursive disclosures). ``holder_jwk``: the holder's public
    JWK for key binding (``cnf.jwk``).
    """
    clash = sorted(_TOP_LEVEL_OWN & set(claims))
    if clash:
        raise InputError(f"the claims may not contain {', '.join(clash)} (the issuer sets them)")
    wanted = set(disclosable)
    for p in wanted:
        if not p.startswith("/") or not _resolve_pointer(claims, p):
            raise InputError(f"there is no claim at {p!r} to make disclosable")
        top = _unesc(p[1:].split("/", 1)[0])
        if "/" not in p[1:] and top in NOT_DISCLOSABLE:
            raise InputError(f"the claim {top!r} must stay in the clear in an SD-JWT VC")
    if holder_jwk is not None and "d" in holder_jwk:
        raise InputError("the holder JWK contains a private key ('d')")
    disclosures: list[str] = []

    def disclose(content: list[Any]) -> str:
        salt = b64url_encode(salt_source(16))
        raw = str(b64url_encode(json.dumps([salt, *content], ensure_ascii=False).encode("utf-8")))
        disclosures.append(raw)
        return _digest(raw, hashlib.sha256)

    def build(node: Any, path: str) -> Any:
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            digests: list[str] = []
            for k, v in node.items():
                if k in _RESERVED:
                    raise InputError(f"the claim name {k!r} at {path or '/'} is reserved by SD-JWT")
                p = f"{path}/{_esc(k)}"
                child = build(v, p)
                if p in wanted:
                    digests.append(disclose([k, child]))
                else:
                    out[k] = child
            if digests:
                out["_sd"] = sorted(digests)
            return out
        if isinstance(node, list):
            items: list[Any] = []
            for i, v in enumerate(node):
                p = f"{path}/{i}"
                child = build(v, p)
                items.append({"...": disclose([child])} if p in wanted else child)
            return items
        return node

    body = build(claims, "")
    payload: dict[str, Any] = {"iss": iss, "iat": int(iat)}
    if exp is not None:
        payload["exp"] = int(exp)
    payload["vct"] = vct
    if holder_jwk is not None:
        payload["cnf"] = {"jwk": dict(holder_jwk)}
    payload.update(body)
    payload["_sd_alg"] = "sha-256"
    jwt = sign_jws(payload, signer, {"typ": "dc+sd-jwt", "kid": signer.verification_method})
    return _Parts(jwt, disclosures, None).presentation
