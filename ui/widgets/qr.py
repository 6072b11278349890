"""QR display: a big, crisp code with its size and readability, save (PNG/SVG), copy, print, and a
full-screen presentation mode that goes to a second screen when there is one.

The code is drawn once at one pixel per module (by :mod:`wallet.qr`, on the parallel lane) and
scaled by a whole number with no smoothing, so every module has sharp edges at any size. Error
correction is M, or L when the text does not fit at M. Text beyond a QR code's capacity emits
``too_large`` with the character count; the caller offers a link, a file or a package instead. A demo
wallet's code carries a visible DEMO mark above it (never over the code, so it still scans).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import OpContext, run_op, show_problem

__all__ = ["QrPanel", "QrPresentation", "QrView", "render_qr"]

DEMO_TEXT = QT_TRANSLATE_NOOP("qr", "DEMO — fictional credentials, not a real record")


def _demo_text() -> str:
    return QCoreApplication.translate("qr", DEMO_TEXT)


def _draw_demo_band(p: QPainter, rect: QRect, font: QFont) -> None:
    """The DEMO mark across ``rect``, in ``font`` made smaller until the whole sentence fits (it is longer
    in some languages)."""
    text = _demo_text()
    fitted = QFont(font)
    while True:
        if QFontMetrics(fitted).horizontalAdvance(text) <= rect.width() - 8:
            break
        if fitted.pixelSize() > 0 and fitted.pixelSize() > 8:
            fitted.setPixelSize(fitted.pixelSize() - 1)
        elif fitted.pixelSize() <= 0 and fitted.pointSizeF() > 6:
            fitted.setPointSizeF(fitted.pointSizeF() - 0.5)
        else:
            break
    p.setFont(fitted)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def render_qr(text: str, op: OpContext | None = None) -> tuple[str, Any, bytes]:
    """(text, QrInfo, PNG at one pixel per module) for ``text``: M, or L when M is too small.

    Raises ``QRError`` (too large for any QR code) — run on the parallel lane."""
    from wallet.share import qr

    info = qr.qr_info(text)
    level = "M"
    if not info.fits:
        low = qr.qr_info(text, error_correction="L")
        if low.fits:
            info, level = low, "L"
    if not info.fits:
        qr.qr_info(text, error_correction="L", strict=True)  # raises the "too large" QRError
    return text, info, qr.qr_png(text, scale=1, border=4, error_correction=level)  # type: ignore[arg-type]


def _save_png(text: str, level: str, path: str, caption: str | None, op: OpContext) -> Path:
    from wallet.fileio import atomic_write
    from wallet.share.qr import qr_png

    png = qr_png(text, scale=12, error_correction=level, caption=caption)  # type: ignore[arg-type]
    return atomic_write(path, png, mode=0o644)


def _save_svg(text: str, level: str, path: str, caption: str | None, op: OpContext) -> Path:
    from wallet.fileio import atomic_write
    from wallet.share.qr import qr_svg

    svg = qr_svg(text, error_correction=level, caption=caption)  # type: ignore[arg-type]
    return atomic_write(path, svg.encode(), mode=0o644)


def readability_text(info: Any) -> str:
    """'QR version 30, error correction M (1,913 characters): …' in the UI's words."""
    head = (QCoreApplication.translate("qr", "QR version %1, error correction %2 (%3 characters)")
            .replace("%1", str(info.version)).replace("%2", info.error_correction).replace("%3", QLocale().toString(info.chars)))
    if info.phone_readable_printed:
        return head + " — " + QCoreApplication.translate("qr", "a phone can read it printed or on screen.")
    return head + " — " + QCoreApplication.translate("qr", "dense: a phone reads it on screen only (full screen), "
                                                           "not printed.")


