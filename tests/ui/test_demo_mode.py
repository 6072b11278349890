"""Demo mode on a real demo wallet (temporary home, real keychain): presentation mode, Reset demo
(only in a demo wallet), and the DEMO mark on what leaves the app (share package PDF and manifest, the
QR screen)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from support import main_window_on

from wallet.demo.data import MICRO
from wallet.demo.issuer import MINIMAL_SAMPLE

TOUR_CREDENTIAL = next(m for m in MICRO if m.key == MINIMAL_SAMPLE).name
WAIT = 60_000


@pytest.fixture
def demo_window(qtbot, runner, wallet_home: Path) -> Iterator[object]:
    """The main window on a demo wallet built on first use in a temporary home (forgotten afterwards)."""
    with main_window_on(qtbot, runner, wallet_home, demo=True) as window:
        window.demo_features.tour.end()  # the offer
        yield window
        window.demo_features.presentation.set_active(False)


def _go_to_qr(qtbot, window) -> None:
    """Through the tour's real steps to the share wizard's QR screen, then out of the tour."""
    tour = window.demo_features.tour
    tour.start()
    qtbot.waitUntil(lambda: tour.ready_index == 0, timeout=WAIT)
    tour.go(3)
    qtbot.waitUntil(lambda: tour.ready_index == 3, timeout=WAIT)
    tour.go(4)
    qtbot.waitUntil(lambda: tour.ready_index == 4, timeout=WAIT)
    tour.end()


def _activate(qtbot, window) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# --- presentation mode ----------------------------------------------------------------------------
def test_presentation_mode_scales_the_fonts_goes_full_screen_and_back(qtbot, demo_window) -> None:
    w = demo_window
    app = QApplication.instance()
    before = QFont(app.font())
    title = w.library.findChild(QLabel, "view-title")
    title_before = title.font().pointSizeF()
    assert not w.isFullScreen()
    _activate(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_F11)
    assert w.demo_features.presentation.active and w.demo_features.presentation_action.isChecked()
    qtbot.waitUntil(w.isFullScreen)
    assert app.font().pointSizeF() == pytest.approx(before.pointSizeF() * 1.6)
    assert w.sidebar.font().pointSizeF() > before.pointSizeF() * 1.5  # style-sheet sizes scale too
    title.ensurePolished()
    assert title.font().pointSizeF() == pytest.approx(20 * 1.6, abs=0.1)  # the theme's 20 pt view titles
    qtbot.keyClick(w, Qt.Key.Key_F11)
    assert not w.demo_features.presentation.active and not w.demo_features.presentation_action.isChecked()
    qtbot.waitUntil(lambda: not w.isFullScreen())
    assert app.font() == before
    title.ensurePolished()
    assert title.font().pointSizeF() == pytest.approx(title_before)


def test_presentation_mode_on_the_qr_screen_shows_the_code_full_screen(qtbot, demo_window) -> None:
    w = demo_window
    _go_to_qr(qtbot, w)
    qr = w.share.output.qr
    assert w.current_view == "share" and qr.image is not None and qr.presentation is None
    w.demo_features.presentation_action.trigger()  # View ▸ Presentation mode
    assert qr.presentation is not None
    shown = qr.presentation
    qtbot.waitUntil(shown.isFullScreen)
    assert shown.view.demo  # the DEMO mark stays on the big code
    w.demo_features.presentation_action.trigger()
    qtbot.waitUntil(lambda: qr.presentation is None)


# --- reset ----------------------------------------------------------------------------------------
def test_reset_demo_asks_then_rebuilds_what_was_deleted(qtbot, demo_window) -> None:
    w = demo_window
    lib = w.library
    assert w.demo_features.reset_action.isVisible() and w.demo_features.reset_action.isEnabled()
    old_wallet = w.session.wallet
    old_id = old_wallet.info["wallet_id"]
    qtbot.waitUntil(lambda: any(c.title == TOUR_CREDENTIAL for c in lib.model.rows()), timeout=WAIT)
    total = lib.model.rowCount()
    cid = next(c.id for c in lib.model.rows() if c.title == TOUR_CREDENTIAL)
    assert lib.select(cid)
    lib.delete_selected()
    qtbot.waitUntil(lambda: lib.model.rowCount() == total - 1, timeout=WAIT)
    assert not any(c.title == TOUR_CREDENTIAL for c in lib.model.rows())

    # Cancel keeps everything
    box = w.demo_features.reset.confirm()
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    w.session.runner.wait_idle(WAIT)
    assert w.session.wallet is old_wallet and lib.model.rowCount() == total - 1

    # Reset demo rebuilds it
    box = w.demo_features.reset.confirm()
    reset_button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    assert reset_button.text() == "Reset demo"
    with qtbot.waitSignal(w.demo_features.reset.reset_finished, timeout=WAIT):
        qtbot.mouseClick(reset_button, Qt.MouseButton.LeftButton)
    assert w.session.wallet is not old_wallet and w.session.wallet.is_demo
    assert w.session.wallet.info["wallet_id"] != old_id
    assert w.state == "open"
    qtbot.waitUntil(lambda: lib.model.rowCount() == total, timeout=WAIT)
    assert any(c.title == TOUR_CREDENTIAL for c in lib.model.rows())
    assert (w.session.home / "samples" / "minimal-disclosure-presentation.json").is_file()


def test_reset_and_tour_are_not_offered_in_a_real_wallet(qtbot, open_window) -> None:
    w = open_window
    features = w.demo_features
    qtbot.waitUntil(lambda: w.session.runner.pending() == 0, timeout=WAIT)  # the views' first loads
    assert not w.session.is_demo
    assert not features.reset_action.isVisible() and not features.reset_action.isEnabled()
    # the tour runs on the demo: in a real wallet, Help ▸ Guided tour and Help ▸ Demo wallet open the demo
    launched: list[str] = []
    features.launcher = lambda: launched.append("demo") or True
    features.tour_action.trigger()
    assert launched == ["demo"]
    assert not features.tour.active and not features.tour.panel.isVisible()  # no tour over the real wallet
    wallet = w.session.wallet
    assert features.reset.confirm() is None
    assert features.reset.reset() is False
    assert w.session.wallet is wallet and w.session.runner.pending() == 0
    assert features.presentation_action.isVisible()  # presentation mode is for everyone


# --- the DEMO mark on what leaves the app ---------------------------------------------------------
def test_share_package_and_qr_screen_of_the_demo_say_demo(qtbot, demo_window, tmp_path: Path) -> None:
    from pypdf import PdfReader

    w = demo_window
    _go_to_qr(qtbot, w)
    share = w.share
    # the QR screen: a red DEMO banner above the code
    view = share.output.qr.view
    assert view.demo
    image = view.grab().toImage()
    assert image.pixelColor(view.width() // 2, 4) == QColor("#b3261e")
    assert view.code_rect().top() > 4  # never over the code
    # the share package: the manifest and every page of the PDF
    path = tmp_path / "application.lwpkg"
    with qtbot.waitSignal(share.shared, timeout=WAIT):
        share.export_package(str(path))
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        pdf = PdfReader(io.BytesIO(zf.read("summary.pdf")))
    assert manifest["demo"] is True and manifest["note"].startswith("DEMO")
    assert pdf.pages and all("DEMO" in page.extract_text() for page in pdf.pages)
