"""JWS (RFC 7515) handling: strict compact parsing, signature checks, signing, and JWT-secured
credentials — VC 1.1 JWTs (``vc`` / ``vp`` claim, VC Data Model 1.1 §6.3.1) and VC-JOSE-COSE
(``typ: vc+jwt`` / ``vp+jwt``, the payload is the credential itself).

Algorithms: RS256, ES256, ES256K (secp256k1, verification only), ES384, EdDSA (Ed25519). ``alg: none`` and any other algorithm fail the
``jwt-signature`` check; so does a key of the wrong type for the header's ``alg`` (no algorithm
substitution: the key decides nothing).

The signing key is found, in this order: a key the caller already trusts (``issuer_key``), the
header ``jwk`` (self-asserted: it proves integrity only, so unless the issuer is the did:key of that very
key it is a failed ``issuer-key`` check with reason ``integrity-only``), the header ``kid``
(a DID URL or HTTPS URL; ``#frag`` and bare ids are relative to ``iss``), or ``iss`` itself.
A key that cannot be had offline gives a ``not-checked`` check with "(offline)" in its detail,
never a failure; so does a key whose DID method the wallet cannot resolve (``did:example``: reason
``unsupported``).

Signatures are checked by ``joserfc`` (the one home of that library): it owns the JWA algorithms (EdDSA,
ES256, ES256K, ES384, RS256 and their signature encodings). Two parts stay ours, for measured reasons:
parsing (:func:`parse_jws`), because a JWS whose header or payload repeats a member name must be refused
(I-JSON, RFC 7493) and ``joserfc`` reads JSON last-wins; and signing (:func:`sign_jws`), because private keys
never leave the keychain's signer objects, which sign bytes and hand out no key a JOSE library could use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wallet.errors import (
    InputError,
    InvalidKey,
    LimitExceeded,
    MalformedProof,
    NetworkError,
    NotJSON,
    UnsupportedDIDMethod,
    UnsupportedFormat,
)
from wallet.identity.keys import PublicKey, b64url_decode, b64url_encode
from wallet.limits import load_json_bytes
from wallet.roles import KeyResolver, Signer
from wallet.verifier.report import Check

if TYPE_CHECKING:
    pass

__all__ = [
    "ALG_KEY_TYPES",
    "CLOCK_LEEWAY_SECONDS",
    "MAX_JWS_CHARS",
    "Jws",
    "JwtResult",
    "JwsSigner",
    "KeyResolver",
    "SigningKey",
    "alg_for_key_type",
    "check_jws_signature",
    "embedded_credentials",
    "epoch_seconds",
    "epoch_to_iso",
    "find_signing_key",
    "json_loads_strict",
    "key_checks",
    "key_source_text",
    "parse_jws",
    "sign_jws",
    "validity_check",
    "verify_jwt_credential",
]

MAX_JWS_CHARS = 2_000_000
"""Longest compact JWS accepted (a CLR with dozens of nested badges stays far below)."""

CLOCK_LEEWAY_SECONDS = 60
"""Tolerated clock difference for ``nbf``/``exp``/``iat``."""

ALG_KEY_TYPES: dict[str, str] = {"RS256": "rsa", "ES256": "p256", "ES384": "p384", "EdDSA": "ed25519",
                                 "ES256K": "secp256k1"}
_KEY_TYPE_NAMES = {"rsa": "an RSA", "p256": "a P-256", "p384": "a P-384", "ed25519": "an Ed25519",
                   "secp256k1": "a secp256k1"}
#: JOSE algorithms that exist but are not implemented here: "not checked (unsupported)", never "invalid"
UNSUPPORTED_ALGS = frozenset({"PS256", "PS384", "PS512", "RS384", "RS512", "ES512"})


JwsSigner = Signer  # the roles, from wallet.roles


# --- parsing -----------------------------------------------------------------------------------
def json_loads_strict(data: bytes, what: str) -> Any:
    """Parse UTF-8 JSON for a JOSE part with the wallet's one strict JSON reader
    (:func:`wallet.limits.load_json_bytes`: no duplicate members, no NaN/Infinity, depth-limited)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotJSON(f"the {what} is not UTF-8 text") from None
    if text.startswith("\ufeff"):
        raise NotJSON(f"the {what} starts with a byte order mark")
    return load_json_bytes(text, what=f"the {what}")


