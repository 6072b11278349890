"""Where the share service keeps its links: SQLite (one file, the default) or PostgreSQL (several app
processes behind a load balancer).

One table, ``share_links``. A row is first a *reservation* (``presentation`` NULL, a short
``expires_at``) made by ``POST /api/links``; the upload fills it once, atomically, and sets the link's
real expiry. Nothing else is stored: no visitor addresses, no request logs, only the presentation the
learner chose to upload, its holder DID (for rate limits and deletion), dates and a view count.
Times are whole seconds since the epoch (UTC), the same in both databases.

Both backends are synchronous (the app calls them through Starlette's thread pool) and share the SQL;
only the placeholders, the binary column type, connection handling and the one statement that counts
the views of many links at once (:meth:`Storage.view_many`) differ. PostgreSQL uses a
``psycopg_pool`` connection pool; the schema is created under an advisory lock so that several
processes starting together do not race.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Link", "PostgresStorage", "SQLiteStorage", "Storage", "StorageError", "open_storage"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS share_links (
    id TEXT PRIMARY KEY,
    holder TEXT,
    media_type TEXT,
    presentation {blob},
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    views BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS share_links_expires ON share_links (expires_at);
"""
_LOCK_KEY = 0x4C57_5348  # "LWSH": the advisory lock taken while creating the schema


class StorageError(Exception):
    """The database could not be used (wrong URL, server down, bad file)."""


@dataclass(frozen=True)
class Link:
    id: str
    holder: str
    media_type: str
    presentation: bytes
    created_at: int
    expires_at: int
    views: int


def _link(row: tuple[Any, ...] | None) -> Link | None:
    if row is None:
        return None
    return Link(row[0], row[1] or "", row[2] or "", bytes(row[3]), int(row[4]), int(row[5]), int(row[6]))


