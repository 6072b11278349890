"""IETF Token Status List for SD-JWT VCs: made at test time by a real issuer key (did:key), checked through
``verify_credential`` — offline "not checked (offline)", online revoked / suspended / valid, and a forged
list refused."""

from __future__ import annotations

import base64
import zlib
from datetime import UTC, datetime
from typing import Any

from wallet.credentials import verify_credential
from wallet.identity.did import Resolver
from wallet.identity.keystore import LocalSigner
from wallet.proofs.jose import sign_jws
from wallet.proofs.sdjwt import issue_sd_jwt
from wallet.verifier.status import StatusLists
from wallet.verifier.token_status import read_token_status

NOW = datetime(2026, 6, 1, tzinfo=UTC)
URI = "https://status.example.edu/lists/1"


def _status_list_token(signer: Any, values: dict[int, int], bits: int = 2) -> bytes:
    raw = bytearray(64)
    for idx, value in values.items():
        raw[(idx * bits) // 8] |= value << ((idx * bits) % 8)
    lst = base64.urlsafe_b64encode(zlib.compress(bytes(raw))).rstrip(b"=").decode()
    payload = {"sub": URI, "iat": int(NOW.timestamp()) - 60, "status_list": {"bits": bits, "lst": lst}}
    return sign_jws(payload, signer, {"typ": "statuslist+jwt", "kid": signer.verification_method}).encode()


def _credential(issuer: Any, idx: int) -> str:
    claims = {"name": "Peer Tutor", "status": {"status_list": {"idx": idx, "uri": URI}}}
    return issue_sd_jwt(claims, issuer, disclosable=["/name"], vct="https://example.edu/vct/badge", holder_jwk=None,
                        iss=issuer.did, iat=int(NOW.timestamp()) - 3600)


def _status(text: str, token: bytes | None) -> Any:
    lists = StatusLists((lambda url: token) if token is not None else None, allow_network=token is not None)
    report = verify_credential(text, resolver=Resolver(), now=NOW, status_fetcher=lists,
                               allow_network=token is not None)
    return report.check("status"), report


def test_lsb_first_reading_matches_the_draft_example() -> None:
    # draft-ietf-oauth-status-list, 1-bit example: byte 0 = 0xB9 -> entries 0..7 = 1,0,0,1,1,1,0,1
    assert [read_token_status(b"\xb9\xa3", i, 1) for i in range(8)] == [1, 0, 0, 1, 1, 1, 0, 1]
    # 2-bit example: 0xC9 -> entries 0..3 = 1, 2, 0, 3
    assert [read_token_status(b"\xc9", i, 2) for i in range(4)] == [1, 2, 0, 3]


def test_offline_the_status_is_not_checked() -> None:
    issuer = LocalSigner.generate("ed25519")
    check, report = _status(_credential(issuer, 3), None)
    assert check.status == "not-checked" and check.reason == "offline", report.to_json()


def test_revoked_suspended_and_valid_entries() -> None:
    issuer = LocalSigner.generate("ed25519")
    token = _status_list_token(issuer, {3: 1, 5: 2})
    check, report = _status(_credential(issuer, 3), token)
    assert check.status == "failed" and check.reason == "revoked", report.to_json()
    assert not report.authentic
    check, _ = _status(_credential(issuer, 5), token)
    assert check.status == "failed" and check.reason == "suspended"
    check, report = _status(_credential(issuer, 4), token)
    assert check.status == "passed", report.to_json()


def test_a_status_list_signed_by_someone_else_is_refused() -> None:
    issuer, forger = LocalSigner.generate("ed25519"), LocalSigner.generate("ed25519")
    forged = bytearray(_status_list_token(issuer, {}))  # says "valid" for every entry...
    header, payload, _sig = forged.decode().split(".")
    # ... but signed by another key under the issuer's kid
    other = _status_list_token(forger, {}).decode().split(".")[2]
    check, report = _status(_credential(issuer, 3), f"{header}.{payload}.{other}".encode())
    assert check.status == "failed" and "cannot be trusted" in check.detail, report.to_json()
