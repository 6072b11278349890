"""The Linux camera (ui.verify.v4l2): its view of the kernel's interface checked against the kernel's own
header, every frame layout turned into the picture a QR decoder reads, and a whole capture — formats agreed,
buffers mapped, queued and dequeued, frames scanned, buffers handed back, streaming stopped — run against a
stand-in for a camera (there is none on a build machine). No camera at all: it says so."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

if not sys.platform.startswith("linux"):
    pytest.skip("Video4Linux2 (and fcntl) exist only on Linux; the camera elsewhere is QtMultimedia", allow_module_level=True)

from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from ui.verify import v4l2  # noqa: E402
from ui.verify.camera import CameraSource, FrameScanner  # noqa: E402
from wallet.share.qr import qr_png  # noqa: E402

HEADER = Path("/usr/include/linux/videodev2.h")
QR_TEXT = "LWREQ1:camera-test"


def test_structures_and_requests_match_the_kernel_header(tmp_path: Path) -> None:
    # scripts/setup.sh installs gcc and the kernel headers: missing, this fails rather than skips
    assert shutil.which("gcc") and HEADER.is_file(), "gcc and linux/videodev2.h are needed (scripts/setup.sh)"
    src = tmp_path / "abi.c"
    src.write_text("""#include <stdio.h>
