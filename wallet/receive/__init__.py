"""Receiving credentials straight from an issuer: OpenID for Verifiable Credential Issuance (OID4VCI 1.0).

* :mod:`wallet.receive.offer` — credential offers from links, ``openid-credential-offer://`` URIs and QR images;
* :mod:`wallet.receive.http` — the one guarded HTTP client (HTTPS, named hosts only, bounded; ``httpx``);
* :mod:`wallet.receive.metadata` — issuer and authorization-server metadata, checked; the offer preview;
* :mod:`wallet.receive.authorize` — authorization code + PKCE through the system browser, loopback redirect;
* :mod:`wallet.receive.flow` — token, nonce, proof of possession, credential, deferred issuance, binding, import.
"""

from __future__ import annotations

from wallet.receive.flow import Received, obtain, prepare, receive, store
from wallet.receive.metadata import CredentialChoice, OfferPreview
from wallet.receive.offer import CredentialOffer, OfferReference, TxCodeSpec, parse_offer

__all__ = ["CredentialChoice", "CredentialOffer", "OfferPreview", "OfferReference", "Received", "TxCodeSpec",
           "obtain", "parse_offer", "prepare", "receive", "store"]
