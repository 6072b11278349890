"""Receiving credentials from an issuer (OID4VCI 1.0): token, nonce, proof of possession, credential,
deferred issuance, the holder-binding check, and the hand-over to the wallet's one import path.

Three steps, so that a desktop can show who offers what before anything is requested and keep its
database lane free of network waits:

1. :func:`prepare` (network only): read the offer, fetch it when it is by reference, fetch and check the
   metadata → an :class:`~wallet.receive.metadata.OfferPreview`.
2. :func:`obtain` (network + the chosen identity's signer): the token (pre-authorized code with or without a
   transaction code, or the authorization code flow in the browser), the nonce, a proof JWT
   (``typ: openid4vci-proof+jwt``, ``kid`` = the did:key verification method, or ``jwk`` when the issuer
   binds to a bare key), the credential request and, if the issuer defers, polling. Every credential is
   checked to be bound to the chosen identity **before** anything is stored.
3. :func:`store` → :meth:`wallet.wallet.Wallet.import_items`, the same verification and import as a file.

:func:`receive` runs all three (the CLI). Nothing half-received is stored: step 3 runs only when every
offered credential has arrived and is bound to the learner.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wallet.errors import (
    BadOffer,
    Cancelled,
    IssuancePending,
    NotBoundToHolder,
    OfferExpired,
    ReceiveError,
    WalletError,
    WrongNonce,
    WrongTxCode,
)
from wallet.identity.keys import PublicKey, b64url_decode
from wallet.proofs.jose import alg_for_key_type, sign_jws
from wallet.receive.authorize import CLIENT_ID, authorize
from wallet.receive.http import Answer, IssuerHttp
from wallet.receive.metadata import CredentialChoice, OfferPreview, fetch_preview
from wallet.receive.offer import (
    PRE_AUTHORIZED_GRANT,
    CredentialOffer,
    OfferReference,
    offer_from_json,
    parse_offer,
)
from wallet.roles import IdentitySigner

if TYPE_CHECKING:
    import httpx

    from wallet.wallet import ImportResult, Wallet

__all__ = ["MAX_CREDENTIALS", "MAX_DEFERRED_POLLS", "MAX_DEFERRED_WAIT_SECONDS", "Received", "obtain", "prepare",
           "receive", "store"]

MAX_CREDENTIALS = 10
"""Most credentials taken from one offer (a batch answer may hold several copies)."""
MAX_DEFERRED_POLLS = 30
MAX_DEFERRED_WAIT_SECONDS = 300.0
"""How long (the sum of the waits the issuer asks for) the wallet keeps asking for a deferred credential."""

Progress = Callable[[str], None]


Signer = IdentitySigner  # the role, from wallet.roles


@dataclass(frozen=True)
class Received:
    """One credential as the issuer sent it, bound to the chosen identity, not yet stored."""

    name: str
    format: str
    configuration_id: str
    data: bytes


def _noop(_: str) -> None:
    return None


def prepare(offer: str | bytes | CredentialOffer | OfferReference, *, transport: httpx.BaseTransport | None = None,
            lang: str = "en") -> OfferPreview:
    """Read the offer and the issuer's metadata (network, no identity needed, nothing stored)."""
    parsed = offer if isinstance(offer, CredentialOffer | OfferReference) else parse_offer(offer)
    with IssuerHttp(transport=transport) as http:
        if isinstance(parsed, OfferReference):
            http.allow(parsed.uri, "the credential offer")
            answer = http.request("GET", parsed.uri, "the credential offer", headers={"Accept": "application/json"})
            if answer.status in (404, 410):
                raise OfferExpired("The issuer no longer has this offer: it has expired or was already used.",
                                   fix="Ask the issuer for a new offer.")
            if not answer.ok:
                raise ReceiveError(f"The issuer answered HTTP {answer.status} when asked for the offer.")
            try:
                parsed = offer_from_json(answer.json("the credential offer"))
            except BadOffer as exc:
                raise BadOffer(f"The offer the issuer sent is not usable: {exc.message}") from None
        return fetch_preview(parsed, http, lang=lang)


