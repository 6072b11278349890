"""Credential status: is the credential revoked or suspended?

Supported ``credentialStatus`` types:

* ``BitstringStatusListEntry`` (W3C Bitstring Status List 1.0): ``encodedList`` = multibase ``u``
  (base64url, no padding) of the GZIP-compressed bitstring; entry ``statusListIndex`` × ``statusSize``
  is the position of the status bits, counted from the most significant bit of the first byte.
  ``statusPurpose`` revocation / suspension / refresh / message (``statusMessage`` maps values).
* ``StatusList2021Entry`` (VC 1.1 era): the same with ``encodedList`` as plain base64(url) GZIP.
* ``1EdTechRevocationList``: a JSON document with ``revokedCredentials: [{id, revoked?, revocationReason?}]``.

The status list is obtained through :class:`StatusLists` (an injectable ``fetcher``, used only when the
network is allowed, plus a cache of earlier answers). When it cannot be had, the check is
``not-checked`` "(offline)", never "failed".

Decisions:

* the status list credential's own proof is verified with :func:`wallet.proofs.verify_proofs`
  (purpose ``assertionMethod``) when a resolver is given. A proof that **fails** makes the status check
  **failed** ("the status list cannot be trusted"): a forged list must not vouch for a credential. A proof
  that cannot be checked offline, or a list without a proof, gives a **warning** and the list is used.
* a list shorter than the 131,072 entries Bitstring Status List 1.0 requires is accepted (DCC issues
  100,000-entry lists); the check's ``data`` notes it.
* a list that is not GZIP, or whose index is out of range, is a **failed** check naming the problem.
* GZIP output is limited (:data:`wallet.limits.MAX_INFLATE_BYTES`) against decompression bombs.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from wallet.errors import InputError, LimitExceeded, NetworkError, WalletError
from wallet.limits import MAX_INFLATE_BYTES, MAX_INPUT_BYTES, gunzip_limited, load_json_bytes
from wallet.roles import Cache, MemoryCache
from wallet.verifier.report import Check

__all__ = [
    "MIN_BITSTRING_ENTRIES",
    "StatusCache",
    "StatusLists",
    "check_status",
    "decode_status_list",
    "encode_status_list",
    "read_status",
]

MIN_BITSTRING_ENTRIES = 131_072
Fetcher = Callable[[str], bytes]
_BITSTRING_ENTRY_TYPES = ("BitstringStatusListEntry", "StatusList2021Entry", "RevocationList2021Status")


StatusCache = Cache  # the role, from wallet.roles


class StatusLists:
    """Where status lists come from: static ``documents`` (url -> bytes), a ``cache`` of earlier
    answers (any mutable mapping, e.g. backed by the store), and a ``fetcher`` used only when
    ``allow_network`` is true. :meth:`get` raises NetworkError when the list cannot be had."""

    def __init__(
        self,
        fetcher: Fetcher | None = None,
        *,
        allow_network: bool = False,
        cache: StatusCache | None = None,
        documents: dict[str, bytes] | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.allow_network = allow_network
        self.cache: StatusCache = cache if cache is not None else MemoryCache()
        self.documents = dict(documents or {})

    def get(self, url: str) -> bytes:
        base = url.split("#", 1)[0]
        if base in self.documents:
            return self.documents[base]
        data = self.cache.get(base)
        if data is not None:
            return data
        if not self.allow_network or self.fetcher is None:
            raise NetworkError(f"the status list {base} is not available offline")
        if not base.startswith("https://"):
            raise NetworkError(f"the status list {base} is not an HTTPS URL, so it is not fetched")
        data = self.fetcher(base)
        if len(data) > MAX_INPUT_BYTES:
            raise NetworkError(f"the status list {base} is larger than {MAX_INPUT_BYTES} bytes")
        self.cache[base] = data
        return data


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def decode_status_list(encoded: str, *, limit: int = MAX_INFLATE_BYTES) -> bytes:
    """The bitstring of an ``encodedList``: multibase ``u`` base64url, or plain base64/base64url (StatusList2021).

    Raises InputError with a clear message when it is not base64 or not GZIP, LimitExceeded when it
    inflates beyond ``limit``.
    """
    if not isinstance(encoded, str) or not encoded.strip():
        raise InputError("the status list has no encodedList")
    s = encoded.strip()
    body = s[1:] if s.startswith("u") else s
    try:
        if "+" in body or "/" in body:
            raw = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
        else:
            raw = base64.urlsafe_b64decode(body.rstrip("=") + "=" * (-len(body.rstrip("=")) % 4))
    except (binascii.Error, ValueError):
        raise InputError("the status list's encodedList is not base64 text") from None
    try:
        return gunzip_limited(raw, limit=limit, what="the status list")
    except ValueError as exc:
        raise InputError(f"{exc}; a status list must be a GZIP-compressed bitstring") from None


def encode_status_list(bits: bytes) -> str:
    """``u`` + base64url(GZIP(bits)) — for issuing status lists (demo issuer, tests)."""
    import gzip

    return "u" + base64.urlsafe_b64encode(gzip.compress(bits, mtime=0)).rstrip(b"=").decode("ascii")


def read_status(bitstring: bytes, index: int, size: int = 1) -> int:
    """The ``size``-bit status value at entry ``index`` (MSB-first). IndexError when out of range."""
    if index < 0 or size < 1:
        raise IndexError("negative status index or size")
    start = index * size
    if start + size > len(bitstring) * 8:
        raise IndexError(f"status index {index} is beyond the list's {len(bitstring) * 8 // size} entries")
    value = 0
    for pos in range(start, start + size):
        value = (value << 1) | ((bitstring[pos // 8] >> (7 - pos % 8)) & 1)
    return value


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool):
        raise InputError(f"{name} is not an integer")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise InputError(f"{name} {value!r} is not an integer")


def _parse_datetime(value: Any) -> datetime | None:
    from wallet.credentials.model import parse_datetime

    return parse_datetime(value)


def _list_credential(data: bytes) -> dict[str, Any]:
    text = data.strip()
    if text[:1] not in (b"{", b"["):
        # a status list credential secured as a VC-JWT: read its payload (its signature is not checked here)
        from wallet.credentials.formats import decode_jwt_unverified, vc_from_jwt_payload

        _header, payload = decode_jwt_unverified(text.decode("ascii", "replace"))
        return vc_from_jwt_payload(payload)
    doc = load_json_bytes(data)
    if not isinstance(doc, dict):
        raise InputError("the status list credential is not a JSON object")
    return doc


def _list_proof(doc: dict[str, Any], resolver: Any, now: datetime | None) -> Check | None:
    """None when the list's proof verifies; else a Check explaining why the list is (not) used."""
    if resolver is None:
        return Check("status", "warning", "the status list's signature was not checked (no key resolver)")
    if not doc.get("proof"):
        return Check("status", "warning", "the status list is not signed; its answer is used as given")
    try:
        from wallet.proofs import verify_proofs

        checks = verify_proofs(doc, resolver=resolver, purpose="assertionMethod", now=now)
    except WalletError as exc:
        return Check("status", "failed", f"the status list's proof is malformed ({exc.message}), so it cannot be trusted")
    if any(c.status == "passed" for c in checks) and not any(c.status == "failed" for c in checks):
        return None
    if any(c.status == "failed" for c in checks):
        return Check("status", "failed", "the status list's signature does not verify, so it cannot be trusted")
    return Check("status", "warning", "the status list's signature could not be checked (offline); its answer is used")


