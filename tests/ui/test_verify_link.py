"""The desktop verifier on a share link, and the demo's own share service, against real services on loopback:
a link pasted, scanned by the camera or read from a QR image is fetched only after the network question
(asked once per session), and its presentation is verified here, for that link — a presentation altered in
the service's database is "Not verified" although the service serves it; a deleted link or a "no" is "not
checked", never "not verified". The demo starts its own service, points its Settings to it, and shows the
whole flow offline: link in the wizard, verified in the verifier; the service stops with the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

SKILL = "/credentialSubject/achievement/alignment/0/targetName"
SD = "Service-Learning: Community Health Outreach|ldp-vc"


@pytest.fixture
def demo_window(demo_copy_window: Any) -> Any:
    """The main window on a private copy of the demo wallet (tests/ui/conftest.py)."""
    return demo_copy_window


class _MakeLink:
    def __init__(self, cid: str, origin: str) -> None:
        self.cid, self.origin = cid, origin

    def __call__(self, wallet: Any, op: Any) -> Any:
        from wallet.share.link import create_link

        return create_link(wallet, [self.cid], self.origin, reveal=[SKILL])


def make_link(qtbot: Any, window: Any, origin: str) -> Any:
    """A link of the demo micro-credential made by the wallet on the serial lane (as the wizard does)."""
    ids = {c.display_title + "|" + c.format: c.id for c in window.session.wallet.credentials()}
    made: list[Any] = []
    window.session.run(None, _MakeLink(ids[SD], origin), success=made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=60_000)
    return made[0]


class _SetNetwork:
    def __init__(self, mode: str) -> None:
        self.mode = mode

    def __call__(self, wallet: Any, op: Any) -> Any:
        from wallet import Change

        wallet.set_setting("network", self.mode)
        return Change("settings", ("network",))


def set_network(qtbot: Any, window: Any, mode: str) -> None:
    """Settings ▸ Network, saved as the dialog saves it; waits until the session's permission follows."""
    window.session.run(None, _SetNetwork(mode))
    qtbot.waitUntil(lambda: window.network_permission.mode == mode, timeout=30_000)
    window.session.runner.wait_idle(30_000)


def answer_when_asked(permission: Any, yes: bool, asked: list[str]) -> None:
    """Click the network question's answer once the question box is open."""
    def click() -> None:
        if permission.box is None:
            QTimer.singleShot(20, click)
            return
        asked.append(permission.box.text())
        (permission.yes_button if yes else permission.no_button).click()

    QTimer.singleShot(20, click)


def verified(qtbot: Any, view: Any, action: Any) -> Any:
    with qtbot.waitSignal(view.verification_finished, timeout=60_000) as done:
        action()
    return done.args[0]


