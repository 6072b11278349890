"""``learner-wallet --screenshot DIR``: render every main view offscreen into ``DIR/<view>.png``
and the Settings dialog into ``DIR/settings.png``
(and, with ``--demo``, every stop of the guided tour into ``DIR/tour-<n>.png``).

With no wallet in the home, the first-run page is rendered as ``first-run.png`` and the views are
rendered on a temporary wallet whose keychain entries are removed afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.errors import describe
from ui.main_window import VIEW_NAMES, MainWindow
from ui.session import Session
from ui.tasks import OpContext, Runner
from ui.theme import Theme
from wallet import Wallet

__all__ = ["SIZE", "ScreenshotError", "demo_window", "take_screenshots"]

SIZE = (1280, 800)


class ScreenshotError(Exception):
    pass


def render(widget: QWidget, path: Path) -> Path:
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise ScreenshotError(f"could not write {path}")
    return path


def _settle(runner: Runner) -> None:
    if not runner.wait_idle(120_000):
        raise ScreenshotError("the wallet did not answer in time")
    QCoreApplication.processEvents()


def _forget(wallet: Wallet, op: OpContext) -> None:
    wallet.keystore.delete_all([d["did"] for d in wallet.dids()])
    wallet.close()


@contextmanager
def demo_window(prefix: str, theme: str | None = None) -> Iterator[tuple[MainWindow, Path]]:
    """(window, home): a main window at :data:`SIZE` on a fresh demo wallet in a temporary folder, open and
    settled, the tour not offered (the documentation scripts; a QApplication must exist). Afterwards the
    window closes, its work is waited for, the demo's keychain entries are removed and the folder deleted."""
    from PySide6.QtWidgets import QApplication

    from ui.tasks import runner as app_runner
    from wallet.demo.issuer import build_demo_wallet

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    temp = Path(tempfile.mkdtemp(prefix=prefix))
    home = temp / "demo"
    build_demo_wallet(home).close()
    session = Session(home, app_runner())
    window = MainWindow(session, theme=Theme(app, theme) if theme else Theme(app))
    try:
        window.demo_features.offer_tour = False
        window.resize(*SIZE)
        window.show()
        window.start()
        _settle(session.runner)
        yield window, home
    finally:
        window.close()
        session.runner.wait_idle(60_000)
        session.close()
        wallet = Wallet.open(home)
        try:
            wallet.keystore.delete_all([d["did"] for d in wallet.dids()])
        finally:
            wallet.close()
        shutil.rmtree(temp, ignore_errors=True)


def take_screenshots(out: Path, session: Session, *, theme: Theme | None = None,
                     verify_file: Path | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    runner = session.runner
    written: list[Path] = []
    temp_home: Path | None = None
    if not session.demo and not session.exists():
        window = MainWindow(session, theme=theme, verify_file=verify_file)
        window.resize(*SIZE)
        window.show()
        window.start()
        _settle(runner)
        written.append(render(window, out / "first-run.png"))
        window.close()
        window.deleteLater()
        temp_home = Path(tempfile.mkdtemp(prefix="learner-wallet-screens-")) / "wallet"
        session = Session(temp_home, runner, keyring_backend=session.keyring_backend)
    window = MainWindow(session, theme=theme, verify_file=verify_file)
    demo = getattr(window, "demo_features", None)
    if demo is not None:
        demo.offer_tour = False  # no invitation over the views
    window.resize(*SIZE)
    window.show()
    try:
        if temp_home is not None:
            window.state = "opening"
            problems: list[object] = []
            session.create_failed.connect(problems.append)
            session.create(window)
        else:
            window.start()
        _settle(runner)
        if session.wallet is None:
            problem = describe(RuntimeError("no wallet")) if temp_home is None else None
            detail = window.problem.text.text() if window.state == "problem" else ""
            if temp_home is not None and problems:
                detail = getattr(problems[0], "text", lambda: str(problems[0]))()
            raise ScreenshotError(f"the wallet could not be opened: {detail or problem}")
        for name in VIEW_NAMES:
            window.show_view(name)
            _settle(runner)
            written.append(render(window, out / f"{name}.png"))
        written.append(_settings_shot(window, session, runner, out))
        first = _first_micro_credential(window)
        if first is not None:  # the credential detail view: the first micro-credential (of the demo)
            window.show_credential(first)
            _settle(runner)
            written.append(render(window, out / "detail.png"))
            window.library.show_list()
        if demo is not None and session.is_demo:  # the guided tour's stops: tour-1.png … tour-6.png
            written += demo.tour.screenshots(out, render, partial(runner.wait_idle, 120_000))
    finally:
        window.close()
        if temp_home is not None:
            if session.wallet is not None:
                runner.run(None, _ForgetJob(session.wallet))
                session.wallet = None
                _settle(runner)
            shutil.rmtree(temp_home.parent, ignore_errors=True)
    return written


def _first_micro_credential(window: MainWindow) -> str | None:
    """The id of the first micro-credential in the demo's order (else the first credential)."""
    rows = window.library.model.rows()
    if not rows:
        return None
    try:
        from wallet.demo.data import MICRO

        names = [m.name for m in MICRO]
    except ImportError:
        names = []
    for name in names:
        for c in rows:
            if c.title == name and c.format == "ldp-vc":
                return c.id
    return next((c.id for c in rows if c.data.get("achievement_type") == "MicroCredential"), rows[0].id)


def _settings_shot(window: MainWindow, session: Session, runner: Runner, out: Path) -> Path:
    """``settings.png``: the Settings dialog as it opens from File ▸ Settings…"""
    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(session, window)
    dialog.show()
    _settle(runner)
    try:
        return render(dialog, out / "settings.png")
    finally:
        dialog.close()
        dialog.deleteLater()


class _ForgetJob:
    def __init__(self, wallet: Wallet) -> None:
        self.wallet = wallet

    def __call__(self, op: OpContext) -> None:
        _forget(self.wallet, op)
