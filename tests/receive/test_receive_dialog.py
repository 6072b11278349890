"""The desktop side of receiving: the Receive dialog shows who offers what and to which DID it is bound before
anything is requested, takes a transaction code, receives through the runner's lanes and says errors plainly;
File ▸ Receive, a pasted offer link and ``learner-wallet OFFER`` open it. Against the real issuer on loopback."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from oid4vci_issuer import Issuer  # noqa: E402
from support import forget_wallet, main_window_on  # noqa: E402

from wallet.wallet import Wallet  # noqa: E402

pytestmark = [pytest.mark.keychain, pytest.mark.interop]


@pytest.fixture
def wallet_home(keychain: None, home: Path) -> Any:
    w = Wallet.create(home)
    w.close()
    yield home
    forget_wallet(home)


def _dialog_for(qtbot: Any, window: Any, offer: str) -> Any:
    window.receive_offer(offer)
    dialog = window.receive_dialog
    qtbot.waitUntil(lambda: dialog.op is None, timeout=30_000)
    return dialog


def test_the_dialog_shows_the_offer_then_receives_with_a_tx_code(qtbot: Any, runner: Any, wallet_home: Path,
                                                                   oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", txCode="2468")
    with main_window_on(qtbot, runner, wallet_home) as window:
        dialog = _dialog_for(qtbot, window, offer["offer"])
        assert dialog.preview is not None, dialog.status.text()
        assert "Northfield State University" in dialog.issuer_label.text()
        assert "Teamwork" in dialog.credentials_label.text() and "OpenBadgeCredential" in dialog.credentials_label.text()
        assert dialog.did_combo.currentData() == window.session.wallet.default_did()
        assert not dialog.tx_edit.isHidden() and dialog.tx_edit.maxLength() == 4
        assert "POST token" not in oid4vci_issuer.log(offer)  # nothing requested yet
        dialog.tx_edit.setText("2468")
        dialog.receive_button.click()
        qtbot.waitUntil(lambda: dialog.op is None, timeout=60_000)
        assert len(dialog.added) == 1, dialog.status.text()
        assert dialog.added[0]["state"] == "authentic-unrecognised"


def test_a_wrong_tx_code_is_said_in_plain_words_and_nothing_is_stored(qtbot: Any, runner: Any, wallet_home: Path,
                                                                      oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="jwt_vc_json", txCode="2468")
    with main_window_on(qtbot, runner, wallet_home) as window:
        dialog = _dialog_for(qtbot, window, offer["offer"])
        dialog.tx_edit.setText("1111")
        dialog.receive_button.click()
        qtbot.waitUntil(lambda: dialog.op is None, timeout=60_000)
        assert "transaction code" in dialog.status.text()
        assert dialog.added == [] and dialog.receive_button.isEnabled()
        assert "Traceback" not in dialog.status.text()


def test_a_pasted_offer_link_opens_the_receive_dialog_instead_of_importing(qtbot: Any, runner: Any,
                                                                           wallet_home: Path,
                                                                           oid4vci_issuer: Issuer) -> None:
    from PySide6.QtGui import QGuiApplication

    offer = oid4vci_issuer.offer(format="dc+sd-jwt")
    with main_window_on(qtbot, runner, wallet_home) as window:
        QGuiApplication.clipboard().setText(offer["offer"])
        window.paste_import()
        dialog = window.receive_dialog
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
        assert dialog.offer_edit.text() == offer["offer"]
        assert window.receive_action.isEnabled()


def test_an_offer_given_to_the_app_waits_for_the_wallet_then_opens_the_dialog(qtbot: Any, runner: Any,
                                                                              wallet_home: Path,
                                                                              oid4vci_issuer: Issuer) -> None:
    from ui.app import build_parser
    from ui.main_window import MainWindow
    from ui.session import Session

    offer = oid4vci_issuer.offer(format="ldp_vc")
    assert build_parser().parse_args([offer["offer"]]).offer == offer["offer"]
    session = Session(wallet_home, runner)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.receive_offer(offer["offer"])  # as ui.app.main does, before the wallet is open
    assert window.pending_offer == offer["offer"]
    window.start()
    try:
        qtbot.waitUntil(lambda: getattr(window, "receive_dialog", None) is not None, timeout=60_000)
        qtbot.waitUntil(lambda: window.receive_dialog.preview is not None, timeout=30_000)
    finally:
        runner.wait_idle(60_000)
        if session.wallet is not None:
            session.wallet.close()
            session.wallet = None


def test_camera_frames_showing_the_offer_qr_look_it_up_fake_camera(qtbot: Any, runner: Any, wallet_home: Path,
                                                                    oid4vci_issuer: Issuer) -> None:
    """There is no camera here: the frames a camera would deliver (a picture of the offer's QR code, made at
    test time) are fed to the dialog's scanner, which decodes them on the parallel lane as with a camera."""
    from PySide6.QtGui import QImage

    from wallet.share.qr import qr_png

    offer = oid4vci_issuer.offer(format="ldp_vc")
    frame = QImage.fromData(qr_png(offer["offer"]))
    with main_window_on(qtbot, runner, wallet_home) as window:
        window.receive_offer()  # File ▸ Receive from an issuer…
        dialog = window.receive_dialog
        assert dialog.camera_button.isVisible() and dialog.camera_button.accessibleName()
        dialog.camera_button.setChecked(True)  # no camera here: it says so and how else to read the offer
        assert not dialog.camera_button.isChecked() and "No camera" in dialog.status.text()
        qtbot.waitUntil(lambda: dialog.op is None, timeout=30_000)
        dialog.scanner.feed(frame)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
        assert "Northfield State University" in dialog.issuer_label.text()
        assert "POST token" not in oid4vci_issuer.log(offer)  # looked up, nothing requested yet
