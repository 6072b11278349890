"""The demo's own share service: when a demo wallet opens, a share service is started on this computer's
loopback address (``share_service.local.LocalServer``, with the demo's settings, so the demo issuers'
credentials are accepted and every page says DEMO) and the demo wallet's Settings point to it. Sharing by
link, opening the link's page and verifying it in the verifier then all work offline.

Its links live in a temporary folder and go when the app quits (the port changes at every start, and a
presentation is signed for its service's address). Starting waits for the server (on the parallel lane);
the setting is written on the serial lane; stopping joins the server's thread at exit.
"""

from __future__ import annotations

import shutil
import tempfile
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui.session import Session
from ui.tasks import OpContext, run_op
from wallet import Change, Wallet

__all__ = ["DemoShareService", "demo_share_service"]

_NAME = "learner-wallet-demo-share-service"
SETTING = "share_service"


class _Start:
    """Start a share service on 127.0.0.1 in a fresh temporary folder -> (LocalServer, folder)."""

    def __call__(self, op: OpContext) -> tuple[Any, str]:
        from share_service.app import create_app
        from share_service.config import ServiceConfig
        from share_service.local import LocalServer, free_port

        folder = tempfile.mkdtemp(prefix="learner-wallet-demo-share-")
        try:
            port = free_port()
            config = ServiceConfig(origin=f"http://127.0.0.1:{port}", db=f"{folder}/links.db", demo=True,
                                   name="Demo career office (fictional)")
            return LocalServer(create_app(config), port).start(), folder
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise


class _PointSettingsTo:
    def __init__(self, origin: str) -> None:
        self.origin = origin

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        wallet.set_setting(SETTING, self.origin)
        return Change("settings", (SETTING,))


class DemoShareService(QObject):
    """Starts the demo's share service when ``session`` opens a demo wallet; :meth:`stop` at exit."""

    started = Signal(str)  # the service's origin, once the Settings point to it
    failed = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setObjectName(_NAME)
        self.session = session
        self.server: Any = None
        self.folder = ""
        self._starting = False
        session.opened.connect(self._on_opened)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        if session.wallet is not None:
            self._on_opened()

    @property
    def origin(self) -> str:
        return str(self.server.origin) if self.server is not None else ""

    def _on_opened(self) -> None:
        if self.session.is_demo and self.server is None and not self._starting:
            self._starting = True
            run_op(None, _Start(), success=self._started, failure=self._start_failed, serial=False)

    def _started(self, result: Any) -> None:
        self._starting = False
        self.server, self.folder = result
        self.session.run(None, _PointSettingsTo(self.server.origin), success=self._pointed)

    def _pointed(self, change: Any) -> None:
        self.started.emit(self.origin)

    def _start_failed(self, exc: BaseException) -> None:
        self._starting = False
        self.failed.emit(str(exc))  # the demo still works; sharing by link then says what it needs

    def stop(self) -> None:
        """Stop the server and remove its links (at exit; also safe to call twice)."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = ""


def demo_share_service(session: Session) -> DemoShareService:
    """The session's :class:`DemoShareService` (created on first use)."""
    found = session.findChild(DemoShareService, _NAME)
    return found if found is not None else DemoShareService(session)
