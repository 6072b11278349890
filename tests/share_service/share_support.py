"""Helpers of the share service tests (import as ``from share_support import ...``): presentations signed
at test time, an app on a temporary SQLite file with a clock the test moves, and a real PostgreSQL server
on loopback in a temporary folder.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VC2 = "https://www.w3.org/ns/credentials/v2"
ORIGIN = "http://testserver"  # Starlette's TestClient base URL


@dataclass
class Clock:
    """A wall clock the test moves (seconds since the epoch)."""

    now: float = field(default_factory=lambda: float(int(time.time())))

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def signed_vp(signer: Any, credentials: list[Any], challenge: str, domain: str = ORIGIN) -> bytes:
    """A presentation of ``credentials`` signed now by ``signer`` for ``challenge`` / ``domain``."""
    from wallet.proofs import sign

    vp: dict[str, Any] = {"@context": [VC2], "type": ["VerifiablePresentation"], "holder": signer.did}
    if credentials:
        vp["verifiableCredential"] = credentials
    suite = "eddsa-rdfc-2022" if signer.key_type == "ed25519" else "ecdsa-rdfc-2019"
    return json.dumps(sign(vp, signer, cryptosuite=suite, purpose="authentication", challenge=challenge,
                           domain=domain)).encode()


def tamper_stored(db_path: str | Path, link_id: str) -> bytes:
    """Change the achievement name in a stored presentation, in the SQLite database itself (the signature
    no longer matches); returns the original bytes, for putting them back."""
    db = sqlite3.connect(db_path)
    try:
        stored: bytes = db.execute("SELECT presentation FROM share_links WHERE id = ?", (link_id,)).fetchone()[0]
        doc = json.loads(stored)
        doc["verifiableCredential"][0]["credentialSubject"]["achievement"]["name"] = "Chief Surgeon"
        with db:
            db.execute("UPDATE share_links SET presentation = ? WHERE id = ?", (json.dumps(doc).encode(), link_id))
    finally:
        db.close()
    return stored


def restore_stored(db_path: str | Path, link_id: str, data: bytes) -> None:
    db = sqlite3.connect(db_path)
    try:
        with db:
            db.execute("UPDATE share_links SET presentation = ? WHERE id = ?", (data, link_id))
    finally:
        db.close()


def one_skill(demo: Any) -> dict[str, Any]:
    """A selective disclosure of a demo micro-credential: the achievement name and one skill."""
    from wallet.proofs import sd_derive

    cred = demo.credentials["sl-community-health-outreach"]
    return sd_derive(cred, ["/credentialSubject/achievement/name",
                            "/credentialSubject/achievement/alignment/0/targetName"])


@dataclass
class Service:
    """An app under test with its TestClient, clock, storage and settings."""

    client: Any
    clock: Clock
    storage: Any
    config: Any

    def upload(self, vp: Callable[[str], bytes], *, days: int | None = None, headers: dict[str, str] | None = None
               ) -> Any:
        """Reserve an id, sign with ``vp(id)``, upload; the upload response."""
        r = self.client.post("/api/links")
        assert r.status_code == 201, r.text
        link_id = r.json()["id"]
        q = f"?expires_days={days}" if days is not None else ""
        return self.client.post(f"/api/links/{link_id}{q}", content=vp(link_id),
                                headers={"content-type": "application/json", **(headers or {})})


@contextmanager
def make_service(tmp_path: Path, trust_file: str | None, storage: Any = None, **overrides: Any) -> Iterator[Service]:
    from starlette.testclient import TestClient

    from share_service.app import create_app
    from share_service.config import ServiceConfig
    from share_service.storage import SQLiteStorage

    clock = Clock()
    settings: dict[str, Any] = {"demo": True, **overrides}  # the demo record's issuers are recognised only so
    config = ServiceConfig(origin=ORIGIN, db=str(tmp_path / "links.db"), trust_list_path=trust_file, clock=clock,
                           **settings)
    storage = storage or SQLiteStorage(config.db or "")
    app = create_app(config, storage, purge=False)
    with TestClient(app) as client:
        yield Service(client, clock, storage, config)


# --- a real PostgreSQL server ---------------------------------------------------------------------


def _pg_bindir() -> Path:
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "postgres")):
            return Path(d)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("postgres"):
        return Path(initdb).parent
    raise PostgresUnavailable("the PostgreSQL tests need the server binaries (initdb, postgres): install the "
                              "Debian package `postgresql` (scripts/setup.sh does)")


@dataclass
class PgServer:
    port: int
    url_base: str

    def new_database(self) -> str:
        """A fresh, empty database on the server; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"{self.url_base}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
        return f"{self.url_base}/{name}"


class PostgresUnavailable(Exception):
    """The PostgreSQL server could not be started here (the message says why and how to fix it)."""


@contextmanager
def running_postgres() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server on 127.0.0.1 in a temporary folder, stopped and removed afterwards.
    As root it runs as the unprivileged ``postgres`` user (the server refuses root)."""
    import psycopg

    from share_service.local import free_port

    bindir = _pg_bindir()
    base = Path(tempfile.mkdtemp(prefix="lw-share-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise PostgresUnavailable("running the PostgreSQL tests as root needs `runuser` (util-linux)")
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running the PostgreSQL tests as root needs the `postgres` system user "
                                      "(the Debian package postgresql creates it)") from None
        os.chown(base, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, sock = base / "data", base / "sock"
    port = free_port()
    proc = None
    try:
        subprocess.run([*as_user, "mkdir", "-p", str(sock)], check=True)
        init = subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "lw", "--auth=trust",
                               "-E", "UTF8", "--no-sync"], capture_output=True, text=True, timeout=180)
        if init.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {init.stderr[-2000:]}")
        proc = subprocess.Popen([*as_user, str(bindir / "postgres"), "-D", str(data), "-p", str(port),
                                 "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={sock}",
                                 "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                                 "-c", "max_connections=100"],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        url_base = f"postgresql://lw@127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with psycopg.connect(f"{url_base}/postgres", connect_timeout=2):
                    break
            except psycopg.OperationalError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                    raise PostgresUnavailable(f"PostgreSQL did not start: {out[-2000:]}") from None
                time.sleep(0.1)
        yield PgServer(port, url_base)
    finally:
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)  # fast shutdown
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        shutil.rmtree(base, ignore_errors=True)