def _error_of(answer: Answer) -> tuple[str, str, dict[str, Any]]:
    body: Any = {}
    if answer.body and answer.content_type.endswith("json"):
        try:
            body = answer.json("error answer")
        except WalletError:
            body = {}
    if not isinstance(body, dict):
        body = {}
    return str(body.get("error", ""))[:80], str(body.get("error_description", ""))[:300], body


def _token(preview: OfferPreview, http: IssuerHttp, *, tx_code: str | None, open_browser: Callable[[str], Any] | None,
           cancelled: Callable[[], bool] | None, progress: Progress) -> dict[str, Any]:
    offer = preview.offer
    endpoint = str(preview.as_metadata["token_endpoint"])
    if offer.pre_authorized_code is not None:
        if offer.tx_code is not None and not tx_code:
            raise WrongTxCode("This offer needs the transaction code the issuer sent you separately"
                              + (f" ({offer.tx_code.description})" if offer.tx_code.description else "") + ".",
                              fix="Enter the code and try again.")
        form = {"grant_type": PRE_AUTHORIZED_GRANT, "pre-authorized_code": offer.pre_authorized_code}
        if tx_code and offer.tx_code is not None:
            form["tx_code"] = tx_code
        if preview.as_metadata.get("pre-authorized_grant_anonymous_access_supported") is not True:
            form["client_id"] = CLIENT_ID
    else:
        progress("Waiting for you to sign in at the issuer in your browser")
        code, redirect_uri, pkce = authorize(preview, http, open_browser, cancelled=cancelled)
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
                "code_verifier": pkce.verifier, "client_id": CLIENT_ID}
    progress("Asking the issuer for an access token")
    answer = http.request("POST", endpoint, "the token endpoint", data=form, headers={"Accept": "application/json"})
    if not answer.ok:
        error, desc, _ = _error_of(answer)
        lowered = desc.lower()
        about_code = any(w in lowered for w in ("tx_code", "transaction code", "user_pin", "pin"))
        if offer.pre_authorized_code is not None and error in ("invalid_grant", "invalid_request"):
            if about_code or (error == "invalid_grant" and "tx_code" in form and "expir" not in lowered):
                raise WrongTxCode("The issuer did not accept the transaction code" + (f" ({desc})" if desc else "") + ".",
                                  fix="Check the code the issuer sent you and try again.")
            if error == "invalid_grant":
                raise OfferExpired("The issuer no longer accepts this offer: it has expired or was already used"
                                   + (f" ({desc})" if desc else "") + ".", fix="Ask the issuer for a new offer.")
        raise ReceiveError(f"The issuer refused to give an access token (HTTP {answer.status}"
                           + (f", {error}" if error else "") + (f": {desc}" if desc else "") + ").")
    token = answer.json("token response")
    if not isinstance(token, dict) or not isinstance(token.get("access_token"), str):
        raise ReceiveError("The issuer's token response carries no access token.")
    token_type = str(token.get("token_type", "Bearer"))
    if token_type.lower() != "bearer":
        raise ReceiveError(f"The issuer hands out {token_type[:40]} tokens, which the wallet does not support "
                           "(only Bearer tokens).")
    return token


def _nonce(preview: OfferPreview, http: IssuerHttp, token: dict[str, Any]) -> str | None:
    endpoint = preview.issuer_metadata.get("nonce_endpoint")
    if isinstance(endpoint, str):
        answer = http.request("POST", endpoint, "the nonce endpoint", headers={"Accept": "application/json"})
        body = answer.json("nonce response") if answer.ok else None
        if not isinstance(body, dict) or not isinstance(body.get("c_nonce"), str) or not body["c_nonce"]:
            raise ReceiveError(f"The issuer's nonce endpoint gave no nonce (HTTP {answer.status}).")
        return str(body["c_nonce"])
    nonce = token.get("c_nonce")
    return nonce if isinstance(nonce, str) and nonce else None


