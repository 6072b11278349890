"""Encrypted backups of a whole wallet: credentials, curation, settings, history, DIDs and keys.

Format (version 1) — a UTF-8 JSON document::

    {
      "format": "learner-wallet-backup",
      "version": 1,
      "created_at": "2026-11-28T12:00:00+00:00",
      "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<base64url 16 bytes>"},
      "cipher": "AES-256-GCM",
      "nonce": "<base64url 12 bytes>",
      "ciphertext": "<base64url>"
    }

The key is scrypt(passphrase, salt) (memory-hard: 128 MiB at n=2^17, r=8). The associated data
is the JCS form of the document without ``ciphertext``, so no header field can be altered. The
plaintext is zlib-compressed JSON holding every table's decrypted values and the keychain entries
of the wallet's DIDs. Restoring decrypts everything *before* writing anything, creates a new
wallet (new id, new data key) in an empty folder and puts the keys into this computer's keychain;
a wrong passphrase or a damaged file changes nothing.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rfc8785
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from wallet.errors import BackupError, InputError, LimitExceeded, WrongPassphrase
from wallet.fileio import atomic_write, read_input_file

if TYPE_CHECKING:
    from wallet.wallet import Wallet

__all__ = ["BACKUP_FORMAT", "backup_wallet", "read_backup", "restore_wallet"]

BACKUP_FORMAT = "learner-wallet-backup"
VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_BACKUP_BYTES = 512 * 1024 * 1024
MAX_PLAINTEXT_BYTES = 2 * 1024 * 1024 * 1024
MIN_PASSPHRASE = 8
TABLES = ("curation", "settings", "share_history")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if n > 2**20 or r > 16 or p > 4 or n < 2**14:
        raise BackupError("The backup's key-derivation parameters are outside the accepted range.")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def backup_wallet(wallet: Wallet, out: str | Path, passphrase: str) -> Path:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(f"The backup passphrase must have at least {MIN_PASSPHRASE} characters.")
    store = wallet.store
    creds = []
    for row in store.db.execute(
        "SELECT id, parent_id, added_at FROM credentials ORDER BY added_at, id").fetchall():
        cid, parent, added = row
        creds.append({"id": cid, "parent_id": parent, "added_at": added, "summary": store.row(cid).summary,
                      "content": store.content(cid)})
    dids = wallet.dids()
    payload = {
        "wallet": {k: v for k, v in wallet.info.items() if k != "wallet_id"},
        "credentials": creds,
        "dids": dids,
        "secrets": wallet.keystore.export_secrets([d["did"] for d in dids]),
        "tables": {t: store.all_blobs(t, _key_col(t)) for t in TABLES},
        "history_times": {r[0]: r[1] for r in store.db.execute("SELECT id, created_at FROM share_history")},
    }
    plaintext = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 9)
    salt, nonce = os.urandom(16), os.urandom(12)
    header: dict[str, Any] = {
        "format": BACKUP_FORMAT,
        "version": VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
    }
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    ct = AESGCM(key).encrypt(nonce, plaintext, rfc8785.dumps(header))
    doc = {**header, "ciphertext": _b64(ct)}
    return atomic_write(out, json.dumps(doc, indent=1).encode())


def _key_col(table: str) -> str:
    return {"curation": "credential_id", "settings": "name", "share_history": "id"}[table]


def read_backup(path: str | Path, passphrase: str) -> dict[str, Any]:
    """Decrypt a backup file (nothing is written). Raises WrongPassphrase or BackupError."""
    data = read_input_file(path, limit=MAX_BACKUP_BYTES)
    try:
        doc = json.loads(data)
        if doc.get("format") != BACKUP_FORMAT:
            raise BackupError(f"{Path(path).name} is not a Learner Wallet backup.")
        if doc.get("version") != VERSION:
            raise BackupError(f"{Path(path).name} is a backup of version {doc.get('version')}, which this "
                              "version of Learner Wallet cannot read.", fix="Update Learner Wallet.")
        kdf = doc["kdf"]
        if kdf.get("name") != "scrypt" or doc.get("cipher") != "AES-256-GCM":
            raise BackupError("The backup uses an unknown key derivation or cipher.")
        header = {k: v for k, v in doc.items() if k != "ciphertext"}
        key = _derive(passphrase, _unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        ct = _unb64(doc["ciphertext"])
        nonce = _unb64(doc["nonce"])
    except BackupError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupError(f"{Path(path).name} is damaged: {exc}") from None
    try:
        plaintext = AESGCM(key).decrypt(nonce, ct, rfc8785.dumps(header))
    except InvalidTag:
        raise WrongPassphrase("The passphrase is wrong, or the backup file is damaged.",
                              fix="Check the passphrase (it is case-sensitive) and try again.") from None
    d = zlib.decompressobj()
    raw = d.decompress(plaintext, MAX_PLAINTEXT_BYTES)
    if d.unconsumed_tail:
        raise LimitExceeded("The backup expands beyond 2 GB.")
    try:
        payload: dict[str, Any] = json.loads(raw)
    except ValueError as exc:
        raise BackupError(f"The backup's content is damaged: {exc}") from None
    return payload


def restore_wallet(path: str | Path, home: str | Path, passphrase: str, *, keyring_backend: Any = None) -> Wallet:
    """Restore a backup into ``home`` (which must not hold a wallet). Returns the open wallet."""
    from wallet.wallet import Wallet

    home = Path(home)
    if Wallet.exists(home):
        raise InputError(f"{home} already holds a wallet; restore into an empty folder.",
                         fix="Choose another folder with --home, or move the existing wallet away first.")
    payload = read_backup(path, passphrase)
    existed = home.exists()
    wallet = Wallet.create(home, keyring_backend=keyring_backend, first_did=False,
                           demo=bool(payload.get("wallet", {}).get("demo")))
    try:
        wallet.keystore.import_secrets(payload["secrets"])
        store = wallet.store
        with store.transaction() as db:
            for d in payload["dids"]:
                db.table("dids").insert({"did": d["did"], "key_type": d["key_type"], "created_at": d["created_at"],
                                   "is_default": int(bool(d["default"])),
                                   "data": store.seal("dids", d["did"], "data", {"label": d.get("label", "")})})
            for c in payload["credentials"]:
                from wallet.credentials.ingest import Ingested

                raw = c["content"]["raw"]
                fp = store.fingerprint(Ingested(raw, c["content"]["format"], None, {}).canonical_bytes())
                store.add_credential(db, fingerprint=fp, summary=c["summary"], content=c["content"],
                                     parent_id=c["parent_id"], cid=c["id"], added_at=c["added_at"])
            times = payload.get("history_times", {})
            for table in TABLES:
                col = _key_col(table)
                for key, value in payload["tables"].get(table, {}).items():
                    extra = {"created_at": times.get(key, "")} if table == "share_history" else {}
                    db.table(table).insert({col: key, "data": store.seal(table, key, "data", value), **extra},
                                     replace=True)
        store.refresh_index()
        return wallet
    except BaseException:
        try:
            wallet.keystore.delete_all([d["did"] for d in payload.get("dids", [])])
        finally:
            wallet.close()
            if existed:
                for name in ("wallet.db", "wallet.db-wal", "wallet.db-shm", "wallet.json"):
                    (home / name).unlink(missing_ok=True)
            else:
                shutil.rmtree(home, ignore_errors=True)
        raise
