"""Scan a QR code from a region of the screen: the screen is grabbed (``QScreen.grabWindow``), shown
full screen, and the employer drags a rectangle around the code. Offscreen, tests hand a picture
to :meth:`RegionSelector.set_picture` and call :meth:`RegionSelector.choose`."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

__all__ = ["RegionSelector", "grab_screen"]


def grab_screen(widget: QWidget | None = None) -> QPixmap:
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    return screen.grabWindow(0) if screen is not None else QPixmap()


class RegionSelector(QWidget):
    chosen = Signal(QImage)
    cancelled = Signal()

    def __init__(self, picture: QPixmap | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("region-selector")
        self.setAccessibleName(self.tr("Drag a rectangle around the QR code; Esc cancels"))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.picture = picture or QPixmap()
        self._origin: QPoint | None = None
        self._rect = QRect()

    def set_picture(self, picture: QPixmap) -> None:
        self.picture = picture
        self.update()

    def start(self) -> None:
        if self.picture.isNull():
            self.picture = grab_screen(self.parentWidget())
        owner = self.parentWidget()
        screen = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def choose(self, rect: QRect) -> QImage:
        """Crop ``rect`` (in picture pixels) and emit it."""
        image = self.picture.copy(rect.normalized()).toImage()
        self.chosen.emit(image)
        self.close()
        return image

    # --- drawing and dragging -----------------------------------------------------------------
    def _scale(self) -> float:
        return self.picture.width() / max(1, self.width()) if not self.picture.isNull() else 1.0

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.drawPixmap(self.rect(), self.picture)
        p.fillRect(self.rect(), QColor(0, 0, 0, 90))
        if not self._rect.isNull():
            s = self._scale()
            src = QRect(int(self._rect.x() * s), int(self._rect.y() * s), int(self._rect.width() * s),
                        int(self._rect.height() * s))
            p.drawPixmap(self._rect, self.picture, src)
            p.setPen(QColor("#4285f4"))
            p.drawRect(self._rect)
        p.setPen(QColor("white"))
        p.drawText(self.rect().adjusted(0, 20, 0, 0), Qt.AlignmentFlag.AlignHCenter,
                   self.tr("Drag a rectangle around the QR code. Esc cancels."))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._origin = event.position().toPoint()
        self._rect = QRect(self._origin, self._origin)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            self._rect = QRect(self._origin, event.position().toPoint()).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._origin is None:
            return
        self._origin = None
        if self._rect.width() < 8 or self._rect.height() < 8:
            self._rect = QRect()
            self.update()
            return
        s = self._scale()
        self.choose(QRect(int(self._rect.x() * s), int(self._rect.y() * s), int(self._rect.width() * s),
                          int(self._rect.height() * s)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            self.close()
        else:
            super().keyPressEvent(event)
