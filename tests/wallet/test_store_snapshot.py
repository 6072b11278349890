"""The encrypted index snapshot: a wallet opens by decrypting one value instead of one per credential, and
only while every credential row is exactly as the snapshot saw it; any change makes the rows be read."""

from __future__ import annotations

from pathlib import Path

from test_foundation import credential, write

from wallet.store.database import Store
from wallet.wallet import Wallet


class CountingCipher:
    """The wallet's own data cipher, counting how many values are decrypted."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.decrypted = 0

    def mac(self, data: bytes) -> str:
        return self.inner.mac(data)  # type: ignore[attr-defined,no-any-return]

    def encrypt(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        return self.inner.encrypt(plaintext, aad)  # type: ignore[attr-defined,no-any-return]

    def decrypt(self, blob: bytes, aad: bytes = b"") -> bytes:
        self.decrypted += 1
        return self.inner.decrypt(blob, aad)  # type: ignore[attr-defined,no-any-return]


def _titles(store: Store) -> set[str]:
    return {r.summary.get("title", "") for r in store.rows()}


def _open_counting(wallet: Wallet) -> tuple[Store, CountingCipher]:
    cipher = CountingCipher(wallet.store._cipher)
    return Store(wallet.home, cipher), cipher  # type: ignore[arg-type]


def test_the_snapshot_is_used_only_for_exactly_the_rows_it_saw(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    paths = [write(tmp_path, credential("Ada Vance", f"Badge {i}"), f"c{i}.json") for i in range(20)]
    ids = [a["id"] for a in wallet.import_files(paths).added]
    assert wallet.store.save_snapshot()
    assert not wallet.store.save_snapshot()  # nothing changed: not written again

    store, cipher = _open_counting(wallet)
    try:
        assert _titles(store) == {f"Badge {i}" for i in range(20)}
        assert cipher.decrypted <= 3  # the manifest and the snapshot, not twenty summaries
    finally:
        store.close()

    # a change the snapshot did not see: a summary rewritten, a row deleted, a row added
    wallet.verify_again(ids[0])
    wallet.delete([ids[1]])
    wallet.import_files([write(tmp_path, credential("Ada Vance", "Badge new"), "new.json")])
    store, cipher = _open_counting(wallet)
    try:
        assert _titles(store) == {f"Badge {i}" for i in range(20) if i != 1} | {"Badge new"}
        assert cipher.decrypted >= 20  # the rows were read, not the stale snapshot
    finally:
        store.close()


def test_a_damaged_snapshot_is_ignored_and_nothing_is_plaintext(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    wallet.import_files([write(tmp_path, credential("Quillon Marsh", "Riverbank Restoration Crew Lead"))])
    home = wallet.home
    wallet.close()  # closing writes the snapshot
    wallet.store = Store(home, wallet.store._cipher)
    blob = wallet.store.db.execute("SELECT data FROM integrity WHERE name = 'index'").fetchone()[0]
    flipped = bytearray(blob)
    flipped[-1] ^= 1
    wallet.store.db.execute("UPDATE integrity SET data = ? WHERE name = 'index'", [bytes(flipped)])
    wallet.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = b"".join(p.read_bytes() for p in home.iterdir() if p.is_file())
    assert b"Quillon" not in stored and b"Riverbank" not in stored
    wallet.store.close()
    store, cipher = _open_counting(wallet)
    try:
        assert _titles(store) == {"Riverbank Restoration Crew Lead"} and not store.problems()
        assert cipher.decrypted >= 2  # the snapshot failed to open; the row was read
    finally:
        store.close()
    wallet.store = Store(home, wallet.store._cipher)


def test_a_record_damaged_after_the_snapshot_is_still_found_and_named(keychain: None, wallet: Wallet,
                                                                       tmp_path: Path) -> None:
    paths = [write(tmp_path, credential("Ada Vance", f"Badge {i}"), f"c{i}.json") for i in range(3)]
    ids = [a["id"] for a in wallet.import_files(paths).added]
    home, cipher = wallet.home, wallet.store._cipher
    wallet.close()  # the snapshot is written
    store = Store(home, cipher)
    blob = store.db.execute("SELECT summary FROM credentials WHERE id = ?", [ids[0]]).fetchone()[0]
    flipped = bytearray(blob)
    flipped[20] ^= 1
    store.db.execute("UPDATE credentials SET summary = ? WHERE id = ?", [bytes(flipped), ids[0]])
    store.close()
    store = Store(home, cipher)
    try:
        assert _titles(store) == {"Badge 1", "Badge 2"}
        assert [p.key for p in store.problems()] == [ids[0]]
        assert not store.save_snapshot()  # never over a damaged record
    finally:
        store.close()
    wallet.store = Store(home, cipher)
