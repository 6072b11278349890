"""The network fetcher: HTTPS only; an unreachable host is "not checked (offline)", never invalid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wallet.errors import NetworkError
from wallet.net import https_fetch
from wallet.verifier.engine import verify_files

VECTORS = Path(__file__).resolve().parents[1] / "vectors"


def test_only_https() -> None:
    with pytest.raises(NetworkError, match="not an HTTPS URL"):
        https_fetch("http://example.com/status/1")
    with pytest.raises(NetworkError, match="not an HTTPS URL"):
        https_fetch("file:///etc/passwd")


def test_unreachable_host_is_a_network_error() -> None:
    # a port on loopback that nothing listens on: refused at once, no traffic leaves the machine
    with pytest.raises(NetworkError, match="could not be reached"):
        https_fetch("https://127.0.0.1:9/did.json")


def test_online_verification_with_an_unreachable_issuer_is_not_checked(tmp_path: Path) -> None:
    calls: list[str] = []

    def unreachable(url: str) -> bytes:
        calls.append(url)
        raise NetworkError(f"{url} could not be reached (connection refused)")

    src = VECTORS / "1edtech-public-validator/ob30/simple.json"
    [report] = verify_files([str(src)], allow_network=True, fetcher=unreachable)
    assert calls, "with --online the issuer profile is fetched"
    statuses = {c["name"]: c["status"] for c in report["checks"]}
    assert statuses["proof"] == "not-checked" and report["state"] == "not-checked"
    assert report["verdict"] == "not-verified"  # unreachable is "not checked", never "invalid", and never green
    assert "failed" not in statuses.values()
    online_calls = len(calls)
    [offline] = verify_files([str(src)], allow_network=False, fetcher=unreachable)
    assert len(calls) == online_calls and offline["state"] == "not-checked"  # offline: nothing fetched
    assert json.dumps(offline)
