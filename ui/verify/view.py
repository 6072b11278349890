"""Verify: the employer's verifier. Works with or without a wallet (``learner-wallet --verify [FILE]``).

Inputs: a camera (continuous scanning), an image or any credential/presentation/package file (open
or drop), a screenshot region, the clipboard (text or image), and a share link in any of them (fetched with
permission and verified here: :mod:`ui.verify.link`). A request code (challenge + domain,
shown as ``LWREQ1:`` text and as a QR code) binds what the candidate shows to this request: a
presentation made for another request fails its ``challenge`` check. The report shows the verdict
in one line, every check in plain language and only the disclosed fields; it exports as PDF and
JSON for the hiring file. Nothing is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSysInfo, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.i18n import QT_TRANSLATE_NOOP
from ui.session import Session
from ui.share.request_code import request_code_text
from ui.tasks import OpContext, run_op, show_problem
from ui.verify.camera import CameraSource, FrameScanner, image_png
from ui.verify.check_words import verdict_words
from ui.verify.jobs import LinkFound, VerifyData
from ui.verify.link import LinkOpener
from ui.verify.region import RegionSelector
from ui.verify.report_view import VERDICT_COLORS, ReportView, first_problem, issuers_line
from ui.widgets.qr import QrPanel
from wallet import Wallet

__all__ = ["VerifyView"]

FILE_FILTER = QT_TRANSLATE_NOOP("verify", "Presentations, credentials, packages, QR images (*.json *.jsonld *.jwt *.sdjwt "
                                          "*.txt *.lwpkg *.zip *.png *.jpg *.jpeg *.svg);;All files (*)")
DOMAIN_SETTING = "verifier_domain"


class _Export:
    def __init__(self, record: Any, form: str, path: str) -> None:
        self.record, self.form, self.path = record, form, path

    def __call__(self, op: OpContext) -> str:
        from wallet.fileio import atomic_write
        from wallet.verifier.export import report_json, report_pdf

        data = report_pdf(self.record) if self.form == "pdf" else report_json(self.record)
        return str(atomic_write(self.path, data))


def _read_domain(wallet: Wallet, op: OpContext) -> str:
    return str(wallet.setting(DOMAIN_SETTING, "") or "")


class VerifyView(QWidget):
    verification_finished = Signal(object)  # wallet.report_export.VerificationRecord
    exported = Signal(str)

    def __init__(self, session: Session | None = None, file: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("verify")
        self.setAcceptDrops(True)
        self.file = file
        self.record: Any = None
        self.challenge: str | None = None
        self.domain_value: str | None = None
        self._dialog: Any = None
        self.selector: RegionSelector | None = None

        title = QLabel(self.tr("Verify"))
        title.setObjectName("view-title")
        intro = QLabel(self.tr("Scan or open what a candidate gives you: a QR code, a presentation or credential "
                               "file, or a share package. Nothing is stored."))
        intro.setWordWrap(True)

        # inputs
        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.setAccessibleName(self.tr("Open a file to verify"))
        self.open_button.setToolTip(self.tr("A presentation, credential, share package or QR image — or drop it here"))
        self.open_button.clicked.connect(self.choose_file)
        self.paste_button = QPushButton(self.tr("Paste"))
        self.paste_button.setAccessibleName(self.tr("Verify what is on the clipboard"))
        self.paste_button.setToolTip(self.tr("Text (VP1-… or LW1:…, JSON, a JWT, a share link) or an image of a QR code"))
        self.paste_button.clicked.connect(self.verify_clipboard)
        self.region_button = QPushButton(self.tr("Screenshot region…"))
        self.region_button.setAccessibleName(self.tr("Scan a QR code from a region of the screen"))
        self.region_button.clicked.connect(self.choose_region)
        self.camera_button = QPushButton(self.tr("Scan with camera"))
        self.camera_button.setAccessibleName(self.tr("Scan QR codes with the camera"))
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self._camera_toggled)
        self.camera_state = QLabel()
        self.camera_state.setObjectName("camera-state")
        self.camera_state.setAccessibleName(self.tr("Camera"))
        self.camera_state.setWordWrap(True)
        inputs = QHBoxLayout()
        for b in (self.open_button, self.paste_button, self.region_button, self.camera_button):
            inputs.addWidget(b)
        inputs.addStretch(1)
        self.camera_view = QLabel()
        self.camera_view.setObjectName("camera-view")
        self.camera_view.setAccessibleName(self.tr("Camera picture"))
        self.camera_view.setMinimumSize(320, 240)
        self.camera_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_view.setVisible(False)

        # request code
        self.domain = QLineEdit()
        self.domain.setAccessibleName(self.tr("Your domain"))
        self.domain.setPlaceholderText(QSysInfo.machineHostName() or "employer.example")
        self.new_request_button = QPushButton(self.tr("New request code"))
        self.new_request_button.setAccessibleName(self.tr("Create a new request code"))
        self.new_request_button.clicked.connect(self.new_request)
        self.clear_request_button = QPushButton(self.tr("No request"))
        self.clear_request_button.setAccessibleName(self.tr("Verify without a request code"))
        self.clear_request_button.clicked.connect(self.clear_request)
        self.request_text = QLabel(self.tr("No request code: any presentation is accepted, whoever it was made for."))
        self.request_text.setObjectName("request-code")
        self.request_text.setAccessibleName(self.tr("Request code"))
        self.request_text.setWordWrap(True)
        self.request_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_request_button = QPushButton(self.tr("Copy code"))
        self.copy_request_button.setAccessibleName(self.tr("Copy the request code"))
        self.copy_request_button.clicked.connect(self.copy_request)
        self.copy_request_button.setEnabled(False)
        self.request_qr = QrPanel(compact=True)
        self.request_qr.setVisible(False)
        self.request_qr.setMaximumHeight(300)
        req_row = QHBoxLayout()
        req_row.addWidget(QLabel(self.tr("Domain")))
        req_row.addWidget(self.domain, 1)
        req_row.addWidget(self.new_request_button)
        req_row.addWidget(self.clear_request_button)
        request_box = QGroupBox(self.tr("Request code for the candidate"))
        rb = QVBoxLayout(request_box)
        rb.addLayout(req_row)
        code_row = QHBoxLayout()
        code_row.addWidget(self.request_text, 1)
        code_row.addWidget(self.copy_request_button)
        rb.addLayout(code_row)
        rb.addWidget(self.request_qr)

        # result
        self.file_label = QLabel()
        self.file_label.setObjectName("verify-file")
        self.file_label.setAccessibleName(self.tr("File to verify"))
        self.file_label.setWordWrap(True)
        self.file_label.setVisible(False)
        self.verdict = QLabel(self.tr("Nothing verified yet."))
        self.verdict.setObjectName("verdict")
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.report = ReportView()
        self.links = LinkOpener(self)  # share links: fetched with permission, verified here
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"))
        self.export_pdf_button.setAccessibleName(self.tr("Export the verification report as PDF"))
        self.export_pdf_button.clicked.connect(self.choose_pdf)
        self.export_json_button = QPushButton(self.tr("Export JSON…"))
        self.export_json_button.setAccessibleName(self.tr("Export the verification report as JSON"))
        self.export_json_button.clicked.connect(self.choose_json)
        for b in (self.export_pdf_button, self.export_json_button):
            b.setEnabled(False)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_pdf_button)
        export_row.addWidget(self.export_json_button)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(intro)
        ll.addLayout(inputs)
        ll.addWidget(self.camera_state)
        ll.addWidget(self.camera_view)
        ll.addWidget(request_box)
        # the verifier's own settings (no wallet): which trust lists recognise issuers
        self.trust_button = QPushButton(self.tr("Trust sources…"))
        self.trust_button.setObjectName("verifier-trust")
        self.trust_button.setAccessibleName(self.tr("The trust lists and registries this verifier uses"))
        self.trust_button.setToolTip(self.tr("Add a trust list your organisation uses, or see the bundled "
                                             "registries"))
        self.trust_button.clicked.connect(self.open_trust_sources)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_button)
        trust_row.addStretch(1)
        ll.addLayout(trust_row)
        self.trust_dialog: Any = None
        ll.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.file_label)
        rl.addWidget(self.links.label)
        rl.addWidget(self.verdict)
        rl.addWidget(self.report, 1)
        rl.addLayout(export_row)
        split = QSplitter()
        split.setObjectName("verify-columns")
        self.columns = split  # stacked when narrow (resizeEvent)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split, 1)

        self.scanner = FrameScanner(self)
        self.scanner.found.connect(self._scanned)
        self.scanner.frame_shown.connect(self._show_frame)
        self.camera = CameraSource(self)
        self.camera.frame.connect(self.scanner.feed)
        self.camera_devices: list[Any] = []
        self._cameras_listed = False

        if session is not None:
            session.opened.connect(self._on_opened)
            session.open_failed.connect(self._on_open_failed)
        self.trust_button.setVisible(not self.wallet_open)
        if file is not None:
            self.set_file(file)

    # --- wallet ---------------------------------------------------------------------------------
    @property
    def wallet_open(self) -> bool:
        return self.session is not None and self.session.wallet is not None

    def _waiting_for_wallet(self) -> bool:
        s = self.session
        return s is not None and s.wallet is None and (s.demo or s.exists()) and not getattr(self, "_open_failed", False)

    def _on_opened(self) -> None:
        assert self.session is not None
        self.trust_button.setVisible(False)  # with a wallet open, its own trust sources (Settings) apply
        self.session.run(self, _read_domain, success=self._domain_read)
        if self.file is not None and self.record is None:
            self.verify_path(self.file)

    def _on_open_failed(self, problem: Any) -> None:
        self._open_failed = True
        if self.file is not None and self.record is None:
            self.verify_path(self.file)

    def _domain_read(self, domain: Any) -> None:
        if domain and not self.domain.text():
            self.domain.setText(str(domain))

    def open_trust_sources(self) -> None:
        """The verifier's own trust sources (``verifier-trust.json``): add a trust list, remove one."""
        from ui.settings.trust_sources import TrustSourcesDialog

        self.trust_dialog = TrustSourcesDialog(self)
        self.trust_dialog.open()

    # --- inputs -------------------------------------------------------------------------------
    def set_file(self, file: Path | None) -> None:
        """Verify ``file`` now, or once the wallet (with its trust list) is open."""
        self.file = file
        self.file_label.setVisible(file is not None)
        if file is not None:
            self.file_label.setText(self.tr("File to verify: %1").replace("%1", str(file)))
        if file is not None and not self._waiting_for_wallet():
            self.verify_path(file)

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Open a file to verify"), str(Path.home()), QCoreApplication.translate("verify", FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.verify_path)
        self._dialog = dialog
        dialog.open()

    def verify_path(self, path: str | Path) -> None:
        from wallet.errors import WalletError
        from wallet.fileio import read_input_file

        try:
            data = read_input_file(path)
        except (WalletError, OSError) as exc:
            show_problem(self, describe(exc) if isinstance(exc, WalletError) else describe(_as_input_error(exc)))
            return
        self.verify_data(data, Path(path).name)

    def verify_clipboard(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.verify_image(image, self.tr("clipboard image"))
                return
        text = QGuiApplication.clipboard().text().strip()
        if text:
            self.verify_data(text.encode(), self.tr("clipboard text"))
        else:
            self.verdict.setText(self.tr("The clipboard is empty: copy a QR code image or its text first."))

    def verify_image(self, image: QImage, name: str) -> None:
        self.verify_data(image_png(image) if max(image.width(), image.height()) > 1280 else _png(image), name)

    def choose_region(self) -> None:
        self.selector = RegionSelector(parent=self)
        self.selector.chosen.connect(self._region_chosen)
        self.selector.start()

    def _region_chosen(self, image: QImage) -> None:
        self.verify_image(image, self.tr("screen region"))

    def _scanned(self, text: str) -> None:
        if text.upper().startswith("LWREQ1:"):
            return  # our own request code in view
        self.verify_data(text.encode(), self.tr("camera"))

    def verify_data(self, data: bytes, name: str, *, link: Any = None) -> None:
        """Verify ``data``; a share link in it is opened by :class:`LinkOpener`. With ``link`` (the presentation
        fetched from it), verify it for that link instead of for the request code."""
        self.verdict.setText(self.tr("Verifying…"))
        self.verdict.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self._name_input(name)  # the header names what is being verified now, never the previous input
        if link is None:
            self.links.forget()
            job = VerifyData(data, name, self.challenge, self.domain_value)
        else:
            job = VerifyData(data, name, link.id, link.origin, find_links=False)
        if self.wallet_open:
            assert self.session is not None
            self.session.run(self, job.with_wallet, success=self._verified,
                             progress_label=self.tr("Verifying…"))
        else:
            run_op(self, job, success=self._verified, serial=False, progress_label=self.tr("Verifying…"))

    def _verified(self, record: Any) -> None:
        if isinstance(record, LinkFound):
            self.links.found(record)
            return
        self.record = record
        self._name_input(record.source)  # …and, once verified, the input of the verdict shown
        dark = self.palette().base().color().lightness() < 128
        state = getattr(record, "state", record.verdict)
        color = VERDICT_COLORS.get(state, VERDICT_COLORS[record.verdict])[1 if dark else 0]
        why = first_problem(record) if record.verdict == "not-verified" else issuers_line(record)
        import html

        self.verdict.setText(html.escape(verdict_words(state)) + (
            f"<br><span style='font-size:10pt; font-weight:400'>{html.escape(why)}</span>" if why else ""))
        self.verdict.setStyleSheet(f"font-size: 16pt; font-weight: 700; color: {color};")
        self.report.show_record(record)
        for b in (self.export_pdf_button, self.export_json_button):
            b.setEnabled(True)
        self.verification_finished.emit(record)

    def _name_input(self, name: str) -> None:
        self.file_label.setText(self.tr("File to verify: %1").replace("%1", name or self.tr("(pasted or scanned)")))
        self.file_label.setVisible(True)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Side by side when there is room; the verdict under the inputs when narrow (presentation mode)."""
        super().resizeEvent(event)
        narrow = self.width() < 110 * self.fontMetrics().averageCharWidth()
        self.columns.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)

    # --- request code -------------------------------------------------------------------------
    def new_request(self) -> str:
        from wallet.share.presentation import new_challenge

        self.challenge = new_challenge()
        self.domain_value = self.domain.text().strip() or self.domain.placeholderText()
        code = request_code_text(self.challenge, self.domain_value)
        self.request_text.setText(code)
        self.copy_request_button.setEnabled(True)
        self.request_qr.setVisible(True)
        self.request_qr.set_text(code)
        return code

    def verify_for_request(self, file: Path, challenge: str, domain: str) -> None:
        """Verify ``file`` as an answer to this request (``verification_finished`` follows)."""
        self.domain.setText(domain)
        self.set_request(challenge, domain)
        self.set_file(file)

    def tour_targets(self) -> list[QWidget]:
        """What a guide pointing at the request and the verdict must not cover."""
        return [self.request_qr, self.verdict]

    def set_request(self, challenge: str | None, domain: str | None) -> None:
        """Use a known request (e.g. one made earlier) — ``None`` for no request."""
        self.challenge, self.domain_value = challenge, domain
        if domain:
            self.domain.setText(domain)  # the field says which domain the code is for
        if challenge:
            code = request_code_text(challenge, domain or "")
            self.request_text.setText(code)
            self.copy_request_button.setEnabled(True)
            self.request_qr.setVisible(True)
            self.request_qr.set_text(code)
        else:
            self.clear_request()

    def clear_request(self) -> None:
        self.challenge = self.domain_value = None
        self.request_text.setText(self.tr("No request code: any presentation is accepted, whoever it was made for."))
        self.copy_request_button.setEnabled(False)
        self.request_qr.clear()
        self.request_qr.setVisible(False)

    def copy_request(self) -> None:
        if self.challenge:
            QGuiApplication.clipboard().setText(self.request_text.text())

    # --- camera -------------------------------------------------------------------------------
    def _update_camera_state(self) -> None:
        devices, why = CameraSource.devices()
        self.camera_devices = devices
        self.camera_button.setEnabled(bool(devices))
        if not devices:
            self.camera_state.setText(self.tr("No camera: %1. Open a file, paste, or take a screenshot region of the "
                                              "QR code instead.").replace("%1", why))
        else:
            self.camera_state.setText("")

    def _camera_toggled(self, on: bool) -> None:
        if on and self.camera_devices:
            self.scanner.reset()
            self.camera_view.setVisible(True)
            self.camera_view.setText(self.tr("Starting the camera…"))
            if not self.camera.start(self.camera_devices[0]):
                self.camera_state.setText(self.tr("The camera could not be started. Use another input."))
                self.camera_button.setChecked(False)
        else:
            self.camera.stop()
            self.camera_view.clear()
            self.camera_view.setVisible(False)

    def _show_frame(self, image: QImage) -> None:
        if self.camera_view.isVisible():
            self.camera_view.setPixmap(QPixmap.fromImage(image).scaled(
                self.camera_view.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))

    # --- export -------------------------------------------------------------------------------
    def _ask(self, name: str, filt: str, slot: Any) -> None:
        dialog = QFileDialog(self, self.tr("Export the verification report"), str(Path.home() / name), filt)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(name.rsplit(".", 1)[-1])
        dialog.fileSelected.connect(slot)
        self._dialog = dialog
        dialog.open()

    def choose_pdf(self) -> None:
        self._ask("verification-report.pdf", self.tr("PDF (*.pdf)"), self.export_pdf)

    def choose_json(self) -> None:
        self._ask("verification-report.json", self.tr("JSON (*.json)"), self.export_json)

    def export_pdf(self, path: str) -> None:
        if self.record is not None and path:
            run_op(self, _Export(self.record, "pdf", path), success=self._exported, serial=False)

    def export_json(self, path: str) -> None:
        if self.record is not None and path:
            run_op(self, _Export(self.record, "json", path), success=self._exported, serial=False)

    def _exported(self, path: Any) -> None:
        self.exported.emit(str(path))

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if paths:
            self.verify_path(paths[0])
        elif mime.hasImage():
            self.verify_image(QImage(mime.imageData()), self.tr("dropped image"))
        elif mime.hasText():
            self.verify_data(mime.text().encode(), self.tr("dropped text"))

    def showEvent(self, event: Any) -> None:
        if not self._cameras_listed:  # QtMultimedia is loaded only when the verifier is first shown
            self._cameras_listed = True
            self._update_camera_state()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        if self.camera_button.isChecked():
            self.camera_button.setChecked(False)
        super().hideEvent(event)


def _png(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]
    buf.close()
    return bytes(data.data())


def _as_input_error(exc: OSError) -> Any:
    from wallet.errors import InputError

    return InputError(f"The file cannot be read: {exc.strerror or exc}")
