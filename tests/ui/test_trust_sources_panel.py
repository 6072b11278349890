"""Trust sources in the desktop: Settings lists the bundled registries (dated), added trust lists (publisher,
expiry) and the issuers trusted explicitly; a trust list file is added through the core (a tampered or
expired one is refused with the core's sentence and nothing changes) and stored on Save; the employer's
verifier without a wallet keeps its own list (``verifier-trust.json``) and its heading names the list that
recognised the issuer."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import MemSigner

from wallet.proofs import sign
from wallet.trust.signed import sign_trust_list

LIST_NAME = "Career Office — recognised issuers"


@pytest.fixture(autouse=True)
def _own_verifier_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEARNER_WALLET_VERIFIER_HOME", str(tmp_path / "verifier"))


def _signed_list(publisher: MemSigner, issuer_did: str, until: str = "2099-01-01T00:00:00Z") -> dict[str, Any]:
    return sign_trust_list({"name": LIST_NAME, "validUntil": until,
                            "issuers": [{"id": issuer_did, "name": "Northfield State University"}]}, publisher)


def _files(tmp_path: Path, issuer_did: str) -> dict[str, Path]:
    """A good list, a tampered copy (an issuer added after signing) and an expired one, made now."""
    office = MemSigner.new("ed25519")
    good = _signed_list(office, issuer_did)
    tampered = copy.deepcopy(good)
    tampered["issuers"].append({"id": MemSigner.new("ed25519").did, "name": "Fake University"})
    expired = _signed_list(office, issuer_did, until="2020-01-01T00:00:00Z")
    out = {}
    for name, doc in (("good", good), ("tampered", tampered), ("expired", expired)):
        out[name] = tmp_path / f"{name}.json"
        out[name].write_text(json.dumps(doc))
    out["publisher"] = Path(office.did)
    return out


def _refused(qtbot: Any, parent: Any) -> str:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "problem-box") is not None, timeout=30_000)
    box = parent.findChild(QMessageBox, "problem-box")
    text = box.text()
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "problem-box") is None, timeout=5_000)
    return text


def _kinds(panel: Any, kind: str) -> list[tuple[str, str]]:
    return [(name, detail) for k, name, detail in panel.rows() if k == kind]


def test_settings_trust_sources_add_refuse_remove_and_save(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    window, session = open_window, open_window.session
    issuer = MemSigner.new("ed25519")
    files = _files(tmp_path, issuer.did)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    panel = dialog.sources
    qtbot.waitUntil(lambda: panel.add_button.isEnabled() and dialog.save_button.isEnabled(), timeout=30_000)
    dialog.tabs.setCurrentWidget(panel)
    assert panel.add_button.accessibleName() == "Add a trust list or registry file"
    registries = dict(_kinds(panel, "registry"))
    assert "snapshot of 2026-12-02" in registries["DCC Community Registry"]
    assert registries["DCC Sandbox Registry (testing only)"].startswith("Off, not used")
    assert _kinds(panel, "file") == []

    # a tampered list and an expired one are refused with the core's reason; nothing changes
    for bad, said in (("tampered", "does not verify"), ("expired", "expired on 2020-01-01")):
        panel.add_file(str(files[bad]))
        assert said in _refused(qtbot, panel)
        assert _kinds(panel, "file") == []

    panel.add_file(str(files["good"]))
    qtbot.waitUntil(lambda: bool(_kinds(panel, "file")), timeout=30_000)
    [(name, detail)] = _kinds(panel, "file")
    assert name == LIST_NAME and str(files["publisher"]) in detail and "2099-01-01" in detail

    # switching a bundled registry off and the issuers trusted in the other tab
    assert panel.select("dcc-issuer")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dict(_kinds(panel, "registry"))["DCC Issuer Registry"].startswith("Off"), timeout=30_000)
    assert panel.enable_button.isEnabled() and not panel.remove_button.isEnabled()
    dialog.set_trust(dialog.trust.add("did:web:lakeshore.example.edu", "Lakeshore College"))
    assert _kinds(panel, "issuer")[0][0] == "Lakeshore College"
    assert panel.select("did:web:lakeshore.example.edu")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert _kinds(panel, "issuer") == [] and len(dialog.trust) == 0

    # nothing is stored before Save
    assert session.wallet.trust_config().files == ()
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    config = session.wallet.trust_config()
    assert [f.name for f in config.files] == [LIST_NAME] and config.bundled == {"dcc-issuer": False}
    found = session.wallet.trust_sources().lookup(issuer.did)
    assert found is not None and (found.source, found.listing.name) == (LIST_NAME, "Northfield State University")


def test_verifier_without_a_wallet_keeps_its_own_trust_list(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from wallet.trust.config import verifier_trust_path

    window.start("verify")
    kiosk = window.verify
    assert kiosk.trust_button.isVisible() and kiosk.trust_button.accessibleName()
    issuer = MemSigner.new("ed25519")
    files = _files(tmp_path, issuer.did)
    cred = tmp_path / "cred.json"
    cred.write_text(json.dumps(sign({
        "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
        "issuer": {"id": issuer.did, "name": "Massachusetts Institute of Technology"},
        "validFrom": "2025-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:learner"}}, issuer)))

    def verify() -> Any:
        with qtbot.waitSignal(kiosk.verification_finished, timeout=60_000) as done:
            kiosk.verify_path(cred)
        return done.args[0]

    assert verify().verdict == "authentic-unrecognised"

    qtbot.mouseClick(kiosk.trust_button, Qt.MouseButton.LeftButton)
    panel = kiosk.trust_dialog.panel
    qtbot.waitUntil(panel.add_button.isEnabled, timeout=30_000)
    panel.add_file(str(files["tampered"]))
    assert "does not verify" in _refused(qtbot, panel)
    assert not verifier_trust_path().exists()
    panel.add_file(str(files["good"]))
    qtbot.waitUntil(lambda: bool(_kinds(panel, "file")), timeout=30_000)
    stored = json.loads(verifier_trust_path().read_text())
    assert [f["name"] for f in stored["files"]] == [LIST_NAME]

    record = verify()
    assert record.verdict == "verified"
    heading = kiosk.verdict.text()
    assert f"recognised by {LIST_NAME}" in heading and "Northfield State University" in heading
    assert "calls itself “Massachusetts Institute of Technology”" in heading

    assert panel.select(LIST_NAME)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _kinds(panel, "file") == [], timeout=30_000)
    assert json.loads(verifier_trust_path().read_text())["files"] == []
    assert verify().verdict == "authentic-unrecognised"
    kiosk.trust_dialog.reject()
