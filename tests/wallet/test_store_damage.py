"""A damaged wallet never locks its learner out; tampering is detected; backups are checked; restore is atomic."""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path

import pytest
import rfc8785
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from support import forget_wallet

from wallet.errors import BackupError, StoreCorrupt
from wallet.store import backup as bk
from wallet.store.integrity import describe_problems
from wallet.wallet import Wallet

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery"


def _cred(i: int, name: str = "Quillon Marsh") -> bytes:
    return json.dumps({
        "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
        "issuer": "did:example:issuer", "name": f"Peer Mentor Certificate {i}",
        "credentialSubject": {"name": name}}).encode()


def _sql(wallet: Wallet, query: str, *args: object) -> list[tuple]:
    """Change the database file behind the wallet's back, as another program would."""
    conn = sqlite3.connect(wallet.store.path)
    try:
        rows = conn.execute(query, args).fetchall()
        conn.commit()
    finally:
        conn.close()
    return rows


def _flip(blob: bytes, at: int = 40) -> bytes:
    b = bytearray(blob)
    b[at] ^= 0x01
    return bytes(b)


def _reopen(wallet: Wallet) -> Wallet:
    wallet.close()
    return Wallet.open(wallet.home)


def _two(wallet: Wallet) -> tuple[str, str]:
    a = wallet.import_bytes(_cred(1), "a.json").added[0]["id"]
    b = wallet.import_bytes(_cred(2), "b.json").added[0]["id"]
    return a, b


# --- one flipped bit ---------------------------------------------------------------------------------


