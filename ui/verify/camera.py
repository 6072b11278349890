"""Continuous QR scanning from a camera: frames -> QImage -> PNG bytes -> ``read_qr_image`` on the
parallel lane, throttled (one decode in flight, at most one every ``MIN_INTERVAL_MS``).

:class:`FrameScanner` does the scanning and knows nothing of cameras, so tests feed it frames made
from images. :class:`CameraSource` is the camera: on Linux it reads Video4Linux2 itself
(:mod:`ui.verify.v4l2`, so that the Linux bundle needs neither FFmpeg nor Qt Quick), elsewhere it wraps
QtMultimedia (imported only when asked for: it needs the system's audio/video libraries); when there is
no camera, or camera support cannot load, it says why.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QElapsedTimer, QIODevice, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from ui.tasks import run_op
from ui.verify.jobs import DecodeFrame

__all__ = ["CameraSource", "FrameScanner", "image_png"]

MIN_INTERVAL_MS = 250
MAX_SIDE = 1280  # frames are scaled down to this before decoding


def image_png(image: QImage) -> bytes:
    """PNG bytes of ``image`` (greyscale; a frame is scaled down to ``MAX_SIDE`` first)."""
    if max(image.width(), image.height()) > MAX_SIDE:
        from PySide6.QtCore import Qt

        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    grey.save(buf, "PNG")  # type: ignore[call-overload]
    buf.close()
    return bytes(data.data())


class FrameScanner(QObject):
    """Feed frames with :meth:`feed`; ``found(text)`` is emitted for each new QR text seen."""

    found = Signal(str)
    frame_shown = Signal(QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frames_seen = 0
        self.frames_decoded = 0
        self._busy = False
        self._clock = QElapsedTimer()
        self._last_text = ""

    def reset(self) -> None:
        self._last_text = ""

    def feed(self, image: QImage) -> bool:
        """Offer one frame; returns whether it was taken for decoding (else throttled away)."""
        self.frames_seen += 1
        if image.isNull():
            return False
        self.frame_shown.emit(image)
        if self._busy or (self._clock.isValid() and self._clock.elapsed() < MIN_INTERVAL_MS):
            return False
        self._busy = True
        self._clock.start()
        parent = self.parent()
        run_op(parent if isinstance(parent, QWidget) else None,
               DecodeFrame(image_png(image)), success=self._decoded, failure=self._failed, serial=False)
        return True

    def _decoded(self, texts: Any) -> None:
        self._busy = False
        self.frames_decoded += 1
        for text in texts:
            if text and text != self._last_text:
                self._last_text = text
                self.found.emit(text)
                break

    def _failed(self, exc: BaseException) -> None:
        self._busy = False


DEVICE_DIR = Path("/dev")  # where Linux lists its video devices (tests point it at a folder of their own)


class CameraSource(QObject):
    """The camera (Video4Linux2 on Linux, QtMultimedia elsewhere), delivering frames to a :class:`FrameScanner`."""

    frame = Signal(QImage)
    stopped = Signal()

    def __init__(self, parent: QObject | None = None, *, kernel: Any = None) -> None:
        super().__init__(parent)
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._stream: Any = None
        self._kernel = kernel  # Linux: the system calls of ui.verify.v4l2 (tests stand in for a camera)

    @staticmethod
    def devices() -> tuple[list[Any], str]:
        """(camera devices, why there is none)."""
        if sys.platform.startswith("linux"):
            from ui.verify.v4l2 import find_cameras

            cams, refused = find_cameras(DEVICE_DIR)
            if cams:
                return list(cams), ""
            if refused:
                why = QCoreApplication.translate("camera", "the camera cannot be opened (%1): another program may be "
                                                 "using it, or this account may not use cameras (on Linux, the "
                                                 "“video” group gives access)")
                return [], why.replace("%1", refused)
            return [], QCoreApplication.translate("camera", "no camera was found")
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:
            why = QCoreApplication.translate("camera", "camera support could not be loaded (%1)")
            return [], why.replace("%1", str(exc))
        cams = list(QMediaDevices.videoInputs())
        return cams, "" if cams else QCoreApplication.translate("camera", "no camera was found")

    def start(self, device: Any = None) -> bool:
        self.stop()
        if sys.platform.startswith("linux"):
            from ui.verify.v4l2 import V4L2Stream, find_cameras

            if device is None:
                found = find_cameras(DEVICE_DIR, self._kernel)[0]
                if not found:
                    return False
                device = found[0]
            stream = V4L2Stream(device, self, self._kernel)
            if not stream.start():
                stream.deleteLater()
                return False
            stream.frame.connect(self.frame)
            stream.failed.connect(self._stream_failed)
            self._stream = stream
            return True
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        self._camera = QCamera(device) if device is not None else QCamera()
        self._session = QMediaCaptureSession()
        self._sink = QVideoSink()
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._camera.start()
        return bool(self._camera.isActive() or self._camera.error() == QCamera.Error.NoError)

    def _on_frame(self, frame: Any) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.frame.emit(image)

    def _stream_failed(self, why: str) -> None:
        self.stop()

    def stop(self) -> None:
        if self._stream is not None:
            stream, self._stream = self._stream, None
            stream.frame.disconnect(self.frame)
            stream.failed.disconnect(self._stream_failed)
            stream.stop()
            stream.deleteLater()
            self.stopped.emit()
        if self._camera is not None:
            self._camera.stop()
            self._sink.videoFrameChanged.disconnect(self._on_frame)
            self._camera = self._session = self._sink = None
            self.stopped.emit()

    @property
    def active(self) -> bool:
        return self._camera is not None or self._stream is not None
