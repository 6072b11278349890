"""Sharing by link in the desktop app, against a real share service on loopback: the share service URL in
Settings (empty by default, validated: https, or http only to this computer); step 1 saying which picks can
become a self-contained QR code; step 4's link with its small printable QR code (version <= 5, read back
from the picture), copy and expiry; the too-large message offering the link and never "fewer fields" for a
whole-only credential; the share history listing each link with expiry and views, and revoking it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication

from wallet.credentials.presenter import format_date

SKILL = "/credentialSubject/achievement/alignment/0/targetName"
SD = "Service-Learning: Community Health Outreach|ldp-vc"
WHOLE = "Comprehensive Learner Record — Amara Okafor|ldp-vc"  # shared whole, too large for any QR code
SMALL_WHOLE = "Teamwork (Career Readiness Competency)|ldp-vc"  # shared whole, fits a dense QR code


@pytest.fixture
def demo_window(demo_copy_window: Any) -> Any:
    """The main window on a private copy of the demo wallet (tests/ui/conftest.py)."""
    return demo_copy_window


def ids_of(window: Any) -> dict[str, str]:
    return {c.display_title + "|" + c.format: c.id for c in window.session.wallet.credentials()}


def point_settings_to(qtbot: Any, window: Any, origin: str) -> None:
    """Save the share service URL as Settings would (on the serial lane) and wait for the wizard to read it."""
    from ui.demo.share_service import _PointSettingsTo

    window.session.run(None, _PointSettingsTo(origin))
    qtbot.waitUntil(lambda: window.share.output.service == origin, timeout=30_000)


def to_step_4(qtbot: Any, share: Any, ids: list[str], reveal: dict[str, list[str]] | None = None) -> None:
    share.start(ids)
    qtbot.waitUntil(lambda: share.step == 1 and len(share.choices) == len(ids), timeout=30_000)
    for cid, pointers in (reveal or {}).items():
        share.fields.set_revealed(cid, pointers)
    share.next()
    share.next()
    assert share.step == 3


def png_of(image: Any) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def test_share_service_setting_is_empty_validated_and_kept(qtbot: Any, open_window: Any) -> None:
    window, session = open_window, open_window.session
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=30_000)
    field = dialog.share_service
    assert field.text() == "" and field.accessibleName() == "Share service address"
    assert "Ask the office for its address" in dialog.share_service_note.text()

    for bad, said in (("http://share.example.edu", "only for a service on this computer"),
                      ("share.example.edu", "Not a share service address"), ("ftp://share.example.edu", "Not a")):
        field.setText(bad)
        assert said in dialog.share_service_note.text()
        dialog.save()
        assert dialog.isVisible()  # refused: nothing saved
    qtbot.wait(50)
    assert str(session.wallet.setting("share_service", "") or "") == ""

    field.setText("https://Share.Careers.Example.edu/")
    assert "https://share.careers.example.edu" in dialog.share_service_note.text()
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()
    assert session.wallet.setting("share_service") == "https://share.careers.example.edu"
    qtbot.waitUntil(lambda: window.share.output.service == "https://share.careers.example.edu", timeout=30_000)

    window.settings_action.trigger()
    again = window.settings_dialog
    qtbot.waitUntil(again.save_button.isEnabled, timeout=30_000)
    assert again.share_service.text() == "https://share.careers.example.edu"
    again.share_service.setText("http://127.0.0.1:8080")  # a service on this computer (the demo's) may be http
    with qtbot.waitSignal(again.saved, timeout=30_000):
        again.save()
    assert session.wallet.setting("share_service") == "http://127.0.0.1:8080"


def test_step_1_says_which_picks_can_become_a_self_contained_qr(qtbot: Any, demo_window: Any) -> None:
    ids = ids_of(demo_window)
    share = demo_window.share
    demo_window.show_view("share")
    share.start()
    qtbot.waitUntil(lambda: share.pick.model.rowCount() > 20, timeout=30_000)
    note = share.pick.qr_note
    assert "fits one or two credentials whose issuer lets you choose fields" in note.text()
    share.pick.set_selected([ids[SD]])
    qtbot.waitUntil(lambda: "Can become a self-contained QR code" in note.text(), timeout=30_000)
    share.pick.set_selected([ids[SD], ids[WHOLE]])
    qtbot.waitUntil(lambda: "Too large for a self-contained QR code" in note.text(), timeout=30_000)
    assert "Comprehensive Learner Record" in note.text() and "can only be shared whole" in note.text()
    assert "link" in note.text()
    share.pick.set_selected([ids[SMALL_WHOLE]])
    qtbot.waitUntil(lambda: "fits a self-contained QR code as it is" in note.text(), timeout=30_000)
    assert "Teamwork (Career Readiness Competency)" in note.text() and "on screen" in note.text()
    share.pick.set_selected(list(ids.values())[:5])
    qtbot.waitUntil(lambda: "Three or more credentials" in note.text(), timeout=30_000)


def test_a_link_with_a_printable_qr_listed_viewed_and_revoked(qtbot: Any, demo_window: Any,
                                                            service: tuple[str, Path]) -> None:
    from wallet.share.qr import read_qr_image

    origin, _db = service
    ids = ids_of(demo_window)
    share, output = demo_window.share, demo_window.share.output
    demo_window.show_view("share")
    to_step_4(qtbot, share, [ids[SD]], {ids[SD]: [SKILL]})

    # no service in Settings yet: the link option says what it needs, and cannot be made
    output.set_form("link")
    assert "ask your career office for its share service address, then add it in Settings" in output.link_note.text()
    assert not output.create_button.isEnabled()
    share.make_output("link")
    assert "ask your career office" in output.status.text()
    assert demo_window.session.runner.pending() == 0  # nothing was scheduled

    point_settings_to(qtbot, demo_window, origin)
    assert output.create_button.isEnabled() and origin in output.link_note.text()
    output.days.setValue(14)
    with qtbot.waitSignal(share.link_shown, timeout=60_000) as made:
        qtbot.mouseClick(output.create_button, Qt.MouseButton.LeftButton)
    link = made.args[0]
    panel = output.link
    assert output.result.currentWidget() is panel
    assert link.url.startswith(f"{origin}/v/") and panel.url.text() == link.url
    assert panel.qr.info.version <= 5 and "printed or on screen" in panel.qr.info_label.text()
    assert read_qr_image(png_of(panel.qr.big_image())) == [link.url]  # the code on screen is the link
    assert panel.qr.view.demo is True  # the demo wallet's code says DEMO above it
    assert (link.expires_at - link.expires_at.now(link.expires_at.tzinfo)).days in (13, 14)
    assert str(link.expires_at.astimezone().year) in panel.expiry.text()
    panel.copy()
    assert QGuiApplication.clipboard().text() == link.url

    # the employer's page verifies what was uploaded
    page = httpx.get(link.url, headers={"accept": "application/json"}).json()
    assert page["verdict"] in ("verified", "authentic-unrecognised")

    # the history lists the link with its expiry and views, asks the service for views, revokes it
    history = share.history
    qtbot.waitUntil(lambda: any(e.get("form") == "link" for e in history.entries), timeout=30_000)
    row = next(i for i, e in enumerate(history.entries) if e.get("form") == "link")
    cells = [history.table.item(row, c).text() for c in range(history.table.columnCount())]
    assert cells[3] == origin and cells[4] == "Link" and cells[5] == format_date(link.expires_at, "en")
    assert cells[6] == "0"
    history.check_views()
    qtbot.waitUntil(lambda: history.table.item(row, 6) is not None and history.table.item(row, 6).text() == "1",
                    timeout=30_000)
    history.select_link(link.url)
    assert history.revoke_button.isEnabled()
    history.confirm_revoke()
    box = history._dialog
    assert box.objectName() == "revoke-link-box" and link.url in box.text()
    box.buttonClicked.emit(history._revoke_in_box[0])
    qtbot.waitUntil(lambda: "revoked" in history.link_state.text(), timeout=30_000)
    qtbot.waitUntil(lambda: history.table.item(row, 6).text() == "revoked", timeout=30_000)
    assert httpx.get(link.url).status_code == 404


def test_too_large_for_a_qr_offers_the_link_and_never_fewer_fields_for_a_whole_credential(
        qtbot: Any, demo_window: Any, service: tuple[str, Path]) -> None:
    origin, _db = service
    ids = ids_of(demo_window)
    share, output = demo_window.share, demo_window.share.output
    demo_window.show_view("share")
    to_step_4(qtbot, share, [ids[WHOLE]])
    output.set_form("qr")
    share.make_output("qr")
    qtbot.waitUntil(lambda: output.result.currentWidget() is output.too_large, timeout=60_000)
    text = output.too_large_text.text()
    assert "too large for a QR code" in text and "can only be shared whole" in text
    assert "fewer fields" not in text and "fewer credentials" not in text and "reveal" not in text
    assert "ask your career office" in text and not output.as_link_button.isEnabled()  # no service yet

    point_settings_to(qtbot, demo_window, origin)
    assert output.as_link_button.isEnabled()
    share.make_output("qr")
    qtbot.waitUntil(lambda: "ask your career office" not in output.too_large_text.text(), timeout=60_000)
    assert "can only be shared whole" in output.too_large_text.text()
    with qtbot.waitSignal(share.link_shown, timeout=60_000) as made:
        qtbot.mouseClick(output.as_link_button, Qt.MouseButton.LeftButton)
    assert output.form() == "link" and made.args[0].qr_version <= 5  # the whole credential, by link

    # a selectively disclosable credential that is too large may still be told to reveal fewer fields
    output.show_too_large(5000, [])
    assert "reveal fewer fields" in output.too_large_text.text()


def test_cancelling_an_upload_makes_no_link(qtbot: Any, demo_window: Any, service: tuple[str, Path]) -> None:
    origin, db = service
    ids = ids_of(demo_window)
    share, output = demo_window.share, demo_window.share.output
    point_settings_to(qtbot, demo_window, origin)
    to_step_4(qtbot, share, [ids[SD]])
    output.set_form("link")
    gate = threading.Event()
    demo_window.session.run(None, lambda wallet, op: gate.wait(30))  # holds the serial lane
    share.make_link()
    share.link_op.cancel()  # before its first request: Cancel is checked before each one
    gate.set()
    qtbot.waitUntil(lambda: "no link was made" in output.status.text(), timeout=60_000)
    assert output.create_button.isEnabled()
    assert not any(e.get("form") == "link" for e in demo_window.session.wallet.share_history())
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM share_links WHERE presentation IS NOT NULL").fetchone() == (0,)


def test_the_link_option_and_setting_speak_spanish(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from ui.i18n import install_translator
    from ui.share.output import OutputPage

    loaded = install_translator(qapp, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        page = OutputPage()
        qtbot.addWidget(page)
        assert page.radios["link"].text() == "Enlace, con un código QR pequeño"
        assert page.link_note.text().startswith("Para compartir por enlace, pide a tu oficina de empleo")
        page.show_too_large(6228, ["Teamwork"])
        assert "«Teamwork» solo se puede compartir entera" in page.too_large_text.text()
        assert "menos campos" not in page.too_large_text.text()
    finally:
        for t in loaded:
            qapp.removeTranslator(t)
