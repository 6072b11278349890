"""Curation (tags, collections, favourites, display title, hidden, notes) and share history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wallet.errors import InputError
from wallet.wallet import Wallet


def _cred(title: str, person: str = "Quillon Marsh") -> bytes:
    return json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                       "issuer": "did:example:issuer", "name": title,
                       "credentialSubject": {"name": person}}).encode()


def test_curation_is_persisted_encrypted_and_searchable(keychain: None, wallet: Wallet) -> None:
    a = wallet.import_bytes(_cred("Data Literacy Badge"), "a.json").added[0]["id"]
    b = wallet.import_bytes(_cred("Food Bank Volunteer"), "b.json").added[0]["id"]
    change = wallet.curate([a, b], add_collections=["Data analyst applications"], add_tags=["spring 2026"])
    assert change.kind == "curation" and set(change.ids) == {a, b}
    wallet.curate([a], favourite=True, display_title="My data badge", notes="Ask Prof. Ilse for a reference")
    wallet.curate([b], hidden=True, remove_tags=["SPRING 2026"])
    assert wallet.collections() == ["Data analyst applications"] and wallet.tags() == ["spring 2026"]
    assert [c.id for c in wallet.credentials("reference ilse")] == [a]
    assert {c.id for c in wallet.credentials("analyst")} == {a, b}
    assert [c.id for c in wallet.credentials(include_hidden=False)] == [a]
    summary = next(c for c in wallet.credentials() if c.id == a)
    assert summary.display_title == "My data badge" and summary.title == "Data Literacy Badge"
    assert wallet.credential(a).raw["name"] == "Data Literacy Badge"  # the signed credential is untouched
    wallet.store.db.execute("PRAGMA wal_checkpoint(FULL)")
    for p in Path(wallet.home).rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert b"analyst" not in data and b"Ilse" not in data and b"My data badge" not in data
    wallet.close()
    again = Wallet.open(wallet.home)
    try:
        assert again.curation(a).favourite and again.curation(a).notes.startswith("Ask Prof.")
        assert again.curation(b).hidden and again.curation(b).tags == ()
    finally:
        again.close()


def test_bad_curation_changes_nothing(keychain: None, wallet: Wallet) -> None:
    a = wallet.import_bytes(_cred("Data Literacy Badge"), "a.json").added[0]["id"]
    with pytest.raises(InputError):
        wallet.curate([a], colour="red")
    with pytest.raises(InputError):
        wallet.curate([a], notes="x" * 30_000)
    assert wallet.curation(a).notes == ""


def test_share_history(keychain: None, wallet: Wallet) -> None:
    wallet.record_share({"credentials": ["x"], "fields": {"x": ["/name"]}, "domain": "hiring.example",
                         "form": "qr"})
    wallet.record_share({"credentials": ["y"], "fields": {}, "domain": None, "form": "package"})
    hist = wallet.share_history()
    assert len(hist) == 2 and {h["form"] for h in hist} == {"qr", "package"}
    wallet.clear_share_history()
    assert wallet.share_history() == []


def test_summaries_are_reused_until_their_row_or_curation_changes(keychain: None, wallet: Wallet) -> None:
    a = wallet.import_bytes(_cred("Data Literacy Badge"), "a.json").added[0]["id"]
    b = wallet.import_bytes(_cred("Food Bank Volunteer"), "b.json").added[0]["id"]
    first = {c.id: c for c in wallet.credentials()}
    again = {c.id: c for c in wallet.credentials()}
    assert again[a] is first[a] and again[b] is first[b]  # nothing changed: the same immutable objects
    wallet.curate([a], add_tags=["spring 2026"])
    after = {c.id: c for c in wallet.credentials()}
    assert after[b] is first[b]
    assert after[a] is not first[a] and after[a].curation.tags == ("spring 2026",)
    assert first[a].curation.tags == ()  # what a view held before is not changed under it
    wallet.delete([b])
    assert [c.id for c in wallet.credentials()] == [a] and wallet.credential_count() == 1
    assert wallet.credentials()[0] is after[a]
    wallet.curate([a[:10]], favourite=True)  # a unique prefix still names the credential
    assert wallet.credentials()[0].curation.favourite
    # just some summaries (what the library reads after a curation), the same objects as the full list
    wallet.curate([a], add_tags=["autumn"])
    (only,) = wallet.summaries([a, b, "no-such-id"])  # b was deleted: left out
    assert only.curation.tags == ("spring 2026", "autumn") and wallet.credentials()[0] is only
