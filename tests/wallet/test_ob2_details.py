"""Open Badges 2.0 badges whose BadgeClass (and issuer) are only addresses: with the network allowed, the
BadgeClass and issuer Profile are fetched at import and kept inside the credential's encrypted record, so the
card and the journey show the badge; offline nothing is fetched and the card says where the details are; a
hostile answer (not JSON, too large, another id) refuses the import and keeps nothing.

The issuer's server is the test stand-in of ``test_real_credentials``: it serves the 1EdTech validator's
OB 2.0 assets at the ``example.org`` addresses its own tests use, and the assertion at its own id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from wallet.credentials.ob2 import ob2_details_host
from wallet.errors import InputError, NetworkError
from wallet.journey.compute import model_of_raw

REAL = Path(__file__).resolve().parent.parent / "vectors" / "real"
ASSETS = REAL / "1edtech-ob20" / "assets"
ASSERTION = REAL / "1edtech-ob20" / "basic-assertion.json"
BADGE_URL = "https://example.org/robotics-badge.json"
NOW_ISO = "2026-06-01T00:00:00+00:00"


class IssuerServer:
    """The issuer's web server as the badge sees it: example.org serves the 1EdTech assets; ``override``
    replaces what one address answers (bytes, or an exception to raise)."""

    def __init__(self, override: dict[str, bytes | Exception] | None = None) -> None:
        self.override = override or {}
        self.calls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.calls.append(url)
        if url in self.override:
            answer = self.override[url]
            if isinstance(answer, Exception):
                raise answer
            return answer
        if url == json.loads(ASSERTION.read_bytes())["id"]:
            return ASSERTION.read_bytes()
        prefix = "https://example.org/"
        if url.startswith(prefix) and (ASSETS / url[len(prefix):]).is_file():
            return (ASSETS / url[len(prefix):]).read_bytes()
        raise NetworkError(f"{url} is not reachable (test stand-in: 404)")


@pytest.fixture
def make_wallet(keychain: None, tmp_path: Path) -> Iterator[Callable[[IssuerServer], Any]]:
    from datetime import datetime

    from support import forget_wallet

    from wallet.wallet import Wallet

    made: list[tuple[Any, Path]] = []

    def make(server: IssuerServer) -> Any:
        home = tmp_path / f"w{len(made)}"
        w = Wallet.create(home, fetcher=server)
        w.clock = lambda: datetime.fromisoformat(NOW_ISO)
        made.append((w, home))
        return w

    yield make
    for w, home in made:
        try:
            w.close()
        finally:
            forget_wallet(home)


def _only(w: Any) -> Any:
    items = w.credentials()
    assert len(items) == 1, [i.to_json() for i in items]
    return w.credential(items[0].id)


def test_online_import_keeps_the_badgeclass_and_issuer_encrypted(make_wallet: Callable[[IssuerServer], Any]) -> None:
    server = IssuerServer()
    w = make_wallet(server)
    w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=True)
    stored = _only(w)
    assert BADGE_URL in server.calls and "https://example.org/organization.json" in server.calls
    badge = stored.raw["badge"]
    assert badge["id"] == BADGE_URL and badge["name"] == "Awesome Robotics Badge"
    assert badge["issuer"]["name"] == json.loads((ASSETS / "organization.json").read_bytes())["name"]
    # the card (summary) and the detail/journey model show the BadgeClass, not "Open Badge from example.org"
    assert stored.summary.title == "Awesome Robotics Badge"
    model = model_of_raw(stored.raw, stored.format)
    assert model.title == "Awesome Robotics Badge"
    assert model.description and model.description.startswith("For doing awesome things with robots")
    assert model.achievement is not None and model.achievement.criteria_id == "https://example.org/badgecriteria.json"
    assert model.image == "https://example.org/beths-robot-badge.png"
    assert model.issuer.name and ob2_details_host(model) is None
    # verifying again (online and offline) keeps working on the assertion with its details embedded
    online, _change = w.verify_again(stored.id, allow_network=True)
    assert online.check("proof").status == "passed" and online.check("issuer-key").status == "passed"
    offline, _change = w.verify_again(stored.id, allow_network=False)
    assert offline.check("schema").status == "passed", offline.to_json()
    # kept inside the encrypted record: the database file never holds the BadgeClass text in plaintext
    w.close()
    db = b"".join(p.read_bytes() for p in w.home.glob("wallet.db*"))
    assert b"Awesome Robotics" not in db and b"awesome things with robots" not in db


def test_the_details_carry_alignments_and_tags_into_the_journey(make_wallet: Callable[[IssuerServer], Any]) -> None:
    badge = json.loads((ASSETS / "robotics-badge.json").read_bytes())
    badge["tags"] = ["robotics", "engineering"]
    badge["alignment"] = [{"targetName": "Build a robot", "targetUrl": "https://example.org/frameworks/robots#build",
                           "targetFramework": "Example robotics framework", "targetCode": "ROB-1"}]
    w = make_wallet(IssuerServer({BADGE_URL: json.dumps(badge).encode()}))
    w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=True)
    stored = _only(w)
    model = model_of_raw(stored.raw, stored.format)
    assert model.tags == ("robotics", "engineering")
    assert [s.target_name for s in model.skills] == ["Build a robot"]
    assert stored.summary.data["skills"] == ["Build a robot"] and stored.summary.data["tags"] == ["robotics", "engineering"]


def test_offline_nothing_is_fetched_and_the_card_says_where_the_details_are(
        make_wallet: Callable[[IssuerServer], Any]) -> None:
    server = IssuerServer()
    w = make_wallet(server)
    w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=False)
    stored = _only(w)
    assert server.calls == []
    assert stored.raw == json.loads(ASSERTION.read_bytes())  # as received
    model = model_of_raw(stored.raw, stored.format)
    assert model.title == "Open Badge from example.org"
    assert ob2_details_host(model) == "example.org"
    from ui.detail.render import CredentialRenderer

    html = CredentialRenderer().html(model)
    assert "are at example.org and were not fetched; allow the network to fetch them" in html


def test_an_unreachable_server_imports_the_badge_without_details(make_wallet: Callable[[IssuerServer], Any]) -> None:
    w = make_wallet(IssuerServer({BADGE_URL: NetworkError(f"{BADGE_URL} could not be reached (timed out)")}))
    w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=True)
    stored = _only(w)
    assert stored.raw["badge"] == BADGE_URL
    assert ob2_details_host(model_of_raw(stored.raw, stored.format)) == "example.org"


def test_the_same_badge_imported_offline_then_online_is_a_duplicate(make_wallet: Callable[[IssuerServer], Any]) -> None:
    w = make_wallet(IssuerServer())
    w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=True)
    again = w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=False)
    assert not again.added and len(again.duplicates) == 1


_BIG = json.dumps({**json.loads((ASSETS / "robotics-badge.json").read_bytes()),
                   "description": "x" * 1_100_000}).encode()
_OTHER_ID = json.dumps({**json.loads((ASSETS / "robotics-badge.json").read_bytes()),
                        "id": "https://elsewhere.example/another-badge.json"}).encode()


@pytest.mark.parametrize(("answer", "words"), [
    (b"<html><body>Badge not found</body></html>", "is not JSON"),
    (_BIG, "is larger than"),
    (_OTHER_ID, "calls itself https://elsewhere.example/another-badge.json"),
    (b'["a", "list"]', "is not a JSON object"),
    ((ASSETS / "organization.json").read_bytes(), "not a BadgeClass"),
], ids=["not-json", "too-large", "another-id", "not-an-object", "an-issuer-not-a-badgeclass"])
def test_a_hostile_badgeclass_is_refused_and_nothing_is_kept(
        make_wallet: Callable[[IssuerServer], Any], answer: bytes, words: str) -> None:
    w = make_wallet(IssuerServer({BADGE_URL: answer}))
    with pytest.raises(InputError) as caught:
        w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=True)
    message = str(caught.value)
    assert message.startswith("The badge details at example.org were refused:") and words in message, message
    assert w.credentials() == []
    assert w.resolver().cache.get(BADGE_URL) is None  # not even in the encrypted network cache


def test_the_same_address_in_another_spelling_is_not_another_id(make_wallet: Callable[[IssuerServer], Any]) -> None:
    """http/https, a fragment or Badgr's ``?v=2_0`` do not make another BadgeClass; another query does."""
    from wallet.credentials.ob2 import _address_key

    same = ["http://example.org/robotics-badge.json", "https://EXAMPLE.org/robotics-badge.json#x",
            "https://example.org/robotics-badge.json?v=2_0"]
    assert {_address_key(u) for u in [*same, BADGE_URL]} == {_address_key(BADGE_URL)}
    assert _address_key("https://example.org/badge.php?id=5") != _address_key("https://example.org/badge.php?id=6")
    badge = {**json.loads((ASSETS / "robotics-badge.json").read_bytes()), "id": same[2]}
    w = make_wallet(IssuerServer({BADGE_URL: json.dumps(badge).encode()}))
    w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=True)
    stored = _only(w)
    assert stored.summary.title == "Awesome Robotics Badge" and stored.raw["badge"]["id"] == BADGE_URL
    # and the kept assertion is still the one the issuer hosts
    report, _change = w.verify_again(stored.id, allow_network=True)
    assert report.check("proof").status == "passed", report.to_json()


def test_a_signed_badge_keeps_its_jws_and_its_card_shows_the_badgeclass(
        make_wallet: Callable[[IssuerServer], Any]) -> None:
    """A signed assertion is stored as the JWS the issuer gave (its signature must stay checkable); the fetched
    BadgeClass reaches the library card (the encrypted summary)."""
    jws = (REAL / "1edtech-ob20" / "simple.jwt").read_bytes()
    w = make_wallet(IssuerServer())
    w.import_bytes(jws, "simple.jwt", allow_network=True)
    stored = _only(w)
    assert stored.raw == jws.decode().strip()
    assert stored.summary.title == "Awesome Robotics Badge"
    assert stored.summary.issuer_name