def _proof(signer: Signer, choice: CredentialChoice, audience: str, nonce: str | None, client_id: str | None,
           now: datetime) -> str:
    header: dict[str, Any] = {"typ": "openid4vci-proof+jwt"}
    if choice.binding == "jwk":
        header["jwk"] = signer.public_key.jwk()
    else:
        header["kid"] = signer.verification_method
    payload: dict[str, Any] = {"aud": audience, "iat": int(now.timestamp())}
    if nonce:
        payload["nonce"] = nonce
    if client_id:
        payload["iss"] = client_id
    return sign_jws(payload, signer, header)


def _jwt_payload(text: str) -> dict[str, Any]:
    try:
        part = text.split("~", 1)[0].split(".")[1]
        value = json.loads(b64url_decode(part))
    except (IndexError, ValueError, WalletError):
        raise ReceiveError("The issuer sent a credential that is not a readable JWT.") from None
    if not isinstance(value, dict):
        raise ReceiveError("The issuer sent a credential that is not a readable JWT.")
    return value


def _subject_ids(vc: Any) -> list[str]:
    subjects = vc.get("credentialSubject") if isinstance(vc, dict) else None
    subjects = subjects if isinstance(subjects, list) else [subjects]
    return [str(s["id"]) for s in subjects if isinstance(s, dict) and isinstance(s.get("id"), str)]


def _check_binding(choice: CredentialChoice, credential: Any, signer: Signer) -> bytes:
    """The credential as bytes, if it is bound to ``signer``'s identity; NotBoundToHolder otherwise."""
    did = signer.did
    if choice.format in ("dc+sd-jwt", "vc+sd-jwt"):
        if not isinstance(credential, str):
            raise ReceiveError("The issuer sent an SD-JWT credential that is not text.")
        cnf = _jwt_payload(credential).get("cnf")
        jwk = cnf.get("jwk") if isinstance(cnf, dict) else None
        kid = cnf.get("kid") if isinstance(cnf, dict) else None
        try:
            bound = (isinstance(jwk, dict) and PublicKey.from_jwk(jwk).thumbprint() == signer.public_key.thumbprint()) \
                or kid == signer.verification_method
        except WalletError:
            bound = False
        if not bound:
            raise NotBoundToHolder("The issuer bound this credential to another key than your identity's "
                                   f"({did[:60]}…), so it could not be presented as yours. It was not stored.")
        return credential.encode("utf-8")
    if choice.format == "jwt_vc_json":
        if not isinstance(credential, str):
            raise ReceiveError("The issuer sent a JWT credential that is not text.")
        payload = _jwt_payload(credential)
        ids = [str(payload["sub"])] if isinstance(payload.get("sub"), str) else []
        ids += _subject_ids(payload.get("vc", payload))
        data = credential.encode("utf-8")
    else:
        if not isinstance(credential, dict):
            raise ReceiveError("The issuer sent an ldp_vc credential that is not a JSON object.")
        ids = _subject_ids(credential)
        data = json.dumps(credential, ensure_ascii=False).encode("utf-8")
    if did not in ids:
        raise NotBoundToHolder(f"The issuer issued this credential to {ids[0][:80] if ids else 'no one'}, not to your "
                               f"identity {did[:60]}…. It was not stored.")
    return data


def _credentials_of(body: Any) -> list[Any]:
    if not isinstance(body, dict):
        return []
    if isinstance(body.get("credentials"), list):
        return [c.get("credential") if isinstance(c, dict) and "credential" in c else c
                for c in body["credentials"]][:MAX_CREDENTIALS]
    return [body["credential"]] if "credential" in body else []