def _b64url_strict(part: str, what: str) -> bytes:
    if not part or any(c not in _B64URL for c in part):
        raise MalformedProof(f"the {what} is not base64url text")
    if len(part) % 4 == 1:
        raise MalformedProof(f"the {what} has an impossible base64url length")
    try:
        return bytes(b64url_decode(part))
    except InvalidKey:
        raise MalformedProof(f"the {what} is not base64url text") from None


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


@dataclass(frozen=True)
class Jws:
    """A parsed compact JWS. ``signing_input`` is the ASCII ``header.payload`` that was signed."""

    header: dict[str, Any]
    payload: dict[str, Any]
    signing_input: bytes
    signature: bytes
    raw: str

    @property
    def alg(self) -> str:
        return str(self.header.get("alg", ""))


def parse_jws(token: str, *, max_chars: int = MAX_JWS_CHARS) -> Jws:
    """Parse a compact JWS whose payload is a JSON object.

    Raises LimitExceeded (too long), MalformedProof (not 3 base64url parts, bad ``alg``/``crit``)
    or NotJSON (header/payload not JSON objects). Does not check the signature.
    """
    if not isinstance(token, str):
        raise MalformedProof("a JWT must be text")
    token = token.strip()
    if len(token) > max_chars:
        raise LimitExceeded(f"the JWT is {len(token)} characters long, over the limit of {max_chars}")
    parts = token.split(".")
    if len(parts) != 3:
        raise MalformedProof(f"a compact JWT has 3 parts separated by '.', this text has {len(parts)}")
    h64, p64, s64 = parts
    header = json_loads_strict(_b64url_strict(h64, "JWT header"), "JWT header")
    if not isinstance(header, dict):
        raise NotJSON("the JWT header is not a JSON object")
    payload = json_loads_strict(_b64url_strict(p64, "JWT payload"), "JWT payload")
    if not isinstance(payload, dict):
        raise NotJSON("the JWT payload is not a JSON object")
    alg = header.get("alg")
    if not isinstance(alg, str) or not alg:
        raise MalformedProof("the JWT header has no 'alg'")
    if "crit" in header:
        raise MalformedProof(f"the JWT header marks extensions as critical ({header['crit']!r}); none are supported")
    if header.get("b64") is False:
        raise MalformedProof("unencoded JWS payloads (b64: false) are not supported")
    signature = _b64url_strict(s64, "JWT signature") if s64 else b""
    return Jws(header, payload, f"{h64}.{p64}".encode("ascii"), signature, token)


# --- keys and signatures -----------------------------------------------------------------------
@dataclass(frozen=True)
class SigningKey:
    """Where a JWS key came from: ``source`` is ``caller``, ``jwk``, ``kid`` or ``iss``."""

    key: PublicKey
    source: str
    vm_id: str = ""
    controller: str = ""
    purposes: frozenset[str] = frozenset()


def _base_of(iss: str) -> str:
    return iss.split("#", 1)[0]


def find_signing_key(
    header: dict[str, Any],
    iss: str | None,
    *,
    resolver: KeyResolver | None,
    check_name: str,
    issuer_key: PublicKey | None = None,
) -> tuple[SigningKey | None, Check | None]:
    """Find the key for a JWS. Returns the key, or None with a failed / not-checked Check."""
    if issuer_key is not None:
        return SigningKey(issuer_key, "caller"), None
    if "jwk" in header:
        jwk = header["jwk"]
        if isinstance(jwk, dict) and "d" in jwk:
            return None, Check(check_name, "failed", "the JWT header 'jwk' contains a private key ('d')")
        try:
            return SigningKey(PublicKey.from_jwk(jwk), "jwk"), None
        except InvalidKey as exc:
            return None, Check(check_name, "failed", f"the JWT header 'jwk' is not a usable key: {exc.message}")
    kid = header.get("kid")
    if kid is not None and not isinstance(kid, str):
        return None, Check(check_name, "failed", f"the JWT header 'kid' is not text ({kid!r})")
    url: str
    if kid:
        if kid.startswith(("did:", "https://", "http://")):
            url = kid
        elif iss and iss.startswith(("did:", "https://")):
            url = _base_of(iss) + (kid if kid.startswith("#") else "#" + kid)
        else:
            return None, Check(
                check_name, "failed", f"the JWT key id {kid!r} is relative, and there is no DID or URL issuer ('iss')"
            )
        source = "kid"
    elif iss and iss.startswith(("did:", "https://", "http://")):
        url, source = iss, "iss"
    else:
        return None, Check(
            check_name, "failed", "the JWT names no key: no 'jwk' or 'kid' header and no DID or URL issuer"
        )
    if resolver is None:
        return None, Check(check_name, "not-checked", f"the key {url} was not looked up (no resolver)")
    try:
        vm = resolver.resolve_verification_method(url)
    except NetworkError as exc:
        return None, Check(check_name, "not-checked", f"the key {url} could not be fetched (offline): {exc.message}",
                           {"key": url}, "offline")
    except UnsupportedDIDMethod as exc:
        if url.startswith("did:"):  # a DID method this wallet cannot resolve (did:example): not checked, not invalid
            return None, Check(check_name, "not-checked", f"the key {url} cannot be resolved here: {exc.message}",
                               {"key": url}, "unsupported")
        return None, Check(check_name, "failed", f"the key {url} cannot be used: {exc.message}", {"key": url})
    except InputError as exc:
        return None, Check(check_name, "failed", f"the key {url} cannot be used: {exc.message}", {"key": url})
    return SigningKey(vm.public_key, source, vm.id, vm.controller, vm.purposes), None


