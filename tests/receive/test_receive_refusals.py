"""Offers the wallet must refuse, against the real OID4VCI issuer on loopback: each starts from an offer that
the wallet would accept if the property were broken, ends with a coded error, and stores nothing."""

from __future__ import annotations

from typing import Any

import pytest
from oid4vci_issuer import Issuer

from wallet.errors import AnotherHost, OfferExpired, TamperedMetadata, WrongNonce, WrongTxCode
from wallet.receive import prepare, receive

pytestmark = [pytest.mark.keychain, pytest.mark.interop]


def test_metadata_naming_another_credential_issuer_is_refused_before_anything_is_requested(
        wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", tamper="issuer")
    with pytest.raises(TamperedMetadata) as exc:
        receive(wallet, offer["offer"])
    assert "someone-else" in exc.value.message
    assert exc.value.code == "tampered-metadata"
    assert "POST token" not in oid4vci_issuer.log(offer)
    assert wallet.credential_count() == 0


def test_authorization_server_metadata_naming_another_issuer_is_refused(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", tamper="as-issuer")
    with pytest.raises(TamperedMetadata):
        receive(wallet, offer["offer"])
    assert "POST token" not in oid4vci_issuer.log(offer)
    assert wallet.credential_count() == 0


def test_a_nonce_the_issuer_then_refuses_ends_with_wrong_nonce_and_nothing_stored(
        wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="jwt_vc_json", wrongNonce=True)
    with pytest.raises(WrongNonce) as exc:
        receive(wallet, offer["offer"])
    assert exc.value.code == "wrong-nonce"
    log = oid4vci_issuer.log(offer)
    assert log.count("POST credential") == 2 and log.count("POST nonce") == 2  # one fresh nonce, one retry
    assert wallet.credential_count() == 0


def test_a_redirect_to_another_host_is_not_followed(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", redirect="other-host")
    with pytest.raises(AnotherHost) as exc:
        prepare(offer["offer"])
    assert "localhost" in exc.value.message
    # the issuer serves localhost too: had the redirect been followed it would have logged a second request
    assert oid4vci_issuer.log(offer).count("GET openid-credential-issuer") == 1
    assert wallet.credential_count() == 0


def test_a_wrong_tx_code_is_refused_by_the_issuer(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", txCode="493817")
    with pytest.raises(WrongTxCode) as exc:
        receive(wallet, offer["offer"], tx_code="000000")
    assert exc.value.code == "wrong-tx-code"
    assert oid4vci_issuer.log(offer).count("POST token") == 1
    assert "POST credential" not in oid4vci_issuer.log(offer)
    assert wallet.credential_count() == 0


def test_a_missing_tx_code_is_asked_for_before_the_issuer_is_asked(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="ldp_vc", txCode="493817")
    with pytest.raises(WrongTxCode):
        receive(wallet, offer["offer"])
    assert "POST token" not in oid4vci_issuer.log(offer)


def test_an_expired_offer_is_said_to_be_expired(wallet: Any, oid4vci_issuer: Issuer) -> None:
    offer = oid4vci_issuer.offer(format="dc+sd-jwt", expired=True)
    with pytest.raises(OfferExpired) as exc:
        receive(wallet, offer["offer"])
    assert exc.value.code == "offer-expired" and "expired" in exc.value.message
    assert wallet.credential_count() == 0