def _deferred(preview: OfferPreview, http: IssuerHttp, auth: dict[str, str], transaction_id: str, interval: Any, *,
              sleep: Callable[[float], None], cancelled: Callable[[], bool] | None, progress: Progress) -> list[Any]:
    endpoint = preview.issuer_metadata.get("deferred_credential_endpoint")
    if not isinstance(endpoint, str):
        raise ReceiveError("The issuer deferred the credential but names no deferred credential endpoint.")
    waited = 0.0
    for _ in range(MAX_DEFERRED_POLLS):
        wait = float(interval) if isinstance(interval, int | float) and not isinstance(interval, bool) else 5.0
        wait = min(max(wait, 1.0), 60.0)
        if waited + wait > MAX_DEFERRED_WAIT_SECONDS:
            break
        progress("The issuer is still preparing the credential; waiting")
        sleep(wait)
        waited += wait
        if cancelled is not None and cancelled():
            raise Cancelled("Receiving was cancelled.")
        answer = http.request("POST", endpoint, "the deferred credential endpoint",
                              json_body={"transaction_id": transaction_id}, headers=auth)
        error, desc, body = _error_of(answer)
        if answer.status == 202 or error == "issuance_pending":
            interval = body.get("interval", interval)
            continue
        if not answer.ok:
            raise ReceiveError(f"The issuer refused the deferred credential (HTTP {answer.status}"
                               + (f", {error}" if error else "") + (f": {desc}" if desc else "") + ").")
        found = _credentials_of(answer.json("deferred credential response"))
        if found:
            return found
        interval = body.get("interval", interval) if isinstance(body, dict) else interval
    raise IssuancePending("The issuer has not finished preparing the credential yet.",
                          fix="Nothing was stored. Ask the issuer for a new offer later.")


