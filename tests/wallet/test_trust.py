"""Trust sources: the bundled DCC registry snapshot, DCC-format registry files, signed trust lists (refused
when tampered or expired), OpenID Federation statements, the user's own decisions, and the ``trust`` /
``verify --trust`` commands. Keys, lists and credentials are made at test time."""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support import MemSigner

from wallet.cli import main
from wallet.credentials.verify import verify_credential
from wallet.errors import InputError, TrustListRefused
from wallet.identity.did import Resolver
from wallet.jsonld.loader import resources_dir
from wallet.proofs import sign
from wallet.proofs.jose import sign_jws
from wallet.trust.config import TrustConfig
from wallet.trust.issuers import TrustList
from wallet.trust.registry import bundled_registries, read_dcc_registry, read_oidf, read_registry_bytes
from wallet.trust.signed import read_signed_list, sign_trust_list
from wallet.trust.sources import TrustSources

NOW = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _own_verifier_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEARNER_WALLET_VERIFIER_HOME", str(tmp_path / "verifier"))
    monkeypatch.delenv("LEARNER_WALLET_HOME", raising=False)


def credential(issuer: MemSigner, name: str = "Northfield State University") -> dict[str, Any]:
    return sign({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                 "issuer": {"id": issuer.did, "name": name}, "validFrom": "2025-01-01T00:00:00Z",
                 "credentialSubject": {"id": "did:example:learner"}}, issuer)


def registry_file(tmp_path: Path, did: str, name: str) -> Path:
    path = tmp_path / "registry.json"
    path.write_text(json.dumps({"meta": {"created": "2026-01-01T00:00:00Z"},
                                "registry": {did: {"name": name, "location": "Fargo, ND", "url": "https://nsu.example"}}}))
    return path


def trust_list(publisher: MemSigner, issuers: list[dict[str, str]], until: str = "2027-01-01T00:00:00Z") -> dict[str, Any]:
    return sign_trust_list({"name": "Career Office — recognised issuers", "validUntil": until, "issuers": issuers},
                           publisher, created=NOW)


# --- the bundled snapshot --------------------------------------------------------------------------


def test_the_bundled_snapshot_is_what_its_readme_records() -> None:
    folder = resources_dir() / "trust"
    index = json.loads((folder / "registries.json").read_text())
    readme = (folder / "README.md").read_text()
    for item in index["registries"]:
        digest = hashlib.sha256((folder / item["file"]).read_bytes()).hexdigest()
        assert digest == item["sha256"] and digest in readme and item["commit"] in readme
    regs = {r.id: r for r in bundled_registries()}
    assert set(regs) == {"dcc-community", "dcc-issuer", "dcc-sandbox"}
    assert {r.id for r in bundled_registries(enabled_only=True)} == {"dcc-community", "dcc-issuer"}
    # a DID the DCC Issuer Registry lists is recognised under the registry's name
    found = regs["dcc-issuer"].lookup("did:web:digitalcredentials.odl.mit.edu")
    assert found is not None and found.listing.name == "MIT xPRO" and found.source == "DCC Issuer Registry"
    sources = TrustSources.default()
    assert sources.lookup("did:web:digitalcredentials.odl.mit.edu") is not None
    assert sources.lookup("did:key:z6MkpLDL3RoAoMRTwTgo3rs39ZwssfaPKtGdZw7AGRN7CK4W") is not None  # community


# --- DCC-format registries --------------------------------------------------------------------------


