"""Credential offers (OID4VCI 1.0 §4): read an offer from wherever a learner meets one.

Accepted: an ``openid-credential-offer://?credential_offer=…`` URI (any scheme, e.g. ``haip://``, with the
same query), an ``https://…?credential_offer=…`` or ``…?credential_offer_uri=…`` link, the offer's JSON
itself, or an image holding such a QR code (read with :func:`wallet.share.qr.read_qr_image`). An offer *by
reference* (``credential_offer_uri``) is fetched later, by :mod:`wallet.receive.flow`, from the host it
names. Nothing here touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from wallet.errors import BadOffer, InputError, WalletError
from wallet.limits import load_json_bytes
from wallet.receive.http import check_url

__all__ = ["MAX_OFFER_CHARS", "PRE_AUTHORIZED_GRANT", "CredentialOffer", "OfferReference", "TxCodeSpec",
           "offer_from_json", "parse_offer"]

PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
AUTHORIZATION_CODE_GRANT = "authorization_code"
MAX_OFFER_CHARS = 64 * 1024
"""Longest offer text read (a by-value offer is a few hundred characters)."""
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF")


@dataclass(frozen=True)
class TxCodeSpec:
    """What the issuer says about the transaction code it sent the learner another way (e-mail, SMS)."""

    input_mode: str = "numeric"  # numeric | text
    length: int | None = None
    description: str = ""


@dataclass(frozen=True)
class CredentialOffer:
    """A credential offer by value: who offers, which credential configurations, and how to authorise."""

    credential_issuer: str
    configuration_ids: tuple[str, ...]
    pre_authorized_code: str | None = None
    tx_code: TxCodeSpec | None = None
    authorization_code: bool = False
    issuer_state: str | None = None
    authorization_server: str | None = None
    raw: dict[str, Any] | None = None

    @property
    def grant(self) -> str:
        """``pre-authorized_code`` when the offer carries one (no browser needed), else ``authorization_code``."""
        return "pre-authorized_code" if self.pre_authorized_code else "authorization_code"


@dataclass(frozen=True)
class OfferReference:
    """An offer by reference: the URL to fetch the offer from (``credential_offer_uri``)."""

    uri: str


def _str(value: Any, what: str, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value or len(value) > 4096:
        raise BadOffer(f"The credential offer's {what} is missing or not text.")
    return value


def offer_from_json(obj: Any) -> CredentialOffer:
    """Check an offer object (OID4VCI 1.0 §4.1.1) and read it."""
    if not isinstance(obj, dict):
        raise BadOffer("The credential offer is not a JSON object.")
    issuer = _str(obj.get("credential_issuer"), "credential_issuer")
    assert issuer is not None
    try:
        check_url(issuer, "the credential issuer")
    except WalletError as exc:
        raise BadOffer(exc.message, fix=exc.fix) from None
    ids = obj.get("credential_configuration_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i for i in ids) or len(ids) > 50:
        raise BadOffer("The credential offer names no credential (credential_configuration_ids is missing or empty).",
                       fix="This may be an offer in an older draft format, which is not supported.")
    grants = obj.get("grants", {})
    if not isinstance(grants, dict):
        raise BadOffer("The credential offer's grants are not a JSON object.")
    pre = grants.get(PRE_AUTHORIZED_GRANT)
    code = grants.get(AUTHORIZATION_CODE_GRANT)
    pre_code = tx = None
    auth_server = None
    if pre is not None:
        if not isinstance(pre, dict):
            raise BadOffer("The credential offer's pre-authorized code grant is not a JSON object.")
        pre_code = _str(pre.get("pre-authorized_code"), "pre-authorized code")
        spec = pre.get("tx_code")
        if spec is not None:
            if not isinstance(spec, dict):
                raise BadOffer("The credential offer's transaction code description is not a JSON object.")
            mode = spec.get("input_mode", "numeric")
            length = spec.get("length")
            tx = TxCodeSpec(mode if mode in ("numeric", "text") else "text",
                            length if isinstance(length, int) and 0 < length <= 64 else None,
                            str(spec.get("description", ""))[:300])
        auth_server = _str(pre.get("authorization_server"), "authorization server", required=False)
    issuer_state = None
    if code is not None:
        if not isinstance(code, dict):
            raise BadOffer("The credential offer's authorization code grant is not a JSON object.")
        issuer_state = _str(code.get("issuer_state"), "issuer state", required=False)
        auth_server = auth_server or _str(code.get("authorization_server"), "authorization server", required=False)
    return CredentialOffer(issuer, tuple(ids), pre_code, tx, pre is None or code is not None, issuer_state,
                           auth_server, obj)


def _from_query(query: str) -> CredentialOffer | OfferReference | None:
    params = parse_qs(query, keep_blank_values=True)
    if "credential_offer" in params:
        text = params["credential_offer"][0]
        try:
            return offer_from_json(load_json_bytes(text.encode("utf-8"), limit=MAX_OFFER_CHARS,
                                                   what="the credential offer"))
        except BadOffer:
            raise
        except InputError as exc:
            raise BadOffer(f"The credential offer in the link is not valid JSON: {exc.message}") from None
    if "credential_offer_uri" in params:
        uri = params["credential_offer_uri"][0]
        try:
            check_url(uri, "the credential offer")
        except WalletError as exc:
            raise BadOffer(exc.message, fix=exc.fix) from None
        return OfferReference(uri)
    return None


def _text_offer(text: str) -> CredentialOffer | OfferReference:
    text = text.strip()
    if len(text) > MAX_OFFER_CHARS:
        raise BadOffer(f"The text is over {MAX_OFFER_CHARS // 1024} kB; a credential offer is far shorter.")
    if text.startswith("{"):
        try:
            return offer_from_json(load_json_bytes(text.encode("utf-8"), limit=MAX_OFFER_CHARS,
                                                   what="the credential offer"))
        except BadOffer:
            raise
        except InputError as exc:
            raise BadOffer(f"The credential offer is not valid JSON: {exc.message}") from None
    parts = urlsplit(text)
    if parts.scheme and parts.query:
        found = _from_query(parts.query)
        if found is not None:
            return found
    raise BadOffer("This is not a credential offer: it has neither credential_offer nor credential_offer_uri.",
                   fix="Use the \u201cAdd to wallet\u201d link or QR code from the issuer's page "
                       "(it starts with openid-credential-offer:// or https://).")


def parse_offer(data: str | bytes) -> CredentialOffer | OfferReference:
    """Read an offer from text (URI, link, JSON) or from an image holding its QR code."""
    if isinstance(data, bytes):
        if data.startswith(_IMAGE_MAGIC):
            from wallet.share.qr import read_qr_image

            texts = read_qr_image(data)
            problems: list[str] = []
            for text in texts:
                try:
                    return _text_offer(text)
                except BadOffer as exc:
                    problems.append(exc.message)
            raise BadOffer("The image holds no credential offer QR code"
                           + (f" ({problems[0]})" if problems else "") + ".")
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise BadOffer("This is neither an image nor text holding a credential offer.") from None
    return _text_offer(data)
