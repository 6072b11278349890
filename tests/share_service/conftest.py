"""Fixtures of the share service tests: the demo's really signed credentials, an app on a temporary SQLite
file, and a real PostgreSQL server started on loopback in a temporary folder (never skipped: without
the binaries the tests fail and say so). The helpers live in ``share_support``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from share_support import PgServer, PostgresUnavailable, Service, make_service, running_postgres


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
    try:
        with running_postgres() as server:
            yield server
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