def test_a_registry_recognised_issuer_verifies_with_the_registrys_name(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    issuer = MemSigner.new("ed25519")
    cred = tmp_path / "cred.json"
    cred.write_text(json.dumps(credential(issuer, name="Massachusetts Institute of Technology")))
    reg = registry_file(tmp_path, issuer.did, "Northfield State University")
    code = main(["--json", "verify", str(cred), "--trust", str(reg)])
    [report] = json.loads(capsys.readouterr().out)
    assert code == 0 and report["verdict"] == "verified", report
    assert report["issuer"] == {"id": issuer.did, "claimedName": "Massachusetts Institute of Technology",
                                "recognisedBy": "registry", "recognisedName": "Northfield State University",
                                "sourceKind": "registry"}
    trust = next(c for c in report["checks"] if c["name"] == "issuer-trust")
    assert trust["data"]["nameDiffers"] is True and "differs" in trust["detail"]
    main(["verify", str(cred), "--trust", str(reg)])
    said = capsys.readouterr().out.splitlines()[0]
    assert "Verified — issued by Northfield State University (recognised by registry)" in said
    assert "calls itself 'Massachusetts Institute of Technology'" in said


@pytest.mark.parametrize("bad", [{"registry": []}, {"meta": {}}, {"registry": {"did:key:z": {"location": "x"}}},
                                 {"registry": {"did:key:z": "not an object"}}])
def test_a_file_that_is_not_a_registry_is_refused(bad: Any) -> None:
    with pytest.raises(InputError):
        read_dcc_registry(bad, id="x", name="x")


# --- signed trust lists ------------------------------------------------------------------------------


def test_a_signed_trust_list_recognises_its_issuers() -> None:
    office, issuer = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    signed = trust_list(office, [{"id": issuer.did, "name": "Northfield State University"}])
    assert signed["proof"]["cryptosuite"] == "eddsa-jcs-2022" and signed["publisher"] == office.did
    reg = read_signed_list(signed, now=NOW)
    assert reg.kind == "signed-list" and reg.name == "Career Office — recognised issuers"
    report = verify_credential(credential(issuer), resolver=Resolver(), now=NOW,
                               trust=TrustSources.default(extra=(reg,)))
    assert report.verified and report.issuer["recognisedBy"] == "Career Office — recognised issuers"
    assert report.issuer["sourceKind"] == "signed-list"


@pytest.mark.parametrize("change", ["add-issuer", "rename", "extend", "other-publisher", "unsigned"])
def test_a_tampered_trust_list_is_refused(change: str) -> None:
    office, issuer, mallory = MemSigner.new("ed25519"), MemSigner.new("ed25519"), MemSigner.new("ed25519")
    signed = trust_list(office, [{"id": issuer.did, "name": "Northfield State University"}])
    bad = copy.deepcopy(signed)
    if change == "add-issuer":
        bad["issuers"].append({"id": mallory.did, "name": "Massachusetts Institute of Technology"})
    elif change == "rename":
        bad["issuers"][0]["name"] = "Massachusetts Institute of Technology"
    elif change == "extend":
        bad["validUntil"] = "2099-01-01T00:00:00Z"
    elif change == "other-publisher":  # mallory re-signs, still naming the office as publisher
        bad = trust_list(mallory, signed["issuers"])
        bad["publisher"] = office.did
    else:
        del bad["proof"]
    with pytest.raises(TrustListRefused) as err:
        read_signed_list(bad, now=NOW)
    assert err.value.code == "trust-list-refused"
    read_signed_list(signed, now=NOW)  # the original is fine


def test_an_expired_or_undated_trust_list_is_refused() -> None:
    office = MemSigner.new("ed25519")
    expired = trust_list(office, [], until="2026-05-01T00:00:00Z")
    with pytest.raises(TrustListRefused, match="expired on 2026-05-01"):
        read_signed_list(expired, now=NOW)
    read_signed_list(expired, now=NOW - timedelta(days=60))  # valid while it was valid
    with pytest.raises(TrustListRefused, match="no expiry"):
        sign_trust_list({"name": "x", "issuers": []}, office)


def test_verify_with_a_tampered_trust_list_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office, issuer = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    signed = trust_list(office, [{"id": issuer.did, "name": "Northfield State University"}])
    signed["issuers"][0]["name"] = "Massachusetts Institute of Technology"
    lst, cred = tmp_path / "list.json", tmp_path / "cred.json"
    lst.write_text(json.dumps(signed))
    cred.write_text(json.dumps(credential(issuer)))
    code = main(["--json", "verify", str(cred), "--trust", str(lst)])
    out = json.loads(capsys.readouterr().out)
    assert code == 2 and out["error"]["code"] == "trust-list-refused", out


# --- OpenID Federation ---------------------------------------------------------------------------------


def _statement(anchor: MemSigner, payload: dict[str, Any]) -> str:
    return sign_jws(payload, anchor, {"typ": "entity-statement+jwt", "kid": "anchor-key-1"})


def _oidf(anchor: MemSigner, subject: str, name: str, exp: int) -> dict[str, Any]:
    ta = "https://registry.example.org"
    jwk = {**anchor.public_key.jwk(), "kid": "anchor-key-1"}
    ec = _statement(anchor, {"iss": ta, "sub": ta, "exp": exp, "iat": exp - 86400, "jwks": {"keys": [jwk]},
                             "metadata": {"federation_entity": {"organization_name": "Example Federation"}}})
    st = _statement(anchor, {"iss": ta, "sub": subject, "exp": exp, "iat": exp - 86400,
                             "metadata": {"federation_entity": {"organization_name": name,
                                                                "homepage_uri": "https://nsu.example"}}})
    return {"trustAnchor": ec, "statements": [st]}


def test_openid_federation_statements_are_checked_offline() -> None:
    anchor, issuer = MemSigner.new("p256"), MemSigner.new("ed25519")
    exp = int((NOW + timedelta(days=1)).timestamp())
    bundle = _oidf(anchor, issuer.did, "Northfield State University", exp)
    reg = read_registry_bytes(json.dumps(bundle).encode(), id="oidf", name="oidf", now=NOW)
    found = reg.lookup(issuer.did)
    assert reg.name == "Example Federation" and found is not None and found.listing.name == "Northfield State University"
    # a statement signed by another key is refused, and so is an expired one
    forged = _oidf(MemSigner.new("p256"), issuer.did, "Massachusetts Institute of Technology", exp)
    with pytest.raises(TrustListRefused, match="not signed by the trust anchor"):
        read_oidf({"trustAnchor": bundle["trustAnchor"], "statements": forged["statements"]}, id="o", name="o", now=NOW)
    with pytest.raises(TrustListRefused, match="expired"):
        read_oidf(bundle, id="o", name="o", now=NOW + timedelta(days=2))


# --- the user's decisions and the trust command -------------------------------------------------------


def test_trust_add_list_and_remove_in_the_verifier_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office, issuer = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    lst, cred = tmp_path / "office.json", tmp_path / "cred.json"
    lst.write_text(json.dumps(trust_list(office, [{"id": issuer.did, "name": "Northfield State University"}])))
    cred.write_text(json.dumps(credential(issuer)))
    assert main(["--json", "verify", str(cred)]) == 4
    capsys.readouterr()
    assert main(["--json", "trust", "add", str(lst)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [x["name"] for x in doc["lists"]] == ["Career Office — recognised issuers"] and doc["refused"] == []
    assert main(["--json", "verify", str(cred)]) == 0  # the employer's verifier now recognises the issuer
    [report] = json.loads(capsys.readouterr().out)
    assert report["issuer"]["recognisedBy"] == "Career Office — recognised issuers"
    assert main(["--json", "trust", "remove", "Career Office — recognised issuers"]) == 0
    capsys.readouterr()
    assert main(["--json", "verify", str(cred)]) == 4
    capsys.readouterr()
    # a URL is fetched only with network permission
    assert main(["--json", "trust", "add", "https://career.example.edu/trust.json"]) == 2
    assert "network" in json.loads(capsys.readouterr().out)["error"]["message"]
    # the user's own decision, shown as such; the sandbox registry only when switched on
    assert main(["--json", "trust", "add-issuer", issuer.did, "--name", "NSU (I checked)"]) == 0
    assert main(["--json", "trust", "add", "dcc-sandbox"]) == 0
    capsys.readouterr()
    assert main(["--json", "verify", str(cred)]) == 0
    [report] = json.loads(capsys.readouterr().out)
    assert report["issuer"]["sourceKind"] == "user" and report["issuer"]["recognisedName"] == "NSU (I checked)"
    assert main(["--json", "trust", "list"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert next(r for r in doc["registries"] if r["id"] == "dcc-sandbox")["enabled"] is True
    assert main(["--json", "trust", "refresh"]) == 2  # refreshing needs --online


def test_a_loaded_list_that_expires_stops_counting(tmp_path: Path) -> None:
    office, issuer = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    data = json.dumps(trust_list(office, [{"id": issuer.did, "name": "NSU"}], until="2026-07-01T00:00:00Z")).encode()
    config, _reg = TrustConfig().add_file(data, "office.json", now=NOW)
    assert config.sources(now=NOW).lookup(issuer.did) is not None
    later = NOW + timedelta(days=60)
    assert config.sources(now=later).lookup(issuer.did) is None
    assert [p["code"] for p in config.describe(now=later)["refused"]] == ["trust-list-refused"]
    assert TrustConfig.from_json(json.loads(json.dumps(config.to_json()))).files == config.files


def test_the_users_decisions_are_shown_as_such() -> None:
    issuer = MemSigner.new("ed25519")
    report = verify_credential(credential(issuer), resolver=Resolver(), now=NOW, trust=TrustList().add(issuer.did, "NSU"))
    trust = report.check("issuer-trust")
    assert trust is not None and trust.detail.startswith("you trust this issuer")
    assert report.issuer["sourceKind"] == "user"
