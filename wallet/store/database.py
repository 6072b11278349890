"""The local store: SQLite through sqlite-utils, with every human-readable value encrypted.

Columns hold only opaque random ids, timestamps, key types, versions and AES-256-GCM ciphertext
(see :class:`wallet.identity.keystore.DataCipher`); the associated data of each ciphertext names
its table, row, column and version, so a blob cannot be moved to another row or rolled back to an
older copy unnoticed, and an authenticated manifest (:mod:`wallet.store.integrity`) catches rows
deleted, put back or re-parented. Duplicate detection uses an HMAC of the credential under a key
derived from the data key, and the network cache is keyed by an HMAC of the URL, so neither
reveals anything. Search runs over an in-memory index built from the decrypted summaries.

A damaged record never locks the wallet: it is left out of lists and reads, and named in
:meth:`Store.problems`; :meth:`Store.repair` removes what cannot be trusted.

Every write is one SQLite transaction (``db.atomic()``) with ``synchronous=FULL`` in WAL mode:
a crash or a kill leaves the database as before the write. All SQL of the wallet lives here and
in :mod:`wallet.store.migrations`. The connection is shared by one serial worker (the UI's
database lane) or one thread (CLI); a lock guards it.
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
from wallet.store.integrity import MANIFEST_TABLES, Listing, Problem, compare_manifest
from wallet.store.migrations import apply_migrations

__all__ = ["Store", "StoredRow"]

DB_NAME = "wallet.db"
DAMAGED_FIX = "Restore it from a backup or delete it (learner-wallet-cli repair)."
_BAD = object()  # a value that could not be decrypted


@dataclass(frozen=True)
class StoredRow:
    id: str
    added_at: str
    parent_id: str | None
    summary: dict[str, Any]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _aad(table: str, row: str, column: str, version: int) -> bytes:
    base = f"{table}/{row}/{column}"
    return (base if version == 0 else f"{base}/v{version}").encode()  # version 0: rows written before 002


class Store:
    """Encrypted records in ``<home>/wallet.db``."""

    def __init__(self, home: Path, cipher: DataCipher) -> None:
        self.home = Path(home)
        self.path = self.home / DB_NAME
        self._cipher = cipher
        self._lock = threading.RLock()
        self._problems: dict[tuple[str, str], Problem] = {}
        self._manifest: Listing | None = None
        self._tx_depth = 0
        self._touched: set[tuple[str, str]] = set()
        self._rebuild_manifest = False
        self._index: dict[str, StoredRow] = {}
        try:
            conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
            # no sqlite-utils plugins on the wallet's connection (and no scan of every installed
            # package's entry points for them, 20 ms of each opening)
            self.db = sqlite_utils.Database(conn, execute_plugins=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA secure_delete=ON")
            self.db.execute("PRAGMA temp_store=MEMORY")
            applied = apply_migrations(self.db, self)
            if "002_integrity" in applied:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the old plaintext cache URLs leave the WAL
                self.db.execute("VACUUM")
            os.chmod(self.path, 0o600)
            rows = self._credential_rows()  # read once: for the manifest check, then for the index
            self._load_manifest(fresh="002_integrity" in applied, credential_rows=rows)
            self._load_index(rows)
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(f"The wallet database {self.path} cannot be opened: {exc}",
                               fix="Restore the wallet from a backup.") from exc

    # --- crypto helpers -------------------------------------------------------------------
    def seal(self, table: str, row: str, column: str, value: Any, version: int = 1) -> bytes:
        data = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return self._cipher.encrypt(data, _aad(table, row, column, version))

    def open_(self, table: str, row: str, column: str, blob: bytes, version: int = 1) -> Any:
        data = self._cipher.decrypt(bytes(blob), _aad(table, row, column, version))
        return orjson.loads(data)  # the store's own JSON: parsed 3-4x faster than json.loads

    def _open_or_flag(self, table: str, row: str, column: str, blob: Any, version: int) -> Any:
        """The decrypted value, or ``_BAD`` after recording the row as unreadable."""
        try:
            return self.open_(table, row, column, blob, version)
        except (StoreCorrupt, TypeError, ValueError):
            self._flag(Problem("unreadable", table, row, f"its {column} cannot be decrypted"))
            return _BAD

    def fingerprint(self, content: bytes) -> str:
        return self._cipher.mac(content)

    def url_key(self, url: str) -> str:
        """The cache key of a URL: an HMAC under the data key, so the file does not name the URL."""
        return self._cipher.mac(b"learner-wallet url-cache\x00" + url.encode("utf-8"))

    # --- problems and the manifest --------------------------------------------------------
    def _flag(self, problem: Problem) -> None:
        key = (problem.table, problem.key)
        old = self._problems.get(key)
        if old is None or (not old.blocks_row and problem.blocks_row):
            self._problems[key] = problem

    def _blocked(self, table: str, key: str) -> bool:
        p = self._problems.get((table, key))
        return p is not None and p.blocks_row

    def problems(self) -> list[Problem]:
        """Records found damaged, rolled back, moved, put back or deleted (so far: blobs are checked
        when read; :meth:`scan` checks every one)."""
        with self._lock:
            return sorted(self._problems.values(), key=lambda p: (p.table, p.kind, p.key))

    def damaged_credential_ids(self) -> list[str]:
        return sorted(k for (t, k), p in self._problems.items() if t == "credentials" and p.blocks_row)

    def _listing(self, credential_rows: list[Any] | None = None) -> Listing:
        """Every row of every manifest table: key -> [version, *extra columns]. The credentials' part
        can come from rows already read by :meth:`_credential_rows`."""
        out: Listing = {}
        for table, (keycol, extra) in MANIFEST_TABLES.items():
            if table == "credentials" and credential_rows is not None:
                out[table] = {cid: [version, parent] for cid, _added, parent, version, _blob in credential_rows}
                continue
            cols = ", ".join(f"[{c}]" for c in (keycol, "version", *extra))
            out[table] = {r[0]: list(r[1:]) for r in self.db.execute(f"SELECT {cols} FROM [{table}]").fetchall()}
        return out

    def _write_manifest(self, listing: Listing) -> None:
        blob = self.seal("integrity", "manifest", "data", {"v": 1, "rows": listing})
        self.db.execute("INSERT OR REPLACE INTO integrity (name, data) VALUES ('manifest', ?)", [blob])

    def _load_manifest(self, *, fresh: bool, credential_rows: list[Any] | None = None) -> None:
        listing = self._listing(credential_rows)
        row = self.db.execute("SELECT data FROM integrity WHERE name = 'manifest'").fetchone()
        if row is None:
            if fresh:  # a new wallet, or one written before manifests existed: this state is the start
                with self.db.atomic():
                    self._write_manifest(listing)
                self._manifest = listing
            else:
                self._flag(Problem("manifest", "integrity", "manifest", "the integrity manifest is missing"))
            return
        try:
            doc = self.open_("integrity", "manifest", "data", row[0])
            manifest: Listing = doc["rows"]
        except (StoreCorrupt, KeyError, TypeError, ValueError):
            self._flag(Problem("manifest", "integrity", "manifest", "the integrity manifest cannot be read"))
            return
        self._manifest = manifest
        for problem in compare_manifest(listing, manifest):
            self._flag(problem)

    def _commit_manifest(self) -> Listing | None:
        """Inside the transaction: the manifest updated for the rows this transaction touched."""
        if self._rebuild_manifest:
            new = self._listing()
        elif self._manifest is None:
            return None  # missing or unreadable: only repair writes a new one
        else:
            new = {t: dict(rows) for t, rows in self._manifest.items()}
            for table, key in self._touched:
                keycol, extra = MANIFEST_TABLES[table]
                cols = ", ".join(f"[{c}]" for c in ("version", *extra))
                row = self.db.execute(f"SELECT {cols} FROM [{table}] WHERE [{keycol}] = ?", [key]).fetchone()
                rows = new.setdefault(table, {})
                if row is None:
                    rows.pop(key, None)
                else:
                    rows[key] = list(row)
        self._write_manifest(new)
        return new

    def _touch(self, table: str, *keys: str) -> None:
        if table in MANIFEST_TABLES:
            self._touched.update((table, k) for k in keys)

    def _next_version(self, db: sqlite_utils.Database, table: str, keycol: str, key: str) -> int:
        row = db.execute(f"SELECT version FROM [{table}] WHERE [{keycol}] = ?", [key]).fetchone()
        return int(row[0] or 0) + 1 if row else 1

    # --- transactions ---------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic write; the manifest is updated in the same transaction."""
        with self._lock:
            outer = self._tx_depth == 0
            if outer:
                self._touched = set()
            self._tx_depth += 1
            new: Listing | None = None
            try:
                with self.db.atomic():
                    yield self.db
                    if outer:
                        new = self._commit_manifest()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"The wallet could not be saved: {exc}") from exc
            finally:
                self._tx_depth -= 1
                if outer:
                    self._rebuild_manifest = False
            if outer and new is not None:
                self._manifest = new

    def close(self) -> None:
        with self._lock:
            self.db.close()

    # --- the index ------------------------------------------------------------------------
    def _credential_rows(self) -> list[Any]:
        """(id, added_at, parent_id, version, summary ciphertext) of every credential row."""
        return self.db.execute("SELECT id, added_at, parent_id, version, summary FROM credentials").fetchall()

    def _load_index(self, rows: list[Any] | None = None) -> None:
        if rows is None:
            rows = self._credential_rows()
        decrypt, loads = self._cipher.decrypt, orjson.loads  # the one hot loop of opening a wallet
        index: dict[str, StoredRow] = {}
        for cid, added_at, parent, version, blob in rows:
            if self._blocked("credentials", cid):
                continue
            try:
                index[cid] = StoredRow(cid, added_at, parent,
                                       loads(decrypt(blob, _aad("credentials", cid, "summary", version))))
            except (StoreCorrupt, TypeError, ValueError):
                self._flag(Problem("unreadable", "credentials", cid, "its summary cannot be decrypted"))
        self._index = index

    def rows(self) -> list[StoredRow]:
        return list(self._index.values())

    def has(self, cid: str) -> bool:
        return cid in self._index

    def all_credential_ids(self) -> list[str]:
        """Ids of every credential row, readable or not (to resolve an id the user typed)."""
        return [*self._index, *(c for c in self.damaged_credential_ids() if c not in self._index)]

    def _damaged(self, cid: str) -> StoreCorrupt:
        p = self._problems.get(("credentials", cid))
        why = f" ({p.detail})" if p and p.detail else ""
        return StoreCorrupt(f"The credential {cid} could not be read{why}.", fix=DAMAGED_FIX)

    def row(self, cid: str) -> StoredRow:
        try:
            return self._index[cid]
        except KeyError:
            if self._blocked("credentials", cid):
                raise self._damaged(cid) from None
            raise NotFound(f"There is no credential {cid} in this wallet.") from None

    # --- credentials ----------------------------------------------------------------------
    def find_fingerprint(self, fp: str) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT id FROM credentials WHERE fingerprint = ?", [fp]).fetchone()
        if row is None or self._blocked("credentials", row[0]):
            return None  # importing a damaged credential again replaces it
        return str(row[0])

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
        old = db.execute("SELECT id FROM credentials WHERE fingerprint = ?", [fingerprint]).fetchone()
        if old is not None and self._blocked("credentials", old[0]):
            db.execute("DELETE FROM credentials WHERE id = ?", [old[0]])
            self._touch("credentials", old[0])
            self._problems.pop(("credentials", old[0]), None)
        db.table("credentials").insert(
            {
                "id": cid,
                "fingerprint": fingerprint,
                "parent_id": parent_id,
                "added_at": added,
                "version": 1,
                "summary": self.seal("credentials", cid, "summary", summary, 1),
                "content": self.seal("credentials", cid, "content", content, 1),
            }
        )
        self._touch("credentials", cid)
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
            row = self.db.execute("SELECT content, version FROM credentials WHERE id = ?", [cid]).fetchone()
            if row is None:
                raise NotFound(f"There is no credential {cid} in this wallet.")
            if self._blocked("credentials", cid):
                raise self._damaged(cid)
            value = self._open_or_flag("credentials", cid, "content", row[0], row[1])
            if value is _BAD:
                self._index.pop(cid, None)
                raise self._damaged(cid)
        out: dict[str, Any] = value
        return out

    def update_credential(self, cid: str, *, summary: dict[str, Any] | None = None,
                          content: dict[str, Any] | None = None) -> None:
        if summary is None and content is None:
            return
        with self.transaction() as db:
            old = db.execute("SELECT version, summary, content FROM credentials WHERE id = ?", [cid]).fetchone()
            if old is None:
                raise NotFound(f"There is no credential {cid} in this wallet.")
            version = int(old[0] or 0) + 1
            # both columns move to the new version together (the one not given is re-sealed as it is)
            summary_v = summary if summary is not None else self.open_("credentials", cid, "summary", old[1], old[0])
            content_v = content if content is not None else self.open_("credentials", cid, "content", old[2], old[0])
            db.table("credentials").update(cid, {
                "version": version,
                "summary": self.seal("credentials", cid, "summary", summary_v, version),
                "content": self.seal("credentials", cid, "content", content_v, version)})
            self._touch("credentials", cid)
        if summary is not None:
            old_row = self.row(cid)
            self._index[cid] = StoredRow(cid, old_row.added_at, old_row.parent_id, summary)

    def delete_credentials(self, ids: list[str]) -> list[dict[str, Any]]:
        """Delete (with their nested records and curation); return raw rows for an undo."""
        cols = ["id", "fingerprint", "parent_id", "added_at", "version", "summary", "content"]
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
            saved = [dict(zip(cols, r, strict=True)) for r in db.execute(
                f"SELECT {', '.join(cols)} FROM credentials WHERE id IN ({marks})", all_ids).fetchall()]
            cur = [dict(zip(["credential_id", "version", "data"], r, strict=True)) for r in db.execute(
                f"SELECT credential_id, version, data FROM curation WHERE credential_id IN ({marks})",
                all_ids).fetchall()]
            db.execute(f"DELETE FROM credentials WHERE id IN ({marks})", all_ids)
            db.execute(f"DELETE FROM curation WHERE credential_id IN ({marks})", all_ids)
            self._touch("credentials", *all_ids)
            self._touch("curation", *all_ids)
        for cid in all_ids:
            self._index.pop(cid, None)
            self._problems.pop(("credentials", cid), None)
            self._problems.pop(("curation", cid), None)
        return [{"credential": s, "curation": [c for c in cur if c["credential_id"] == s["id"]]} for s in saved]

    def undelete(self, saved: list[dict[str, Any]]) -> None:
        with self.transaction() as db:
            for item in saved:
                db.table("credentials").insert(item["credential"], replace=True)
                self._touch("credentials", item["credential"]["id"])
                for c in item["curation"]:
                    db.table("curation").insert(c, replace=True)
                    self._touch("curation", c["credential_id"])
        self.refresh_index()

    # --- curation, settings, cache, history -------------------------------------------------
    def get_blob(self, table: str, key_col: str, key: str, col: str = "data") -> Any | None:
        with self._lock:
            row = self.db.execute(f"SELECT [{col}], version FROM [{table}] WHERE [{key_col}] = ?", [key]).fetchone()
            if row is None or row[0] is None or self._blocked(table, key):
                return None
            value = self._open_or_flag(table, key, col, row[0], row[1])
        return None if value is _BAD else value

    def put_blob(self, table: str, key_col: str, key: str, value: Any, **columns: Any) -> None:
        with self.transaction() as db:
            self._put(db, table, key_col, key, value, **columns)

    def _put(self, db: sqlite_utils.Database, table: str, key_col: str, key: str, value: Any, **columns: Any) -> None:
        version = self._next_version(db, table, key_col, key)
        db.table(table).insert({key_col: key, "version": version, "data": self.seal(table, key, "data", value, version),
                                **columns}, replace=True)
        self._touch(table, key)
        self._problems.pop((table, key), None)  # a fresh value replaces a damaged one

    def all_blobs(self, table: str, key_col: str) -> dict[str, Any]:
        """Every readable value of ``table``; damaged rows are left out (and named in :meth:`problems`)."""
        with self._lock:
            rows = self.db.execute(f"SELECT [{key_col}], version, data FROM [{table}]").fetchall()
            out = {}
            for k, version, blob in rows:
                if blob is None or self._blocked(table, k):
                    continue
                value = self._open_or_flag(table, k, "data", blob, version)
                if value is not _BAD:
                    out[k] = value
        return out

    def delete_row(self, table: str, key_col: str, key: str) -> None:
        with self.transaction() as db:
            db.execute(f"DELETE FROM [{table}] WHERE [{key_col}] = ?", [key])
            self._touch(table, key)
        self._problems.pop((table, key), None)

    def put_curations(self, values: dict[str, dict[str, Any]]) -> None:
        """Replace the curation of several credentials, all or nothing."""
        with self.transaction() as db:
            for cid, value in values.items():
                self._put(db, "curation", "credential_id", cid, value)

    def clear_share_history(self) -> None:
        with self.transaction() as db:
            keys = [r[0] for r in db.execute("SELECT id FROM share_history").fetchall()]
            db.execute("DELETE FROM share_history")
            self._touch("share_history", *keys)
        for k in keys:
            self._problems.pop(("share_history", k), None)

    def history_times(self) -> dict[str, str]:
        with self._lock:
            return {r[0]: r[1] for r in self.db.execute("SELECT id, created_at FROM share_history").fetchall()}

    def cache_get(self, url: str) -> bytes | None:
        value = self.get_blob("url_cache", "key", self.url_key(url))
        try:
            return None if value is None else bytes.fromhex(value)
        except (TypeError, ValueError):
            return None

    def cache_put(self, url: str, data: bytes) -> None:
        self.put_blob("url_cache", "key", self.url_key(url), data.hex(), fetched_at=_now())

    def cache_delete(self, url: str) -> None:
        self.delete_row("url_cache", "key", self.url_key(url))

    def cache_size(self) -> int:
        with self._lock:
            return int(self.db.execute("SELECT count(*) FROM url_cache").fetchone()[0])

    # --- DIDs -----------------------------------------------------------------------------
    def dids(self) -> list[dict[str, Any]]:
        """Every DID; one whose label cannot be read is listed without its label (and named in problems)."""
        with self._lock:
            rows = self.db.execute(
                "SELECT did, key_type, created_at, is_default, version, data FROM dids ORDER BY created_at, did"
            ).fetchall()
            out = []
            for did, ktype, created, is_default, version, blob in rows:
                data = self._open_or_flag("dids", did, "data", blob, version) if blob else {}
                label = data.get("label", "") if isinstance(data, dict) else ""
                out.append({"did": did, "key_type": ktype, "created_at": created, "default": bool(is_default),
                            "label": label})
        return out

    def add_did(self, did: str, key_type: str, label: str, *, default: bool,
                created_at: str | None = None) -> None:
        with self.transaction() as db:
            self._insert_did(db, did, key_type, label, default=default, created_at=created_at)

    def _insert_did(self, db: sqlite_utils.Database, did: str, key_type: str, label: str, *, default: bool,
                    created_at: str | None = None) -> None:
        if default:
            db.execute("UPDATE dids SET is_default = 0")
            self._touch("dids", *(r[0] for r in db.execute("SELECT did FROM dids").fetchall()))
        db.table("dids").insert({"did": did, "key_type": key_type, "created_at": created_at or _now(),
                                 "is_default": int(default), "version": 1,
                                 "data": self.seal("dids", did, "data", {"label": label}, 1)})
        self._touch("dids", did)

    def update_did(self, did: str, *, label: str | None = None, default: bool | None = None) -> None:
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM dids WHERE did = ?", [did]).fetchone() is None:
                raise NotFound(f"There is no DID {did} in this wallet.")
            if label is not None:
                version = self._next_version(db, "dids", "did", did)
                db.table("dids").update(did, {"version": version,
                                              "data": self.seal("dids", did, "data", {"label": label}, version)})
                self._problems.pop(("dids", did), None)
            if default:
                db.execute("UPDATE dids SET is_default = (did = ?)", [did])
                self._touch("dids", *(r[0] for r in db.execute("SELECT did FROM dids").fetchall()))
            self._touch("dids", did)

    # --- restore and repair ---------------------------------------------------------------
    def restore_records(self, *, dids: list[dict[str, Any]], credentials: list[dict[str, Any]],
                        tables: dict[str, dict[str, Any]], history_times: dict[str, str]) -> None:
        """Write a backup's records into this (new, empty) store in one transaction.

        ``credentials``: dicts with id, parent_id, added_at, fingerprint, summary, content."""
        keycols = {"curation": "credential_id", "settings": "name", "share_history": "id"}
        with self.transaction() as db:
            for d in dids:
                self._insert_did(db, d["did"], d["key_type"], d.get("label", ""), default=bool(d["default"]),
                                 created_at=d["created_at"])
            for c in credentials:
                self.add_credential(db, fingerprint=c["fingerprint"], summary=c["summary"], content=c["content"],
                                    parent_id=c["parent_id"], cid=c["id"], added_at=c["added_at"])
            for table, col in keycols.items():
                for key, value in tables.get(table, {}).items():
                    extra = {"created_at": history_times.get(key, "")} if table == "share_history" else {}
                    self._put(db, table, col, key, value, **extra)
        self.refresh_index()

    def scan(self) -> list[Problem]:
        """Check every record: decrypt every value and compare every row with the manifest."""
        with self._lock:
            for table, (keycol, _) in MANIFEST_TABLES.items():
                columns = ("summary", "content") if table == "credentials" else ("data",)
                for col in columns:
                    for key, version, blob in self.db.execute(
                            f"SELECT [{keycol}], version, [{col}] FROM [{table}]").fetchall():
                        if blob is not None:
                            self._open_or_flag(table, key, col, blob, version)
            self._index = {k: v for k, v in self._index.items() if not self._blocked("credentials", k)}
            return self.problems()

    def repair(self) -> list[Problem]:
        """Remove every record that cannot be trusted, put moved records back where the manifest says,
        and write a new manifest. Returns the problems dealt with. DIDs are never removed (their keys
        are in the keychain): an unreadable label is replaced by an empty one."""
        with self._lock:
            found = self.scan()
            manifest = self._manifest or {}
            with self.transaction() as db:
                for p in found:
                    if not p.blocks_row or p.table not in MANIFEST_TABLES:
                        continue
                    keycol = MANIFEST_TABLES[p.table][0]
                    if p.kind == "moved" and p.table == "credentials":
                        parent = manifest.get("credentials", {}).get(p.key, [0, None])[1]
                        db.execute("UPDATE credentials SET parent_id = ? WHERE id = ?", [parent, p.key])
                    elif p.table == "dids":
                        version = self._next_version(db, "dids", "did", p.key)
                        db.table("dids").update(p.key, {"version": version,
                                                        "data": self.seal("dids", p.key, "data", {"label": ""}, version)})
                    else:
                        db.execute(f"DELETE FROM [{p.table}] WHERE [{keycol}] = ?", [p.key])
                        if p.table == "credentials":
                            db.execute("DELETE FROM curation WHERE credential_id = ?", [p.key])
                self._rebuild_manifest = True
            self._problems.clear()
            self._load_index()
            return found
