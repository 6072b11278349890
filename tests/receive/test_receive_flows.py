"""Receiving from a real OID4VCI issuer (tests/oid4vci: @openid4vc/openid4vci + @openid4vc/oauth2 0.4.6) on
loopback: each flow and each format ends with the credential verified and stored, bound to the chosen DID."""

from __future__ import annotations

import json
from typing import Any

import pytest
from oid4vci_issuer import Issuer, follow_as_browser

from wallet.identity.keys import PublicKey, b64url_decode
from wallet.receive import prepare, receive

pytestmark = [pytest.mark.keychain, pytest.mark.interop]


def _stored(wallet: Any, result: Any) -> list[Any]:
    assert result.failed == [], result.failed
    return [wallet.credential(a["id"]) for a in result.added]


def _no_sleep(seconds: float) -> None:
    return None


@pytest.mark.parametrize("fmt", ["ldp_vc", "jwt_vc_json", "dc+sd-jwt"])
def test_pre_authorized_offer_without_tx_code_stores_a_verified_credential_bound_to_the_default_did(
        wallet: Any, oid4vci_issuer: Issuer, fmt: str) -> None:
    offer = oid4vci_issuer.offer(format=fmt)
    did = wallet.default_did()
    preview, result = receive(wallet, offer["offer"])
    assert preview.issuer_name == "Northfield State University"
    assert [c.format for c in preview.credentials] == [fmt]
    [stored] = _stored(wallet, result)
    # authentic (signature, key, dates, binding) but the test issuer's fresh did:key is in no trust list
    assert stored.summary.state == "authentic-unrecognised", stored.report.to_json() if stored.report else None
    if fmt == "ldp_vc":
        assert stored.raw["credentialSubject"]["id"] == did
        assert stored.raw["issuer"]["id"] == offer["issuerDid"] if isinstance(stored.raw["issuer"], dict) \
            else stored.raw["issuer"] == offer["issuerDid"]
    elif fmt == "jwt_vc_json":
        payload = json.loads(b64url_decode(stored.raw.split(".")[1]))
        assert payload["sub"] == did
    else:
        payload = json.loads(b64url_decode(stored.raw.split("~")[0].split(".")[1]))
        assert PublicKey.from_jwk(payload["cnf"]["jwk"]).thumbprint() == wallet.signer(did).public_key.thumbprint()
    log = oid4vci_issuer.log(offer)
    assert "POST nonce" in log and "POST credential" in log


def test_pre_authorized_offer_with_tx_code(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", txCode="493817")
    preview = prepare(offer["offer"])
    assert preview.needs_tx_code and preview.offer.tx_code is not None and preview.offer.tx_code.length == 6
    _, result = receive(wallet, offer["offer"], tx_code="493817")
    assert len(_stored(wallet, result)) == 1


def test_offer_by_reference(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="jwt_vc_json", byReference=True)
    assert "credential_offer_uri=" in offer["offer"]
    _, result = receive(wallet, offer["offer"])
    assert len(_stored(wallet, result)) == 1


def test_authorization_code_with_pkce_through_the_browser_and_a_loopback_redirect(
        wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", grant="authorization_code")
    opened: list[str] = []

    def browser(url: str) -> None:
        opened.append(url)
        follow_as_browser(url)

    preview, result = receive(wallet, offer["offer"], open_browser=browser)
    assert preview.needs_browser
    assert len(opened) == 1 and "request_uri=" in opened[0]  # pushed authorization request (PAR)
    assert len(_stored(wallet, result)) == 1
    assert oid4vci_issuer.log(offer).count("POST par") == 1


def test_deferred_issuance_polls_until_the_credential_is_ready(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="dc+sd-jwt", deferred=3)
    waits: list[float] = []
    _, result = receive(wallet, offer["offer"], sleep=waits.append)
    assert len(_stored(wallet, result)) == 1
    assert oid4vci_issuer.log(offer).count("POST deferred") == 3
    assert waits == [1.0, 1.0, 1.0]


def test_the_chosen_did_is_the_one_bound(wallet: Any, oid4vci_issuer: Issuer) -> None:
    other, _ = wallet.create_did("p256", "Second")
    offer = oid4vci_issuer.offer(format="jwt_vc_json")
    _, result = receive(wallet, offer["offer"], did=other)
    [stored] = _stored(wallet, result)
    assert json.loads(b64url_decode(stored.raw.split(".")[1]))["sub"] == other
    assert any(line == f"proof kid={wallet.signer(other).verification_method}" for line in oid4vci_issuer.log(offer))
