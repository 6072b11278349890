"""SD-JWT (RFC 9901) and SD-JWT VC: verifier, holder and issuer (wallet.sdjwt)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from support import MemSigner

from wallet.errors import InputError, MalformedProof, NotACredential, SigningError
from wallet.identity.did import Resolver
from wallet.identity.keys import PublicKey, b64url_decode, b64url_encode
from wallet.proofs.jose import sign_jws
from wallet.proofs.sdjwt import issue_sd_jwt, list_disclosures, present_sd_jwt, verify_sd_jwt

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
NOW = datetime(2026, 9, 1, tzinfo=UTC)
IAT = 1767225600  # 2026-01-01


def statuses(result: Any) -> dict[str, str]:
    return {c.name: c.status for c in result.checks}


def check(result: Any, name: str) -> Any:
    found = [c for c in result.checks if c.name == name]
    assert found, f"no {name} check in {[c.name for c in result.checks]}"
    return found[0]


def no_failures(result: Any) -> bool:
    return not [c for c in result.checks if c.status == "failed"]


BADGE = {
    "name": "Teamwork — Service-Learning",
    "learner": {"name": "Maya Alvarez", "email": "maya@example.edu"},
    "achievement": {"name": "Teamwork", "criteria": "Led a crew of twelve", "level": 3},
    "skills": ["collaboration", "leadership", "planning"],
}
DISCLOSABLE = ["/learner/email", "/achievement", "/achievement/name", "/achievement/criteria", "/skills/1",
               "/skills/2", "/name"]


def issue(issuer: MemSigner, holder: MemSigner | None = None, **kw: Any) -> str:
    args: dict[str, Any] = {"disclosable": DISCLOSABLE, "vct": "https://example.edu/credentials/badge",
                            "holder_jwk": holder.public_key.jwk() if holder else None, "iss": issuer.did,
                            "iat": IAT}
    args.update(kw)
    return issue_sd_jwt(BADGE, issuer, **args)


# --- RFC 9901 §5 example -----------------------------------------------------------------------
def test_rfc9901_example() -> None:
    v = json.loads((VECTORS / "ietf-sd-jwt/rfc9901-section5-example.json").read_text())
    key = PublicKey.from_jwk(v["issuerPublicJwk"])
    # every disclosure's digest is the one the RFC gives
    listed = {d.raw: d for d in list_disclosures(v["sdJwtIssuance"])}
    assert len(listed) == len(v["disclosures"]) == 10
    for d in v["disclosures"]:
        assert listed[d["disclosure"]].digest == d["sha256"]
        contents = d["contents"]
        assert listed[d["disclosure"]].name == (contents[1] if len(contents) == 3 else None)
    assert listed[v["disclosures"][0]["disclosure"]].path == "/given_name"
    # issuance: signature and every disclosure
    full = verify_sd_jwt(v["sdJwtIssuance"], resolver=Resolver(), now=NOW, issuer_key=key)
    assert statuses(full)["sd-jwt-signature"] == "passed" and statuses(full)["disclosures"] == "passed"
    assert full.claims["address"]["country"] == "US" and full.claims["nationalities"] == ["US", "DE"]
    assert statuses(full)["sd-jwt-type"] == "warning"  # typ example+sd-jwt is no SD-JWT VC
    # the SD-JWT+KB presentation
    exp = v["verifierExpectations"]
    res = verify_sd_jwt(v["sdJwtKbPresentation"], resolver=Resolver(), now=NOW, issuer_key=key,
                        nonce=exp["nonce"], aud=exp["aud"])
    assert res.claims == v["expectedProcessedPayload"]
    assert res.key_binding is not None and res.key_binding["sd_hash"] == v["expectedSdHash"]
    assert {k: statuses(res)[k] for k in ("sd-jwt-signature", "disclosures", "key-binding", "challenge", "domain")} \
        == dict.fromkeys(("sd-jwt-signature", "disclosures", "key-binding", "challenge", "domain"), "passed")
    assert res.verified
    # without a trusted key, the https issuer's key is not available offline
    offline = verify_sd_jwt(v["sdJwtIssuance"], resolver=Resolver(), now=NOW)
    assert check(offline, "sd-jwt-signature").status == "not-checked"
    assert "(offline)" in check(offline, "sd-jwt-signature").detail


# --- SD-JWT VC example -------------------------------------------------------------------------
@pytest.mark.parametrize("case,expected", [("pres_kb", "expectedProcessedPayloadForPresKb"),
                                           ("pres", "expectedProcessedPayloadForPres"), ("issuance", None)])
def test_sd_jwt_vc_example(case: str, expected: str | None) -> None:
    v = json.loads((VECTORS / "ietf-sd-jwt/sd-jwt-vc-section2.3-example.json").read_text())
    iss = "https://example.com/issuer"
    # the issuer key published as a verification method of the issuer (kid doc-signer-05-25-2022 is
    # relative to iss); 'pres' has no kid, so the key is the issuer document itself
    vm = {"id": f"{iss}#doc-signer-05-25-2022", "type": "JsonWebKey", "controller": iss,
          "publicKeyJwk": v["issuerPublicJwk"]}
    docs = {iss: {"id": iss, "type": "JsonWebKey", "publicKeyJwk": v["issuerPublicJwk"], "verificationMethod": [vm],
                  "assertionMethod": [vm["id"]]}}
    kw: dict[str, Any] = {}
    if case == "pres_kb":
        kw = dict(nonce=v["verifierExpectations"]["nonce"], aud=v["verifierExpectations"]["aud"])
    res = verify_sd_jwt(v[case]["compact"], resolver=Resolver(documents=docs), now=NOW, **kw)
    assert check(res, "sd-jwt-signature").status == "passed", res.checks
    assert check(res, "sd-jwt-type").status == "passed"
    assert no_failures(res), res.checks
    assert res.claims["vct"] == "https://credentials.example.com/identity_credential"
    if expected:
        assert res.claims == v[expected]
    if case == "pres_kb":
        assert statuses(res)["key-binding"] == "passed"


# --- sd-jwt-python round-trip test cases (data-driven) -----------------------------------------
CASES = VECTORS / "sd-jwt-python/testcases"


class _SD:
    """A value tagged ``!sd`` in a test case (hashable so it can be a mapping key)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __hash__(self) -> int:
        return hash(("sd", repr(self.value)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _SD) and other.value == self.value


def _load_yaml(path: Path) -> Any:
    import yaml  # PyYAML is in the test extra: the conformance cases are never skipped

    class Loader(yaml.SafeLoader):
        pass

    def sd(loader: Any, node: Any) -> _SD:
        if isinstance(node, yaml.ScalarNode):
            plain = node.style is None
            tag = loader.resolve(yaml.ScalarNode, node.value, (plain, not plain))
            return _SD(loader.construct_object(yaml.ScalarNode(tag, node.value, style=node.style)))
        if isinstance(node, yaml.SequenceNode):
            return _SD(loader.construct_sequence(node, deep=True))
        return _SD(loader.construct_mapping(node, deep=True))

    Loader.add_constructor("!sd", sd)
    return yaml.load(path.read_text(), Loader=Loader)  # noqa: S506 - SafeLoader subclass


def _esc(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _untag(node: Any, path: str, pointers: list[str]) -> Any:
    """Plain claims from ``!sd``-tagged ones; the tagged claims' pointers go to ``pointers``."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            sd = isinstance(k, _SD) or isinstance(v, _SD)
            name = str(k.value if isinstance(k, _SD) else k)
            p = f"{path}/{_esc(name)}"
            out[name] = _untag(v.value if isinstance(v, _SD) else v, p, pointers)
            if sd:
                pointers.append(p)
        return out
    if isinstance(node, list):
        items = []
        for i, v in enumerate(node):
            p = f"{path}/{i}"
            items.append(_untag(v.value if isinstance(v, _SD) else v, p, pointers))
            if isinstance(v, _SD):
                pointers.append(p)
        return items
    return node


def _selection(sel: Any, claims: Any, path: str, pointers: list[str]) -> None:
    """sd-jwt-python's holder selection (truthy = reveal, nested = reveal and recurse) as pointers."""
    if isinstance(sel, dict) and isinstance(claims, dict):
        for k, v in sel.items():
            k = str(k)
            if v in (False, None) or k not in claims:
                continue
            pointers.append(f"{path}/{_esc(k)}")
            _selection(v, claims[k], f"{path}/{_esc(k)}", pointers)
    elif isinstance(sel, list) and isinstance(claims, list):
        for i, (v, c) in enumerate(zip(sel, claims, strict=False)):
            if v in (False, None):
                continue
            pointers.append(f"{path}/{i}")
            _selection(v, c, f"{path}/{i}", pointers)


def _to_json_serialization(compact: str) -> str:
    """RFC 9901 §8 flattened JSON serialization of a compact SD-JWT(+KB)."""
    parts = compact.split("~")
    protected, payload, signature = parts[0].split(".")
    header: dict[str, Any] = {"disclosures": parts[1:-1]}
    if parts[-1]:
        header["kb_jwt"] = parts[-1]
    return json.dumps({"protected": protected, "payload": payload, "signature": signature, "header": header})


SD_JWT_PY_CASES = sorted(p.parent.name for p in CASES.glob("*/specification.yml"))


def test_all_sd_jwt_python_cases_found() -> None:
    assert len(SD_JWT_PY_CASES) == 17


@pytest.mark.parametrize("case", SD_JWT_PY_CASES)
def test_sd_jwt_python_testcase(case: str) -> None:
    settings = _load_yaml(CASES / "settings.yml")
    spec = _load_yaml(CASES / case / "specification.yml")
    issuer = MemSigner.from_jwk(settings["key_settings"]["issuer_keys"][0])
    holder = MemSigner.from_jwk(settings["key_settings"]["holder_key"])
    pointers: list[str] = []
    claims = _untag(spec["user_claims"], "", pointers)
    binding = bool(spec.get("key_binding"))
    sd_jwt = issue_sd_jwt(claims, issuer, disclosable=pointers, vct="urn:example:test", iss=issuer.did,
                          holder_jwk=holder.public_key.jwk(), iat=settings["iat"], exp=settings["exp"])
    # the holder sees everything the issuer put in
    everything = verify_sd_jwt(sd_jwt, resolver=Resolver(), now=NOW)
    assert no_failures(everything), everything.checks
    assert {k: v for k, v in everything.claims.items() if k not in ("iss", "iat", "exp", "vct", "cnf")} == claims
    assert sorted(d.path for d in list_disclosures(sd_jwt)) == sorted(pointers)

    reveal: list[str] = []
    _selection(spec["holder_disclosed_claims"], claims, "", reveal)
    nonce, aud = settings["key_binding_nonce"], settings["identifiers"]["verifier"]
    kb = dict(holder_signer=holder, nonce=nonce, aud=aud, iat=IAT) if binding else {}
    presentation = present_sd_jwt(sd_jwt, reveal, **kb)
    if spec.get("serialization_format") == "json":
        presentation = _to_json_serialization(presentation)
    res = verify_sd_jwt(presentation, resolver=Resolver(), now=NOW, require_key_binding=binding,
                        **({"nonce": nonce, "aud": aud} if binding else {}))
    assert check(res, "sd-jwt-signature").status == "passed"
    assert no_failures(res), res.checks
    if binding:
        assert check(res, "key-binding").status == "passed"
    got = {k: v for k, v in res.claims.items() if k not in ("iss", "iat", "exp", "vct", "cnf")}
    assert got == spec["expect_verified_user_claims"]


# --- issuer and holder -------------------------------------------------------------------------
@pytest.mark.parametrize("key_type", ["ed25519", "p256"])
def test_issue_present_verify_round_trip(key_type: str) -> None:
    issuer, holder = MemSigner.new(key_type), MemSigner.new("p256")
    sd_jwt = issue(issuer, holder, exp=IAT + 10 * 365 * 86400)
    header = json.loads(base64.urlsafe_b64decode(sd_jwt.split(".")[0] + "=="))
    assert header == {"alg": "EdDSA" if key_type == "ed25519" else "ES256", "typ": "dc+sd-jwt",
                      "kid": issuer.verification_method}
    paths = [d.path for d in list_disclosures(sd_jwt)]
    assert sorted(paths) == sorted(DISCLOSABLE)

    pres = present_sd_jwt(sd_jwt, ["/achievement/name", "/skills/2"], holder_signer=holder,
                          nonce="n-42", aud="https://verifier.example", iat=IAT + 100)
    res = verify_sd_jwt(pres, resolver=Resolver(), now=NOW, nonce="n-42", aud="https://verifier.example")
    assert statuses(res) == {"sd-jwt-signature": "passed", "sd-jwt-type": "passed", "disclosures": "passed",
                             "validity": "passed", "key-binding": "passed", "challenge": "passed",
                             "domain": "passed"}
    # only the chosen claims and the parent needed to reach them
    assert res.claims["achievement"] == {"name": "Teamwork", "level": 3}
    assert res.claims["skills"] == ["collaboration", "planning"]
    assert res.claims["learner"] == {"name": "Maya Alvarez"}
    assert "name" not in res.claims
    assert sorted(d.path for d in res.disclosures) == ["/achievement", "/achievement/name", "/skills/1"]


def test_present_without_key_binding_and_bad_requests() -> None:
    issuer, holder = MemSigner.new("ed25519"), MemSigner.new("ed25519")
    sd_jwt = issue(issuer, holder)
    pres = present_sd_jwt(sd_jwt, ["/learner/email"])
    assert pres.endswith("~") and pres.count("~") == 2
    res = verify_sd_jwt(pres, resolver=Resolver(), now=NOW)
    assert no_failures(res) and res.claims["learner"]["email"] == "maya@example.edu"
    assert "key-binding" not in statuses(res)
    # a verifier that needs key binding
    assert check(verify_sd_jwt(pres, resolver=Resolver(), now=NOW, require_key_binding=True),
                 "key-binding").status == "failed"
    with pytest.raises(InputError):
        present_sd_jwt(sd_jwt, ["/no/such/claim"])
    with pytest.raises(SigningError):
        present_sd_jwt(sd_jwt, [], holder_signer=MemSigner.new("ed25519"), nonce="n", aud="a")
    with pytest.raises(InputError):
        present_sd_jwt(sd_jwt, [], holder_signer=holder)  # no nonce/aud
    with pytest.raises(InputError):
        issue_sd_jwt({"vct": "x"}, issuer, disclosable=[], vct="v", holder_jwk=None, iss=issuer.did, iat=IAT)
    with pytest.raises(InputError):
        issue_sd_jwt({"a": 1}, issuer, disclosable=["/b"], vct="v", holder_jwk=None, iss=issuer.did, iat=IAT)


def test_deterministic_salts() -> None:
    issuer = MemSigner.new("ed25519")
    a = issue(issuer, salt_source=lambda n: b"\x01" * n)
    b = issue(issuer, salt_source=lambda n: b"\x01" * n)
    assert [d.raw for d in list_disclosures(a)] == [d.raw for d in list_disclosures(b)]


# --- bad input ---------------------------------------------------------------------------------
def _disclosure(content: list[Any]) -> str:
    return b64url_encode(json.dumps(content).encode())


@pytest.fixture
def bound() -> tuple[MemSigner, MemSigner, str]:
    issuer, holder = MemSigner.new("p256"), MemSigner.new("p256")
    return issuer, holder, issue(issuer, holder)


def test_disclosure_matching_no_digest(bound: tuple[MemSigner, MemSigner, str]) -> None:
    _i, _h, sd_jwt = bound
    stranger = _disclosure(["c2FsdHNhbHRzYWx0", "email", "mallory@example.com"])
    res = verify_sd_jwt(sd_jwt + stranger + "~", resolver=Resolver(), now=NOW)
    d = check(res, "disclosures")
    assert d.status == "failed" and "'email'" in d.detail and "matches no digest" in d.detail
    assert res.claims["learner"]["email"] == "maya@example.edu"  # the stranger did not replace it


def test_tampered_disclosure(bound: tuple[MemSigner, MemSigner, str]) -> None:
    _i, _h, sd_jwt = bound
    raws = [d.raw for d in list_disclosures(sd_jwt)]
    target = next(r for r in raws if json.loads(b64url_decode(r))[1:] == ["email", "maya@example.edu"])
    salt = json.loads(b64url_decode(target))[0]
    forged = _disclosure([salt, "email", "eve@example.com"])
    res = verify_sd_jwt(sd_jwt.replace(target, forged), resolver=Resolver(), now=NOW)
    d = check(res, "disclosures")
    assert d.status == "failed" and "'email'" in d.detail
    assert "email" not in res.claims["learner"]


def test_repeated_disclosure_and_digest(bound: tuple[MemSigner, MemSigner, str]) -> None:
    issuer, _h, sd_jwt = bound
    first = list_disclosures(sd_jwt)[0].raw
    assert check(verify_sd_jwt(sd_jwt + first + "~", resolver=Resolver(), now=NOW), "disclosures").status == "failed"
    # an issuer payload that lists the same digest twice
    disc = _disclosure(["salt-1", "given_name", "Maya"])
    import hashlib

    dig = b64url_encode(hashlib.sha256(disc.encode()).digest())
    jwt = sign_jws({"iss": issuer.did, "vct": "x", "_sd": [dig], "nested": {"_sd": [dig]}}, issuer,
                   {"typ": "dc+sd-jwt", "kid": issuer.verification_method})
    res = verify_sd_jwt(f"{jwt}~{disc}~", resolver=Resolver(), now=NOW)
    assert check(res, "disclosures").status == "failed" and "more than once" in check(res, "disclosures").detail


def test_key_binding_failures(bound: tuple[MemSigner, MemSigner, str]) -> None:
    _issuer, holder, sd_jwt = bound
    pres = present_sd_jwt(sd_jwt, ["/name"], holder_signer=holder, nonce="right", aud="https://v.example", iat=IAT)
    ok = verify_sd_jwt(pres, resolver=Resolver(), now=NOW, nonce="right", aud="https://v.example")
    assert ok.verified
    wrong_nonce = verify_sd_jwt(pres, resolver=Resolver(), now=NOW, nonce="other", aud="https://v.example")
    assert statuses(wrong_nonce)["challenge"] == "failed" and not wrong_nonce.verified
    wrong_aud = verify_sd_jwt(pres, resolver=Resolver(), now=NOW, nonce="right", aud="https://evil.example")
    assert statuses(wrong_aud)["domain"] == "failed"
    # a KB-JWT signed by another key
    head, kb = pres.rsplit("~", 1)
    kb_payload = json.loads(b64url_decode(kb.split(".")[1]))
    forged = head + "~" + sign_jws(kb_payload, MemSigner.new("p256"), {"typ": "kb+jwt"})
    res = verify_sd_jwt(forged, resolver=Resolver(), now=NOW, nonce="right", aud="https://v.example")
    assert statuses(res)["key-binding"] == "failed" and "cnf" in check(res, "key-binding").detail
    # a disclosure dropped after the holder signed: sd_hash no longer matches
    parts = pres.split("~")
    dropped = "~".join([parts[0], *parts[2:]])
    res = verify_sd_jwt(dropped, resolver=Resolver(), now=NOW, nonce="right", aud="https://v.example")
    assert statuses(res)["key-binding"] == "failed" and "sd_hash" in check(res, "key-binding").detail
    # a KB-JWT with the wrong typ
    wrong_typ = head + "~" + sign_jws(kb_payload, holder, {"typ": "JWT"})
    assert statuses(verify_sd_jwt(wrong_typ, resolver=Resolver(), now=NOW))["key-binding"] == "failed"


def test_issuer_signature_failures(bound: tuple[MemSigner, MemSigner, str]) -> None:
    issuer, _h, sd_jwt = bound
    jwt, rest = sd_jwt.split("~", 1)
    h, p, _s = jwt.split(".")
    payload = json.loads(b64url_decode(p))
    payload["vct"] = "https://evil.example/other"
    forged = f"{h}.{b64url_encode(json.dumps(payload).encode())}.{_s}~{rest}"
    assert statuses(verify_sd_jwt(forged, resolver=Resolver(), now=NOW))["sd-jwt-signature"] == "failed"
    none = b64url_encode(json.dumps({"alg": "none", "typ": "dc+sd-jwt"}).encode())
    res = verify_sd_jwt(f"{none}.{p}.~{rest}", resolver=Resolver(), now=NOW)
    assert statuses(res)["sd-jwt-signature"] == "failed" and "none" in check(res, "sd-jwt-signature").detail
    # EdDSA header with a P-256 issuer key
    eddsa = b64url_encode(json.dumps({"alg": "EdDSA", "typ": "dc+sd-jwt", "kid": issuer.verification_method}).encode())
    res = verify_sd_jwt(f"{eddsa}.{p}.{_s}~{rest}", resolver=Resolver(), now=NOW)
    assert statuses(res)["sd-jwt-signature"] == "failed" and "P-256" in check(res, "sd-jwt-signature").detail


def test_typ_sd_alg_vct_and_structure() -> None:
    issuer = MemSigner.new("ed25519")

    def signed(payload: dict[str, Any], typ: str = "dc+sd-jwt") -> str:
        return sign_jws(payload, issuer, {"typ": typ, "kid": issuer.verification_method}) + "~"

    base = {"iss": issuer.did, "vct": "urn:x"}
    old = verify_sd_jwt(signed(base, "vc+sd-jwt"), resolver=Resolver(), now=NOW)
    assert check(old, "sd-jwt-type").status == "passed" and "older" in check(old, "sd-jwt-type").detail
    assert check(verify_sd_jwt(signed(base, "JWT"), resolver=Resolver(), now=NOW), "sd-jwt-type").status == "warning"
    unsupported = verify_sd_jwt(signed({**base, "_sd_alg": "md5"}), resolver=Resolver(), now=NOW)
    assert check(unsupported, "disclosures").status == "failed" and "md5" in check(unsupported, "disclosures").detail
    assert check(verify_sd_jwt(signed({"iss": issuer.did}), resolver=Resolver(), now=NOW),
                 "jwt-claims").status == "failed"  # no vct
    # an SD-JWT VC must not hide vct
    disc = _disclosure(["s1", "vct", "urn:x"])
    import hashlib

    dig = b64url_encode(hashlib.sha256(disc.encode()).digest())
    res = verify_sd_jwt(signed({"iss": issuer.did, "_sd": [dig]}) + disc + "~", resolver=Resolver(), now=NOW)
    assert check(res, "disclosures").status == "failed" and "vct" in check(res, "disclosures").detail
    with pytest.raises(NotACredential):
        verify_sd_jwt("eyJhbGciOiJFUzI1NiJ9.e30.c2ln", resolver=Resolver(), now=NOW)
    with pytest.raises(MalformedProof):
        verify_sd_jwt(signed(base) + "~abc~", resolver=Resolver(), now=NOW)


# --- interop with the reference JavaScript stack (@sd-jwt/sd-jwt-vc via tests/interop) --------
@pytest.fixture(scope="session")
def harness(interop_cli: Path) -> Path:
    return interop_cli  # tests/interop/cli.mjs (conftest.py)


def run_harness(cli: Path, *args: str) -> dict[str, Any]:
    import subprocess

    out = subprocess.run(["node", str(cli), *args], capture_output=True, text=True, check=False, timeout=120)
    assert out.stdout.strip(), out.stderr
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    result["exit"] = out.returncode
    return result


def key_file(path: Path, signer: MemSigner, *, secret: bool) -> Path:
    """A harness key file ({type, did, publicKeyJwk[, privateKeyJwk]}) for a Python key."""
    data: dict[str, Any] = {"type": signer.key_type, "did": signer.did, "publicKeyJwk": signer.public_key.jwk()}
    if secret:
        data["privateKeyJwk"] = signer.private_jwk()
    path.write_text(json.dumps(data))
    return path


INTEROP_CLAIMS = {"name": "Teamwork — Service-Learning", "learner": "Maya Alvarez",
                  "achievement": {"name": "Teamwork", "criteria": "Led a crew of twelve"}}


@pytest.mark.interop
@pytest.mark.parametrize("issuer_type", ["p256", "ed25519"])
def test_interop_harness_issues_python_verifies(harness: Path, tmp_path: Path, issuer_type: str) -> None:
    holder = MemSigner.new("p256")
    assert run_harness(harness, "keygen", "--type", issuer_type, "--out", str(tmp_path / "issuer.json"))["ok"]
    (tmp_path / "claims.json").write_text(json.dumps(INTEROP_CLAIMS))
    issued = run_harness(harness, "sdjwt-issue", "--key", str(tmp_path / "issuer.json"), "--in",
                         str(tmp_path / "claims.json"), "--disclose", "name,achievement,achievement.criteria",
                         "--vct", "https://example.edu/credentials/badge", "--out", str(tmp_path / "cred.sdjwt"),
                         "--holder", str(key_file(tmp_path / "holder.json", holder, secret=False)))
    assert issued["ok"], issued
    now = datetime.now(UTC)
    cred = (tmp_path / "cred.sdjwt").read_text()
    res = verify_sd_jwt(cred, resolver=Resolver(), now=now)
    assert res.verified and no_failures(res), res.checks
    assert {k: res.claims[k] for k in INTEROP_CLAIMS} == INTEROP_CLAIMS
    assert res.claims["cnf"]["jwk"] == holder.public_key.jwk()

    # the harness presents without key binding
    plain = run_harness(harness, "sdjwt-present", "--in", str(tmp_path / "cred.sdjwt"), "--reveal", "achievement",
                        "--out", str(tmp_path / "plain.sdjwt"))
    assert plain["ok"], plain
    res = verify_sd_jwt((tmp_path / "plain.sdjwt").read_text(), resolver=Resolver(), now=now)
    assert res.verified and "name" not in res.claims and "criteria" not in res.claims["achievement"]

    # the harness presents with key binding, signing with the Python holder's key
    key_file(tmp_path / "holder-secret.json", holder, secret=True)
    kb = run_harness(harness, "sdjwt-present", "--in", str(tmp_path / "cred.sdjwt"), "--reveal",
                     "achievement.criteria", "--holder", str(tmp_path / "holder-secret.json"), "--nonce", "n-7",
                     "--aud", "https://verifier.example", "--out", str(tmp_path / "kb.sdjwt"))
    assert kb["ok"], kb
    res = verify_sd_jwt((tmp_path / "kb.sdjwt").read_text(), resolver=Resolver(), now=now, nonce="n-7",
                        aud="https://verifier.example")
    assert res.verified and statuses(res)["key-binding"] == "passed", res.checks
    assert res.claims["achievement"]["criteria"] == "Led a crew of twelve"
    wrong = verify_sd_jwt((tmp_path / "kb.sdjwt").read_text(), resolver=Resolver(), now=now, nonce="n-8",
                          aud="https://verifier.example")
    assert not wrong.verified


@pytest.mark.interop
@pytest.mark.parametrize("holder_type", ["p256", "ed25519"])
def test_interop_python_presents_harness_verifies(harness: Path, tmp_path: Path, holder_type: str) -> None:
    holder = MemSigner.new(holder_type)
    assert run_harness(harness, "keygen", "--type", "p256", "--out", str(tmp_path / "issuer.json"))["ok"]
    (tmp_path / "claims.json").write_text(json.dumps(INTEROP_CLAIMS))
    issued = run_harness(harness, "sdjwt-issue", "--key", str(tmp_path / "issuer.json"), "--in",
                         str(tmp_path / "claims.json"), "--disclose", "name,learner,achievement,achievement.criteria",
                         "--vct", "https://example.edu/credentials/badge", "--out", str(tmp_path / "cred.sdjwt"),
                         "--holder", str(key_file(tmp_path / "holder.json", holder, secret=False)))
    assert issued["ok"], issued
    cred = (tmp_path / "cred.sdjwt").read_text()
    assert sorted(d.path for d in list_disclosures(cred)) == ["/achievement", "/achievement/criteria", "/learner",
                                                              "/name"]
    pres = present_sd_jwt(cred, ["/achievement/criteria", "/name"], holder_signer=holder, nonce="n-9",
                          aud="https://verifier.example")
    (tmp_path / "pres.sdjwt").write_text(pres)
    out = run_harness(harness, "sdjwt-verify", "--in", str(tmp_path / "pres.sdjwt"), "--nonce", "n-9",
                      "--aud", "https://verifier.example")
    assert out["ok"] and out["verified"], out
    assert out["keyBinding"]["verified"] is True
    assert out["claims"]["name"] == INTEROP_CLAIMS["name"]
    assert out["claims"]["achievement"] == INTEROP_CLAIMS["achievement"]
    assert "learner" not in out["claims"]  # not disclosed
    # the harness rejects our presentation for another audience
    bad = run_harness(harness, "sdjwt-verify", "--in", str(tmp_path / "pres.sdjwt"), "--nonce", "n-9",
                      "--aud", "https://other.example")
    assert not bad["ok"] and bad["exit"] == 1


@pytest.mark.interop
@pytest.mark.parametrize("issuer_type", ["ed25519", "p256"])
def test_interop_python_issues_harness_verifies(harness: Path, tmp_path: Path, issuer_type: str) -> None:
    issuer, holder = MemSigner.new(issuer_type), MemSigner.new("p256")
    cred = issue(issuer, holder, iat=int(datetime.now(UTC).timestamp()) - 60)
    pres = present_sd_jwt(cred, ["/achievement/name", "/skills/1"], holder_signer=holder, nonce="n-1",
                          aud="https://verifier.example")
    (tmp_path / "pres.sdjwt").write_text(pres)
    out = run_harness(harness, "sdjwt-verify", "--in", str(tmp_path / "pres.sdjwt"), "--nonce", "n-1",
                      "--aud", "https://verifier.example")
    assert out["ok"], out
    assert out["claims"]["achievement"] == {"name": "Teamwork", "level": 3}
    assert out["claims"]["skills"] == ["collaboration", "leadership"]
    assert "email" not in out["claims"]["learner"] and "name" not in out["claims"]


def test_general_json_serialization(bound: tuple[MemSigner, MemSigner, str]) -> None:
    _issuer, holder, sd_jwt = bound
    pres = present_sd_jwt(sd_jwt, ["/learner/email"], holder_signer=holder, nonce="n", aud="a", iat=IAT)
    flat = json.loads(_to_json_serialization(pres))
    general = {"payload": flat["payload"],
               "signatures": [{"protected": flat["protected"], "signature": flat["signature"], "header": flat["header"]}]}
    res = verify_sd_jwt(json.dumps(general), resolver=Resolver(), now=NOW, nonce="n", aud="a")
    assert res.verified and res.claims["learner"]["email"] == "maya@example.edu"
    general["signatures"][0]["header"]["disclosures"] = []
    assert statuses(verify_sd_jwt(json.dumps(general), resolver=Resolver(), now=NOW, nonce="n", aud="a"))[
        "key-binding"] == "failed"
