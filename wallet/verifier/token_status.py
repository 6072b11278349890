"""IETF Token Status List (draft-ietf-oauth-status-list): the revocation status of an SD-JWT VC.

An SD-JWT VC that can be revoked carries ``"status": {"status_list": {"idx": N, "uri": URL}}``. The URL
serves a Status List Token: a JWT (``typ: statuslist+jwt``) with ``sub`` = that URL, ``iat``, optional
``exp`` / ``ttl``, and ``status_list: {"bits": 1|2|4|8, "lst": base64url(zlib-DEFLATE(bytes))}``. Entry N's
value sits in byte ``N*bits // 8`` starting at bit ``(N*bits) % 8`` counted from the **least** significant
bit (the opposite of the W3C Bitstring Status List). 0 valid, 1 invalid (revoked), 2 suspended, 3 and up
application-specific.

The token is fetched through :class:`wallet.verifier.status.StatusLists` (only when the network is
allowed; else "not checked (offline)", reason ``offline``). Its signature is checked with the key its
header names (``kid`` / ``iss``, through the resolver): a signature that **fails** makes the status check
**failed** (a forged list must not vouch for a credential); one that cannot be checked is a ``warning``
and the list is used, as for Bitstring Status Lists. Inflation is limited against decompression bombs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wallet.errors import InputError, LimitExceeded, NetworkError
from wallet.identity.keys import b64url_decode
from wallet.limits import MAX_INFLATE_BYTES, inflate_limited
from wallet.verifier.report import Check

__all__ = ["check_token_status", "read_token_status"]


def read_token_status(lst: bytes, index: int, bits: int) -> int:
    """The status value of entry ``index`` in the decompressed list ``lst`` (LSB-first within each byte)."""
    if bits not in (1, 2, 4, 8):
        raise ValueError(f"bits must be 1, 2, 4 or 8, not {bits!r}")
    if index < 0 or (index * bits) // 8 >= len(lst):
        raise IndexError(f"index {index} is outside the list of {len(lst) * 8 // bits} entries")
    byte = lst[(index * bits) // 8]
    return (byte >> ((index * bits) % 8)) & ((1 << bits) - 1)


def _status_list_claims(data: bytes, uri: str, resolver: Any, now: datetime) -> tuple[dict[str, Any], Check | None]:
    """(status_list claim, a warning/failure about the token's signature or None)."""
    from wallet.proofs.jose import check_jws_signature, find_signing_key, parse_jws

    text = data.decode("utf-8", "replace").strip()
    jws = parse_jws(text)
    payload = jws.payload
    if str(jws.header.get("typ", "")).lower() not in ("statuslist+jwt", "application/statuslist+jwt"):
        raise InputError(f"the status list at {uri} is not a Status List Token (typ {jws.header.get('typ')!r})")
    if payload.get("sub") != uri:
        raise InputError(f"the status list token's sub ({payload.get('sub')!r}) is not its address {uri}")
    exp = payload.get("exp")
    if isinstance(exp, int | float) and not isinstance(exp, bool) and exp < now.timestamp():
        raise InputError(f"the status list token at {uri} has expired")
    found, problem = find_signing_key(jws.header, payload.get("iss") if isinstance(payload.get("iss"), str) else None,
                                      resolver=resolver, check_name="status")
    note: Check | None = None
    if found is not None:
        why = check_jws_signature(jws, found.key)
        if why is not None:
            return payload, Check("status", "failed", f"the status list at {uri} cannot be trusted: {why}", {"url": uri})
    elif problem is not None:
        note = Check("status", "warning", f"the status list's signature was not checked ({problem.detail})", {"url": uri})
    claim = payload.get("status_list")
    if not isinstance(claim, dict):
        raise InputError(f"the status list token at {uri} has no status_list claim")
    return claim, note


def check_token_status(claims: dict[str, Any], *, lists: Any, resolver: Any, now: datetime) -> Check | None:
    """The ``status`` Check of an SD-JWT VC's ``status.status_list``; None when it has none."""
    status = claims.get("status")
    ref = status.get("status_list") if isinstance(status, dict) else None
    if ref is None:
        if isinstance(status, dict) and status:
            return Check("status", "not-checked", f"the status mechanism {', '.join(sorted(status))} is not supported",
                         reason="unsupported")
        return None
    idx, uri = (ref.get("idx"), ref.get("uri")) if isinstance(ref, dict) else (None, None)
    if not isinstance(idx, int) or isinstance(idx, bool) or idx < 0 or not isinstance(uri, str) or not uri:
        return Check("status", "failed", "the credential's status_list needs a non-negative idx and a uri")
    data_ = {"url": uri, "index": idx}
    try:
        data = lists.get(uri)
    except NetworkError as exc:
        return Check("status", "not-checked", f"status not checked (offline): {exc.message}", data_, "offline")
    try:
        claim, note = _status_list_claims(data, uri, resolver, now)
        if note is not None and note.status == "failed":
            return note
        bits = claim.get("bits")
        lst = inflate_limited(b64url_decode(str(claim.get("lst", ""))), limit=MAX_INFLATE_BYTES,
                              what="the status list")
        value = read_token_status(lst, idx, bits if isinstance(bits, int) else 0)
    except LimitExceeded as exc:
        return Check("status", "failed", f"the status list at {uri} is too large: {exc.message}", data_)
    except InputError as exc:
        return Check("status", "failed", f"the status list at {uri} is unusable: {exc.message}", data_)
    except (ValueError, IndexError) as exc:
        return Check("status", "failed", f"the status list at {uri} is unusable: {exc}", data_)
    data_["value"] = value
    if value == 1:
        return Check("status", "failed", "the issuer has revoked this credential (token status list)", data_, "revoked")
    if value == 2:
        return Check("status", "failed", "the issuer has suspended this credential (token status list)", data_,
                     "suspended")
    if value != 0:
        return Check("status", "warning", f"the status list gives the issuer-specific status {value}", data_)
    if note is not None:
        return Check("status", "warning", f"not revoked; {note.detail}", data_)
    return Check("status", "passed", "not revoked or suspended (token status list)", data_)
