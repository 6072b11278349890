"""The small things that make the app feel finished: the tour's callout never covers what it points at,
the verifier stacks its columns when narrow and its "File to verify" header names the verdict's input,
Alt+N / Alt+B step the share wizard, Down from the library's search box moves into the results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from ui.demo.tour import STOPS, callout_position


def _covers(pos: Any, size: QSize, rects: list[QRect]) -> bool:
    return any(QRect(pos, size).intersects(r) for r in rects)


def test_the_callout_avoids_what_it_points_at() -> None:
    area, size = QRect(0, 0, 1280, 720), QSize(420, 240)
    # nothing to avoid: the preferred corner
    assert callout_position(area, size, [], "bottom-left") == area.bottomLeft() + \
        QRect(16, -16 - 240 + 1, 0, 0).topLeft()
    # the request QR sits in the bottom-left corner: the callout goes elsewhere, the QR stays in view
    qr = QRect(20, 420, 400, 280)
    pos = callout_position(area, size, [qr], "bottom-left")
    assert not _covers(pos, size, [qr]) and area.contains(QRect(pos, size))
    # every corner is taken: somewhere clear still (an edge's middle)
    corners = [QRect(0, 0, 400, 250), QRect(880, 0, 400, 250), QRect(0, 470, 400, 250), QRect(880, 470, 400, 250)]
    pos = callout_position(area, size, corners, "bottom-right")
    assert not _covers(pos, size, corners) and area.contains(QRect(pos, size))
    # nowhere is clear: the least covered place, inside the window
    big = [QRect(100, 100, 1080, 520)]
    pos = callout_position(area, size, big, "bottom-right")
    assert area.contains(QRect(pos, size))


def test_the_tour_callout_never_covers_the_request_qr_at_1280x720(qtbot: Any, demo_window: Any) -> None:
    w = demo_window
    w.resize(1280, 720)
    tour = w.demo_features.tour
    tour.start()
    last = len(STOPS) - 1
    qtbot.waitUntil(lambda: tour.facts is not None, timeout=30_000)
    tour.go(last)  # the verifier, with the sample request code and its QR
    qtbot.waitUntil(lambda: tour.ready_index == last, timeout=60_000)
    panel = tour.panel
    host = panel.parentWidget()
    for target in (w.verify.request_qr, w.verify.verdict):
        assert target.isVisible()
        rect = QRect(target.mapTo(host, target.rect().topLeft()), target.size())
        assert not QRect(panel.pos(), panel.size()).intersects(rect), target.objectName()
    tour.end()


def test_the_verifier_stacks_when_narrow_and_names_the_input_of_the_verdict(qtbot: Any, tmp_path: Path) -> None:
    from ui.verify.view import VerifyView
    from wallet.demo.issuer import build_demo_documents

    view = VerifyView()
    qtbot.addWidget(view)
    view.resize(1050, 700)  # the verifier's share of a 1280x720 projector
    view.show()
    assert view.columns.orientation() == Qt.Orientation.Horizontal
    from ui.demo.presentation import SCALE, scaled_font

    view.setFont(scaled_font(view.font(), SCALE))  # presentation mode: the same width is narrow now
    view.resize(1049, 700)
    qtbot.waitUntil(lambda: view.columns.orientation() == Qt.Orientation.Vertical)
    view.setFont(QApplication.font())
    view.resize(1050, 700)
    qtbot.waitUntil(lambda: view.columns.orientation() == Qt.Orientation.Horizontal)

    demo = build_demo_documents()
    first, second = tmp_path / "first-credential.json", tmp_path / "second-credential.json"
    first.write_text(json.dumps(demo.credentials["competency-teamwork"]))
    second.write_text(json.dumps(demo.credentials["sl-community-health-outreach"]))
    for path in (first, second):
        with qtbot.waitSignal(view.verification_finished, timeout=60_000) as done:
            view.verify_path(path)
        assert done.args[0].source == path.name
        assert path.name in view.file_label.text() and view.file_label.isVisible()
    assert first.name not in view.file_label.text()  # never the previous file beside a new verdict


def test_alt_n_steps_the_share_wizard_and_down_moves_from_search_into_results(qtbot: Any, demo_window: Any) -> None:
    w = demo_window
    library = w.library
    w.show_view("library")
    library.search.setFocus()
    qtbot.waitUntil(library.search.hasFocus)
    qtbot.keyClick(library.search, Qt.Key.Key_Down)
    assert library.list.hasFocus() and library.list.currentIndex().isValid()
    assert library.list.currentIndex().row() == 0
    # from a search, Down lands on the first match
    library.search.setFocus()
    qtbot.keyClicks(library.search, "teamwork")
    library.list.setCurrentIndex(library.proxy.index(-1, 0))
    qtbot.keyClick(library.search, Qt.Key.Key_Down)
    assert library.list.hasFocus()
    assert library.list.currentIndex() == library.proxy.index(0, 0) and library.proxy.rowCount() < 33

    share = w.share
    cid = library.model.rows()[0].id
    w.show_view("share")
    share.start([cid])
    qtbot.waitUntil(lambda: share.step == 1, timeout=30_000)
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "&Back"
    qtbot.waitUntil(lambda: share.step == 0, timeout=30_000)
    qtbot.waitUntil(share.next_button.isEnabled, timeout=10_000)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Next"
    qtbot.waitUntil(lambda: share.step == 1, timeout=30_000)
