"""The guided tour on a real demo wallet (built in a temporary home, real keychain): every step shows
the right view in the right state, Back goes back, the keyboard drives it, End closes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from support import main_window_on

from ui.demo.tour import STOPS
from wallet.demo.data import MICRO
from wallet.demo.issuer import MINIMAL_REVEAL, MINIMAL_SAMPLE, SAMPLE_CHALLENGE, SAMPLE_DOMAIN

TOUR_CREDENTIAL = next(m for m in MICRO if m.key == MINIMAL_SAMPLE)
WAIT = 60_000


@pytest.fixture
def demo_window(qtbot, runner, wallet_home: Path) -> Iterator[object]:
    """The main window on a demo wallet built on first use in a temporary home (forgotten afterwards)."""
    with main_window_on(qtbot, runner, wallet_home, demo=True) as window:
        yield window
        window.demo_features.tour.end()


def _wait_ready(qtbot, tour, index: int) -> None:
    """Until stop ``index`` reports that its real view shows what it says."""
    qtbot.waitUntil(lambda: tour.ready_index == index, timeout=WAIT)


def _click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _activate(qtbot, window) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_tour_drives_every_view_and_back_and_end_work(qtbot, demo_window) -> None:
    w = demo_window
    tour = w.demo_features.tour
    panel = tour.panel
    # the demo offers the tour once when it opens; "Not now" closes the offer
    assert tour.index == -1 and panel.isVisible() and not panel.back_button.isVisible()
    _click(qtbot, panel.end_button)
    assert not panel.isVisible() and not tour.active

    w.show_view("identity")
    w.library.search.setText("no credential is called this")
    w.demo_features.tour_action.trigger()  # Help ▸ Guided tour
    _wait_ready(qtbot, tour, 0)
    # 1. the library, with every credential in view (the search that hid them is cleared)
    assert w.current_view == "library" and w.pages.currentWidget() is w.library
    assert w.library.search.text() == ""
    assert w.library.proxy.rowCount() == w.library.model.rowCount() > 20
    assert w.library.pages.currentWidget() is w.library.list
    assert panel.step_label.text() == "Step 1 of 5" and not panel.back_button.isEnabled()
    assert panel.live.text().startswith(f"{tour.facts.total} credentials")

    # 2. one micro-credential, selected, with the checks the wallet ran on it
    _click(qtbot, panel.next_button)
    _wait_ready(qtbot, tour, 1)
    cid = tour.facts.credential_id
    assert w.current_view == "library" and w.library.selected_ids() == [cid]
    assert w.library.list.currentIndex().data() == TOUR_CREDENTIAL.name
    assert panel.step_label.text() == "Step 2 of 5"
    assert TOUR_CREDENTIAL.name in panel.body.text()
    live = panel.live.text()
    assert "✓\u00a0Issuer's\u00a0signature" in live and "✗" not in live

    # 3. the journey, computed and drawn
    _click(qtbot, panel.next_button)
    _wait_ready(qtbot, tour, 2)
    assert w.current_view == "journey" and w.journey.pages.currentWidget() is w.journey.view
    assert panel.step_label.text() == "Step 3 of 5"
    assert " skills, " in panel.live.text()

    # 4a. the share wizard on that micro-credential: the achievement name and one skill revealed
    _click(qtbot, panel.next_button)
    _wait_ready(qtbot, tour, 3)
    share = w.share
    assert w.current_view == "share" and share.step == 1
    assert [c.id for c in share.choices] == [cid]
    assert share.fields.reveal() == {cid: MINIMAL_REVEAL}
    preview = share.fields.preview_text()
    assert TOUR_CREDENTIAL.name in preview and "Communication" in preview
    assert "earned" not in preview  # the description stays private
    assert panel.step_label.text() == "Step 4 of 5" and panel.next_button.text() == "&Next: the QR code"

    # 4b. its QR code, for the sample employer's request, marked DEMO
    _click(qtbot, panel.next_button)
    _wait_ready(qtbot, tour, 4)
    qr = share.output.qr
    assert share.step == 3 and share.output.result.currentWidget() is qr
    assert qr.image is not None and qr.view.demo and qr.text
    assert share.options.values()[:2] == (SAMPLE_CHALLENGE, SAMPLE_DOMAIN)
    assert panel.live.text().startswith("QR version")
    qr_text = qr.text

    # 5. the verifier on the employer's sample, under the sample request
    _click(qtbot, panel.next_button)
    _wait_ready(qtbot, tour, 5)
    v = w.verify
    assert w.current_view == "verify" and v.file == w.session.home / "samples" / "minimal-disclosure-presentation.json"
    assert (v.challenge, v.domain_value) == (SAMPLE_CHALLENGE, SAMPLE_DOMAIN)
    record = v.record
    assert record is not None and record.verdict == "verified"  # inside the demo, the demo issuers are recognised
    fields = [p for s in record.shown for p, _ in s.fields]
    assert any(p.endswith("achievement.name") for p in fields)
    assert any(p.endswith("alignment[0].targetName") for p in fields)
    assert not any(p.endswith("description") for p in fields)
    assert panel.step_label.text() == "Step 5 of 5" and panel.next_button.text() == "&Finish"
    assert panel.live.text().startswith(record.verdict_text)

    # Back: the QR again (the same code, not signed anew), then the fields
    _click(qtbot, panel.back_button)
    _wait_ready(qtbot, tour, 4)
    assert w.current_view == "share" and share.step == 3 and qr.text == qr_text
    _click(qtbot, panel.back_button)
    _wait_ready(qtbot, tour, 3)
    assert share.step == 1 and share.fields.reveal() == {cid: MINIMAL_REVEAL}

    # End tour closes the callout and leaves the view as it is
    finished: list[bool] = []
    tour.finished.connect(lambda: finished.append(True))
    _click(qtbot, panel.end_button)
    assert finished == [True] and not panel.isVisible() and not tour.active
    assert w.current_view == "share"


def test_the_tour_is_driven_by_the_keyboard(qtbot, demo_window) -> None:
    w = demo_window
    tour = w.demo_features.tour
    panel = tour.panel
    assert tour.index == -1  # the offer
    _activate(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Start the tour"
    _wait_ready(qtbot, tour, 0)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    _wait_ready(qtbot, tour, 1)
    assert w.library.selected_ids() == [tour.facts.credential_id]
    qtbot.waitUntil(lambda: panel.isAncestorOf(QApplication.focusWidget()))  # focus stays in the callout
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    _wait_ready(qtbot, tour, 2)
    assert w.current_view == "journey"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    _wait_ready(qtbot, tour, 1)
    qtbot.keyClick(w, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    _wait_ready(qtbot, tour, 0)
    assert w.current_view == "library"
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not tour.active and not panel.isVisible()


def test_the_callout_is_accessible(qtbot, demo_window) -> None:
    tour = demo_window.demo_features.tour
    tour.start()
    _wait_ready(qtbot, tour, 0)
    panel = tour.panel
    assert panel.accessibleName() == "Guided tour"
    assert panel.accessibleDescription().startswith(panel.title.text())
    unnamed = [type(c).__name__ for c in panel.findChildren(QWidget)
               if isinstance(c, (QAbstractButton, QLabel)) and c.isVisibleTo(panel) and not c.accessibleName()]
    assert unnamed == []
    # the callout floats inside the window, clear of its edges
    host = demo_window.centralWidget()
    assert host.rect().contains(panel.geometry())
    assert len(STOPS) == 6 and {s[1] for s in STOPS} == {1, 2, 3, 4, 5}


def test_the_tour_talks_to_views_only_through_its_host() -> None:
    """ui/demo/tour.py reaches the window's views only through TourHost (ui/demo/tour_host.py), which uses
    the views' public guide methods: no view or private widget of a view is named in the tour."""
    import ast
    from pathlib import Path

    import ui.demo.tour as tour_module

    tree = ast.parse(Path(tour_module.__file__).read_text())
    views = {"library", "share", "verify", "journey", "identity", "detail"}
    private = {"fields", "output", "options", "tabs", "list", "search", "request_qr", "verdict",
               "loader", "create_button", "info_label", "preview_state"}  # (a report's .checks is data)
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        base = node.value
        on_window = isinstance(base, ast.Attribute) and base.attr == "window" or isinstance(base, ast.Name) and base.id == "w"
        on_view = isinstance(base, ast.Name) and base.id in views | {"page"}
        if on_window and node.attr in views or on_view and node.attr in private:
            bad.append(f"line {node.lineno}: .{node.attr}")
    assert bad == []
    host = Path(tour_module.__file__).with_name("tour_host.py").read_text()
    for name in private:
        assert f".{name}." not in host and f".{name})" not in host, name
