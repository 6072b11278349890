"""The local store: SQLite through sqlite-utils, with every human-readable value encrypted.

Columns hold only opaque random ids, timestamps, key types and AES-256-GCM ciphertext (see
:class:`wallet.keystore.DataCipher`); the associated data of each ciphertext names its table,
row and column, so a blob cannot be moved to another row. Duplicate detection uses an HMAC of the
credential under a key derived from the data key, so the fingerprint reveals nothing either.
Search runs over an in-memory index built from the decrypted summaries when the store opens.

Every write is one SQLite transaction (``db.atomic()``) with ``synchronous=FULL`` in WAL mode:
a crash or a kill leaves the database as before the write. The connection is shared by one
serial worker (the UI's database lane) or one thread (CLI); a lock guards it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import sqlite_utils

from wallet.errors import NotFound, StoreCorrupt, StoreError
from wallet.identity.keystore import DataCipher
from wallet.store.migrations import apply_migrations

__all__ = ["Store", "StoredRow"]

DB_NAME = "wallet.db"


@dataclass(frozen=True)
class StoredRow:
    id: str
    added_at: str
    parent_id: str | None
    summary: dict[str, Any]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """Encrypted records in ``<home>/wallet.db``."""

    def __init__(self, home: Path, cipher: DataCipher) -> None:
        self.home = Path(home)
        self.path = self.home / DB_NAME
        self._cipher = cipher
        self._lock = threading.RLock()
        try:
            conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA secure_delete=ON")
            self.db.execute("PRAGMA temp_store=MEMORY")
            apply_migrations(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(f"The wallet database {self.path} cannot be opened: {exc}") from exc
        os.chmod(self.path, 0o600)
        self._index: dict[str, StoredRow] = {}
        self._load_index()

    # --- crypto helpers -------------------------------------------------------------------
    def seal(self, table: str, row: str, column: str, value: Any) -> bytes:
        data = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return self._cipher.encrypt(data, f"{table}/{row}/{column}".encode())

    def open_(self, table: str, row: str, column: str, blob: bytes) -> Any:
        data = self._cipher.decrypt(bytes(blob), f"{table}/{row}/{column}".encode())
        return orjson.loads(data)  # the store's own JSON: parsed 3-4x faster than json.loads

    def fingerprint(self, content: bytes) -> str:
        return self._cipher.mac(content)

    # --- transactions ---------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            try:
                with self.db.atomic():
                    yield self.db
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"The wallet could not be saved: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self.db.close()

    # --- the index ------------------------------------------------------------------------
    def _load_index(self) -> None:
        rows = self.db.execute("SELECT id, added_at, parent_id, summary FROM credentials").fetchall()
        decrypt, loads = self._cipher.decrypt, orjson.loads  # the one hot loop of opening a wallet
        self._index = {cid: StoredRow(cid, added_at, parent,
                                      loads(decrypt(blob, f"credentials/{cid}/summary".encode())))
                       for cid, added_at, parent, blob in rows}

    def rows(self) -> list[StoredRow]:
        return list(self._index.values())

    def has(self, cid: str) -> bool:
        return cid in self._index

    def row(self, cid: str) -> StoredRow:
        try:
            return self._index[cid]
        except KeyError:
            raise NotFound(f"There is no credential {cid} in this wallet.") from None

    # --- credentials ----------------------------------------------------------------------
    def find_fingerprint(self, fp: str) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT id FROM credentials WHERE fingerprint = ?", [fp]).fetchone()
        return row[0] if row else None

    def add_credential(
        self,
        db: sqlite_utils.Database,
        *,
        fingerprint: str,
        summary: dict[str, Any],
        content: dict[str, Any],
        parent_id: str | None = None,
        cid: str | None = None,
        added_at: str | None = None,
    ) -> str:
        """Insert inside an open transaction (``with store.transaction() as db``)."""
        cid = cid or uuid.uuid4().hex
        added = added_at or _now()
        db.table("credentials").insert(
            {
                "id": cid,
                "fingerprint": fingerprint,
                "parent_id": parent_id,
                "added_at": added,
                "summary": self.seal("credentials", cid, "summary", summary),
                "content": self.seal("credentials", cid, "content", content),
            }
        )
        self._pending_index(cid, StoredRow(cid, added, parent_id, summary))
        return cid

    def _pending_index(self, cid: str, row: StoredRow) -> None:
        # index updated optimistically; reload on rollback is done by callers via refresh_index()
        self._index[cid] = row

    def refresh_index(self) -> None:
        with self._lock:
            self._load_index()

    def content(self, cid: str) -> dict[str, Any]:
        with self._lock:
            row = self.db.execute("SELECT content FROM credentials WHERE id = ?", [cid]).fetchone()
        if row is None:
            raise NotFound(f"There is no credential {cid} in this wallet.")
        value: dict[str, Any] = self.open_("credentials", cid, "content", row[0])
        return value

    def update_credential(self, cid: str, *, summary: dict[str, Any] | None = None,
                          content: dict[str, Any] | None = None) -> None:
        updates: dict[str, Any] = {}
        if summary is not None:
            updates["summary"] = self.seal("credentials", cid, "summary", summary)
        if content is not None:
            updates["content"] = self.seal("credentials", cid, "content", content)
        if not updates:
            return
        with self.transaction() as db:
            db.table("credentials").update(cid, updates)
        if summary is not None:
            old = self.row(cid)
            self._index[cid] = StoredRow(cid, old.added_at, old.parent_id, summary)

    def delete_credentials(self, ids: list[str]) -> list[dict[str, Any]]:
        """Delete (with their nested records and curation); return raw rows for an undo."""
        with self.transaction() as db:
            all_ids = list(ids) + [
                r[0]
                for r in db.execute(
                    f"SELECT id FROM credentials WHERE parent_id IN ({','.join('?' * len(ids))})", ids
                ).fetchall()
            ] if ids else []
            if not all_ids:
                return []
            marks = ",".join("?" * len(all_ids))
            saved = [dict(zip(["id", "fingerprint", "parent_id", "added_at", "summary", "content"], r, strict=True))
                     for r in db.execute(
                         f"SELECT id, fingerprint, parent_id, added_at, summary, content FROM credentials WHERE id IN ({marks})",
                         all_ids).fetchall()]
            cur = [dict(zip(["credential_id", "data"], r, strict=True)) for r in db.execute(
                f"SELECT credential_id, data FROM curation WHERE credential_id IN ({marks})", all_ids).fetchall()]
            db.execute(f"DELETE FROM credentials WHERE id IN ({marks})", all_ids)
            db.execute(f"DELETE FROM curation WHERE credential_id IN ({marks})", all_ids)
        for cid in all_ids:
            self._index.pop(cid, None)
        return [{"credential": s, "curation": [c for c in cur if c["credential_id"] == s["id"]]} for s in saved]

    def undelete(self, saved: list[dict[str, Any]]) -> None:
        with self.transaction() as db:
            for item in saved:
                db.table("credentials").insert(item["credential"], replace=True)
                for c in item["curation"]:
                    db.table("curation").insert(c, replace=True)
        self.refresh_index()

    # --- curation, settings, cache, history -------------------------------------------------
    def get_blob(self, table: str, key_col: str, key: str, col: str = "data") -> Any | None:
        with self._lock:
            row = self.db.execute(f"SELECT {col} FROM [{table}] WHERE [{key_col}] = ?", [key]).fetchone()
        if row is None or row[0] is None:
            return None
        return self.open_(table, key, col, row[0])

    def put_blob(self, table: str, key_col: str, key: str, value: Any, **columns: Any) -> None:
        with self.transaction() as db:
            db.table(table).insert({key_col: key, "data": self.seal(table, key, "data", value), **columns},
                             replace=True)

    def all_blobs(self, table: str, key_col: str) -> dict[str, Any]:
        with self._lock:
            rows = self.db.execute(f"SELECT [{key_col}], data FROM [{table}]").fetchall()
        return {k: self.open_(table, k, "data", v) for k, v in rows if v is not None}

    def delete_row(self, table: str, key_col: str, key: str) -> None:
        with self.transaction() as db:
            db.execute(f"DELETE FROM [{table}] WHERE [{key_col}] = ?", [key])

    # --- DIDs -----------------------------------------------------------------------------
    def dids(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self.db.execute(
                "SELECT did, key_type, created_at, is_default, data FROM dids ORDER BY created_at, did"
            ).fetchall()
        out = []
        for did, ktype, created, is_default, blob in rows:
            data = self.open_("dids", did, "data", blob) if blob else {}
            out.append({"did": did, "key_type": ktype, "created_at": created, "default": bool(is_default),
                        "label": data.get("label", "")})
        return out

    def add_did(self, did: str, key_type: str, label: str, *, default: bool) -> None:
        with self.transaction() as db:
            if default:
                db.execute("UPDATE dids SET is_default = 0")
            db.table("dids").insert({"did": did, "key_type": key_type, "created_at": _now(),
                               "is_default": int(default), "data": self.seal("dids", did, "data", {"label": label})})

    def update_did(self, did: str, *, label: str | None = None, default: bool | None = None) -> None:
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM dids WHERE did = ?", [did]).fetchone() is None:
                raise NotFound(f"There is no DID {did} in this wallet.")
            if label is not None:
                db.table("dids").update(did, {"data": self.seal("dids", did, "data", {"label": label})})
            if default:
                db.execute("UPDATE dids SET is_default = (did = ?)", [did])
