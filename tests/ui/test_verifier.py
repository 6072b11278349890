"""The employer verifier: every input kind (file, QR image file, clipboard text and image, dropped
file, screenshot region, camera frames fed from images) with files from the reference JavaScript
stack and from the wallet; the specific failures of a tampered file and of another request; the
report export; no camera."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage, QPainter, QPixmap
from support import forget_wallet, run_interop

CHALLENGE = "employer-req-42"


@pytest.fixture(scope="module")
def reference_files(interop_cli: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A presentation made entirely by the reference stack: ecdsa-sd-2023 credential, derived
    disclosure, holder-signed VP with a challenge, and its VP1- QR (text and PNG)."""
    d = tmp_path_factory.mktemp("reference")
    run_interop(interop_cli, "keygen", "--type", "p256", "--out", str(d / "issuer.json"))
    holder = run_interop(interop_cli, "keygen", "--type", "ed25519", "--out", str(d / "holder.json"))
    did = holder.get("did") or json.loads((d / "holder.json").read_text())["did"]
    run_interop(interop_cli, "sample", "--kind", "ob3", "--subject", did, "--out", str(d / "unsigned.json"))
    run_interop(interop_cli, "issue", "--suite", "ecdsa-sd-2023", "--key", str(d / "issuer.json"),
                "--in", str(d / "unsigned.json"), "--out", str(d / "signed.json"))
    run_interop(interop_cli, "derive", "--in", str(d / "signed.json"),
                "--reveal", "/credentialSubject/achievement/name", "--out", str(d / "derived.json"))
    run_interop(interop_cli, "present", "--holder", str(d / "holder.json"), "--in", str(d / "derived.json"),
                "--challenge", CHALLENGE, "--domain", "hr.example.com", "--out", str(d / "vp.json"))
    run_interop(interop_cli, "vpqr-encode", "--in", str(d / "vp.json"), "--out", str(d / "qr.txt"),
                "--png", str(d / "qr.png"))
    return {"vp": d / "vp.json", "qr_txt": d / "qr.txt", "qr_png": d / "qr.png", "signed": d / "signed.json"}


@pytest.fixture
def kiosk(qtbot: Any, window: Any) -> Any:
    """The verifier with no wallet, as ``learner-wallet --verify`` opens it on an employer's kiosk."""
    window.start("verify")
    assert window.pages.currentWidget() is window.verify
    return window.verify


def _verify(qtbot: Any, view: Any, action: Any) -> Any:
    with qtbot.waitSignal(view.verification_finished, timeout=60_000) as done:
        action()
    return done.args[0]


def _checks(record: Any) -> dict[str, str]:
    out = {}
    for rep in record.reports:
        for r in (rep, *rep.credentials):
            for c in r.checks:
                out.setdefault(c.name, c.status)
    return out


def test_reference_presentation_from_each_input(qtbot: Any, kiosk: Any, reference_files: dict[str, Path]) -> None:
    kiosk.set_request(CHALLENGE, "hr.example.com")
    # a file
    record = _verify(qtbot, kiosk, lambda: kiosk.verify_path(reference_files["vp"]))
    assert record.verified if hasattr(record, "verified") else True
    assert _checks(record)["holder-proof"] == "passed" and _checks(record)["challenge"] == "passed"
    # the reference stack's issuer is a key made for the test: authentic, but no trust source recognises it
    assert record.verdict == "authentic-unrecognised", record.to_json()
    assert "calls itself" in kiosk.verdict.text() and "Verified" not in kiosk.verdict.text()
    assert [s.title for s in record.shown] and "achievement.name" in " ".join(p for p, _ in record.shown[0].fields)
    first = record.verdict
    assert kiosk.verdict.text().startswith(record.verdict_text)
    # a QR image file
    assert _verify(qtbot, kiosk, lambda: kiosk.verify_path(reference_files["qr_png"])).verdict == first
    # the clipboard: text, then an image
    QGuiApplication.clipboard().setText(reference_files["qr_txt"].read_text())
    assert _verify(qtbot, kiosk, kiosk.verify_clipboard).verdict == first
    QGuiApplication.clipboard().setImage(QImage(str(reference_files["qr_png"])))
    assert _verify(qtbot, kiosk, kiosk.verify_clipboard).verdict == first
    # a dropped file
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(reference_files["vp"]))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    assert _verify(qtbot, kiosk, lambda: kiosk.dropEvent(drop)).verdict == first
    # a screenshot region: the "screen" is a picture with the code somewhere on it
    from ui.verify.region import RegionSelector

    code = QImage(str(reference_files["qr_png"]))
    screen = QPixmap(code.width() + 400, code.height() + 300)
    screen.fill(QColor("#d0d4da"))
    painter = QPainter(screen)
    painter.drawImage(QPoint(250, 120), code)
    painter.end()
    selector = RegionSelector(screen)
    selector.chosen.connect(kiosk._region_chosen)
    record = _verify(qtbot, kiosk, lambda: selector.choose(QRect(230, 100, code.width() + 40, code.height() + 40)))
    assert record.verdict == first


