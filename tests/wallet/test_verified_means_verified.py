"""Issue 14, "Verified must mean verified": each way the green word could be manufactured, as a regression
test. Every credential is made at test time — by the reference JavaScript stack (tests/interop) where it can
sign the form, else by the project's own signing code — and each would pass if its property were broken."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import MemSigner, run_interop

from wallet.cli import main
from wallet.proofs import sign
from wallet.proofs.jose import sign_jws
from wallet.verifier.engine import verify_bytes
from wallet.verifier.report import Check, Report, state_of


@pytest.fixture(autouse=True)
def _own_verifier_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The employer's verifier settings live in a fresh folder: only the bundled registries are used."""
    monkeypatch.setenv("LEARNER_WALLET_VERIFIER_HOME", str(tmp_path / "verifier"))
    monkeypatch.delenv("LEARNER_WALLET_HOME", raising=False)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(["--json", *args])
    return code, json.loads(capsys.readouterr().out)


def _checks(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in report["checks"]}


def _sample(interop_cli: Path, tmp_path: Path, **issuer: str) -> Path:
    """The reference stack's unsigned OB 3.0 sample with the issuer fields replaced."""
    path = tmp_path / "unsigned.json"
    run_interop(interop_cli, "sample", "--kind", "ob3", "--out", str(path))
    doc = json.loads(path.read_text())
    doc["issuer"].update(issuer)
    path.write_text(json.dumps(doc))
    return path


def _issue(interop_cli: Path, tmp_path: Path, unsigned: Path, *extra: str) -> Path:
    key, out = tmp_path / "attacker.json", tmp_path / "signed.json"
    run_interop(interop_cli, "keygen", "--type", "ed25519", "--out", str(key))
    run_interop(interop_cli, "issue", "--suite", "eddsa-rdfc-2022", "--key", str(key), "--in", str(unsigned),
                "--out", str(out), *extra)
    return out


# --- bullet 1: a fresh did:key that calls itself MIT ---------------------------------------------------


