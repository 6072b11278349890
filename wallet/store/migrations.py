"""Schema history of the wallet database. Each migration runs once, in order, in a transaction.

Only opaque ids, timestamps and ciphertext live in columns; every human-readable value is inside
an encrypted blob (see :mod:`wallet.store`). Never edit a released migration: add a new one.
Migrations get the store's crypto (:class:`Crypto`) so that they can re-encrypt what they move.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import sqlite_utils

__all__ = ["MIGRATIONS", "Crypto", "apply_migrations"]


class Crypto(Protocol):
    """What a migration may do with the data key (the store implements it)."""

    def seal(self, table: str, row: str, column: str, value: Any, version: int = ...) -> bytes: ...

    def open_(self, table: str, row: str, column: str, blob: bytes, version: int = ...) -> Any: ...

    def url_key(self, url: str) -> str: ...


def _m001_initial(db: sqlite_utils.Database, crypto: Crypto) -> None:
    db.table("credentials").create(
        {
            "id": str,  # opaque random id
            "fingerprint": str,  # HMAC of the credential content under the wallet's data key
            "parent_id": str,  # CLR record that carried this credential, if any
            "added_at": str,
            "summary": bytes,  # encrypted JSON: what lists and search need
            "content": bytes,  # encrypted JSON: the raw credential, its format and its last report
        },
        pk="id",
        not_null={"fingerprint", "added_at", "summary", "content"},
    )
    db.table("credentials").create_index(["fingerprint"], unique=True)
    db.table("curation").create({"credential_id": str, "data": bytes}, pk="credential_id")
    db.table("dids").create(
        {"did": str, "key_type": str, "created_at": str, "is_default": int, "data": bytes},
        pk="did",
        not_null={"key_type", "created_at"},
    )
    db.table("settings").create({"name": str, "data": bytes}, pk="name")
    db.table("cache").create({"url": str, "fetched_at": str, "data": bytes}, pk="url")
    db.table("share_history").create({"id": str, "created_at": str, "data": bytes}, pk="id")


def _m002_integrity(db: sqlite_utils.Database, crypto: Crypto) -> None:
    """Row versions bound into the associated data, the integrity manifest, and a URL cache keyed by an
    HMAC of the URL: the old ``cache.url`` column kept did:web, issuer-profile and status-list URLs in
    plaintext, which told anyone with the file who the learner's issuers are."""
    for table in ("credentials", "curation", "dids", "settings", "share_history"):
        db.table(table).add_column("version", int, not_null_default=0)
    db.table("integrity").create({"name": str, "data": bytes}, pk="name")
    db.table("url_cache").create({"key": str, "fetched_at": str, "version": int, "data": bytes}, pk="key",
                                 not_null={"version"})
    for url, fetched_at, blob in db.execute("SELECT url, fetched_at, data FROM cache").fetchall():
        try:
            value = crypto.open_("cache", url, "data", blob, 0)
        except Exception:  # noqa: BLE001, S112 - an unreadable cache entry is simply dropped: it is a cache
            continue
        key = crypto.url_key(url)
        db.table("url_cache").insert({"key": key, "fetched_at": fetched_at, "version": 1,
                                      "data": crypto.seal("url_cache", key, "data", value, 1)}, replace=True)
    db.execute("DROP TABLE cache")


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database, Crypto], None]]] = [
    ("001_initial", _m001_initial),
    ("002_integrity", _m002_integrity),
]


def apply_migrations(db: sqlite_utils.Database, crypto: Crypto) -> list[str]:
    """Apply pending migrations; return the names applied."""
    if "_migrations" not in db.table_names():
        db.table("_migrations").create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db.table("_migrations").rows}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():
            fn(db, crypto)
            db.table("_migrations").insert({"name": name, "applied_at": _now()})
        applied.append(name)
    return applied


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")
