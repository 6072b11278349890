"""Credential status: Bitstring Status List, StatusList2021, 1EdTech revocation lists, offline behaviour,
status list proofs and decompression limits."""

from __future__ import annotations

import base64
import copy
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from wallet.errors import InputError, LimitExceeded, NetworkError
from wallet.identity.did import Resolver
from wallet.verifier.status import (
    StatusLists,
    check_status,
    decode_status_list,
    encode_status_list,
    read_status,
)

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
DCC_LIST_URL = "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj"
DCC_LIST = (VECTORS / "dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj").read_bytes()
LIST_URL = "https://lists.example/status/1"


def _entry(index: int | str, purpose: str = "revocation", url: str = LIST_URL, **extra: Any) -> dict[str, Any]:
    return {
        "credentialStatus": {
            "id": f"{url}#{index}", "type": "BitstringStatusListEntry", "statusPurpose": purpose,
            "statusListIndex": str(index), "statusListCredential": url, **extra,
        }
    }


def _list_credential(bits: bytes, purpose: str | list[str] = "revocation", encoded: str | None = None) -> bytes:
    return json.dumps({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": LIST_URL, "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": "did:example:issuer",
        "credentialSubject": {"id": LIST_URL + "#list", "type": "BitstringStatusList", "statusPurpose": purpose,
                              "encodedList": encoded if encoded is not None else encode_status_list(bits)},
    }).encode()


def _lists(doc: bytes) -> StatusLists:
    return StatusLists(documents={LIST_URL: doc})


def test_bits_are_read_most_significant_first() -> None:
    bits = bytes([0b1000_0000, 0b0000_0001]) + bytes(14)
    assert read_status(bits, 0) == 1 and read_status(bits, 1) == 0
    assert read_status(bits, 15) == 1 and read_status(bits, 14) == 0
    assert read_status(bytes([0b0110_0000]), 0, size=2) == 0b01
    assert read_status(bytes([0b0110_0000]), 1, size=2) == 0b10
    with pytest.raises(IndexError):
        read_status(bytes(2), 16)


def test_encode_decode_round_trip_and_plain_base64() -> None:
    bits = bytes([0, 0, 0x10]) + bytes(100)
    assert decode_status_list(encode_status_list(bits)) == bits
    plain = base64.b64encode(gzip.compress(bits)).decode()  # StatusList2021: no multibase prefix
    assert decode_status_list(plain) == bits


def test_the_1edtech_bitstring_vector() -> None:
    testlist = (VECTORS / "1edtech-public-validator/ob30/bit-string-list/testlist").read_bytes()
    url = json.loads((VECTORS / "1edtech-public-validator/ob30/bit-string-list/credential-status-revoked.json").read_text())[
        "credentialStatus"]["statusListCredential"]
    lists = StatusLists(documents={url: testlist})
    (revoked,) = check_status(_entry(23, url=url), lists=lists)
    assert revoked.status == "failed" and "revoked" in revoked.detail
    (fine,) = check_status(_entry(22, url=url), lists=lists)
    assert fine.status in ("passed", "warning") and "not revoked" in fine.detail


@pytest.mark.parametrize(("index", "revoked"), [(2, True), (6, True), (8, True), (7, False), (9, False), (0, False)])
def test_the_dcc_list_bits(index: int, revoked: bool) -> None:
    (check,) = check_status(_entry(index, url=DCC_LIST_URL), lists=StatusLists(documents={DCC_LIST_URL: DCC_LIST}))
    assert (check.status == "failed") is revoked
    assert check.data["value"] == int(revoked)
    assert "fewer than 131072" in check.data["note"]  # lenient about short lists, but says so


def test_the_status_list_proof_is_verified_and_a_forged_list_is_refused() -> None:
    lists = StatusLists(documents={DCC_LIST_URL: DCC_LIST})
    (good,) = check_status(_entry(7, url=DCC_LIST_URL), lists=lists, resolver=Resolver())
    assert good.status == "passed", good.detail
    forged = json.loads(DCC_LIST)
    forged["credentialSubject"]["encodedList"] = encode_status_list(bytes(12_500))  # un-revoke everything
    lists = StatusLists(documents={DCC_LIST_URL: json.dumps(forged).encode()})
    (bad,) = check_status(_entry(6, url=DCC_LIST_URL), lists=lists, resolver=Resolver())
    assert bad.status == "failed" and "cannot be trusted" in bad.detail


def test_an_unsigned_list_is_used_with_a_warning() -> None:
    (check,) = check_status(_entry(3), lists=_lists(_list_credential(bytes(16))), resolver=Resolver())
    assert check.status == "warning" and "not signed" in check.detail


