"""WCAG AA, measured from rendered pixels: the main views are rendered offscreen in the light and the dark
theme, and for labels with known object names, the library cards' issuer/date line, the smaller detail
line under a check and an unticked check box of the share field tree, the colour of what is drawn is
sampled from the image and compared with the colour around it — 4.5:1 for text, 3:1 for a control.

The text colour of a sampled region is the pixel that differs most from the region's most common colour
(its background): the core of a glyph, where anti-aliasing leaves the colour it was drawn in."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

TEXT, CONTROL = 4.5, 3.0
SHOTS = os.environ.get("LW_CONTRAST_SHOTS")  # a folder to keep the rendered images in, for people to look at


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def measured(image: QImage, rect: QRect) -> tuple[float, tuple[int, int, int], tuple[int, int, int]]:
    """(contrast, drawn colour, background) of what is drawn inside ``rect`` of ``image``."""
    rect = rect.intersected(image.rect())
    assert rect.width() > 2 and rect.height() > 2, f"nothing to sample in {rect}"
    pixels = [image.pixelColor(x, y).getRgb()[:3] for y in range(rect.top(), rect.bottom() + 1)
              for x in range(rect.left(), rect.right() + 1)]
    background = Counter(pixels).most_common(1)[0][0]
    drawn = max(pixels, key=lambda p: ratio(p, background))
    assert drawn != background, f"nothing is drawn in {rect}"
    return ratio(drawn, background), drawn, background


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _check(results: list[str], what: str, value: tuple[float, Any, Any], least: float) -> None:
    contrast, drawn, background = value
    if contrast < least:
        results.append(f"{what}: {contrast:.2f}:1 ({drawn} on {background}), needs {least}:1")


def _text_rect(browser: Any, text: str) -> QRect:
    """Where the first characters of ``text`` are drawn in a text browser's viewport."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not in the document"
    start = cursor.selectionStart()
    cursor.setPosition(start)
    a = browser.cursorRect(cursor)
    cursor.setPosition(start + min(len(text), 18))
    b = browser.cursorRect(cursor)
    if b.top() != a.top():  # wrapped: the first line is enough
        b = QRect(a.left() + 60, a.top(), 1, a.height())
    return QRect(a.left(), a.top(), max(8, b.right() - a.left()), a.height())


@pytest.fixture(params=["light", "dark"])
def themed(request: Any, app_look: Any) -> Iterator[str]:
    from ui.theme import Theme

    theme = Theme(app_look, request.param)
    yield request.param
    theme.apply("light")
    theme.deleteLater()


@pytest.fixture
def demo_in_theme(qtbot: Any, runner: Any, wallet_home: Path, themed: str) -> Iterator[Any]:
    from support import main_window_on

    from wallet.demo.issuer import build_demo_wallet

    build_demo_wallet(wallet_home).close()
    with main_window_on(qtbot, runner, wallet_home, offer_tour=False,
                        ready=lambda w: w.state == "open" and w.library.model.rowCount() > 20) as window:
        yield window


def _save(image: QImage, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(SHOTS) / f"{name}.png"))


