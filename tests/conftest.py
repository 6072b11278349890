"""Fixtures shared by every test: real keychain, real SQLite files, temporary homes."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"
INTEROP = ROOT / "tests" / "interop"  # the reference JavaScript stack (its README says what it is)


def _secret_service_ready() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session (run the suite with scripts/test.sh)"
    try:
        import keyring

        kr = keyring.get_keyring()
        if "SecretService" not in type(kr).__module__ and not any(
            "SecretService" in type(b).__module__ for b in getattr(kr, "backends", [])
        ):
            return f"the keyring backend is {type(kr).__module__}, not the Secret Service"
        keyring.get_password("learner-wallet/probe", "probe")
    except Exception as exc:  # pragma: no cover - reported as a failure below
        return f"the Secret Service does not answer: {exc}"
    return None


@pytest.fixture(scope="session")
def keychain() -> None:
    """A real, unlocked Secret Service. Never skipped: without one the test fails with the fix."""
    problem = _secret_service_ready()
    if problem:
        pytest.fail(f"keychain tests need a real Secret Service: {problem}", pytrace=False)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / f"wallet-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def wallet(keychain: None, home: Path) -> Iterator[object]:
    """A fresh wallet with one Ed25519 DID in the real keychain; its entries are removed afterwards."""
    from wallet.wallet import Wallet

    w = Wallet.create(home)
    try:
        yield w
    finally:
        try:
            w.close()
        except Exception:
            pass
        from support import forget_wallet

        forget_wallet(home)


@pytest.fixture(scope="session")
def interop_cli() -> Path:
    """``tests/interop/cli.mjs``: the reference JavaScript stack, installed by scripts/setup.sh (npm ci).

    Never skipped: without node or the installed packages every interop test fails with the fix."""
    import shutil

    if shutil.which("node") is None:
        pytest.fail("the interop tests need Node.js >= 20 on PATH (scripts/setup.sh installs it)", pytrace=False)
    if not (INTEROP / "node_modules").is_dir():
        pytest.fail(f"the interop tests need {INTEROP / 'node_modules'}: run scripts/setup.sh "
                    "(or: cd tests/interop && npm ci --no-audit --no-fund)", pytrace=False)
    return INTEROP / "cli.mjs"