def test_suspension_message_and_purpose_mismatch() -> None:
    bits = bytes([0b0100_0000]) + bytes(15)
    (suspended,) = check_status(_entry(1, "suspension"), lists=_lists(_list_credential(bits, "suspension")))
    assert suspended.status == "failed" and "suspended" in suspended.detail
    (mismatch,) = check_status(_entry(1, "suspension"), lists=_lists(_list_credential(bits, "revocation")))
    assert mismatch.status == "failed" and "is for revocation" in mismatch.detail
    messages = [{"status": "0x0", "message": "pending"}, {"status": "0x1", "message": "accepted"}, {"status": "0x2", "message": "rejected"}]
    entry = _entry(0, "message", statusSize=2, statusMessage=messages)
    (msg,) = check_status(entry, lists=_lists(_list_credential(bytes([0b1000_0000]) + bytes(15), "message")))
    assert msg.data["message"] == "rejected" and "rejected" in msg.detail


def test_a_list_that_is_not_gzip_fails_clearly() -> None:
    not_gzip = "u" + base64.urlsafe_b64encode(b"just some bytes").rstrip(b"=").decode()
    with pytest.raises(InputError, match="not GZIP"):
        decode_status_list(not_gzip)
    (check,) = check_status(_entry(1), lists=_lists(_list_credential(b"", encoded=not_gzip)))
    assert check.status == "failed" and "not GZIP" in check.detail


def test_a_decompression_bomb_is_stopped() -> None:
    bomb = "u" + base64.urlsafe_b64encode(gzip.compress(bytes(40 * 1024 * 1024))).rstrip(b"=").decode()
    with pytest.raises(LimitExceeded):
        decode_status_list(bomb)
    (check,) = check_status(_entry(1), lists=_lists(_list_credential(b"", encoded=bomb)))
    assert check.status == "failed" and "too large" in check.detail


def test_index_out_of_range_and_malformed_entries_fail() -> None:
    (check,) = check_status(_entry(10_000), lists=_lists(_list_credential(bytes(16))))
    assert check.status == "failed" and "beyond" in check.detail
    (bad,) = check_status(_entry("seven"), lists=_lists(_list_credential(bytes(16))))
    assert bad.status == "failed" and "statusListIndex" in bad.detail


def test_offline_is_not_checked_and_the_network_is_used_only_when_allowed() -> None:
    calls: list[str] = []

    def fetcher(url: str) -> bytes:
        calls.append(url)
        return _list_credential(bytes(16))

    (offline,) = check_status(_entry(1), lists=fetcher, allow_network=False)
    assert offline.status == "not-checked" and "offline" in offline.detail and calls == []
    lists = StatusLists(fetcher, allow_network=True)
    check_status(_entry(1), lists=lists)
    (cached,) = check_status(_entry(2), lists=lists)
    assert calls == [LIST_URL] and cached.status in ("passed", "warning")  # the second answer came from the cache

    def unreachable(url: str) -> bytes:
        raise NetworkError(f"{url} is unreachable")

    (down,) = check_status(_entry(1), lists=unreachable, allow_network=True)
    assert down.status == "not-checked" and "offline" in down.detail


def test_no_status_means_no_check_and_unknown_types_are_not_checked() -> None:
    assert check_status({"id": "x"}) == []
    (check,) = check_status({"credentialStatus": {"type": "RevocationList2020Status", "id": "x"}})
    assert check.status == "not-checked" and "RevocationList2020Status" in check.detail


def test_1edtech_revocation_list() -> None:
    url = "https://issuer.example/revocations/1"
    cred = {"id": "urn:uuid:cred-1", "credentialStatus": {"id": url, "type": "1EdTechRevocationList"}}
    answer = {"id": url, "revokedCredentials": [{"id": "urn:uuid:cred-1", "revocationReason": "issued in error"}]}
    (revoked,) = check_status(cred, lists=StatusLists(documents={url: json.dumps(answer).encode()}))
    assert revoked.status == "failed" and "issued in error" in revoked.detail
    other = copy.deepcopy(cred)
    other["id"] = "urn:uuid:cred-2"
    (fine,) = check_status(other, lists=StatusLists(documents={url: json.dumps(answer).encode()}))
    assert fine.status == "passed"
    answer["revokedCredentials"][0]["revoked"] = False
    (unrevoked,) = check_status(cred, lists=StatusLists(documents={url: json.dumps(answer).encode()}))
    assert unrevoked.status == "passed"
