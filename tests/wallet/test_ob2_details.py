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


# --- signed badges: the details are kept beside the JWS and reach the detail view and the journey ---------
SIGNED = REAL / "1edtech-ob20" / "simple.jwt"
KEY_URL = "http://example.org/key1.json"  # the signing key the signed assertion names (verification.creator)


def _aligned_badge() -> bytes:
    badge = json.loads((ASSETS / "robotics-badge.json").read_bytes())
    badge["tags"] = ["robotics", "engineering"]
    badge["alignment"] = [{"targetName": "Build a robot", "targetUrl": "https://example.org/frameworks/robots#build",
                           "targetFramework": "Example robotics framework", "targetCode": "ROB-1"}]
    return json.dumps(badge).encode()


def _signed_server(**extra: bytes | Exception) -> IssuerServer:
    return IssuerServer({BADGE_URL: _aligned_badge(), KEY_URL: (ASSETS / "key1.json").read_bytes(), **extra})


def _assert_described(w: Any, stored: Any) -> None:
    """The detail view's model and HTML, and the journey, show the BadgeClass as a hosted badge's would."""
    from ui.detail.render import CredentialRenderer
    from ui.detail.view import _LoadDetail
    from wallet.journey.compute import journey_for_wallet

    assert stored.raw == SIGNED.read_text().strip()  # the JWS as signed, unchanged
    model = _LoadDetail(stored.id)(w, None).model  # what the detail view loads (off the GUI thread)
    assert model == model_of_raw(stored.raw, stored.format, stored.details)
    assert model.title == "Awesome Robotics Badge" and ob2_details_host(model) is None
    assert model.description and model.description.startswith("For doing awesome things with robots")
    assert model.achievement is not None and model.achievement.criteria_id == "https://example.org/badgecriteria.json"
    assert model.achievement.image == "https://example.org/robotics-badge.png"
    assert model.issuer.name == "An Example Badge Issuer"
    assert [s.target_name for s in model.skills] == ["Build a robot"] and model.tags == ("robotics", "engineering")
    html = CredentialRenderer().html(model)
    assert "Awesome Robotics Badge" in html and "Build a robot" in html and "An Example Badge Issuer" in html
    assert "were not fetched" not in html
    journey = journey_for_wallet(w)
    node = next(n for n in journey.nodes if n.credential_id == stored.id)
    assert node.title == "Awesome Robotics Badge" and node.tags == ("robotics", "engineering")
    lane = next(s for s in journey.skills if s.skill.name == "Build a robot")  # the alignment counts
    assert lane.count == 1 and lane.node_ids == (node.id,) and lane.skill.id in node.skills
    assert stored.summary.title == "Awesome Robotics Badge" and stored.summary.data["skills"] == ["Build a robot"]


def test_a_signed_badge_imported_online_shows_its_details_in_the_detail_view_and_the_journey(
        make_wallet: Callable[[IssuerServer], Any]) -> None:
    server = _signed_server()
    w = make_wallet(server)
    w.import_bytes(SIGNED.read_bytes(), SIGNED.name, allow_network=True)
    stored = _only(w)
    assert stored.details is not None and stored.details["badge"]["id"] == BADGE_URL
    _assert_described(w, stored)
    # the signature is checked on the JWS as signed, and still is after verifying again
    assert stored.report.check("proof").status == "passed", stored.report.to_json()
    report, _change = w.verify_again(stored.id, allow_network=True)
    assert report.check("proof").status == "passed" and report.check("issuer-key").status == "passed"
    assert w.credential(stored.id).details == stored.details  # kept by verifying again
    # the details live inside the encrypted record: never in the database file in plaintext
    w.close()
    db = b"".join(p.read_bytes() for p in w.home.glob("wallet.db*"))
    assert b"Awesome Robotics" not in db and b"Build a robot" not in db


