"""The real OID4VCI test issuer (tests/oid4vci/issuer.mjs) as the receiving tests drive it: start it on
loopback, ask it for offers, read what it was asked; and a stand-in for the learner's browser."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

OID4VCI = Path(__file__).resolve().parent.parent / "oid4vci"
INTEROP = OID4VCI.parent / "interop"


@dataclass
class Issuer:
    """The running test issuer: ``base`` URL; :meth:`offer` makes a fresh offer (its own issuer id)."""

    base: str
    process: subprocess.Popen[str]

    def offer(self, **options: Any) -> dict[str, Any]:
        answer = httpx.post(f"{self.base}/_test/offer", json=options, timeout=30)
        answer.raise_for_status()
        return dict(answer.json())

    def log(self, offer: dict[str, Any]) -> list[str]:
        return list(httpx.get(f"{self.base}/_test/log/{offer['id']}", timeout=10).json()["log"])


@contextmanager
def running_issuer() -> Iterator[Issuer]:
    """``node tests/oid4vci/issuer.mjs --port 0`` on 127.0.0.1; the port is read from its first stdout line.

    Never skipped: without node or the installed packages (scripts/setup.sh) the tests fail with the fix."""
    if shutil.which("node") is None:
        pytest.fail("receiving tests need Node.js >= 20 on PATH (scripts/setup.sh installs it)", pytrace=False)
    for folder in (OID4VCI, INTEROP):
        if not (folder / "node_modules").is_dir():
            pytest.fail(f"receiving tests need {folder / 'node_modules'}: run scripts/setup.sh "
                        f"(or: cd {folder.relative_to(OID4VCI.parent.parent)} && npm ci)", pytrace=False)
    proc = subprocess.Popen(["node", str(OID4VCI / "issuer.mjs"), "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            err = proc.stderr.read() if proc.stderr else ""
            pytest.fail(f"the test issuer did not start: {err[-2000:]}", pytrace=False)
        yield Issuer(json.loads(line)["base"], proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def follow_as_browser(url: str) -> None:
    """Play the learner's browser: follow the authorization URL (the issuer's sign-in, taken as consented)
    and its redirects, the last one being the wallet's loopback redirect."""
    with httpx.Client(follow_redirects=True, timeout=30) as client:
        client.get(url)