def _bitstring_check(entry: dict[str, Any], lists: StatusLists, resolver: Any, now: datetime | None) -> Check:
    etype = str(entry.get("type"))
    url = entry.get("statusListCredential")
    if not isinstance(url, str) or not url:
        return Check("status", "failed", f"the {etype} has no statusListCredential URL")
    try:
        index = _int(entry.get("statusListIndex"), "statusListIndex")
        size = _int(entry.get("statusSize", 1), "statusSize")
    except InputError as exc:
        return Check("status", "failed", f"the credential's status entry is malformed: {exc.message}")
    purpose = str(entry.get("statusPurpose") or "revocation")
    try:
        data = lists.get(url)
    except NetworkError as exc:
        return Check("status", "not-checked", f"status not checked (offline): {exc.message}", {"url": url}, "offline")
    try:
        doc = _list_credential(data)
        subject = next((s for s in _as_list(doc.get("credentialSubject")) if isinstance(s, dict)), {})
        bits = decode_status_list(subject.get("encodedList", ""))
    except LimitExceeded as exc:
        return Check("status", "failed", f"the status list at {url} is too large: {exc.message}", {"url": url})
    except InputError as exc:
        return Check("status", "failed", f"the status list at {url} is unusable: {exc.message}", {"url": url})
    trust = _list_proof(doc, resolver, now)
    if trust is not None and trust.status == "failed":
        return Check("status", "failed", trust.detail, {"url": url})
    list_purposes = [str(p) for p in _as_list(subject.get("statusPurpose"))]
    if list_purposes and purpose not in list_purposes:
        return Check(
            "status", "failed",
            f"the status list is for {', '.join(list_purposes)}, but the credential asks for {purpose}", {"url": url},
        )
    until = _parse_datetime(doc.get("validUntil") or doc.get("expirationDate"))
    when = now or datetime.now(UTC)
    try:
        value = read_status(bits, index, size)
    except IndexError as exc:
        return Check("status", "failed", f"the status list at {url} is unusable: {exc}", {"url": url})
    data_out: dict[str, Any] = {"url": url, "index": index, "purpose": purpose, "value": value}
    if len(bits) * 8 // size < MIN_BITSTRING_ENTRIES and etype == "BitstringStatusListEntry":
        data_out["note"] = f"the list has fewer than {MIN_BITSTRING_ENTRIES} entries (accepted)"
    notes = []
    if trust is not None:
        notes.append(trust.detail)
    if until is not None and until < when:
        notes.append("the status list itself has expired")
    suffix = f" ({'; '.join(notes)})" if notes else ""
    if purpose == "revocation":
        if value:
            return Check("status", "failed", "the credential has been revoked", data_out, "revoked")
        return Check("status", "warning" if notes else "passed", f"not revoked{suffix}", data_out)
    if purpose == "suspension":
        if value:
            return Check("status", "failed", "the credential is suspended", data_out, "suspended")
        return Check("status", "warning" if notes else "passed", f"not suspended{suffix}", data_out)
    if purpose == "message":
        message = None
        for m in _as_list(entry.get("statusMessage")):
            if isinstance(m, dict) and isinstance(m.get("status"), str):
                try:
                    if int(m["status"], 16) == value:
                        message = m.get("message")
                except ValueError:
                    continue
        data_out["message"] = message
        return Check("status", "warning" if notes else "passed", f"status message: {message or hex(value)}{suffix}", data_out)
    if purpose == "refresh" and value:
        return Check("status", "warning", "the issuer has a newer version of this credential (refresh)", data_out)
    return Check("status", "warning" if notes else "passed", f"{purpose} status: {value}{suffix}", data_out)