#include <linux/videodev2.h>
int main(void) {
  printf("%zu %zu %zu %zu %zu\\n", sizeof(struct v4l2_capability), sizeof(struct v4l2_fmtdesc),
         sizeof(struct v4l2_format), sizeof(struct v4l2_requestbuffers), sizeof(struct v4l2_buffer));
  printf("%lu %lu %lu %lu %lu %lu %lu %lu %lu\\n", (unsigned long)VIDIOC_QUERYCAP, (unsigned long)VIDIOC_ENUM_FMT,
         (unsigned long)VIDIOC_S_FMT, (unsigned long)VIDIOC_REQBUFS, (unsigned long)VIDIOC_QUERYBUF,
         (unsigned long)VIDIOC_QBUF, (unsigned long)VIDIOC_DQBUF, (unsigned long)VIDIOC_STREAMON,
         (unsigned long)VIDIOC_STREAMOFF);
  printf("%zu %zu %zu\\n", offsetof(struct v4l2_buffer, m), offsetof(struct v4l2_buffer, length),
         offsetof(struct v4l2_format, fmt));
  printf("%u %u %u\\n", V4L2_CAP_VIDEO_CAPTURE, V4L2_CAP_STREAMING, V4L2_CAP_DEVICE_CAPS);
  printf("%u %u %u\\n", V4L2_PIX_FMT_YUYV, V4L2_PIX_FMT_NV12, V4L2_PIX_FMT_MJPEG);
  return 0;
}
""")
    exe = tmp_path / "abi"
    subprocess.run(["gcc", "-include", "stddef.h", "-o", str(exe), str(src)], check=True, capture_output=True)
    lines = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout.split("\n")
    sizes, requests, offsets, caps, formats = ([int(x) for x in line.split()] for line in lines[:5])
    assert sizes == [ctypes.sizeof(t) for t in (v4l2.Capability, v4l2.FmtDesc, v4l2.Format, v4l2.RequestBuffers,
                                                 v4l2.Buffer)]
    assert requests == [v4l2.VIDIOC_QUERYCAP, v4l2.VIDIOC_ENUM_FMT, v4l2.VIDIOC_S_FMT, v4l2.VIDIOC_REQBUFS,
                        v4l2.VIDIOC_QUERYBUF, v4l2.VIDIOC_QBUF, v4l2.VIDIOC_DQBUF, v4l2.VIDIOC_STREAMON,
                        v4l2.VIDIOC_STREAMOFF]
    assert offsets == [v4l2.Buffer.m.offset, v4l2.Buffer.length.offset, v4l2.Format.fmt.offset]
    assert caps == [v4l2.CAP_VIDEO_CAPTURE, v4l2.CAP_STREAMING, v4l2.CAP_DEVICE_CAPS]
    assert formats == [v4l2.fourcc("YUYV"), v4l2.fourcc("NV12"), v4l2.fourcc("MJPG")]


# --- frames -------------------------------------------------------------------------------------------


def _grey_qr(width: int = 640, height: int = 480) -> QImage:
    code = QImage.fromData(qr_png(QR_TEXT)).convertToFormat(QImage.Format.Format_Grayscale8)
    side = min(width, height) - 40
    code = code.scaled(side, side)
    frame = QImage(width, height, QImage.Format.Format_Grayscale8)
    frame.fill(200)
    for y in range(side):
        row = bytes(code.constScanLine(y))[:side]  # type: ignore[call-overload]
        frame.scanLine(20 + y)[(width - side) // 2:(width - side) // 2 + side] = row  # type: ignore[index]
    return frame


def _rows(image: QImage) -> list[bytes]:
    return [bytes(image.constScanLine(y))[: image.width()] for y in range(image.height())]  # type: ignore[call-overload]


def pack(image: QImage, code: str, pad: int = 0) -> tuple[bytes, v4l2.FrameFormat]:
    """``image`` (greyscale) as one frame of camera format ``code``, each row padded by ``pad`` bytes."""
    w, h = image.width(), image.height()
    rows = _rows(image)
    if code == "GREY" or code in ("NV12", "YU12"):
        bpl = w + pad
        luma = b"".join(r + bytes(pad) for r in rows)
        chroma = bytes([128]) * (bpl * h // 2) if code != "GREY" else b""
        return luma + chroma, v4l2.FrameFormat(v4l2.fourcc(code), w, h, bpl)
    if code in ("YUYV", "UYVY"):
        bpl = 2 * w + pad
        out = bytearray()
        for r in rows:
            line = bytearray(2 * w)
            line[0 if code == "YUYV" else 1::2] = r
            line[1 if code == "YUYV" else 0::2] = bytes([128]) * w
            out += line + bytes(pad)
        return bytes(out), v4l2.FrameFormat(v4l2.fourcc(code), w, h, bpl)
    if code == "MJPG":
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "JPEG", 95)  # type: ignore[call-overload]
        return bytes(data.data()), v4l2.FrameFormat(v4l2.fourcc(code), w, h, 0)
    raise ValueError(code)


@pytest.mark.parametrize("code", ["GREY", "YUYV", "UYVY", "NV12", "YU12"])
@pytest.mark.parametrize("pad", [0, 64])
def test_raw_frames_give_their_luma(qapp: object, code: str, pad: int) -> None:
    picture = _grey_qr()
    data, fmt = pack(picture, code, pad)
    image = v4l2.luma_image(data, fmt)
    assert (image.width(), image.height()) == (picture.width(), picture.height())
    assert _rows(image) == _rows(picture)


def test_motion_jpeg_frames_are_decoded_and_bad_frames_are_null(qapp: object) -> None:
    picture = _grey_qr()
    data, fmt = pack(picture, "MJPG")
    image = v4l2.luma_image(data, fmt)
    assert (image.width(), image.height()) == (640, 480)
    yuyv, yfmt = pack(picture, "YUYV")
    assert v4l2.luma_image(yuyv[: len(yuyv) // 2], yfmt).isNull()  # a short frame
    assert v4l2.luma_image(b"not a jpeg", fmt).isNull()
    assert v4l2.luma_image(yuyv, v4l2.FrameFormat(v4l2.fourcc("H264"), 640, 480, 0)).isNull()


# --- devices ------------------------------------------------------------------------------------------


class _Mapped(bytearray):
    closed = False

    def close(self) -> None:
        self.closed = True


class FakeCamera(v4l2.Kernel):
    """A V4L2 capture device as the specification describes one: formats offered, the size it picks,
    buffers to map, a queue; ``deliver(frame)`` fills the next queued buffer and makes the device readable."""

    def __init__(self, offered: list[str], size: tuple[int, int] = (640, 480), pad: int = 32) -> None:
        self.offered = [v4l2.fourcc(c) for c in offered]
        self.size, self.pad = size, pad
        self.calls: list[int] = []
        self.maps: dict[int, _Mapped] = {}
        self.queue: list[int] = []
        self.ready: list[bytes] = []
        self.streaming = False
        self.unplugged = False
        self.fds: tuple[int, int] | None = None
        self.chosen = 0
        self.bpl = 0
        self.sizeimage = 0

    def open(self, path: str) -> int:
        r, w = os.pipe()
        os.set_blocking(r, False)
        self.fds = (r, w)
        return r

    def close(self, fd: int) -> None:
        assert self.fds is not None and fd == self.fds[0]
        os.close(self.fds[0])
        os.close(self.fds[1])
        self.fds = None

    def map(self, fd: int, length: int, offset: int) -> Any:
        self.maps[offset] = _Mapped(length)
        return self.maps[offset]

    def deliver(self, frame: bytes) -> None:
        assert self.fds is not None
        self.ready.append(frame)
        os.write(self.fds[1], b"!")

    def ioctl(self, fd: int, request: int, arg: Any) -> None:
        self.calls.append(request)
        if request == v4l2.VIDIOC_QUERYCAP:
            arg.capabilities = v4l2.CAP_VIDEO_CAPTURE | v4l2.CAP_STREAMING
            arg.card[:4] = b"Fake"
        elif request == v4l2.VIDIOC_ENUM_FMT:
            if arg.index >= len(self.offered):
                raise OSError(errno.EINVAL, "Invalid argument")
            arg.pixelformat = self.offered[arg.index]
        elif request == v4l2.VIDIOC_S_FMT:
            pix = arg.fmt.pix
            assert pix.pixelformat in self.offered and not self.streaming
            w, h = self.size
            pix.width, pix.height = w, h
            per_pixel = 2 if pix.pixelformat in (v4l2.fourcc("YUYV"), v4l2.fourcc("UYVY")) else 1
            pix.bytesperline = per_pixel * w + self.pad
            pix.sizeimage = pix.bytesperline * h * (3 if pix.pixelformat == v4l2.fourcc("NV12") else 2) // 2
            self.chosen, self.bpl, self.sizeimage = pix.pixelformat, pix.bytesperline, pix.sizeimage
        elif request == v4l2.VIDIOC_REQBUFS:
            arg.count = min(arg.count, 3)
            if arg.count == 0:
                assert not self.maps or all(m.closed for m in self.maps.values())
            else:
                self.maps, self.queue = {}, []
        elif request == v4l2.VIDIOC_QUERYBUF:
            arg.length = self.sizeimage
            arg.m.offset = arg.index * 0x10000
        elif request == v4l2.VIDIOC_QBUF:
            assert arg.index not in self.queue
            self.queue.append(arg.index)
        elif request == v4l2.VIDIOC_DQBUF:
            if self.unplugged:
                raise OSError(errno.ENODEV, "No such device")
            assert self.fds is not None
            try:
                os.read(self.fds[0], 1)
            except BlockingIOError:
                raise OSError(errno.EAGAIN, "Resource temporarily unavailable") from None
            index = self.queue.pop(0)
            frame = self.ready.pop(0)
            self.maps[index * 0x10000][: len(frame)] = frame
            arg.index, arg.bytesused = index, len(frame)
        elif request == v4l2.VIDIOC_STREAMON:
            self.streaming = True
        elif request == v4l2.VIDIOC_STREAMOFF:
            self.streaming, self.queue = False, []  # every buffer leaves the queues


def test_no_video_devices_means_no_camera(tmp_path: Path) -> None:
    assert v4l2.find_cameras(tmp_path) == ([], "")
    (tmp_path / "video0").write_bytes(b"")  # a node that is not a V4L2 device (its ioctl fails)
    assert v4l2.find_cameras(tmp_path) == ([], "")


def test_the_camera_says_no_camera_was_found_where_there_is_none(qapp: object, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.verify import camera

    monkeypatch.setattr(camera, "DEVICE_DIR", tmp_path)  # a machine without video devices
    assert CameraSource.devices() == ([], "no camera was found")
    assert CameraSource().start() is False


def test_a_camera_that_cannot_be_opened_says_why(qapp: object, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from ui.verify import camera

    class Refusing(v4l2.Kernel):
        def open(self, path: str) -> int:
            raise PermissionError(errno.EACCES, "Permission denied", path)

    (tmp_path / "video0").write_bytes(b"")
    monkeypatch.setattr(camera, "DEVICE_DIR", tmp_path)
    monkeypatch.setattr(v4l2, "Kernel", Refusing)
    devices, why = CameraSource.devices()
    assert devices == [] and "video0: Permission denied" in why and "“video” group" in why


def test_capture_devices_are_found_by_their_capabilities(tmp_path: Path) -> None:
    (tmp_path / "video0").write_bytes(b"")
    (tmp_path / "video1").write_bytes(b"")
    fake = FakeCamera(["YUYV"])
    cams, why = v4l2.find_cameras(tmp_path, fake)
    assert [c.path for c in cams] == [str(tmp_path / "video0"), str(tmp_path / "video1")] and why == ""
    assert cams[0].description() == "Fake"


@pytest.mark.parametrize(("offered", "chosen"), [(["MJPG", "YUYV"], "YUYV"), (["MJPG"], "MJPG"),
                                                  (["H264", "NV12"], "NV12")])
def test_a_capture_streams_frames_to_the_scanner_and_stops_cleanly(qtbot: Any, runner: Any, offered: list[str],
                                                                   chosen: str) -> None:
    fake = FakeCamera(offered)
    stream = v4l2.V4L2Stream(v4l2.V4L2Camera("/dev/video7", "Fake"), kernel=fake)
    assert stream.start() and stream.active
    assert fake.chosen == v4l2.fourcc(chosen) and fake.streaming and len(fake.maps) == 3 and len(fake.queue) == 3
    scanner = FrameScanner()
    stream.frame.connect(scanner.feed)
    frame, _ = pack(_grey_qr(*fake.size), chosen, fake.bpl - (2 if chosen == "YUYV" else 1) * fake.size[0])
    with qtbot.waitSignal(scanner.found, timeout=30_000) as found:
        fake.deliver(frame)
    assert found.args == [QR_TEXT]
    assert stream.frames == 1 and len(fake.queue) == 3  # the buffer went back to the device
    maps = list(fake.maps.values())
    stream.stop()
    assert not stream.active and not fake.streaming and fake.fds is None
    assert all(m.closed for m in maps)
    assert fake.calls[-2:] == [v4l2.VIDIOC_STREAMOFF, v4l2.VIDIOC_REQBUFS]
    runner.wait_idle(30_000)


def test_the_camera_source_runs_a_v4l2_stream_and_stops_it(qtbot: Any) -> None:
    fake = FakeCamera(["YUYV"])
    source = CameraSource(kernel=fake)
    assert source.start(v4l2.V4L2Camera("/dev/video7", "Fake")) and source.active
    frame, _ = pack(_grey_qr(*fake.size), "YUYV", fake.bpl - 2 * fake.size[0])
    with qtbot.waitSignal(source.frame, timeout=10_000) as shown:
        fake.deliver(frame)
    assert (shown.args[0].width(), shown.args[0].height()) == fake.size
    with qtbot.waitSignal(source.stopped, timeout=1_000):
        source.stop()
    assert not source.active and not fake.streaming and fake.fds is None
    fake.unplugged = True
    assert source.start(v4l2.V4L2Camera("/dev/video7", "Fake"))
    with qtbot.waitSignal(source.stopped, timeout=10_000):
        fake.deliver(b"")  # unplugged while streaming: the source stops
    assert not source.active and fake.fds is None


def test_an_unplugged_camera_stops_and_says_why(qtbot: Any) -> None:
    fake = FakeCamera(["YUYV"])
    stream = v4l2.V4L2Stream(v4l2.V4L2Camera("/dev/video7", "Fake"), kernel=fake)
    assert stream.start()
    fake.unplugged = True
    with qtbot.waitSignal(stream.failed, timeout=10_000) as failed:
        fake.deliver(b"")
    assert failed.args == ["No such device"] and not stream.active and fake.fds is None


def test_a_camera_without_a_readable_format_is_not_started() -> None:
    fake = FakeCamera(["H264"])
    stream = v4l2.V4L2Stream(v4l2.V4L2Camera("/dev/video7", "Fake"), kernel=fake)
    assert stream.start() is False
    assert not stream.active and fake.fds is None and v4l2.VIDIOC_STREAMON not in fake.calls