def test_camera_scanning_with_frames_fed_from_images(qtbot: Any, kiosk: Any,
                                                     reference_files: dict[str, Path]) -> None:
    """No camera here: frames are fed to the scanner from images, as the camera's video sink would."""
    kiosk.set_request(CHALLENGE, "hr.example.com")
    scanner = kiosk.scanner
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    taken = scanner.feed(blank)  # a frame without a code: decoded, nothing found
    assert taken
    qtbot.waitUntil(lambda: scanner.frames_decoded == 1, timeout=30_000)
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor("#808080"))
    painter = QPainter(frame)
    code = QImage(str(reference_files["qr_png"]))
    painter.drawImage(QRect(340, 60, 600, 600), code)
    painter.end()
    with qtbot.waitSignal(kiosk.verification_finished, timeout=60_000) as done:
        qtbot.waitUntil(lambda: scanner.feed(frame) or scanner.frames_decoded >= 2, timeout=30_000)
    assert done.args[0].source == "camera"
    assert _checks(done.args[0])["challenge"] == "passed"
    assert scanner.frames_seen >= 2


def test_wrong_request_and_tampered_file_show_the_specific_failure(
        qtbot: Any, kiosk: Any, reference_files: dict[str, Path], tmp_path: Path) -> None:
    code = kiosk.new_request()
    assert code.startswith("LWREQ1:") and kiosk.request_text.text() == code
    record = _verify(qtbot, kiosk, lambda: kiosk.verify_path(reference_files["vp"]))
    assert record.verdict == "not-verified" and _checks(record)["challenge"] == "failed"
    assert "Answers your request code" in kiosk.verdict.text()
    assert "Failed" in kiosk.report.toPlainText()

    vp = json.loads(reference_files["vp"].read_text())
    vp["verifiableCredential"][0]["credentialSubject"]["achievement"]["name"] = "Astrophysics PhD"
    (tmp_path / "tampered.json").write_text(json.dumps(vp))
    kiosk.set_request(CHALLENGE, "hr.example.com")
    record = _verify(qtbot, kiosk, lambda: kiosk.verify_path(tmp_path / "tampered.json"))
    assert record.verdict == "not-verified"
    [cred] = record.reports[0].credentials
    assert cred.check("proof").status == "failed"
    assert "signature" in kiosk.verdict.text()  # the candidate's signature covers the credential too
    text = kiosk.report.toPlainText()
    assert "Issuer's signature" in text and "Astrophysics PhD" in text

    (tmp_path / "junk.json").write_text("{}")
    record = _verify(qtbot, kiosk, lambda: kiosk.verify_path(tmp_path / "junk.json"))
    assert record.error is not None and "could not be verified" in kiosk.report.toPlainText()


def test_report_exports(qtbot: Any, kiosk: Any, reference_files: dict[str, Path], tmp_path: Path) -> None:
    kiosk.set_request(CHALLENGE, "hr.example.com")
    record = _verify(qtbot, kiosk, lambda: kiosk.verify_path(reference_files["vp"]))
    with qtbot.waitSignal(kiosk.exported, timeout=30_000):
        kiosk.export_json(str(tmp_path / "r.json"))
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["verdict"] == record.verdict and data["request"]["challenge"] == CHALLENGE
    with qtbot.waitSignal(kiosk.exported, timeout=30_000):
        kiosk.export_pdf(str(tmp_path / "r.pdf"))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_no_camera_says_so_and_offers_the_other_inputs(qtbot: Any, kiosk: Any, monkeypatch: Any) -> None:
    from ui.verify.camera import CameraSource

    monkeypatch.setattr(CameraSource, "devices", staticmethod(lambda: ([], "no camera was found")))
    kiosk._update_camera_state()
    assert not kiosk.camera_button.isEnabled()
    assert "No camera" in kiosk.camera_state.text() and "Open a file" in kiosk.camera_state.text()
    assert not kiosk.camera_view.isVisible()
    for b in (kiosk.open_button, kiosk.paste_button, kiosk.region_button):
        assert b.isEnabled()


# --- files from the wallet ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_home(keychain: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from wallet.demo.issuer import build_demo_wallet

    home = tmp_path_factory.mktemp("verify") / "demo"
    w = build_demo_wallet(home)
    try:
        from wallet.share.package import build_package
        from wallet.share.presentation import build_presentation

        cid = next(c.id for c in w.credentials() if c.title.startswith("Service-Learning: Community Health"))
        p = build_presentation(w, [cid], reveal={cid: []}, challenge=CHALLENGE, domain="hr.example.com")
        (home / "samples" / "share.lwpkg").write_bytes(build_package(p, demo=True))
    finally:
        w.close()
    yield home
    forget_wallet(home)


def test_wallet_files_with_the_wallet_open(qtbot: Any, runner: Any, demo_home: Path) -> None:
    from ui.main_window import MainWindow
    from ui.session import Session
    from wallet.demo.issuer import SAMPLE_CHALLENGE, SAMPLE_DOMAIN

    session = Session(demo_home, runner)
    sample = demo_home / "samples" / "application-presentation.json"
    window = MainWindow(session, verify_file=sample)
    qtbot.addWidget(window)
    window.show()
    view = window.verify
    with qtbot.waitSignal(view.verification_finished, timeout=60_000) as first:
        window.start("verify")  # the file waits for the wallet (its trust list and status lists)
    try:
        record = first.args[0]
        assert _checks(record)["issuer-trust"] == "passed"
        assert "trust" in view.report.toPlainText().lower()
        view.set_request(SAMPLE_CHALLENGE, SAMPLE_DOMAIN)
        assert _verify(qtbot, view, lambda: view.verify_path(sample)).verdict == "verified"
        view.set_request(CHALLENGE, "hr.example.com")
        record = _verify(qtbot, view, lambda: view.verify_path(demo_home / "samples" / "share.lwpkg"))
        assert record.reports[0].verified and record.source == "share.lwpkg"
        assert [s.title for s in record.shown] == ["Service-Learning: Community Health Outreach"]
    finally:
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=60_000)
        session.wallet.close()
        session.wallet = None
