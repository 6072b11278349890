"""The Receive dialog: take a credential offer (link, QR image, screen region, clipboard), show who offers what
and to which identity it will be bound *before* anything is requested, then receive it.

Work is split over the runner's lanes (ui/tasks.py): the identities and the signer come from the serial lane
(:meth:`ui.session.Session.run`: SQLite and the keychain); the network exchange with the issuer runs on the
parallel lane (``serial=False``), so a slow issuer never holds the wallet's lane; storing goes back to the
serial lane through the wallet's one import path. Errors are shown inline, in plain sentences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.session import Session
from ui.tasks import OpContext
from wallet import Wallet
from wallet.receive import OfferPreview, Received, obtain, prepare, store

__all__ = ["ReceiveDialog", "looks_like_offer"]


def looks_like_offer(text: str) -> bool:
    """Whether pasted or passed text is a credential offer link (not a credential to import)."""
    text = text.strip()
    return text.startswith("openid-credential-offer:") or (
        "://" in text[:40] and ("credential_offer=" in text or "credential_offer_uri=" in text))


class _Browser(QObject):
    """Opens the system browser on the GUI thread when the worker asks (a signal emitted from the worker,
    delivered queued to a bound method here)."""

    requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requested.connect(self._open, Qt.ConnectionType.QueuedConnection)

    def _open(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))


class _Prepare:
    """Read the offer (a QR image file is read here, off the GUI thread) and ask the issuer what it offers."""

    def __init__(self, offer: str | bytes | Path, lang: str) -> None:
        self.offer, self.lang = offer, lang

    def __call__(self, op: OpContext) -> OfferPreview:
        from wallet.fileio import read_input_file

        offer = read_input_file(self.offer) if isinstance(self.offer, Path) else self.offer
        return prepare(offer, lang=self.lang)


class _Obtain:
    """The network part, on the parallel lane. The browser is opened through a queued call to the GUI thread."""

    def __init__(self, preview: OfferPreview, signer: Any, tx_code: str | None, browser: _Browser) -> None:
        self.preview, self.signer, self.tx_code, self.browser = preview, signer, tx_code, browser

    def __call__(self, op: OpContext) -> list[Received]:
        def progress(text: str) -> None:
            op.progress(0, 0, text)

        return obtain(self.preview, self.signer, tx_code=self.tx_code, open_browser=self.browser.requested.emit,
                      cancelled=op.cancelled, progress=progress)


def _dids(wallet: Wallet, op: OpContext) -> tuple[list[dict[str, Any]], str | None]:
    return wallet.dids(), wallet.default_did()


class _Signer:
    def __init__(self, did: str) -> None:
        self.did = did

    def __call__(self, wallet: Wallet, op: OpContext) -> Any:
        return wallet.signer(self.did)


class _Store:
    def __init__(self, received: list[Received]) -> None:
        self.received = received

    def __call__(self, wallet: Wallet, op: OpContext) -> Any:
        result = store(wallet, self.received)
        return result, result.change


class ReceiveDialog(QDialog):
    """File ▸ Receive from an issuer…; also opened by an offer link given to the app or pasted."""

    def __init__(self, session: Session, parent: QWidget | None = None, offer: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: OfferPreview | None = None
        self.op: Any = None
        self.added: list[dict[str, Any]] = []
        self.browser = _Browser(self)
        self.setObjectName("receive-dialog")
        self.setWindowTitle(self.tr("Receive from an issuer"))
        self.setAccessibleName(self.tr("Receive from an issuer"))
        self.setMinimumWidth(560)

        self.offer_edit = QLineEdit()
        self.offer_edit.setPlaceholderText(self.tr("Paste the issuer's “Add to wallet” link"))
        self.offer_edit.setAccessibleName(self.tr("Credential offer link"))
        self.offer_edit.returnPressed.connect(self.look_up)
        self.look_up_button = QPushButton(self.tr("&Look up"))
        self.look_up_button.clicked.connect(self.look_up)
        self.image_button = QPushButton(self.tr("QR &image…"))
        self.image_button.setToolTip(self.tr("Read the offer from a picture or screenshot of its QR code"))
        self.image_button.clicked.connect(self.choose_image)
        self.region_button = QPushButton(self.tr("From the &screen…"))
        self.region_button.setToolTip(self.tr("Read the offer from a QR code shown on the screen"))
        self.region_button.clicked.connect(self.choose_region)
        self.camera_button = QPushButton(self.tr("&Camera"))
        self.camera_button.setCheckable(True)
        self.camera_button.setToolTip(self.tr("Scan the offer's QR code with the camera"))
        self.camera_button.setAccessibleName(self.tr("Scan the offer's QR code with the camera"))
        self.camera_button.toggled.connect(self._camera_toggled)
        row = QHBoxLayout()
        row.addWidget(self.offer_edit, 1)
        for button in (self.look_up_button, self.image_button, self.region_button, self.camera_button):
            row.addWidget(button)
        self.camera_view = QLabel()
        self.camera_view.setObjectName("receive-camera")
        self.camera_view.setAccessibleName(self.tr("Camera picture"))
        self.camera_view.setMinimumSize(320, 240)
        self.camera_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_view.setVisible(False)
        from ui.verify.camera import CameraSource, FrameScanner

        self.camera = CameraSource(self)
        self.scanner = FrameScanner(self)  # frames are decoded on the parallel lane
        self.camera.frame.connect(self.scanner.feed)
        self.scanner.frame_shown.connect(self._show_frame)
        self.scanner.found.connect(self._scanned)

        self.issuer_label = QLabel()
        self.issuer_label.setObjectName("receive-issuer")
        self.issuer_label.setWordWrap(True)
        self.trust_label = QLabel()
        self.trust_label.setWordWrap(True)
        self.credentials_label = QLabel()
        self.credentials_label.setObjectName("receive-credentials")
        self.credentials_label.setWordWrap(True)
        self.did_combo = QComboBox()
        self.did_combo.setAccessibleName(self.tr("Identity the credential will be bound to"))
        self.tx_edit = QLineEdit()
        self.tx_edit.setAccessibleName(self.tr("Transaction code"))
        self.tx_hint = QLabel()
        self.tx_hint.setWordWrap(True)
        self.browser_note = QLabel(self.tr("You will sign in at the issuer in your web browser; then come back here."))
        self.browser_note.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Offered by"), self.issuer_label)
        self.form.addRow(self.tr("Trust"), self.trust_label)
        self.form.addRow(self.tr("Credentials"), self.credentials_label)
        self.form.addRow(self.tr("Bound to"), self.did_combo)
        self.form.addRow(self.tr("Transaction code"), self.tx_edit)
        self.form.addRow("", self.tx_hint)
        self.form.addRow("", self.browser_note)
        self.details = QWidget()
        self.details.setLayout(self.form)
        self.details.setVisible(False)

        self.status = QLabel()
        self.status.setObjectName("receive-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.receive_button = self.buttons.addButton(self.tr("&Receive"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.receive_button.setEnabled(False)
        self.receive_button.clicked.connect(self.receive)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("An issuer's “Add to wallet” link or QR code offers you a credential. "
                                        "Nothing is requested until you choose Receive.")))
        layout.addLayout(row)
        layout.addWidget(self.camera_view)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._load_dids()
        if offer:
            self.offer_edit.setText(offer)
            self.look_up()

    # --- the offer ------------------------------------------------------------------------------
    def _load_dids(self) -> None:
        self.session.run(self, _dids, success=self._set_dids)

    def _set_dids(self, result: Any) -> None:
        dids, default = result
        self.did_combo.clear()
        for d in dids:
            did = str(d["did"])
            label = str(d.get("label") or "")
            self.did_combo.addItem(f"{label} — {did[:24]}…{did[-6:]}", did)
            self.did_combo.setItemData(self.did_combo.count() - 1, str(d.get("key_type", "")), Qt.ItemDataRole.UserRole + 1)
        if default:
            self.did_combo.setCurrentIndex(max(0, self.did_combo.findData(default)))

    def look_up(self) -> None:
        text = self.offer_edit.text().strip()
        if text:
            self._prepare(text)

    # --- the camera -------------------------------------------------------------------------------
    def _camera_toggled(self, on: bool) -> None:
        if not on:
            self.camera.stop()
            self.camera_view.setVisible(False)
            return
        devices, why = self.camera.devices()
        if not devices or not self.camera.start(devices[0]):
            self.camera_button.setChecked(False)
            self.status.setText(self.tr("No camera: %1. Use a picture of the QR code, the screen, or paste the link.")
                                .replace("%1", why or self.tr("the camera could not be started")))
            return
        self.scanner.reset()
        self.camera_view.setVisible(True)
        self.status.setText(self.tr("Hold the issuer's QR code in front of the camera."))

    def _show_frame(self, image: QImage) -> None:
        if self.camera_view.isVisible():
            self.camera_view.setPixmap(QPixmap.fromImage(image).scaled(
                self.camera_view.size(), Qt.AspectRatioMode.KeepAspectRatio))

    def _scanned(self, text: str) -> None:
        """A QR code seen by the camera: an offer is looked up, anything else is said plainly."""
        self.camera_button.setChecked(False)
        self.offer_edit.setText(text)
        self.look_up()

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a QR code image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if path:
            self.offer_edit.setText(Path(path).name)
            self._prepare(Path(path))

    def choose_region(self) -> None:
        from ui.verify.region import RegionSelector

        self._selector = RegionSelector(parent=self)
        self._selector.chosen.connect(self._region_chosen)
        self._selector.start()

    def _region_chosen(self, image: QImage) -> None:
        from ui.verify.camera import image_png

        self._prepare(image_png(image))

    def paste_image(self) -> bool:
        """Use a picture of a QR code on the clipboard as the offer; False when there is none."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasImage():
            return False
        image = QImage(mime.imageData())
        if image.isNull():
            return False
        self._region_chosen(image)
        return True

    def _prepare(self, offer: str | bytes | Path) -> None:
        self.preview = None
        self.details.setVisible(False)
        self.receive_button.setEnabled(False)
        self.status.setText(self.tr("Asking the issuer what it offers…"))
        lang = "es" if self.tr("Receive from an issuer") != "Receive from an issuer" else "en"
        self.op = self.session.runner.run(self, _Prepare(offer, lang), success=self._previewed, failure=self._failed,
                                          serial=False)

    def _previewed(self, preview: OfferPreview) -> None:
        self.op = None
        self.preview = preview
        self.issuer_label.setText(f"<b>{_esc(preview.issuer_name)}</b><br>{_esc(preview.issuer_url)}")
        self.trust_label.setText(self.tr("Checked when the credential arrives: its signature, its dates and whether "
                                         "a trust source you use recognises the issuer."))
        cannot = _esc(self.tr("Cannot be received:"))
        lines = [f"• {_esc(c.name)} — {_esc(c.format_name)}" + (f" ({_esc(', '.join(c.types))})" if c.types else "")
                 + (f"<br>&nbsp;&nbsp;<i>{cannot} {_esc(c.problem)}</i>" if c.problem else "")
                 for c in preview.credentials]
        self.credentials_label.setText("<br>".join(lines))
        spec = preview.offer.tx_code if preview.needs_tx_code else None
        self.tx_edit.setVisible(spec is not None)
        self.tx_hint.setVisible(spec is not None)
        self.form.labelForField(self.tx_edit).setVisible(spec is not None)
        if spec is not None:
            self.tx_edit.setMaxLength(spec.length or 64)
            hint = self.tr("The issuer sent you this code separately (e-mail or text message).")
            self.tx_hint.setText(f"{hint} {_esc(spec.description)}".strip())
        self.browser_note.setVisible(preview.needs_browser)
        for i in range(self.did_combo.count()):  # an identity the issuer cannot take proofs from is not offered
            key_type = str(self.did_combo.itemData(i, Qt.ItemDataRole.UserRole + 1) or "ed25519")
            usable = preview.accepts(key_type)
            item = self.did_combo.model().item(i)  # type: ignore[attr-defined]
            if item is not None:
                item.setEnabled(usable)
        self.details.setVisible(True)
        self.status.setText("")
        self.receive_button.setEnabled(True)

    # --- receiving ------------------------------------------------------------------------------
    def receive(self) -> None:
        if self.preview is None or self.op is not None:
            return
        did = self.did_combo.currentData()
        if not did:
            self.status.setText(self.tr("Create an identity first (Identity ▸ New)."))
            return
        self.receive_button.setEnabled(False)
        self.status.setText(self.tr("Preparing your identity's key…"))
        self.op = self.session.run(self, _Signer(str(did)), success=self._got_signer, failure=self._failed)

    def _got_signer(self, signer: Any) -> None:
        assert self.preview is not None
        tx = self.tx_edit.text().strip() or None
        self.status.setText(self.tr("Receiving from the issuer…"))
        self.op = self.session.runner.run(self, _Obtain(self.preview, signer, tx, self.browser), success=self._obtained,
                                          failure=self._failed, serial=False,
                                          progress_label=self.tr("Receiving from the issuer…"))
        self.op.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int, text: str) -> None:
        if text:
            self.status.setText(text)

    def _obtained(self, received: list[Received]) -> None:
        self.status.setText(self.tr("Checking and storing…"))
        self.op = self.session.run(self, _Store(received), success=self._stored, failure=self._failed)

    def _stored(self, result: Any) -> None:
        self.op = None
        batch = result[0]
        self.added = list(batch.added)
        lines = [self.tr("Received and stored:")] + [f"• {a['title']} ({a.get('state', '')})" for a in batch.added]
        already = self.tr("already in your wallet")
        lines += [f"• {d['title']} — {already}" for d in batch.duplicates]
        lines += [f"• {f['file']}: {f['message']}" for f in batch.failed]
        self.status.setText("\n".join(lines))
        self.receive_button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        problem = describe(exc)
        self.receive_button.setEnabled(self.preview is not None)
        if problem is None:  # cancelled
            self.status.setText(self.tr("Cancelled. Nothing was stored."))
            return
        self.status.setText(f"{problem.title}. {problem.message}" + (f"\n{problem.fix}" if problem.fix else ""))

    def reject(self) -> None:
        if self.op is not None:
            self.op.cancel()
        self.camera.stop()
        super().reject()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
