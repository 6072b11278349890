"""The credential detail view on a real demo wallet (temporary home, real keychain): an Open Badges 3.0
micro-credential and the CLR record rendered for people, the checks in plain language, Verify again
(F5), the raw credential with Copy, notes saved through curate(), and the ways in (Enter,
double-click, the journey, MainWindow.show_credential) and out (Esc)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wallet import Wallet

WAIT = 60_000


def _row_of(library, pred) -> tuple[object, object]:
    """(summary, proxy index) of the first row whose summary matches ``pred``."""
    for r in range(library.proxy.rowCount()):
        index = library.proxy.index(r, 0)
        from ui.library.model import Roles

        s = index.data(Roles.SUMMARY)
        if pred(s):
            return s, index
    raise AssertionError("no such row")


def _wait_loaded(qtbot, detail, cid: str) -> None:
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.id == cid, timeout=WAIT)


def _micro(s) -> bool:
    return s.data.get("achievement_type") == "MicroCredential" and s.format == "ldp-vc" and s.state == "verified"


def test_enter_opens_an_open_badge_rendered_for_people(qtbot, demo_window) -> None:
    library = demo_window.library
    summary, index = _row_of(library, _micro)
    library.list.setFocus()
    library.list.setCurrentIndex(index)
    qtbot.keyClick(library.list, Qt.Key.Key_Return)
    detail = library.detail
    assert library.showing_detail()
    _wait_loaded(qtbot, detail, summary.id)
    stored = demo_window.session.wallet.credential(summary.id).raw
    achievement = stored["credentialSubject"]["achievement"]
    text = detail.content.toPlainText().replace("\ufffc", "")  # the art (an image) comes first
    assert text.strip().startswith(stored["name"])
    assert "Micro-credential · Open Badge 3.0" in text
    assert achievement["criteria"]["narrative"] in text
    for alignment in achievement["alignment"]:
        # the field presenter's skill: "Teamwork · NACE", the framework in full beneath
        assert f"{alignment['targetName']} · NACE" in text and alignment["targetFramework"] in text
    assert "Milestone 3 of 4" in text or "Milestone 2 of 4" in text or "Milestone 4 of 4" in text
    for ev in stored.get("evidence", []):
        assert ev["name"] in text
    assert f"Issued by {stored['issuer']['name']}" in text
    assert "Dates" in text and "No expiry date" in text
    # the checks, in plain language, with the state as words beside the icon
    assert detail.state_label.text() == "Verified"
    checks = detail.checks.toPlainText()
    assert "Every check passed" in checks
    # each check: status, what was checked, the plain sentence, then the specifics
    assert ("✓ OK\nIssuer's signature\nThe issuer's signature is valid: nothing has changed since it was signed.\n"
            "Signature by did:") in checks
    # the raw credential, read only, and Copy
    detail.tabs.setCurrentIndex(2)
    assert detail.raw.isReadOnly() and json.loads(detail.raw.toPlainText()) == stored
    qtbot.mouseClick(detail.copy_button, Qt.MouseButton.LeftButton)
    assert json.loads(QApplication.clipboard().text()) == stored
    # Esc goes back to the list, with the credential still selected
    detail.setFocus()
    qtbot.keyClick(detail.back_button, Qt.Key.Key_Escape)
    assert not library.showing_detail()
    assert library.selected_ids() == [summary.id]


def test_double_click_opens_the_clr_with_its_achievements_grouped_and_related_in_words(qtbot, demo_window) -> None:
    library = demo_window.library
    summary, index = _row_of(library, lambda s: s.data.get("kind") == "clr")
    rect = library.list.visualRect(index)
    qtbot.mouseClick(library.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(library.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = library.detail
    _wait_loaded(qtbot, detail, summary.id)
    text = detail.content.toPlainText()
    assert "Comprehensive Learner Record (CLR 2.0)" in text
    assert "Competencies (4)" in text and "Courses (5)" in text and "Micro-credentials (" in text
    assert "How the achievements fit together" in text
    assert ("Service-Learning: Community Health Outreach is part of Communication (Career Readiness Competency)"
            in text)
    assert "Introduction to Data Analysis (STAT 210) comes before Research Methods in Public Health (PUBH 310)" in text
    assert "Made up of: " in text
    assert "isChildOf" not in text  # said in words, never as the raw association type
    checks = detail.checks.toPlainText()
    assert "The credentials inside this record" in checks


def test_verify_again_with_f5_keeps_the_new_report(qtbot, demo_window) -> None:
    library = demo_window.library
    summary, _ = _row_of(library, lambda s: s.state == "revoked")
    demo_window.show_credential(summary.id)
    detail = library.detail
    _wait_loaded(qtbot, detail, summary.id)
    assert detail.state_label.text() == "Revoked"
    detail.content.setFocus()
    with qtbot.waitSignal(detail.verified, timeout=WAIT) as got:
        qtbot.keyClick(detail.content, Qt.Key.Key_F5)
    report = got.args[0]
    assert report.check("status").status == "failed"
    assert detail.tabs.currentWidget() is detail.checks
    assert "Not revoked or suspended" in detail.checks.toPlainText()
    qtbot.waitUntil(lambda: detail.state_label.text() == "Revoked", timeout=WAIT)


def _notes_of_a_micro_credential(qtbot, demo_window):
    """Open a micro-credential in the detail view, on its Notes tab; returns (summary, detail view)."""
    library = demo_window.library
    summary, _ = _row_of(library, _micro)
    library.open_credential(summary.id)
    detail = library.detail
    _wait_loaded(qtbot, detail, summary.id)
    detail.tabs.setCurrentIndex(3)
    return summary, detail


def test_notes_are_saved_with_curate_and_shown_again(qtbot, demo_window) -> None:
    library = demo_window.library
    summary, detail = _notes_of_a_micro_credential(qtbot, demo_window)
    assert not detail.save_notes_button.isEnabled()
    qtbot.keyClicks(detail.notes, "Ask Dr. Lee for a reference.")
    assert detail.notes_status.text() == "Not saved yet."
    with qtbot.waitSignal(detail.notes_saved, timeout=WAIT):
        qtbot.mouseClick(detail.save_notes_button, Qt.MouseButton.LeftButton)
    assert detail.notes_status.text() == "Saved."
    wallet: Wallet = demo_window.session.wallet
    assert wallet.curation(summary.id).notes == "Ask Dr. Lee for a reference."
    # notes feed the library search
    detail.go_back()
    qtbot.waitUntil(lambda: any("dr. lee" in t for t in library.model.search_texts()), timeout=WAIT)
    qtbot.keyClicks(library.search, "dr. lee")
    assert [library.proxy.index(r, 0).data() for r in range(library.proxy.rowCount())] == [summary.display_title]
    # another credential, then back: the notes are there
    library.search.clear()
    other, _ = _row_of(library, lambda s: s.id != summary.id)
    library.open_credential(other.id)
    _wait_loaded(qtbot, detail, other.id)
    assert detail.notes.toPlainText() == ""
    library.open_credential(summary.id)
    _wait_loaded(qtbot, detail, summary.id)
    assert detail.notes.toPlainText() == "Ask Dr. Lee for a reference."


def test_unsaved_notes_are_saved_when_leaving(qtbot, demo_window) -> None:
    summary, detail = _notes_of_a_micro_credential(qtbot, demo_window)
    qtbot.keyClicks(detail.notes, "Draft")
    with qtbot.waitSignal(detail.notes_saved, timeout=WAIT):
        qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    assert demo_window.session.wallet.curation(summary.id).notes == "Draft"


def test_the_journey_and_sd_jwt_credentials_open_the_detail(qtbot, demo_window) -> None:
    library = demo_window.library
    summary, _ = _row_of(library, lambda s: s.format == "sd-jwt-vc")
    demo_window.show_view("journey")
    demo_window.journey.credential_activated.emit(summary.id)
    assert demo_window.current_view == "library" and library.showing_detail()
    detail = library.detail
    _wait_loaded(qtbot, detail, summary.id)
    text = detail.content.toPlainText().replace("\ufffc", "")  # the art (an image) comes first
    assert text.strip().startswith(summary.title)
    assert "SD-JWT credential" in text
    assert detail.raw.toPlainText().startswith("eyJ")  # the SD-JWT as received
    # Ctrl+E from the detail shares that credential
    demo_window.share_selection()
    assert demo_window.current_view == "share"


def test_the_detail_controls_have_accessible_names(qtbot, demo_window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTabWidget, QTextBrowser

    library = demo_window.library
    summary, _ = _row_of(library, _micro)
    library.open_credential(summary.id)
    _wait_loaded(qtbot, library.detail, summary.id)
    for cls in (QAbstractButton, QPlainTextEdit, QTextBrowser, QTabWidget, QLineEdit):
        for w in library.detail.findChildren(cls):
            if w.isVisibleTo(library.detail) and not w.objectName().startswith("qt_"):
                assert w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()), w