def check_jws_signature(jws: Jws, key: PublicKey) -> str | None:
    """Check the signature with ``key``. Returns None when valid, else why not (one sentence)."""
    alg = jws.alg
    if alg.lower() == "none":
        return "the JWT is unsigned (alg 'none'); unsigned tokens are never accepted"
    want = ALG_KEY_TYPES.get(alg)
    if want is None:
        return f"the JWT algorithm {alg!r} is not supported (RS256, ES256, ES256K, ES384 and EdDSA are)"
    if key.type != want:
        return (f"the JWT header says alg {alg}, which needs {_KEY_TYPE_NAMES[want]} key, "
                f"but the key is {_KEY_TYPE_NAMES.get(key.type, key.type)} key")
    if not jws.signature:
        return "the JWT has an empty signature"
    import warnings

    from joserfc import jws as jose_jws
    from joserfc.errors import BadSignatureError, JoseError
    from joserfc.jwk import import_key

    try:
        with warnings.catch_warnings():  # joserfc warns that "EdDSA" is deprecated by RFC 9864 ("Ed25519")
            warnings.simplefilter("ignore")
            jose_jws.deserialize_compact(jws.raw, import_key(key.jwk()),  # type: ignore[arg-type]
                                         registry=_joserfc_registry(alg))
    except BadSignatureError:
        return f"the {alg} signature does not match the content (the token was changed or signed by another key)"
    except (JoseError, InvalidKey, ValueError, TypeError) as exc:
        return f"the signature could not be checked: {exc}"
    return None


def _joserfc_registry(alg: str) -> Any:
    """A ``joserfc`` registry for one algorithm, with its size limits lifted to ours (:data:`MAX_JWS_CHARS`,
    already enforced by :func:`parse_jws`; an RSA key in the header is over its 512-byte default) and its
    header checks left to :func:`parse_jws`."""
    from joserfc.jws import JWSRegistry

    class _Registry(JWSRegistry):
        max_header_length = MAX_JWS_CHARS
        max_payload_length = MAX_JWS_CHARS

    return _Registry(algorithms=[alg], strict_check_header=False)


def alg_for_key_type(key_type: str) -> str:
    for alg, kt in ALG_KEY_TYPES.items():
        if kt == key_type:
            return alg
    raise InvalidKey(f"no JWS algorithm for key type {key_type!r}")


