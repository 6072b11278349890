"""Helpers shared by test modules (import as ``from support import ...``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from wallet.identity.did import did_key_from_public_key
from wallet.identity.keys import PublicKey, b64url_decode, b64url_encode


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


@contextmanager
def main_window_on(qtbot: Any, runner: Any, home: Path, *, demo: bool = False, offer_tour: bool = True,
                   ready: Callable[[Any], bool] = lambda w: w.state == "open") -> Iterator[Any]:
    """The main window on the wallet in ``home`` (``demo``: built on first use), shown at 1280x800 and
    started; yields once ``ready(window)``; afterwards waits for running work and closes the wallet."""
    from ui.main_window import MainWindow
    from ui.session import Session

    session = Session(home, runner, demo=demo)
    window = MainWindow(session)
    if not offer_tour:
        window.demo_features.offer_tour = False
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: ready(window), timeout=60_000)
    try:
        yield window
    finally:
        runner.wait_idle(60_000)
        if session.wallet is not None:
            session.wallet.close()
            session.wallet = None


@dataclass
class MemSigner:
    """A tiny in-memory signer implementing the ``wallet.keystore.Signer`` protocol (tests only: the
    wallet's own keys never leave the keychain)."""

    key_type: str
    public_key: PublicKey
    did: str
    verification_method: str
    private: Any

    @classmethod
    def new(cls, key_type: str) -> MemSigner:
        if key_type == "ed25519":
            return cls.of(ed25519.Ed25519PrivateKey.generate())
        curve = ec.SECP256R1() if key_type == "p256" else ec.SECP384R1()
        return cls.of(ec.generate_private_key(curve))

    @classmethod
    def from_jwk(cls, jwk: dict[str, str]) -> MemSigner:
        """A P-256 signer from a private JWK (``d``)."""
        d = int.from_bytes(b64url_decode(jwk["d"]), "big")
        return cls.of(ec.derive_private_key(d, ec.SECP256R1()))

    @classmethod
    def of(cls, private: Any) -> MemSigner:
        pk = PublicKey.from_cryptography(private.public_key())
        did = did_key_from_public_key(pk)
        return cls(pk.type, pk, did, f"{did}#{pk.multibase()}", private)

    def _size(self) -> int:
        return 32 if self.key_type == "p256" else 48

    def sign(self, data: bytes) -> bytes:
        if isinstance(self.private, ed25519.Ed25519PrivateKey):
            return self.private.sign(data)
        size = self._size()
        h = hashes.SHA256() if size == 32 else hashes.SHA384()
        r, s = decode_dss_signature(self.private.sign(data, ec.ECDSA(h)))
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")

    def private_jwk(self) -> dict[str, str]:
        if isinstance(self.private, ed25519.Ed25519PrivateKey):
            seed = self.private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        else:
            seed = self.private.private_numbers().private_value.to_bytes(self._size(), "big")
        return {**self.public_key.jwk(), "d": b64url_encode(seed)}


def start_on_wallet_with(qtbot: Any, window: Any, home: Path, paths: list[Path]) -> Any:
    """A new wallet in ``home`` holding the credential files ``paths``, then ``window`` started on it
    and its library loaded; returns the library view."""
    from wallet.wallet import Wallet

    w = Wallet.create(home)
    try:
        result = w.import_files(paths)
        assert len(result.added) == len(paths), result.failed
    finally:
        w.close()
    window.start()
    qtbot.waitUntil(lambda: window.library.model.rowCount() == len(paths), timeout=60_000)
    return window.library
