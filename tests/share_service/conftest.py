"""Fixtures of the share service tests: the demo's really signed credentials, an app on a temporary SQLite
file, and a real PostgreSQL server started on loopback in a temporary folder (never skipped: without
the binaries the tests fail and say so). The helpers live in ``share_support``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from share_support import PgServer, Service, _pg_bindir, make_service


@pytest.fixture(scope="session")
def demo() -> Any:
    """The demo record, really signed, issued to the demo learner's DID (its key is public)."""
    from wallet.demo.issuer import build_demo_documents

    return build_demo_documents()


@pytest.fixture(scope="session")
def holder() -> Any:
    from wallet.demo.issuer import holder_signer

    return holder_signer()


@pytest.fixture
def trust_file(demo: Any, tmp_path: Path) -> str:
    path = tmp_path / "trust.json"
    path.write_text(demo.trust_list.dumps())
    return str(path)


@pytest.fixture
def service(tmp_path: Path, trust_file: str) -> Iterator[Service]:
    with make_service(tmp_path, trust_file) as svc:
        yield svc


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """PostgreSQL on 127.0.0.1 in a temporary folder; as root it runs as the unprivileged ``postgres``
    user (the server refuses root). Stopped and removed after the session."""
    import psycopg

    from share_service.local import free_port

    bindir = _pg_bindir()
    base = Path(tempfile.mkdtemp(prefix="lw-share-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.fail("running the PostgreSQL tests as root needs `runuser` (util-linux)", pytrace=False)
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("running the PostgreSQL tests as root needs the `postgres` system user (the Debian "
                        "package postgresql creates it)", pytrace=False)
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
            pytest.fail(f"initdb failed: {init.stderr[-2000:]}", pytrace=False)
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
                    pytest.fail(f"PostgreSQL did not start: {out[-2000:]}", pytrace=False)
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
