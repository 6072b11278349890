"""Presentation mode (View ▸ Presentation mode, F11): the whole app readable from the back of a room.

The application font is scaled (x1.6 by default), the fixed point sizes of the theme's style sheet
are scaled the same way through a window style sheet, and the window goes full screen. On the
share wizard's QR screen the code itself goes full screen too (the QR widget's own presentation
window, on the second screen when there is one). Turning it off restores the font, the style
sheet and the window state it found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["SCALE", "PresentationMode", "scaled_font", "scaled_style_sheet"]

SCALE = 1.6
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")


def scaled_font(font: QFont, scale: float) -> QFont:
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        out.setPixelSize(round(font.pixelSize() * scale))
    return out


def scaled_style_sheet(sheet: str, scale: float) -> str:
    """Only the rules of ``sheet`` that fix a size in points, with that size scaled."""
    out = []
    for selector, body in _RULE.findall(sheet):
        size = _SIZE.search(body)
        if size:
            out.append(f"{selector.strip()} {{ font-size: {float(size.group(1)) * scale:.1f}pt; }}")
    return "\n".join(out)


class PresentationMode(QObject):
    toggled = Signal(bool)

    def __init__(self, window: MainWindow, scale: float = SCALE) -> None:
        super().__init__(window)
        self.window = window
        self.scale = scale
        self.active = False
        self._font: QFont | None = None
        self._sheet = ""
        self._state = Qt.WindowState.WindowNoState
        window.share.qr_shown.connect(self._on_qr_shown)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        w = self.window
        if on:
            from ui.theme import STYLE_SHEET

            self._font = QFont(app.font())
            self._sheet = w.styleSheet()
            self._state = w.windowState() & ~Qt.WindowState.WindowFullScreen
            app.setFont(scaled_font(self._font, self.scale))
            w.setStyleSheet(self._sheet + "\n" + scaled_style_sheet(STYLE_SHEET, self.scale))
            self.active = True
            w.showFullScreen()
            self.present_qr()
        else:
            if self._font is not None:
                app.setFont(self._font)
            w.setStyleSheet(self._sheet)
            self.active = False
            qr = w.share.output.qr
            if qr.presentation is not None:
                qr.presentation.close()
            if self._state & Qt.WindowState.WindowMaximized:
                w.showMaximized()
            else:
                w.showNormal()
        self.toggled.emit(on)

    def present_qr(self) -> Any:
        """The QR screen's code full screen, when the share wizard shows one."""
        w = self.window
        qr = w.share.output.qr
        if self.active and w.current_view == "share" and qr.image is not None and qr.isVisible():
            return qr.present()
        return None

    def _on_qr_shown(self, text: str) -> None:
        features = getattr(self.window, "demo_features", None)
        touring = features is not None and features.tour.active
        if not touring:  # during the tour the callout stays in view; "Full screen" is one click away
            self.present_qr()
