"""The share wizard's first step on its own: a model-backed list of checkable credentials with search,
a "show" filter and whole collections, driven through the widgets (typing, clicks, the space bar)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from ui.share.pick import PickPage, pick_rows
from wallet import CredentialSummary
from wallet.store.curation import Curation


def _summary(i: int, title: str, state: str = "verified", *, skills: tuple[str, ...] = (),
             collections: tuple[str, ...] = (), display_title: str = "") -> CredentialSummary:
    data = {"search": f"{title} north prairie university {' '.join(skills)}".lower(), "skills": list(skills)}
    return CredentialSummary(
        id=f"c{i:05d}", added_at="2026-01-01T00:00:00+00:00", parent_id=None, title=title,
        issuer_name="North Prairie University", issuer_id="did:web:np.example", date=f"2025-0{1 + i % 9}-01",
        format="ldp-vc", types=("VerifiableCredential",), state=state, data=data,
        curation=Curation(collections=collections, display_title=display_title),
    )


ROWS = [
    _summary(0, "Data Analysis Micro-credential", skills=("Technology",), collections=("Data jobs",)),
    _summary(1, "Peer Mentoring Badge", "expired", skills=("Leadership",)),
    _summary(2, "Statistics Course", skills=("Technology", "Critical Thinking"), collections=("Data jobs",)),
    _summary(3, "Food Security Volunteer", "not-checked", display_title="My volunteering hours"),
]


@pytest.fixture
def page(qtbot: Any) -> PickPage:
    p = PickPage()
    qtbot.addWidget(p)
    p.resize(700, 500)
    p.show()
    p.set_credentials(pick_rows(ROWS), ["Data jobs"])
    return p


def _shown_titles(page: PickPage) -> list[str]:
    m = page.model
    return [str(m.index(i).data()).split("\n")[0] for i in range(m.rowCount())]


def test_rows_show_title_issuer_date_and_state_in_words(page: PickPage) -> None:
    first = page.model.index(0).data()
    assert first.split("\n") == ["Data Analysis Micro-credential",
                                 "North Prairie University  ·  2025-01-01  ·  Verified"]
    assert _shown_titles(page)[3] == "My volunteering hours"  # the learner's own title
    assert page.count.text() == "No credential selected"


def test_typing_narrows_the_list_by_every_word(qtbot: Any, page: PickPage) -> None:
    qtbot.keyClicks(page.search, "technology")
    assert _shown_titles(page) == ["Data Analysis Micro-credential", "Statistics Course"]
    qtbot.keyClicks(page.search, " critical")
    assert _shown_titles(page) == ["Statistics Course"]
    page.search.clear()
    qtbot.keyClicks(page.search, "expired")  # the state words are searchable too
    assert _shown_titles(page) == ["Peer Mentoring Badge"]
    page.search.clear()
    qtbot.keyClicks(page.search, "zzz")
    assert page.model.rowCount() == 0


def test_clicking_the_box_and_the_space_bar_tick_a_credential(qtbot: Any, page: PickPage) -> None:
    view = page.list
    changed: list[int] = []
    page.selection_changed.connect(lambda: changed.append(1))
    # the space bar on the current row
    view.setFocus()
    view.setCurrentIndex(page.model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.selected_ids() == ["c00001"]
    assert page.count.text() == "1 credential selected"
    # a click on the check box of another row
    rect = view.visualRect(page.model.index(2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_check_box_centre(view, rect))
    assert page.selected_ids() == ["c00001", "c00002"]
    assert page.count.text() == "2 credentials selected"
    assert changed
    # the space bar again unticks
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.selected_ids() == ["c00002"]


def _check_box_centre(view: Any, rect: Any) -> Any:
    """Where the style draws the check box of the row at ``rect``."""
    opt = QStyleOptionViewItem()
    opt.rect = rect
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, view).center()


def test_show_filter_verified_only_and_selected_only(qtbot: Any, page: PickPage) -> None:
    page.set_selected(["c00003"])
    page.filter.setCurrentIndex(page.filter.findData("verified"))
    assert _shown_titles(page) == ["Data Analysis Micro-credential", "Statistics Course"]
    page.filter.setCurrentIndex(page.filter.findData("selected"))
    assert _shown_titles(page) == ["My volunteering hours"]
    page.filter.setCurrentIndex(page.filter.findData("all"))
    assert page.model.rowCount() == 4


def test_a_whole_collection_and_clear(qtbot: Any, page: PickPage) -> None:
    assert page.collection.isEnabled()
    page.collection.setCurrentIndex(1)
    page.collection.activated.emit(1)
    assert page.selected_ids() == ["c00000", "c00002"]
    assert page.collection.currentIndex() == 0  # ready for another collection
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.selected_ids() == []


def test_reloading_keeps_the_ticks_of_credentials_still_there(page: PickPage) -> None:
    page.set_selected(["c00001", "c00003"])
    page.set_credentials(pick_rows(ROWS[:2]), [])  # c00003 was deleted meanwhile
    assert page.selected_ids() == ["c00001"]
    assert not page.collection.isEnabled()
    page.set_credentials(pick_rows(ROWS), [], selected=["c00002"])  # a share started with these
    assert page.selected_ids() == ["c00002"]


def test_ten_thousand_rows_filter_without_a_widget_per_row(qtbot: Any, page: PickPage) -> None:
    many = [_summary(i, f"Credential {i}", skills=("Teamwork",) if i % 2 else ()) for i in range(10_000)]
    page.set_credentials(pick_rows(many), [])
    assert page.model.rowCount() == 10_000
    qtbot.keyClicks(page.search, "teamwork")
    assert page.model.rowCount() == 5_000
    page.select_collection("none")  # nothing in it: nothing ticked
    page.set_selected([c.id for c in many[:3]])
    page.filter.setCurrentIndex(page.filter.findData("selected"))
    assert page.model.rowCount() == 1  # c00001 is the only ticked one with the skill


def test_share_reads_the_wallet_only_once_it_is_shown(qtbot: Any, demo_window: Any) -> None:
    """Opening a wallet loads the library first; Share (and Journey) wait until the learner opens them."""
    share, journey = demo_window.share, demo_window.journey
    assert share.loader.stale and share.pick.model.rowCount() == 0
    assert journey.loader.stale
    demo_window.show_view("share")
    qtbot.waitUntil(lambda: share.pick.model.rowCount() > 20, timeout=60_000)
    assert not share.loader.stale
    # a change while Share is hidden only marks it stale; showing it again reloads
    demo_window.show_view("library")
    cid = share.pick.model.rows()[0].id
    demo_window.session.run(None, lambda w, op: w.curate([cid], hidden=True))
    qtbot.waitUntil(lambda: share.loader.stale, timeout=60_000)
    assert cid in {r.id for r in share.pick.model.rows()}  # not reloaded while hidden
    demo_window.show_view("share")
    qtbot.waitUntil(lambda: cid not in {r.id for r in share.pick.model.rows()}, timeout=60_000)  # hidden: not offered


def test_step_1_warns_when_a_chosen_credential_was_not_issued_to_you(qtbot: Any) -> None:
    """Holder binding before sharing: the pick list says "Not issued to you" on the row, and ticking it
    shows a warning saying what the employer will see; the amber state reads in words."""
    theirs = _summary(7, "Someone Else's Badge", "authentic-unrecognised")
    theirs.data["holder"] = "someone-else"
    bearer = _summary(8, "Bearer Badge")
    bearer.data["holder"] = "nobody"
    mine = _summary(9, "My Badge")
    mine.data["holder"] = "you"
    p = PickPage()
    qtbot.addWidget(p)
    p.show()
    p.set_credentials(pick_rows([theirs, bearer, mine]), [])
    first = p.model.index(0).data().split("\n")[1]
    assert first == "North Prairie University  ·  2025-08-01  ·  Authentic, issuer not recognised  ·  Not issued to you"
    assert not p.holder_warning.isVisible()
    p.set_selected([mine.id])
    assert not p.holder_warning.isVisible()
    p.set_selected([mine.id, theirs.id])
    assert p.holder_warning.isVisible()
    text = p.holder_warning.text()
    assert text.startswith("Not issued to you: Someone Else's Badge.") and "issued to someone else" in text
    p.set_selected([bearer.id])
    assert "Bearer Badge names no holder" in p.holder_warning.text()
    p.clear_selection()
    assert not p.holder_warning.isVisible()