def test_text_and_controls_meet_wcag_aa_in_light_and_dark(qtbot: Any, demo_in_theme: Any, themed: str) -> None:
    from ui.library.parts import GAP, IMAGE, PAD

    window = demo_in_theme
    problems: list[str] = []
    library = window.library
    qtbot.waitUntil(lambda: library.list.isVisible() and library.proxy.rowCount() > 0, timeout=30_000)

    # the library: its title and count, and the first card's issuer line and date line
    image = _image(window)
    _save(image, f"library-{themed}")
    for label in (library.findChild(QWidget, "view-title"), library.count):
        rect = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        _check(problems, f"library {label.objectName()}", measured(image, rect), TEXT)
    card = library.list.visualRect(library.proxy.index(0, 0))
    h = library.list.fontMetrics().height()
    x = card.x() + GAP // 2 + PAD + IMAGE + 14
    top = card.y() + GAP // 2 + PAD
    origin = library.list.viewport().mapTo(window, QPoint(0, 0))
    for what, dy in (("issuer line", 2 * h + 4), ("date line", 3 * h + 6)):
        rect = QRect(x, top + dy, 120, h).translated(origin)
        _check(problems, f"library card {what}", measured(image, rect), TEXT)

    # the empty state
    library.pages.setCurrentWidget(library.empty)
    image = _image(window)
    empty = library.empty
    text_h = empty.fontMetrics().height() * 2
    rect = QRect(empty.mapTo(window, QPoint(0, (empty.height() - text_h * 2) // 2)), empty.size())
    rect.setHeight(text_h * 3)
    _check(problems, "empty-state text", measured(image, rect), TEXT)
    library.pages.setCurrentWidget(library.list)

    # the detail: the smaller line under the first check
    cid = library.model.rows()[0].id
    library.open_credential(cid)
    qtbot.waitUntil(lambda: library.detail.data is not None and library.detail.data.id == cid, timeout=30_000)
    detail = library.detail
    detail.tabs.setCurrentWidget(detail.checks) if hasattr(detail, "tabs") else None
    qtbot.waitUntil(detail.checks.isVisible, timeout=10_000)
    report = detail.data.report
    first = next(c for c in report.checks if c.detail)
    from wallet.credentials.presenter import humanize_paths

    doc = QTextDocument()
    doc.setHtml(f"<p>{humanize_paths(first.detail)}</p>")
    rect = _text_rect(detail.checks, doc.toPlainText()[:30])
    image = _image(detail.checks.viewport())
    _save(image, f"checks-{themed}")
    _check(problems, "the detail line under a check", measured(image, rect), TEXT)
    library.show_list()

    # the share field tree: an unticked box stands out from the field
    from ui.share.fields import FieldsPage
    from ui.share.jobs import CredentialChoice

    page = FieldsPage()
    qtbot.addWidget(page)
    page.resize(900, 500)
    pointer = "/credentialSubject/achievement/alignment/0/targetName"
    page.set_choices([CredentialChoice("c1", "Teamwork", "ldp-vc", "ecdsa-sd", ("/credentialSubject/achievement/name",),
                                       (pointer, "/credentialSubject/achievement/description"), (), "issuer's rule",
                                       {pointer: "Teamwork"})])
    page.show()
    qtbot.waitExposed(page)
    tree = page.tree
    tree.expandAll()
    leaf = page.leaf("c1", pointer)
    assert leaf is not None and leaf.checkState(0) == Qt.CheckState.Unchecked
    assert tree.visualItemRect(leaf).height() > 0, "the unticked field is not in view"
    opt = QStyleOptionViewItem()
    opt.rect = tree.visualItemRect(leaf)
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, tree)
    image = _image(tree.viewport())
    _save(image, f"field-tree-{themed}")
    _check(problems, "an unticked check box in the share field tree", measured(image, box.adjusted(-1, -1, 1, 1)),
           CONTROL)

    assert not problems, f"{themed} theme:\n" + "\n".join(problems)


def test_the_measure_fails_low_contrast(qapp: Any) -> None:
    """The measure itself: grey #80868b text on white (3.5:1) is caught, #5f6368 (6:1) passes."""
    from PySide6.QtGui import QColor, QFont, QPainter

    for ink, ok in (("#80868b", False), ("#5f6368", True)):
        image = QImage(200, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        p = QPainter(image)
        p.setFont(QFont("DejaVu Sans", 11))
        p.setPen(QColor(ink))
        p.drawText(QRect(0, 0, 200, 40), Qt.AlignmentFlag.AlignCenter, "Issued by someone")
        p.end()
        contrast, _, _ = measured(image, image.rect())
        assert (contrast >= TEXT) is ok, (ink, contrast)
