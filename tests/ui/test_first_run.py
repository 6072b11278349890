"""First run: the welcome page creates the wallet and its first DID in the real keychain."""

from __future__ import annotations

from pathlib import Path

from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import Qt

from wallet import Wallet


def test_no_wallet_shows_the_welcome_with_what_a_did_is(window, wallet_home: Path) -> None:
    window.start()
    assert window.pages.currentWidget() is window.first_run
    assert not window.sidebar.isVisible()
    texts = " ".join(label.text() for label in window.first_run.findChildren(type(window.first_run.where)))
    assert "A DID is an identifier you own: its private key stays in this computer's keychain" in texts
    assert not window.import_action.isEnabled()


def test_create_button_creates_the_wallet_and_first_did(qtbot, window, session, wallet_home: Path) -> None:
    window.start()
    qtbot.mouseClick(window.first_run.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "open", timeout=30_000)
    assert Wallet.exists(wallet_home)
    assert window.pages.currentWidget() is window.library
    assert window.sidebar.isVisible()
    dids = session.wallet.dids()
    assert len(dids) == 1
    assert dids[0]["default"] and dids[0]["key_type"] == "ed25519"
    assert dids[0]["did"].startswith("did:key:z6Mk")
    # the key really is in the keychain: the wallet signs with it
    assert session.wallet.signer(dids[0]["did"]).sign(b"x")


def test_keychain_error_shows_the_fix_and_retry_works(qtbot, window, session, wallet_home: Path) -> None:
    session.keyring_backend = NoKeyring()  # a real keyring backend that refuses to store anything
    window.start()
    qtbot.mouseClick(window.first_run.create_button, Qt.MouseButton.LeftButton)
    first_run = window.first_run
    qtbot.waitUntil(lambda: first_run.retry_button.isVisible(), timeout=30_000)
    assert first_run.error_title.text() == "No keychain available"
    assert "Secret Service" in first_run.error_fix.text()  # the fix text the core gave
    assert not first_run.create_button.isVisible()
    assert not Wallet.exists(wallet_home)  # nothing was written
    session.keyring_backend = None  # the user started their keychain
    qtbot.mouseClick(first_run.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "open", timeout=30_000)
    assert Wallet.exists(wallet_home)
    assert not first_run.error_title.isVisible()


def test_an_existing_wallet_opens_without_the_welcome(qtbot, window, session, wallet_home: Path) -> None:
    Wallet.create(wallet_home).close()
    window.start()
    qtbot.waitUntil(lambda: window.state == "open", timeout=30_000)
    assert window.pages.currentWidget() is window.library


def test_a_wallet_that_cannot_be_opened_shows_the_problem_and_retry(qtbot, window, session, wallet_home: Path) -> None:
    Wallet.create(wallet_home).close()
    session.keyring_backend = NoKeyring()
    window.start()
    qtbot.waitUntil(lambda: window.state == "problem", timeout=30_000)
    assert window.pages.currentWidget() is window.problem
    assert window.problem.title.text() == "No keychain available"
    session.keyring_backend = None
    qtbot.mouseClick(window.problem.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state == "open", timeout=30_000)


def test_try_the_demo_and_help_demo_wallet_open_the_demo_window(qtbot, window, wallet_home: Path) -> None:
    launched: list[str] = []
    window.demo_features.launcher = lambda: launched.append("demo") or True
    window.start()
    assert window.first_run.demo_button.isVisible()
    qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
    assert launched == ["demo"]
    # the Help menu has it too, on every platform, and the tour outside the demo opens the demo
    assert window.demo_features.demo_action.isVisible()
    window.demo_features.demo_action.trigger()
    window.demo_features.tour_action.trigger()
    assert launched == ["demo", "demo", "demo"]
    assert not wallet_home.exists()  # nothing was created for the learner's own wallet


def test_the_demo_command_starts_this_app_on_the_demo() -> None:
    import subprocess
    import sys

    from ui.demo.launch import demo_command

    program, args = demo_command()
    assert program == sys.executable and args[-1] == "--demo"
    r = subprocess.run([program, *args[:-1], "--help"], capture_output=True, text=True, timeout=60,
                       env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, cwd=Path(__file__).parents[2])
    assert r.returncode == 0 and "--demo" in r.stdout
