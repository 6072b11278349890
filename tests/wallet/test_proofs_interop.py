"""Interop with the reference JavaScript stack (Digital Bazaar / DCC, tests/interop) both ways."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_proofs_support import new_signer

from wallet.identity.did import Resolver
from wallet.proofs import sd_base_proof, sd_derive, sign, verify_proofs

pytestmark = pytest.mark.interop

@pytest.fixture(scope="session")
def cli(interop_cli: Path) -> Path:
    return interop_cli  # tests/interop/cli.mjs (conftest.py)


def node(cli: Path, *args: str, ok: bool = True) -> dict[str, Any]:
    proc = subprocess.run(["node", str(cli), *args], capture_output=True, text=True, timeout=300)
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if ok:
        assert proc.returncode == 0, (proc.stdout, proc.stderr)
    return result


@pytest.fixture(scope="session")
def issued(cli: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Credentials issued by the reference stack: eddsa, Ed25519Signature2020, ecdsa-sd base + derived, CLR."""
    d = tmp_path_factory.mktemp("interop")
    node(cli, "keygen", "--type", "ed25519", "--out", str(d / "ed.json"))
    node(cli, "keygen", "--type", "p256", "--out", str(d / "p256.json"))
    node(cli, "sample", "--kind", "ob3", "--out", str(d / "ob.json"))
    node(cli, "sample", "--kind", "ob3", "--vc", "1", "--out", str(d / "ob-v1.json"))
    node(cli, "sample", "--kind", "clr2", "--out", str(d / "clr.json"))
    out = {}
    for name, suite, key, src, extra in [
        ("eddsa", "eddsa-rdfc-2022", "ed.json", "ob.json", []),
        ("ed2020", "ed25519-signature-2020", "ed.json", "ob-v1.json", []),
        ("sd-base", "ecdsa-sd-2023", "p256.json", "ob.json", []),
        ("clr", "eddsa-rdfc-2022", "ed.json", "clr.json", ["--sign-nested"]),
    ]:
        node(
            cli,
            "issue",
            "--suite",
            suite,
            "--key",
            str(d / key),
            "--in",
            str(d / src),
            "--out",
            str(d / f"{name}-signed.json"),
            *extra,
        )
        out[name] = d / f"{name}-signed.json"
    node(
        cli,
        "derive",
        "--in",
        str(out["sd-base"]),
        "--reveal",
        "/credentialSubject/achievement/name",
        "--out",
        str(d / "sd-derived.json"),
    )
    out["sd-derived"] = d / "sd-derived.json"
    out["dir"] = d
    return out


def _issuer(doc: dict[str, Any]) -> str:
    iss = doc["issuer"]
    return iss["id"] if isinstance(iss, dict) else iss


@pytest.mark.parametrize("name", ["eddsa", "ed2020", "sd-base", "sd-derived", "clr"])
def test_reference_issued_verifies_here(issued: dict[str, Path], name: str) -> None:
    doc = json.loads(issued[name].read_text())
    checks = verify_proofs(doc, resolver=Resolver(), expected_controller=_issuer(doc))
    assert [c.status for c in checks] == ["passed"], [c.detail for c in checks]
    for inner in doc["credentialSubject"].get("verifiableCredential", []):
        assert [c.status for c in verify_proofs(inner, resolver=Resolver())] == ["passed"]
    tampered = copy.deepcopy(doc)
    tampered["validFrom"] = "2001-01-01T00:00:00Z"
    assert [c.status for c in verify_proofs(tampered, resolver=Resolver())] == ["failed"]


def test_derive_here_from_reference_base(issued: dict[str, Path], cli: Path) -> None:
    base = json.loads(issued["sd-base"].read_text())
    derived = sd_derive(
        base, ["/credentialSubject/achievement/name", "/credentialSubject/achievement/description"]
    )
    path = issued["dir"] / "py-derived.json"
    path.write_text(json.dumps(derived))
    assert node(cli, "verify-credential", "--in", str(path))["verified"] is True
    assert [c.status for c in verify_proofs(derived, resolver=Resolver())] == ["passed"]


def _unsigned_ob(issued: dict[str, Path], issuer: str) -> dict[str, Any]:
    doc = json.loads((issued["dir"] / "ob.json").read_text())
    if isinstance(doc["issuer"], dict):
        doc["issuer"]["id"] = issuer
    else:
        doc["issuer"] = issuer
    return doc


def test_signed_here_verifies_there(issued: dict[str, Path], cli: Path) -> None:
    signer = new_signer("ed25519")
    signed = sign(_unsigned_ob(issued, signer.did), signer)
    path = issued["dir"] / "py-eddsa.json"
    path.write_text(json.dumps(signed))
    assert node(cli, "verify-credential", "--in", str(path))["verified"] is True
    signed["name"] = "changed"
    path.write_text(json.dumps(signed))
    assert node(cli, "verify-credential", "--in", str(path), ok=False)["verified"] is False


def test_sd_base_and_derived_here_verify_there(issued: dict[str, Path], cli: Path) -> None:
    signer = new_signer("p256")
    base = sd_base_proof(_unsigned_ob(issued, signer.did), signer, ["/issuer", "/validFrom"])
    path = issued["dir"] / "py-sd-base.json"
    path.write_text(json.dumps(base))
    assert (
        node(cli, "verify-credential", "--in", str(path))["verified"] is True
    )  # the library's confirm check
    derived = sd_derive(base, ["/credentialSubject/achievement/name"])
    path = issued["dir"] / "py-sd-derived.json"
    path.write_text(json.dumps(derived))
    assert node(cli, "verify-credential", "--in", str(path))["verified"] is True
    # and the reference stack derives from our base proof
    out = issued["dir"] / "js-derived-from-py.json"
    node(
        cli,
        "derive",
        "--in",
        str(issued["dir"] / "py-sd-base.json"),
        "--reveal",
        "/credentialSubject/achievement/name",
        "--out",
        str(out),
    )
    assert [c.status for c in verify_proofs(json.loads(out.read_text()), resolver=Resolver())] == ["passed"]


def test_presentation_signed_here_verifies_there(issued: dict[str, Path], cli: Path) -> None:
    holder = new_signer("ed25519")
    vc = json.loads(issued["eddsa"].read_text())
    vp = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": holder.did,
        "verifiableCredential": [vc],
    }
    signed = sign(vp, holder, purpose="authentication", challenge="c-123", domain="https://employer.example")
    path = issued["dir"] / "py-vp.json"
    path.write_text(json.dumps(signed))
    result = node(
        cli,
        "verify-presentation",
        "--in",
        str(path),
        "--challenge",
        "c-123",
        "--domain",
        "https://employer.example",
    )
    assert result["verified"] is True
    bad = node(cli, "verify-presentation", "--in", str(path), "--challenge", "other", ok=False)
    assert bad["verified"] is False


def test_reference_presentation_verifies_here(issued: dict[str, Path], cli: Path) -> None:
    out = issued["dir"] / "js-vp.json"
    node(
        cli,
        "present",
        "--holder",
        str(issued["dir"] / "ed.json"),
        "--in",
        str(issued["eddsa"]),
        "--challenge",
        "ch-9",
        "--domain",
        "d.example",
        "--out",
        str(out),
    )
    vp = json.loads(out.read_text())
    checks = verify_proofs(
        vp, resolver=Resolver(), purpose="authentication", challenge="ch-9", domain="d.example"
    )
    assert [(c.name, c.status) for c in checks] == [
        ("proof", "passed"),
        ("challenge", "passed"),
        ("domain", "passed"),
    ]
