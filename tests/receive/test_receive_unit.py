"""Receiving, without an issuer process: offer parsing from every place a learner meets one, and the network
and binding guards against an issuer played by ``httpx.MockTransport`` (each answer made at test time)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from wallet.errors import (
    AnotherHost,
    BadOffer,
    IssuancePending,
    IssuerUnreachable,
    LimitExceeded,
    NotBoundToHolder,
    OfferExpired,
    UnsupportedFormat,
)
from wallet.identity.keystore import LocalSigner
from wallet.proofs.jose import sign_jws
from wallet.receive import CredentialOffer, OfferReference, obtain, parse_offer, prepare
from wallet.receive.http import MAX_RESPONSE_BYTES
from wallet.share.qr import qr_png

ISSUER = "https://issuer.example/nsu"
OFFER = {"credential_issuer": ISSUER, "credential_configuration_ids": ["ob"],
         "grants": {"urn:ietf:params:oauth:grant-type:pre-authorized_code": {"pre-authorized_code": "abc",
                    "tx_code": {"input_mode": "numeric", "length": 4, "description": "from the e-mail"}}}}
URI = "openid-credential-offer://?credential_offer=" + quote(json.dumps(OFFER))


# --- offers ----------------------------------------------------------------------------------------
def test_offer_uri_link_json_and_qr_image_all_read_the_same_offer() -> None:
    link = "https://issuer.example/wallet?credential_offer=" + quote(json.dumps(OFFER))
    qr = qr_png(URI)
    offers = [parse_offer(URI), parse_offer(link), parse_offer(json.dumps(OFFER)), parse_offer(qr),
              parse_offer(URI.encode())]
    for offer in offers:
        assert isinstance(offer, CredentialOffer)
        assert offer.credential_issuer == ISSUER and offer.configuration_ids == ("ob",)
        assert offer.pre_authorized_code == "abc" and offer.tx_code is not None and offer.tx_code.length == 4


def test_offer_by_reference() -> None:
    ref = parse_offer("openid-credential-offer://?credential_offer_uri=" + quote("https://issuer.example/o/1"))
    assert ref == OfferReference("https://issuer.example/o/1")


@pytest.mark.parametrize("text", [
    "https://issuer.example/page",  # a link without an offer
    "openid-credential-offer://?credential_offer=%7B",  # cut short
    "openid-credential-offer://?credential_offer=" + quote(json.dumps({**OFFER, "credential_issuer": "http://issuer.example"})),
    "openid-credential-offer://?credential_offer_uri=" + quote("http://issuer.example/o/1"),
    "openid-credential-offer://?credential_offer=" + quote(json.dumps({**OFFER, "credential_configuration_ids": []})),
    "x" * 70_000,
])
def test_unusable_offers_are_refused_with_a_coded_error(text: str) -> None:
    with pytest.raises(BadOffer):
        parse_offer(text)


def test_plain_http_is_accepted_on_loopback_only() -> None:
    offer = parse_offer(json.dumps({**OFFER, "credential_issuer": "http://127.0.0.1:9/x"}))
    assert isinstance(offer, CredentialOffer)


# --- a mock issuer -------------------------------------------------------------------------------
def _metadata(fmt: str = "jwt_vc_json") -> dict[str, Any]:
    return {"credential_issuer": ISSUER, "credential_endpoint": f"{ISSUER}/credential",
            "nonce_endpoint": f"{ISSUER}/nonce", "deferred_credential_endpoint": f"{ISSUER}/deferred",
            "display": [{"name": "NSU", "locale": "en"}],
            "credential_configurations_supported": {"ob": {
                "format": fmt, "credential_definition": {"type": ["VerifiableCredential", "OpenBadgeCredential"]},
                "proof_types_supported": {"jwt": {"proof_signing_alg_values_supported": ["EdDSA", "ES256"]}}}}}


def _as_metadata() -> dict[str, Any]:
    return {"issuer": ISSUER, "token_endpoint": f"{ISSUER}/token"}


def mock_issuer(credential: Any = None, *, fmt: str = "jwt_vc_json", metadata: dict[str, Any] | None = None,
                extra: dict[str, httpx.Response] | None = None, seen: list[str] | None = None) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if seen is not None:
            seen.append(f"{request.method} {url}")
        if extra and url in extra:
            return extra[url]
        if url == "https://issuer.example/.well-known/openid-credential-issuer/nsu":
            return httpx.Response(200, json=metadata or _metadata(fmt))
        if url == "https://issuer.example/.well-known/oauth-authorization-server/nsu":
            return httpx.Response(200, json=_as_metadata())
        if url == f"{ISSUER}/token":
            return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer"})
        if url == f"{ISSUER}/nonce":
            return httpx.Response(200, json={"c_nonce": "n"})
        if url == f"{ISSUER}/credential":
            return httpx.Response(200, json={"credentials": [{"credential": credential}]})
        return httpx.Response(404)

    return httpx.MockTransport(handle)


def _offer(**grant: Any) -> str:
    pre = {"pre-authorized_code": "abc", **grant}
    return json.dumps({**OFFER, "grants": {"urn:ietf:params:oauth:grant-type:pre-authorized_code": pre}})


def _vc_jwt(subject: str) -> str:
    issuer = LocalSigner.generate("ed25519")
    return sign_jws({"iss": issuer.did, "sub": subject, "vc": {"credentialSubject": {"id": subject}}}, issuer,
                    {"typ": "JWT", "kid": issuer.verification_method})


def test_a_credential_issued_to_another_did_is_refused() -> None:
    holder = LocalSigner.generate("ed25519")
    someone = LocalSigner.generate("ed25519").did
    transport = mock_issuer(_vc_jwt(someone))
    preview = prepare(_offer(), transport=transport)
    with pytest.raises(NotBoundToHolder):
        obtain(preview, holder, transport=transport)
    # the same issuer, the holder's own DID: accepted (the check is not a refusal of everything)
    transport = mock_issuer(_vc_jwt(holder.did))
    [received] = obtain(prepare(_offer(), transport=transport), holder, transport=transport)
    assert received.format == "jwt_vc_json"


def test_an_sd_jwt_bound_to_another_key_is_refused() -> None:
    from wallet.proofs.sdjwt import issue_sd_jwt

    holder = LocalSigner.generate("p256")
    issuer = LocalSigner.generate("p256")
    other_key = LocalSigner.generate("p256").public_key.jwk()
    sd = issue_sd_jwt({"given_name": "Maya"}, issuer, disclosable=["/given_name"], iss=issuer.did,
                      vct="https://x.example/card", holder_jwk=other_key, iat=1_700_000_000)
    meta = _metadata("dc+sd-jwt")
    meta["credential_configurations_supported"]["ob"]["vct"] = "https://x.example/card"
    transport = mock_issuer(sd, metadata=meta)
    with pytest.raises(NotBoundToHolder):
        obtain(prepare(_offer(), transport=transport), holder, transport=transport)
    bound = issue_sd_jwt({"given_name": "Maya"}, issuer, disclosable=["/given_name"], iss=issuer.did,
                         vct="https://x.example/card", holder_jwk=holder.public_key.jwk(), iat=1_700_000_000)
    transport = mock_issuer(bound, metadata=meta)
    [received] = obtain(prepare(_offer(), transport=transport), holder, transport=transport)
    assert received.data == bound.encode()


def test_an_unsupported_format_is_said_before_anything_is_requested() -> None:
    seen: list[str] = []
    transport = mock_issuer(fmt="mso_mdoc", seen=seen)
    with pytest.raises(UnsupportedFormat) as exc:
        prepare(_offer(), transport=transport)
    assert "mso_mdoc" in exc.value.message
    assert not any("/token" in s for s in seen)


def test_an_endpoint_on_an_unnamed_host_reached_by_redirect_is_refused() -> None:
    redirect = httpx.Response(302, headers={"location": "https://elsewhere.example/token"})
    transport = mock_issuer(_vc_jwt("did:x"), extra={f"{ISSUER}/token": redirect})
    preview = prepare(_offer(), transport=transport)
    with pytest.raises(AnotherHost) as exc:
        obtain(preview, LocalSigner.generate("ed25519"), transport=transport)
    assert "elsewhere.example" in exc.value.message


def test_metadata_naming_a_non_https_endpoint_is_refused() -> None:
    meta = _metadata()
    meta["credential_endpoint"] = "http://issuer.example/credential"
    with pytest.raises(Exception) as exc:
        prepare(_offer(), transport=mock_issuer(metadata=meta))
    assert exc.value.code == "tampered-metadata"  # type: ignore[attr-defined]


def test_an_answer_over_the_size_limit_is_not_read() -> None:
    big = httpx.Response(200, content=b"{" + b" " * (MAX_RESPONSE_BYTES + 10) + b"}")
    transport = mock_issuer(extra={"https://issuer.example/.well-known/openid-credential-issuer/nsu": big})
    with pytest.raises(LimitExceeded):
        prepare(_offer(), transport=transport)


def test_an_unreachable_issuer_is_said_so() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(IssuerUnreachable) as exc:
        prepare(_offer(), transport=httpx.MockTransport(refuse))
    assert "issuer.example" in exc.value.message


def test_an_offer_reference_that_is_gone_is_an_expired_offer() -> None:
    ref = "openid-credential-offer://?credential_offer_uri=" + quote("https://issuer.example/o/1")
    with pytest.raises(OfferExpired):
        prepare(ref, transport=mock_issuer(extra={"https://issuer.example/o/1": httpx.Response(404)}))


def test_deferred_issuance_gives_up_after_a_bounded_wait() -> None:
    pending = httpx.Response(202, json={"transaction_id": "tx", "interval": 60})
    transport = mock_issuer(extra={f"{ISSUER}/credential": httpx.Response(202, json={"transaction_id": "tx",
                                                                                     "interval": 60}),
                                   f"{ISSUER}/deferred": pending})
    waits: list[float] = []
    with pytest.raises(IssuancePending):
        obtain(prepare(_offer(), transport=transport), LocalSigner.generate("ed25519"), transport=transport,
               sleep=waits.append)
    assert sum(waits) <= 300 and len(waits) == 5


def test_the_loopback_redirect_takes_only_the_answer_with_its_state() -> None:
    from wallet.receive.authorize import LoopbackRedirect

    listener = LoopbackRedirect("s3cret")
    try:
        assert listener.redirect_uri.startswith("http://127.0.0.1:") and listener.redirect_uri.endswith("/callback")
        forged = httpx.get(listener.redirect_uri, params={"code": "evil", "state": "guess"})
        assert forged.status_code == 400 and listener.result is None
        real = httpx.get(listener.redirect_uri, params={"code": "good", "state": "s3cret", "iss": ISSUER})
        assert real.status_code == 200 and "close this tab" in real.text
        assert listener.wait(timeout=5) == {"code": "good", "state": "s3cret", "iss": ISSUER}
        again = httpx.get(listener.redirect_uri, params={"code": "second", "state": "s3cret"})
        assert again.status_code == 400 and listener.result is not None and listener.result["code"] == "good"
    finally:
        listener.close()


def test_an_authorization_answer_from_another_server_is_refused() -> None:
    import threading

    from wallet.errors import TamperedMetadata
    from wallet.receive.authorize import authorize
    from wallet.receive.http import IssuerHttp

    offer = json.dumps({**OFFER, "grants": {"authorization_code": {"issuer_state": "st"}}})
    meta = _as_metadata() | {"authorization_endpoint": f"{ISSUER}/authorize"}
    transport = mock_issuer(extra={"https://issuer.example/.well-known/oauth-authorization-server/nsu":
                                   httpx.Response(200, json=meta)})
    preview = prepare(offer, transport=transport)

    def browser(url: str) -> None:  # a mix-up: the answer names another authorization server (RFC 9207)
        from urllib.parse import parse_qs, urlsplit

        q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        threading.Thread(target=httpx.get, args=(q["redirect_uri"],),
                         kwargs={"params": {"code": "c", "state": q["state"], "iss": "https://evil.example"}}).start()

    with IssuerHttp(transport=transport) as http, pytest.raises(TamperedMetadata):
        authorize(preview, http, browser, timeout=30)