def test_a_fresh_did_key_calling_itself_mit_is_never_verified(interop_cli: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    signed = _issue(interop_cli, tmp_path, _sample(interop_cli, tmp_path, name="Massachusetts Institute of Technology"))
    assert run_interop(interop_cli, "verify-credential", "--in", str(signed))["verified"] is True  # genuine signature
    code, [report] = cli(capsys, "verify", str(signed), "--now", "2026-01-01T00:00:00Z")
    assert code == 4, report  # the documented exit code of "authentic, issuer not recognised"
    assert report["verdict"] == "authentic-unrecognised" and report["verified"] is False
    assert report["issuer"]["claimedName"] == "Massachusetts Institute of Technology"
    assert "recognisedName" not in report["issuer"]
    assert _checks(report)["issuer-trust"]["reason"] == "issuer-not-recognised"
    main(["verify", str(signed), "--now", "2026-01-01T00:00:00Z"])
    said = capsys.readouterr().out.splitlines()[0]
    assert said.endswith("Authentic, issuer not recognised — the issuer calls itself "
                         "'Massachusetts Institute of Technology'"), said


# --- bullet 2: an attacker's did:key under an https:// or URN issuer id --------------------------------


@pytest.mark.parametrize("issuer_id", ["https://www.mit.edu/issuers/registrar", "urn:uuid:8e2b0f7c-5a1d-4c3e-9f00-2b1c0d9e8a77"])
def test_a_did_key_cannot_speak_for_a_url_or_urn_issuer(interop_cli: Path, tmp_path: Path, issuer_id: str,
                                                         capsys: pytest.CaptureFixture[str], keychain: None,
                                                         wallet: Any) -> None:
    unsigned = _sample(interop_cli, tmp_path, id=issuer_id, name="Massachusetts Institute of Technology")
    signed = _issue(interop_cli, tmp_path, unsigned, "--keep-issuer")
    assert json.loads(signed.read_text())["issuer"]["id"] == issuer_id
    code, [report] = cli(capsys, "verify", str(signed), "--now", "2026-01-01T00:00:00Z")
    assert code == 1 and report["verdict"] == "not-verified", report
    key = _checks(report)["issuer-key"]
    if issuer_id.startswith("urn:"):
        assert key["status"] == "failed" and key["reason"] == "key-not-bound"
    else:  # whether the https issuer lists the key needs its profile: offline, not checked, never verified
        assert key["status"] == "not-checked" and key["reason"] == "offline"
    # and the library stores it as not verified, not as verified
    added = wallet.import_files([signed], allow_network=False).added
    assert added and added[0]["state"] in ("not-verified", "not-checked")
    assert added[0]["state"] == ("not-verified" if issuer_id.startswith("urn:") else "not-checked")


# --- bullet 3: an SD-JWT VC whose key-binding JWT was stripped ---------------------------------------------


def test_a_stripped_sd_jwt_does_not_answer_a_request(interop_cli: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    issuer, holder = tmp_path / "issuer.json", tmp_path / "holder.json"
    for k in (issuer, holder):
        run_interop(interop_cli, "keygen", "--type", "p256", "--out", str(k))
    claims = tmp_path / "claims.json"
    claims.write_text(json.dumps({"name": "Teamwork", "achievement": {"name": "Teamwork — Service-Learning"}}))
    cred, with_kb, stripped = tmp_path / "cred.sdjwt", tmp_path / "kb.sdjwt", tmp_path / "stripped.sdjwt"
    run_interop(interop_cli, "sdjwt-issue", "--key", str(issuer), "--in", str(claims), "--disclose", "achievement",
                "--vct", "https://example.edu/vct/achievement", "--holder", str(holder), "--out", str(cred))
    run_interop(interop_cli, "sdjwt-present", "--in", str(cred), "--reveal", "achievement", "--holder", str(holder),
                "--nonce", "N-7", "--aud", "hiring.example", "--out", str(with_kb))
    run_interop(interop_cli, "sdjwt-present", "--in", str(cred), "--reveal", "achievement", "--out", str(stripped))
    assert stripped.read_text().strip().endswith("~")
    code, [report] = cli(capsys, "verify", str(stripped), "--challenge", "N-7", "--domain", "hiring.example")
    assert code == 1 and report["verdict"] == "not-verified", report
    kb = _checks(report)["key-binding"]
    assert kb["status"] == "failed" and kb["reason"] == "request-not-answered"
    # the presentation with its key-binding JWT answers exactly that request (issuer unrecognised: exit 4)
    code, [report] = cli(capsys, "verify", str(with_kb), "--challenge", "N-7", "--domain", "hiring.example")
    assert code == 4 and _checks(report)["challenge"]["status"] == "passed", report
    code, [report] = cli(capsys, "verify", str(with_kb), "--challenge", "another", "--domain", "hiring.example")
    assert code == 1 and _checks(report)["challenge"]["reason"] == "challenge-mismatch"


# --- bullet 4: a bare credential passes a --challenge/--domain request ------------------------------------


def test_a_bare_credential_answers_no_request(interop_cli: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    signed = _issue(interop_cli, tmp_path, _sample(interop_cli, tmp_path))
    code, [report] = cli(capsys, "verify", str(signed), "--challenge", "X", "--domain", "Y")
    assert code == 1 and report["verdict"] == "not-verified", report
    req = _checks(report)["request"]
    assert req["status"] == "failed" and req["reason"] == "request-not-answered"
    # without a request the same file is authentic (exit 4: its issuer is nobody's known issuer)
    code, [report] = cli(capsys, "verify", str(signed))
    assert code == 4 and "request" not in _checks(report)


# --- bullet 5: a VC-JWT carrying its own key in the 'jwk' header ------------------------------------------


def _vc_jwt(signer: MemSigner, iss: str, name: str) -> str:
    vc = {"@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiableCredential"],
          "issuer": {"id": iss, "name": name}, "issuanceDate": "2025-01-01T00:00:00Z",
          "credentialSubject": {"id": "did:example:learner", "name": "Maya Alvarez"}}
    return sign_jws({"iss": iss, "nbf": 1735689600, "vc": vc}, signer, {"typ": "JWT", "jwk": signer.public_key.jwk()})


@pytest.mark.parametrize("iss", ["https://www.mit.edu/issuers/1", "did:web:mit.edu"])
def test_a_key_carried_by_the_jwt_proves_integrity_only(tmp_path: Path, iss: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    anyone = MemSigner.new("ed25519")
    path = tmp_path / "cred.jwt"
    path.write_text(_vc_jwt(anyone, iss, "Massachusetts Institute of Technology"))
    code, [report] = cli(capsys, "verify", str(path))
    assert _checks(report)["jwt-signature"]["status"] == "passed"  # the signature itself is fine
    key = _checks(report)["issuer-key"]
    assert key["status"] == "failed" and key["reason"] == "integrity-only", report
    assert code == 1 and report["verdict"] == "not-verified" and report["verified"] is False
    # a did:key issuer whose own key is in the header is bound (the DID is the key): authentic
    path.write_text(_vc_jwt(anyone, anyone.did, "Anyone"))
    code, [report] = cli(capsys, "verify", str(path))
    assert code == 4 and _checks(report)["issuer-key"]["status"] == "passed", report


# --- bullet 6: demo issuers' public seeds ------------------------------------------------------------------


def test_credentials_minted_with_the_public_demo_keys_never_verify_outside_the_demo(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wallet.demo.issuer import issuer_signer

    npu = issuer_signer("npu")  # anyone can derive it: the seed is in the source
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
           "id": "urn:uuid:1f7e9a40-2c8b-4c57-a7a1-0e5b8f3c2d10", "type": ["VerifiableCredential", "OpenBadgeCredential"],
           "name": "Bachelor of Science", "validFrom": "2025-01-01T00:00:00Z",
           "issuer": {"id": npu.did, "type": ["Profile"], "name": "North Prairie University — Career Connect"},
           "credentialSubject": {"id": "did:example:mallory", "type": ["AchievementSubject"],
                                 "achievement": {"id": "urn:uuid:a1", "type": ["Achievement"], "name": "BSc",
                                                 "description": "Minted.", "criteria": {"narrative": "None."}}}}
    path = tmp_path / "minted.json"
    path.write_text(json.dumps(sign(doc, npu)))
    code, [report] = cli(capsys, "verify", str(path))
    assert code == 1 and report["state"] == "demo-issuer" and report["verdict"] == "not-verified", report
    assert _checks(report)["issuer-trust"]["reason"] == "demo-issuer"
    main(["verify", str(path)])
    assert "DEMO issuer — fictional" in capsys.readouterr().out.splitlines()[0]


# --- bullet 7: one state everywhere ------------------------------------------------------------------------


def test_library_detail_and_checks_share_one_state(keychain: None, wallet: Any) -> None:
    """The library and the detail header read the stored summary state; the Checks tab reads the report:
    both are state_of(report), so an unrecognised issuer never shows green in one and amber in the other."""
    me = MemSigner.new("ed25519")
    doc = sign({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                "issuer": {"id": me.did, "name": "Massachusetts Institute of Technology"},
                "validFrom": "2025-01-01T00:00:00Z", "credentialSubject": {"id": wallet.default_did()}}, me)
    cid = wallet.import_bytes(json.dumps(doc).encode(), "c.json").added[0]["id"]
    summary = wallet.credentials()[0]
    report = wallet.report(cid)
    assert summary.state == state_of(report) == report.state == "authentic-unrecognised"
    again, _ = wallet.verify_again(cid)
    assert again.state == wallet.credentials()[0].state == "authentic-unrecognised"
    # trusting the issuer yourself makes it verified, said as your own decision
    wallet.set_trust_config(wallet.trust_config().trust_issuer(me.did, "MIT (my decision)"))
    report, _ = wallet.verify_again(cid)
    assert report.state == wallet.credentials()[0].state == "verified"
    assert report.issuer["sourceKind"] == "user" and report.issuer["recognisedName"] == "MIT (my decision)"


# --- reasons, not words ----------------------------------------------------------------------------------


def test_a_suspended_credential_is_suspended_not_revoked(keychain: None, wallet: Any) -> None:
    from wallet.verifier.status import encode_status_list

    issuer = MemSigner.new("ed25519")
    url = "https://status.example.edu/suspensions/1"
    bits = bytearray(16384)
    bits[0] = 0b0010_0000  # index 2
    status_list = sign({"@context": ["https://www.w3.org/ns/credentials/v2"], "id": url, "issuer": issuer.did,
                        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                        "validFrom": "2025-01-01T00:00:00Z",
                        "credentialSubject": {"id": url + "#list", "type": "BitstringStatusList",
                                              "statusPurpose": "suspension",
                                              "encodedList": encode_status_list(bytes(bits))}}, issuer)
    wallet.set_setting("status_documents", {url: json.dumps(status_list).encode().hex()})
    doc = sign({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                "issuer": {"id": issuer.did, "name": "Revocation-free University"},
                "validFrom": "2025-01-01T00:00:00Z", "credentialSubject": {"id": wallet.default_did()},
                "credentialStatus": {"id": url + "#2", "type": "BitstringStatusListEntry", "statusPurpose": "suspension",
                                     "statusListIndex": "2", "statusListCredential": url}}, issuer)
    added = wallet.import_bytes(json.dumps(doc).encode(), "s.json").added[0]
    assert added["state"] == "suspended"
    report = wallet.report(added["id"])
    status = report.check("status")
    assert status.status == "failed" and status.reason == "suspended" and report.state == "suspended"
    # the state comes from the reason, never from the words: a detail saying "revoked" changes nothing
    reworded = Report(tuple(Check(c.name, c.status, "the credential has been revoked" if c.name == "status"
                                  else c.detail, c.data, c.reason) for c in report.checks))
    assert state_of(reworded) == "suspended"


def test_reports_stored_before_reasons_still_load() -> None:
    old = {"kind": "credential", "subject": "Old", "format": "ldp-vc", "verified": True, "verdict": "verified-with-warnings",
           "checks": [{"name": "proof", "status": "passed", "detail": "ok"},
                      {"name": "validity", "status": "failed", "detail": "expired on 2020-01-01"}]}
    report = Report.from_json(old)
    assert all(c.reason == "" for c in report.checks)
    assert report.state == "not-verified"  # no reason: the words are not read
    assert Report.from_json(report.to_json()) == report
    assert Check.from_json({"name": "status", "status": "failed", "detail": "x", "reason": "a-newer-word"}).reason == ""


def test_verify_bytes_request_binding_with_the_projects_own_presentation(keychain: None, wallet: Any) -> None:
    from wallet.share.presentation import build_presentation

    me = MemSigner.new("ed25519")
    doc = sign({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                "issuer": {"id": me.did, "name": "Some College"}, "validFrom": "2025-01-01T00:00:00Z",
                "credentialSubject": {"id": wallet.default_did()}}, me)
    cid = wallet.import_bytes(json.dumps(doc).encode(), "c.json").added[0]["id"]
    vp = build_presentation(wallet, [cid], challenge="R-1", domain="hiring.example").to_bytes()
    [ok] = verify_bytes(vp, "vp.json", challenge="R-1", domain="hiring.example")
    assert ok.authentic and ok.verdict == "authentic-unrecognised"
    [other] = verify_bytes(vp, "vp.json", challenge="R-2", domain="hiring.example")
    assert other.check("challenge").reason == "challenge-mismatch" and other.verdict == "not-verified"
    [bare] = verify_bytes(json.dumps(doc).encode(), "c.json", challenge="R-1")
    assert bare.check("request").reason == "request-not-answered" and bare.verdict == "not-verified"


# --- holder binding before sharing ------------------------------------------------------------------------


def test_a_credential_issued_to_someone_else_is_marked_on_import(keychain: None, wallet: Any) -> None:
    issuer, other = MemSigner.new("ed25519"), MemSigner.new("ed25519")

    def cred(subject: dict[str, Any], title: str) -> bytes:
        return json.dumps(sign({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                                "name": title, "issuer": {"id": issuer.did, "name": "Some College"},
                                "validFrom": "2025-01-01T00:00:00Z", "credentialSubject": subject}, issuer)).encode()

    mine = wallet.import_bytes(cred({"id": wallet.default_did()}, "Mine"), "a.json").added[0]["id"]
    theirs = wallet.import_bytes(cred({"id": other.did}, "Theirs"), "b.json").added[0]["id"]
    bearer = wallet.import_bytes(cred({"name": "Anyone"}, "Bearer"), "c.json").added[0]["id"]
    holder = {c.id: c.to_json()["holder"] for c in wallet.credentials()}
    assert holder == {mine: "you", theirs: "someone-else", bearer: "nobody"}
    # verifying again recomputes it from the wallet's DIDs of the moment
    wallet.verify_again(theirs)
    assert {c.id: c.data["holder"] for c in wallet.credentials()}[theirs] == "someone-else"


def test_the_demo_samples_verify_inside_the_demo_and_never_outside(keychain: None, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from support import forget_wallet

    from wallet.demo import issuer as demo

    home = tmp_path / "demo"
    w = demo.build_demo_wallet(home)
    w.close()
    try:
        sample = str(home / "samples" / "application-presentation.json")
        request = ["--challenge", demo.SAMPLE_CHALLENGE, "--domain", demo.SAMPLE_DOMAIN]
        code, [inside] = cli(capsys, "--home", str(home), "verify", sample, *request)
        assert code == 0 and inside["verdict"] == "verified", inside
        assert inside["credentials"][0]["issuer"]["sourceKind"] == "demo"
        code, [outside] = cli(capsys, "verify", sample, *request)
        assert code == 1 and outside["state"] == "demo-issuer"
    finally:
        forget_wallet(home)
