"""Render the application icon from its SVG into every PNG size, plus the Windows ICO and macOS ICNS.

    .venv/bin/python packaging/make_icons.py [--check]

Source: ``resources/icons/learner-wallet.svg``. Output (committed, so a build needs no renderer):
``resources/icons/learner-wallet-<N>.png`` for N in SIZES, ``learner-wallet.ico`` and
``learner-wallet.icns``. Rendering uses Qt's QSvgRenderer; the ICO/ICNS containers are written
with Pillow from those same renders. ``--check`` renders into a temporary folder and reports
whether the committed PNGs still match the SVG (exit 1 if not).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "learner-wallet.svg"
NAME = "learner-wallet"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(svg: Path, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(sys.argv[:1])  # noqa: F841 - needed while rendering
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG for Qt")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        path = out_dir / f"{NAME}-{size}.png"
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(path), "PNG"):
            raise SystemExit(f"make_icons: could not write {path}")
        written.append(path)
    return written


def write_containers(out_dir: Path) -> list[Path]:
    from PIL import Image

    images = {s: Image.open(out_dir / f"{NAME}-{s}.png").convert("RGBA") for s in SIZES}
    ico = out_dir / f"{NAME}.ico"
    first = images[ICO_SIZES[-1]]
    first.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
               append_images=[images[s] for s in ICO_SIZES[:-1]])
    icns = out_dir / f"{NAME}.icns"
    images[512].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES[:-1]])
    return [ico, icns]


def _pixels(path: Path) -> bytes:
    from PIL import Image

    return Image.open(path).convert("RGBA").tobytes()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare the committed PNGs with a fresh render")
    args = ap.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = render_pngs(SVG, Path(tmp))
            stale = [p.name for p in fresh if not (ICONS / p.name).is_file() or _pixels(ICONS / p.name) != _pixels(p)]
        if stale:
            print("make_icons: out of date (run packaging/make_icons.py): " + ", ".join(stale))
            return 1
        print("make_icons: the committed PNGs match the SVG")
        return 0
    written = render_pngs(SVG, ICONS) + write_containers(ICONS)
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