def _revocation_list_check(entry: dict[str, Any], credential: dict[str, Any], lists: StatusLists) -> Check:
    url = entry.get("id")
    if not isinstance(url, str) or not url:
        return Check("status", "failed", "the 1EdTechRevocationList status has no id URL")
    try:
        data = lists.get(url)
    except NetworkError as exc:
        return Check("status", "not-checked", f"status not checked (offline): {exc.message}", {"url": url}, "offline")
    try:
        doc = load_json_bytes(data)
    except InputError as exc:
        return Check("status", "failed", f"the revocation list at {url} is unusable: {exc.message}", {"url": url})
    revoked = doc.get("revokedCredentials") if isinstance(doc, dict) else None
    cid = credential.get("id")
    for item in _as_list(revoked):
        if isinstance(item, dict) and item.get("id") == cid and item.get("revoked", True) not in (False, "false"):
            reason = item.get("revocationReason")
            detail = "the credential has been revoked" + (f": {reason}" if isinstance(reason, str) and reason else "")
            return Check("status", "failed", detail, {"url": url}, "revoked")
    return Check("status", "passed", "not revoked (1EdTech revocation list)", {"url": url})


def check_status(
    credential: dict[str, Any],
    *,
    lists: StatusLists | Fetcher | None = None,
    allow_network: bool = False,
    resolver: Any = None,
    now: datetime | None = None,
) -> list[Check]:
    """One ``status`` Check per ``credentialStatus`` entry; an empty list when the credential has none.

    ``lists`` is a :class:`StatusLists` or a bare fetcher (wrapped with ``allow_network``). ``resolver``
    (a :class:`wallet.did.Resolver`) is used to verify the status list credential's proof.
    """
    if not isinstance(lists, StatusLists):
        lists = StatusLists(lists, allow_network=allow_network)
    checks: list[Check] = []
    for entry in _as_list(credential.get("credentialStatus")):
        if not isinstance(entry, dict):
            checks.append(Check("status", "failed", "the credentialStatus entry is not an object"))
            continue
        etype = entry.get("type")
        types = [t for t in _as_list(etype) if isinstance(t, str)]
        if any(t in _BITSTRING_ENTRY_TYPES for t in types):
            checks.append(_bitstring_check(entry, lists, resolver, now))
        elif "1EdTechRevocationList" in types:
            checks.append(_revocation_list_check(entry, credential, lists))
        else:
            checks.append(Check("status", "not-checked", f"the status type {etype!r} is not supported",
                                reason="unsupported"))
    return checks
