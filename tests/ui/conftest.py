"""pytest-qt fixtures for the app: offscreen Qt, the real keychain, temporary wallet homes.

Keychain entries of every wallet a test creates are removed at teardown.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# `pytest tests/ui` (not `python -m pytest`) does not put the project on sys.path, and then
# `tests/wallet/` would shadow the `wallet` package as a namespace package.
_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import json  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from support import forget_wallet, main_window_on  # noqa: E402

SIMPLE = Path(__file__).resolve().parents[1] / "vectors" / "1edtech-public-validator" / "ob30" / "simple.json"


@pytest.fixture(scope="session", autouse=True)
def _stop_workers_at_exit(qapp: object) -> Iterator[None]:
    """No worker thread may outlive the test session (PySide aborts at exit otherwise)."""
    yield
    from ui.tasks import runner as app_runner

    app_runner().shutdown()


@pytest.fixture
def runner(qapp: object) -> Iterator[object]:
    """The app-wide runner (a child of the QApplication); drained after each test."""
    from ui.tasks import runner as app_runner

    r = app_runner()
    yield r
    r.wait_idle(30_000)


@pytest.fixture
def wallet_home(keychain: None, home: Path) -> Iterator[Path]:
    """A home folder with no wallet yet; whatever wallet a test creates there is forgotten afterwards."""
    yield home
    forget_wallet(home)


@pytest.fixture
def open_window(qtbot: object, window: object, session: object, tmp_path: Path) -> Iterator[object]:
    """The main window on a freshly created wallet (created through the session, on the serial lane)."""
    session.create(window)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.state == "open", timeout=30_000)  # type: ignore[attr-defined]
    yield window


@pytest.fixture
def session(runner: object, wallet_home: Path) -> Iterator[object]:
    from ui.session import Session

    s = Session(wallet_home, runner)  # type: ignore[arg-type]
    yield s
    runner.wait_idle(30_000)  # type: ignore[attr-defined]
    if s.wallet is not None:
        s.wallet.close()
        s.wallet = None


@pytest.fixture
def window(qtbot: object, session: object) -> Iterator[object]:
    from ui.main_window import MainWindow

    w = MainWindow(session)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.show()
    yield w


@pytest.fixture
def credential_paths(tmp_path: Path) -> list[Path]:
    return credential_files(tmp_path)


def credential_files(tmp: Path) -> list[Path]:
    """Two distinct credential JSON files made from the 1EdTech validator's simple.json."""
    doc = json.loads(SIMPLE.read_text())
    other = json.loads(SIMPLE.read_text())
    other["id"] = "urn:uuid:2d1b0c7e-7e7c-4bb0-9d77-1f0a4c5b8e21"
    other["name"] = "Riverbank Restoration Crew Lead"
    other["credentialSubject"]["achievement"]["name"] = "Riverbank Restoration Crew Lead"
    a, b = tmp / "teamwork.json", tmp / "riverbank.json"
    a.write_text(json.dumps(doc))
    b.write_text(json.dumps(other))
    return [a, b]


@pytest.fixture
def forget() -> object:
    """``forget(home)`` removes a wallet's keychain entries (for wallets made outside ``wallet_home``)."""
    return forget_wallet



@pytest.fixture
def app_look(qapp: object) -> Iterator[object]:
    """The shared QApplication; its style, style sheet, palette and font are put back afterwards."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    saved = (app.style().name(), app.styleSheet(), app.palette(), app.font())
    yield app
    style, sheet, palette, font = saved
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)
    app.setFont(font)


@pytest.fixture
def demo_window(qtbot: Any, runner: Any, wallet_home: Path) -> Iterator[Any]:
    """The main window on the demo wallet (built in a temporary home, its keychain entries forgotten
    after), the tour not offered, the library loaded. Modules with other needs define their own."""
    from wallet.demo.issuer import build_demo_wallet

    build_demo_wallet(wallet_home).close()
    with main_window_on(qtbot, runner, wallet_home, offer_tour=False,
                        ready=lambda w: w.state == "open" and w.library.model.rowCount() > 20) as window:
        yield window


@pytest.fixture(scope="session")
def demo_template(keychain: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo wallet, built once per run; tests work on private copies (:func:`demo_copy_window`)."""
    from wallet.demo.issuer import build_demo_wallet

    home = tmp_path_factory.mktemp("demo-template") / "demo"
    build_demo_wallet(home).close()
    yield home
    forget_wallet(home)


@pytest.fixture
def demo_copy_window(qtbot: Any, runner: Any, demo_template: Path, tmp_path: Path) -> Iterator[Any]:
    """The main window on a private copy of the demo wallet (its database and wallet.json; the keys are the
    template's, only read): no test sees another test's shares, history or settings."""
    import shutil

    home = tmp_path / "demo"
    shutil.copytree(demo_template, home)
    with main_window_on(qtbot, runner, home, offer_tour=False) as window:
        yield window


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real share service on 127.0.0.1 with the demo's settings (demo issuers accepted): its origin and
    database file."""
    from share_service.app import create_app
    from share_service.config import ServiceConfig
    from share_service.local import LocalServer, free_port

    port = free_port()
    db = tmp_path / "links.db"
    with LocalServer(create_app(ServiceConfig(origin=f"http://127.0.0.1:{port}", db=str(db), demo=True)), port) as srv:
        yield srv.origin, db