def test_one_flipped_bit_in_a_summary_does_not_lock_the_wallet(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    a, b = _two(wallet)
    [(blob,)] = _sql(wallet, "SELECT summary FROM credentials WHERE id = ?", b)
    _sql(wallet, "UPDATE credentials SET summary = ? WHERE id = ?", _flip(blob), b)
    w = _reopen(wallet)
    try:
        assert [c.id for c in w.credentials()] == [a]  # listed: the readable one
        assert [p.key for p in w.problems()] == [b]
        assert describe_problems(w.problems()) == [
            f"1 credential could not be read ({b[:12]}) — Restore it from a backup or delete it "
            "(learner-wallet-cli repair)."]
        with pytest.raises(StoreCorrupt, match=b):
            w.credential(b[:10])  # named, not "no such credential"
        assert w.dids()  # did list still works
        out = bk.backup_wallet(w, tmp_path / "b.lwbackup", PASS)
        assert [c["id"] for c in bk.read_backup(out, PASS)["credentials"]] == [a]
        found, _ = w.repair()
        assert [p.key for p in found] == [b]
    finally:
        w.close()
    w = Wallet.open(wallet.home)
    try:
        assert w.problems() == [] and [c.id for c in w.credentials()] == [a]
    finally:
        w.close()


def test_cli_names_the_damaged_record_and_repair_removes_it(keychain: None, wallet: Wallet) -> None:
    a, b = _two(wallet)
    [(blob,)] = _sql(wallet, "SELECT content FROM credentials WHERE id = ?", a)
    _sql(wallet, "UPDATE credentials SET content = ? WHERE id = ?", _flip(blob), a)
    wallet.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEARNER_WALLET_PASSPHRASE": PASS}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "wallet.cli", "--home", str(wallet.home), *args],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)

    r = cli("show", a)
    assert r.returncode != 0 and "Traceback" not in r.stderr and a in r.stderr and "Restore it" in r.stderr
    r = cli("backup", "--out", str(wallet.home.parent / "x.lwbackup"))
    assert r.returncode == 0 and "1 credential could not be read" in r.stderr, r.stderr
    r = cli("list")
    assert r.returncode == 0 and "Peer Mentor Certificate 2" in r.stdout
    r = cli("--json", "repair", "--dry-run")
    assert r.returncode == 0 and [p["id"] for p in json.loads(r.stdout)["problems"]] == [a]
    r = cli("repair")
    assert r.returncode == 0 and "Removed" in r.stdout
    r = cli("--json", "repair", "--dry-run")
    assert json.loads(r.stdout)["problems"] == [] and "could not be read" not in cli("list").stderr


def test_a_damaged_did_label_keeps_the_identity(keychain: None, wallet: Wallet) -> None:
    did = wallet.default_did()
    [(blob,)] = _sql(wallet, "SELECT data FROM dids WHERE did = ?", did)
    _sql(wallet, "UPDATE dids SET data = ? WHERE did = ?", _flip(blob, 20), did)
    w = _reopen(wallet)
    try:
        assert [d["did"] for d in w.dids()] == [did]
        assert [(p.table, p.key) for p in w.problems()] == [("dids", did)]
        w.repair()
        assert w.dids()[0]["did"] == did and w.problems() == []
        assert w.signer(did).did == did
    finally:
        w.close()


# --- rolled back, deleted, moved ---------------------------------------------------------------------------


def test_a_record_rolled_back_to_an_older_ciphertext_is_detected(keychain: None, wallet: Wallet) -> None:
    a, _ = _two(wallet)
    old = _sql(wallet, "SELECT version, summary, content FROM credentials WHERE id = ?", a)[0]
    summary = dict(wallet.credential(a).summary.data, state="revoked")
    wallet.store.update_credential(a, summary=summary)
    # the older blobs alone: the version in the associated data no longer matches
    _sql(wallet, "UPDATE credentials SET summary = ?, content = ? WHERE id = ?", old[1], old[2], a)
    w = _reopen(wallet)
    try:
        assert a not in {c.id for c in w.credentials()}
        assert [(p.kind, p.key) for p in w.problems()] == [("unreadable", a)]
    finally:
        w.close()
    # the older blobs and the older version number: the manifest says which version was written
    _sql(wallet, "UPDATE credentials SET version = ? WHERE id = ?", old[0], a)
    w = Wallet.open(wallet.home)
    try:
        assert a not in {c.id for c in w.credentials()}  # never silently shown as "not revoked"
        assert [(p.kind, p.key) for p in w.problems()] == [("rolled-back", a)]
    finally:
        w.close()


def test_a_curation_rollback_a_deleted_row_and_a_moved_record_are_detected(keychain: None, wallet: Wallet) -> None:
    a, b = _two(wallet)
    wallet.curate([a], add_tags=["first"])
    old = _sql(wallet, "SELECT version, data FROM curation WHERE credential_id = ?", a)[0]
    wallet.curate([a], add_tags=["second"])
    _sql(wallet, "UPDATE curation SET version = ?, data = ? WHERE credential_id = ?", old[0], old[1], a)
    _sql(wallet, "DELETE FROM credentials WHERE id = ?", b)
    c = wallet.import_bytes(_cred(3), "c.json").added[0]["id"]
    _sql(wallet, "UPDATE credentials SET parent_id = ? WHERE id = ?", a, c)
    w = _reopen(wallet)
    try:
        kinds = {(p.kind, p.table, p.key) for p in w.problems()}
        assert kinds == {("rolled-back", "curation", a), ("missing", "credentials", b), ("moved", "credentials", c)}
        assert w.curation(a).tags == ()  # the rolled-back curation is not used
        assert {x.id for x in w.credentials()} == {a}
        w.repair()
        assert w.problems() == []
        assert {(x.id, x.parent_id) for x in w.credentials()} == {(a, None), (c, None)}  # moved back
    finally:
        w.close()


def test_the_url_cache_keeps_no_plaintext_url(keychain: None, wallet: Wallet) -> None:
    url = "https://registrar.riverbank-college.example/.well-known/did.json"
    cache = wallet.resolver().cache
    cache[url] = b'{"id": "did:web:registrar.riverbank-college.example"}'
    assert cache.get(url) == b'{"id": "did:web:registrar.riverbank-college.example"}'
    wallet.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for p in wallet.home.iterdir():
        assert b"riverbank-college" not in p.read_bytes(), p


def test_migration_converts_a_plaintext_url_cache(keychain: None, wallet: Wallet) -> None:
    from wallet.store.migrations import MIGRATIONS

    cipher = wallet.keystore.data_cipher()
    home = wallet.home
    wallet.close()
    for name in ("wallet.db", "wallet.db-wal", "wallet.db-shm"):
        (home / name).unlink(missing_ok=True)
    import sqlite_utils

    db = sqlite_utils.Database(home / "wallet.db")  # a wallet as the first release wrote it
    MIGRATIONS[0][1](db, None)  # type: ignore[arg-type]
    db.table("_migrations").insert({"name": "001_initial", "applied_at": "2026-01-01T00:00:00+00:00"})
    url = "https://status.riverbank-college.example/lists/3"

    def seal(aad: str, value: object) -> bytes:
        return cipher.encrypt(json.dumps(value).encode(), aad.encode())

    db.table("cache").insert({"url": url, "fetched_at": "x", "data": seal(f"cache/{url}/data", b"list".hex())})
    db.table("credentials").insert({"id": "c1", "fingerprint": "f", "parent_id": None, "added_at": "2026",
                                    "summary": seal("credentials/c1/summary", {"title": "Old record"}),
                                    "content": seal("credentials/c1/content", {"raw": "x", "format": "vc-jwt"})})
    db.conn.commit()
    db.close()
    w = Wallet.open(home)
    try:
        assert [c.title for c in w.credentials()] == ["Old record"] and w.problems() == []
        assert w.resolver().cache.get(url) == b"list"
        w.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for p in home.iterdir():
            assert b"riverbank-college" not in p.read_bytes(), p
    finally:
        w.close()


# --- wallet.json ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("info", [
    {"format": 1, "created_at": "x"},
    {"format": 1, "wallet_id": "../../other"},
    {"format": 1, "wallet_id": "a/b"},
    {"format": 1, "wallet_id": 7},
    {"format": 2, "wallet_id": "0" * 32},
    [1, 2],
    "not json {",
])
def test_a_damaged_wallet_json_gives_a_coded_error(tmp_path: Path, info: object) -> None:
    from wallet.cli import main

    home = tmp_path / "w"
    home.mkdir()
    (home / "wallet.json").write_text(info if isinstance(info, str) else json.dumps(info))
    with pytest.raises(StoreCorrupt):
        Wallet.open(home)
    assert main(["--home", str(home), "list"]) == StoreCorrupt.exit_code == 2  # not 1 ("not verified")


