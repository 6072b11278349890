"""The journey view (real widgets, offscreen): click, keyboard, filters, zoom, palettes and exports."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _keep_none_alive() -> None:
    """PySide6 6.12.0 (abi3 wheels) on CPython 3.11 drops a reference to None on every void Qt call; a few
    thousand painting calls later the interpreter aborts ("none_dealloc"). CPython 3.12+ makes None immortal;
    give it a reference count it cannot run out of. Harmless elsewhere; PySide6 6.11.3 has no such bug."""
    import ctypes
    import sys

    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()

import io  # noqa: E402
import struct  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPalette  # noqa: E402

from ui.journey import Filters, JourneyView  # noqa: E402
from ui.journey.export import export_pdf, export_png, export_svg, render_png  # noqa: E402
from wallet.credentials.model import credential_model  # noqa: E402
from wallet.journey.compute import Journey, JourneyItem, derive_journey  # noqa: E402
from wallet.journey.pathways import load_pathways  # noqa: E402

NACE = "NACE Career Readiness Competencies"


def _ob(n: int, name: str, when: str | None, skills: tuple[str, ...], *, atype: str = "MicroCredential",
        genre: str | None = None, aid: str | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2"], "id": f"urn:c:{n}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": {"id": "did:web:npu.example", "name": "NPU"},
        "name": name,
        "credentialSubject": {"type": ["AchievementSubject"], "achievement": {
            "id": aid or f"urn:a:{n}", "type": ["Achievement"], "achievementType": atype, "name": name,
            "alignment": [{"type": ["Alignment"], "targetName": s, "targetFramework": NACE} for s in skills]}},
    }
    if when:
        doc["validFrom"] = when + "T12:00:00Z"
    if genre:
        doc["evidence"] = [{"type": ["Evidence"], "genre": genre}]
    return doc


@pytest.fixture
def journey() -> Journey:
    docs = [
        _ob(1, "Food bank orientation", "2021-10-01", ("Teamwork",), genre="Volunteer hours"),
        _ob(2, "Team lab", "2022-03-01", ("Teamwork", "Critical Thinking"), genre="Course"),
        _ob(3, "Literacy project", "2022-11-01", ("Communication",), genre="Service-learning reflection"),
        _ob(4, "Hospital intern", "2023-07-01", ("Teamwork",), genre="Internship"),
        _ob(5, "Teamwork Competency", "2023-12-01", ("Teamwork",), atype="Competency", aid="urn:goal:teamwork"),
        _ob(6, "Research assistant", "2024-02-01", ("Critical Thinking",), genre="Research"),
        _ob(7, "Undated badge", None, ("Leadership",)),
    ]
    pathways = load_pathways({
        "type": "LearnerWalletPathway", "achievement": {"id": "urn:goal:teamwork", "name": "Teamwork Competency"},
        "components": [{"skill": "Teamwork", "achievementType": "MicroCredential", "count": 3}],
    })
    return derive_journey([JourneyItem(f"cred-{i}", credential_model(d)) for i, d in enumerate(docs, 1)],
                          pathways=pathways)


@pytest.fixture
def view(qtbot: Any, journey: Journey) -> JourneyView:
    v = JourneyView()
    qtbot.addWidget(v)
    v.resize(1400, 820)
    v.set_journey(journey)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_clicking_a_node_emits_its_credential_id(qtbot: Any, view: JourneyView) -> None:
    center = view.canvas.node_center("cred-3")
    assert center is not None
    with qtbot.waitSignal(view.credential_activated, timeout=2000) as sig:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=center.toPoint())
    assert sig.args == ["cred-3"]
    # a click on empty space emits nothing
    with qtbot.assertNotEmitted(view.credential_activated):
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, view.canvas.height() - 60))


def test_keyboard_moves_between_nodes_and_enter_opens(qtbot: Any, view: JourneyView) -> None:
    canvas = view.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    first = canvas.focused_node()
    assert first is not None and first.title == "Food bank orientation"  # the earliest credential
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    second = canvas.focused_node()
    assert second is not None and second.title == "Team lab"  # next in time along the Teamwork lane
    assert second.title in canvas.accessibleName() and second.title in canvas.accessibleDescription()
    qtbot.keyClick(canvas, Qt.Key.Key_Up)  # the lane above Teamwork is Leadership: its only credential
    third = canvas.focused_node()
    assert third is not None and third.title == "Undated badge"
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.focused_node() == third  # the undated column is the last one
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.focused_node() == third  # alone in its lane: Left stays
    with qtbot.waitSignal(view.credential_activated, timeout=2000) as sig:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert sig.args == [third.credential_id]
    assert third.title in view.status.text()


def test_filters_by_experience_skill_and_dates(view: JourneyView, journey: Journey) -> None:
    canvas = view.canvas
    assert canvas.visible_node_ids() == {n.id for n in journey.nodes}
    view.experience_filter.setCurrentIndex(view.experience_filter.findData("internship"))
    assert canvas.visible_node_ids() == {"cred-4"}
    view.experience_filter.setCurrentIndex(0)
    view.skill_filter.setCurrentIndex(view.skill_filter.findData("nace:critical-thinking"))
    assert canvas.visible_node_ids() == {"cred-2", "cred-6"}
    assert [ln.summary.skill.id for ln in canvas.layout_().lanes] == ["nace:critical-thinking"]
    view.skill_filter.setCurrentIndex(0)
    view.set_filters(Filters(date_from=date(2022, 1, 1), date_to=date(2022, 12, 31)))
    assert canvas.visible_node_ids() == {"cred-2", "cred-3"}
    assert view.from_filter.currentText() == "Spring 2022"  # the combo follows when it can show the filter
    view.set_filters(Filters())
    assert "cred-7" in canvas.visible_node_ids()  # the undated column is back


def test_zoom_and_pan_move_the_timeline(view: JourneyView) -> None:
    canvas = view.canvas
    before = canvas.node_center("cred-6")
    assert before is not None
    canvas.set_zoom(2.0)
    zoomed = canvas.layout_()
    assert zoomed.content_width > zoomed.timeline.width()
    canvas.pan_by(-5000, 0)  # clamped at the end of the timeline
    lay = canvas.layout_()
    assert lay.columns[-1].x1 <= lay.timeline.right() + 1
    canvas.fit()
    assert canvas.node_center("cred-6") == before


def test_hover_tooltip_text_names_the_credential(view: JourneyView, journey: Journey) -> None:
    from ui.journey.view import describe_node

    n = journey.node("cred-2")
    assert n is not None
    text = describe_node(journey, n)
    assert "Team lab" in text and "Teamwork" in text and "Critical Thinking" in text
    assert "Counts toward Teamwork Competency" in text


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_exports_are_valid_files(qapp: Any, journey: Journey, tmp_path: Path) -> None:
    png = export_png(journey, tmp_path / "j.png", width=1200, height=700, scale=1.5)
    assert _png_size(png.read_bytes()) == (1800, 1050)
    assert not QImage(str(png)).isNull()

    svg = export_svg(journey, tmp_path / "j.svg", width=1200, height=700)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join(t for t in root.itertext())
    assert "Teamwork" in texts and "Skill profile" in texts

    pdf = export_pdf(journey, tmp_path / "j.pdf", title="Test journey")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert "Teamwork" in page.extract_text()


def test_dark_and_light_palettes_paint_their_background(qapp: Any, journey: Journey) -> None:
    light = QImage.fromData(render_png(journey, width=600, height=400, scale=1))
    dark = QImage.fromData(render_png(journey, width=600, height=400, scale=1, dark=True))
    assert QColor(light.pixel(5, 395 - 40)).lightnessF() > 0.9
    assert QColor(dark.pixel(5, 395 - 40)).lightnessF() < 0.2


def test_view_follows_the_widget_palette(qtbot: Any, view: JourneyView) -> None:
    pal = view.canvas.palette()
    pal.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    view.canvas.setPalette(pal)
    img = view.canvas.grab().toImage()
    assert QColor(img.pixel(3, img.height() - 60)).lightnessF() < 0.15


def test_an_empty_journey_shows_a_hint(qtbot: Any) -> None:
    v = JourneyView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.set_journey(derive_journey([]))
    v.show()
    assert v.canvas.visible_node_ids() == set()
    assert not v.canvas.grab().isNull()
    qtbot.keyClick(v.canvas, Qt.Key.Key_Right)  # nothing to move to, nothing breaks


def _visible(view: JourneyView) -> set[str]:
    lay = view.canvas.layout_()
    return {i.node.credential_id for i in lay.instances
            if lay.timeline.left() <= i.center.x() <= lay.timeline.right()}


def test_a_record_spread_over_years_opens_on_its_credentials_and_fit_restores_range_and_zoom(qtbot: Any) -> None:
    docs = [_ob(1, "First badge", "2009-10-01", ("Teamwork",)),
            _ob(2, "Second badge", "2010-03-01", ("Communication",)),
            _ob(3, "Recent badge", "2024-10-01", ("Teamwork",)),
            _ob(4, "Latest badge", "2025-03-01", ("Leadership",))]
    journey = derive_journey([JourneyItem(f"cred-{i}", credential_model(d)) for i, d in enumerate(docs, 1)])
    v = JourneyView()
    qtbot.addWidget(v)
    v.resize(1024, 640)
    v.set_journey(journey)
    v.show()
    qtbot.waitExposed(v)
    # the empty years between fold into one gap column; every credential is in view when the page opens
    assert _visible(v) == {"cred-1", "cred-2", "cred-3", "cred-4"}
    labels = [c.label for c in v.canvas.layout_().columns]
    assert labels == ["Fall 2009", "Spring 2010", "2010–2024", "Fall 2024", "Spring 2025"], labels
    # zoom in and pan, narrow the range: Fit brings back the whole range, all in view
    v.canvas.set_zoom(4.0)
    v.canvas.pan_by(-2000, 0)
    v.to_filter.setCurrentIndex(2)
    assert _visible(v) != {"cred-1", "cred-2", "cred-3", "cred-4"}
    qtbot.mouseClick(v.zoom_fit, Qt.MouseButton.LeftButton)
    assert v.from_filter.currentIndex() == 0 and v.to_filter.currentIndex() == 0
    assert _visible(v) == {"cred-1", "cred-2", "cred-3", "cred-4"}


def _ink_radius(img: QImage, center: QPoint) -> int:
    """How far the node's fill colour runs right of its centre, in pixels (measured on the painting)."""
    fill = QColor(img.pixel(center))
    r = 0
    while r < 80:
        c = QColor(img.pixel(center.x() + r + 1, center.y()))
        if max(abs(c.red() - fill.red()), abs(c.green() - fill.green()), abs(c.blue() - fill.blue())) > 40:
            break
        r += 1
    return r


