"""The Journey page in the shell: empty state without credentials, the computed journey with them."""

from __future__ import annotations

from pathlib import Path


def test_empty_wallet_shows_the_honest_empty_state(qtbot, open_window) -> None:
    page = open_window.journey
    with qtbot.waitSignal(page.journey_loaded, timeout=30_000) as loaded:
        open_window.show_view("journey")
    assert loaded.args[0].nodes == ()
    assert page.pages.currentWidget() is page.placeholder
    assert page.body.text().startswith("The skill journey appears here once")


def test_imported_credentials_appear_on_the_journey_and_open_in_the_library(
        qtbot, open_window, credential_paths: list[Path]) -> None:
    with qtbot.waitSignal(open_window.library.import_finished, timeout=60_000):
        open_window.library.import_files([str(p) for p in credential_paths])
    page = open_window.journey
    with qtbot.waitSignal(page.journey_loaded, timeout=30_000) as loaded:
        open_window.show_view("journey")
    journey = loaded.args[0]
    assert len(journey.nodes) == 2
    assert {n.title for n in journey.nodes} == {"Teamwork Badge", "Riverbank Restoration Crew Lead"}
    assert page.pages.currentWidget() is page.view
    # activating a credential on the journey shows it in the library
    target = next(n for n in journey.nodes if n.title == "Teamwork Badge")
    page.view.credential_activated.emit(target.credential_id)
    assert open_window.current_view == "library"
    assert open_window.library.list.currentIndex().data() == "Teamwork Badge"


def test_the_journey_is_recomputed_only_when_visible(qtbot, open_window, credential_paths: list[Path]) -> None:
    page = open_window.journey
    loads = []
    page.journey_loaded.connect(loads.append)
    with qtbot.waitSignal(open_window.library.import_finished, timeout=60_000):
        open_window.library.import_files([str(credential_paths[0])])
    open_window.session.runner.wait_idle(30_000)
    assert loads == []  # the Library is showing: nothing computed
    with qtbot.waitSignal(page.journey_loaded, timeout=30_000):
        open_window.show_view("journey")
    assert len(loads[-1].nodes) == 1