# --- backups: header bounds, keys that open the data, atomic restore ---------------------------------------------


@pytest.fixture
def backup_file(keychain: None, wallet: Wallet, tmp_path: Path) -> Path:
    for i in range(3):
        wallet.import_bytes(_cred(i), f"c{i}.json")
    return bk.backup_wallet(wallet, tmp_path / "w.lwbackup", PASS)


@pytest.mark.parametrize("n", ["Infinity", "NaN", "1e999999", "131072.0", "true", '"131072"', str(2**20),
                               str(2**17 + 1), "0"])
def test_backup_header_is_bounded_before_any_work(backup_file: Path, tmp_path: Path, n: str) -> None:
    text = backup_file.read_text().replace('"n": 131072', f'"n": {n}')
    assert text != backup_file.read_text()
    bad = tmp_path / "bad.lwbackup"
    bad.write_text(text)
    with pytest.raises(BackupError) as exc:  # a WrongPassphrase would mean scrypt ran with these numbers
        bk.restore_wallet(bad, tmp_path / "target", PASS)
    assert exc.value.code == "backup"
    assert not (tmp_path / "target").exists()


@pytest.mark.parametrize("field, value", [("r", 16), ("p", 4)])
def test_backup_cost_parameters_over_the_bound_are_refused(backup_file: Path, tmp_path: Path, field: str,
                                                           value: int) -> None:
    doc = json.loads(backup_file.read_text())
    doc["kdf"][field] = value
    (tmp_path / "x.lwbackup").write_text(json.dumps(doc))
    with pytest.raises(BackupError, match="outside the accepted range"):
        bk.read_backup(tmp_path / "x.lwbackup", PASS)