class QrView(QWidget):
    """Paints the code scaled by a whole number of pixels per module, centred, on white."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.demo = False
        self.setAccessibleName(self.tr("QR code"))
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None, demo: bool = False) -> None:
        self.image = image
        self.demo = demo
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 560)

    def code_rect(self) -> QRect:
        """Where the code (with its quiet zone) is drawn: a whole number of pixels per module."""
        if self.image is None or self.image.isNull():
            return QRect()
        banner = self._banner_height()
        side = min(self.width(), self.height() - banner)
        modules = self.image.width()
        scale = max(1, side // modules)
        size = modules * scale
        return QRect((self.width() - size) // 2, banner + (self.height() - banner - size) // 2, size, size)

    def _banner_height(self) -> int:
        return max(28, self.height() // 14) if self.demo else 0

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if self.image is None or self.image.isNull():
            p.end()
            return
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(self.code_rect(), self.image)
        if self.demo:
            h = self._banner_height()
            p.fillRect(QRect(0, 0, self.width(), h), QColor("#b3261e"))
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(12, int(h * 0.55)))
            p.setPen(QColor("white"))
            _draw_demo_band(p, QRect(0, 0, self.width(), h), font)
        p.end()


class QrPresentation(QWidget):
    """Full-screen code for showing to a phone: on the second screen when there is one. Esc or a click closes."""

    def __init__(self, image: QImage, caption: str, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("qr-presentation")
        self.setAccessibleName(self.tr("QR code, full screen"))
        self.setWindowTitle(self.tr("QR code"))
        self.setStyleSheet("background: white; color: black;")
        self.view = QrView()
        self.view.set_image(image, demo)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        hint = QLabel(self.tr("Press Esc or click to close."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(hint)

    def present(self) -> None:
        screens = QGuiApplication.screens()
        owner = self.parentWidget()
        here = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
        target = next((s for s in screens if s is not here), here) if len(screens) > 1 else here
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Q, Qt.Key.Key_Space):
            self.close()
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.close()


class QrPanel(QWidget):
    """The code, its size and readability, and what can be done with it."""

    rendered = Signal(object)  # wallet.qr.QrInfo
    too_large = Signal(int)  # characters
    saved = Signal(str, str)  # form ("qr-png" | "qr-svg"), path

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("qr-panel")
        self.text = ""
        self.info: Any = None
        self.demo = False
        self.image: QImage | None = None
        self.presentation: QrPresentation | None = None
        self._dialog: QFileDialog | None = None
        self.view = QrView()
        self.info_label = QLabel()
        self.info_label.setObjectName("qr-info")
        self.info_label.setAccessibleName(self.tr("QR code size and readability"))
        self.info_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("qr-message")
        self.message.setAccessibleName(self.tr("QR message"))
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.save_png_button = QPushButton(self.tr("Save PNG…"))
        self.save_png_button.setAccessibleName(self.tr("Save the QR code as a PNG image"))
        self.save_png_button.clicked.connect(self.choose_png)
        self.save_svg_button = QPushButton(self.tr("Save SVG…"))
        self.save_svg_button.setAccessibleName(self.tr("Save the QR code as an SVG image"))
        self.save_svg_button.clicked.connect(self.choose_svg)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the QR code image and its text"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the QR code"))
        self.print_button.clicked.connect(self.choose_printer)
        self.full_button = QPushButton(self.tr("Full screen"))
        self.full_button.setAccessibleName(self.tr("Show the QR code full screen (presentation mode)"))
        self.full_button.setToolTip(self.tr("Full screen, on the second screen when there is one"))
        self.full_button.clicked.connect(self.present)
        self.buttons = (self.save_png_button, self.save_svg_button, self.copy_button, self.print_button,
                        self.full_button)
        row = QHBoxLayout()
        for b in self.buttons:
            row.addWidget(b)
            b.setEnabled(False)
        row.addStretch(1)
        if compact:
            for b in (self.save_svg_button, self.print_button):
                b.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info_label)
        layout.addWidget(self.message)
        layout.addLayout(row)

    # --- content ------------------------------------------------------------------------------
    def set_text(self, text: str, *, demo: bool = False) -> None:
        """Draw ``text`` (on the parallel lane); ``rendered`` or ``too_large`` follows."""
        self.text = text
        self.demo = demo
        self.info = None
        self.image = None
        self.view.set_image(None)
        self.info_label.setText(self.tr("Drawing the QR code…"))
        self.message.setVisible(False)
        for b in self.buttons:
            b.setEnabled(False)
        run_op(self, partial(render_qr, text), success=self._rendered, failure=self._failed, serial=False)

    def show_rendered(self, text: str, info: Any, png: bytes, *, demo: bool = False) -> None:
        """Show a code already drawn by :func:`render_qr` (e.g. inside a job that needed its size)."""
        self.text = text
        self.demo = demo
        self._rendered((text, info, png))

    def _rendered(self, result: Any) -> None:
        text, info, png = result
        if text != self.text:
            return  # an older text
        self.message.setVisible(False)
        self.info = info
        self.image = QImage.fromData(png).convertToFormat(QImage.Format.Format_Grayscale8)
        self.view.set_image(self.image, self.demo)
        self.info_label.setText(readability_text(info))
        for b in self.buttons:
            b.setEnabled(True)
        self.rendered.emit(info)

    def _failed(self, exc: BaseException) -> None:
        from wallet.errors import QRError

        self.info_label.setText("")
        if not isinstance(exc, QRError):
            show_problem(self, describe(exc))
            return
        self.message.setText(self.tr(
            "This is %1 characters: too large for a QR code. Share it as a link with a small QR code, a file or a "
            "share package instead.").replace("%1", f"{len(self.text):,}"))
        self.message.setVisible(True)
        self.too_large.emit(len(self.text))

    def clear(self) -> None:
        self.text = ""
        self.info = None
        self.image = None
        self.view.set_image(None)
        self.info_label.setText("")
        self.message.setVisible(False)
        for b in self.buttons:
            b.setEnabled(False)

    def _caption(self) -> str | None:
        """Saved and copied codes of a demo wallet carry the DEMO mark below the code."""
        return _demo_text() if self.demo else None

    def big_image(self, scale: int = 8) -> QImage:
        assert self.image is not None
        big = self.image.scaled(self.image.width() * scale, self.image.height() * scale,
                                Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)
        if not self.demo:
            return big
        band = max(32, big.height() // 12)
        out = QImage(big.width(), big.height() + band, QImage.Format.Format_RGB32)
        out.fill(Qt.GlobalColor.white)
        p = QPainter(out)
        p.drawImage(0, 0, big)
        font = p.font()
        font.setBold(True)
        font.setPixelSize(max(12, band // 2))
        p.setPen(Qt.GlobalColor.black)
        _draw_demo_band(p, QRect(0, big.height(), big.width(), band), font)
        p.end()
        return out

    # --- actions ------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, filter_: str, slot: Any) -> None:
        dialog = QFileDialog(self, title, str(Path.home() / name), filter_)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(name.rsplit(".", 1)[-1])
        dialog.fileSelected.connect(slot)
        self._dialog = dialog
        dialog.open()

    def choose_png(self) -> None:
        self._ask_path(self.tr("Save the QR code"), "presentation-qr.png", self.tr("PNG images (*.png)"), self.save_png)

    def choose_svg(self) -> None:
        self._ask_path(self.tr("Save the QR code"), "presentation-qr.svg", self.tr("SVG images (*.svg)"), self.save_svg)

    def save_png(self, path: str) -> None:
        if self.info is not None and path:
            run_op(self, partial(_save_png, self.text, self.info.error_correction, path, self._caption()), success=self._saved_png,
                   failure=self._save_failed, serial=False)

    def save_svg(self, path: str) -> None:
        if self.info is not None and path:
            run_op(self, partial(_save_svg, self.text, self.info.error_correction, path, self._caption()), success=self._saved_svg,
                   failure=self._save_failed, serial=False)

    def _saved_png(self, path: Any) -> None:
        self.saved.emit("qr-png", str(path))

    def _saved_svg(self, path: Any) -> None:
        self.saved.emit("qr-svg", str(path))

    def _save_failed(self, exc: BaseException) -> None:
        show_problem(self, describe(exc))

    def copy(self) -> None:
        """The image (8 px per module) and the text, both on the clipboard."""
        if self.image is None:
            return
        data = QMimeData()
        data.setImageData(self.big_image())
        data.setText(self.text)
        QGuiApplication.clipboard().setMimeData(data)

    def choose_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAccessibleName(self.tr("Print the QR code"))
        self._printer = printer
        dialog.accepted.connect(self._print_accepted)
        self._print_dialog = dialog
        dialog.open()  # type: ignore[call-arg]

    def _print_accepted(self) -> None:
        self.print_to(self._printer)

    def print_to(self, printer: Any) -> None:
        """Paint the code (crisp, 9 cm wide at most) with its caption on one page of ``printer``."""
        if self.image is None:
            return
        painter = QPainter(printer)
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = printer.resolution()
        side = min(page.width(), int(dpi * 9 / 2.54))
        modules = self.image.width()
        scale = max(1, side // modules)
        size = modules * scale
        y = 0
        if self.demo:
            font = QFont("DejaVu Sans")
            font.setPointSize(16)
            font.setBold(True)
            painter.setPen(QColor("#b3261e"))
            _draw_demo_band(painter, QRect(0, 0, page.width(), dpi // 2), font)
            y = dpi // 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QRect((page.width() - size) // 2, y, size, size), self.image)
        font = QFont("DejaVu Sans")
        font.setPointSize(9)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(0, y + size + dpi // 8, page.width(), dpi), Qt.TextFlag.TextWordWrap
                         | Qt.AlignmentFlag.AlignHCenter, readability_text(self.info))
        painter.end()

    def present(self) -> QrPresentation | None:
        if self.image is None:
            return None
        if self.presentation is not None:
            self.presentation.close()
        self.presentation = QrPresentation(self.image, readability_text(self.info), self.demo, self)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.destroyed.connect(self._presentation_closed)
        self.presentation.present()
        return self.presentation

    def _presentation_closed(self, *args: Any) -> None:
        self.presentation = None
