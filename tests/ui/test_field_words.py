"""One field presenter everywhere a credential's content reaches a person: the detail view, the share
wizard's tree and "What the employer will see", the verifier, the share page and both PDF reports show
labels and human values — never a JSON path — and the interface, the share page and the catalogue say
the same labels in Spanish."""

from __future__ import annotations

import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from wallet.credentials.presenter import (
    LABELS,
    humanize_paths,
    label_for,
    present_fields,
    present_value,
    short_did,
    skill_text,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
CHALLENGE = "field-words-test"
DOMAIN = "http://testserver"
# what a JSON path looks like to a person: a dotted or slashed member path, an array index
PATH = re.compile(r"credentialSubject\.|/credentialSubject/|credentialSubject\b|\w\[\d+\]|achievement\.alignment")


def _no_paths(where: str, text: str) -> None:
    found = PATH.search(text)
    assert found is None, f"{where} shows a JSON path: …{text[max(0, found.start() - 60):found.end() + 60]}…"


@pytest.fixture(scope="module")
def demo() -> Any:
    from wallet.demo.issuer import build_demo_documents

    return build_demo_documents()


@pytest.fixture(scope="module")
def presentation(demo: Any) -> bytes:
    """A presentation signed now by the demo learner: a whole Open Badge (every field) and a selective
    disclosure (achievement name, one whole skill, the description), for this test's request code."""
    from wallet.demo.issuer import holder_signer
    from wallet.proofs import sd_derive, sign

    derived = sd_derive(demo.credentials["sl-community-health-outreach"], [
        "/credentialSubject/achievement/name", "/credentialSubject/achievement/description",
        "/credentialSubject/achievement/alignment/0"])
    holder = holder_signer()
    vp = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
          "holder": holder.did, "verifiableCredential": [demo.credentials["competency-teamwork"], derived]}
    return json.dumps(sign(vp, holder, cryptosuite="eddsa-rdfc-2022", purpose="authentication",
                           challenge=CHALLENGE, domain=DOMAIN)).encode()


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_the_presenter_says_fields_in_words() -> None:
    assert label_for("/credentialSubject/achievement/alignment/0/targetName") == ("skill", "Skill")
    assert label_for("credentialSubject.result[0].achievedLevel") == ("result-level", "Level achieved")
    assert label_for("credentialSubject.achievement.resultDescription[0].rubricCriterionLevel[1].points")[1] == \
        "Rubric level: points"
    assert skill_text({"targetName": "Teamwork", "targetFramework": "NACE Career Readiness Competencies"}) == \
        ("Teamwork · NACE", "Teamwork · NACE Career Readiness Competencies")
    did = "did:key:z6Mkosxay1QtssjTHcaD8iK4tSKfKPfCV5eBXULCjxDmF2QT"
    assert short_did(did) == "did:key:z6Mkos…F2QT"
    fields = {f.key: f for f in present_fields({"validFrom": "2026-05-15T00:00:00Z",
                                                "credentialSubject": {"id": did}}, "es")}
    assert fields["valid-from"].value == "15 de mayo de 2026" and fields["holder"].full == did
    assert humanize_paths("credentialSubject.achievement.alignment has no targetUrl") == \
        "the skill has no skill reference"
    # a list of plain values is said as words, not JSON (the share wizard's "Your value" column)
    assert present_value("/credentialSubject/achievement/type", ["Achievement"])[0] == "Achievement"
    assert present_value("/type", ["VerifiableCredential", "OpenBadgeCredential"])[0] == \
        "VerifiableCredential, OpenBadgeCredential"


