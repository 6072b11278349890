"""The employer's side of a share link, over real HTTP to a share service on loopback: a link is found in
pasted text and in its printed QR code; the presentation behind it is fetched and verified by the wallet's
own engine for that link (challenge = the id, domain = the service) — so a presentation altered in the
service's database, or one the service serves under another link, is "not verified" whatever the
service says; a deleted link and an unreachable service are clear errors, never a verdict."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SKILL = "/credentialSubject/achievement/alignment/0/targetName"


@pytest.fixture
def served(tmp_path: Path, trust_file: str) -> Iterator[tuple[str, Path]]:
    """A real share service on 127.0.0.1 (the demo's settings: demo issuers are accepted); its origin and
    its SQLite file."""
    from share_service.app import create_app
    from share_service.config import ServiceConfig
    from share_service.local import LocalServer, free_port

    port = free_port()
    db = tmp_path / "service.db"
    config = ServiceConfig(origin=f"http://127.0.0.1:{port}", db=str(db), trust_list_path=trust_file, demo=True)
    with LocalServer(create_app(config), port) as srv:
        yield srv.origin, db


def _demo_credential(wallet: Any, name: str = "sl-community-health-outreach") -> str:
    from wallet.demo.issuer import build_demo_documents

    docs = build_demo_documents(holder_did=wallet.default_did())  # issued to this wallet's DID at test time
    return str(wallet.import_bytes(json.dumps(docs.credentials[name]).encode(), f"{name}.json").added[0]["id"])


def _verdict(data: bytes, link: Any) -> tuple[str, dict[str, str]]:
    """The engine's state of fetched bytes, for the link they were fetched from (the demo's issuers
    recognised, as in the demo wallet), and its checks by name."""
    from wallet.trust.issuers import TrustList
    from wallet.trust.sources import TrustSources
    from wallet.verifier.engine import verify_bytes

    reports = verify_bytes(data, link.url, challenge=link.id, domain=link.origin,
                           trust=TrustSources.default(TrustList(), demo=True))
    assert len(reports) == 1
    return reports[0].state, {c.name: c.status for c in reports[0].checks}


def test_a_link_is_found_fetched_and_verified_here(wallet: Any, served: tuple[str, Path]) -> None:
    from wallet.share.link import create_link, fetch_link, link_qr_png, share_link_in

    origin, _db = served
    cid = _demo_credential(wallet)
    made = create_link(wallet, [cid], origin, reveal=[SKILL], expires_days=7)

    pasted = share_link_in(f"  {made.url}\n".encode())
    assert pasted is not None and (pasted.url, pasted.origin, pasted.id) == (made.url, origin, made.id)
    scanned = share_link_in(link_qr_png(made.url))  # the printed code, as an image file
    assert scanned == pasted

    data = fetch_link(pasted)
    status, checks = _verdict(data, pasted)
    assert status == "verified", checks
    assert checks["challenge"] == "passed" and checks["domain"] == "passed"
    assert "Communication" in data.decode()  # the chosen skill; the rest was never uploaded
    assert fetch_link(made.url) == data  # a URL string works too

    from wallet.verifier.engine import verify_bytes

    other = verify_bytes(data, "x", challenge="another-request", domain=origin)[0]
    assert other.state == "not-verified"  # bound to this link, not to any request


def test_the_services_word_is_never_taken(wallet: Any, served: tuple[str, Path]) -> None:
    """Two links; in the service's database one presentation is altered and the other is served under the
    wrong link. Both reach the wallet as the service sends them, and both are refused by its engine."""
    from wallet.share.link import create_link, fetch_link, share_link_in

    origin, db = served
    cid = _demo_credential(wallet)
    first = create_link(wallet, [cid], origin, reveal=[SKILL])
    second = create_link(wallet, [cid], origin, reveal=[SKILL])
    link1, link2 = share_link_in(first.url.encode()), share_link_in(second.url.encode())
    assert link1 is not None and link2 is not None
    assert _verdict(fetch_link(link1), link1)[0] == "verified"
    assert _verdict(fetch_link(link2), link2)[0] == "verified"

    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("SELECT presentation FROM share_links WHERE id = ?", (first.id,)).fetchone()
        altered = bytes(stored).replace(b"Communication", b"Leadership")
        assert altered != bytes(stored)
        conn.execute("UPDATE share_links SET presentation = ? WHERE id = ?", (altered, first.id))
        conn.execute("UPDATE share_links SET presentation = ? WHERE id = ?", (bytes(stored), second.id))

    tampered = fetch_link(link1)
    assert b"Leadership" in tampered
    assert _verdict(tampered, link1)[0] == "not-verified"
    swapped = fetch_link(link2)  # a genuine presentation, but made for the first link
    status, checks = _verdict(swapped, link2)
    assert status == "not-verified" and checks["challenge"] == "failed"


def test_gone_and_unreachable_links_are_errors_not_verdicts(wallet: Any, served: tuple[str, Path]) -> None:
    from share_service.local import free_port
    from wallet.errors import InputError, NetworkError, ShareServiceError
    from wallet.share.link import create_link, fetch_link, revoke_link

    origin, _db = served
    cid = _demo_credential(wallet)
    made = create_link(wallet, [cid], origin)
    assert revoke_link(wallet, made.url) is True
    with pytest.raises(ShareServiceError, match="expired, was deleted"):
        fetch_link(made.url)
    with pytest.raises(ShareServiceError):
        fetch_link(f"{origin}/v/{'A' * 22}")  # never existed: the same answer
    with pytest.raises(NetworkError):
        fetch_link(f"http://127.0.0.1:{free_port()}/v/{made.id}")  # nothing listens there
    with pytest.raises(InputError):
        fetch_link("https://share.example.edu/about")


def test_what_is_not_a_share_link() -> None:
    from wallet.share.link import share_link_in
    from wallet.share.qr import qr_png

    ident = "Bb3kP2m9QxYz0aB1cD2eFg"
    assert share_link_in(f"https://share.example.edu/v/{ident}".encode()) is not None
    assert share_link_in(f"https://share.example.edu:8443/v/{ident}/".encode()).origin == "https://share.example.edu:8443"
    for text in (f"http://share.example.edu/v/{ident}",  # plain http is for this computer only
                 f"https://share.example.edu/v/{ident[:10]}",  # not a service id
                 f"https://share.example.edu/x/{ident}",
                 f"https://user:pw@share.example.edu/v/{ident}",
                 f"ftp://share.example.edu/v/{ident}",
                 "VP1-ABCDEF", '{"@context": []}', f"see https://share.example.edu/v/{ident}"):
        assert share_link_in(text.encode()) is None, text
    assert share_link_in(bytes(qr_png("VP1-NOTALINK"))) is None  # a QR image of something else
    assert share_link_in(b"\x89PNG not really an image") is None
    assert share_link_in(b"\xff\xfe\x00") is None