def test_a_signed_badge_imported_offline_gets_its_details_when_verified_again_online(
        make_wallet: Callable[[IssuerServer], Any]) -> None:
    server = _signed_server()
    w = make_wallet(server)
    w.import_bytes(SIGNED.read_bytes(), SIGNED.name, allow_network=False)
    stored = _only(w)
    assert server.calls == [] and stored.details is None
    assert ob2_details_host(model_of_raw(stored.raw, stored.format, stored.details)) == "example.org"
    # offline, verifying again fetches nothing and changes nothing of the badge
    report, _change = w.verify_again(stored.id, allow_network=False)
    assert server.calls == [] and report.check("proof").status == "not-checked"
    again = w.credential(stored.id)
    assert again.details is None and again.raw == stored.raw and again.summary.title == stored.summary.title
    # online, the missing BadgeClass and issuer are fetched and kept
    report, change = w.verify_again(stored.id, allow_network=True)
    assert BADGE_URL in server.calls and "https://example.org/organization.json" in server.calls
    assert report.check("proof").status == "passed" and change.ids == (stored.id,)
    described = w.credential(stored.id)
    assert described.details is not None
    _assert_described(w, described)
    # and nothing more is fetched for the details the next time
    before = server.calls.count(BADGE_URL)
    w.verify_again(stored.id, allow_network=True)
    assert server.calls.count(BADGE_URL) == before


def test_a_hosted_badge_imported_offline_gets_its_details_when_verified_again_online(
        make_wallet: Callable[[IssuerServer], Any]) -> None:
    w = make_wallet(IssuerServer({BADGE_URL: _aligned_badge()}))
    w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=False)
    stored = _only(w)
    report, _change = w.verify_again(stored.id, allow_network=True)
    assert report.check("proof").status == "passed", report.to_json()
    described = w.credential(stored.id)
    assert described.raw["badge"]["name"] == "Awesome Robotics Badge" and described.details is None
    assert described.summary.title == "Awesome Robotics Badge" and described.summary.data["skills"] == ["Build a robot"]
    # still the same badge: importing it again is a duplicate
    again = w.import_bytes(ASSERTION.read_bytes(), ASSERTION.name, allow_network=False)
    assert not again.added and len(again.duplicates) == 1


@pytest.mark.parametrize(("answer", "words"), [
    (b"<html><body>Badge not found</body></html>", "is not JSON"),
    (_BIG, "is larger than"),
    (_OTHER_ID, "calls itself https://elsewhere.example/another-badge.json"),
    ((ASSETS / "organization.json").read_bytes(), "not a BadgeClass"),
], ids=["not-json", "too-large", "another-id", "an-issuer-not-a-badgeclass"])
def test_a_hostile_badgeclass_on_verify_again_is_refused_and_the_record_is_unchanged(
        make_wallet: Callable[[IssuerServer], Any], answer: bytes, words: str) -> None:
    w = make_wallet(_signed_server(**{BADGE_URL: answer}))
    w.import_bytes(SIGNED.read_bytes(), SIGNED.name, allow_network=False)
    stored = _only(w)
    content_before, summary_before = w.store.content(stored.id), stored.summary.data
    with pytest.raises(InputError) as caught:
        w.verify_again(stored.id, allow_network=True)
    message = str(caught.value)
    assert message.startswith("The badge details at example.org were refused:") and words in message, message
    after = w.credential(stored.id)
    assert w.store.content(stored.id) == content_before and after.summary.data == summary_before
    assert after.details is None and w.resolver().cache.get(BADGE_URL) is None


def test_kept_details_that_are_not_the_badge_s_own_are_left_out() -> None:
    """A record's details are put in place only where the assertion names them by that very address."""
    from wallet.credentials.ob2 import ob2_with_kept_details

    doc = json.loads(ASSERTION.read_bytes())
    badge = json.loads((ASSETS / "robotics-badge.json").read_bytes())
    assert ob2_with_kept_details(doc, {"badge": badge})["badge"] == badge
    assert ob2_with_kept_details(doc, {"badge": {**badge, "id": "https://elsewhere.example/b.json"}}) == doc
    for junk in (None, [], "x", {"badge": "https://example.org/robotics-badge.json"}, {"badge": 5}):
        assert ob2_with_kept_details(doc, junk) == doc
    # an embedded BadgeClass whose issuer is an address gets only the issuer Profile of that address
    embedded = {**doc, "badge": badge}
    issuer = json.loads((ASSETS / "organization.json").read_bytes())
    kept = {"badge": {**badge, "name": "Another name", "issuer": issuer}}
    assert ob2_with_kept_details(embedded, kept)["badge"] == {**badge, "issuer": issuer}
    assert ob2_with_kept_details(embedded, {"badge": {**badge, "issuer": {**issuer, "id": "https://x.example/"}}}) == embedded