def test_no_json_path_reaches_a_person(qtbot: Any, demo: Any, presentation: bytes, tmp_path: Path) -> None:
    from PySide6.QtGui import QTextDocument

    from ui.detail.checks import ReportRenderer
    from ui.detail.render import CredentialRenderer
    from ui.share.fields import FieldsPage
    from ui.share.jobs import LoadChoices
    from ui.verify.report_view import ReportView
    from wallet.credentials.model import credential_model
    from wallet.share.presentation import Presentation, disclosure_options
    from wallet.share.summary_pdf import summary_pdf
    from wallet.verifier.engine import verify_bytes
    from wallet.verifier.export import report_pdf, shown_credentials, verification_record

    # the detail view: what a credential says, and its checks
    for key in ("competency-teamwork", "sl-community-health-outreach", "clr"):
        doc = demo.credentials[key]
        html = CredentialRenderer().html(credential_model(doc))
        text = QTextDocument()
        text.setHtml(html)
        _no_paths(f"the detail of {key}", text.toPlainText())
        assert "Teamwork · NACE" in text.toPlainText() or key != "competency-teamwork"
        reports = verify_bytes(json.dumps(doc).encode(), "c.json", now=NOW)
        text.setHtml(ReportRenderer().html(reports[0]))
        _no_paths(f"the checks of {key}", text.toPlainText())

    # the share wizard: the tree of fields to reveal (with their tooltips) and the preview
    page = FieldsPage()
    qtbot.addWidget(page)
    sd = demo.credentials["sl-community-health-outreach"]
    stored = SimpleNamespace(raw=sd, format="ldp-vc", summary=SimpleNamespace(display_title="Outreach"))
    assert disclosure_options(sd, "ldp-vc").mode == "ecdsa-sd"
    fake = SimpleNamespace(credential=lambda cid: stored)  # only the stored credential is read
    page.set_choices(LoadChoices(["c1"])(fake, None))  # type: ignore[arg-type]
    tree_text = []
    for item in page._leaves(page._tops()[0]):
        while item is not None:
            tree_text += [item.text(0), item.text(1), item.toolTip(0), item.toolTip(1)]
            item = item.parent()
    _no_paths("the share wizard's field tree", "\n".join(tree_text))
    assert "Skill: Teamwork" in tree_text
    page.show_preview(shown_credentials(presentation, "vp.json", now=NOW))
    preview = page.preview_text()
    _no_paths("What the employer will see", preview)
    assert "Skill" in preview and "Teamwork · NACE" in preview
    assert re.search(r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                     r"December) 20\d\d\b", preview)  # dates in words

    # the verifier's report: checks and the disclosed fields
    reports = verify_bytes(presentation, "vp.json", now=NOW, challenge=CHALLENGE, domain=DOMAIN)
    record = verification_record(presentation, "vp.json", reports, challenge=CHALLENGE, domain=DOMAIN, now=NOW)
    view = ReportView()
    qtbot.addWidget(view)
    view.show_record(record)
    _no_paths("the verifier", view.toPlainText())
    assert "What the candidate chose to show" in view.toPlainText() and "Teamwork · NACE" in view.toPlainText()

    # the PDF reports: the share package's summary and the verifier's report
    vp_doc = json.loads(presentation)
    pdf = _pdf_text(summary_pdf(Presentation("vp", document=vp_doc, holder=vp_doc["holder"], challenge=CHALLENGE,
                                             domain=DOMAIN), qr_text=None, demo=True, now=NOW))
    _no_paths("the share package's summary.pdf", pdf)
    assert "Skill: Teamwork · NACE" in pdf
    pdf = _pdf_text(report_pdf(record))
    _no_paths("the verification report PDF", pdf)
    assert "Skill: Teamwork · NACE" in pdf

    # the share page, as an employer's phone shows it
    sys.path.insert(0, str(ROOT / "tests" / "share_service"))
    from share_support import make_service  # type: ignore[import-not-found]

    from wallet.demo.issuer import holder_signer
    from wallet.proofs import sign

    trust = tmp_path / "trust.json"
    trust.write_text(demo.trust_list.dumps())
    with make_service(tmp_path, str(trust)) as svc:
        def vp_for(link_id: str) -> bytes:
            doc = json.loads(presentation)
            doc.pop("proof")
            return json.dumps(sign(doc, holder_signer(), cryptosuite="eddsa-rdfc-2022", purpose="authentication",
                                   challenge=link_id, domain=DOMAIN)).encode()

        up = svc.upload(vp_for)
        assert up.status_code == 201, up.text
        html = svc.client.get(f"/v/{up.json()['id']}").text
        for lang in ("en", "es"):
            body = svc.client.get(f"/v/{up.json()['id']}?lang={lang}").text
            shown = re.sub(r"<[^>]+>", " ", body)  # what the page says, not its markup
            _no_paths(f"the share page ({lang})", shown)
        assert "Teamwork · NACE" in html


def test_labels_agree_in_the_interface_the_share_page_and_the_catalogue() -> None:
    from share_service.words import FIELD_LABELS_ES
    from ui.widgets.field_words import FIELD_LABELS

    assert FIELD_LABELS == LABELS  # the catalogue's sources are the core's labels, key for key
    assert set(FIELD_LABELS_ES) == set(LABELS)
    catalogue = ET.parse(ROOT / "resources" / "translations" / "learner_wallet_es.ts")
    said = {m.findtext("source"): m.findtext("translation")
            for c in catalogue.iter("context") if c.findtext("name") == "FieldLabel" for m in c.iter("message")}
    for key, english in LABELS.items():
        assert said.get(english) == FIELD_LABELS_ES[key], (key, english, said.get(english))


def test_the_interface_says_fields_in_spanish(qapp: Any) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translator
    from ui.widgets.field_words import field_label, field_value, interface_language

    f = {x.key: x for x in present_fields({"validFrom": "2026-05-15T00:00:00Z", "credentialSubject": {
        "achievement": {"alignment": [{"targetName": "Teamwork", "targetFramework": "NACE Career Readiness"}]}}})}
    assert interface_language() == "en" and field_label(f["valid-from"]) == "Valid from"
    app = QApplication.instance()
    loaded = install_translator(app, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        assert interface_language() == "es"
        assert field_label(f["valid-from"]) == "Válida desde" and field_label(f["skill"]) == "Competencia"
        assert field_value(f["valid-from"]) == "15 de mayo de 2026"
    finally:
        for t in loaded:
            app.removeTranslator(t)
