"""The share wizard on the demo wallet: a two-credential selection with a derived disclosure ends in
each output (presentation file, share package, QR), and each output verifies with the reference
JavaScript stack. Also: locked mandatory fields, whole-only credentials, QR too large, history."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from support import run_interop

CHALLENGE, DOMAIN = "hire-2026-0415-abc", "careers.lakeshoreanalytics.example.com"
SKILL = "/credentialSubject/achievement/alignment/0/targetName"






@pytest.fixture
def demo_window(demo_copy_window: Any) -> Any:
    """The main window on a private copy of the demo wallet (tests/ui/conftest.py)."""
    return demo_copy_window


def _ids(window: Any) -> dict[str, str]:
    return {c.display_title + "|" + c.format: c.id for c in window.session.wallet.credentials()}


def _start(qtbot: Any, share: Any, ids: list[str]) -> None:
    share.start(ids)
    qtbot.waitUntil(lambda: share.step == 1 and len(share.choices) == len(ids), timeout=30_000)


def test_two_credentials_with_a_derived_disclosure_end_in_every_output(
        qtbot: Any, demo_window: Any, tmp_path: Path, interop_cli: Path) -> None:
    ids = _ids(demo_window)
    a = ids["Service-Learning: Community Health Outreach|ldp-vc"]
    b = ids["Career Readiness Workshop Series|ldp-vc"]
    share = demo_window.share
    demo_window.show_view("share")
    _start(qtbot, share, [a, b])

    # the tree: mandatory fields ticked and locked with the reason, selectable ones free
    name = share.fields.leaf(a, "/credentialSubject/achievement/name")
    assert name.checkState(0) == Qt.CheckState.Checked
    assert not name.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "issuer requires" in name.toolTip(0)
    skill = share.fields.leaf(a, SKILL)
    assert skill.flags() & Qt.ItemFlag.ItemIsUserCheckable

    # reveal one skill of a and nothing optional of b; the preview is read back from a derived presentation
    raw_a = demo_window.session.wallet.credential(a).raw
    description = raw_a["credentialSubject"]["achievement"]["description"]
    skill_value = raw_a["credentialSubject"]["achievement"]["alignment"][0]["targetName"]
    with qtbot.waitSignal(share.preview_updated, timeout=30_000):
        share.fields.set_revealed(a, [SKILL])
        share.fields.set_revealed(b, [])
    text = share.fields.preview_text()
    assert skill_value in text and description[:30] not in text
    assert "Career Readiness Workshop Series" in text
    shown_b = next(s for s in share.fields.shown if s.title == "Career Readiness Workshop Series")
    assert not any("alignment" in p for p, _ in shown_b.fields)
    previewed = sum(len(s.presented) for s in share.fields.shown)
    assert f"{previewed} fields, read back" in share.fields.preview_state.text()

    # options: the employer's request code, pasted
    share.next()
    share.options.request_code.setText(f"LWREQ1:{CHALLENGE}:{DOMAIN}")
    assert (share.options.challenge.text(), share.options.domain.text()) == (CHALLENGE, DOMAIN)
    share.next()
    assert share.step == 3

    # 1. presentation file
    vp = tmp_path / "presentation.json"
    with qtbot.waitSignal(share.shared, timeout=60_000) as got:
        share.export_file(str(vp))
    assert got.args[0]["form"] == "vp-file" and got.args[0]["for"] == DOMAIN
    res = run_interop(interop_cli, "verify-presentation", "--in", str(vp), "--challenge", CHALLENGE,
                      "--domain", DOMAIN)
    assert res["verified"] is True, res
    doc = json.loads(vp.read_text())
    assert description not in json.dumps(doc)

    # 2. share package (.lwpkg): the presentation inside verifies too
    pkg = tmp_path / "application.lwpkg"
    with qtbot.waitSignal(share.shared, timeout=60_000):
        share.export_package(str(pkg))
    with zipfile.ZipFile(pkg) as zf:
        assert {"presentation.json", "summary.pdf", "manifest.json"} <= set(zf.namelist())
        (tmp_path / "from-package.json").write_bytes(zf.read("presentation.json"))
    res = run_interop(interop_cli, "verify-presentation", "--in", str(tmp_path / "from-package.json"),
                      "--challenge", CHALLENGE, "--domain", DOMAIN)
    assert res["verified"] is True, res

    # 3. QR: shown large with its size and readability, DEMO mark; the saved PNG decodes and verifies
    share.output.set_form("qr")
    with qtbot.waitSignal(share.qr_shown, timeout=60_000):
        share.make_output("qr")
    panel = share.output.qr
    assert share.output.result.currentWidget() is panel
    assert panel.info.version <= 40 and f"QR version {panel.info.version}" in panel.info_label.text()
    assert "error correction" in panel.info_label.text()
    assert ("on screen only" in panel.info_label.text()) is (panel.info.version > 25), panel.info_label.text()
    assert panel.view.demo is True
    png = tmp_path / "qr.png"
    with qtbot.waitSignal(share.shared, timeout=60_000) as saved:
        panel.save_png(str(png))
    assert saved.args[0]["form"] == "qr-png"
    from wallet.share.qr import decode_presentation_text, read_qr_image

    [text] = read_qr_image(png.read_bytes())  # LW1: when smaller than VP1- (which the reference decodes)
    if text.startswith("VP1-"):
        run_interop(interop_cli, "vpqr-decode", "--png", str(png), "--out", str(tmp_path / "from-qr.json"))
    else:
        (tmp_path / "from-qr.json").write_text(json.dumps(decode_presentation_text(text)), encoding="utf-8")
    res = run_interop(interop_cli, "verify-presentation", "--in", str(tmp_path / "from-qr.json"),
                      "--challenge", CHALLENGE, "--domain", DOMAIN)
    assert res["verified"] is True, res
    presentation = panel.present()
    assert presentation is not None and presentation.isFullScreen()
    presentation.close()

    # the history: every export, with which fields and for whom
    history = share.history
    qtbot.waitUntil(lambda: history.table.rowCount() == 4, timeout=30_000)
    # the history counts the fields the employer saw as the preview did
    assert {history.table.item(r, 2).text() for r in range(4)} == {f"{previewed} fields shown"}
    assert sorted(e["form"] for e in history.entries) == ["package", "qr", "qr-png", "vp-file"]
    assert all(e["for"] == DOMAIN and SKILL in e["fields"][a] for e in history.entries)
    out = tmp_path / "history.json"
    history.export_to(str(out))
    qtbot.waitUntil(out.exists, timeout=30_000)
    assert len(json.loads(out.read_text())["shares"]) == 4
    history.clear()
    qtbot.waitUntil(lambda: history.table.rowCount() == 0, timeout=30_000)


def test_whole_credentials_are_locked_and_a_too_large_qr_offers_the_file(qtbot: Any, demo_window: Any) -> None:
    ids = _ids(demo_window)
    whole = ids["Comprehensive Learner Record — Amara Okafor|ldp-vc"]  # too large for any QR code
    sd = ids["Career Readiness Workshop Series|ldp-vc"]
    share = demo_window.share
    _start(qtbot, share, [whole, sd])
    tree = share.fields.tree
    top = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0).startswith("Comprehensive Learner Record"))
    assert top.childCount() == 1
    leaf = top.child(0)
    assert leaf.text(0) == "The whole credential, every field"
    assert leaf.checkState(0) == Qt.CheckState.Checked and not leaf.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "signed the credential as a whole" in leaf.toolTip(0)
    assert share.fields.reveal()[whole] == []
    qtbot.waitUntil(lambda: bool(share.fields.shown), timeout=30_000)
    share.next()
    share.next()
    before = len(share.history.entries)
    share.output.set_form("qr")
    share.make_output("qr")
    qtbot.waitUntil(lambda: share.output.result.currentWidget() is share.output.too_large, timeout=60_000)
    assert "too large for a QR code" in share.output.too_large_text.text()
    assert share.output.as_file_button.isVisibleTo(share) and share.output.as_package_button.isVisibleTo(share)
    qtbot.waitUntil(lambda: demo_window.session.runner.pending() == 0, timeout=30_000)
    assert len(demo_window.session.wallet.share_history()) == before  # nothing exported, nothing recorded


def test_ctrl_e_shares_the_library_selection(qtbot: Any, demo_window: Any) -> None:
    library = demo_window.library
    qtbot.waitUntil(lambda: library.model.rowCount() > 0, timeout=30_000)
    demo_window.show_view("library")
    library.list.selectAll()
    n = len(library.selected_ids())
    demo_window.share_action.trigger()
    share = demo_window.share
    assert demo_window.pages.currentWidget() is share
    qtbot.waitUntil(lambda: share.step == 1, timeout=60_000)
    assert len(share.choices) == n


def test_request_codes() -> None:
    from ui.share.request_code import parse_request_code, request_code_text
    from wallet.errors import InputError

    assert parse_request_code(request_code_text("abc_DEF-123", "hr.example.com:8443")) == ("abc_DEF-123",
                                                                                            "hr.example.com:8443")
    for bad in ("VP1-ABC", "LWREQ1:", "LWREQ1:no"):
        with pytest.raises(InputError):
            parse_request_code(bad)


def test_the_skill_journey_as_a_page_of_the_package(qtbot: Any, demo_window: Any, tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    ids = _ids(demo_window)
    share = demo_window.share
    demo_window.show_view("share")
    _start(qtbot, share, [ids["Service-Learning: Community Health Outreach|ldp-vc"]])
    share.next()
    share.next()
    share.output.set_form("package")
    assert share.output.journey_box.isEnabled()
    share.output.journey_box.setChecked(True)
    pkg = tmp_path / "with-journey.lwpkg"
    with qtbot.waitSignal(share.shared, timeout=90_000):
        share.export_package(str(pkg))
    with zipfile.ZipFile(pkg) as zf:
        assert zf.read("journey.png").startswith(b"\x89PNG")
        pages = PdfReader(io.BytesIO(zf.read("summary.pdf"))).pages
    last = pages[-1].extract_text()
    assert "Skill journey" in last and "DEMO" in last and "not signed" in last
    from wallet.verifier.engine import verify_bytes

    assert verify_bytes(pkg.read_bytes(), pkg.name)[0].kind == "presentation"