def _json_compact(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_jws(payload: dict[str, Any], signer: JwsSigner, header: dict[str, Any]) -> str:
    """Sign ``payload`` as a compact JWS. ``alg`` follows the signer (EdDSA, ES256, ES384)."""
    alg = alg_for_key_type(signer.key_type)
    if alg == "RS256":
        raise InvalidKey("RSA signing is not supported")
    hdr = {"alg": alg, **{k: v for k, v in header.items() if k != "alg"}}
    signing_input: str = b64url_encode(_json_compact(hdr)) + "." + b64url_encode(_json_compact(payload))
    sig = signer.sign(signing_input.encode("ascii"))
    return signing_input + "." + str(b64url_encode(sig))


# --- time --------------------------------------------------------------------------------------
def epoch_seconds(now: datetime) -> float:
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.timestamp()


def epoch_to_iso(value: int | float) -> str:
    return datetime.fromtimestamp(int(value), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return epoch_seconds(dt)


def _numeric(payload: dict[str, Any], name: str) -> float | None | str:
    """The NumericDate claim ``name``: a number, None when absent, or an error text."""
    if name not in payload:
        return None
    v = payload[name]
    if isinstance(v, bool) or not isinstance(v, int | float):
        return f"the '{name}' claim is not a NumericDate ({v!r})"
    return float(v)


def validity_check(
    payload: dict[str, Any], now: datetime, *, valid_from: Any = None, valid_until: Any = None
) -> Check:
    """The ``validity`` check from ``nbf``/``exp`` (and ISO ``valid_from``/``valid_until`` if given)."""
    t = epoch_seconds(now)
    problems: list[str] = []
    reason = ""
    nbf, exp = _numeric(payload, "nbf"), _numeric(payload, "exp")
    for v in (nbf, exp):
        if isinstance(v, str):
            problems.append(v)
    start = nbf if isinstance(nbf, float) else _parse_iso(valid_from)
    end = exp if isinstance(exp, float) else _parse_iso(valid_until)
    if start is not None and t + CLOCK_LEEWAY_SECONDS < start:
        problems.append(f"not valid before {epoch_to_iso(start)}")
        reason = "not-yet-valid"
    if end is not None and t - CLOCK_LEEWAY_SECONDS >= end:
        return Check("validity", "failed", f"expired on {epoch_to_iso(end)}", {"expired": epoch_to_iso(end)}, "expired")
    if problems:
        return Check("validity", "failed", "; ".join(problems), reason=reason if len(problems) == 1 else "")
    if end is not None:
        return Check("validity", "passed", f"valid until {epoch_to_iso(end)}")
    return Check("validity", "passed", "no expiry date")


# --- JWT-secured credentials -------------------------------------------------------------------
@dataclass(frozen=True)
class JwtResult:
    """A verified (or not) JWT credential or presentation.

    ``credential``: the VC / VP JSON (VC 1.1 claims restored); ``format``: ``vc-jwt`` (VC 1.1 ``vc``/``vp``
    claim) or ``vc-jose`` (VC-JOSE-COSE); ``kind``: ``credential`` or ``presentation``;
    ``credentials``: for presentations, the embedded credentials (JWT text or JSON objects).
    """

    credential: dict[str, Any]
    checks: list[Check]
    header: dict[str, Any]
    payload: dict[str, Any]
    format: str
    kind: str = "credential"
    credentials: list[str | dict[str, Any]] = field(default_factory=list)


def _id_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def _restore_vc11(payload: dict[str, Any], vc: dict[str, Any], problems: list[str], notes: list[str]) -> dict[str, Any]:
    """VC 1.1 §6.3.1 decoding: put iss/sub/nbf/exp/jti back into the credential."""
    cred = dict(vc)
    ctx = cred.get("@context")
    v2 = "https://www.w3.org/ns/credentials/v2" in (ctx if isinstance(ctx, list) else [ctx])
    iss = payload.get("iss")
    if iss is not None:
        current = _id_of(cred.get("issuer"))
        if current is None:
            if isinstance(cred.get("issuer"), dict):
                cred["issuer"] = {**cred["issuer"], "id": iss}
            else:
                cred["issuer"] = iss
        elif current != iss:
            problems.append(f"'iss' is {iss} but the credential's issuer is {current}")
    sub = payload.get("sub")
    if sub is not None:
        cs = cred.get("credentialSubject")
        if isinstance(cs, dict):
            if "id" not in cs:
                cred["credentialSubject"] = {**cs, "id": sub}
            elif cs["id"] != sub:
                problems.append(f"'sub' is {sub} but credentialSubject.id is {cs['id']}")
        elif isinstance(cs, list) and not any(isinstance(s, dict) and s.get("id") == sub for s in cs):
            problems.append(f"'sub' {sub} is not the id of any credentialSubject")
    jti = payload.get("jti")
    if jti is not None:
        if "id" not in cred:
            cred["id"] = jti
        elif cred["id"] != jti:
            problems.append(f"'jti' is {jti} but the credential id is {cred['id']}")
    for claim, member in (("nbf", "validFrom" if v2 else "issuanceDate"), ("exp", "validUntil" if v2 else "expirationDate")):
        value = payload.get(claim)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if member not in cred:
            cred[member] = epoch_to_iso(value)
        else:
            stated = _parse_iso(cred[member])
            if stated is None or abs(stated - value) >= 1:
                notes.append(f"'{claim}' ({epoch_to_iso(value)}) differs from {member} ({cred[member]})")
    return cred


def embedded_credentials(presentation: dict[str, Any]) -> list[str | dict[str, Any]]:
    """The credentials of a presentation: JWT texts (also from ``EnvelopedVerifiableCredential``
    ``data:`` URLs) and JSON objects, in order."""
    items = presentation.get("verifiableCredential")
    if items is None:
        return []
    out: list[str | dict[str, Any]] = []
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            env_id = item.get("id")
            types = item.get("type")
            types = types if isinstance(types, list) else [types]
            if "EnvelopedVerifiableCredential" in types and isinstance(env_id, str) and env_id.startswith("data:"):
                media, _, data = env_id[5:].partition(",")
                if ";base64" in media:
                    raise UnsupportedFormat(f"base64 enveloped credentials ({media}) are not supported")
                out.append(data)
            else:
                out.append(item)
    return out


def verify_jwt_credential(
    token: str,
    *,
    resolver: KeyResolver | None,
    now: datetime,
    nonce: str | None = None,
    aud: str | None = None,
    issuer_key: PublicKey | None = None,
) -> JwtResult:
    """Verify a JWT-secured VC or VP (VC 1.1 JWT or VC-JOSE-COSE).

    Raises an InputError subclass when the text is not a JWT credential at all; every other
    problem is a failed check. For presentations, ``nonce``/``aud`` are compared with the
    ``nonce``/``aud`` claims (checks ``challenge``/``domain``); the embedded credentials are
    returned in ``credentials`` for the caller to verify.
    """
    jws = parse_jws(token)
    header, payload = jws.header, jws.payload
    typ = str(header.get("typ", "")).lower()
    checks: list[Check] = []
    problems: list[str] = []
    notes: list[str] = []
    if "vc" in payload or "vp" in payload:
        fmt = "vc-jwt"
        kind = "presentation" if "vp" in payload and "vc" not in payload else "credential"
        body = payload["vp"] if kind == "presentation" else payload["vc"]
        if not isinstance(body, dict):
            raise MalformedProof(f"the JWT '{'vp' if kind == 'presentation' else 'vc'}' claim is not a JSON object")
        if kind == "credential":
            doc = _restore_vc11(payload, body, problems, notes)
        else:
            doc = dict(body)
            iss = payload.get("iss")
            if iss is not None:
                holder = _id_of(doc.get("holder"))
                if holder is None:
                    doc["holder"] = iss
                elif holder != iss:
                    problems.append(f"'iss' is {iss} but the presentation's holder is {holder}")
            if "jti" in payload and "id" not in doc:
                doc["id"] = payload["jti"]
    elif "@context" in payload or typ in ("vc+jwt", "vp+jwt", "application/vc+jwt", "application/vp+jwt"):
        fmt = "vc-jose"
        doc = dict(payload)
        types = doc.get("type")
        types = types if isinstance(types, list) else [types]
        kind = "presentation" if ("VerifiablePresentation" in types or typ.endswith("vp+jwt")) else "credential"
        if kind == "credential" and "iss" in payload:
            current = _id_of(doc.get("issuer"))
            if current != payload["iss"]:
                problems.append(f"'iss' is {payload['iss']} but the credential's issuer is {current}")
        if kind == "presentation" and "iss" in payload:
            holder = _id_of(doc.get("holder"))
            if holder is not None and holder != payload["iss"]:
                problems.append(f"'iss' is {payload['iss']} but the presentation's holder is {holder}")
    else:
        raise UnsupportedFormat("this JWT carries no credential (no 'vc' or 'vp' claim and no @context)")

    # the signer: the issuer of a credential, the holder of a presentation
    if kind == "credential":
        signer_id = payload.get("iss") if isinstance(payload.get("iss"), str) else _id_of(doc.get("issuer"))
        purpose = "assertionMethod"
    else:
        signer_id = payload.get("iss") if isinstance(payload.get("iss"), str) else _id_of(doc.get("holder"))
        purpose = "authentication"
    sig_name = "jwt-signature"
    found, failure = find_signing_key(header, signer_id, resolver=resolver, check_name=sig_name, issuer_key=issuer_key)
    if jws.alg in UNSUPPORTED_ALGS:  # a real algorithm this wallet does not implement: not checked, not invalid
        checks.append(Check(sig_name, "not-checked", f"the JWT is signed with {jws.alg}, which this wallet does not "
                            "check", {"alg": jws.alg}, "unsupported"))
    elif failure is not None:
        checks.append(failure)
    elif found is not None:
        why = check_jws_signature(jws, found.key)
        if why is not None:
            checks.append(Check(sig_name, "failed", why, {"alg": jws.alg}))
        else:
            checks.append(Check(sig_name, "passed", f"{jws.alg} signature verified ({key_source_text(found)})",
                                {"alg": jws.alg, "keySource": found.source, "key": found.vm_id}))
        checks.extend(key_checks(found, signer_id, purpose))
    if kind == "presentation":
        checks.extend(_vp_binding_checks(payload, doc, nonce, aud))
    if problems:
        checks.append(Check("jwt-claims", "failed", "; ".join(problems)))
    elif notes:
        checks.append(Check("jwt-claims", "warning", "; ".join(notes)))
    else:
        checks.append(Check("jwt-claims", "passed", "the JWT claims agree with the credential"))
    checks.append(validity_check(payload, now, valid_from=doc.get("validFrom"), valid_until=doc.get("validUntil")))
    return JwtResult(doc, checks, header, payload, fmt, kind,
                     embedded_credentials(doc) if kind == "presentation" else [])


def key_source_text(found: SigningKey) -> str:
    return {
        "caller": "with the key given by the caller",
        "jwk": "with the key in the JWT header",
        "kid": f"with key {found.vm_id}",
        "iss": f"with key {found.vm_id}",
    }.get(found.source, found.source)


def key_checks(found: SigningKey, signer_id: Any, purpose: str) -> list[Check]:
    out: list[Check] = []
    if found.source == "jwk":
        if isinstance(signer_id, str) and signer_id.startswith("did:key:"):
            from wallet.identity.did import public_key_from_did_key

            try:
                if public_key_from_did_key(_base_of(signer_id)) != found.key:
                    return [Check("issuer-key", "failed", f"the key in the JWT header is not the key of {signer_id}",
                                  reason="key-not-bound")]
            except InputError as exc:
                return [Check("issuer-key", "failed", f"{signer_id} is not a usable did:key: {exc.message}",
                              reason="key-not-bound")]
            return []
        out.append(Check("issuer-key", "failed",
                         "the signing key comes from the token itself ('jwk' header): the signature proves only that "
                         "the token was not changed since someone signed it, not who signed it; nothing links the key "
                         f"to the issuer {signer_id}", reason="integrity-only"))
    elif found.source in ("kid", "iss"):
        # DID documents list what a key may do; HTTPS issuer profiles often list nothing (then any use)
        if purpose not in found.purposes and (found.vm_id.startswith("did:") or found.purposes):
            out.append(Check("issuer-key", "failed", f"the key {found.vm_id} is not listed for {purpose}"))
        if isinstance(signer_id, str) and signer_id.startswith("did:") and found.vm_id.startswith("did:"):
            if _base_of(found.vm_id) != _base_of(signer_id):
                out.append(Check("issuer-key", "failed", f"the key {found.vm_id} does not belong to {signer_id}",
                                 reason="key-not-bound"))
        elif found.vm_id.startswith("did:") and not (isinstance(signer_id, str) and signer_id.startswith("did:")):
            # a URL or URN issuer: no DID's key can speak for it
            out.append(Check("issuer-key", "failed", f"the key {found.vm_id} belongs to {_base_of(found.vm_id)}, "
                             f"not to the issuer {signer_id}", reason="key-not-bound"))
    return out


def _vp_binding_checks(payload: dict[str, Any], doc: dict[str, Any], nonce: str | None, aud: str | None) -> list[Check]:
    out: list[Check] = []
    if nonce is not None:
        got = payload.get("nonce")
        if got == nonce:
            out.append(Check("challenge", "passed", "the nonce matches the challenge"))
        else:
            out.append(Check("challenge", "failed", f"the nonce is {got!r}, expected {nonce!r}",
                             reason="challenge-mismatch"))
    if aud is not None:
        got_aud = payload.get("aud")
        auds = got_aud if isinstance(got_aud, list) else [got_aud]
        if aud in auds:
            out.append(Check("domain", "passed", "the audience matches the domain"))
        else:
            out.append(Check("domain", "failed", f"the audience is {got_aud!r}, expected {aud!r}",
                             reason="domain-mismatch"))
    return out