def test_presentation_mode_at_1280x720_draws_larger_and_clicks_still_land(qtbot: Any, qapp: Any,
                                                                        journey: Journey) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFont, QMouseEvent
    from PySide6.QtWidgets import QToolTip

    from ui.demo.presentation import SCALE, scaled_font

    v = JourneyView()
    qtbot.addWidget(v)
    v.resize(1280, 720)
    v.set_journey(journey)
    v.show()
    qtbot.waitExposed(v)
    canvas = v.canvas
    normal_img = canvas.grab().toImage()
    normal_center = canvas.node_center("cred-3")
    normal_r, normal_px = canvas.node_radius("cred-3"), canvas.label_pixel_size()
    assert normal_center is not None and normal_r is not None and canvas.scale == 1.0
    normal_ink = _ink_radius(normal_img, normal_center.toPoint())
    before = QFont(qapp.font())
    qapp.setFont(scaled_font(before, SCALE))  # what View ▸ Presentation mode does to the application font
    try:
        qtbot.waitUntil(lambda: canvas.scale > 1.4)
        big_img = canvas.grab().toImage()
        center = canvas.node_center("cred-3")
        assert center is not None
        radius = canvas.node_radius("cred-3")
        assert radius is not None and radius > normal_r * 1.4
        assert canvas.label_pixel_size() > normal_px * 1.4  # the labels' font, as painted
        assert _ink_radius(big_img, center.toPoint()) > normal_ink + 2  # and the node as drawn, in pixels
        # a click on the drawn node opens its credential; the same spot at the old scale is not it
        with qtbot.waitSignal(v.credential_activated, timeout=2000) as sig:
            qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=center.toPoint())
        assert sig.args == ["cred-3"]
        # keyboard focus and the hover tooltip work at this scale too
        canvas.setFocus()
        qtbot.keyClick(canvas, Qt.Key.Key_Home)
        first = canvas.focused_node()
        assert first is not None and first.title == "Food bank orientation"
        with qtbot.waitSignal(v.credential_activated, timeout=2000) as sig:
            qtbot.keyClick(canvas, Qt.Key.Key_Return)
        assert sig.args == [first.credential_id]
        move = QMouseEvent(QEvent.Type.MouseMove, center, canvas.mapToGlobal(center), Qt.MouseButton.NoButton,
                           Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        qapp.sendEvent(canvas, move)  # a hover (qtbot.mouseMove sends no move event offscreen)
        qtbot.waitUntil(lambda: "Literacy project" in QToolTip.text())
    finally:
        qapp.setFont(before)
    qtbot.waitUntil(lambda: canvas.scale == 1.0)
    assert canvas.node_radius("cred-3") == normal_r
