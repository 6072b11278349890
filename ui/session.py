"""The session: which wallet home, the open wallet, and how it gets opened or created.

All wallet work goes through the runner's serial lane. The session announces its state with
past-tense signals; views listen to ``opened`` and to the runner's ``wallet_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.errors import describe
from ui.tasks import Op, OpContext, Runner
from wallet import Wallet

__all__ = ["Session"]


def _build_demo(home: Path, keyring_backend: Any | None) -> Wallet:
    """The demo wallet: built by ``wallet.demo`` when available, else an empty wallet marked demo."""
    try:
        from wallet.demo import issuer as demo
    except ImportError:
        demo = None  # type: ignore[assignment]
    if demo is not None:
        built = demo.build_demo_wallet(home, keyring_backend=keyring_backend)
        return built if isinstance(built, Wallet) else Wallet.open(home, keyring_backend=keyring_backend)
    return Wallet.create(home, keyring_backend=keyring_backend, label="Demo learner", demo=True)


class Session(QObject):
    """One wallet home and, once opened, its :class:`wallet.Wallet`."""

    opened = Signal()  # self.wallet is now set
    open_failed = Signal(object)  # ui.errors.Problem
    create_failed = Signal(object)  # ui.errors.Problem

    def __init__(self, home: Path, runner: Runner, *, demo: bool = False, keyring_backend: Any | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.runner = runner
        self.demo = demo
        self.keyring_backend = keyring_backend
        self.wallet: Wallet | None = None
        self._opening = False

    @property
    def is_demo(self) -> bool:
        return self.demo or bool(self.wallet is not None and self.wallet.is_demo)

    def exists(self) -> bool:
        return Wallet.exists(self.home)

    # --- lifecycle (all on the serial lane) ---------------------------------------------------
    def open(self, parent: QWidget | None) -> None:
        """Open the wallet in ``home`` (the demo wallet is built on first use). While an opening is
        under way, another call does nothing: its result reaches everyone through ``opened``."""
        if self._opening:
            return
        self._opening = True
        self.runner.run(parent, self._open_job, success=self._set_wallet, failure=self._open_failed,
                        progress_label=self.tr("Opening your wallet…") if parent is not None else None)

    def open_early(self) -> None:
        """Start opening the wallet, if there is one, before the window is built: the keychain, the
        database and the index load on the serial lane while the GUI thread builds the window (the
        window's ``start`` then finds the opening under way, and its "opening" page stands in for a
        progress dialog). Results are delivered by the event loop, after the window has connected."""
        if self.wallet is None and (self.demo or self.exists()):
            self.open(None)

    def create(self, parent: QWidget | None, key_type: str = "ed25519", label: str = "") -> None:
        """Create the wallet and its first DID."""
        self._pending_create = (key_type, label or self.tr("My identity"))
        self.runner.run(parent, self._create_job, success=self._set_wallet, failure=self._create_failed,
                        progress_label=self.tr("Creating your wallet…"))

    def _open_job(self, op: OpContext) -> Wallet:
        if self.demo and not Wallet.exists(self.home):
            return _build_demo(self.home, self.keyring_backend)
        with op.collector_paused():  # every summary is decrypted and kept: see ui.tasks.CollectorPause
            return Wallet.open(self.home, keyring_backend=self.keyring_backend)

    def _create_job(self, op: OpContext) -> Wallet:
        key_type, label = self._pending_create
        return Wallet.create(self.home, keyring_backend=self.keyring_backend, key_type=key_type,  # type: ignore[arg-type]
                             label=label, demo=self.demo)

    def _set_wallet(self, wallet: Wallet) -> None:
        self._opening = False
        self.wallet = wallet
        self.opened.emit()

    def _open_failed(self, exc: BaseException) -> None:
        self._opening = False
        self._report(self.open_failed, exc)

    def _create_failed(self, exc: BaseException) -> None:
        self._report(self.create_failed, exc)

    def _report(self, signal: Any, exc: BaseException) -> None:
        problem = describe(exc)
        if problem is not None:
            signal.emit(problem)

    def close(self) -> None:
        """Wait for running work, then close the database (called at exit)."""
        self.runner.shutdown()
        if self.wallet is not None:
            self.wallet.close()
            self.wallet = None

    # --- convenience for views ---------------------------------------------------------------
    def run(self, parent: QWidget | None, fn: Callable[[Wallet, OpContext], Any], *,
            success: Callable[[Any], None] | None = None, failure: Callable[[BaseException], None] | None = None,
            progress_label: str | None = None) -> Op | None:
        """Run ``fn(wallet, op)`` on the serial lane (nothing when no wallet is open)."""
        wallet = self.wallet
        if wallet is None:
            return None
        return self.runner.run(parent, _WalletCall(fn, wallet), success=success, failure=failure,
                        progress_label=progress_label)


class _WalletCall:
    def __init__(self, fn: Callable[[Wallet, OpContext], Any], wallet: Wallet) -> None:
        self.fn = fn
        self.wallet = wallet

    def __call__(self, op: OpContext) -> Any:
        return self.fn(self.wallet, op)

