"""Export the skill journey as PNG, SVG (QSvgGenerator) or PDF (QPdfWriter).

Each ``render_*`` function returns the file's bytes and touches no widget, so it may run on a
worker thread; each ``export_*`` writes them atomically (``wallet.fileio.atomic_write``) and returns
the path. The picture is the same painting as the interactive view, laid out to fit the page
(no pan, zoom 1), on a light palette unless ``dark=True``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPalette, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from ui.journey.paint import Filters, JourneyScene
from wallet.fileio import atomic_write
from wallet.journey.compute import Journey

__all__ = [
    "export_pdf",
    "export_png",
    "export_svg",
    "export_palette",
    "render_pdf",
    "render_png",
    "render_svg",
]


def export_palette(dark: bool = False) -> QPalette:
    """A fixed palette for exports, independent of the desktop theme."""
    pal = QPalette()
    if dark:
        base, text, highlight = QColor("#1E1F22"), QColor("#E8E8EA"), QColor("#5DA9FF")
    else:
        base, text, highlight = QColor("#FFFFFF"), QColor("#1D1D1F"), QColor("#0A64D6")
    for role, color in ((QPalette.ColorRole.Base, base), (QPalette.ColorRole.Window, base),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Highlight, highlight)):
        pal.setColor(role, color)
    return pal


def _paint(painter: QPainter, journey: Journey, width: float, height: float, filters: Filters | None,
           title: str, dark: bool) -> None:
    scene = JourneyScene(journey, filters, title=title)
    scene.paint(painter, scene.layout(width, height), export_palette(dark))


def render_png(journey: Journey, *, width: int = 1600, height: int = 900, scale: float = 2.0,
               filters: Filters | None = None, title: str = "Skill journey", dark: bool = False) -> bytes:
    """PNG bytes; ``scale`` 2 gives a sharp image for slides and print (3200×1800 by default)."""
    img = QImage(QSize(round(width * scale), round(height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    img.setDotsPerMeterX(round(3780 * scale))
    img.setDotsPerMeterY(round(3780 * scale))
    img.fill(export_palette(dark).color(QPalette.ColorRole.Base))
    p = QPainter(img)
    p.scale(scale, scale)
    _paint(p, journey, width, height, filters, title, dark)
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
    buf.close()
    return bytes(data.data())


def render_svg(journey: Journey, *, width: int = 1600, height: int = 900, filters: Filters | None = None,
               title: str = "Skill journey", dark: bool = False) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QSize(width, height))
    gen.setViewBox(QRectF(0, 0, width, height))
    gen.setTitle(title)
    gen.setDescription(f"Skill journey: {len(journey.nodes)} credentials, {len(journey.skills)} skills, "
                       f"{len(journey.stacks)} stacks")
    p = QPainter(gen)
    _paint(p, journey, width, height, filters, title, dark)
    p.end()
    buf.close()
    return bytes(data.data())


def render_pdf(journey: Journey, *, filters: Filters | None = None, title: str = "Skill journey",
               page: QPageSize.PageSizeId = QPageSize.PageSizeId.Letter, dark: bool = False) -> bytes:
    """A one-page landscape PDF (US Letter by default), vector graphics and real text."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(title)
    writer.setCreator("Learner Wallet")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(page), QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                     QPageLayout.Unit.Millimeter))
    p = QPainter(writer)
    target = writer.pageLayout().paintRectPixels(writer.resolution())
    width = 1600.0
    height = width * target.height() / max(1, target.width())
    s = target.width() / width
    p.scale(s, s)
    _paint(p, journey, width, height, filters, title, dark)
    p.end()
    buf.close()
    return bytes(data.data())


def export_png(journey: Journey, path: str | Path, **kwargs: object) -> Path:
    return atomic_write(path, render_png(journey, **kwargs))  # type: ignore[arg-type]


def export_svg(journey: Journey, path: str | Path, **kwargs: object) -> Path:
    return atomic_write(path, render_svg(journey, **kwargs))  # type: ignore[arg-type]


def export_pdf(journey: Journey, path: str | Path, **kwargs: object) -> Path:
    return atomic_write(path, render_pdf(journey, **kwargs))  # type: ignore[arg-type]

