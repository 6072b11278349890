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
of the wallet's DIDs. Records that cannot be read are left out of a backup and named.

Reading a backup checks the header against fixed bounds *before any work* (scrypt n a power of two
in 2^14..2^18, r <= 8, p = 1, a 16..64-byte salt, a 12-byte nonce; integers only, so no Infinity or
NaN), then decrypts, then checks the whole payload (its keys must be the keys of exactly its DIDs,
every credential within the input limits) — all before anything is written.

Restoring is atomic: the new wallet (new id, new data key) is built in a hidden sibling folder, its
data is opened again with its own keys, and only then does it take the place of ``home`` with
renames; ``wallet.json`` arrives last. A kill at any moment leaves either no wallet in ``home``
or the complete restored one; a retry cleans up what an interrupted restore left behind (its
folder and its keychain entries).
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import uuid
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rfc8785
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from wallet.errors import BackupError, InputError, InvalidKey, StoreCorrupt, WalletError, WrongPassphrase
from wallet.fileio import atomic_write, read_input_file
from wallet.identity.keystore import check_secret
from wallet.limits import MAX_INPUT_BYTES, check_document, check_size, inflate_limited, load_json_bytes

if TYPE_CHECKING:
    from wallet.wallet import Wallet

__all__ = ["BACKUP_FORMAT", "backup_wallet", "check_header", "check_payload", "read_backup", "restore_wallet"]

BACKUP_FORMAT = "learner-wallet-backup"
VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # what the writer uses
# what the reader accepts: the writer's values with one doubling of n as headroom (256 MiB, ~1 s at most
# even for a wrong passphrase)
MIN_SCRYPT_N, MAX_SCRYPT_N, MAX_SCRYPT_R, MAX_SCRYPT_P = 2**14, 2**18, 8, 1
MAX_BACKUP_BYTES = 512 * 1024 * 1024
MAX_PLAINTEXT_BYTES = 1024 * 1024 * 1024
MIN_PASSPHRASE = 8
TABLES = ("curation", "settings", "share_history")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    _check_kdf_numbers(n, r, p)
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _check_kdf_numbers(n: Any, r: Any, p: Any) -> None:
    for name, value in (("n", n), ("r", r), ("p", p)):
        if type(value) is not int:  # no floats, no booleans, no strings, no Infinity or NaN
            raise BackupError(f"The backup's key-derivation parameter {name} is not a whole number.")
    if not (MIN_SCRYPT_N <= n <= MAX_SCRYPT_N) or n & (n - 1) or not 1 <= r <= MAX_SCRYPT_R or not 1 <= p <= MAX_SCRYPT_P:
        raise BackupError("The backup's key-derivation parameters are outside the accepted range "
                          f"(n a power of two up to 2^{MAX_SCRYPT_N.bit_length() - 1}, r up to {MAX_SCRYPT_R}, "
                          f"p up to {MAX_SCRYPT_P}).", fix="Only backups written by Learner Wallet can be restored.")


def _bytes_field(value: Any, name: str, what: str, lo: int, hi: int) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * hi:
        raise BackupError(f"{name} is damaged: its {what} is missing or not text.")
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (ValueError, TypeError):
        raise BackupError(f"{name} is damaged: its {what} is not base64url text.") from None
    if not lo <= len(raw) <= hi:
        raise BackupError(f"{name} is damaged: its {what} has {len(raw)} bytes, not {lo}..{hi}.")
    return raw


def check_header(doc: Any, name: str = "the backup") -> tuple[dict[str, Any], bytes, int, int, int, bytes, bytes]:
    """Validate a backup document's header against fixed bounds before any work is spent on it.

    Returns (header without ciphertext, salt, n, r, p, nonce, ciphertext)."""
    if not isinstance(doc, dict) or doc.get("format") != BACKUP_FORMAT:
        raise BackupError(f"{name} is not a Learner Wallet backup.")
    version = doc.get("version")
    if type(version) is not int or version != VERSION:
        raise BackupError(f"{name} is a backup of version {version!r}, which this version of Learner Wallet "
                          "cannot read.", fix="Update Learner Wallet.")
    kdf = doc.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or doc.get("cipher") != "AES-256-GCM":
        raise BackupError("The backup uses an unknown key derivation or cipher.")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    _check_kdf_numbers(n, r, p)
    salt = _bytes_field(kdf.get("salt"), name, "salt", 16, 64)
    nonce = _bytes_field(doc.get("nonce"), name, "nonce", 12, 12)
    ct = _bytes_field(doc.get("ciphertext"), name, "ciphertext", 16, MAX_BACKUP_BYTES)
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    return header, salt, int(n), int(r), int(p), nonce, ct  # type: ignore[arg-type]


