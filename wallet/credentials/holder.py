"""Holder binding at import: was this credential issued to one of the wallet's own DIDs?

An employer's verifier checks that a presented credential's subject is the DID that signed the
presentation. A credential issued to someone else can still be imported (a copy a friend sent, a test
file) but cannot be presented as one's own: the wallet marks it at import so the library, the detail
view and the Share wizard can say so before anything is shared.

:func:`holder_binding` answers ``you`` (a subject id, or an SD-JWT's ``cnf`` key, is one of the
wallet's DIDs), ``someone-else`` (it names a subject or key that is none of them) or ``nobody`` (it
names no subject and no holder key: a bearer credential anyone holding a copy could show).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

__all__ = ["HolderBinding", "holder_binding"]

HolderBinding = Literal["you", "someone-else", "nobody"]


def _subject_ids(doc: Any) -> list[str]:
    if not isinstance(doc, dict):
        return []
    subj = doc.get("credentialSubject", doc.get("sub"))
    subs = subj if isinstance(subj, list) else [subj]
    out = [s["id"] for s in subs if isinstance(s, dict) and isinstance(s.get("id"), str)]
    out += [s for s in subs if isinstance(s, str)]  # a JWT's bare 'sub'
    return out


def _cnf_matches(raw: Any, own: set[str]) -> bool | None:
    """For an SD-JWT: does its ``cnf.jwk`` belong to one of ``own``? None when it names no key."""
    from wallet.credentials.formats import decode_jwt_unverified
    from wallet.errors import InputError
    from wallet.identity.did import public_key_from_did_key
    from wallet.identity.keys import PublicKey

    if not isinstance(raw, str):
        return None
    try:
        _h, payload = decode_jwt_unverified(raw.split("~", 1)[0])
        jwk = (payload.get("cnf") or {}).get("jwk")
        if not isinstance(jwk, dict):
            return None
        thumb = PublicKey.from_jwk(jwk).thumbprint()
    except (InputError, AttributeError):
        return None
    for did in own:
        try:
            if did.startswith("did:key:") and public_key_from_did_key(did).thumbprint() == thumb:
                return True
        except InputError:
            continue
    return False


def holder_binding(document: Any, raw: Any, own_dids: Iterable[str]) -> HolderBinding:
    """Whom a credential was issued to, from the wallet's point of view (``document``: the credential's
    JSON or decoded claims; ``raw``: as stored — the SD-JWT text for SD-JWT VCs)."""
    own = {d.split("#", 1)[0] for d in own_dids}
    subjects = [s.split("#", 1)[0] for s in _subject_ids(document)]
    if any(s in own for s in subjects):
        return "you"
    key = _cnf_matches(raw, own)
    if key:
        return "you"
    if subjects or key is False:
        return "someone-else"
    return "nobody"
