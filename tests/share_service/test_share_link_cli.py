"""The wallet side of share-by-link, end to end over real HTTP on loopback: ``learner-wallet-cli present ID
--format link --server URL --out qr.png`` uploads a presentation the wallet's DID signs for the link, the
QR code (version <= 5) reads back as the link, ``links list`` shows it with expiry and views, and
``links revoke`` deletes it on the service with a DID-signed request."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

SKILL = "/credentialSubject/achievement/alignment/0/targetName"


@pytest.fixture
def served(tmp_path: Path, trust_file: str) -> Iterator[str]:
    from share_service.app import create_app
    from share_service.config import ServiceConfig
    from share_service.local import LocalServer, free_port

    port = free_port()
    config = ServiceConfig(origin=f"http://127.0.0.1:{port}", db=str(tmp_path / "service.db"),
                           trust_list_path=trust_file, demo=True)
    with LocalServer(create_app(config), port) as srv:
        yield srv.origin


def _cli(capsys: Any, *args: str) -> tuple[int, Any]:
    from wallet.cli import main

    code = main(["--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_present_as_a_link_list_and_revoke(wallet: Any, home: Path, served: str, tmp_path: Path,
                                           capsys: Any) -> None:
    from wallet.demo.issuer import build_demo_documents
    from wallet.share.qr import qr_info, read_qr_image

    docs = build_demo_documents(holder_did=wallet.default_did())  # the demo record, issued to this wallet's DID
    cid = wallet.import_bytes(json.dumps(docs.credentials["sl-community-health-outreach"]).encode(),
                              "micro.json").added[0]["id"]
    wallet.close()
    qr_path = tmp_path / "qr.png"
    code, made = _cli(capsys, "--home", str(home), "present", cid, "--format", "link", "--server", served,
                      "--reveal", SKILL, "--expires-days", "7", "--out", str(qr_path))
    assert code == 0, made
    url = made["url"]
    assert url.startswith(f"{served}/v/") and made["qr_version"] <= 5
    assert read_qr_image(qr_path.read_bytes()) == [url]  # the printed code is the link
    assert qr_info(url).version <= 5

    report = httpx.get(url, headers={"accept": "application/json"}).json()
    assert report["verdict"] == "verified" and report["holder"] == made["holder"]
    labels = {f["label"]: f["value"] for f in report["credentials"][0]["fields"]}
    assert labels["Skill"] == "Communication"  # the one chosen field (plus what the issuer made mandatory)
    assert labels["Achievement"] == "Service-Learning: Community Health Outreach"
    assert "How it was earned" not in labels and "Skill framework" not in labels  # not chosen, not shown
    assert report["link"]["expires_at"][:10] == made["expires_at"][:10]

    code, listed = _cli(capsys, "--home", str(home), "links", "list")
    assert code == 0 and [e["url"] for e in listed] == [url]
    assert listed[0]["views"] == 0 and listed[0]["revoked"] is False
    code, fresh = _cli(capsys, "--home", str(home), "--online", "links", "list")
    assert fresh[0]["views"] == 1  # the employer's view above, fetched without counting another

    code, revoked = _cli(capsys, "--home", str(home), "links", "revoke", url)
    assert code == 0 and revoked == {"url": url, "revoked": True, "deleted": True}
    assert httpx.get(url).status_code == 404
    code, listed = _cli(capsys, "--home", str(home), "links", "list")
    assert listed[0]["revoked"] is True
    code, again = _cli(capsys, "--home", str(home), "links", "revoke", url)
    assert code == 0 and again["deleted"] is False  # already gone: said so, not an error


def test_link_errors_are_clear(wallet: Any, home: Path, served: str, tmp_path: Path, capsys: Any) -> None:
    from wallet.share.link import create_link

    wallet.close()
    code, err = _cli(capsys, "--home", str(home), "present", "x", "--format", "link", "--out", str(tmp_path / "q.png"))
    assert code == 2 and err["error"]["code"] == "usage" and "--server" in err["error"]["message"]
    code, err = _cli(capsys, "--home", str(home), "present", "x", "--format", "link", "--server",
                     "http://share.example.edu", "--out", str(tmp_path / "q.png"))
    assert code == 2 and "not HTTPS" in err["error"]["message"]  # plain http only to this computer

    def liar(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
        return 201, json.dumps({"id": "A" * 22, "origin": "https://evil.example"}).encode()

    from wallet.errors import ShareServiceError
    from wallet.wallet import Wallet

    w = Wallet.open(home)
    try:
        with pytest.raises(ShareServiceError, match="says it is https://evil.example"):
            create_link(w, ["x"], "https://share.example.edu", transport=liar)
    finally:
        w.close()
    code, listed = _cli(capsys, "--home", str(home), "links", "revoke", f"{served}/v/{'B' * 22}")
    assert code == 2 and "not a link in this wallet" in listed["error"]["message"]