def backup_wallet(wallet: Wallet, out: str | Path, passphrase: str) -> Path:
    """Write an encrypted backup. Records that cannot be read are left out (``wallet.problems()`` names them)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(f"The backup passphrase must have at least {MIN_PASSPHRASE} characters.")
    store = wallet.store
    creds = []
    for row in sorted(store.rows(), key=lambda r: (r.added_at, r.id)):
        try:
            content = store.content(row.id)
        except StoreCorrupt:
            continue  # named by wallet.problems()
        creds.append({"id": row.id, "parent_id": row.parent_id, "added_at": row.added_at, "summary": row.summary,
                      "content": content})
    dids = wallet.dids()
    payload = {
        "wallet": {k: v for k, v in wallet.info.items() if k != "wallet_id"},
        "credentials": creds,
        "dids": dids,
        "secrets": wallet.keystore.export_secrets([d["did"] for d in dids]),
        "tables": {t: store.all_blobs(t, _key_col(t)) for t in TABLES},
        "history_times": store.history_times(),
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
    """Decrypt and check a backup file (nothing is written). Raises WrongPassphrase or BackupError."""
    name = Path(path).name
    data = read_input_file(path, limit=MAX_BACKUP_BYTES)
    try:
        doc = load_json_bytes(data, limit=MAX_BACKUP_BYTES, what=name)
    except InputError as exc:
        raise BackupError(f"{name} is not a readable backup: {exc.message}") from None
    header, salt, n, r, p, nonce, ct = check_header(doc, name)
    try:
        aad = rfc8785.dumps(header)
    except Exception as exc:  # noqa: BLE001 - rfc8785 refuses values JCS cannot represent
        raise BackupError(f"{name} is damaged: its header cannot be canonicalized ({type(exc).__name__}).") from None
    key = _derive(passphrase, salt, n, r, p)
    try:
        plaintext = AESGCM(key).decrypt(nonce, ct, aad)
    except InvalidTag:
        raise WrongPassphrase("The passphrase is wrong, or the backup file is damaged.",
                              fix="Check the passphrase (it is case-sensitive) and try again.") from None
    try:
        raw = inflate_limited(plaintext, limit=MAX_PLAINTEXT_BYTES, what="the backup's content")
        payload = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise BackupError(f"The backup's content is damaged: {str(exc)[:200]}") from None
    check_payload(payload)
    return dict(payload)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _bad(what: str) -> BackupError:
    return BackupError(f"The backup's content is damaged or was not written by Learner Wallet ({what}).",
                       fix="Nothing was restored. Use another backup.")


def check_payload(payload: Any) -> None:
    """Check a decrypted backup before anything is written: its shape, that its keys are the keys of
    exactly its DIDs (and nothing else, such as a data key), and every credential against the input limits."""
    if not isinstance(payload, dict):
        raise _bad("not an object")
    dids, secrets, creds = payload.get("dids"), payload.get("secrets"), payload.get("credentials")
    tables, times = payload.get("tables", {}), payload.get("history_times", {})
    if not isinstance(dids, list) or not isinstance(secrets, dict) or not isinstance(creds, list):
        raise _bad("no list of DIDs, keys or credentials")
    if not isinstance(tables, dict) or not isinstance(times, dict) or not isinstance(payload.get("wallet", {}), dict):
        raise _bad("bad tables")
    names: set[str] = set()
    for d in dids:
        if not (isinstance(d, dict) and isinstance(d.get("did"), str) and d["did"].startswith("did:key:")
                and d.get("key_type") in ("ed25519", "p256", "p384") and isinstance(d.get("created_at"), str)
                and isinstance(d.get("label", ""), str) and isinstance(d.get("default"), bool)):
            raise _bad("a DID entry")
        names.add(d["did"])
    if len(names) != len(dids) or set(secrets) != names:
        raise _bad("its keys are not the keys of its DIDs")
    for did, secret in secrets.items():
        if not isinstance(secret, str):
            raise _bad("a key")
        try:
            check_secret(did, secret)
        except InvalidKey as exc:
            raise _bad(exc.message) from None
    ids: set[str] = set()
    for c in creds:
        if not (isinstance(c, dict) and isinstance(c.get("id"), str) and _ID.match(c["id"])
                and isinstance(c.get("added_at"), str) and isinstance(c.get("summary"), dict)
                and isinstance(c.get("content"), dict) and isinstance(c["content"].get("format"), str)
                and isinstance(c["content"].get("raw"), dict | str)
                and (c.get("parent_id") is None or isinstance(c.get("parent_id"), str))):
            raise _bad("a credential entry")
        raw = c["content"]["raw"]
        try:
            if isinstance(raw, dict):
                check_document(raw, what="a credential in the backup")
            else:
                check_size(len(raw), MAX_INPUT_BYTES, "a credential in the backup")
        except InputError as exc:
            raise BackupError(f"The backup holds a credential that is refused: {exc.message}",
                              fix="Nothing was restored.") from None
        ids.add(c["id"])
    if len(ids) != len(creds) or any(c.get("parent_id") not in (None, *ids) for c in creds):
        raise _bad("credential ids")
    for table in TABLES:
        rows = tables.get(table, {})
        if not isinstance(rows, dict) or not all(isinstance(k, str) and k for k in rows):
            raise _bad(f"table {table}")


_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
_STALE = ".restoring-"


def restore_wallet(path: str | Path, home: str | Path, passphrase: str, *, keyring_backend: Any = None) -> Wallet:
    """Restore a backup into ``home`` (which must not hold a wallet), atomically. Returns the open wallet."""
    from wallet.credentials.ingest import Ingested
    from wallet.identity.keystore import Keystore
    from wallet.wallet import Wallet

    home = Path(home).absolute()
    if Wallet.exists(home):
        raise InputError(f"{home} already holds a wallet; restore into an empty folder.",
                         fix="Choose another folder with --home, or move the existing wallet away first.")
    payload = read_backup(path, passphrase)
    home.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(home, keyring_backend)
    tmp = home.parent / f".{home.name}{_STALE}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    dids = [d["did"] for d in payload["dids"]]
    wallet = Wallet.create(tmp, keyring_backend=keyring_backend, first_did=False,
                           demo=bool(payload.get("wallet", {}).get("demo")))
    wallet_id = str(wallet.info["wallet_id"])
    try:
        # what an interrupted restore must clean up: written before the first key reaches the keychain
        atomic_write(tmp / "restoring.json", json.dumps({"wallet_id": wallet_id, "dids": dids}).encode())
        wallet.keystore.import_secrets(payload["secrets"])
        store = wallet.store
        creds = []
        for c in payload["credentials"]:
            fp = store.fingerprint(Ingested(c["content"]["raw"], c["content"]["format"], None, {}).canonical_bytes())
            creds.append({**c, "fingerprint": fp})
        store.restore_records(dids=payload["dids"], credentials=creds, tables=payload.get("tables", {}),
                              history_times=payload.get("history_times", {}))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        wallet.close()
        check = Wallet.open(tmp, keyring_backend=keyring_backend)  # its own keys must open all of its data
        try:
            problems = check.store.scan()
            missing = [d for d in dids if not check.keystore.has_key(d)]
        finally:
            check.close()
        if problems or missing:
            raise BackupError("The restored wallet could not be read back with its own keys; nothing was restored.")
        (tmp / "restoring.json").unlink()
        _commit(tmp, home)
    except BaseException:
        try:
            wallet.close()
        except Exception:  # noqa: BLE001, S110 - already closed
            pass
        try:
            Keystore(wallet_id, keyring_backend).delete_all(dids)
        except WalletError:
            pass
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return Wallet.open(home, keyring_backend=keyring_backend)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _commit(tmp: Path, home: Path) -> None:
    """Put the finished wallet in ``tmp`` in the place of ``home``: one rename when ``home`` is absent or
    empty, else the database first and ``wallet.json`` (what makes a folder a wallet) last."""
    if home.is_dir() and not any(home.iterdir()):
        home.rmdir()
    if not home.exists():
        os.rename(tmp, home)
        _fsync_dir(home.parent)
        return
    for name in ("wallet.db-wal", "wallet.db-shm"):  # left by no wallet: home has no wallet.json
        (home / name).unlink(missing_ok=True)
    os.replace(tmp / "wallet.db", home / "wallet.db")
    _fsync_dir(home)
    os.replace(tmp / "wallet.json", home / "wallet.json")
    _fsync_dir(home)
    shutil.rmtree(tmp, ignore_errors=True)


def _clean_stale(home: Path, keyring_backend: Any) -> None:
    """Remove what restores into ``home`` that were killed left behind: their folders and keychain entries."""
    from wallet.identity.keystore import Keystore

    prefix = f".{home.name}{_STALE}"
    for tmp in home.parent.glob(f"{prefix}*"):
        pid = tmp.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue  # another restore is running right now
        try:
            marker = json.loads((tmp / "restoring.json").read_text())
            Keystore(str(marker["wallet_id"]), keyring_backend).delete_all([str(d) for d in marker["dids"]])
        except (OSError, ValueError, KeyError, TypeError, WalletError):
            try:  # killed before the marker: at most a data key was made
                info = json.loads((tmp / "wallet.json").read_text())
                Keystore(str(info["wallet_id"]), keyring_backend).delete_all([])
            except (OSError, ValueError, KeyError, TypeError, WalletError):
                pass
        shutil.rmtree(tmp, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
