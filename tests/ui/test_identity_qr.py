"""Identity ▸ Show QR: the DID as a QR code that scans back to the DID."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt


def test_show_qr_of_the_did_scans_back(qtbot: Any, open_window: Any) -> None:
    from wallet.share.qr import read_qr_image

    view = open_window.identity
    open_window.show_view("identity")
    qtbot.waitUntil(lambda: view.current() is not None, timeout=30_000)
    did = view.current().did
    assert view.qr_button.isEnabled()
    qtbot.mouseClick(view.qr_button, Qt.MouseButton.LeftButton)
    dialog = view.qr_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.panel.image is not None, timeout=30_000)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    dialog.panel.big_image(6).save(buf, "PNG")
    buf.close()
    assert read_qr_image(bytes(data.data())) == [did]
    assert "QR version" in dialog.panel.info_label.text()
    assert dialog.panel.view.demo is False
