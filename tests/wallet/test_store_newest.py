"""The newest credentials, found without building the summaries of the others (what the library shows
first when a large wallet opens), in exactly the order of the full list."""

from __future__ import annotations

import json

from wallet.wallet import Wallet


def _presentation(count: int) -> bytes:
    """``count`` unsigned credentials: some share a date, some have none (ordered by when they were added)."""
    docs = []
    for i in range(count):
        doc = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
               "id": f"urn:uuid:7b0c5a1e-0000-4000-8000-{i:012x}", "issuer": "did:example:issuer",
               "name": f"Credential {i}", "credentialSubject": {"name": "Quillon Marsh"}}
        if i % 5:
            doc["validFrom"] = f"2024-0{1 + i % 3}-1{i % 4}T09:00:00Z"
        docs.append(doc)
    return json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
                       "verifiableCredential": docs}).encode()


def test_newest_credentials_are_the_start_of_the_full_list(keychain: None, wallet: Wallet) -> None:
    result = wallet.import_bytes(_presentation(14), "batch.json", allow_network=False)
    assert len(result.added) == 14, result.failed
    full = wallet.credentials()
    wallet.curate([full[1].id], hidden=True)
    wallet.curate([full[2].id], archived=True)
    wallet.curate([full[4].id], hidden=True, archived=True)
    full = wallet.credentials()
    ids = [c.id for c in full]
    for n in (0, 1, 3, 13, 14, 40):
        assert [c.id for c in wallet.newest_credentials(n)] == ids[:n]
    not_hidden = [c.id for c in full if not c.curation.hidden]
    shown = [c.id for c in full if not (c.curation.hidden or c.curation.archived)]
    assert [c.id for c in wallet.newest_credentials(5, include_hidden=False)] == not_hidden[:5]
    assert [c.id for c in wallet.newest_credentials(5, include_hidden=False, include_archived=False)] == shown[:5]
    # the same immutable summaries as the full list (built once, with their curation)
    first = wallet.newest_credentials(3)
    assert all(a is b for a, b in zip(first, wallet.credentials()[:3], strict=True))
    assert first[1].curation.hidden


def test_a_reopened_wallet_lists_the_same_newest_credentials(keychain: None, wallet: Wallet) -> None:
    wallet.import_bytes(_presentation(9), "batch.json", allow_network=False)
    before = [c.id for c in wallet.credentials()]
    wallet.close()
    again = Wallet.open(wallet.home)
    try:
        assert again.problems() == []
        assert [c.id for c in again.newest_credentials(4)] == before[:4]
        assert [c.id for c in again.credentials()] == before
    finally:
        again.close()
