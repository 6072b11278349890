"""Verification reports for the hiring file: what they say, and that they show only what was presented."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from wallet.demo import issuer as demo
from wallet.verifier.engine import verify_bytes
from wallet.verifier.export import (
    failed_record,
    overall_verdict,
    report_json,
    report_pdf,
    shown_credentials,
    verification_record,
)

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_wallet(keychain: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from support import forget_wallet

    home = tmp_path_factory.mktemp("report") / "demo"
    w = demo.build_demo_wallet(home)
    try:
        yield w
    finally:
        w.close()
        forget_wallet(home)


def _verify(w: Any, data: bytes, name: str, challenge: str | None = demo.SAMPLE_CHALLENGE,
            domain: str | None = demo.SAMPLE_DOMAIN) -> Any:
    reports = verify_bytes(data, name, resolver=w.resolver(), now=NOW, challenge=challenge, domain=domain,
                           status_lists=w.status_lists(), trust=w.trust_sources())
    return verification_record(data, name, reports, challenge=challenge, domain=domain, now=NOW,
                               trust_list_used=True)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def _minimal(w: Any) -> tuple[bytes, dict[str, Any]]:
    data = (w.home / "samples" / "minimal-disclosure-presentation.json").read_bytes()
    cid = next(c.id for c in w.credentials() if c.title.startswith("Service-Learning: Community Health"))
    return data, w.credential(cid).raw


def test_verified_presentation_report_in_json_and_pdf(demo_wallet: Any) -> None:
    data = (demo_wallet.home / "samples" / "application-presentation.json").read_bytes()
    record = _verify(demo_wallet, data, "application-presentation.json")
    assert record.verdict == "verified", [r.to_json() for r in record.reports]
    assert {s.title for s in record.shown} == {
        "Data Analytics Internship", "Undergraduate Research Assistant — Rural Health Access Study",
        "Teamwork (Career Readiness Competency)"}
    doc = json.loads(report_json(record))
    assert doc["verdict"] == "verified" and doc["request"] == {"challenge": demo.SAMPLE_CHALLENGE,
                                                               "domain": demo.SAMPLE_DOMAIN}
    names = {c["name"] for c in doc["reports"][0]["checks"]}
    assert {"holder-proof", "challenge", "domain", "holder-binding"} <= names
    assert all(c["verdict"] == "verified" for c in doc["reports"][0]["credentials"])
    text = _pdf_text(report_pdf(record))
    assert "Verified" in text and "Not verified" not in text
    assert "Answers your request code" in text and "Issuer recognised" in text
    assert "issued by North Prairie University — Career Connect (recognised by Learner Wallet demo issuers" in text
    assert "Data Analytics Internship" in text


def test_only_disclosed_fields_reach_the_report(demo_wallet: Any) -> None:
    data, original = _minimal(demo_wallet)
    record = _verify(demo_wallet, data, "minimal.json")
    assert record.reports[0].verified
    [shown] = record.shown
    paths = dict(shown.fields)
    assert paths["credentialSubject.achievement.alignment[0].targetName"] == \
        original["credentialSubject"]["achievement"]["alignment"][0]["targetName"]
    hidden = original["credentialSubject"]["achievement"]["description"]
    assert "credentialSubject.achievement.description" not in paths
    assert hidden not in report_json(record).decode()
    assert hidden[:40] not in _pdf_text(report_pdf(record))


def test_tampered_and_wrong_request_are_reported_as_such(demo_wallet: Any) -> None:
    data, _ = _minimal(demo_wallet)
    vp = json.loads(data)
    vp["verifiableCredential"][0]["credentialSubject"]["achievement"]["alignment"][0]["targetName"] = "Astrophysics"
    tampered = _verify(demo_wallet, json.dumps(vp).encode(), "tampered.json")
    assert tampered.verdict == "not-verified"
    failed = [c for c in tampered.reports[0].credentials[0].checks if c.status == "failed"]
    assert [c.name for c in failed] == ["proof"]
    assert "Not verified" in _pdf_text(report_pdf(tampered))

    other = _verify(demo_wallet, data, "minimal.json", challenge="another-request")
    assert other.verdict == "not-verified"
    [challenge] = [c for c in other.reports[0].checks if c.name == "challenge"]
    assert challenge.status == "failed"
    pdf = _pdf_text(report_pdf(other))
    assert "Failed — Answers your request code" in pdf


def test_sd_jwt_shows_nested_disclosures_as_values(demo_wallet: Any) -> None:
    from wallet.share.presentation import build_presentation

    cid = next(c.id for c in demo_wallet.credentials()
               if c.format == "sd-jwt-vc" and c.title.startswith("Teamwork"))
    p = build_presentation(demo_wallet, [cid], reveal={cid: ["/achievement/alignment/0"]}, challenge="c1",
                           domain="d.example")
    [shown] = shown_credentials(p.to_bytes(), "teamwork.sdjwt")
    keys = dict(shown.fields)
    assert any(k.startswith("achievement.alignment[0].targetName") for k in keys), keys
    assert not any("..." in k or "_sd" in k or k.startswith("cnf") for k in keys), keys
    assert "evidence" not in " ".join(keys)  # not chosen, not shown


def test_issuer_images_only_from_data_uris(tmp_path: Path) -> None:
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
           "issuer": {"id": "did:example:1", "name": "Example U", "image": "https://example.org/logo.png"},
           "credentialSubject": {"id": "did:example:2"}}
    [remote] = shown_credentials(json.dumps(doc).encode(), "a.json")
    assert remote.issuer_image is None and remote.issuer_name == "Example U"
    doc["issuer"]["image"] = "data:image/png;base64,iVBORw0KGgo="
    [inline] = shown_credentials(json.dumps(doc).encode(), "a.json")
    assert inline.issuer_image == "data:image/png;base64,iVBORw0KGgo="


def test_failed_input_and_overall_verdict() -> None:
    rec = failed_record("x.bin", {"code": "not-json", "message": "the input is not JSON"}, now=NOW)
    assert rec.verdict == "not-verified"
    assert "the input is not JSON" in _pdf_text(report_pdf(rec))
    assert json.loads(report_json(rec))["error"]["code"] == "not-json"
    assert overall_verdict([]) == "not-verified"


def test_demo_reports_say_so() -> None:
    import dataclasses
    import io
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from wallet.verifier.export import failed_record, report_json, report_pdf

    record = dataclasses.replace(failed_record("x.json", {"code": "not-json", "message": "not JSON"},
                                               now=datetime(2026, 1, 1, tzinfo=UTC)), demo=True)
    assert b'"demo": true' in report_json(record)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(report_pdf(record))).pages)
    assert "DEMO" in text