def obtain(preview: OfferPreview, signer: Signer, *, tx_code: str | None = None,
           open_browser: Callable[[str], Any] | None = None, transport: httpx.BaseTransport | None = None,
           sleep: Callable[[float], None] = time.sleep, now: Callable[[], datetime] | None = None,
           cancelled: Callable[[], bool] | None = None, progress: Progress | None = None) -> list[Received]:
    """Get every receivable offered credential, bound to ``signer``'s identity (network; nothing stored)."""
    progress = progress or _noop
    clock = now or (lambda: datetime.now(UTC))
    choices = preview.receivable
    for choice in choices:
        if not choice.accepts(signer.key_type):
            raise ReceiveError(f"The issuer accepts proofs signed with {', '.join(choice.proof_algs)} only, and the "
                               f"chosen identity signs with {alg_for_key_type(signer.key_type)}.",
                               fix="Choose another identity (Identity ▸ New: P-256 signs ES256, Ed25519 signs EdDSA).")
    received: list[Received] = []
    with IssuerHttp(transport=transport) as http:
        http.allowed.update(preview.allowed_hosts)
        token = _token(preview, http, tx_code=tx_code, open_browser=open_browser, cancelled=cancelled,
                       progress=progress)
        auth = {"Authorization": f"Bearer {token['access_token']}", "Accept": "application/json"}
        client_id = None if preview.offer.pre_authorized_code else CLIENT_ID
        identifiers = _credential_identifiers(token)
        endpoint = str(preview.issuer_metadata["credential_endpoint"])
        for choice in choices:
            if cancelled is not None and cancelled():
                raise Cancelled("Receiving was cancelled.")
            progress(f"Receiving “{choice.name}”")
            request: dict[str, Any] = {}
            if choice.configuration_id in identifiers:
                request["credential_identifier"] = identifiers[choice.configuration_id]
            else:
                request["credential_configuration_id"] = choice.configuration_id
            answer = None
            nonce = _nonce(preview, http, token)
            for attempt in range(2):
                request["proofs"] = {"jwt": [_proof(signer, choice, preview.issuer_url, nonce, client_id, clock())]}
                answer = http.request("POST", endpoint, "the credential endpoint", json_body=request, headers=auth)
                if answer.ok:
                    break
                error, desc, body = _error_of(answer)
                if error == "invalid_nonce" or (error == "invalid_proof" and "nonce" in desc.lower()):
                    if attempt == 1:
                        raise WrongNonce("The issuer refused the wallet's proof because of its nonce, twice, although "
                                         "the wallet used the nonce the issuer had just given"
                                         + (f" ({desc})" if desc else "") + ". Nothing was stored.",
                                         fix="The issuer is misbehaving; try again later or ask the issuer.")
                    fresh = body.get("c_nonce")
                    if isinstance(fresh, str) and fresh:
                        token["c_nonce"] = fresh
                    nonce = fresh if isinstance(fresh, str) and fresh else _nonce(preview, http, token)
                    continue
                if error == "unsupported_credential_format":
                    raise ReceiveError(f"The issuer cannot issue “{choice.name}” in the format it offered.")
                raise ReceiveError(f"The issuer refused the credential request (HTTP {answer.status}"
                                   + (f", {error}" if error else "") + (f": {desc}" if desc else "") + ").")
            assert answer is not None
            body = answer.json("credential response")
            if not isinstance(body, dict):
                raise ReceiveError("The issuer's credential response is not a JSON object.")
            if isinstance(body.get("c_nonce"), str):
                token["c_nonce"] = body["c_nonce"]
            credentials = _credentials_of(body)
            if not credentials and isinstance(body.get("transaction_id"), str):
                credentials = _deferred(preview, http, auth, body["transaction_id"], body.get("interval"),
                                        sleep=sleep, cancelled=cancelled, progress=progress)
            if not credentials:
                raise ReceiveError("The issuer's answer holds no credential.")
            for i, credential in enumerate(credentials):
                data = _check_binding(choice, credential, signer)
                suffix = f"-{i + 1}" if len(credentials) > 1 else ""
                ext = "json" if choice.format == "ldp_vc" else "jwt" if choice.format == "jwt_vc_json" else "sd-jwt"
                received.append(Received(f"{_safe_name(choice.name)}{suffix}.{ext}", choice.format,
                                         choice.configuration_id, data))
    return received


def _credential_identifiers(token: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    details = token.get("authorization_details")
    for d in details if isinstance(details, list) else []:
        if isinstance(d, dict) and isinstance(d.get("credential_configuration_id"), str):
            ids = d.get("credential_identifiers")
            if isinstance(ids, list) and ids and isinstance(ids[0], str):
                out[d["credential_configuration_id"]] = ids[0]
    return out


def _safe_name(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else "-" for c in name).strip() or "credential"
    return keep[:60] if len(keep) <= 60 else keep[:50] + "-" + hashlib.sha256(name.encode()).hexdigest()[:8]


def store(wallet: Wallet, received: list[Received], *, now: datetime | None = None) -> ImportResult:
    """Verify and store the received credentials through the wallet's one import path."""
    from wallet.wallet import ImportItem

    return wallet.import_items([ImportItem(r.name, data=r.data) for r in received], now=now)


def receive(wallet: Wallet, offer: str | bytes, *, did: str | None = None, tx_code: str | None = None,
            open_browser: Callable[[str], Any] | None = None, transport: httpx.BaseTransport | None = None,
            sleep: Callable[[float], None] = time.sleep, lang: str = "en",
            progress: Progress | None = None) -> tuple[OfferPreview, ImportResult]:
    """:func:`prepare`, :func:`obtain` with ``did``'s signer (the default identity when None), :func:`store`."""
    preview = prepare(offer, transport=transport, lang=lang)
    signer = wallet.signer(did)
    received = obtain(preview, signer, tx_code=tx_code, open_browser=open_browser, transport=transport, sleep=sleep,
                      progress=progress)
    return preview, store(wallet, received)
