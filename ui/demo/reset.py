"""File ▸ Reset demo…: delete the demo wallet (folder and keychain entries) and build it again.

Only a demo wallet can be reset (``wallet.demo.reset_demo`` refuses any other, and the action is
not offered). The open wallet is handed to the job, which closes it on the serial lane before
anything is deleted; while the job runs the session holds no wallet, so no view can start work on
it. Afterwards the session announces ``opened`` again and every view reloads.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from ui.tasks import OpContext, show_problem
from wallet import Wallet

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["DemoReset", "ResetJob"]


class ResetJob:
    """Close ``wallet``, then ``reset_demo(home)``; returns the new, open wallet."""

    def __init__(self, home: Path, wallet: Wallet | None, keyring_backend: Any | None) -> None:
        self.home, self.wallet, self.keyring_backend = Path(home), wallet, keyring_backend

    def __call__(self, op: OpContext) -> Wallet:
        from wallet.demo.issuer import reset_demo
        from wallet.errors import InputError

        if self.wallet is not None:
            if not self.wallet.is_demo:
                raise InputError("Only the demo wallet can be reset.")
            self.wallet.close()
        op.progress(0, 0, QCoreApplication.translate("DemoReset", "Deleting the demo wallet and signing its "
                                                                  "credentials again…"))
        wallet = reset_demo(self.home, keyring_backend=self.keyring_backend)
        return wallet if isinstance(wallet, Wallet) else Wallet.open(self.home, keyring_backend=self.keyring_backend)


class DemoReset(QObject):
    reset_finished = Signal()
    reset_failed = Signal(object)  # the exception

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self.running = False

    def available(self) -> bool:
        w = self.window
        return w.state == "open" and w.session.wallet is not None and w.session.is_demo and not self.running

    def confirm(self) -> QMessageBox | None:
        """Ask first (non-blocking); Reset runs :meth:`reset`."""
        if not self.available():
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reset the demo"), self.tr(
            "Reset the demo wallet to its original state? Everything changed in it since — imports, deletions, "
            "shares, settings — is discarded, and the demo credentials are signed again."),
            QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("reset-demo-box")
        box.setAccessibleName(self.tr("Reset the demo"))
        reset_button = box.addButton(self.tr("Reset demo"), QMessageBox.ButtonRole.DestructiveRole)
        reset_button.setAccessibleName(self.tr("Reset the demo wallet"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._answered)
        self.box = box
        box.open()
        return box

    def _answered(self, button: Any) -> None:
        box = self.box
        self.box = None
        if box is not None and box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
            self.reset()

    def reset(self) -> bool:
        """Reset now (no question); False when this is not a demo wallet."""
        if not self.available():
            return False
        session = self.window.session
        features = getattr(self.window, "demo_features", None)
        if features is not None:
            features.tour.end()
            features.tour.facts = None  # the credentials get new ids
        self.window.share.restart()
        wallet, session.wallet = session.wallet, None  # nothing new is queued on the old wallet
        self.running = True
        session.runner.run(self.window, ResetJob(session.home, wallet, session.keyring_backend),
                           success=self._done, failure=self._failed,
                           progress_label=self.tr("Resetting the demo wallet…"))
        return True

    def _done(self, wallet: Any) -> None:
        self.running = False
        session = self.window.session
        session.wallet = wallet
        session.opened.emit()  # every view reloads, as after opening
        self.reset_finished.emit()

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import describe

        self.running = False
        self.reset_failed.emit(exc)
        show_problem(self.window, describe(exc))
        self.window.start(self.window.current_view)  # open (or build) whatever is there now