def _reseal(payload: dict, out: Path) -> Path:
    """A backup of ``payload`` under PASS, written as the wallet writes them (a crafted backup)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    header = {"format": bk.BACKUP_FORMAT, "version": 1, "created_at": "2026-01-01T00:00:00+00:00",
              "kdf": {"name": "scrypt", "n": 2**14, "r": 8, "p": 1, "salt": b64(salt)},
              "cipher": "AES-256-GCM", "nonce": b64(nonce)}
    key = bk._derive(PASS, salt, 2**14, 8, 1)
    ct = AESGCM(key).encrypt(nonce, zlib.compress(json.dumps(payload).encode()), rfc8785.dumps(header))
    out.write_text(json.dumps({**header, "ciphertext": b64(ct)}))
    return out


def test_a_backup_whose_keys_do_not_open_its_data_is_refused(backup_file: Path, tmp_path: Path) -> None:
    payload = bk.read_backup(backup_file, PASS)
    ok = _reseal(payload, tmp_path / "ok.lwbackup")
    crafted = dict(payload, secrets={**payload["secrets"], "data-key": "00" * 32})
    with pytest.raises(BackupError, match="keys"):
        bk.restore_wallet(_reseal(crafted, tmp_path / "c.lwbackup"), tmp_path / "t1", PASS)
    did = payload["dids"][0]["did"]
    other = dict(payload, secrets={did: json.dumps({"v": 1, "type": "ed25519", "secretKeyMultibase": "z1111"})})
    with pytest.raises(BackupError):
        bk.restore_wallet(_reseal(other, tmp_path / "o.lwbackup"), tmp_path / "t2", PASS)
    assert not (tmp_path / "t1").exists() and not (tmp_path / "t2").exists()
    assert not list(tmp_path.glob(".t*restoring*"))
    restored = bk.restore_wallet(ok, tmp_path / "t3", PASS)  # the same payload, untouched, restores
    try:
        assert len(restored.credentials()) == 3
    finally:
        restored.close()
        forget_wallet(tmp_path / "t3")


CHILD = textwrap.dedent("""
    import sys
    from wallet.store.backup import restore_wallet
    path, home = sys.argv[1:]
    print("start", flush=True)
    restore_wallet(path, home, "correct horse battery").close()
    print("done", flush=True)
""")


def test_kill_during_restore_leaves_old_state_or_complete_wallet_and_retry_works(backup_file: Path,
                                                                                tmp_path: Path) -> None:
    rng = random.Random(15)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = []
    for i in range(6):
        home = tmp_path / f"r{i}"
        if i % 2:
            home.mkdir()  # an existing empty folder is a valid target too
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(backup_file), str(home)], stdout=subprocess.PIPE,
                                text=True, cwd=ROOT, env=env)
        assert proc.stdout is not None and proc.stdout.readline().startswith("start")
        time.sleep(rng.uniform(0.0, 2.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        try:
            if Wallet.exists(home):
                outcomes.append("complete")
                w = Wallet.open(home)  # the complete restored wallet
                try:
                    assert len(w.credentials()) == 3 and w.problems() == []
                finally:
                    w.close()
            else:
                outcomes.append("old")
                w = bk.restore_wallet(backup_file, home, PASS)  # a retry works
                try:
                    assert len(w.credentials()) == 3
                finally:
                    w.close()
            assert not list(tmp_path.glob(f".r{i}.restoring-*"))  # the retry cleaned up
        finally:
            forget_wallet(home)
    assert "old" in outcomes, outcomes
