"""The badge's verdict words beyond the library: journey tooltips say the credential's verdict (and give an
unrecognised issuer's name only as what it calls itself), and the share history records the verdict of
each credential shared (from its stored report) and shows it in the badge's words, in English and Spanish."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from support import MemSigner

from ui.i18n import install_translator
from ui.verify.check_words import verdict_words
from wallet.journey.compute import Journey, JourneyNode
from wallet.proofs import sign


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    app = QApplication.instance()
    loaded = install_translator(app, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert loaded
    yield
    for t in loaded:
        app.removeTranslator(t)


def _node(state: str | None) -> JourneyNode:
    return JourneyNode(id="n1", credential_id="c1", title="Data Literacy Badge", issuer="Massachusetts Institute "
                       "of Technology", experience="other", skills=(), state=state)


def test_journey_tooltips_use_the_badge_words(qapp: Any) -> None:
    from ui.journey.view import describe_node

    journey = Journey((), (), (), (), ())
    unrecognised = describe_node(journey, _node("authentic-unrecognised"))
    assert "Authentic, issuer not recognised" in unrecognised
    assert "calls itself “Massachusetts Institute of Technology”" in unrecognised
    assert "Issued by Massachusetts" not in unrecognised
    verified = describe_node(journey, _node("verified"), html=True)
    assert "Verified" in verified and "Issued by Massachusetts Institute of Technology" in verified
    assert "DEMO issuer — fictional" in describe_node(journey, _node("demo-issuer"))
    assert "Revoked" in describe_node(journey, _node("revoked"))


def test_journey_tooltips_in_spanish(spanish: None) -> None:
    from ui.journey.view import describe_node

    text = describe_node(Journey((), (), (), (), ()), _node("authentic-unrecognised"))
    words = verdict_words("authentic-unrecognised")
    assert words != "Authentic, issuer not recognised" and words in text
    assert "Authentic" not in text and "calls itself" not in text


def _credential(issuer: MemSigner, subject: str, name: str) -> bytes:
    return json.dumps(sign({
        "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
        "issuer": {"id": issuer.did, "name": name}, "name": name + " certificate",
        "validFrom": "2025-01-01T00:00:00Z", "credentialSubject": {"id": subject}}, issuer)).encode()


def test_share_history_records_and_shows_each_verdict(qtbot: Any, runner: Any, wallet: Any, tmp_path: Path) -> None:
    from ui.session import Session
    from ui.share.history import HistoryPage
    from wallet.share.export import ShareRequest, export_share

    known, stranger = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    wallet.set_trust_config(wallet.trust_config().trust_issuer(known.did, "Northfield State University"))
    me = wallet.default_did()
    a = wallet.import_bytes(_credential(known, me, "Northfield State University"), "a.json").added[0]["id"]
    b = wallet.import_bytes(_credential(stranger, me, "Massachusetts Institute of Technology"), "b.json").added[0]["id"]
    result, _change = export_share(wallet, ShareRequest((a, b), holder=me), "vp", tmp_path / "vp.json")
    shared = {c["id"]: c for c in result.entry["credentials"]}
    assert (shared[a]["state"], shared[a]["verdict"], shared[a]["recognisedBy"]) == (
        "verified", "verified", "your trusted issuers")
    assert (shared[b]["state"], shared[b]["verdict"]) == ("authentic-unrecognised", "authentic-unrecognised")
    assert "recognisedBy" not in shared[b]
    [stored] = wallet.share_history()
    assert [c["verdict"] for c in stored["credentials"]] == ["verified", "authentic-unrecognised"]

    page = HistoryPage(Session(tmp_path / "no-wallet", runner))
    qtbot.addWidget(page)
    page._show([stored])
    cell = page.table.item(0, 1).text()
    assert "Northfield State University certificate (Verified)" in cell
    assert "Massachusetts Institute of Technology certificate (Authentic, issuer not recognised)" in cell
    page._show([{**stored, "credentials": [{"id": "old", "title": "Shared before verdicts"}]}])
    assert page.table.item(0, 1).text() == "Shared before verdicts"  # older entries: no verdict invented


def test_trust_sources_panel_in_spanish(qtbot: Any, spanish: None, tmp_path: Path, monkeypatch: Any) -> None:
    from ui.settings.trust_sources import TrustSourcesPanel

    monkeypatch.setenv("LEARNER_WALLET_VERIFIER_HOME", str(tmp_path / "verifier"))
    panel = TrustSourcesPanel(None)
    qtbot.addWidget(panel)
    panel.load()
    qtbot.waitUntil(panel.add_button.isEnabled, timeout=30_000)
    assert panel.add_button.text() == "Añadir una lista de confianza o un archivo de registro…"
    assert panel.remove_button.accessibleName() == "Quitar la fuente de confianza seleccionada"
    details = [d for k, _n, d in panel.rows() if k == "registry"]
    assert details and all(" emisores, copia del 2026-12-02" in d for d in details)
