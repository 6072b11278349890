"""Helpers shared by test modules (import as ``from support import ...``)."""

from __future__ import annotations

from pathlib import Path


def forget_wallet(home: Path) -> None:
    """Remove a test wallet's keychain entries."""
    from wallet.wallet import Wallet

    if not Wallet.exists(home):
        return
    w = Wallet.open(home)
    try:
        w.keystore.delete_all([d["did"] for d in w.dids()])
    finally:
        w.close()


def run_interop(cli: Path, *args: str, ok: bool = True) -> dict:
    import json
    import subprocess

    proc = subprocess.run(["node", str(cli), *args], capture_output=True, text=True, timeout=300)
    result: dict = json.loads(proc.stdout.strip().splitlines()[-1])
    if ok:
        assert proc.returncode == 0, (proc.stdout, proc.stderr)
    return result
