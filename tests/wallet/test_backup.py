"""Encrypted backup and restore into a new wallet with its own keychain entries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import forget_wallet

from wallet.errors import BackupError, InputError, WrongPassphrase
from wallet.store.backup import read_backup, restore_wallet
from wallet.wallet import Wallet

ROOT = Path(__file__).resolve().parents[2]


def _cred(i: int) -> bytes:
    return json.dumps({
        "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
        "issuer": "did:example:issuer", "name": f"Peer Mentor Certificate {i}",
        "credentialSubject": {"name": "Quillon Marsh"}}).encode()


def test_backup_restore_roundtrip(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    for i in range(3):
        wallet.import_bytes(_cred(i), f"c{i}.json")
    p256, _ = wallet.create_did("p256", "interviews")
    wallet.set_setting("network", "ask")
    wallet.store.put_blob("curation", "credential_id", wallet.credentials()[0].id, {"tags": ["mentoring"]})
    out = wallet.home.parent / "wallet.lwbackup"
    from wallet.store.backup import backup_wallet

    backup_wallet(wallet, out, "correct horse battery")
    raw = out.read_bytes()
    assert b"Quillon" not in raw and b"Peer Mentor" not in raw
    assert out.stat().st_mode & 0o077 == 0

    target = tmp_path / "restored"
    restored = restore_wallet(out, target, "correct horse battery")
    try:
        assert restored.info["wallet_id"] != wallet.info["wallet_id"]  # its own keychain namespace
        assert sorted(c.title for c in restored.credentials()) == sorted(c.title for c in wallet.credentials())
        assert [c.id for c in restored.credentials("quillon")] == [c.id for c in wallet.credentials("quillon")]
        assert {(d["did"], d["label"], d["default"]) for d in restored.dids()} == {
            (d["did"], d["label"], d["default"]) for d in wallet.dids()}
        assert restored.setting("network") == "ask"
        cid = wallet.credentials()[0].id
        assert restored.store.get_blob("curation", "credential_id", cid) == {"tags": ["mentoring"]}
        # the restored keys sign for the same DIDs, from the restored wallet's own keychain entries
        for did in (wallet.default_did(), p256):
            sig = restored.signer(did).sign(b"after restore")
            assert wallet.signer(did).public_key.verify(sig, b"after restore")
        assert restored.keystore.service != wallet.keystore.service
    finally:
        restored.close()
        forget_wallet(target)


def test_wrong_passphrase_and_damage_change_nothing(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    from wallet.store.backup import backup_wallet

    wallet.import_bytes(_cred(1), "c.json")
    out = tmp_path / "b.lwbackup"
    backup_wallet(wallet, out, "correct horse battery")
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        restore_wallet(out, target, "wrong horse battery")
    assert not target.exists()
    doc = json.loads(out.read_text())
    doc["kdf"]["n"] = 2**15  # a header change breaks the associated data
    (tmp_path / "h.lwbackup").write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        read_backup(tmp_path / "h.lwbackup", "correct horse battery")
    doc = json.loads(out.read_text())
    doc["ciphertext"] = doc["ciphertext"][:-8] + "AAAAAAAA"
    (tmp_path / "d.lwbackup").write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        restore_wallet(tmp_path / "d.lwbackup", target, "correct horse battery")
    (tmp_path / "x.lwbackup").write_text("not a backup")
    with pytest.raises(BackupError):
        restore_wallet(tmp_path / "x.lwbackup", target, "correct horse battery")
    assert not target.exists()
    with pytest.raises(InputError):
        restore_wallet(out, wallet.home, "correct horse battery")  # never over an existing wallet
    with pytest.raises(InputError):
        backup_wallet(wallet, tmp_path / "short.lwbackup", "short")


def test_cli_backup_and_restore(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    wallet.import_bytes(_cred(7), "c.json")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEARNER_WALLET_PASSPHRASE": "a long passphrase"}
    out = tmp_path / "cli.lwbackup"
    r = subprocess.run([sys.executable, "-m", "wallet.cli", "--json", "--home", str(wallet.home), "backup",
                        "--out", str(out)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    target = tmp_path / "cli-restored"
    try:
        r = subprocess.run([sys.executable, "-m", "wallet.cli", "--json", "--home", str(target), "restore",
                            str(out)], capture_output=True, text=True, env=env, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["credentials"] == 1
        env["LEARNER_WALLET_PASSPHRASE"] = "the wrong passphrase"
        r = subprocess.run([sys.executable, "-m", "wallet.cli", "--json", "--home", str(tmp_path / "t2"),
                            "restore", str(out)], capture_output=True, text=True, env=env, cwd=ROOT)
        assert r.returncode == 2 and json.loads(r.stdout)["error"]["code"] == "wrong-passphrase"
        assert not (tmp_path / "t2").exists()
    finally:
        forget_wallet(target)
