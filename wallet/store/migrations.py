"""Schema history of the wallet database. Each migration runs once, in order, in a transaction.

Only opaque ids, timestamps and ciphertext live in columns; every human-readable value is inside
an encrypted blob (see :mod:`wallet.store`). Never edit a released migration: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

__all__ = ["MIGRATIONS", "apply_migrations"]


def _m001_initial(db: sqlite_utils.Database) -> None:
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


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("001_initial", _m001_initial),
]


def apply_migrations(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; return the names applied."""
    if "_migrations" not in db.table_names():
        db.table("_migrations").create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db.table("_migrations").rows}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():
            fn(db)
            db.table("_migrations").insert({"name": name, "applied_at": _now()})
        applied.append(name)
    return applied


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")
