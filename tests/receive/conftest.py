"""Fixtures for receiving from an issuer: the real OID4VCI issuer (see oid4vci_issuer.py) started on loopback
for the session and stopped after it; the app's background runner for the dialog tests."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oid4vci_issuer import Issuer, running_issuer  # noqa: E402


@pytest.fixture(scope="session")
def oid4vci_issuer() -> Iterator[Issuer]:
    with running_issuer() as issuer:
        yield issuer


@pytest.fixture(scope="session")
def _runner_stopped_at_exit(qapp: object) -> Iterator[None]:
    """No worker thread may outlive the session (PySide aborts at exit otherwise)."""
    yield
    from ui.tasks import runner as app_runner

    app_runner().shutdown()


@pytest.fixture
def runner(qapp: object, _runner_stopped_at_exit: None) -> Iterator[object]:
    """The app-wide background runner (ui/tasks.py), drained after each test (dialog tests only)."""
    from ui.tasks import runner as app_runner

    r = app_runner()
    yield r
    r.wait_idle(30_000)
