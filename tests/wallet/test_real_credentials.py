"""Real, publicly published credentials (tests/vectors/real/, provenance and licences in its README): every
file is verified as the app does it — offline, and where the manifest says so "online", with the issuer's
documents served by a test-only fetcher — and compared with the expected outcome in ``expected.json``.

The online stand-in (:class:`RealFetcher`) answers only what the corpus itself publishes, *as if fetched*:

* the 1EdTech OB 2.0 validator assets at ``https://example.org/``, ``https://www.example.org/`` and
  ``http://example.org/`` (the hosts its own tests map to ``ob20/assets``), and the assertion under test at
  its own ``id`` (its issuer "hosts" exactly that copy);
* the DCC status lists the DCC fixtures point at (copied from the same repositories);
* ``did:example:123``, the DID of the DIF JWS test suite, from the suite's own key files (``keys/``).

Everything else is unreachable (NetworkError), like a host that is down.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from wallet.credentials import parse_input, verify_input
from wallet.errors import InputError, NetworkError
from wallet.identity.did import Resolver

REAL = Path(__file__).resolve().parent.parent / "vectors" / "real"
MANIFEST = json.loads((REAL / "expected.json").read_text())
NOW = datetime.fromisoformat(MANIFEST["now"])
OB20_HOSTS = ("https://example.org/", "https://www.example.org/", "http://example.org/")
STATUS_LISTS = {
    "https://digitalcredentials.github.io/vc-test-fixtures/statusLists/didkey-ed25519Signature2020/e5WK8CbZ1GjycuPombrj":
        "dcc-vc-test-fixtures/statusLists/e5WK8CbZ1GjycuPombrj",
    "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj":
        "../dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj",
}


class RealFetcher:
    def __init__(self, subject: dict[str, Any] | None = None, raw: bytes = b"") -> None:
        self.subject = subject
        self.raw = raw
        self.calls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.calls.append(url)
        if self.subject is not None and url == self.subject.get("id"):
            return self.raw
        if url in STATUS_LISTS:
            return (REAL / STATUS_LISTS[url]).read_bytes()
        for host in OB20_HOSTS:
            if url.startswith(host) and "/" not in url[len(host):]:
                path = REAL / "1edtech-ob20" / "assets" / url[len(host):]
                if path.is_file():
                    return path.read_bytes()
        raise NetworkError(f"{url} is not reachable (test stand-in: 404)")


class RealResolver(Resolver):
    """The wallet's resolver, plus did:example:123 from the DIF JWS test suite's key files (test only)."""

    def resolve_did(self, did: str) -> dict[str, Any]:
        if did.split("#", 1)[0] == "did:example:123":
            keys = [json.loads(p.read_text()) for p in sorted((REAL / "dif-jws-test-suite" / "keys").glob("*.json"))]
            return {"id": "did:example:123", "verificationMethod": keys, "assertionMethod": [k["id"] for k in keys]}
        return super().resolve_did(did)


def _hosted_copy(data: bytes, name: str) -> tuple[dict[str, Any] | None, bytes]:
    """An OB 2.0 hosted assertion (JSON or baked) and the bytes its issuer "serves" at its id: itself."""
    try:
        found = parse_input(data, name=name).credentials
    except InputError:
        return None, b""
    if len(found) == 1 and found[0].format == "ob2" and not found[0].text:
        return found[0].document, json.dumps(found[0].document).encode()
    return None, b""


def _outcome(data: bytes, name: str, online: bool) -> dict[str, Any]:
    if online:
        subject, served = _hosted_copy(data, name)
        resolver: Resolver = RealResolver(fetcher=RealFetcher(subject, served), allow_network=True)
    else:
        resolver = Resolver()
    try:
        reports = verify_input(data, name, resolver=resolver, now=NOW, allow_network=online)
    except InputError as exc:
        return {"error": exc.code, "why": str(exc)}
    assert len(reports) == 1, name
    report = reports[0]
    if report.error:
        return {"error": report.error["code"], "why": report.error.get("message", "")}
    out: dict[str, Any] = {"state": report.state, "checks": {}}
    for c in report.checks:
        out["checks"].setdefault(c.name, []).append((c.status, c.reason))
    out["json"] = report.to_json()
    return out


CASES = [(f, mode) for f, e in sorted(MANIFEST["files"].items()) for mode in ("offline", "online") if mode in e]


@pytest.mark.parametrize(("name", "mode"), CASES, ids=[f"{f}[{m}]" for f, m in CASES])
def test_real_credential(name: str, mode: str) -> None:
    expect = MANIFEST["files"][name][mode]
    got = _outcome((REAL / name).read_bytes(), name, online=mode == "online")
    why = json.dumps(got.get("json", got), indent=1)[:4000]
    if "error" in expect:
        assert got.get("error") == expect["error"], why
        return
    assert "error" not in got, why
    assert got["state"] == expect["state"], why
    for status in ("passed", "failed", "not-checked", "warning"):
        for check in expect.get(status.replace("-", "_"), []):
            name_, _, reason = check.partition(":")
            found = got["checks"].get(name_, [])
            assert any(s == status and (not reason or r == reason) for s, r in found), f"{check} should be {status}\n{why}"


def test_every_file_has_an_expected_outcome() -> None:
    """A credential added to the corpus without an expectation (or an expectation without a file) fails here."""
    kinds = (".json", ".jwt", ".sd-jwt", ".png", ".svg")
    on_disk = {str(p.relative_to(REAL)) for p in REAL.rglob("*") if p.suffix in kinds and p.is_file()
               and "/assets/" not in str(p) and "/keys/" not in str(p) and p.name != "expected.json"}
    assert on_disk == set(MANIFEST["files"]), on_disk ^ set(MANIFEST["files"])
    for entry in MANIFEST["files"].values():
        assert entry.get("kind") and entry.get("why"), entry


def test_hosted_assertion_differing_from_the_issuers_copy_fails() -> None:
    """A hosted OB 2.0 assertion whose issuer serves another version (here: the recipient changed after the
    badge was baked) is not verified: the hosted copy is authoritative."""
    name = "1edtech-ob20/basic-assertion.json"
    local = json.loads((REAL / name).read_bytes())
    tampered = {**local, "recipient": {**local["recipient"], "identity": "sha256$" + "0" * 64}}
    fetcher = RealFetcher(local, (REAL / name).read_bytes())  # the issuer serves the original
    resolver = Resolver(fetcher=fetcher, allow_network=True)
    report = verify_input(json.dumps(tampered).encode(), name, resolver=resolver, now=NOW, allow_network=True)[0]
    proof = report.check("proof")
    assert proof is not None and proof.status == "failed" and "recipient" in proof.detail, report.to_json()
    assert not report.authentic
    # and the untouched copy passes the same check with the same stand-in
    same = verify_input((REAL / name).read_bytes(), name, resolver=resolver, now=NOW, allow_network=True)[0]
    assert same.check("proof").status == "passed", same.to_json()  # type: ignore[union-attr]


def test_signed_assertion_with_a_changed_payload_fails() -> None:
    """An OB 2.0 signed assertion whose payload was changed after signing does not verify."""
    import base64

    token = (REAL / "1edtech-ob20/simple.jwt").read_text().strip()
    h, p, s = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    payload["issuedOn"] = "2016-12-30T23:59:59Z"
    p2 = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    resolver = Resolver(fetcher=RealFetcher(), allow_network=True)
    report = verify_input(f"{h}.{p2}.{s}".encode(), "changed.jwt", resolver=resolver, now=NOW, allow_network=True)[0]
    proof = report.check("proof")
    assert proof is not None and proof.status == "failed", report.to_json()
    original = verify_input(token.encode(), "simple.jwt", resolver=resolver, now=NOW, allow_network=True)[0]
    assert original.check("proof").status == "passed", original.to_json()  # type: ignore[union-attr]