def test_a_link_is_fetched_with_permission_and_verified_here(qtbot: Any, demo_window: Any,
                                                             service: tuple[str, Path], tmp_path: Path) -> None:
    from wallet.share.link import link_qr_png

    origin, db = service
    link = make_link(qtbot, demo_window, origin)
    view, permission = demo_window.verify, demo_window.network_permission
    demo_window.show_view("verify")
    demo_window.session.runner.wait_idle(30_000)  # the permission has read the setting
    assert permission.mode == "never"

    # pasted; the user says no: nothing is fetched, and the link is "not checked", not "not verified"
    QGuiApplication.clipboard().setText(link.url)
    asked: list[str] = []
    answer_when_asked(permission, False, asked)
    view.verify_clipboard()
    qtbot.waitUntil(lambda: "Not checked" in view.verdict.text(), timeout=30_000)
    assert asked and "127.0.0.1" in asked[0] and view.record is None
    assert view.links.label.isVisible() and link.url in view.links.label.text()
    assert httpx.get(f"{origin}/api/links/{link.id}").json()["views"] == 0

    # asked again (a "no" is not remembered); yes: fetched and verified for this link
    answer_when_asked(permission, True, asked)
    record = verified(qtbot, view, view.verify_clipboard)
    assert len(asked) == 2
    assert record.verdict == "verified", record
    assert "Fetched from 127.0.0.1" in view.links.label.text() and "not on the service's word" in view.links.label.text()
    checks = {c.name: c.status for r in record.reports for c in r.checks}
    assert checks["challenge"] == "passed" and checks["domain"] == "passed"

    # its printed QR code, as an image file: no question this session
    png = tmp_path / "link-qr.png"
    png.write_bytes(link_qr_png(link.url))
    record = verified(qtbot, view, lambda: view.verify_path(png))
    assert record.verdict == "verified" and len(asked) == 2

    # scanned by the camera
    record = verified(qtbot, view, lambda: view._scanned(link.url))
    assert record.verdict == "verified"

    # altered in the service's database: the service still serves it, the verifier refuses it
    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("SELECT presentation FROM share_links WHERE id = ?", (link.id,)).fetchone()
        conn.execute("UPDATE share_links SET presentation = ? WHERE id = ?",
                     (bytes(stored).replace(b"Communication", b"Leadership"), link.id))
    QGuiApplication.clipboard().setText(link.url)
    record = verified(qtbot, view, view.verify_clipboard)
    assert record.verdict == "not-verified"
    assert "Not verified" in view.verdict.text()

    # another input afterwards: the link line goes
    QGuiApplication.clipboard().setText("VP1-NOTHING")
    verified(qtbot, view, view.verify_clipboard)
    assert not view.links.label.isVisible()


def test_a_gone_link_or_a_silent_service_is_not_checked(qtbot: Any, demo_window: Any,
                                                        service: tuple[str, Path]) -> None:
    from share_service.local import free_port

    origin, _db = service
    view = demo_window.verify
    set_network(qtbot, demo_window, "always")  # no question
    demo_window.show_view("verify")
    QGuiApplication.clipboard().setText(f"{origin}/v/{'Q' * 22}")
    view.verify_clipboard()
    qtbot.waitUntil(lambda: "could not be fetched" in view.verdict.text(), timeout=30_000)
    assert "expired, was deleted" in view.verdict.text() and view.record is None
    assert not view.export_pdf_button.isEnabled()
    QGuiApplication.clipboard().setText(f"http://127.0.0.1:{free_port()}/v/{'Q' * 22}")
    view.verify_clipboard()
    qtbot.waitUntil(lambda: "could not be reached" in view.verdict.text(), timeout=30_000)
    assert "Not checked" in view.verdict.text() and "Not verified" not in view.verdict.text()


def test_the_demo_runs_its_own_share_service_for_the_whole_flow(qtbot: Any, demo_window: Any) -> None:
    from ui.demo.share_service import demo_share_service

    session = demo_window.session
    demo = demo_share_service(session)  # what `learner-wallet --demo` attaches
    try:
        with qtbot.waitSignal(demo.started, timeout=60_000) as started:
            pass
        origin = started.args[0]
        assert origin.startswith("http://127.0.0.1:") and session.wallet.setting("share_service") == origin
        assert "DEMO" in httpx.get(f"{origin}/").text
        share = demo_window.share
        qtbot.waitUntil(lambda: share.output.service == origin, timeout=30_000)

        # the wizard makes a link on it ...
        ids = {c.display_title + "|" + c.format: c.id for c in session.wallet.credentials()}
        share.start([ids[SD]])
        qtbot.waitUntil(lambda: share.step == 1, timeout=30_000)
        share.fields.set_revealed(ids[SD], [SKILL])
        share.next()
        share.next()
        share.output.set_form("link")
        with qtbot.waitSignal(share.link_shown, timeout=60_000) as made:
            share.make_output("link")
        url = made.args[0].url
        # ... and the verifier opens it, offline
        set_network(qtbot, demo_window, "always")
        QGuiApplication.clipboard().setText(url)
        record = verified(qtbot, demo_window.verify, demo_window.verify.verify_clipboard)
        assert record.verdict == "verified"
    finally:
        demo.stop()
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{origin}/healthz", timeout=5)
    assert demo.folder == "" and demo.server is None
