"""The camera on Linux, read straight from Video4Linux2 (the kernel's camera interface), for QR scanning.

Qt's camera on Linux (QtMultimedia's FFmpeg backend) reads the same V4L2 devices, but it brings FFmpeg,
Qt Quick and QML with it: about 40 MiB of the Linux bundle, for a feature that needs only the brightness
of each frame. This module asks the camera for a format whose brightness (luma) can be read as it is —
grey, packed YUV 4:2:2 (YUYV, UYVY, ...) or planar/semi-planar YUV 4:2:0 (NV12, YU12, ...) — or, when the
camera offers none of them, Motion-JPEG, which Qt's JPEG image plugin decodes. Frames arrive in a few
memory-mapped buffers (the streaming I/O of the V4L2 specification); a ``QSocketNotifier`` on the
device says when one is ready, so nothing blocks and no thread is needed. Frames from a luma format are
greyscale pictures (also in the preview), which is all a QR decoder looks at.

:func:`find_cameras` lists the capture devices; :class:`V4L2Stream` runs one. ``Kernel`` is the
handful of system calls used (open, ioctl, mmap), a parameter so that tests can stand in for a camera.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import mmap
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QImage

__all__ = ["FrameFormat", "Kernel", "V4L2Camera", "V4L2Stream", "find_cameras", "luma_image"]


# --- the kernel's interface (linux/videodev2.h) ------------------------------------------------------


def fourcc(code: str) -> int:
    a, b, c, d = (ord(ch) for ch in code)
    return a | (b << 8) | (c << 16) | (d << 24)


BUF_TYPE_VIDEO_CAPTURE = 1
MEMORY_MMAP = 1
FIELD_ANY = 0
CAP_VIDEO_CAPTURE = 0x00000001
CAP_STREAMING = 0x04000000
CAP_DEVICE_CAPS = 0x80000000


class Capability(ctypes.Structure):
    _fields_ = [("driver", ctypes.c_uint8 * 16), ("card", ctypes.c_uint8 * 32), ("bus_info", ctypes.c_uint8 * 32),
                ("version", ctypes.c_uint32), ("capabilities", ctypes.c_uint32), ("device_caps", ctypes.c_uint32),
                ("reserved", ctypes.c_uint32 * 3)]


class FmtDesc(ctypes.Structure):
    _fields_ = [("index", ctypes.c_uint32), ("type", ctypes.c_uint32), ("flags", ctypes.c_uint32),
                ("description", ctypes.c_uint8 * 32), ("pixelformat", ctypes.c_uint32),
                ("mbus_code", ctypes.c_uint32), ("reserved", ctypes.c_uint32 * 3)]


class PixFormat(ctypes.Structure):
    _fields_ = [("width", ctypes.c_uint32), ("height", ctypes.c_uint32), ("pixelformat", ctypes.c_uint32),
                ("field", ctypes.c_uint32), ("bytesperline", ctypes.c_uint32), ("sizeimage", ctypes.c_uint32),
                ("colorspace", ctypes.c_uint32), ("priv", ctypes.c_uint32), ("flags", ctypes.c_uint32),
                ("ycbcr_enc", ctypes.c_uint32), ("quantization", ctypes.c_uint32), ("xfer_func", ctypes.c_uint32)]


class _FormatUnion(ctypes.Union):
    # raw_data[200]; the pointer member stands for struct v4l2_window's pointers, which set the alignment
    _fields_ = [("pix", PixFormat), ("raw_data", ctypes.c_uint8 * 200), ("_align", ctypes.c_void_p)]


class Format(ctypes.Structure):
    _fields_ = [("type", ctypes.c_uint32), ("fmt", _FormatUnion)]


class RequestBuffers(ctypes.Structure):
    _fields_ = [("count", ctypes.c_uint32), ("type", ctypes.c_uint32), ("memory", ctypes.c_uint32),
                ("capabilities", ctypes.c_uint32), ("flags", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 3)]


class _Timecode(ctypes.Structure):
    _fields_ = [("type", ctypes.c_uint32), ("flags", ctypes.c_uint32), ("frames", ctypes.c_uint8),
                ("seconds", ctypes.c_uint8), ("minutes", ctypes.c_uint8), ("hours", ctypes.c_uint8),
                ("userbits", ctypes.c_uint8 * 4)]


class _BufferM(ctypes.Union):
    _fields_ = [("offset", ctypes.c_uint32), ("userptr", ctypes.c_ulong), ("planes", ctypes.c_void_p),
                ("fd", ctypes.c_int32)]


class Buffer(ctypes.Structure):
    _fields_ = [("index", ctypes.c_uint32), ("type", ctypes.c_uint32), ("bytesused", ctypes.c_uint32),
                ("flags", ctypes.c_uint32), ("field", ctypes.c_uint32), ("timestamp", ctypes.c_long * 2),
                ("timecode", _Timecode), ("sequence", ctypes.c_uint32), ("memory", ctypes.c_uint32),
                ("m", _BufferM), ("length", ctypes.c_uint32), ("reserved2", ctypes.c_uint32),
                ("request_fd", ctypes.c_int32)]


def _ioc(direction: int, nr: int, size: int) -> int:
    return (direction << 30) | (size << 16) | (ord("V") << 8) | nr


_R, _W = 2, 1
VIDIOC_QUERYCAP = _ioc(_R, 0, ctypes.sizeof(Capability))
VIDIOC_ENUM_FMT = _ioc(_R | _W, 2, ctypes.sizeof(FmtDesc))
VIDIOC_S_FMT = _ioc(_R | _W, 5, ctypes.sizeof(Format))
VIDIOC_REQBUFS = _ioc(_R | _W, 8, ctypes.sizeof(RequestBuffers))
VIDIOC_QUERYBUF = _ioc(_R | _W, 9, ctypes.sizeof(Buffer))
VIDIOC_QBUF = _ioc(_R | _W, 15, ctypes.sizeof(Buffer))
VIDIOC_DQBUF = _ioc(_R | _W, 17, ctypes.sizeof(Buffer))
VIDIOC_STREAMON = _ioc(_W, 18, ctypes.sizeof(ctypes.c_int))
VIDIOC_STREAMOFF = _ioc(_W, 19, ctypes.sizeof(ctypes.c_int))


class Kernel:
    """The system calls the capture makes."""

    def open(self, path: str) -> int:
        return os.open(path, os.O_RDWR | os.O_NONBLOCK | os.O_CLOEXEC)

    def close(self, fd: int) -> None:
        os.close(fd)

    def ioctl(self, fd: int, request: int, arg: Any) -> None:
        fcntl.ioctl(fd, request, arg, True)

    def map(self, fd: int, length: int, offset: int) -> Any:
        return mmap.mmap(fd, length, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE, offset=offset)


# --- frames -------------------------------------------------------------------------------------------

# Formats read as they are, in order of preference, with where the luma is: (plane of w*h at the start,
# or every second byte from byte 0 or byte 1). Motion-JPEG only when none of these is offered.
_GREY, _PLANE, _EVEN, _ODD, _JPEG = "grey", "plane", "even", "odd", "jpeg"
LUMA_LAYOUT = {
    fourcc("GREY"): _GREY,
    fourcc("YUYV"): _EVEN, fourcc("YVYU"): _EVEN,
    fourcc("UYVY"): _ODD, fourcc("VYUY"): _ODD,
    fourcc("NV12"): _PLANE, fourcc("NV21"): _PLANE, fourcc("YU12"): _PLANE, fourcc("YV12"): _PLANE,
    fourcc("NV16"): _PLANE, fourcc("NV61"): _PLANE, fourcc("422P"): _PLANE,
    fourcc("MJPG"): _JPEG, fourcc("JPEG"): _JPEG,
}
PREFERRED = [fourcc(c) for c in ("GREY", "YUYV", "UYVY", "YVYU", "VYUY", "NV12", "NV21", "YU12", "YV12", "NV16",
                                  "NV61", "422P", "MJPG", "JPEG")]
WANTED_SIZE = (1280, 720)  # asked for; the driver answers with the nearest size it has
BUFFERS = 4


@dataclass(frozen=True)
class FrameFormat:
    """What the driver agreed to deliver."""

    pixelformat: int
    width: int
    height: int
    bytesperline: int


def luma_image(data: bytes, fmt: FrameFormat) -> QImage:
    """One frame as a QImage: greyscale (its luma) for the raw YUV and grey formats, decoded for JPEG.

    A short or damaged frame gives a null image.
    """
    layout = LUMA_LAYOUT.get(fmt.pixelformat)
    w, h, bpl = fmt.width, fmt.height, fmt.bytesperline
    if layout == _JPEG:
        return QImage.fromData(data)  # (the format is read from the data: JPEG)
    if layout is None or w <= 0 or h <= 0:
        return QImage()
    if layout in (_GREY, _PLANE):
        stride = bpl or w
        luma = data[: stride * h]
    else:  # packed 4:2:2, two bytes per pixel: the luma is every second byte
        stride = (bpl or 2 * w) // 2
        luma = data[0 if layout == _EVEN else 1: 2 * stride * h: 2]
    if stride < w or len(luma) < stride * h:
        return QImage()
    # QImage over the bytes, then copied so that it owns its pixels
    return QImage(luma, w, h, stride, QImage.Format.Format_Grayscale8).copy()


# --- devices ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class V4L2Camera:
    """A video capture device: its node and the name the driver gives it."""

    path: str
    name: str

    def description(self) -> str:
        return self.name


def _text(raw: Any) -> str:
    return bytes(raw).split(b"\0", 1)[0].decode("utf-8", "replace")


def _capture_caps(cap: Capability) -> int:
    return int(cap.device_caps if cap.capabilities & CAP_DEVICE_CAPS else cap.capabilities)


def find_cameras(dev: Path = Path("/dev"), kernel: Kernel | None = None) -> tuple[list[V4L2Camera], str]:
    """(the capture devices under ``dev``, why there is none): nodes that stream video in, in name order.

    A camera's metadata nodes and other video devices (encoders, outputs) are left out. When nodes
    exist but none can be opened, the reason names the first one and the system's error.
    """
    k = kernel or Kernel()
    nodes = sorted(dev.glob("video[0-9]*"), key=lambda p: (len(p.name), p.name))
    cameras: list[V4L2Camera] = []
    refused = ""
    for node in nodes:
        try:
            fd = k.open(str(node))
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY) and not refused:
                refused = f"{node}: {exc.strerror or exc}"
            continue
        try:
            cap = Capability()
            k.ioctl(fd, VIDIOC_QUERYCAP, cap)
        except OSError:
            continue  # not a V4L2 device
        finally:
            k.close(fd)
        caps = _capture_caps(cap)
        if caps & CAP_VIDEO_CAPTURE and caps & CAP_STREAMING:
            cameras.append(V4L2Camera(str(node), _text(cap.card) or node.name))
    return cameras, "" if cameras else refused


class V4L2Stream(QObject):
    """Streams one camera: ``frame(QImage)`` for each frame; ``failed(str)`` when it stops on an error."""

    frame = Signal(QImage)
    failed = Signal(str)

    def __init__(self, camera: V4L2Camera, parent: QObject | None = None, kernel: Kernel | None = None) -> None:
        super().__init__(parent)
        self.camera = camera
        self.format: FrameFormat | None = None
        self.frames = 0
        self._k = kernel or Kernel()
        self._fd = -1
        self._maps: list[Any] = []
        self._streaming = False
        self._notifier: QSocketNotifier | None = None

    @property
    def active(self) -> bool:
        return self._fd >= 0

    def start(self) -> bool:
        """Open the device, agree a format, map the buffers and start streaming; False (and closed) on error."""
        self.stop()
        try:
            self._fd = self._k.open(self.camera.path)
            self.format = self._set_format()
            self._map_buffers()
            self._k.ioctl(self._fd, VIDIOC_STREAMON, ctypes.c_int(BUF_TYPE_VIDEO_CAPTURE))
            self._streaming = True
        except (OSError, ValueError):
            self.stop()
            return False
        self._notifier = QSocketNotifier(self._fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        return True

    def _set_format(self) -> FrameFormat:
        offered: set[int] = set()
        for index in range(64):
            desc = FmtDesc(index=index, type=BUF_TYPE_VIDEO_CAPTURE)
            try:
                self._k.ioctl(self._fd, VIDIOC_ENUM_FMT, desc)
            except OSError:
                break  # EINVAL past the last one
            offered.add(int(desc.pixelformat))
        choice = next((f for f in PREFERRED if f in offered), None)
        if choice is None:
            raise ValueError(f"{self.camera.path} offers no format that can be read")
        fmt = Format(type=BUF_TYPE_VIDEO_CAPTURE)
        fmt.fmt.pix.width, fmt.fmt.pix.height = WANTED_SIZE
        fmt.fmt.pix.pixelformat = choice
        fmt.fmt.pix.field = FIELD_ANY
        self._k.ioctl(self._fd, VIDIOC_S_FMT, fmt)
        pix = fmt.fmt.pix
        if int(pix.pixelformat) not in LUMA_LAYOUT:
            raise ValueError(f"{self.camera.path} chose a format that cannot be read")
        return FrameFormat(int(pix.pixelformat), int(pix.width), int(pix.height), int(pix.bytesperline))

    def _map_buffers(self) -> None:
        req = RequestBuffers(count=BUFFERS, type=BUF_TYPE_VIDEO_CAPTURE, memory=MEMORY_MMAP)
        self._k.ioctl(self._fd, VIDIOC_REQBUFS, req)
        if req.count < 2:
            raise ValueError(f"{self.camera.path} gave {req.count} buffers")
        for index in range(req.count):
            buf = Buffer(index=index, type=BUF_TYPE_VIDEO_CAPTURE, memory=MEMORY_MMAP)
            self._k.ioctl(self._fd, VIDIOC_QUERYBUF, buf)
            self._maps.append(self._k.map(self._fd, int(buf.length), int(buf.m.offset)))
        for index in range(len(self._maps)):
            self._k.ioctl(self._fd, VIDIOC_QBUF, Buffer(index=index, type=BUF_TYPE_VIDEO_CAPTURE, memory=MEMORY_MMAP))

    def _readable(self, *_: Any) -> None:
        """The device has a filled buffer: copy the frame out, give the buffer back, emit the picture."""
        if self._fd < 0 or self.format is None:
            return
        buf = Buffer(type=BUF_TYPE_VIDEO_CAPTURE, memory=MEMORY_MMAP)
        try:
            self._k.ioctl(self._fd, VIDIOC_DQBUF, buf)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EINTR):
                return
            self.stop()  # unplugged (ENODEV) or broken: stop and say so
            self.failed.emit(exc.strerror or str(exc))
            return
        index = int(buf.index)
        data = bytes(self._maps[index][: int(buf.bytesused)]) if index < len(self._maps) else b""
        try:
            self._k.ioctl(self._fd, VIDIOC_QBUF, Buffer(index=index, type=BUF_TYPE_VIDEO_CAPTURE, memory=MEMORY_MMAP))
        except OSError as exc:
            self.stop()
            self.failed.emit(exc.strerror or str(exc))
            return
        image = luma_image(data, self.format)
        if not image.isNull():
            self.frames += 1
            self.frame.emit(image)

    def stop(self) -> None:
        """Stop streaming, unmap the buffers, close the device (safe to call at any point)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.activated.disconnect(self._readable)
            self._notifier.deleteLater()
            self._notifier = None
        if self._fd >= 0 and self._streaming:
            try:
                self._k.ioctl(self._fd, VIDIOC_STREAMOFF, ctypes.c_int(BUF_TYPE_VIDEO_CAPTURE))
            except OSError:
                pass
        self._streaming = False
        for m in self._maps:
            m.close()
        self._maps = []
        if self._fd >= 0:
            try:
                self._k.ioctl(self._fd, VIDIOC_REQBUFS,
                              RequestBuffers(count=0, type=BUF_TYPE_VIDEO_CAPTURE, memory=MEMORY_MMAP))
            except OSError:
                pass
            self._k.close(self._fd)
            self._fd = -1