class Storage(ABC):
    """The operations the service needs; subclasses give a connection (:meth:`_tx`) and a placeholder."""

    placeholder = "?"

    @abstractmethod
    def _tx(self) -> AbstractContextManager[Any]:
        """One transaction: yields a cursor, commits at the end, rolls back on an error."""

    def _q(self, sql: str) -> str:
        return sql.replace("?", self.placeholder)

    def _one(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        with self._tx() as cur:
            cur.execute(self._q(sql), params)
            row: tuple[Any, ...] | None = cur.fetchone()
            return row

    def _count(self, sql: str, params: tuple[Any, ...]) -> int:
        with self._tx() as cur:
            cur.execute(self._q(sql), params)
            return int(cur.rowcount or 0)

    def reserve(self, link_id: str, now: int, until: int) -> None:
        """A fresh id waiting for its upload until ``until``."""
        with self._tx() as cur:
            cur.execute(self._q("INSERT INTO share_links (id, created_at, expires_at) VALUES (?, ?, ?)"),
                        (link_id, now, until))

    def fill(self, link_id: str, *, presentation: bytes, media_type: str, holder: str, now: int,
             expires_at: int) -> bool:
        """Store the upload in a still-open reservation; False when there is none (used, expired, unknown)."""
        return self._count(
            "UPDATE share_links SET presentation = ?, media_type = ?, holder = ?, created_at = ?, expires_at = ?"
            " WHERE id = ? AND presentation IS NULL AND expires_at > ?",
            (presentation, media_type, holder, now, expires_at, link_id, now)) == 1

    def reservation_open(self, link_id: str, now: int) -> bool:
        return self._one("SELECT 1 FROM share_links WHERE id = ? AND presentation IS NULL AND expires_at > ?",
                         (link_id, now)) is not None

    def get(self, link_id: str, now: int) -> Link | None:
        row = self._one("SELECT id, holder, media_type, presentation, created_at, expires_at, views FROM share_links"
                        " WHERE id = ? AND presentation IS NOT NULL AND expires_at > ?", (link_id, now))
        return _link(row)

    def view_many(self, counts: dict[str, int], now: int) -> dict[str, Link]:
        """Count ``counts[id]`` views of each link in one statement and one transaction; the links that
        are still there, with their views after the increment (a link gone or expired is absent).

        The app gathers the views that arrive while the previous statement runs into the next one (a
        group commit), so a burst of views costs a few writes, not one per view, and no count waits in
        memory: several processes on one PostgreSQL database add up, and a shutdown loses nothing."""
        if not counts:
            return {}
        with self._tx() as cur:
            cur.execute(self._view_many_sql, self._view_many_params(counts, now))
            rows = cur.fetchall()
        return {link.id: link for link in map(_link, rows) if link is not None}

    _view_many_sql: str  # the dialect's statement for :meth:`view_many`

    @abstractmethod
    def _view_many_params(self, counts: dict[str, int], now: int) -> tuple[Any, ...]:
        """The parameters of :attr:`_view_many_sql` (one statement, whatever the number of links)."""

    def delete(self, link_id: str) -> bool:
        return self._count("DELETE FROM share_links WHERE id = ?", (link_id,)) == 1

    def purge(self, now: int) -> int:
        """Remove expired links and stale reservations; how many rows went."""
        return self._count("DELETE FROM share_links WHERE expires_at <= ?", (now,))

    @abstractmethod
    def close(self) -> None:
        """Release the connection or pool."""

    @property
    def kind(self) -> str:
        return type(self).__name__


class SQLiteStorage(Storage):
    """One SQLite file (WAL): the one-command setup. One connection behind a lock; the app's work
    per request is a single short statement."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA.format(blob="BLOB"))
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(f"the SQLite database {self.path} cannot be used: {exc}") from None
        self._lock = threading.Lock()

    _view_many_sql = (  # counts as one JSON object {id: n}, bound once as ?1
        "UPDATE share_links SET views = views + (SELECT value FROM json_each(?1) WHERE key = share_links.id)"
        " WHERE id IN (SELECT key FROM json_each(?1)) AND presentation IS NOT NULL AND expires_at > ?2"
        " RETURNING id, holder, media_type, presentation, created_at, expires_at, views")

    def _view_many_params(self, counts: dict[str, int], now: int) -> tuple[Any, ...]:
        return json.dumps(counts), now

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        with self._lock:
            cur = self._db.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    cur.execute("ROLLBACK")
                raise
            finally:
                cur.close()

    def close(self) -> None:
        with self._lock:
            self._db.close()


class PostgresStorage(Storage):
    """PostgreSQL through psycopg 3 and a small connection pool, for several app processes."""

    placeholder = "%s"

    def __init__(self, url: str, *, min_size: int = 1, max_size: int = 8) -> None:
        import psycopg
        from psycopg_pool import ConnectionPool

        self._errors: tuple[type[BaseException], ...] = (psycopg.Error,)
        try:
            self._pool = ConnectionPool(url, min_size=min_size, max_size=max_size, open=True, timeout=15,
                                        kwargs={"autocommit": True})
            self._pool.wait(timeout=15)
            with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
                for stmt in filter(str.strip, _SCHEMA.format(blob="BYTEA").split(";")):
                    cur.execute(stmt)  # our own constant SQL
        except Exception as exc:  # psycopg / pool errors, with the URL's password kept out of the message
            pool = getattr(self, "_pool", None)
            if pool is not None:
                pool.close()
            raise StorageError(f"the PostgreSQL database cannot be used: {type(exc).__name__}: "
                               f"{str(exc).splitlines()[0] if str(exc) else ''}") from None

    _view_many_sql = (  # counts as two arrays (ids, increments)
        "UPDATE share_links AS s SET views = s.views + v.n FROM unnest(%s::text[], %s::bigint[]) AS v(id, n)"
        " WHERE s.id = v.id AND s.presentation IS NOT NULL AND s.expires_at > %s"
        " RETURNING s.id, s.holder, s.media_type, s.presentation, s.created_at, s.expires_at, s.views")

    def _view_many_params(self, counts: dict[str, int], now: int) -> tuple[Any, ...]:
        return list(counts), list(counts.values()), now

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield cur

    def close(self) -> None:
        self._pool.close()


def open_storage(*, db: str | Path | None = None, database_url: str | None = None) -> Storage:
    """PostgreSQL when ``database_url`` is given, else the SQLite file ``db``."""
    if database_url:
        if not database_url.startswith(("postgresql://", "postgres://")):
            raise StorageError("--database-url must be a postgresql:// URL")
        return PostgresStorage(database_url)
    if db is None:
        raise StorageError("give --db FILE (SQLite) or --database-url postgresql://...")
    return SQLiteStorage(db)
