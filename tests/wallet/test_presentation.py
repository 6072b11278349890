"""Selective disclosure, holder-signed presentations, share packages — and their verification."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support import run_interop

from wallet.errors import InputError, LimitExceeded, PackageError
from wallet.identity.did import Resolver
from wallet.identity.keystore import LocalSigner
from wallet.proofs import sd_base_proof, sign
from wallet.share.package import build_package, read_package
from wallet.share.presentation import build_presentation, disclosure_options, verify_presentation
from wallet.verifier.engine import verify_bytes
from wallet.wallet import Wallet

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Tutored eleven first-year students in statistics every Tuesday"
MANDATORY = ["/issuer", "/validFrom", "/credentialSubject/id", "/credentialSubject/type",
             "/credentialSubject/achievement/id", "/credentialSubject/achievement/type"]
NAME = "/credentialSubject/achievement/name"
SKILL = "/credentialSubject/achievement/alignment/0/targetName"


def ob3(subject: str, issuer: str, name: str = "Peer Tutoring — Teamwork") -> dict:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:7f3c1b1e-0d5b-4c1e-9d4a-1c2b3a4d5e6f",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": "North Prairie University — Career Connect"},
        "validFrom": "2025-05-01T00:00:00Z",
        "name": name,
        "credentialSubject": {
            "id": subject, "type": ["AchievementSubject"],
            "achievement": {
                "id": "urn:uuid:0a1b2c3d-1111-2222-3333-444455556666", "type": ["Achievement"], "name": name,
                "description": SECRET, "criteria": {"narrative": "Completed 30 hours of tutoring."},
                "alignment": [{"type": ["Alignment"], "targetName": "Teamwork",
                               "targetFramework": "NACE Career Readiness Competencies",
                               "targetUrl": "https://www.naceweb.org/career-readiness/competencies/teamwork"}],
            },
        },
    }


@pytest.fixture
def issued(keychain: None, wallet: Wallet) -> dict:
    issuer = LocalSigner.generate("p256")
    ed_issuer = LocalSigner.generate("ed25519")
    me = wallet.default_did()
    sd = sd_base_proof(ob3(me, issuer.did), issuer, MANDATORY)
    whole = sign(ob3(me, ed_issuer.did, "Food Pantry Volunteer"), ed_issuer)
    ids = {}
    for key, doc in (("sd", sd), ("whole", whole)):
        ids[key] = wallet.import_bytes(json.dumps(doc).encode(), f"{key}.json").added[0]["id"]
    return ids


def test_disclosure_options(issued: dict, wallet: Wallet) -> None:
    sd = wallet.credential(issued["sd"])
    opts = disclosure_options(sd.raw, sd.format)
    assert opts.mode == "ecdsa-sd" and "/issuer" in opts.mandatory
    assert NAME in opts.selectable and SKILL in opts.selectable
    whole = wallet.credential(issued["whole"])
    w = disclosure_options(whole.raw, whole.format)
    assert w.mode == "whole" and "signed the credential as a whole" in w.reason


def test_minimal_disclosure_verifies_and_hides_the_rest(issued: dict, wallet: Wallet, tmp_path: Path) -> None:
    p = build_presentation(wallet, [issued["sd"]], reveal=[NAME, SKILL], challenge="req-42",
                           domain="hiring.example")
    data = p.to_bytes()
    assert SECRET.encode() not in data and b"30 hours" not in data
    report = verify_presentation(p.document, resolver=Resolver(), challenge="req-42", domain="hiring.example")
    assert report.authentic, report.to_json()  # the issuer is a fresh key nobody recognises: not green
    assert report.verdict == "authentic-unrecognised"
    assert report.check("holder-binding").status == "passed"
    derived = p.document["verifiableCredential"][0]
    assert derived["credentialSubject"]["achievement"]["name"] == "Peer Tutoring — Teamwork"
    assert "description" not in derived["credentialSubject"]["achievement"]
    # the package and its PDF carry the revealed fields and nothing else
    pkg = build_package(p, qr_text=None, demo=False)
    read = read_package(pkg)
    from pypdf import PdfReader

    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(read.files["summary.pdf"])).pages)
    assert "Peer Tutoring" in pdf_text and "Teamwork" in pdf_text
    assert "Tutored eleven" not in pdf_text and SECRET.encode() not in pkg
    reports = verify_bytes(pkg, "share.zip", challenge="req-42", domain="hiring.example")
    assert len(reports) == 1 and reports[0].authentic


@pytest.mark.parametrize(
    ("change", "check"),
    [({"challenge": "another-request"}, "challenge"), ({"domain": "other.example"}, "domain")],
)
def test_wrong_request_is_the_specific_failure(issued: dict, wallet: Wallet, change: dict, check: str) -> None:
    p = build_presentation(wallet, [issued["sd"]], reveal=[NAME], challenge="req-1", domain="hiring.example")
    expected = {"challenge": "req-1", "domain": "hiring.example", **change}
    report = verify_presentation(p.document, resolver=Resolver(), **expected)
    assert not report.verified
    failed = {c.name for c in report.checks if c.status == "failed"}
    assert check in failed and failed <= {"challenge", "domain", "holder-proof"}


def test_expired_presentation(issued: dict, wallet: Wallet) -> None:
    now = datetime.now(UTC)
    p = build_presentation(wallet, [issued["sd"]], reveal=[NAME], challenge="c", expires=now + timedelta(hours=1))
    assert verify_presentation(p.document, resolver=Resolver(), challenge="c", now=now).authentic
    later = verify_presentation(p.document, resolver=Resolver(), challenge="c", now=now + timedelta(days=2))
    assert not later.verified
    assert any(c.status == "failed" and c.name in ("expiry", "holder-proof") and "expire" in c.detail.lower()
               for c in later.checks), later.to_json()


def test_presentation_by_another_did_fails_holder_binding(issued: dict, wallet: Wallet) -> None:
    other, _ = wallet.create_did("ed25519", "other")
    p = build_presentation(wallet, [issued["sd"]], reveal=[NAME], holder=other, challenge="c")
    report = verify_presentation(p.document, resolver=Resolver(), challenge="c")
    assert report.check("holder-proof").status == "passed"
    assert report.check("holder-binding").status == "failed" and not report.verified


def test_tampered_presentation_fails(issued: dict, wallet: Wallet) -> None:
    p = build_presentation(wallet, [issued["sd"], issued["whole"]], reveal=[NAME], challenge="c")
    doc = json.loads(p.to_bytes())
    doc["verifiableCredential"][1]["name"] = "Food Pantry Director"
    report = verify_presentation(doc, resolver=Resolver(), challenge="c")
    assert not report.verified
    assert report.check("holder-proof").status == "failed"
    assert not report.credentials[1].verified


def test_unknown_pointer_is_refused(issued: dict, wallet: Wallet) -> None:
    with pytest.raises(InputError, match="No chosen credential"):
        build_presentation(wallet, [issued["sd"]], reveal=["/credentialSubject/nothing"])


def _zip(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for k, v in entries.items():
            zf.writestr(k, v)
    return buf.getvalue()


def test_bad_packages(issued: dict, wallet: Wallet) -> None:
    p = build_presentation(wallet, [issued["sd"]], reveal=[NAME], challenge="c")
    good = read_package(build_package(p, qr_text=None))
    files = dict(good.files)
    tampered = dict(files)
    tampered["presentation.json"] = files["presentation.json"].replace(b"Peer Tutoring", b"Peer Tutoring!")
    with pytest.raises(PackageError, match="SHA-256"):
        read_package(_zip(tampered))
    with pytest.raises(PackageError, match="unsafe file name"):
        read_package(_zip({**files, "../evil.json": b"{}"}))
    with pytest.raises(LimitExceeded, match="entries"):
        read_package(_zip({f"f{i}.txt": b"x" for i in range(40)}))
    with pytest.raises(LimitExceeded, match="zip bomb"):
        read_package(_zip({"presentation.json": b"\0" * 5_000_000, "manifest.json": files["manifest.json"]}))
    with pytest.raises(PackageError, match="not a readable zip"):
        read_package(b"PK\x03\x04 broken")
    assert wallet.credentials() and len(wallet.credentials()) == 2  # nothing changed


def test_cli_present_and_verify(issued: dict, wallet: Wallet, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = [sys.executable, "-m", "wallet.cli", "--json", "--home", str(wallet.home)]
    vp = tmp_path / "vp.json"
    r = subprocess.run([*base, "present", issued["sd"], "--out", str(vp), "--reveal", f"{NAME},{SKILL}",
                        "--challenge", "abc", "--domain", "hiring.example"], capture_output=True, text=True,
                       env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([*base, "verify", str(vp), "--challenge", "abc", "--domain", "hiring.example"],
                       capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 4, r.stdout  # authentic, issuer not recognised (a key made for this test)
    assert json.loads(r.stdout)[0]["verdict"] == "authentic-unrecognised"
    r = subprocess.run([*base, "verify", str(vp), "--challenge", "zzz"], capture_output=True, text=True, env=env,
                       cwd=ROOT)
    assert r.returncode == 1
    failed = [c["name"] for c in json.loads(r.stdout)[0]["checks"] if c["status"] == "failed"]
    assert "challenge" in failed
    pkg = tmp_path / "share.zip"
    r = subprocess.run([*base, "present", issued["sd"], issued["whole"], "--out", str(pkg), "--format", "package",
                        "--reveal", NAME, "--challenge", "abc"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([*base, "verify", str(pkg), "--challenge", "abc"], capture_output=True, text=True, env=env,
                       cwd=ROOT)
    assert r.returncode == 4, r.stdout


@pytest.mark.interop
def test_reference_verifies_our_presentation(issued: dict, wallet: Wallet, tmp_path: Path,
                                             interop_cli: Path) -> None:
    p = build_presentation(wallet, [issued["sd"]], reveal=[NAME, SKILL], challenge="req-7",
                           domain="hiring.example")
    vp = tmp_path / "vp.json"
    vp.write_bytes(p.to_bytes())
    res = run_interop(interop_cli, "verify-presentation", "--in", str(vp), "--challenge", "req-7",
                      "--domain", "hiring.example")
    assert res["verified"] is True, res
    bad = run_interop(interop_cli, "verify-presentation", "--in", str(vp), "--challenge", "other", ok=False)
    assert bad["verified"] is False
    # a derived credential made by the wallet verifies in the reference too
    cred = tmp_path / "derived.json"
    cred.write_text(json.dumps(p.document["verifiableCredential"][0]))
    assert run_interop(interop_cli, "verify-credential", "--in", str(cred))["verified"] is True


@pytest.mark.parametrize("fmt", ["qr-text", "qr-png", "qr-svg"])
def test_cli_qr_outputs_verify(issued: dict, wallet: Wallet, tmp_path: Path, fmt: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = [sys.executable, "-m", "wallet.cli", "--json", "--home", str(wallet.home)]
    out = tmp_path / f"share.{fmt}"
    r = subprocess.run([*base, "present", issued["sd"], "--out", str(out), "--format", fmt, "--reveal",
                        f"{NAME},{SKILL}", "--challenge", "q1"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert 1 <= info["qr_version"] <= 40 and info["error_correction"] == "M"
    assert SECRET.encode() not in out.read_bytes()
    if fmt == "qr-svg":
        assert out.read_text().lstrip().startswith("<")
        return
    r = subprocess.run([*base, "verify", str(out), "--challenge", "q1"], capture_output=True, text=True, env=env,
                       cwd=ROOT)
    assert r.returncode == 4, r.stdout
    # and the same QR imports: the derived credential is stored (a duplicate-free, disclosed copy)
    r = subprocess.run([*base, "import", str(out)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stdout


def test_qr_payload_carries_only_revealed_fields(issued: dict, wallet: Wallet) -> None:
    from wallet.share.presentation import qr_text_for
    from wallet.share.qr import decode_presentation_text

    p = build_presentation(wallet, [issued["sd"]], reveal=[NAME], challenge="q2")
    vp = decode_presentation_text(qr_text_for(p))
    text = json.dumps(vp)
    assert "Peer Tutoring" in text and SECRET not in text and "targetName" not in text and "naceweb" not in text
    assert verify_presentation(vp, resolver=Resolver(), challenge="q2").authentic


@pytest.mark.interop
@pytest.mark.parametrize("key_type", ["ed25519", "p256"])
def test_sd_jwt_vc_from_the_reference_presented_by_the_wallet(keychain: None, wallet: Wallet, tmp_path: Path,
                                                              interop_cli: Path, key_type: str) -> None:
    holder = wallet.default_did() if key_type == "ed25519" else wallet.create_did("p256", "sd-jwt")[0]
    pk = wallet.signer(holder).public_key
    (tmp_path / "holder.json").write_text(json.dumps({"publicKeyMultibase": pk.multibase(), "type": key_type}))
    run_interop(interop_cli, "keygen", "--type", "p256", "--out", str(tmp_path / "issuer.json"))
    claims = {"name": "Peer Tutoring — Teamwork", "achievement": {"name": "Teamwork", "criteria": SECRET},
              "learner": "Quillon Marsh"}
    (tmp_path / "claims.json").write_text(json.dumps(claims))
    run_interop(interop_cli, "sdjwt-issue", "--key", str(tmp_path / "issuer.json"), "--in", str(tmp_path / "claims.json"),
                "--disclose", "name,achievement,achievement.criteria,learner", "--vct", "urn:example:teamwork",
                "--holder", str(tmp_path / "holder.json"), "--out", str(tmp_path / "cred.sdjwt"))
    res = wallet.import_bytes((tmp_path / "cred.sdjwt").read_bytes(), "cred.sdjwt")
    cid = res.added[0]["id"]
    assert wallet.credential(cid).format == "sd-jwt-vc"
    opts = disclosure_options(wallet.credential(cid).raw, "sd-jwt-vc")
    assert opts.mode == "sd-jwt" and "/achievement/criteria" in opts.selectable
    p = build_presentation(wallet, [cid], reveal=["/name", "/achievement"], challenge="n-123",
                           domain="https://hiring.example")
    assert p.kind == "sd-jwt" and p.holder == holder
    out = tmp_path / "pres.sdjwt"
    out.write_bytes(p.to_bytes())
    ok = run_interop(interop_cli, "sdjwt-verify", "--in", str(out), "--nonce", "n-123", "--aud",
                     "https://hiring.example")
    assert ok["ok"] is True, ok
    shown = json.dumps(ok["claims"])
    assert "Peer Tutoring" in shown and "Quillon" not in shown and "Tutored eleven" not in shown
    bad = run_interop(interop_cli, "sdjwt-verify", "--in", str(out), "--nonce", "other", "--aud",
                      "https://hiring.example", ok=False)
    assert bad["ok"] is False
    # and the wallet's own verifier agrees, naming the failed check
    reports = verify_bytes(out.read_bytes(), "pres.sdjwt", challenge="other", domain="https://hiring.example")
    assert not reports[0].verified and reports[0].check("challenge").status == "failed"
    assert verify_bytes(out.read_bytes(), "pres.sdjwt", challenge="n-123",
                        domain="https://hiring.example")[0].authentic


def test_every_demo_micro_credential_can_reveal_everything() -> None:
    """Pointers into one-element arrays (e.g. /evidence/0/name) still select after JSON-LD compaction."""
    from wallet.demo import issuer as demo
    from wallet.proofs import sd_derive, sd_disclosure_info, verify_proofs

    docs = demo.build_demo_documents()
    checked = 0
    for key, doc in docs.credentials.items():
        proof = doc.get("proof")
        if not (isinstance(proof, dict) and proof.get("cryptosuite") == "ecdsa-sd-2023"):
            continue
        _mandatory, selectable = sd_disclosure_info(doc)
        derived = sd_derive(doc, selectable)
        assert [c.status for c in verify_proofs(derived, resolver=Resolver())] == ["passed"], key
        checked += 1
    assert checked >= 10


def test_demo_caption_sits_below_the_code_and_it_still_scans() -> None:
    from PIL import Image

    from wallet.share.qr import qr_png, qr_svg, read_qr_image

    text = "VP1-B" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 20
    plain = Image.open(io.BytesIO(qr_png(text)))
    marked_png = qr_png(text, caption="DEMO — fictional credentials, not a real record")
    marked = Image.open(io.BytesIO(marked_png))
    assert marked.width == plain.width and marked.height > plain.height
    assert read_qr_image(marked_png) == [text]
    assert "DEMO — fictional" in qr_svg(text, caption="DEMO — fictional credentials")


@pytest.mark.interop
def test_reference_vp1_text_and_qr_png_verify_here(tmp_path: Path, interop_cli: Path) -> None:
    """A presentation the reference stack makes and encodes (VP1- text and QR PNG) verifies here,
    through the same CLI an employer uses; another request code is the specific failure."""
    cli = interop_cli
    run_interop(cli, "keygen", "--type", "p256", "--out", str(tmp_path / "issuer.json"))
    run_interop(cli, "keygen", "--type", "ed25519", "--out", str(tmp_path / "holder.json"))
    holder = json.loads((tmp_path / "holder.json").read_text())["did"]
    run_interop(cli, "sample", "--kind", "ob3", "--subject", holder, "--out", str(tmp_path / "ob.json"))
    run_interop(cli, "issue", "--suite", "ecdsa-sd-2023", "--key", str(tmp_path / "issuer.json"), "--in",
                str(tmp_path / "ob.json"), "--out", str(tmp_path / "base.json"))
    run_interop(cli, "derive", "--in", str(tmp_path / "base.json"), "--reveal", NAME, "--out",
                str(tmp_path / "derived.json"))
    run_interop(cli, "present", "--holder", str(tmp_path / "holder.json"), "--in", str(tmp_path / "derived.json"),
                "--challenge", "ref-77", "--domain", "hiring.example", "--out", str(tmp_path / "vp.json"))
    run_interop(cli, "vpqr-encode", "--in", str(tmp_path / "vp.json"), "--out", str(tmp_path / "qr.txt"),
                "--png", str(tmp_path / "qr.png"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("qr.txt", "qr.png"):
        r = subprocess.run([sys.executable, "-m", "wallet.cli", "--json", "verify", str(tmp_path / name),
                            "--challenge", "ref-77", "--domain", "hiring.example"], capture_output=True, text=True,
                           env=env, cwd=ROOT)
        assert r.returncode == 4, r.stdout + r.stderr  # authentic; the reference stack's key is nobody's issuer
        report = json.loads(r.stdout)[0]
        assert report["verdict"] == "authentic-unrecognised" and report["kind"] == "presentation"
        assert {c["name"]: c["status"] for c in report["checks"]}["holder-binding"] == "passed"
        r = subprocess.run([sys.executable, "-m", "wallet.cli", "--json", "verify", str(tmp_path / name),
                            "--challenge", "other", "--domain", "hiring.example"], capture_output=True, text=True,
                           env=env, cwd=ROOT)
        assert r.returncode == 1
        assert "challenge" in [c["name"] for c in json.loads(r.stdout)[0]["checks"] if c["status"] == "failed"]
